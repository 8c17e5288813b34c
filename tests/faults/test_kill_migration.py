"""SIGKILL at 30 moments of upgrading the oldest schema (the v1 fixture) to the newest.

Each step of the ladder commits on its own, so a kill may leave an older version than the
newest: what must never be seen is a step half applied. The killed file opens, passes its
integrity check, records a version whose tables, columns, indexes and triggers are exactly
that step's, and still holds every record; opening it again finishes the upgrade. The copy
taken before the first step is, when present, a complete database."""

from __future__ import annotations

import pytest

from lpks_desktop.core.database import parse_location
from lpks_desktop.core.migrations import LATEST_VERSION, installed_version
from lpks_desktop.core.opening import connect
from lpks_desktop.core.startup_check import quick_check

from fault_databases import copy_database, fingerprint, integrity, opened, row_counts
from fault_worlds import OLDEST_FIXTURE, schema_shape
from kill_runs import KILLS, kill_at, kill_delay, kill_when


SIDE_FILES = ("-journal", "-wal", "-shm")


@pytest.fixture(scope="module")
def oldest_records(tmp_path_factory):
    """What the v1 fixture holds: rows per table, and its people's NIKs and names."""
    # Read from a copy: opening a file turns on WAL mode, which would change the committed fixture.
    copy = copy_database(OLDEST_FIXTURE, tmp_path_factory.mktemp("oldest") / "v1.db")
    db = connect(parse_location(str(copy)), must_exist=True)
    try:
        # schema_version gains a row per step; every other table keeps its rows.
        counts = {t: n for t, n in row_counts(db).items() if t != "schema_version"}
        people = db.execute_sql("SELECT nik, full_name FROM participant ORDER BY nik").fetchall()
    finally:
        db.close()
    return counts, [tuple(p) for p in people]


def _records(db, tables) -> tuple[dict, list]:
    people = db.execute_sql("SELECT nik, full_name FROM participant ORDER BY nik").fetchall()
    return row_counts(db, list(tables)), [tuple(p) for p in people]


@pytest.mark.parametrize("kill", range(KILLS))
def test_a_killed_migration_leaves_a_whole_version_and_every_record(kill, migration_world,
                                                                    oldest_records, tmp_path):
    folder, facts = migration_world
    db_path = copy_database(OLDEST_FIXTURE, tmp_path / "lpks.db")
    run = kill_at("migrate", db_path, home=tmp_path, delay=kill_delay(kill, facts["seconds"]))
    _check_after_the_kill(run, db_path, facts, oldest_records, tmp_path)


def test_a_migration_killed_while_it_copies_the_old_database_leaves_no_false_copy(
        migration_world, oldest_records, tmp_path):
    """The kill lands the moment the copy taken before the first step appears: a file under
    that name must not then pass for a copy of the old database unless it is one."""
    folder, facts = migration_world
    db_path = copy_database(OLDEST_FIXTURE, tmp_path / "lpks.db")
    run = kill_when("migrate", db_path, appears=tmp_path, pattern="lpks.before-schema-*", home=tmp_path)
    _check_after_the_kill(run, db_path, facts, oldest_records, tmp_path)


def _check_after_the_kill(run, db_path, facts, oldest_records, tmp_path):
    counts, people = oldest_records

    assert quick_check(parse_location(str(db_path))) is None
    db = connect(parse_location(str(db_path)), must_exist=True)  # opened without upgrading
    try:
        assert integrity(db) == "ok", run.describe()
        version = installed_version(db)
        assert 1 <= version <= LATEST_VERSION
        assert [list(s) for s in schema_shape(db)] == facts["shapes"][str(version)], \
            f"schema version {version} is recorded but its schema is not that step's"
        assert _records(db, counts) == (counts, people)
    finally:
        db.close()

    for copy in [p for p in tmp_path.glob("lpks.before-schema-*") if not p.name.endswith(SIDE_FILES)]:
        # The copy taken before upgrading carries a name a clerk would restore from.
        kept = connect(parse_location(str(copy)), must_exist=True)
        try:
            assert integrity(kept) == "ok"
            assert installed_version(kept) == 1, f"{copy.name} is not a whole copy of the old database"
            assert _records(kept, counts) == (counts, people)
        finally:
            kept.close()

    with opened(db_path) as store:
        assert integrity(store.db) == "ok"
        assert installed_version(store.db) == LATEST_VERSION
        assert _records(store.db, counts) == (counts, people)
        assert fingerprint(store.db, ["participant"])
