"""Conflict checks: double bookings across classes and institutions, warnings, overrides, and
every conflict in the database listed once."""

from __future__ import annotations

import datetime as dt

import pytest
from schedule_builders import (
    MONDAY,
    TUESDAY,
    certify,
    enrol,
    klass,
    person,
    seat,
    session,
    t,
    world,
)

from lpks_desktop.core.models import ConflictOverride
from lpks_desktop.core.services.conflicts import (
    Conflict,
    ConflictsFound,
    SessionSlot,
    all_conflicts,
    check_assignment,
    check_slot,
    check_slots,
)


@pytest.fixture
def w(store):
    return world()


def slot(klass_, start="08:00", end="12:00", *, date=MONDAY, room=None, unit=None, trainers=(),
         session_id=None) -> SessionSlot:
    return SessionSlot(klass_.id, date, t(start), t(end), room.id if room else None,
                       unit.id if unit else None, tuple(x.id for x in trainers), session_id)


def kinds(conflicts: list[Conflict]) -> list[str]:
    return [c.kind for c in conflicts]


def of_kind(conflicts, kind) -> list[Conflict]:
    return [c for c in conflicts if c.kind == kind]


# --- trainers -----------------------------------------------------------------------------------


def test_a_trainer_double_booked_across_two_institutions_is_a_hard_conflict(w):
    sewing = klass(w, "LPK-JHT-2026-03", room=w.lab)
    welding = klass(w, "BLK-LAS-2026-01", program=w.welding, room=w.workshop)
    taught = session(sewing, trainers=[w.budi], unit=w.measure)

    found = check_slot(slot(welding, "10:00", "14:00", trainers=[w.budi]))

    assert kinds(found) == ["trainer"]
    clash = found[0]
    assert (clash.hard, clash.blocking, clash.session_id, clash.other_session_id) == (
        True, True, None, taught.id)
    assert (clash.subject_id, clash.subject_name) == (w.budi.id, "Budi Santoso")
    assert (clash.class_id, clash.other_class_id, clash.slot_index) == (welding.id, sewing.id, 0)
    assert clash.message.render("id") == (
        "Instruktur Budi Santoso sudah mengajar di kelas LPK-JHT-2026-03 (LPK-SBP) pada Senin, "
        "7 Desember 2026 08.00–12.00.")
    assert clash.message.render("en") == (
        "Trainer Budi Santoso already teaches class LPK-JHT-2026-03 (LPK-SBP) on Monday, "
        "7 December 2026 08:00–12:00.")


@pytest.mark.parametrize("start, end", [("12:00", "14:00"), ("06:00", "08:00")])
def test_sessions_touching_end_to_start_do_not_clash(w, start, end):
    sewing = klass(w, "JHT-1", room=w.lab)
    other = klass(w, "JHT-2", room=w.lab)
    shared = person("Siti Aminah")
    enrol(sewing, shared)
    enrol(other, shared)
    session(sewing, trainers=[w.budi])

    assert check_slot(slot(other, start, end, trainers=[w.budi])) == []


def test_a_session_on_another_day_does_not_clash(w):
    sewing = klass(w, "JHT-1", room=w.lab)
    session(sewing, trainers=[w.budi])
    assert check_slot(slot(sewing, date=TUESDAY, trainers=[w.budi])) == []


def test_cancelled_sessions_and_cancelled_classes_do_not_clash(w):
    live = klass(w, "JHT-LIVE", room=w.lab)
    dropped = klass(w, "JHT-DROP", room=w.lab, status="cancelled")
    session(live, trainers=[w.budi], status="cancelled")
    session(dropped, trainers=[w.budi])
    assert check_slot(slot(live, trainers=[w.budi])) == []
    # A cancelled class's own sessions do not count either, whatever they overlap.
    session(live, "10:00", "11:00", trainers=[w.budi])
    assert check_slot(slot(dropped, trainers=[w.budi])) == []


def test_two_trainers_of_a_session_are_each_checked(w):
    sewing = klass(w, "JHT-1")
    session(sewing, trainers=[w.budi])
    found = check_slot(slot(sewing, "09:00", "10:00", trainers=[w.sari, w.budi]))
    assert [(c.kind, c.subject_name) for c in found] == [("trainer", "Budi Santoso")]


# --- rooms --------------------------------------------------------------------------------------


