"""Classes as records: the list, a suggested code, checked saves, and a class's schedule."""

from __future__ import annotations

import datetime as dt

import pytest
from class_scenario import build, session
from record_checks import error_fields, refused

from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.class_records import ClassListing, save_class, suggest_class
from lpks_desktop.core.services.classes import class_schedule, find_class
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.services.records import InUse, delete_or_refuse


@pytest.fixture
def world(store):
    return build(store)


def values(world, **changes):
    base = {"program": world.program.id, "code": "SBP-JHT-2027-01", "name": "Menjahit Angkatan 1 2027",
            "batch": 1, "start_date": "4/1/2027", "end_date": "29/1/2027", "room": world.sewing_room.id,
            "capacity": 16, "funding": "apbd", "status": "planned", "notes": ""}
    return {**base, **changes}


def test_a_class_takes_its_institution_from_its_program(store, world):
    klass, warnings = save_class(store, values(world))
    stored = m.TrainingClass.get_by_id(klass.id)
    assert stored.institution_id == world.sbp.id
    assert (stored.start_date, stored.end_date) == (dt.date(2027, 1, 4), dt.date(2027, 1, 29))
    assert (stored.funding, stored.status, stored.room_id) == ("apbd", "planned", world.sewing_room.id)
    assert warnings == ()


def test_every_class_problem_is_reported_and_nothing_saved(store, world):
    failure = refused(save_class, store, values(
        world, code="sbp-jht-2026-01", name=" ", capacity=0, funding="gratis", status="done",
        start_date="10/1/2027", end_date="3/1/2027", batch="satu"))
    assert error_fields(failure) == {
        "code": "taken", "name": "required", "capacity": "too_small", "funding": "not_a_choice",
        "status": "not_a_choice", "end_date": "ends_before_start", "batch": "not_whole_number"}
    taken = next(p for p in failure.errors if p.field == "code")
    assert "Menjahit Angkatan 1" in taken.message("en") and "unik" in taken.message("id")
    assert "3 Januari 2027" in failure.render("id")


def test_a_room_too_small_or_elsewhere_is_a_warning(store, world):
    _, warnings = save_class(store, values(world, room=world.workshop.id, capacity=14))
    assert {p.code for p in warnings} == {"room_elsewhere", "over_room_capacity"}
    assert "LPK-STB" in warnings[0].message("en")


def test_program_cannot_change_once_the_class_has_sessions(store, world):
    other, _ = m.Program.create(institution=world.sbp.id, code="BRS", name="Barista", total_jp=40), None
    session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00")
    failure = refused(save_class, store, {"program": other.id}, world.klass)
    assert error_fields(failure) == {"program": "program_fixed"}


def test_suggested_code_counts_batches_and_skips_taken_codes(store, world):
    # The scenario's class is SBP-JHT-2026-01, batch 1 of 2026: the next follows its pattern.
    suggestion = suggest_class(world.program.id, dt.date(2026, 12, 1))
    assert suggestion["batch"] == 2 and suggestion["code"] == "SBP-JHT-2026-02"
    assert suggestion["room"] == world.sewing_room.id and suggestion["capacity"] == 16
    save_class(store, values(world, code="SBP-JHT-2027-01", start_date="4/1/2027"))
    save_class(store, values(world, code="SBP-JHT-2027-02", batch=5, start_date=None, end_date=None))
    suggestion = suggest_class(world.program.id, dt.date(2027, 3, 1))
    assert suggestion["code"] == "SBP-JHT-2027-03" and suggestion["batch"] == 3


def test_a_first_class_is_coded_by_institution_and_program(store, world):
    other, _ = save_program(store, {"institution": world.sbp.id, "code": "BRS", "name": "Barista",
                                    "total_jp": 8}, [{"code": "I.563000.001.01", "title": "Espresso", "jp": 8}])
    assert suggest_class(other.id, dt.date(2027, 2, 1))["code"] == "LPK-SBP-BRS-2027-01"


def test_listing_filters_searches_and_counts_seats(store, world):
    save_class(store, values(world, code="SBP-JHT-2027-01", status="open"))
    person = m.Participant.create(nik="6311014501900001", full_name="Rina", sex="P")
    m.Enrollment.create(training_class=world.klass.id, participant=person.id, status="enrolled")
    listing = ClassListing()
    rows = listing.page(ListRequest(sort_key="code"), 0)
    assert [r[1] for r in rows] == ["SBP-JHT-2026-01", "SBP-JHT-2027-01"]
    seated = dict((r[1], r[listing.keys.index("seated") + 1]) for r in rows)
    assert seated == {"SBP-JHT-2026-01": 1, "SBP-JHT-2027-01": 0}
    assert listing.count(ListRequest(filters={"status": "open"})) == 1
    assert listing.count(ListRequest(filters={"status": ["open", "running"]})) == 2
    assert listing.count(ListRequest(filters={"institution_id": world.stb.id})) == 0
    assert listing.count(ListRequest(search="menjahit")) == 2
    assert listing.count(ListRequest(search="2027")) == 1


def test_a_class_with_participants_is_not_deleted(store, world):
    person = m.Participant.create(nik="6311014501900001", full_name="Rina", sex="P")
    m.Enrollment.create(training_class=world.klass.id, participant=person.id)
    with pytest.raises(InUse):
        delete_or_refuse(store, world.klass)
    assert m.TrainingClass.get_or_none(id=world.klass.id) is not None


def test_schedule_numbers_sessions_and_lists_trainers_lead_first(store, world):
    first = session(store, world.klass, dt.date(2026, 11, 2), "13:00", "16:00", unit=world.units[0],
                    trainers=[(world.sari, "assistant"), (world.budi, "lead")])
    session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", unit=world.units[0],
            room=world.workshop.id)
    session(store, world.klass, dt.date(2026, 11, 3), "08:00", "12:00", status="cancelled",
            cancel_reason="Banjir")
    rows = class_schedule(world.klass.id)
    assert [(r["number"], r["start_time"].hour, r["room_name"]) for r in rows] == [
        (1, 8, "Bengkel Las"), (2, 13, "Ruang Jahit"), (None, 8, "Ruang Jahit")]
    assert rows[1]["session_id"] == first.id
    assert [(t["name"], t["role"]) for t in rows[1]["trainers"]] == [
        ("Budi Santoso", "lead"), ("Sari Wulandari", "assistant")]
    assert rows[2]["cancel_reason"] == "Banjir"


def test_find_class_ignores_case_and_names_close_codes(store, world):
    assert find_class(" sbp-jht-2026-01 ").id == world.klass.id
    with pytest.raises(UserError) as caught:
        find_class("JHT-2026")
    assert "SBP-JHT-2026-01" in caught.value.render("en")
