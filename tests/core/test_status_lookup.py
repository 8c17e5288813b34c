""""What is my status?": one query finds a person by NIK, phone number or name, with every class
at every institution, its status, since when and why."""

from __future__ import annotations

import datetime as dt

import pytest
from class_scenario import build

from lpks_desktop.core import models as m
from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.core.services.status_lookup import (
    KIND_EMPTY,
    KIND_NAME,
    KIND_NIK,
    KIND_NUMBER,
    KIND_PHONE,
    KIND_TOO_SHORT,
    lookup,
    read_query,
)

SITI_NIK = "6311014101900001"
SITI_PHONE = "+6281234567890"


@pytest.fixture
def w(store):
    world = build(store)
    world.store = store
    welding_program = store.save(m.Program(institution=world.stb.id, code="LAS", name="Pengelasan SMAW",
                                           total_jp=40))
    world.welding = store.save(m.TrainingClass(
        institution=world.stb.id, program=welding_program.id, code="STB-LAS-2027-01",
        name="Las Angkatan 1", capacity=10, status=m.ClassStatus.OPEN,
        start_date=dt.date(2027, 2, 1), end_date=dt.date(2027, 3, 1)))

    def person(nik, name, phone="", **extra):
        return store.save(m.Participant(nik=nik, full_name=name, sex="P", phone=phone, **extra))

    world.siti = person(SITI_NIK, "Siti Aminah", SITI_PHONE, prakerja_card_number="1234567890123456")
    world.aminah = person("6311014101900002", "AMINAH SITI RAHAYU", "+6281234567891")
    world.sitti = person("6311024101900003", "siti nurhaliza", "+6285700000001")
    world.dewi = person("6211014101900004", "Dewi Kartika Sari", "+6281300000002")
    world.kalteng = person("6281234567890123", "Rahmat Hidayat")  # a NIK of province 62
    world.lonely = person("6311014101900006", "Yohanes Tanpa Kelas", "+6281299999999")
    world.percent = person("6311014101900007", "Ani 100% Jaya")
    world.nur = person("6311024101900008", "Nur Siti Aminah")

    sewing, _ = en.register(store, world.siti.id, world.klass.id, reason="Datang ke kantor")
    en.change_status(store, sewing.id, "passed_selection", reason="Lulus wawancara")
    welding, _ = en.register(store, world.siti.id, world.welding.id)
    en.change_status(store, welding.id, "reserve")
    world.sewing_enrollment, world.welding_enrollment = sewing, welding
    en.register(store, world.aminah.id, world.klass.id)
    en.register(store, world.dewi.id, world.welding.id)
    world.dewi.archived = True  # after registering: archived people take no new registrations
    store.save(world.dewi)
    return world


def names(people) -> list[str]:
    return [p["full_name"] for p in people]


# --- reading the query --------------------------------------------------------------------------


@pytest.mark.parametrize("text, kind", [
    ("", KIND_EMPTY), ("   ", KIND_EMPTY), ("12345", KIND_TOO_SHORT), ("a", KIND_TOO_SHORT),
    ("6311014101900001", KIND_NIK), ("631101", KIND_NIK), ("6311.0141.0190.0001", KIND_NIK),
    ("0812-3456-7890", KIND_PHONE), ("+62 812 3456 7890", KIND_PHONE), ("(0812) 3456", KIND_PHONE),
    ("6281234567890", KIND_NUMBER), ("81234567890", KIND_NUMBER), ("Siti", KIND_NAME),
    ("siti aminah", KIND_NAME), ("081", KIND_TOO_SHORT),
])
def test_a_query_is_read_as_nik_phone_number_or_name(text, kind):
    assert read_query(text).kind == kind


def test_every_hint_is_bilingual():
    for text in ("", "123", "6311014101900099", "0812-0000-0000", "6281200000", "Zaenab"):
        hint = read_query(text).hint()
        assert hint.render("id") and hint.render("en") and hint.render("id") != hint.render("en")
    assert "6311014101900099" in read_query("6311014101900099").hint().render("en")
    assert '"Zaenab"' in read_query("  Zaenab ").hint().render("en")


# --- by NIK -------------------------------------------------------------------------------------


def test_a_nik_finds_the_person_with_every_class_at_every_institution(w):
    [siti] = lookup(SITI_NIK)

    assert (siti["id"], siti["nik"], siti["matched_by"], siti["archived"]) == (w.siti.id, SITI_NIK, "nik",
                                                                               False)
    assert siti["prakerja_card_number"] == "1234567890123456"
    # Newest class first: the welding class starts in 2027.
    assert [(c["class_code"], c["institution_code"], c["status"]) for c in siti["classes"]] == [
        ("STB-LAS-2027-01", "LPK-STB", "reserve"), ("SBP-JHT-2026-01", "LPK-SBP", "passed_selection")]
    welding, sewing = siti["classes"]
    assert welding["reserve_rank"] == 1 and welding["program_name"] == "Pengelasan SMAW"
    assert (sewing["reason"], sewing["class_name"], sewing["program_name"]) == (
        "Lulus wawancara", "Menjahit Angkatan 1", "Menjahit Pakaian Wanita")
    assert sewing["status_label"].render("id") == "Lulus seleksi"
    assert sewing["status_label"].render("en") == "Passed selection"
    assert sewing["since"] == en.status_history(w.sewing_enrollment.id)[-1]["at"]
    assert (sewing["start_date"], sewing["end_date"]) == (dt.date(2026, 11, 2), dt.date(2026, 11, 30))


