"""SIGKILL at 30 moments of a 10,000-row participant import: the database opens, passes its
integrity check, and holds all 10,000 new people with the import's audit entry, or nothing."""

from __future__ import annotations

import pytest

from lpks_desktop.core import models as m

from fault_databases import copy_database, fingerprint, integrity, opened, started, throwaway_pg_schema
from fault_worlds import IMPORT_ROWS
from kill_runs import KILLS, kill_at, kill_delay, run_to_end

PG_KILLS = 6  # each needs a migrated schema of its own on the server: slower than a file copy


def _outcome(store) -> tuple[int, int]:
    people = m.Participant.select().count()
    entries = m.AuditLog.select().where(m.AuditLog.action == "import").count()
    return people, entries


@pytest.mark.parametrize("kill", range(KILLS))
def test_a_killed_import_leaves_all_or_nothing(kill, import_world, tmp_path):
    folder, facts = import_world
    db = copy_database(folder / "template.db", tmp_path / "lpks.db")
    run = kill_at("import", db, folder / "plan.pickle", delay=kill_delay(kill, facts["seconds"]),
                  home=tmp_path)
    with started(db) as store:
        assert integrity(store.db) == "ok"
        people, entries = _outcome(store)
        assert (people, entries) in ((0, 0), (IMPORT_ROWS, 1)), run.describe()
        if people == 0:
            assert fingerprint(store.db) == facts["fingerprint"], "a killed import left something behind"
        if run.done:
            assert people == IMPORT_ROWS


@pytest.fixture(scope="module")
def pg_import_seconds(import_world, tmp_path_factory):
    """A full import on the server, once, in a schema of its own: the kill window there."""
    folder, _ = import_world
    with throwaway_pg_schema() as url:
        with opened(url):
            pass  # migrated here, so the child's window is the import alone
        run, seconds = run_to_end("import", url, folder / "plan.pickle",
                                  home=tmp_path_factory.mktemp("pg-measure"))
        assert run.done and run.done["inserted"] == IMPORT_ROWS, run.describe()
    return seconds


@pytest.mark.postgres
@pytest.mark.parametrize("kill", range(PG_KILLS))
def test_a_killed_import_on_postgresql_is_rolled_back_by_the_server_or_complete(
        kill, import_world, pg_schema, pg_import_seconds, tmp_path):
    folder, _ = import_world
    with opened(pg_schema) as store:
        empty = fingerprint(store.db)
    run = kill_at("import", pg_schema, folder / "plan.pickle", home=tmp_path,
                  delay=kill_delay(kill, pg_import_seconds, PG_KILLS))
    with started(pg_schema) as store:
        people, entries = _outcome(store)
        assert (people, entries) in ((0, 0), (IMPORT_ROWS, 1)), run.describe()
        if people == 0:
            assert fingerprint(store.db) == empty, "the server kept part of a killed import"
        if run.done:
            assert people == IMPORT_ROWS
