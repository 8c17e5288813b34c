"""``classes`` and ``schedule`` on the command line: codes to use, sessions with trainers and rooms."""

from __future__ import annotations

import json

import pytest

from lpks_desktop.cli import main


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