def test_the_latest_status_change_says_since_when_and_why(w):
    en.change_status(w.store, w.sewing_enrollment.id, "withdrew", reason="Diterima bekerja")
    [siti] = lookup(SITI_NIK)
    sewing = siti["classes"][1]
    assert (sewing["status"], sewing["reason"]) == ("withdrew", "Diterima bekerja")
    assert sewing["changed_by"]


def test_the_first_digits_of_a_nik_find_everyone_whose_nik_begins_so(w):
    assert names(lookup("631101410190")) == ["Siti Aminah", "AMINAH SITI RAHAYU", "Yohanes Tanpa Kelas",
                                             "Ani 100% Jaya"]
    assert names(lookup("631102")) == ["siti nurhaliza", "Nur Siti Aminah"]
    assert lookup("63110") == []  # too few digits to mean anything
    assert lookup("6311014101900099") == []
    assert lookup("63110141019000011") == []  # longer than any NIK


def test_someone_without_classes_is_found_with_none(w):
    [lonely] = lookup("6311014101900006")
    assert lonely["classes"] == []


# --- by phone -----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["0812-3456-7890", "081234567890", "+62 812 3456 7890", "+6281234567890",
                                   "(0812) 3456 7890", "812 3456 7890"])
def test_a_phone_number_in_any_usual_form_finds_the_person(w, typed):
    assert [(p["full_name"], p["matched_by"]) for p in lookup(typed)] == [("Siti Aminah", "phone")]


def test_the_beginning_of_a_phone_number_finds_the_numbers_that_begin_so(w):
    assert names(lookup("0812-3456-789")) == ["Siti Aminah", "AMINAH SITI RAHAYU"]
    assert names(lookup("0857 0000")) == ["siti nurhaliza"]
    assert lookup("0812") == []  # too short


def test_digits_that_could_be_a_nik_or_a_phone_are_looked_up_as_both(w):
    # 628123456789 begins Rahmat's NIK (province 62) and, as 0812-3456-789, two phone numbers.
    found = lookup("628123456789")
    assert [(p["full_name"], p["matched_by"]) for p in found] == [
        ("Rahmat Hidayat", "nik"), ("Siti Aminah", "phone"), ("AMINAH SITI RAHAYU", "phone")]


# --- by name ------------------------------------------------------------------------------------


def test_a_name_is_found_without_regard_to_case_or_word_order(w):
    for typed in ("siti aminah", "SITI AMINAH", "Aminah Siti", "aminah  SITI"):
        assert names(lookup(typed))[0] == "Siti Aminah", typed
    # The exact name (in any order) first, then names beginning with it; names merely holding its
    # words elsewhere are not looked for once the exact name is found.
    assert names(lookup("aminah siti")) == ["Siti Aminah", "AMINAH SITI RAHAYU"]
    assert names(lookup("Siti Aminah Rahayu")) == ["AMINAH SITI RAHAYU"]
    assert names(lookup("nur siti aminah")) == ["Nur Siti Aminah"]
    assert "Nur Siti Aminah" not in names(lookup("siti aminah"))


def test_part_of_a_name_finds_beginnings_first_then_the_words_anywhere(w):
    assert names(lookup("siti")) == ["Siti Aminah", "siti nurhaliza", "AMINAH SITI RAHAYU",
                                     "Nur Siti Aminah"]
    assert names(lookup("rahayu")) == ["AMINAH SITI RAHAYU"]
    assert names(lookup("siti rahayu")) == ["AMINAH SITI RAHAYU"]
    assert names(lookup("nurhal")) == ["siti nurhaliza"]
    assert lookup("Zaenab") == []


def test_archived_people_are_found_and_flagged(w):
    [dewi] = lookup("dewi kartika")
    assert dewi["archived"] is True and dewi["classes"][0]["status"] == "registered"


def test_wildcards_in_a_name_are_plain_characters(w):
    assert names(lookup("100%")) == ["Ani 100% Jaya"]
    assert lookup("1_0%") == []
    assert lookup("%%") == []


def test_the_limit_is_kept(w):
    assert len(lookup("siti", limit=2)) == 2
    assert lookup("siti", limit=0) == []


# --- against the demo ---------------------------------------------------------------------------


def test_every_demo_enrollment_is_found_by_nik_with_its_status(store):
    fill_demo(store, participants=60, seed=3)
    people = list(m.Participant.select().order_by(m.Participant.id).limit(25))
    for person in people:
        [found] = lookup(person.nik)
        expected = {(e.training_class.code, e.status) for e in person.enrollments}
        assert {(c["class_code"], c["status"]) for c in found["classes"]} == expected
        for c in found["classes"]:
            assert c["since"] is not None and c["status_label"].render("en")
        assert person.id in {p["id"] for p in lookup(person.full_name, limit=50)}
        if person.phone:
            assert person.id in {p["id"] for p in lookup("0" + person.phone[3:])}
