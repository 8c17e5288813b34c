"""SIGKILL at 30 moments of a restore: after the start-up path (finish an interrupted restore,
then open), the database passes its integrity check and is exactly the old one or exactly the
restored one; when restored, the old one is kept aside whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from fault_databases import copy_database, fingerprint, integrity, opened, started
from kill_runs import KILLS, kill_at, kill_delay


@pytest.mark.parametrize("kill", range(KILLS))
def test_a_killed_restore_leaves_the_old_database_or_the_restored_one(kill, restore_world, tmp_path):
    folder, facts = restore_world
    data = tmp_path / "data"
    data.mkdir()
    db = copy_database(folder / "current.db", data / "lpks.db")
    run = kill_at("restore", db, facts["backup"], home=tmp_path, delay=kill_delay(kill, facts["seconds"]))

    with started(db) as store:  # finishes an interrupted restore first
        assert integrity(store.db) == "ok"
        now = fingerprint(store.db)
    assert now in (facts["old"], facts["restored"]), run.describe()
    if run.done:
        assert now == facts["restored"]
    aside = [p for p in data.iterdir() if ".before-restore-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    if now == facts["restored"]:
        assert len(aside) == 1, sorted(p.name for p in data.iterdir())
        with opened(aside[0]) as store:
            assert fingerprint(store.db) == facts["old"], "the database set aside is not the old one"
    else:
        assert aside == []
    leftovers = sorted(p.name for p in data.iterdir()
                       if p.name.endswith((".restoring", ".partial", ".restore-plan")))
    assert leftovers == []
    assert Path(facts["backup"]).exists()