def test_the_class_room_counts_when_a_session_has_no_room_of_its_own(w):
    in_lab = klass(w, "JHT-LAB", room=w.lab)
    elsewhere = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    booked = session(in_lab)  # no room: held in the class's room, Lab Jahit 1

    found = check_slot(slot(elsewhere, "11:00", "13:00", room=w.lab))

    assert kinds(found) == ["room"]
    assert (found[0].other_session_id, found[0].subject_id) == (booked.id, w.lab.id)
    assert found[0].message.render("id") == (
        "Ruangan Lab Jahit 1 sudah dipakai kelas JHT-LAB (LPK-SBP) pada Senin, 7 Desember 2026 "
        "08.00–12.00.")
    # The welding class in its own workshop does not touch the lab.
    assert check_slot(slot(elsewhere, "11:00", "13:00")) == []


def test_a_session_room_replaces_the_class_room(w):
    in_lab = klass(w, "JHT-LAB", room=w.lab)
    other = klass(w, "JHT-2", room=w.workshop)
    moved = session(in_lab, room=w.theory)  # this one session is in Ruang Teori

    assert check_slot(slot(other, room=w.lab)) == []
    found = check_slot(slot(other, room=w.theory))
    assert [(c.kind, c.other_session_id, c.subject_name) for c in found] == [
        ("room", moved.id, "Ruang Teori")]
    # And a new slot of a class whose own room is the one booked clashes through the class room.
    in_theory = klass(w, "JHT-TEORI", room=w.theory)
    assert kinds(check_slot(slot(in_theory))) == ["room"]


def test_a_class_without_any_room_books_no_room(w):
    roomless = klass(w, "JHT-1")
    session(roomless)
    assert check_slot(slot(klass(w, "JHT-2"))) == []


# --- participants -------------------------------------------------------------------------------


def test_a_participant_seated_in_two_overlapping_classes_is_a_hard_conflict(w):
    sewing = klass(w, "JHT-1", room=w.lab)
    welding = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    siti = person("Siti Aminah")
    enrol(sewing, siti, "enrolled")
    enrol(welding, siti, "passed_selection")
    meeting = session(welding, "10:00", "15:00")

    found = check_slot(slot(sewing))

    assert [(c.kind, c.hard, c.subject_id, c.other_session_id) for c in found] == [
        ("participant", True, siti.id, meeting.id)]
    assert "Siti Aminah" in found[0].message.render("id")
    assert "LAS-1 (BLK-BLG)" in found[0].message.render("en")


def test_a_registrant_in_an_overlapping_class_is_only_a_warning(w):
    sewing = klass(w, "JHT-1", room=w.lab)
    welding = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    siti, ani, dewi = person("Siti"), person("Ani"), person("Dewi")
    enrol(sewing, siti, "enrolled")
    enrol(welding, siti, "registered")
    enrol(sewing, ani, "registered")
    enrol(welding, ani, "completed")
    enrol(sewing, dewi, "enrolled")
    enrol(welding, dewi, "withdrew")  # gone: no longer anyone's concern
    session(welding)

    found = check_slot(slot(sewing))

    assert sorted((c.kind, c.hard, c.subject_name) for c in found) == [
        ("participant_pending", False, "Ani"), ("participant_pending", False, "Siti")]
    assert "bila diterima di kedua kelas" in found[0].message.render("id")


def test_participants_of_the_same_class_do_not_clash_with_themselves(w):
    sewing = klass(w, "JHT-1", room=w.lab)
    seat(sewing, 3)
    session(sewing, "08:00", "10:00", room=w.theory)
    assert of_kind(check_slot(slot(sewing, "09:00", "11:00")), "participant") == []


# --- warnings -----------------------------------------------------------------------------------


def test_a_room_smaller_than_the_seated_class_is_a_warning(w):
    crowded = klass(w, "JHT-1", room=w.theory, capacity=30)  # Ruang Teori holds 10
    seat(crowded, 11)
    seat(crowded, 5, "registered")  # registrants hold no seat

    found = check_slot(slot(crowded))

    assert [(c.kind, c.hard, c.subject_id) for c in found] == [("capacity", False, w.theory.id)]
    assert found[0].message.render("en") == (
        "Room Ruang Teori holds only 10 people, but class JHT-1 has 11 participants.")
    assert check_slot(slot(crowded, room=w.lab)) == []  # the lab holds 20


def test_a_room_exactly_full_is_fine(w):
    full = klass(w, "JHT-1", room=w.theory)
    seat(full, 10)
    assert check_slot(slot(full)) == []


def test_a_trainer_without_the_units_competency_is_a_warning(w):
    sewing = klass(w, "JHT-1")
    assert check_slot(slot(sewing, unit=w.measure, trainers=[w.budi])) == []
    assert check_slot(slot(sewing, trainers=[w.budi])) == []  # no unit chosen yet

    found = check_slot(slot(sewing, unit=w.cut, trainers=[w.budi, w.sari]))

    assert [(c.kind, c.hard, c.subject_name) for c in found] == [
        ("competency", False, "Budi Santoso")]
    assert found[0].message.render("id") == (
        "Instruktur Budi Santoso belum tercatat kompeten untuk unit C.141000.002.02 "
        "(Memotong Bahan).")


