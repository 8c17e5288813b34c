"""Attendance entry: the class grid, saving marks, every refusal at once, conflicts, undo."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.services.attendance import (
    MARK_LABELS,
    AttendanceConflict,
    MarkChange,
    attendance_grid,
    mark_from_text,
    save_marks,
)

from attendance_world import FIRST_DAY, build_world
from class_scenario import session
from record_checks import assert_bilingual, refused, row_counts, writes_nothing

TODAY = dt.date(2026, 11, 4)  # a Wednesday: sessions of 2, 3 and 4 November have taken place


def day(n: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=n)


# --- the grid ---------------------------------------------------------------------------------


def test_the_grid_lists_attending_people_by_name_then_those_who_left_with_marks(store):
    world = build_world(
        store, participants=6, sessions=3,
        names=["budi", "Ani", "Budi", "Zaenal", "Citra", "Dodi"],
        statuses=["enrolled", "completed", "passed_selection", "withdrew", "dismissed", "reserve"],
        marks=["H", "H", "", "A", "", ""])
    grid = attendance_grid(world.klass.id, today=TODAY)
    budi_lower, ani, budi, zaenal = world.enrollments[:4]
    # Case-insensitive name, then enrollment id; the one who withdrew (with a mark) last,
    # read-only; the dismissed one without marks and the reserve are not shown.
    assert [(p.number, p.full_name, p.status, p.editable) for p in grid.people] == [
        (1, "Ani", "completed", True), (2, "budi", "enrolled", True),
        (3, "Budi", "passed_selection", True), (4, "Zaenal", "withdrew", False)]
    assert [p.enrollment_id for p in grid.people] == [ani.id, budi_lower.id, budi.id, zaenal.id]
    assert grid.people[0].nik == world.participants[1].nik
    assert grid.marks[(world.sessions[0].id, zaenal.id)].mark == "A"
    assert (grid.class_code, grid.class_name, grid.program_name, grid.min_pct) == (
        "SBP-JHT-2026-01", "Menjahit Angkatan 1", "Menjahit Pakaian Wanita", 80)
    assert grid.institution_id == world.scenario.sbp.id


def test_grid_sessions_skip_cancelled_ones_and_lock_those_not_yet_held(store):
    world = build_world(store, participants=1, sessions=0)
    sc, klass = world.scenario, world.klass
    first = session(store, klass, day(0), "08:00", "12:00", jp=4,
                    trainers=[(sc.sari, "assistant"), (sc.budi, "lead")], unit=sc.units[0].id,
                    topic="Ukuran badan", journal_jp=3)
    cancelled = session(store, klass, day(1), "08:00", "12:00", status=m.SessionStatus.CANCELLED)
    second = session(store, klass, day(2), "13:00", "16:00", jp=3, room=sc.workshop.id)
    later = session(store, klass, day(3), "08:00", "12:00", jp=4)
    grid = attendance_grid(klass.id, today=day(2))
    assert [s.id for s in grid.sessions] == [first.id, second.id, later.id]
    assert cancelled.id not in {s.id for s in grid.sessions}
    one, two, three = grid.sessions
    assert (one.number, one.jp, one.planned_jp, one.unit_code, one.topic, one.room) == (
        1, 3, 4, "C.141000.001.02", "Ukuran badan", "Ruang Jahit")
    assert one.trainer_names == ("Budi Santoso", "Sari Wulandari")
    assert (two.number, two.room, two.editable, two.locked_reason) == (2, "Bengkel Las", True, None)
    assert (three.number, three.editable) == (3, False)
    assert "5 November 2026" in three.locked_reason.render("id")
    assert "not taken place" in three.locked_reason.render("en")
    only = attendance_grid(klass.id, session_ids=[second.id], today=day(2))
    assert [(s.id, s.number) for s in only.sessions] == [(second.id, 2)]


def test_a_one_session_grid_holds_only_that_sessions_marks(store):
    world = build_world(store, participants=2, sessions=3, marks=["HAS", "IH."])
    grid = attendance_grid(world.klass.id, session_ids=[world.sessions[1].id], today=TODAY)
    assert {key: cell.mark for key, cell in grid.marks.items()} == {
        (world.sessions[1].id, world.enrollments[0].id): "A",
        (world.sessions[1].id, world.enrollments[1].id): "H"}


# --- saving -------------------------------------------------------------------------------------


def test_save_writes_new_marks_changes_and_clears_in_one_audited_entry(store):
    world = build_world(store, participants=2, sessions=3)
    s1, s2, s3 = world.sessions
    ani, budi = world.enrollments
    with acting_as("siti"):
        first = save_marks(store, world.klass.id, [
            MarkChange(s1.id, ani.id, "H", dt.time(8, 20), "Terlambat, ban bocor", expected_version=0),
            MarkChange(s1.id, budi.id, "s", note="Demam", expected_version=0),
            MarkChange(s2.id, ani.id, "alpa", expected_version=0),
        ], today=TODAY)
    assert (first.written, first.cleared, first.unchanged, first.warnings) == (3, 0, 0, [])
    cells = attendance_grid(world.klass.id, today=TODAY).marks
    assert cells[(s1.id, ani.id)].mark == "H" and cells[(s1.id, ani.id)].arrival_time == dt.time(8, 20)
    assert cells[(s1.id, ani.id)].note == "Terlambat, ban bocor"
    assert cells[(s1.id, budi.id)].mark == "S" and cells[(s2.id, ani.id)].mark == "A"
    assert {cell.version for cell in cells.values()} == {1}
    assert first.versions == {(s1.id, ani.id): 1, (s1.id, budi.id): 1, (s2.id, ani.id): 1}

    with acting_as("rudi"):
        second = save_marks(store, world.klass.id, [
            MarkChange(s1.id, ani.id, "H", dt.time(8, 20), "Terlambat, ban bocor",
                       expected_version=1),  # as stored: unchanged
            MarkChange(s1.id, budi.id, "I", expected_version=1),
            MarkChange(s2.id, ani.id, None, expected_version=1),
            MarkChange(s3.id, budi.id, None, expected_version=0),  # empty stays empty
        ], today=TODAY)
    assert (second.written, second.cleared, second.unchanged) == (1, 1, 2)
    stored = m.AttendanceMark.get(m.AttendanceMark.session == s1.id,
                                  m.AttendanceMark.enrollment == budi.id)
    assert (stored.mark, stored.note, stored.row_version, stored.updated_by, stored.created_by) == (
        "I", "", 2, "rudi", "siti")
    assert not m.AttendanceMark.select().where(m.AttendanceMark.session == s2.id).exists()
    assert second.versions == {(s1.id, budi.id): 2, (s2.id, ani.id): 0}

    entries = list(m.AuditLog.select().where(m.AuditLog.table_name == "attendance_mark")
                   .order_by(m.AuditLog.id))
    assert [(e.action, e.username, e.row_id) for e in entries] == [
        ("save_marks", "siti", world.klass.id), ("save_marks", "rudi", world.klass.id)]
    logged = json.loads(entries[1].changes)
    assert (logged["written"], logged["cleared"]) == (1, 1)
    assert sorted(logged["cells"], key=lambda cell: cell[:2]) == sorted([
        [s1.id, budi.id, ["S", None, "Demam"], "I"], [s2.id, ani.id, "A", None]],
        key=lambda cell: cell[:2])


def test_saving_what_is_stored_writes_nothing_at_all(store):
    world = build_world(store, participants=2, sessions=2, marks=["HH", "AI"])
    grid = attendance_grid(world.klass.id, today=TODAY)
    same = [MarkChange(s, e, cell.mark, expected_version=cell.version)
            for (s, e), cell in grid.marks.items()]
    with writes_nothing():
        outcome = save_marks(store, world.klass.id, same, today=TODAY)
    assert (outcome.written, outcome.cleared, outcome.unchanged, outcome.previous) == (0, 0, 4, [])


def test_the_previous_cells_undo_a_save(store):
    world = build_world(store, participants=2, sessions=2, marks=["HA", "S."])
    before = {key: (c.mark, c.arrival_time, c.note)
              for key, c in attendance_grid(world.klass.id, today=TODAY).marks.items()}
    s1, s2 = world.sessions
    ani, budi = world.enrollments
    outcome = save_marks(store, world.klass.id, [
        MarkChange(s1.id, ani.id, "H", dt.time(8, 5), "Macet", expected_version=1),
        MarkChange(s2.id, ani.id, None, expected_version=1),
        MarkChange(s2.id, budi.id, "H", expected_version=0),
    ], today=TODAY)
    assert outcome.written == 2 and outcome.cleared == 1
    undone = save_marks(store, world.klass.id, outcome.previous, today=TODAY)
    assert (undone.written, undone.cleared) == (2, 1)
    after = {key: (c.mark, c.arrival_time, c.note)
             for key, c in attendance_grid(world.klass.id, today=TODAY).marks.items()}
    assert after == before


# --- refusals -----------------------------------------------------------------------------------


def test_every_problem_is_reported_at_once_naming_the_person_and_the_date(store):
    world = build_world(store, participants=3, sessions=4, statuses=["enrolled", "enrolled", "withdrew"],
                        marks=["H...", "....", "A..."])
    sc, klass = world.scenario, world.klass
    s1, s2, s3, s4 = world.sessions  # 2, 3, 4 and 5 November; today is 4 November
    ani, budi, citra = world.enrollments
    cancelled = session(store, klass, day(1), "13:00", "15:00", status=m.SessionStatus.CANCELLED)
    other = store.save(m.TrainingClass(institution=sc.sbp.id, program=sc.program.id, code="SBP-JHT-2026-02",
                                       name="Menjahit Angkatan 2", capacity=10))
    elsewhere = session(store, other, day(0), "08:00", "12:00")
    stranger = store.save(m.Participant(nik="3171010101990001", full_name="Eka Saputra", sex="L"))
    outsider = store.save(m.Enrollment(training_class=other.id, participant=stranger.id,
                                       status="enrolled"))
    changes = [
        MarkChange(s2.id, ani.id, "X"),                                   # not a mark
        MarkChange(elsewhere.id, ani.id, "H"),                            # another class's session
        MarkChange(cancelled.id, ani.id, "H"),                            # cancelled
        MarkChange(s4.id, ani.id, "H"),                                   # not yet taken place
        MarkChange(s2.id, outsider.id, "H"),                              # enrolled elsewhere
        MarkChange(s2.id, citra.id, "H"),                                 # withdrew: read-only
        MarkChange(s3.id, ani.id, "A", dt.time(8, 30)),                   # arrival without H
        MarkChange(s2.id, budi.id, "H", dt.time(6, 59)),                  # before 07.00
        MarkChange(s3.id, budi.id, "H", dt.time(12, 1)),                  # after the end
        MarkChange(s1.id, budi.id, "I", note="x" * 301),                  # note too long
        MarkChange(s3.id, ani.id, "H"),                                   # the same cell twice
        MarkChange(s1.id, ani.id, "A"),                                   # fine on its own
    ]
    failure = refused(save_marks, store, klass.id, changes, today=TODAY)
    codes = [p.code for p in failure.errors]
    assert sorted(codes) == sorted([
        "bad_mark", "session_not_in_class", "session_cancelled", "session_in_future",
        "enrollment_not_in_class", "enrollment_read_only", "arrival_without_present",
        "arrival_outside_session", "arrival_outside_session", "note_too_long", "duplicate_cell"])
    by_code = {p.code: p for p in failure.errors}
    assert by_code["bad_mark"].field == "mark" and by_code["note_too_long"].field == "note"
    assert by_code["arrival_outside_session"].field == "arrival_time"
    future = by_code["session_in_future"]
    assert future.message("id").startswith("Ani Suryani, Kamis, 5 November 2026: ")
    assert future.message("en").startswith("Ani Suryani, Thursday, 5 November 2026: ")
    assert by_code["enrollment_read_only"].message("en").startswith("Citra Lestari, Tuesday")
    assert "withdrew" in by_code["enrollment_read_only"].message("en")
    assert by_code["enrollment_not_in_class"].message("id").startswith("Eka Saputra, Selasa, 3 November")
    assert "SBP-JHT-2026-01" in by_code["session_not_in_class"].message("en")
    early = [p for p in failure.errors if p.code == "arrival_outside_session"]
    assert any("06.59" in p.message("en") and "07.00" in p.message("en") for p in early)
    # The problems travel with their cells, for a grid to point at them.
    assert ((s2.id, citra.id), by_code["enrollment_read_only"]) in failure.cells
    assert "Nothing was saved" in failure.render("en")
    for problem in failure.problems:
        assert_bilingual(problem)


@pytest.mark.parametrize("arrival, ok", [
    (dt.time(7, 0), True), (dt.time(6, 59), False), (dt.time(8, 0), True),
    (dt.time(12, 0), True), (dt.time(12, 1), False)])
def test_an_arrival_may_be_up_to_an_hour_early_and_no_later_than_the_end(store, arrival, ok):
    world = build_world(store, participants=1, sessions=1)
    change = MarkChange(world.sessions[0].id, world.enrollments[0].id, "H", arrival)
    if ok:
        assert save_marks(store, world.klass.id, [change], today=TODAY).written == 1
    else:
        failure = refused(save_marks, store, world.klass.id, [change], today=TODAY)
        assert [p.code for p in failure.errors] == ["arrival_outside_session"]


def test_marks_of_those_who_left_stay_as_they_are_and_can_be_read(store):
    world = build_world(store, participants=2, sessions=2, statuses=["enrolled", "dismissed"],
                        marks=["HH", "HA"])
    dismissed = world.enrollments[1]
    grid = attendance_grid(world.klass.id, today=TODAY)
    kept = [MarkChange(s, e, c.mark, expected_version=c.version) for (s, e), c in grid.marks.items()]
    # Saving the whole grid back (their cells unchanged) is no refusal...
    assert save_marks(store, world.klass.id, kept, today=TODAY).unchanged == 4
    # ...changing or clearing one is.
    for mark in ("A", None):
        failure = refused(save_marks, store, world.klass.id,
                          [MarkChange(world.sessions[0].id, dismissed.id, mark)], today=TODAY)
        assert [p.code for p in failure.errors] == ["enrollment_read_only"]
        assert "dismissed" in failure.errors[0].message("en")


def test_registrants_and_reserves_get_no_marks(store):
    world = build_world(store, participants=2, sessions=1, statuses=["registered", "reserve"])
    failure = refused(save_marks, store, world.klass.id,
                      [MarkChange(world.sessions[0].id, e.id, "H") for e in world.enrollments],
                      today=TODAY)
    assert [p.code for p in failure.errors] == ["enrollment_not_attending"] * 2
    assert "Reserve list" in failure.errors[1].message("en") and "Cadangan" in failure.errors[1].message("id")


def test_an_unknown_class_is_refused(store):
    with pytest.raises(m.TrainingClass.DoesNotExist):
        save_marks(store, 999, [], today=TODAY)


# --- conflicts ----------------------------------------------------------------------------------


def test_a_save_with_stale_versions_is_a_conflict_and_writes_nothing(store):
    world = build_world(store, participants=2, sessions=2, marks=["HH", "H."])
    s1, s2 = world.sessions
    ani, budi = world.enrollments
    mine = attendance_grid(world.klass.id, today=TODAY)
    theirs = attendance_grid(world.klass.id, today=TODAY)
    with acting_as("rudi"):
        save_marks(store, world.klass.id, [
            MarkChange(s1.id, ani.id, "S", expected_version=theirs.cell(s1.id, ani.id).version),
            MarkChange(s2.id, budi.id, "I", expected_version=0),
        ], today=TODAY)
    stale = [
        MarkChange(s1.id, ani.id, "A", expected_version=mine.cell(s1.id, ani.id).version),
        MarkChange(s2.id, budi.id, "A", expected_version=0),  # was empty when loaded
        MarkChange(s2.id, ani.id, "A", expected_version=mine.cell(s2.id, ani.id).version),
    ]
    with writes_nothing(), pytest.raises(AttendanceConflict) as caught:
        save_marks(store, world.klass.id, stale, today=TODAY)
    assert sorted(caught.value.cells) == sorted([(s1.id, ani.id), (s2.id, budi.id)])
    assert "rudi" in caught.value.render("en") and "rudi" in caught.value.render("id")
    assert "Ani Suryani, 2 November 2026" in caught.value.render("id")
    assert caught.value.render("id") != caught.value.render("en")
    # Someone who cleared a cell left no name behind; an import (no versions) just writes.
    outcome = save_marks(store, world.klass.id, [MarkChange(s1.id, ani.id, "A")], today=TODAY)
    assert outcome.written == 1


def test_a_cell_someone_else_set_to_the_same_value_is_no_conflict(store):
    world = build_world(store, participants=1, sessions=1)
    cell = (world.sessions[0].id, world.enrollments[0].id)
    save_marks(store, world.klass.id, [MarkChange(*cell, "H", expected_version=0)], today=TODAY)
    outcome = save_marks(store, world.klass.id, [MarkChange(*cell, "H", expected_version=0)],
                         today=TODAY)
    assert outcome.unchanged == 1


def test_a_conflict_on_a_cleared_cell_says_someone_else(store):
    world = build_world(store, participants=1, sessions=1, marks=["H"])
    cell = (world.sessions[0].id, world.enrollments[0].id)
    save_marks(store, world.klass.id, [MarkChange(*cell, None)], today=TODAY)
    before = row_counts()
    with pytest.raises(AttendanceConflict) as caught:
        save_marks(store, world.klass.id, [MarkChange(*cell, "A", expected_version=1)], today=TODAY)
    assert "someone else" in caught.value.render("en")
    assert row_counts() == before


# --- marks as clerks write them --------------------------------------------------------------


@pytest.mark.parametrize("text, mark", [
    ("H", "H"), ("h", "H"), (" Hadir ", "H"), ("present", "H"), ("✓", "H"),
    ("I", "I"), ("izin", "I"), ("Ijin", "I"), ("excused", "I"),
    ("s", "S"), ("SAKIT", "S"), ("sick", "S"),
    ("A", "A"), ("alpa", "A"), ("Alpha", "A"), ("absent", "A"),
    ("", None), ("  ", None), ("X", None), ("hadir?", None), (None, None), (1, None)])
def test_mark_from_text(text, mark):
    assert mark_from_text(text) == mark


def test_mark_labels_in_both_languages():
    assert [(k, v.render("id"), v.render("en")) for k, v in MARK_LABELS.items()] == [
        ("H", "Hadir", "Present"), ("I", "Izin", "Excused"), ("S", "Sakit", "Sick"),
        ("A", "Alpa", "Absent")]


def test_a_cell_taken_between_reading_and_writing_is_a_conflict(store, monkeypatch):
    # As if another writer inserted the mark after this save read the cells.
    from lpks_desktop.core.services import attendance

    world = build_world(store, participants=2, sessions=1, marks=["H", "."])
    monkeypatch.setattr(attendance, "marks_of_class", lambda class_id, session_ids=None: [])
    s1 = world.sessions[0]
    with writes_nothing(), pytest.raises(AttendanceConflict) as caught:
        save_marks(store, world.klass.id, [MarkChange(s1.id, e.id, "A") for e in world.enrollments],
                   today=TODAY)
    assert sorted(caught.value.cells) == sorted((s1.id, e.id) for e in world.enrollments)
    assert "someone else" in caught.value.render("en")


def test_a_cell_with_several_problems_reports_each(store):
    world = build_world(store, participants=2, sessions=4, statuses=["enrolled", "withdrew"])
    future = world.sessions[3]
    failure = refused(save_marks, store, world.klass.id, [
        MarkChange(future.id, world.enrollments[1].id, "Q", dt.time(8, 30), "y" * 400)], today=TODAY)
    assert sorted(p.code for p in failure.errors) == [
        "bad_mark", "enrollment_read_only", "note_too_long", "session_in_future"]
