"""Participants: checked before saving, found by name/NIK/phone, and their whole story."""

from __future__ import annotations

import datetime as dt

import pytest
from record_checks import check_listing, error_fields, refused, writes_nothing

from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import (
    Assessment,
    AttendanceMark,
    Certificate,
    ClassSession,
    CompetencyUnit,
    Enrollment,
    EnrollmentStatusChange,
    Participant,
    SessionStatus,
    TrainingClass,
)
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.participants import (
    ParticipantListing,
    find_person,
    participant_profile,
    save_participant,
)
from lpks_desktop.core.services.records import InUse, archive, delete_or_refuse

TODAY = dt.date(2026, 11, 25)
NIK = "3171014506990002"  # a woman born 05-06-99
PERSON = {"nik": NIK, "full_name": "  Siti   Ma'rufah ", "sex": "Perempuan",
          "birth_date": "05/06/1999", "phone": "0812-3456-7890"}


def _save(store, instance=None, **values):
    return save_participant(store, {**PERSON, **values}, instance, today=TODAY)


def test_a_participant_is_saved_normalised(store):
    person, warnings = _save(store, education="SMA", employment="laid_off",
                             prakerja_card_number="1234 5678 9012 3456", email="siti@gmail.com")
    stored = Participant.get_by_id(person.id)
    assert (stored.full_name, stored.sex, stored.birth_date, stored.phone) == (
        "Siti Ma'rufah", "P", dt.date(1999, 6, 5), "+6281234567890")
    assert (stored.education, stored.employment, stored.prakerja_card_number) == (
        "sma", "laid_off", "1234567890123456")
    assert warnings == ()


def test_every_participant_problem_is_reported_by_field(store):
    failure = refused(save_participant, store, {
        "nik": "", "full_name": " ", "sex": "", "birth_date": "12/12/2030", "phone": "+1 202 555 0100",
        "email": "siti@", "education": "kuliah", "employment": "pns",
        "prakerja_card_number": "123456789012345"}, today=TODAY)
    assert error_fields(failure) == {
        "nik": "required", "full_name": "required", "sex": "required",
        "birth_date": "birth_date_future", "phone": "phone_not_indonesian",
        "email": "email_invalid", "education": "not_a_choice", "employment": "not_a_choice",
        "prakerja_card_number": "prakerja_card_invalid"}
    nik = next(p for p in failure.errors if p.field == "nik")
    assert (nik.message("id"), nik.message("en")) == ("NIK wajib diisi.", "NIK is required.")


def test_a_nik_damaged_by_excel_is_refused(store):
    assert error_fields(refused(_save, store, nik="3.17101E+15")) == {"nik": "nik_excel_number"}


def test_a_nik_disagreeing_with_the_form_warns_but_saves(store):
    person, warnings = _save(store, sex="L", birth_date="6 Juni 1999")
    assert {(w.field, w.code) for w in warnings} == {("nik", "nik_birth_date_mismatch"),
                                                     ("nik", "nik_sex_mismatch")}
    assert all(w.message("id") != w.message("en") for w in warnings)
    assert Participant.get_by_id(person.id).sex == "L"


def test_a_nik_already_registered_names_the_person_holding_it(store):
    _save(store)
    failure = refused(_save, store, full_name="Siti Lain")
    assert error_fields(failure) == {"nik": "taken"}
    assert "Siti Ma'rufah" in failure.errors[0].message("id")


def test_an_update_keeps_fields_the_form_left_out(store):
    person, _ = _save(store, city="Paringin")
    save_participant(store, {"phone": "081122334455"}, person, today=TODAY)
    stored = Participant.get_by_id(person.id)
    assert (stored.city, stored.phone, stored.nik) == ("Paringin", "+6281122334455", NIK)


