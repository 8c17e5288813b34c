"""Editing sessions one by one and assigning trainers: checked, refused on clashes unless a reason
is written, all or nothing, and kept in the history once the class has started."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from record_checks import assert_bilingual, error_fields, refused, writes_nothing
from schedule_builders import MONDAY, TUESDAY, certify, enrol, klass, person, seat, session, t, world

from lpks_desktop.core.models import (
    AttendanceMark,
    AuditLog,
    ClassSession,
    ClosureDay,
    ConflictOverride,
    SessionChange,
    SessionTrainer,
    Trainer,
)
from lpks_desktop.core.services.conflicts import Conflict, ConflictsFound, SessionSlot, check_slot
from lpks_desktop.core.services.sessions import (
    add_session,
    assign_trainer,
    cancel_session,
    class_has_started,
    delete_session,
    restore_session,
    session_history,
    session_ids_for,
    unassign_trainer,
    update_session,
)
from lpks_desktop.core.services.settings import MINUTES_PER_JP, set_setting

BEFORE = MONDAY - dt.timedelta(days=20)  # the class has not started yet
DURING = MONDAY + dt.timedelta(days=3)  # it has


@pytest.fixture
def w(store):
    return world()


@pytest.fixture
def sewing(w):
    return klass(w, "LPK-JHT-2026-03", room=w.lab)


@pytest.fixture
def welding(w):
    return klass(w, "BLK-LAS-2026-01", program=w.welding, room=w.workshop)


def values(**changes):
    return {"date": "7/12/2026", "start_time": "8.00", "end_time": "12:00", **changes}


def changes_of(klass_) -> list[SessionChange]:
    return list(SessionChange.select().where(SessionChange.training_class == klass_.id)
                .order_by(SessionChange.id))


def trainers_of(session_id) -> list[tuple[str, str]]:
    return sorted((row.trainer.full_name, row.role)
                  for row in SessionTrainer.select().where(SessionTrainer.session == session_id))


def refused_for_clashes(write, *args, **kwargs) -> ConflictsFound:
    with writes_nothing(), pytest.raises(ConflictsFound) as caught:
        write(*args, **kwargs)
    assert caught.value.conflicts and all(c.blocking for c in caught.value.conflicts)
    assert caught.value.render("id") != caught.value.render("en")
    return caught.value


# --- adding -------------------------------------------------------------------------------------


def test_a_session_is_added_with_values_as_clerks_type_them(store, w, sewing):
    saved, warnings = add_session(store, sewing.id, values(unit_id=w.measure.id, topic=" Ukur "),
                                  today=BEFORE)

    stored = ClassSession.get_by_id(saved.id)
    assert (stored.date, stored.start_time, stored.end_time) == (MONDAY, t("08:00"), t("12:00"))
    assert (stored.unit_id, stored.room_id, stored.topic, stored.status) == (
        w.measure.id, None, "Ukur", "planned")
    assert stored.jp == 5  # 240 minutes hold five whole JP of 45 minutes
    assert warnings == ()
    assert changes_of(sewing) == []  # not started: no history
    assert AuditLog.select().where(AuditLog.table_name == "class_session").count() == 1


def test_the_default_jp_follows_the_minutes_per_jp_setting(store, sewing):
    set_setting(store, MINUTES_PER_JP, 60)
    saved, _ = add_session(store, sewing.id, values(end_time="10:30"), today=BEFORE)
    assert saved.jp == 2


def test_every_problem_with_the_values_is_reported_by_field(store, w, sewing):
    failure = refused(add_session, store, sewing.id,
                      {"date": "31/02/2026", "start_time": "25.00", "end_time": "", "room_id": 999,
                       "unit_id": w.weld.id, "jp": "x"})
    assert error_fields(failure) == {
        "date": "date_invalid", "start_time": "time_unrecognised", "end_time": "required",
        "room_id": "no_such_record", "unit_id": "unit_not_in_program", "jp": "not_whole_number"}


def test_the_end_must_come_after_the_start_and_jp_must_fit(store, sewing):
    failure = refused(add_session, store, sewing.id, values(start_time="12:00", end_time="12:00"))
    assert error_fields(failure) == {"end_time": "end_not_after_start"}
    failure = refused(add_session, store, sewing.id, values(end_time="09:00", jp=2))
    assert error_fields(failure) == {"jp": "jp_exceeds_time"}
    assert "60" in failure.render("en") and "90" in failure.render("en")
    saved, _ = add_session(store, sewing.id, values(end_time="09:30", jp=2), today=BEFORE)
    assert saved.jp == 2


def test_a_room_of_another_institution_is_allowed_with_a_warning(store, w, sewing):
    saved, warnings = add_session(store, sewing.id, values(room_id=w.workshop.id), today=BEFORE)
    assert saved.room_id == w.workshop.id
    assert [(p.field, p.code) for p in warnings] == [("room_id", "room_of_other_institution")]
    assert "BLK-BLG" in warnings[0].message("id")
    for problem in warnings:
        assert_bilingual(problem)


def test_a_national_holiday_and_a_closure_day_are_warned_about(store, w):
    december = klass(w, "JHT-DES", room=w.lab, start=dt.date(2026, 12, 1),
                     end=dt.date(2026, 12, 31))
    _, warnings = add_session(store, december.id, values(date="25/12/2026"), today=BEFORE)
    assert [(p.field, p.code) for p in warnings] == [("date", "national_holiday")]
    assert "Natal" in warnings[0].message("id") and "Christmas" in warnings[0].message("en")
    _, warnings = add_session(store, december.id, values(date="12/1/2027"), today=BEFORE)
    assert [(p.field, p.code) for p in warnings] == [("date", "outside_class_dates")]
    ClosureDay.create(institution=w.sbp, date=dt.date(2026, 12, 10), reason="Akreditasi")
    _, warnings = add_session(store, december.id, values(date="10/12/2026"), today=BEFORE)
    assert [(p.field, p.code) for p in warnings] == [("date", "closure_day")]
    assert warnings[0].message("en") == (
        "The institution is closed on Thursday, 10 December 2026: Akreditasi.")


def test_trainers_can_be_given_with_a_new_session(store, w, sewing):
    saved, warnings = add_session(store, sewing.id,
                                  values(unit_id=w.cut.id, trainers=[w.sari.id, w.budi.id]),
                                  today=BEFORE)
    assert trainers_of(saved.id) == [("Budi Santoso", "assistant"), ("Sari Dewi", "lead")]
    assert [(c.kind, c.subject_name) for c in warnings] == [("competency", "Budi Santoso")]
    failure = refused(add_session, store, sewing.id,
                      values(trainers=[(w.sari.id, "lead"), (w.budi.id, "utama")]))
    assert error_fields(failure) == {"trainers": "two_leads"}


def test_a_clash_is_refused_and_nothing_is_written(store, w, sewing, welding):
    taken = session(welding, "10:00", "14:00", trainers=[w.budi])
    found = refused_for_clashes(add_session, store, sewing.id, values(trainers=[w.budi.id]))
    assert [(c.kind, c.other_session_id) for c in found.conflicts] == [("trainer", taken.id)]
    assert "Budi Santoso" in found.render("id")


def test_a_clash_accepted_with_a_reason_is_saved_and_remembered(store, w, sewing, welding):
    taken = session(welding, "10:00", "14:00", room=w.lab, trainers=[w.budi])

    saved, warnings = add_session(store, sewing.id, values(trainers=[w.budi.id]),
                                  override_reason="Kelas gabungan, satu instruktur", today=BEFORE)

    accepted = sorted((o.session_id, o.other_session_id, o.kind, o.subject_id, o.reason)
                      for o in ConflictOverride.select())
    low, high = sorted((saved.id, taken.id))
    assert accepted == [(low, high, "room", w.lab.id, "Kelas gabungan, satu instruktur"),
                        (low, high, "trainer", w.budi.id, "Kelas gabungan, satu instruktur")]
    assert warnings == ()
    again = check_slot(SessionSlot(sewing.id, MONDAY, t("08:00"), t("12:00"), None, None,
                                   (w.budi.id,), saved.id))
    assert [(c.kind, c.overridden) for c in again] == [("trainer", True), ("room", True)]


def test_a_class_that_has_started_keeps_the_history_of_added_sessions(store, w, sewing):
    saved, _ = add_session(store, sewing.id, values(unit_id=w.measure.id), reason="Pengganti libur",
                           today=DURING)
    [change] = changes_of(sewing)
    assert (change.kind, change.session_id, change.reason) == ("added", saved.id, "Pengganti libur")
    assert change.before == ""
    after = json.loads(change.after)
    assert (after["date"], after["start_time"], after["end_time"], after["jp"]) == (
        "2026-12-07", "08:00", "12:00", 5)


# --- changing -----------------------------------------------------------------------------------


def test_a_move_is_checked_and_recorded_with_the_changed_fields_only(store, w, sewing, welding):
    moving = session(sewing, trainers=[w.budi])
    session(welding, "13:00", "15:00", date=TUESDAY, trainers=[w.budi])

    refused_for_clashes(update_session, store, moving.id, {"date": TUESDAY, "start_time": "13:00",
                                                           "end_time": "17:00"}, today=DURING)
    moved, warnings = update_session(store, moving.id, {"date": TUESDAY, "start_time": "15:00",
                                                        "end_time": "17:00"},
                                     reason="Instruktur rapat pagi", today=DURING)

    assert (moved.date, moved.start_time, moved.jp) == (TUESDAY, t("15:00"), 2)
    [change] = changes_of(sewing)
    assert change.kind == "moved" and change.reason == "Instruktur rapat pagi"
    assert json.loads(change.before) == {"date": "2026-12-07", "start_time": "08:00",
                                         "end_time": "12:00", "jp": 5}
    assert json.loads(change.after) == {"date": "2026-12-08", "start_time": "15:00",
                                        "end_time": "17:00", "jp": 2}


def test_an_edit_that_moves_nothing_is_not_refused_by_an_existing_clash(store, w, sewing, welding):
    clashing = session(sewing, trainers=[w.budi])
    session(welding, trainers=[w.budi])
    edited, warnings = update_session(store, clashing.id, {"topic": "Mengukur badan", "jp": 4},
                                      today=DURING)
    assert (edited.topic, edited.jp) == ("Mengukur badan", 4)
    [change] = changes_of(sewing)
    assert change.kind == "edited"
    assert json.loads(change.before) == {"topic": "", "jp": 5}


def test_an_explicit_jp_stays_when_the_times_change(store, sewing):
    kept = session(sewing, jp=3)
    updated, _ = update_session(store, kept.id, {"end_time": "11:00"}, today=BEFORE)
    assert updated.jp == 3
    refused(update_session, store, kept.id, {"end_time": "10:00"})


def test_nothing_changed_writes_nothing(store, sewing):
    same = session(sewing)
    with writes_nothing():
        update_session(store, same.id, {"start_time": "08.00", "room_id": ""}, today=DURING)


def test_a_new_unit_brings_competency_warnings_not_refusals(store, w, sewing, welding):
    clashing = session(sewing, trainers=[w.budi])
    session(welding, trainers=[w.budi])
    _, warnings = update_session(store, clashing.id, {"unit_id": w.cut.id}, today=BEFORE)
    assert [(c.kind, c.hard) for c in warnings] == [("competency", False)]


# --- cancelling, restoring, deleting ------------------------------------------------------------


def test_cancelling_needs_a_reason_and_frees_the_slot(store, w, sewing, welding):
    first = session(sewing, trainers=[w.budi])
    failure = refused(cancel_session, store, first.id, "  ")
    assert error_fields(failure) == {"cancel_reason": "required"}

    cancelled, _ = cancel_session(store, first.id, "Listrik padam", today=DURING)

    assert (cancelled.status, cancelled.cancel_reason) == ("cancelled", "Listrik padam")
    [change] = changes_of(sewing)
    assert (change.kind, change.reason) == ("cancelled", "Listrik padam")
    assert json.loads(change.after) == {"status": "cancelled", "cancel_reason": "Listrik padam"}
    assert trainers_of(first.id) == [("Budi Santoso", "lead")]  # kept for a restore
    add_session(store, welding.id, values(trainers=[w.budi.id]), today=BEFORE)  # no clash now
    assert error_fields(refused(cancel_session, store, first.id, "lagi")) == {
        "status": "already_cancelled"}


def test_restoring_a_session_checks_its_clashes_again(store, w, sewing, welding):
    first = session(sewing, trainers=[w.budi], status="cancelled")
    session(welding, "11:00", "13:00", trainers=[w.budi])
    refused_for_clashes(restore_session, store, first.id)

    restored, _ = restore_session(store, first.id, override_reason="Instruktur kedua datang",
                                  today=DURING)

    assert (restored.status, restored.cancel_reason) == ("planned", "")
    assert ConflictOverride.select().count() == 1
    assert [c.kind for c in changes_of(sewing)] == ["restored"]
    assert error_fields(refused(restore_session, store, first.id)) == {"status": "not_cancelled"}


def test_a_session_planned_by_mistake_is_deleted_before_the_class_starts(store, w, sewing):
    mistake = session(sewing, trainers=[w.budi])
    delete_session(store, mistake.id, today=BEFORE)
    assert ClassSession.select().count() == 0 and SessionTrainer.select().count() == 0
    assert AuditLog.select().where(AuditLog.table_name == "session_trainer",
                                   AuditLog.action == "delete").count() == 1


def test_deleting_is_refused_once_held_or_started(store, w, sewing):
    held = session(sewing)
    refusal = refused(delete_session, store, held.id, today=DURING)
    assert error_fields(refusal) == {"session": "class_started"}
    assert "batalkan" in refusal.render("id")
    enrolment = enrol(sewing, person("Siti"))
    AttendanceMark.create(session=held, enrollment=enrolment, mark="H")
    held.journal_taught = "Mengukur lingkar dada"
    held.save()
    failure = refused(delete_session, store, held.id, today=BEFORE)
    assert {p.code for p in failure.errors} == {"has_attendance", "has_journal"}


# --- trainers -----------------------------------------------------------------------------------


def test_a_trainer_is_assigned_to_all_sessions_of_a_unit(store, w, sewing):
    measuring = [session(sewing, date=MONDAY + dt.timedelta(days=n), unit=w.measure)
                 for n in range(3)]
    session(sewing, date=MONDAY + dt.timedelta(days=7), unit=w.cut)
    session(sewing, date=MONDAY + dt.timedelta(days=8), unit=w.measure, status="cancelled")

    chosen = session_ids_for(sewing.id, unit_id=w.measure.id)
    assert chosen == [s.id for s in measuring]
    assert session_ids_for(sewing.id, from_date=TUESDAY) == [
        measuring[1].id, measuring[2].id, measuring[2].id + 1]

    count, warnings = assign_trainer(store, chosen, w.budi.id, "lead", today=BEFORE)

    assert (count, warnings) == (3, ())
    assert all(trainers_of(s.id) == [("Budi Santoso", "lead")] for s in measuring)
    assert changes_of(sewing) == []


def test_a_new_lead_replaces_the_previous_one_and_the_history_says_so(store, w, sewing):
    taught = session(sewing, unit=w.measure, trainers=[w.budi])

    count, _ = assign_trainer(store, [taught.id], w.sari.id, "lead", reason="Budi cuti",
                              today=DURING)

    assert count == 1
    assert trainers_of(taught.id) == [("Sari Dewi", "lead")]
    [change] = changes_of(sewing)
    assert (change.kind, change.reason) == ("trainers", "Budi cuti")
    assert json.loads(change.before)["trainers"] == [
        {"trainer_id": w.budi.id, "name": "Budi Santoso", "role": "lead"}]
    assert json.loads(change.after)["trainers"] == [
        {"trainer_id": w.sari.id, "name": "Sari Dewi", "role": "lead"}]


def test_an_assigned_trainer_only_changes_role(store, w, sewing):
    taught = session(sewing, trainers=[w.budi, w.sari])
    count, _ = assign_trainer(store, [taught.id], w.sari.id, "lead", today=BEFORE)
    assert count == 1
    assert trainers_of(taught.id) == [("Sari Dewi", "lead")]  # the old lead was replaced
    count, _ = assign_trainer(store, [taught.id], w.sari.id, "lead", today=BEFORE)
    assert count == 0
    assign_trainer(store, [taught.id], w.budi.id, "assistant", today=BEFORE)
    assert trainers_of(taught.id) == [("Budi Santoso", "assistant"), ("Sari Dewi", "lead")]


def test_a_bulk_assignment_with_one_clash_writes_nothing_unless_accepted(store, w, sewing, welding):
    days = [session(sewing, date=MONDAY + dt.timedelta(days=n), unit=w.measure) for n in range(4)]
    busy = session(welding, "09:00", "10:00", date=TUESDAY, trainers=[w.budi])
    certify(w.budi, "Metodologi", dt.date(2026, 12, 8))

    found = refused_for_clashes(assign_trainer, store, [d.id for d in days], w.budi.id, "lead")
    assert [(c.session_id, c.other_session_id) for c in found.conflicts] == [(days[1].id, busy.id)]

    count, warnings = assign_trainer(store, [d.id for d in days], w.budi.id, "lead",
                                     override_reason="Sesi las hanya satu jam", today=BEFORE)

    assert count == 4
    assert sorted(c.session_id for c in warnings if c.kind == "certification") == [
        days[2].id, days[3].id]
    [accepted] = ConflictOverride.select()
    assert (accepted.session_id, accepted.other_session_id, accepted.kind) == (
        min(days[1].id, busy.id), max(days[1].id, busy.id), "trainer")


def test_assignments_are_refused_for_cancelled_sessions_archived_trainers_and_bad_roles(store, w,
                                                                                        sewing):
    cancelled = session(sewing, status="cancelled")
    planned = session(sewing, date=TUESDAY)
    Trainer.update(archived=True).where(Trainer.id == w.sari.id).execute()
    failure = refused(assign_trainer, store, [cancelled.id, planned.id, 9999], w.sari.id, "boss")
    assert sorted((p.field, p.code) for p in failure.errors) == [
        ("role", "not_a_role"), ("session_ids", "no_such_record"),
        ("session_ids", "session_cancelled"), ("trainer_id", "trainer_archived")]
    assert error_fields(refused(assign_trainer, store, [], w.budi.id, "lead")) == {
        "session_ids": "required"}


def test_unassigning_drops_the_trainer_and_the_clashes_accepted_for_them(store, w, sewing, welding):
    mine = session(sewing, trainers=[w.budi])
    theirs = session(welding, trainers=[w.budi])
    ConflictOverride.create(session=mine, other_session=theirs, kind="trainer",
                            subject_id=w.budi.id, reason="gabung")

    count, _ = unassign_trainer(store, [mine.id, theirs.id], w.sari.id, today=DURING)
    assert count == 0
    count, _ = unassign_trainer(store, [mine.id], w.budi.id, reason="salah input", today=DURING)

    assert count == 1 and trainers_of(mine.id) == []
    assert ConflictOverride.select().count() == 0
    [change] = changes_of(sewing)
    assert json.loads(change.after) == {"trainers": []}


# --- history and start --------------------------------------------------------------------------


def test_the_history_reads_newest_first_in_both_languages(store, w, sewing):
    first = session(sewing, unit=w.measure)
    update_session(store, first.id, {"date": TUESDAY, "room_id": w.theory.id}, reason="Lab dipakai",
                   today=DURING)
    assign_trainer(store, [first.id], w.budi.id, "lead", today=DURING)
    cancel_session(store, first.id, "Banjir", today=DURING)

    history = session_history(sewing.id)

    assert [h["kind"] for h in history] == ["cancelled", "trainers", "moved"]
    moved = history[-1]
    assert moved["session_id"] == first.id and moved["session_date"] == TUESDAY
    assert moved["kind_label"].render("id") == "Dipindah"
    assert moved["reason"] == "Lab dipakai"
    assert [(c["field"], c["before"].render("id"), c["after"].render("id"))
            for c in moved["changes"]] == [("date", "Senin, 7 Desember 2026", "Selasa, 8 Desember 2026"),
                                           ("room_id", "ruangan kelas", "Ruang Teori")]
    assert moved["summary"].render("en") == (
        "Date: Monday, 7 December 2026 → Tuesday, 8 December 2026; Room: the class's room → "
        "Ruang Teori")
    assert history[1]["changes"][0]["after"].render("id") == "Budi Santoso (utama)"
    assert history[0]["changes"][0]["after"].render("en") == "cancelled"


def test_a_class_has_started_by_status_or_by_date(w):
    planned = klass(w, "JHT-1", start=MONDAY)
    assert not class_has_started(planned, today=BEFORE)
    assert class_has_started(planned, today=MONDAY)
    assert class_has_started(klass(w, "JHT-2", start=MONDAY, status="running"), today=BEFORE)
    undated = klass(w, "JHT-3", start=None)
    assert not class_has_started(undated, today=DURING)


def test_conflict_and_problem_warnings_come_back_together(store, w, sewing):
    seat(sewing, 21)  # the lab holds 20
    _, warnings = add_session(store, sewing.id, values(room_id=w.workshop.id), today=BEFORE)
    kinds = [(type(x).__name__, getattr(x, "code", None) or x.kind) for x in warnings]
    assert kinds == [("Problem", "room_of_other_institution"), ("Conflict", "capacity")]
    assert isinstance(warnings[1], Conflict)