def test_an_expired_certification_is_a_warning_on_sessions_after_it(w):
    sewing = klass(w, "JHT-1")
    certify(w.budi, "Metodologi Pelatihan", dt.date(2026, 11, 30))
    certify(w.budi, "K3 Listrik", None)  # never expires

    found = check_slot(slot(sewing, trainers=[w.budi]))

    assert [(c.kind, c.hard, c.subject_id) for c in found] == [("certification", False, w.budi.id)]
    assert found[0].message.render("id") == (
        'Sertifikat "Metodologi Pelatihan" instruktur Budi Santoso habis berlaku pada '
        "30 November 2026, sebelum pertemuan Senin, 7 Desember 2026.")
    # Before it expired, and on its last day, it was valid.
    assert check_slot(slot(sewing, date=dt.date(2026, 11, 30), trainers=[w.budi])) == []


def test_a_renewed_certification_is_no_longer_a_warning(w):
    sewing = klass(w, "JHT-1")
    certify(w.budi, "Metodologi Pelatihan", dt.date(2026, 1, 31))
    certify(w.budi, "metodologi  pelatihan", dt.date(2029, 1, 31))  # the renewal, typed loosely
    assert check_slot(slot(sewing, trainers=[w.budi])) == []
    assert of_kind(all_conflicts(warnings=True), "certification") == []
    session(sewing, trainers=[w.budi])
    assert of_kind(all_conflicts(warnings=True), "certification") == []


# --- overrides, batches, assignments ------------------------------------------------------------


def test_an_accepted_clash_is_shown_as_overridden_with_its_reason(w):
    sewing = klass(w, "JHT-1")
    other = klass(w, "JHT-2")
    first = session(sewing, trainers=[w.budi])
    second = session(other, "11:00", "13:00", trainers=[w.budi])
    ConflictOverride.create(session=first, other_session=second, kind="trainer",
                            subject_id=w.budi.id, reason="Dua kelas digabung di aula")

    found = check_slot(slot(other, "11:00", "13:00", trainers=[w.budi], session_id=second.id))

    assert [(c.kind, c.overridden, c.override_reason, c.blocking) for c in found] == [
        ("trainer", True, "Dua kelas digabung di aula", False)]
    listed = all_conflicts()
    assert [(c.session_id, c.other_session_id, c.overridden) for c in listed] == [
        (first.id, second.id, True)]


def test_a_stored_session_being_moved_does_not_clash_with_its_old_self(w):
    sewing = klass(w, "JHT-1", room=w.lab)
    seat(sewing, 3)
    moving = session(sewing, trainers=[w.budi])
    assert check_slot(slot(sewing, "09:00", "13:00", trainers=[w.budi],
                           session_id=moving.id)) == []


def test_a_batch_is_checked_against_the_database_and_within_itself(w):
    sewing = klass(w, "JHT-1", room=w.lab)
    welding = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    stored = session(welding, trainers=[w.budi])
    batch = [slot(sewing, date=TUESDAY, trainers=[w.sari]),
             slot(sewing, trainers=[w.budi]),
             slot(welding, "10:00", "12:00", date=TUESDAY, trainers=[w.sari]),
             slot(sewing, "13:00", "15:00", date=TUESDAY, trainers=[w.sari])]

    found = check_slots(batch)

    assert [(c.slot_index, c.kind, c.other_session_id, c.other_slot_index) for c in found] == [
        (0, "trainer", None, 2), (1, "trainer", stored.id, None)]


def test_a_batch_takes_one_query_per_kind_whatever_its_size(w, store, monkeypatch):
    sewing = klass(w, "JHT-1", room=w.lab)
    welding = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    seat(sewing, 2)
    certify(w.budi, "Metodologi", dt.date(2030, 1, 1))
    session(welding, trainers=[w.budi])
    queries = []
    original = store.db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        queries.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(store.db, "execute_sql", counting)
    counts = []
    for size in (1, 20):
        queries.clear()
        check_slots([slot(sewing, date=MONDAY + dt.timedelta(days=n), unit=w.measure,
                          trainers=[w.budi, w.sari]) for n in range(size)])
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 12