def test_a_participant_with_enrollments_is_archived_not_deleted(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    person = Participant.select().join(Enrollment).first()
    with writes_nothing(), pytest.raises(InUse) as caught:
        delete_or_refuse(store, person)
    assert caught.value.dependents == {"enrollment": person.enrollments.count()}
    archive(store, person)
    listing = ParticipantListing()
    assert listing.count(ListRequest(search=person.nik)) == 0
    assert listing.count(ListRequest(search=person.nik, filters={"archived": True})) == 1
    assert find_person(person.nik) == [{
        "id": person.id, "full_name": person.full_name, "nik": person.nik, "sex": person.sex,
        "birth_date": person.birth_date, "phone": person.phone, "city": person.city,
        "archived": True}]


def test_a_new_participant_without_enrollments_can_be_deleted(store):
    person, _ = _save(store)
    delete_or_refuse(store, person)
    assert Participant.select().count() == 0


def test_search_finds_people_by_name_nik_and_phone_as_clerks_type_them(store):
    person, _ = _save(store)
    _save(store, nik="3171011708450001", full_name="Budi", sex="L", birth_date="17/08/1945",
          phone="0813-1111-2222")
    for text in ("siti", "MA'RUF", NIK, NIK[4:12], "0812-3456-7890", "08123456", "+62 812 3456",
                 "6281234567890", "3456 7890"):
        assert [row["id"] for row in find_person(text)] == [person.id], text
    assert find_person("   ") == []
    assert len(find_person("0", limit=1)) == 1
    assert ParticipantListing().count(ListRequest(search="0812 3456")) == 1


def test_the_list_sorts_and_pages(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    check_listing(ParticipantListing(), page_size=13)


def _second_institution_enrollment(store, person) -> Enrollment:
    """Register ``person`` for a class of an institution they have not been to."""
    been = TrainingClass.select(TrainingClass.institution).join(Enrollment).where(
        Enrollment.participant == person.id)
    klass = TrainingClass.select().where(TrainingClass.institution.not_in(been)).first()
    with store.transaction(), acting_as("siti"):
        enrollment = store.save(Enrollment(training_class=klass, participant=person))
        store.save(EnrollmentStatusChange(enrollment=enrollment, new_status="registered",
                                          reason="Mendaftar lewat telepon"))
    return enrollment


def test_the_profile_tells_the_whole_story_across_institutions(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    certificate = Certificate.select().where(Certificate.status == "valid").first()
    earned = certificate.enrollment
    person = earned.participant
    added = _second_institution_enrollment(store, person)

    profile = participant_profile(person.id)
    assert (profile["id"], profile["nik"], profile["full_name"]) == (
        person.id, person.nik, person.full_name)
    by_id = {e["id"]: e for e in profile["enrollments"]}
    assert len({e["institution"]["code"] for e in profile["enrollments"]}) >= 2
    assert set(by_id) == {e.id for e in person.enrollments}

    new = by_id[added.id]
    assert new["status"] == "registered" and new["attendance"] is None
    assert [(h["status"], h["user"], h["reason"]) for h in new["status_history"]] == [
        ("registered", "siti", "Mendaftar lewat telepon")]

    done = by_id[earned.id]
    klass = earned.training_class
    assert done["class"]["code"] == klass.code and done["program"]["id"] == klass.program_id
    assert done["status_history"][-1]["status"] == done["status"] == "completed"
    held = ClassSession.select().where(ClassSession.training_class == klass.id,
                                       ClassSession.status == SessionStatus.HELD)
    marks = {m.session_id: m.mark for m in AttendanceMark.select().where(
        AttendanceMark.enrollment == earned.id)}
    attendance = done["attendance"]
    assert attendance["held_sessions"] == held.count()
    # A session counts the JP its trainer journal gives, once written.
    jp = {s.id: s.jp if s.journal_jp is None else s.journal_jp for s in held}
    assert attendance["delivered_jp"] == sum(jp.values())
    assert attendance["attended_jp"] == sum(jp[s.id] for s in held if marks.get(s.id) == "H")
    assert attendance["marks"] == {mark: list(marks.values()).count(mark) for mark in "HISA"}
    assert attendance["meets_minimum"] is True
    assert attendance["rate_pct"] >= attendance["min_pct"] == klass.program.min_attendance_pct
    units = CompetencyUnit.select().where(CompetencyUnit.program == klass.program_id)
    assert [a["unit_id"] for a in done["assessments"]] == [
        u.id for u in units.order_by(CompetencyUnit.position)]
    results = {a.unit_id: a.result for a in Assessment.select().where(
        Assessment.enrollment == earned.id)}
    assert {a["unit_id"]: a["result"] for a in done["assessments"]} == results
    assert certificate.number in [c["number"] for c in done["certificates"]]
