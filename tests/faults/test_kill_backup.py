"""SIGKILL at 30 moments of a backup of a database of 10,000 people (half plain, half
encrypted): the database opens unchanged; in the backup folder every file that carries a
finished backup's name passes ``check_backup`` with the database's counts; and no unencrypted
copy of the database is left in the temporary folder."""

from __future__ import annotations

import pytest

from lpks_desktop.core.backup import check_backup
from lpks_desktop.core.backup.naming import parse_name

from fault_databases import copy_database, fingerprint, integrity, started
from fault_worlds import BACKUP_PASSWORD
from kill_runs import KILLS, kill_at, kill_delay

KINDS = ("plain", "encrypted")


def _kill(kill: int, backup_world, tmp_path):
    folder, facts = backup_world
    kind = KINDS[kill % 2]
    db = copy_database(folder / "source.db", tmp_path / "lpks.db")
    target = tmp_path / "usb"
    target.mkdir()
    password = (BACKUP_PASSWORD,) if kind == "encrypted" else ()
    run = kill_at("backup", db, target, *password, home=tmp_path, env={"TMPDIR": str(tmp_path / "tmp")},
                  delay=kill_delay(kill // 2, facts[kind]["seconds"], KILLS // 2))
    return db, target, kind, run, facts


@pytest.mark.parametrize("kill", range(KILLS))
def test_a_killed_backup_leaves_no_unfinished_file_under_a_backup_name(kill, backup_world, tmp_path):
    (tmp_path / "tmp").mkdir()
    db, target, kind, run, facts = _kill(kill, backup_world, tmp_path)
    with started(db) as store:
        assert integrity(store.db) == "ok"
        assert fingerprint(store.db) == facts["fingerprint"], "a backup changed the database"
    named = [p for p in target.iterdir() if parse_name(p) is not None]
    for path in named:
        check = check_backup(path, password=BACKUP_PASSWORD if kind == "encrypted" else None)
        assert check.ok, (path.name, [p.render("en") for p in check.problems], run.describe())
        assert check.counts == facts[kind]["counts"]
    if run.done:
        assert len(named) == 1
    # The unencrypted copy an encrypted backup is made from holds every NIK in clear.
    left = [p for p in (tmp_path / "tmp").rglob("*") if p.is_file()]
    assert left == [], f"a plain copy of the database was left behind by a killed {kind} backup: {left}"
