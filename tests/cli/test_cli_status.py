"""``status`` on the command line: a person's classes and statuses by NIK, phone or name."""

from __future__ import annotations

import contextlib
import json

import peewee
import pytest

from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.core.store import Store


@contextlib.contextmanager
def opened(db_url):
    """The database for the test's own reads and writes, closed before the command opens it."""
    store = Store.open(parse_location(db_url))
    try:
        yield store
    finally:
        store.close()
        m.database.initialize(None)


@pytest.fixture
def demo_db(db_url, capsys):
    assert main(["--db", db_url, "demo", "--participants", "60", "--seed", "11"]) == 0
    capsys.readouterr()
    return db_url


def someone_with_most_classes(db_url) -> dict:
    with opened(db_url):
        count = peewee.fn.COUNT(m.Enrollment.id)
        person = (m.Participant.select().join(m.Enrollment).group_by(m.Participant.id)
                  .order_by(count.desc(), m.Participant.id).first())
        enrollments = list(person.enrollments)
        return {"nik": person.nik, "name": person.full_name, "phone": person.phone,
                "codes": {e.training_class.code for e in enrollments},
                "statuses": {e.status for e in enrollments}}


def test_status_by_nik_lists_every_class_in_the_chosen_language(demo_db, capsys):
    who = someone_with_most_classes(demo_db)

    assert main(["--db", demo_db, "--lang", "id", "status", who["nik"]]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith(who["name"]) and who["nik"] in text
    assert all(code in text for code in who["codes"])
    labels = {status: en.STATUS_LABELS[status] for status in who["statuses"]}
    assert all(label.render("id") in text for label in labels.values()) and "sejak" in text

    assert main(["--db", demo_db, "--lang", "en", "status", who["nik"]]) == 0
    text = capsys.readouterr().out
    assert all(label.render("en") in text for label in labels.values()) and "since" in text


def test_status_as_json(demo_db, capsys):
    who = someone_with_most_classes(demo_db)
    local = "0" + who["phone"][3:]

    assert main(["--db", demo_db, "--lang", "en", "status", local, "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    mine = next(p for p in people if p["nik"] == who["nik"])
    assert mine["matched_by"] == "phone"
    assert {c["class_code"] for c in mine["classes"]} == who["codes"]
    first = mine["classes"][0]
    assert {"class_name", "institution_code", "program_name", "status", "status_label", "since",
            "reason", "start_date", "end_date"} <= set(first)
    assert first["status_label"] == en.STATUS_LABELS[first["status"]].render("en")
    assert first["since"][:4].isdigit()


def test_a_name_in_several_words_and_the_limit(db_url, capsys):
    with opened(db_url) as store:
        institution = store.save(m.Institution(code="LPK-SBP", name="LPK Sapta Bangun Persada"))
        program = store.save(m.Program(institution=institution, code="JHT", name="Menjahit", total_jp=20))
        klass = store.save(m.TrainingClass(institution=institution, program=program, code="SBP-JHT-01",
                                           name="Menjahit 1", capacity=5, status=m.ClassStatus.OPEN,
                                           funding=m.Funding.PRAKERJA))
        for n in range(3):
            person = store.save(m.Participant(nik=f"631101410190000{n}", full_name=f"Siti Aminah {n}",
                                              sex="P"))
            enrollment = en.register(store, person.id, klass.id)[0]
            if n == 0:
                en.change_status(store, enrollment.id, "reserve")

    assert main(["--db", db_url, "--lang", "en", "status", "aminah", "SITI", "0"]) == 0
    text = capsys.readouterr().out
    assert "Siti Aminah 0" in text and "Siti Aminah 1" not in text
    assert "Reserve list no. 1" in text and "Prakerja: no redeem code recorded yet" in text

    assert main(["--db", db_url, "--lang", "en", "status", "siti", "--limit", "2"]) == 0
    text = capsys.readouterr().out
    assert "Siti Aminah 1" in text and "Siti Aminah 2" not in text
    assert "More than 2 people found" in text


@pytest.mark.parametrize("query, hint", [
    ("6311019999999999", "Nobody has the NIK 6311019999999999"),
    ("0899-1111-2222", "Nobody has the phone number +6289911112222"),
    ("Zaenab Tidakada", 'Nobody is named "Zaenab Tidakada"'),
    ("1234", "Too short"),
])
def test_nobody_found_exits_1_with_a_hint(demo_db, capsys, query, hint):
    assert main(["--db", demo_db, "--lang", "en", "status", *query.split()]) == 1
    captured = capsys.readouterr()
    assert hint in captured.err
    assert main(["--db", demo_db, "--lang", "id", "status", *query.split()]) == 1
    assert hint not in capsys.readouterr().err


def test_nobody_found_in_json_is_an_empty_list_and_exit_1(demo_db, capsys):
    assert main(["--db", demo_db, "status", "Zaenab Tidakada", "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "Zaenab" in captured.err


def test_usage_errors_exit_2(demo_db, capsys):
    with pytest.raises(SystemExit) as leaving:
        main(["--db", demo_db, "status"])
    assert leaving.value.code == 2
    with pytest.raises(SystemExit) as leaving:
        main(["--db", demo_db, "--lang", "en", "status", "siti", "--limit", "0"])
    assert leaving.value.code == 2
    assert "from 1 to 500" in capsys.readouterr().err
