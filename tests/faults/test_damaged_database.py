"""A damaged database file (bytes flipped in a page, cut to half its length, its header wiped):
the start-up check finds it without writing to it, setting it aside keeps its bytes, and opening
it the normal way refuses it rather than "repairing" it or writing to it."""

from __future__ import annotations

import time

import pytest

from lpks_desktop.core.database import parse_location
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.startup_check import quick_check, set_aside_damaged
from lpks_desktop.core.store import Store

from fault_databases import copy_database, file_state
from file_damage import DAMAGES


@pytest.fixture
def damaged(request, import_world, tmp_path):
    """A copy of a database of 10,000 people, damaged one way; the state of its bytes after."""
    folder, _ = import_world
    path = copy_database(folder / "trial.db", tmp_path / "lpks.db")
    DAMAGES[request.param](path)
    time.sleep(0.01)  # a write after this would show in the modification time
    return path, file_state(path)


def _no_wal_to_replay(path):
    wal = path.parent / (path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "a -wal was left to be replayed into it"


def _companions(path):
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


@pytest.mark.parametrize("damaged", list(DAMAGES), indirect=True)
def test_the_start_up_check_finds_the_damage_and_writes_nothing(damaged):
    path, before = damaged
    location = parse_location(str(path))
    report = quick_check(location)
    assert report is not None, "a damaged file passed the start-up check"
    assert report.problems and str(path) in report.text.render("en")
    assert file_state(path) == before
    _no_wal_to_replay(path)

    kept = set_aside_damaged(location)
    assert not path.exists() and file_state(kept)[0] == before[0]


@pytest.mark.parametrize("damaged", list(DAMAGES), indirect=True)
def test_opening_a_damaged_file_refuses_it_and_writes_nothing(damaged):
    path, before = damaged
    try:
        store = Store.open(parse_location(str(path)))
    except UserError as exc:
        assert str(path) in exc.render("en")
    else:
        try:
            # Opened: then it must not pass for sound either.
            rows = store.db.execute_sql("PRAGMA integrity_check").fetchall()
            assert [r[0] for r in rows] != ["ok"]
        finally:
            store.close()
            from lpks_desktop.core import models
            models.database.initialize(None)
        pytest.fail(f"Store.open opened the damaged file without a word ({_companions(path)})")
    assert file_state(path) == before, "opening wrote to the damaged file"
    _no_wal_to_replay(path)
