"""Shared fixtures: every database test runs on SQLite and, when reachable, PostgreSQL.

Set LPKS_TEST_PG_URL (e.g. postgresql://postgres@localhost/lpks_test) to run the
PostgreSQL half; with LPKS_REQUIRE_PG=1 (as in CI) an unreachable server fails
the run instead of skipping it.
"""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LPKS_LANG", "en")

from lpks_desktop.core import models  # noqa: E402
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in  # noqa: E402
from lpks_desktop.core.database import make_database, parse_location  # noqa: E402
from lpks_desktop.core.store import Store  # noqa: E402
from migrated_databases import PostgresTemplate, SqliteTemplate  # noqa: E402

PG_URL = os.environ.get("LPKS_TEST_PG_URL", "").strip()
REQUIRE_PG = os.environ.get("LPKS_REQUIRE_PG") == "1"


def _pg_reachable() -> str | None:
    if not PG_URL:
        return "LPKS_TEST_PG_URL is not set"
    try:
        db = make_database(parse_location(PG_URL))
        db.connect()
        db.close()
    except Exception as exc:  # any failure means "not here"
        return f"PostgreSQL at {PG_URL} is not reachable: {exc}"
    return None


_PG_PROBLEM = _pg_reachable()
if _PG_PROBLEM and REQUIRE_PG:
    raise RuntimeError(_PG_PROBLEM)


def pg_schema_url(schema: str) -> str:
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_schema():
    """A fresh PostgreSQL schema for one test, dropped afterwards; yields its URL."""
    if _PG_PROBLEM:
        pytest.skip(_PG_PROBLEM)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_database(parse_location(PG_URL))
    admin.execute_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield pg_schema_url(schema)
    finally:
        admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """This test process's migrated, empty SQLite file."""
    return SqliteTemplate(tmp_path_factory.mktemp("migrated"))


@pytest.fixture(scope="session")
def postgres_template():
    """This test process's migrated PostgreSQL schema, emptied for each test that takes it."""
    if _PG_PROBLEM:
        pytest.skip(_PG_PROBLEM)
    template = PostgresTemplate(PG_URL, f"m_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}")
    try:
        yield template
    finally:
        template.drop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The location of the test's database on each backend: new and empty, or, for a test that
    takes ``store``, already migrated (as opening it would leave it)."""
    if request.param == "sqlite":
        return str(tmp_path / "lpks.db")
    if "store" in request.fixturenames:
        return request.getfixturevalue("postgres_template").empty()
    return request.getfixturevalue("pg_schema")


@pytest.fixture
def store(db_url, sqlite_template):
    """An open, migrated, empty database with every model bound to it."""
    location = parse_location(db_url)
    if location.is_sqlite and not location.path.exists():
        sqlite_template.copy_to(location.path)
    opened = Store.open(location)
    try:
        yield opened
    finally:
        opened.close()
        models.database.initialize(None)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch):
    """The per-user data folder (default database, logs, automatic backups) is the test's own,
    never the developer's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))


@pytest.fixture(autouse=True)
def messages_in_english(monkeypatch):
    """Each test starts with English messages, whatever an earlier test's ``--lang`` left behind
    (the command line sets LPKS_LANG for the whole process)."""
    monkeypatch.setenv("LPKS_LANG", "en")


@pytest.fixture(autouse=True)
def signed_in_as_system_admin():
    """Each test starts signed in as the installation's own administrator, so services pass
    their permission checks; tests of other roles wrap their calls in ``signed_in(...)``."""
    with signed_in(SYSTEM_ADMIN):
        yield