def test_an_assignment_is_checked_against_the_trainers_other_sessions(w):
    sewing = klass(w, "JHT-1")
    welding = klass(w, "LAS-1", program=w.welding)
    busy = session(welding, "10:00", "12:00", trainers=[w.budi])
    monday = session(sewing, unit=w.cut)
    tuesday = session(sewing, date=TUESDAY, unit=w.measure)
    overlapping = session(sewing, "11:00", "13:00", date=TUESDAY, room=w.theory)
    dropped = session(sewing, date=MONDAY, status="cancelled")

    found = check_assignment([monday.id, tuesday.id, overlapping.id, dropped.id], w.budi.id)

    assert [(c.session_id, c.kind, c.other_session_id) for c in found] == [
        (monday.id, "trainer", busy.id), (monday.id, "competency", None),
        (tuesday.id, "trainer", overlapping.id)]


# --- the whole database -------------------------------------------------------------------------


def test_all_conflicts_reports_each_pair_once_in_date_order(w):
    sbp = klass(w, "JHT-1", room=w.lab)
    sbp_two = klass(w, "JHT-2", room=w.theory)
    blg = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    late = session(sbp, "13:00", "15:00", date=TUESDAY, trainers=[w.sari])
    late_clash = session(blg, "14:00", "16:00", date=TUESDAY, trainers=[w.sari])
    early = session(sbp, trainers=[w.budi])
    early_clash = session(blg, "10:00", "12:00", trainers=[w.budi], room=w.lab)
    session(sbp_two, "12:00", "13:00", trainers=[w.budi], room=w.lab)  # touches both: no clash
    session(sbp_two, "08:00", "12:00", trainers=[w.budi], room=w.lab, status="cancelled")

    found = all_conflicts()

    assert [(c.kind, c.session_id, c.other_session_id, c.subject_id) for c in found] == [
        ("trainer", early.id, early_clash.id, w.budi.id),
        ("room", early.id, early_clash.id, w.lab.id),
        ("trainer", late.id, late_clash.id, w.sari.id)]
    assert all(c.hard and not c.overridden for c in found)
    assert found[0].message.render("id") == (
        "Instruktur Budi Santoso dijadwalkan di dua kelas sekaligus pada Senin, 7 Desember 2026: "
        "kelas JHT-1 (LPK-SBP) 08.00–12.00 dan kelas LAS-1 (BLK-BLG) 10.00–12.00.")
    # Either side belonging to the institution is enough.
    assert len(all_conflicts(w.blg.id)) == 3
    assert len(all_conflicts(w.sbp.id)) == 3
    assert [c.date for c in all_conflicts(from_date=TUESDAY)] == [TUESDAY]


def test_all_conflicts_lists_participants_and_warnings(w):
    sewing = klass(w, "JHT-1", room=w.theory)
    welding = klass(w, "LAS-1", program=w.welding, room=w.workshop)
    other = klass(w, "JHT-9", room=w.lab, status="cancelled")
    siti, ani = person("Siti"), person("Ani")
    for k in (sewing, welding, other):
        enrol(k, siti)
    enrol(sewing, ani, "registered")
    enrol(welding, ani)
    seat(sewing, 10)  # with Siti, 11 seated in a room for 10
    certify(w.sari, "Metodologi", dt.date(2026, 1, 1))
    first = session(sewing, unit=w.cut, trainers=[w.budi])
    second = session(welding, "09:00", "10:00", trainers=[w.sari])
    session(other, trainers=[w.sari])

    hard = all_conflicts()
    assert [(c.kind, c.session_id, c.other_session_id, c.subject_id) for c in hard] == [
        ("participant", first.id, second.id, siti.id)]

    assert [c.kind for c in all_conflicts(w.sbp.id)] == ["participant"]  # either side counts
    assert all_conflicts(from_date=TUESDAY) == []

    everything = all_conflicts(warnings=True)
    assert sorted((c.kind, c.session_id, c.subject_id) for c in everything) == sorted([
        ("participant", first.id, siti.id), ("participant_pending", first.id, ani.id),
        ("capacity", first.id, w.theory.id), ("competency", first.id, w.budi.id),
        ("certification", second.id, w.sari.id)])
    assert all(c.hard == (c.kind == "participant") for c in everything)


def test_conflicts_found_says_what_clashes_in_both_languages(w):
    sewing = klass(w, "JHT-1")
    session(klass(w, "LAS-1", program=w.welding), trainers=[w.budi])
    clashes = check_slot(slot(sewing, trainers=[w.budi]))
    error = ConflictsFound(clashes)
    assert error.conflicts == tuple(clashes)
    assert "Budi Santoso" in error.render("id") and "bentrok" in error.render("id")
    assert "Budi Santoso" in error.render("en") and "clash" in error.render("en")
