"""A backup or a restore killed at random moments (SIGKILL): no half-written file carries a backup's
name, and the database is the old one or the restored one, intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import apsw
import pytest

import backup_world
from backup_world import fill
from lpks_desktop.core import models as m
from lpks_desktop.core.backup import check_backup, finish_interrupted_restore, list_backups, make_backup
from lpks_desktop.core.backup.files import sweep_partials
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.services.settings import set_setting
from lpks_desktop.core.store import Store

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
as_administrator = backup_world.as_administrator
KILLS = 8


def child(code: str) -> subprocess.Popen:
    """A process running ``code``, which prints "ready" once its imports are done."""
    prelude = "from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as\nsign_in_as(SYSTEM_ADMIN)\n"
    process = subprocess.Popen([sys.executable, "-c", prelude + textwrap.dedent(code)],
                               stdout=subprocess.PIPE, text=True, env={**os.environ, "LPKS_LANG": "en"})
    assert process.stdout.readline().strip() == "ready"
    return process


def marker(db_path: Path) -> str:
    connection = apsw.Connection(str(db_path))
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection.execute("SELECT value FROM setting WHERE key = 'which'").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A database of some size, and a backup of it that says "backup"."""
    from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in

    base = tmp_path_factory.mktemp("killed")
    location = parse_location(str(base / "lpks.db"))
    with signed_in(SYSTEM_ADMIN), Store.open(location) as store:
        fill(store, participants=1500)
        set_setting(store, "which", "backup")
        made = make_backup(store, folder=base)
        set_setting(store, "which", "current")
    m.database.initialize(None)
    return location.path, made.path


def test_backups_killed_at_random_moments_leave_no_false_backup(world, tmp_path):
    db_path, _ = world
    rng = random.Random(20261128)
    folder = tmp_path / "usb"
    folder.mkdir()
    for _ in range(KILLS):
        process = child(f"""
            from lpks_desktop.core.backup import make_backup
            from lpks_desktop.core.database import parse_location
            from lpks_desktop.core.store import Store
            store = Store.open(parse_location({str(db_path)!r}))
            print("ready", flush=True)
            while True:
                make_backup(store, folder={str(folder)!r}, password="sandi-cadangan-x" if
                            __import__("random").random() < 0.5 else None)
        """)
        time.sleep(rng.uniform(0.05, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
    backups = list_backups(folder)
    assert backups, "no backup finished in any run: the kills came too early to test anything"
    for info in backups:
        check = check_backup(info.path, password="sandi-cadangan-x" if info.encrypted else None)
        assert check.ok, (info.path, [p.render("en") for p in check.problems])
    assert marker(db_path) == '"current"'
    # What the kills left is never named like a backup, and goes once it is stale.
    leftovers = [p for p in folder.iterdir() if p.name.endswith(".partial")]
    assert all(p.name.startswith(".lpks-") for p in leftovers)
    sweep_partials(folder, now=time.time() + 2 * 3600)
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]


def test_restores_killed_at_random_moments_leave_the_old_or_the_restored_database(world, tmp_path):
    db_path, backup = world
    rng = random.Random(28112026)
    for attempt in range(KILLS):
        case = tmp_path / f"case{attempt}"
        case.mkdir()
        target = case / "lpks.db"
        connection = apsw.Connection(str(target))
        with connection.backup("main", apsw.Connection(str(db_path)), "main") as copy:
            copy.step(-1)
        connection.close()
        process = child(f"""
            from lpks_desktop.core.backup import restore_backup
            from lpks_desktop.core.database import parse_location
            print("ready", flush=True)
            restore_backup(parse_location({str(target)!r}), {str(backup)!r})
            print("done", flush=True)
        """)
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.wait()
        finished = "done" in process.stdout.read()
        process.stdout.close()
        finish_interrupted_restore(parse_location(str(target)))
        found = marker(target)
        assert found in ('"current"', '"backup"')
        if finished:
            assert found == '"backup"'
        names = [p.name for p in case.iterdir()]
        assert not [n for n in names if "restoring" in n or "restore-plan" in n], names
        if found == '"backup"':
            aside = [case / n for n in names if n.startswith("lpks.db.before-restore-") and n[-4:] not in
                     ("-wal", "-shm")]
            assert len(aside) == 1 and marker(aside[0]) == '"current"'
