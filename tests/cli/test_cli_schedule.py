"""``classes`` and ``schedule`` on the command line: codes to use, sessions with trainers and rooms."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest

from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store


@pytest.fixture
def demo_db(db_url, capsys):
    assert main(["--db", db_url, "demo", "--participants", "60", "--seed", "11"]) == 0
    capsys.readouterr()
    return db_url


def test_classes_lists_codes_and_filters_by_institution(demo_db, capsys):
    assert main(["--db", demo_db, "classes", "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert len(every) >= 10 and len({c["code"] for c in every}) == len(every)
    assert {"code", "name", "institution", "status", "start_date", "seated", "capacity"} <= set(every[0])
    starts = [c["start_date"] for c in every]
    assert starts == sorted(starts)

    assert main(["--db", demo_db, "classes", "--institution", "lpk-stb", "--json"]) == 0
    stb = json.loads(capsys.readouterr().out)
    assert stb and {c["institution"] for c in stb} == {"LPK-STB"}

    assert main(["--db", demo_db, "--lang", "en", "classes"]) == 0
    text = capsys.readouterr().out
    assert every[0]["code"] in text and "running" in text

    assert main(["--db", demo_db, "--lang", "en", "classes", "--institution", "NOPE"]) == 1
    assert "LPK-SBP" in capsys.readouterr().err


def test_schedule_of_a_class(demo_db, capsys):
    main(["--db", demo_db, "classes", "--json"])
    code = next(c["code"] for c in json.loads(capsys.readouterr().out) if c["status"] == "running")
    assert main(["--db", demo_db, "schedule", "--class", code.lower(), "--json"]) == 0
    schedule = json.loads(capsys.readouterr().out)
    assert schedule["class"]["code"] == code
    sessions = schedule["sessions"]
    assert sessions and all(s["room"] and s["trainers"] for s in sessions)
    assert [s["number"] for s in sessions] == list(range(1, len(sessions) + 1))
    assert all(s["trainers"][0]["role"] == "lead" for s in sessions)
    keys = [(s["date"], s["start_time"]) for s in sessions]
    assert keys == sorted(keys)

    assert main(["--db", demo_db, "schedule", "--class", code]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith(code) and sessions[0]["trainers"][0]["name"] in text


def test_schedule_of_an_unknown_class_names_close_codes(demo_db, capsys):
    main(["--db", demo_db, "classes", "--json"])
    code = json.loads(capsys.readouterr().out)[0]["code"]
    assert main(["--db", demo_db, "--lang", "en", "schedule", "--class", code[:-1] + "9"]) == 1
    assert "There is no class" in capsys.readouterr().err


@contextlib.contextmanager
def opened(db_url):
    """The database for the test's own writes, closed again before the command opens it."""
    store = Store.open(parse_location(db_url))
    try:
        yield store
    finally:
        store.close()


def test_conflicts_exit_1_until_every_hard_one_is_accepted(db_url, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "core"))
    from class_scenario import build, session

    day = dt.date(2026, 12, 7)
    with opened(db_url) as store:
        world = build(store)
        welding = store.save(m.TrainingClass(
            institution=world.stb.id, program=world.program.id, code="STB-LAS-2026-01", name="Las",
            room=world.workshop.id, capacity=10, status="running"))
        mine = session(store, world.klass, day, "08:00", "10:00", trainers=[(world.budi, "lead")])
        session(store, welding, day, "10:00", "12:00", trainers=[(world.budi, "lead")])  # touches: fine
    assert main(["--db", db_url, "--lang", "id", "conflicts"]) == 0
    assert "0 bentrok" in capsys.readouterr().out

    with opened(db_url) as store:
        theirs = session(store, welding, day, "09:00", "10:00", trainers=[(world.budi, "lead")])
    assert main(["--db", db_url, "--lang", "en", "conflicts", "--json"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["hard"], c["overridden"]) for c in found] == [("trainer", True, False)]
    assert "Budi Santoso" in found[0]["message"] and "STB-LAS-2026-01" in found[0]["message"]
    assert {found[0]["session_id"], found[0]["other_session_id"]} == {mine.id, theirs.id}

    with opened(db_url) as store:
        store.save(m.ConflictOverride(session=min(mine.id, theirs.id), other_session=max(mine.id, theirs.id),
                                      kind="trainer", subject_id=world.budi.id, reason="Ganti jam istirahat"))
    assert main(["--db", db_url, "--lang", "id", "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "diterima: Ganti jam istirahat" in out and "0 bentrok, 1 diterima" in out
