"""Restoring: checked before anything is replaced, the current database kept aside, the swap crash-safe."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import apsw
import pytest

import backup_world
from backup_world import PASSWORD, digest, fill
from lpks_desktop.core import models as m
from lpks_desktop.core.backup import (BackupDamaged, WrongPassword, check_backup, finish_interrupted_restore,
                                      make_backup, restore_backup)
from lpks_desktop.core.backup import postgres
from lpks_desktop.core.backup import restore as restore_module
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.migrations import LATEST_VERSION
from lpks_desktop.core.services.settings import get_setting, set_setting
from lpks_desktop.core.store import Store

as_administrator = backup_world.as_administrator
folder = backup_world.folder
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def reopened(location) -> Store:
    return Store.open(location)


def marker_of(db_path: Path) -> str | None:
    """The ``which`` setting as the file (with its -wal) holds it, read without changing anything."""
    connection = apsw.Connection(str(db_path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        row = connection.execute("SELECT value FROM setting WHERE key = 'which'").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def test_a_restore_brings_back_the_backup_and_keeps_the_current_database(store, folder):
    fill(store, participants=20)
    set_setting(store, "which", "backup")
    made = make_backup(store, folder=folder, password=PASSWORD)
    set_setting(store, "which", "current")
    location = store.location
    if location.is_sqlite:
        store.close()
    result = restore_backup(location, made.path, password=PASSWORD, folder=folder)
    if location.is_sqlite:
        assert result.kept_aside.name.startswith("lpks.db.before-restore-")
        assert marker_of(result.kept_aside) == '"current"'
        leftovers = [p.name for p in location.path.parent.iterdir() if ".restor" in p.name]
        assert leftovers == [], leftovers
    else:
        assert Path(result.kept_aside).parent == folder
        assert check_backup(result.kept_aside).ok
        store.close()
    again = reopened(location)
    try:
        assert get_setting("which") == "backup"
    finally:
        again.close()


def test_a_wrong_password_replaces_nothing(store, folder):
    fill(store, participants=5)
    made = make_backup(store, folder=folder, password=PASSWORD)
    store.close()
    before = digest(store.location.path) if store.location.is_sqlite else None
    with pytest.raises(WrongPassword):
        restore_backup(store.location, made.path, password="not it at all")
    if before:
        assert digest(store.location.path) == before


@pytest.mark.parametrize("damage", ["flipped", "truncated"])
def test_a_damaged_encrypted_backup_replaces_nothing(store, folder, damage):
    fill(store, participants=5)
    made = make_backup(store, folder=folder, password=PASSWORD)
    data = bytearray(made.path.read_bytes())
    if damage == "flipped":
        data[len(data) // 2] ^= 0x40
    else:
        del data[len(data) - 100:]
    made.path.write_bytes(bytes(data))
    location = store.location
    if location.is_sqlite:
        store.close()
        before = sorted(p.name for p in location.path.parent.iterdir())
        checksum = digest(location.path)
    with pytest.raises(BackupDamaged):
        restore_backup(location, made.path, password=PASSWORD, folder=folder)
    if location.is_sqlite:
        assert sorted(p.name for p in location.path.parent.iterdir()) == before
        assert digest(location.path) == checksum
    else:
        # Not even the before-restore copy was made.
        assert [p for p in folder.iterdir() if "before-restore" in p.name] == []


def test_a_damaged_plain_sqlite_backup_replaces_nothing(tmp_path, folder):
    location = parse_location(str(tmp_path / "lpks.db"))
    with Store.open(location) as store:
        fill(store, participants=30)
        made = make_backup(store, folder=folder)
    data = made.path.read_bytes()
    made.path.write_bytes(data[: len(data) // 2])
    checksum = digest(location.path)
    check = check_backup(made.path)
    assert not check.ok
    with pytest.raises(BackupDamaged) as caught:
        restore_backup(location, made.path)
    assert "nothing was replaced" in caught.value.render("en")
    assert digest(location.path) == checksum
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "lpks.db"]


def test_a_file_that_is_not_ours_is_refused(tmp_path):
    foreign = tmp_path / "other.sqlite"
    connection = apsw.Connection(str(foreign))
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.close()
    check = check_backup(foreign)
    assert not check.ok and "missing tables" in check.problems[0].render("en")
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert not check_backup(text).ok


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_a_backup_from_an_older_schema_is_restored_and_migrated(tmp_path, version):
    backup = tmp_path / "lpks-20250101-080000-manual.sqlite"
    shutil.copyfile(FIXTURES / f"schema_v{version}.sqlite", backup)
    check = check_backup(backup)
    assert check.ok and check.schema_version == version
    location = parse_location(str(tmp_path / "lpks.db"))
    Store.open(location).close()
    restore_backup(location, backup)
    store = Store.open(location)
    try:
        assert store.upgrade_result.from_version == version
        assert store.upgrade_result.to_version == LATEST_VERSION
    finally:
        store.close()
        m.database.initialize(None)


def test_a_backup_from_a_newer_schema_is_refused(tmp_path, folder):
    location = parse_location(str(tmp_path / "lpks.db"))
    with Store.open(location) as store:
        made = make_backup(store, folder=folder)
    connection = apsw.Connection(str(made.path))
    connection.execute("INSERT INTO schema_version (version, name, applied_at, app_version) "
                       "VALUES (999, 'future', '2030-01-01 00:00:00', '9')")
    connection.close()
    check = check_backup(made.path)
    assert not check.ok and "999" in check.problems[0].render("en")
    with pytest.raises(BackupDamaged):
        restore_backup(location, made.path)


def test_a_backup_of_the_other_engine_is_refused(store, folder, tmp_path):
    if not store.location.is_sqlite:
        pytest.skip("one direction is enough")
    made = make_backup(store, folder=folder)
    store.close()
    pg_like = parse_location("postgresql://nobody@localhost/nothing")
    with pytest.raises(Exception) as caught:
        restore_backup(pg_like, made.path)
    assert "sqlite" in str(caught.value)


# ----------------------------------------------------------------------------- crashes

class Crash(BaseException):
    """Stands in for a power cut: nothing after it runs, no clean-up either."""


def _old_database_with_wal(tmp_path, folder) -> tuple:
    """A database whose newest change lives only in its -wal, as a crashed app leaves it; and a backup."""
    location = parse_location(str(tmp_path / "lpks.db"))
    with Store.open(location) as store:
        fill(store, participants=10)
        set_setting(store, "which", "backup")
        made = make_backup(store, folder=folder)
    m.database.initialize(None)
    script = textwrap.dedent(f"""
        import os, apsw
        c = apsw.Connection({str(location.path)!r})
        c.execute("PRAGMA journal_mode=wal")
        c.execute("UPDATE setting SET value = '\\"current\\"' WHERE key = 'which'")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert Path(str(location.path) + "-wal").stat().st_size > 0
    return location, made


