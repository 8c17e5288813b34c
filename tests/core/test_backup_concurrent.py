"""A backup taken while another connection keeps writing is consistent and opens."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import apsw
import pytest

import backup_world
from backup_world import fill
from lpks_desktop.core import models as m
from lpks_desktop.core.backup import check_backup, make_backup, restore_backup
from lpks_desktop.core.backup import snapshot
from lpks_desktop.core.database import make_database, parse_location
from lpks_desktop.core.store import Store

as_administrator = backup_world.as_administrator
folder = backup_world.folder


def writer_script(db_path, stop_file) -> str:
    """A second process adding setting rows, one committed transaction each, until told to stop."""
    return textwrap.dedent(f"""
        import os, apsw
        c = apsw.Connection({str(db_path)!r})
        c.execute("PRAGMA busy_timeout=10000")
        i = 0
        while not os.path.exists({str(stop_file)!r}):
            i += 1
            c.execute("INSERT INTO setting (key, value, created_at, updated_at, created_by, updated_by, "
                      "row_version) VALUES (?, '1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'w', 'w', 1)",
                      ("writer-%d" % i,))
        print(i)
    """)


def written(db_path) -> int:
    connection = apsw.Connection(str(db_path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        connection.execute("PRAGMA busy_timeout=10000")
        return connection.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'writer-%'").fetchone()[0]
    finally:
        connection.close()


def test_a_sqlite_backup_while_another_process_writes(tmp_path, folder, monkeypatch):
    location = parse_location(str(tmp_path / "lpks.db"))
    store = Store.open(location)
    try:
        fill(store, participants=300)
        stop = tmp_path / "stop"
        writer = subprocess.Popen([sys.executable, "-c", writer_script(location.path, stop)],
                                  stdout=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while written(location.path) < 20 and time.monotonic() < deadline:
                time.sleep(0.05)
            # Small steps, and a pause in each, so the writer commits many times during the copy.
            monkeypatch.setattr(snapshot, "STEP_PAGES", 8)
            seen = []

            def progress(done, total, label):
                seen.append(written(location.path))
                time.sleep(0.005)

            before = written(location.path)
            made = make_backup(store, folder=folder, progress=progress)
        finally:
            stop.touch()
            out, _ = writer.communicate(timeout=60)
        assert writer.returncode == 0
        assert len(seen) > 10 and seen[-1] > seen[0], "the writer did not write during the copy"
        check = check_backup(made.path)
        assert check.ok, [p.render("en") for p in check.problems]
        in_backup = apsw.Connection(f"file:{made.path}?mode=ro&immutable=1",
                                    flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
        copied = in_backup.execute("SELECT COUNT(*) FROM setting WHERE key LIKE 'writer-%'").fetchone()[0]
        in_backup.close()
        # One moment's state, taken after the call began and before the first page was copied:
        # nothing the writer committed during the copy.
        assert before <= copied <= seen[0] < seen[-1] <= int(out)
    finally:
        store.close()
        m.database.initialize(None)
    # The backup opens as a database of its own.
    restored = parse_location(str(tmp_path / "restored.db"))
    restore_backup(restored, made.path)
    with Store.open(restored) as again:
        assert again.db.execute_sql("SELECT COUNT(*) FROM participant").fetchone()[0] == 300
    m.database.initialize(None)


def test_a_backup_while_another_thread_writes(store, folder):
    """Both engines: a worker thread with its own connection keeps saving during the backup."""
    fill(store, participants=50)
    stop = threading.Event()
    count = [0]
    errors = []

    def write():
        db = make_database(store.location)
        try:
            while not stop.is_set():
                count[0] += 1
                with db.atomic():
                    db.execute_sql(
                        "INSERT INTO setting (key, value, created_at, updated_at, created_by, updated_by, "
                        f"row_version) VALUES ({db.param}, '1', '2026-01-01 00:00:00', "
                        f"'2026-01-01 00:00:00', 'w', 'w', 1)", (f"thread-{count[0]}",))
        except Exception as exc:  # reported below: a failed writer must fail the test
            errors.append(exc)
        finally:
            db.close()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while count[0] < 10 and thread.is_alive():
            time.sleep(0.02)
        made = make_backup(store, folder=folder)
        before_end = count[0]
    finally:
        stop.set()
        thread.join(60)
    assert not errors, errors
    assert before_end >= 10
    check = check_backup(made.path)
    assert check.ok, [p.render("en") for p in check.problems]


@pytest.mark.parametrize("step_pages", [1])
def test_the_copy_does_not_restart_when_others_write(tmp_path, folder, monkeypatch, step_pages):
    """Held in one read transaction, the copy moves forward page by page however busy the writer."""
    location = parse_location(str(tmp_path / "lpks.db"))
    store = Store.open(location)
    try:
        fill(store, participants=100)
        monkeypatch.setattr(snapshot, "STEP_PAGES", step_pages)
        other = apsw.Connection(str(location.path))
        other.execute("PRAGMA busy_timeout=10000")
        remaining = []

        def progress(done, total, label):
            remaining.append(total - done)
            other.execute("INSERT INTO setting (key, value, created_at, updated_at, created_by, updated_by, "
                          "row_version) VALUES (?, '1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', "
                          "'w', 'w', 1)", (f"step-{len(remaining)}",))

        made = make_backup(store, folder=folder, progress=progress)
        other.close()
        assert remaining == sorted(remaining, reverse=True) and remaining[-1] == 0
        assert check_backup(made.path).ok
    finally:
        store.close()
        m.database.initialize(None)
