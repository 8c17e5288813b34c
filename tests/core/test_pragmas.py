"""Every SQLite connection, in every thread, runs with the product's safety settings."""

from __future__ import annotations

import threading

import apsw
import pytest

from lpks_desktop.core.database import MIN_SQLITE, parse_location, sqlite_version
from lpks_desktop.core.opening import connect
from lpks_desktop.core.store import Store

EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10_000}


def _pragmas(db) -> dict:
    return {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED}


def test_sqlite_is_new_enough_for_concurrent_wal_writers():
    assert sqlite_version() >= MIN_SQLITE
    assert tuple(map(int, apsw.sqlite_lib_version().split("."))) >= (3, 51, 3)


def test_pragmas_on_the_first_and_on_every_later_connection(tmp_path):
    location = parse_location(str(tmp_path / "a.db"))
    with Store.open(location) as store:
        assert _pragmas(store.db) == EXPECTED
        store.db.close()
        store.db.connect()  # a reconnect gets them again
        assert _pragmas(store.db) == EXPECTED
    db = connect(location, must_exist=True)
    try:
        assert _pragmas(db) == EXPECTED
    finally:
        db.close()


def test_pragmas_on_connections_opened_by_worker_threads(tmp_path):
    with Store.open(parse_location(str(tmp_path / "a.db"))) as store:
        seen, errors = [], []

        def worker():
            try:
                seen.append(_pragmas(store.db))  # peewee gives each thread its own connection
                store.db.close()
            except Exception as exc:  # reported below; an assert here would be lost in the thread
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert seen == [EXPECTED] * 4


def test_foreign_keys_are_enforced(store):
    from peewee import IntegrityError

    from lpks_desktop.core.models import Program

    with pytest.raises(IntegrityError):
        with store.transaction():
            Program.create(institution=12345, code="X", name="X", total_jp=10)
