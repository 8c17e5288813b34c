"""A backup while another process writes without pause: each backup (plain and encrypted) passes
its check (integrity check included) and holds one moment's state: the writer adds a participant
and the audit entry for it in one transaction, so in the copy the two counts grew alike."""

from __future__ import annotations

import signal
import time

import apsw
import pytest

from lpks_desktop.core.backup import check_backup, make_backup
from lpks_desktop.core.backup import snapshot

from fault_databases import copy_database, opened
from fault_worlds import BACKUP_PASSWORD
from kill_runs import start, wait_ready


def _written(db_path) -> int:
    """Rounds the writer committed, read by a connection of its own."""
    connection = apsw.Connection(str(db_path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        connection.execute("PRAGMA busy_timeout=10000")
        return connection.execute("SELECT COUNT(*) FROM participant WHERE full_name LIKE 'Penulis %'"
                                  ).fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("password", [None, BACKUP_PASSWORD], ids=["plain", "encrypted"])
def test_a_backup_while_another_process_writes_is_whole_and_consistent(password, import_world, tmp_path,
                                                                       monkeypatch):
    folder, _ = import_world
    db = copy_database(folder / "trial.db", tmp_path / "lpks.db")
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(db) as store:
        people, entries = (store.db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                           for t in ("participant", "audit_log"))
        writer = start("write-loop", db, 120, home=tmp_path / "writer")
        try:
            wait_ready(writer, tmp_path / "writer")
            deadline = time.monotonic() + 60
            while _written(db) < 20 and time.monotonic() < deadline:
                time.sleep(0.02)
            # Small steps with a pause in each: the writer commits many times during the copy.
            monkeypatch.setattr(snapshot, "STEP_PAGES", 16)
            seen, calls = [], [0]

            def progress(done, total, label):
                calls[0] += 1
                if calls[0] % 5 == 1:
                    seen.append(_written(db))
                time.sleep(0.002)

            before = _written(db)
            made = make_backup(store, folder=usb, password=password, progress=progress)
            after = _written(db)
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL, "the writer stopped on its own before the backup ended"
    assert len(seen) > 3 and seen[-1] > seen[0], "the writer did not write during the copy"

    check = check_backup(made.path, password=password)
    assert check.ok, [p.render("en") for p in check.problems]
    added_people = check.counts["participant"] - people
    added_entries = check.counts["audit_log"] - entries
    assert added_people == added_entries, "the backup holds people without their audit entries, or the reverse"
    # One moment's state: between what was there before the backup began and after it ended.
    assert before <= added_people <= after
