"""Databases for the fault tests: prepared once, copied per run, opened the normal way,
checked and fingerprinted."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from pathlib import Path
from typing import Callable

import peewee
from filelock import FileLock

from lpks_desktop.core import models
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store


def shared_folder(tmp_path_factory, name: str, build: Callable[[Path], dict]) -> tuple[Path, dict]:
    """A folder built once for the whole run, even when xdist spreads the tests over several
    processes: ``build(folder)`` fills it and returns facts (kept as JSON), and the others wait."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if base.name.startswith("popen-gw") else base
    folder = root / f"faults-{name}"
    facts_file = folder / "facts.json"
    with FileLock(str(root / f"faults-{name}.lock")):
        if not facts_file.exists():
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            facts = build(folder)
            facts_file.write_text(json.dumps(facts))
    return folder, json.loads(facts_file.read_text())


def copy_database(source: Path, target: Path) -> Path:
    """A copy of a closed SQLite database (no -wal left next to a prepared template)."""
    for suffix in ("-wal", "-shm"):
        assert not Path(str(source) + suffix).exists(), f"{source} is still open"
    shutil.copyfile(source, target)
    return target


@contextlib.contextmanager
def opened(location: str | Path):
    """The database opened as the app opens it (connect, migrate, bind the models)."""
    store = Store.open(parse_location(str(location)))
    try:
        yield store
    finally:
        store.close()
        models.database.initialize(None)


def integrity(db: peewee.Database) -> str:
    if isinstance(db, peewee.PostgresqlDatabase):
        return "ok"  # the server keeps its own pages; nothing to check from here
    rows = db.execute_sql("PRAGMA integrity_check").fetchall()
    return "; ".join(str(r[0]) for r in rows)


def user_tables(db: peewee.Database) -> list[str]:
    return sorted(t for t in db.get_tables() if not t.startswith("sqlite_"))


def fingerprint(db: peewee.Database, tables: list[str] | None = None) -> str:
    """A hash of every row of every table (or of ``tables``), in primary key order."""
    digest = hashlib.sha256()
    for table in tables or user_tables(db):
        columns = [c.name for c in db.get_columns(table)]
        order = ", ".join(f'"{c}"' for c in columns)
        digest.update(f"{table}:{columns}".encode())
        for row in db.execute_sql(f'SELECT * FROM "{table}" ORDER BY {order}'):
            digest.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode())
    return digest.hexdigest()


def row_counts(db: peewee.Database, tables: list[str] | None = None) -> dict[str, int]:
    return {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables or user_tables(db)}


def file_state(path: Path) -> tuple[str, int]:
    """The file's bytes hash and modification time, to show nothing wrote to it."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@contextlib.contextmanager
def as_administrator():
    """Work done outside a test (prepared once per run) acts as the administrator, as every test
    does; before accounts exist there is nothing to sign in to."""
    try:
        from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
    except ImportError:
        yield
        return
    with signed_in(SYSTEM_ADMIN):
        yield


@contextlib.contextmanager
def throwaway_pg_schema():
    """A PostgreSQL schema of its own for work shared by several tests (the ``pg_schema``
    fixture is per test); yields its URL, skips without a server."""
    import os
    import uuid

    import pytest

    from lpks_desktop.core.database import make_database

    url = os.environ.get("LPKS_TEST_PG_URL", "").strip()
    if not url:
        pytest.skip("LPKS_TEST_PG_URL is not set")
    schema = f"f_{uuid.uuid4().hex[:12]}"
    admin = make_database(parse_location(url))
    try:
        admin.execute_sql(f'CREATE SCHEMA "{schema}"')
    except peewee.OperationalError as exc:
        pytest.skip(f"PostgreSQL at {url} is not reachable: {exc}")
    try:
        separator = "&" if "?" in url else "?"
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@contextlib.contextmanager
def started(location: str | Path):
    """The database opened the way the app starts on it: finish a restore a crash interrupted,
    the start-up check (which must find nothing wrong), then the normal opening."""
    from lpks_desktop.core.backup import finish_interrupted_restore
    from lpks_desktop.core.startup_check import quick_check

    where = parse_location(str(location))
    finish_interrupted_restore(where)
    report = quick_check(where)
    assert report is None, f"the start-up check found damage: {report.problems}"
    with opened(location) as store:
        yield store