def test_a_crash_at_any_rename_leaves_the_old_or_the_restored_database(tmp_path, folder, monkeypatch):
    real_replace = os.replace
    crash_at = 1
    while True:
        case = tmp_path / f"case{crash_at}"
        (case / "backups").mkdir(parents=True)
        location, made = _old_database_with_wal(case, case / "backups")
        calls = []

        def replace(src, dst):
            calls.append((src, dst))
            if len(calls) == crash_at:
                raise Crash()
            return real_replace(src, dst)

        monkeypatch.setattr(os, "replace", replace)
        try:
            restore_backup(location, made.path)
            finished = True
        except Crash:
            finished = False
        finally:
            monkeypatch.setattr(os, "replace", real_replace)
        if not finished:
            # What a restart finds: the old database intact, or the restored one bound to win.
            complete = restore_module.restoring_path(location.path).exists()
            if not complete:
                assert marker_of(location.path) == '"current"'
            assert finish_interrupted_restore(location) or not complete
        expected = '"backup"' if (finished or complete) else '"current"'
        assert marker_of(location.path) == expected, crash_at
        names = sorted(p.name for p in case.iterdir())
        assert not [n for n in names if ".restoring" in n or "restore-plan" in n], names
        if expected == '"backup"':
            aside = [n for n in names if n.startswith("lpks.db.before-restore-") and "-wal" not in n
                     and "-shm" not in n]
            assert len(aside) == 1, names
            assert marker_of(case / aside[0]) == '"current"'
        assert finish_interrupted_restore(location) is False
        if finished:
            break
        crash_at += 1
    assert crash_at >= 4  # the plan, .restoring, the side files and the database each moved


def test_a_half_copied_restore_is_removed_at_start_up(tmp_path):
    location = parse_location(str(tmp_path / "lpks.db"))
    Store.open(location).close()
    checksum = digest(location.path)
    partial = tmp_path / "lpks.db.restoring.partial"
    partial.write_bytes(b"SQLite format 3\x00 half")
    assert finish_interrupted_restore(location) is True
    assert not partial.exists() and digest(location.path) == checksum
    assert finish_interrupted_restore(location) is False


def test_nothing_to_finish_on_postgresql():
    assert finish_interrupted_restore(parse_location("postgresql://u@h/db")) is False


# ----------------------------------------------------------------------------- PostgreSQL only

@pytest.fixture
def pg_store(pg_schema):
    opened = Store.open(parse_location(pg_schema))
    try:
        yield opened
    finally:
        opened.close()
        m.database.initialize(None)


def test_postgresql_restore_removes_what_the_backup_does_not_have(pg_store, folder):
    fill(pg_store, participants=5)
    set_setting(pg_store, "which", "backup")
    made = make_backup(pg_store, folder=folder)
    # As a later schema version would add: a table and a function the backup knows nothing of.
    pg_store.db.execute_sql("CREATE TABLE later_table (id serial PRIMARY KEY)")
    pg_store.db.execute_sql("CREATE FUNCTION later_function() RETURNS int LANGUAGE sql AS 'SELECT 1'")
    set_setting(pg_store, "which", "current")
    restore_backup(pg_store.location, made.path, folder=folder)
    assert "later_table" not in pg_store.db.get_tables()
    functions = pg_store.db.execute_sql(
        "SELECT count(*) FROM pg_proc WHERE proname = 'later_function' "
        "AND pronamespace = current_schema()::regnamespace").fetchone()[0]
    assert functions == 0
    assert get_setting("which") == "backup"


def test_a_postgresql_dump_that_breaks_half_way_changes_nothing(pg_store, folder):
    fill(pg_store, participants=200)
    made = make_backup(pg_store, folder=folder)
    set_setting(pg_store, "which", "current")
    data = made.path.read_bytes()
    broken = folder / "lpks-20260101-000000-manual.pgdump"
    broken.write_bytes(data[: int(len(data) * 0.7)])
    count = pg_store.db.execute_sql("SELECT count(*) FROM participant").fetchone()[0]
    check = check_backup(broken)
    assert not check.ok and "damaged" in check.problems[0].render("en")
    with pytest.raises(BackupDamaged):
        restore_backup(pg_store.location, broken, folder=folder)
    # Even past the check, the restore itself stops before changing anything.
    with pytest.raises(UserError) as caught:
        postgres.restore(pg_store.location, broken)
    assert "pg_restore" in caught.value.render("en")
    assert get_setting("which") == "current"
    assert pg_store.db.execute_sql("SELECT count(*) FROM participant").fetchone()[0] == count
