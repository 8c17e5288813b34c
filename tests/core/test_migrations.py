"""The migration ladder: fresh databases, released-version fixtures, newer files refused."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import apsw
import peewee
import pytest

from lpks_desktop.core import migrations, models
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.errors import DatabaseDamagedError, SchemaTooNewError
from lpks_desktop.core.migrations import LATEST_VERSION, Migration, installed_version, upgrade
from lpks_desktop.core.opening import connect
from lpks_desktop.core.services.health import check
from lpks_desktop.core.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema_v*.sqlite"))


def test_a_fixture_exists_for_every_released_schema_version():
    versions = {int(p.stem.removeprefix("schema_v")) for p in RELEASED}
    assert versions == set(range(1, LATEST_VERSION + 1))


@pytest.fixture
def fresh_store(db_url):
    """A database migrated by this test from empty (the ``store`` fixture hands out copies)."""
    opened = Store.open(parse_location(db_url))
    try:
        yield opened
    finally:
        opened.close()
        models.database.initialize(None)


def test_fresh_database_gets_the_latest_schema(fresh_store):
    assert installed_version(fresh_store.db) == LATEST_VERSION
    assert fresh_store.upgrade_result.from_version == 0
    rows = fresh_store.db.execute_sql('SELECT version FROM "schema_version" ORDER BY version').fetchall()
    assert [r[0] for r in rows] == [m.version for m in migrations.MIGRATIONS]


def test_migrated_schema_matches_the_models(fresh_store):
    """The frozen DDL and the models must describe the same columns and unique keys."""
    db = fresh_store.db
    tables = {t for t in db.get_tables() if not t.startswith("sqlite_")}  # planner statistics
    assert tables == {m._meta.table_name for m in models.ALL_MODELS}
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name: c for c in db.get_columns(table)}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(columns) == set(fields), table
        for name, field in fields.items():
            assert columns[name].null == field.null, f"{table}.{name} nullability"
        stored_unique = {tuple(i.columns) for i in db.get_indexes(table) if i.unique}
        model_unique = {(f.column_name,) for f in fields.values() if f.unique}
        model_unique |= {tuple(model._meta.fields[n].column_name for n in cols)
                         for cols, unique in model._meta.indexes if unique}
        assert model_unique <= stored_unique, table


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_released_database_is_migrated_forward_with_its_data(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = _counts(path)
    with Store.open(parse_location(str(path))) as store:
        assert installed_version(store.db) == LATEST_VERSION
        report = check(store.db, str(path))
        assert report.ok, [p.render("en") for p in report.problems]
        for table, count in before.items():
            if table != "schema_version":  # the upgrade adds its own rows there
                assert report.counts[table] == count, table
        assert models.Participant.select().count() > 0
        assert models.Institution.select().count() >= 1
        if store.upgrade_result.changed:
            assert store.upgrade_result.backup_path.exists()


def _counts(path: Path) -> dict[str, int]:
    conn = apsw.Connection(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _fake_v2(fail: bool = False) -> tuple[Migration, ...]:
    def add_column(db):
        db.execute_sql('CREATE TABLE "scratch" ("id" INTEGER PRIMARY KEY)')
        db.execute_sql('ALTER TABLE "participant" ADD COLUMN "nickname" VARCHAR(50)')
        if fail:
            raise RuntimeError("step 2 breaks half-way")

    return migrations.MIGRATIONS + (Migration(LATEST_VERSION + 1, "test step", add_column),)


def test_next_step_takes_a_backup_then_upgrades(tmp_path):
    path = tmp_path / "a.db"
    with Store.open(parse_location(str(path))) as store:
        store.save(models.Institution(code="LPK-A", name="LPK A"))
        result = upgrade(store.db, sqlite_path=path, migrations=_fake_v2())
        assert (result.from_version, result.to_version) == (LATEST_VERSION, LATEST_VERSION + 1)
        assert "nickname" in {c.name for c in store.db.get_columns("participant")}
    backup = apsw.Connection(str(result.backup_path))
    assert backup.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == LATEST_VERSION
    assert backup.execute("SELECT code FROM institution").fetchall() == [("LPK-A",)]
    backup.close()


def test_a_failing_step_leaves_the_database_as_it_was(store):
    with pytest.raises(RuntimeError, match="half-way"):
        upgrade(store.db, migrations=_fake_v2(fail=True))
    assert installed_version(store.db) == LATEST_VERSION
    assert "scratch" not in store.db.get_tables()
    assert "nickname" not in {c.name for c in store.db.get_columns("participant")}


def test_database_from_a_newer_version_is_refused_untouched(db_url):
    location = parse_location(db_url)
    with Store.open(location) as store:
        store.db.execute_sql(
            "INSERT INTO schema_version (version, name, applied_at, app_version) "
            "VALUES (99, 'future', '2030-01-01 00:00:00', '9.0')")
    with pytest.raises(SchemaTooNewError) as info:
        Store.open(location)
    assert "99" in info.value.render("en") and "99" in info.value.render("id")
    db = connect(location)
    assert installed_version(db) == 99
    db.close()
    models.database.initialize(None)


def test_foreign_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    conn = apsw.Connection(str(path))
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(DatabaseDamagedError, match="customers"):
        Store.open(parse_location(str(path)))


def test_file_that_is_not_a_database_is_reported_not_overwritten(tmp_path):
    path = tmp_path / "notes.db"
    content = b"This is a Word document, not a database. " * 200
    path.write_bytes(content)
    with pytest.raises(DatabaseDamagedError) as info:
        Store.open(parse_location(str(path)))
    assert "backup" in info.value.render("en")
    assert path.read_bytes() == content


OPEN_SCRIPT = """
import sys
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store
with Store.open(parse_location(sys.argv[1])) as store:
    print(store.upgrade_result.to_version)
"""


def test_two_processes_creating_one_database_at_once(db_url):
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_SCRIPT, db_url],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], outputs
    db = connect(parse_location(db_url))
    rows = db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    db.close()
    assert rows == LATEST_VERSION


def test_upgrade_refuses_before_touching_anything_when_too_new(tmp_path):
    db = peewee.SqliteDatabase(":memory:")
    db.execute_sql("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, "
                   "applied_at TEXT, app_version TEXT)")
    db.execute_sql(f"INSERT INTO schema_version VALUES ({LATEST_VERSION + 5}, 'x', 'x', 'x')")
    with pytest.raises(SchemaTooNewError):
        upgrade(db)
    assert db.get_tables() == ["schema_version"]
