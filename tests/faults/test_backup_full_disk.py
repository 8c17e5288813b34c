"""A backup onto a full disk (a child process whose files may not grow past a limit, as on a
full USB stick), the disk filling at the start, the middle or the very end of the copy, plain
and encrypted: the clerk is told the disk holding that folder is full, no file is left in the
folder (nothing with a backup's name, no partial file), no plain copy in the temporary folder,
and the database is unchanged. (A full disk during a write to the database itself:
tests/core/test_environment_errors.py.)"""

from __future__ import annotations

import pytest

from fault_databases import copy_database, fingerprint, integrity, opened
from kill_runs import run_to_end


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
@pytest.mark.parametrize("fill, offset", [(0.05, 0), (0.5, 1000), (0.98, 0), (0.98, 1000)],
                         ids=["start-page-boundary", "middle-mid-page", "end-page-boundary", "end-mid-page"])
def test_a_backup_onto_a_full_disk_names_it_and_leaves_nothing(kind, fill, offset, backup_world, tmp_path):
    """A write that starts past the limit fails outright (EFBIG), one across it is cut short:
    SQLite reports the two differently, and both are a full disk."""
    folder, facts = backup_world
    db = copy_database(folder / "source.db", tmp_path / "lpks.db")
    usb = tmp_path / "usb"
    usb.mkdir()
    (tmp_path / "tmp").mkdir()
    page = 4096
    # At least 64 KB: the -shm beside the database needs 32 KB.
    limit = max(int(facts[kind]["size"] * fill) // page * page, 16 * page) + offset
    env = {"TMPDIR": str(tmp_path / "tmp")}
    if kind == "encrypted":
        env["LPKS_FAULT_BACKUP_PASSWORD"] = "Cadangan-Rahasia-2026"
    run, _ = run_to_end("full-disk-backup", db, usb, limit, home=tmp_path, env=env)

    assert run.refused, run.describe()
    message = run.refused["message"]
    assert "full" in message and str(usb) in message, message
    assert sorted(p.name for p in usb.iterdir()) == []
    assert [p for p in (tmp_path / "tmp").rglob("*") if p.is_file()] == []
    with opened(db) as store:
        assert integrity(store.db) == "ok"
        assert fingerprint(store.db) == facts["fingerprint"]
