"""Generating a class's sessions: slots as clerks type them, real holidays skipped, units covered
exactly, and the draft saved in place of the class's untouched sessions."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from record_checks import assert_bilingual, refused, writes_nothing

from lpks_desktop.core.models import (
    AttendanceMark,
    AuditLog,
    ClassSession,
    ClosureDay,
    Enrollment,
    EnrollmentStatus,
    Participant,
    Program,
    Room,
    SessionStatus,
    TrainingClass,
)
from lpks_desktop.core.services import settings as lpks_settings
from lpks_desktop.core.services.closed_days import national_holidays
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.services.records import ValidationFailed
from lpks_desktop.core.services.schedule_generator import (
    TimeSlot,
    draft_for_class,
    generate,
    parse_slots,
    save_draft,
)

D, T = dt.date, dt.time
MON_FRI = {0, 1, 2, 3, 4}
MON_WED_FRI = {0, 2, 4}
TWO_SLOTS = [TimeSlot(T(8), T(12)), TimeSlot(T(13), T(16))]  # 5 + 4 JP of 45 min, 4 + 3 of 60


def unit(id_, jp, code=None):
    return SimpleNamespace(id=id_, code=code or f"U{id_}", title=f"Unit {id_}", jp=jp)


def jp_by_unit(draft) -> dict:
    totals: dict = {}
    for s in draft.sessions:
        totals[s.unit_id] = totals.get(s.unit_id, 0) + s.jp
    return totals


def rows(draft) -> list[tuple]:
    return [(s.date, s.start_time, s.end_time, s.jp, s.unit_id) for s in draft.sessions]


# --- parse_slots --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "08:00-12:00, 13:00-16:00",
    "08.00-12.00; 13.00-16.00",
    "8-12, 13-16",
    "08.00–12.00, 13.00–16.00",  # en dash, as word processors turn a hyphen
    "13:00 - 16:00 ; 8:00 - 12:00",  # out of order: sorted
    "08.00 s/d 12.00\n13.00 s.d. 16.00",
    " 8-12 ,, 13-16 ;",
])
def test_slots_are_read_as_clerks_type_them(text):
    checked = parse_slots(text)
    assert checked.ok, checked.problems
    assert checked.value == TWO_SLOTS


def test_slots_may_touch_and_keep_minutes():
    assert parse_slots("07.30-10.00, 10.00-11.45").value == [
        TimeSlot(T(7, 30), T(10)), TimeSlot(T(10), T(11, 45))]
    assert TimeSlot(T(7, 30), T(10)).minutes == 150


@pytest.mark.parametrize("text, code, named", [
    ("", "required", None),
    (" ; ", "required", None),
    ("08:00-12:00, pagi", "slot_format", "pagi"),
    ("8:00", "slot_format", "8:00"),
    ("08:00-12:00, 13.00-16.0", "slot_format", "13.00-16.0"),
    ("12-08", "slot_order", "12-08"),
    ("10.00-10.00", "slot_order", "10.00-10.00"),
    ("08.00-24.00", "slot_time", "08.00-24.00"),
    ("08.75-10.00", "slot_time", "08.75-10.00"),
    ("08.00-12.00, 11.00-14.00", "slot_overlap", "08.00-12.00"),
])
def test_bad_slots_are_errors_naming_the_field_and_the_piece(text, code, named):
    checked = parse_slots(text)
    assert not checked.ok and checked.value is None
    assert [p.code for p in checked.errors] == [code]
    problem = checked.errors[0]
    assert problem.field == "slots"
    assert_bilingual(problem)
    if named:
        assert named in problem.message("id")


def test_every_bad_piece_is_reported_at_once():
    checked = parse_slots("x, 13-12, 8-12, 9-10")
    assert sorted(p.code for p in checked.errors) == ["slot_format", "slot_order", "slot_overlap"]
    overlap = next(p for p in checked.errors if p.code == "slot_overlap")
    assert "08.00-12.00" in overlap.message("id") and "08:00-12:00" in overlap.message("en")


# --- generate -----------------------------------------------------------------------------------

def test_two_slots_a_day_and_a_unit_split_inside_a_slot():
    units = [unit(1, 7), unit(2, 11)]
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 18, units, 45, {})
    assert rows(draft) == [
        (D(2026, 7, 6), T(8), T(12), 5, 1),
        (D(2026, 7, 6), T(13), T(14, 30), 2, 1),  # unit 1 ends after 2 JP...
        (D(2026, 7, 6), T(14, 30), T(16), 2, 2),  # ...and unit 2 starts right there
        (D(2026, 7, 7), T(8), T(12), 5, 2),
        (D(2026, 7, 7), T(13), T(16), 4, 2),
    ]
    assert draft.sessions[0].unit_code == "U1" and draft.sessions[2].unit_title == "Unit 2"
    assert (draft.planned_jp, draft.program_jp) == (18, 18)
    assert [(u.unit_id, u.program_jp, u.planned_jp) for u in draft.units] == [(1, 7, 7), (2, 11, 11)]
    assert draft.problems == () and draft.ok
    assert (draft.first_date, draft.last_date) == (D(2026, 7, 6), D(2026, 7, 7))


def test_the_last_session_is_cut_to_the_exact_total():
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 20, [unit(1, 20)], 45, {})
    assert draft.planned_jp == 20
    assert rows(draft)[-1] == (D(2026, 7, 8), T(8), T(9, 30), 2, 1)
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 9, [unit(1, 9)], 45, {})
    # The last session fills its slot's JP but ends when they do, not at the slot's end.
    assert rows(draft)[-1] == (D(2026, 7, 6), T(13), T(16), 4, 1)
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 5, [unit(1, 5)], 45, {})
    assert rows(draft) == [(D(2026, 7, 6), T(8), T(11, 45), 5, 1)]


def test_minutes_per_jp_45_and_60():
    units = [unit(1, 30)]
    at_45 = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 30, units, 45, {})
    at_60 = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 30, units, 60, {})
    assert [s.jp for s in at_45.sessions] == [5, 4, 5, 4, 5, 4, 3]
    assert [s.jp for s in at_60.sessions] == [4, 3, 4, 3, 4, 3, 4, 3, 2]
    assert at_60.sessions[0].end_time == T(12) and at_60.sessions[1].end_time == T(16)
    assert (at_60.sessions[-1].start_time, at_60.sessions[-1].end_time) == (T(8), T(10))
    assert at_45.last_date == D(2026, 7, 9) and at_60.last_date == D(2026, 7, 10)
    assert sum(s.jp for s in at_45.sessions) == sum(s.jp for s in at_60.sessions) == 30


def test_mon_wed_fri_only_and_the_start_date_skipped_when_not_chosen():
    draft = generate(D(2026, 7, 7), MON_WED_FRI, TWO_SLOTS, 40, [unit(1, 40)], 45, {})
    dates = sorted({s.date for s in draft.sessions})
    assert dates == [D(2026, 7, 8), D(2026, 7, 10), D(2026, 7, 13), D(2026, 7, 15),
                     D(2026, 7, 17)]
    assert all(d.weekday() in MON_WED_FRI for d in dates)
    assert draft.skipped == []


def test_a_schedule_across_idul_fitri_2026():
    start = D(2026, 3, 16)
    closed = national_holidays(start, D(2026, 6, 30), collective_leave=True)
    draft = generate(start, MON_FRI, TWO_SLOTS, 54, [unit(1, 54)], 45, closed)
    dates = sorted({s.date for s in draft.sessions})
    # Nyepi (19th), its collective leave (18th), Idul Fitri's collective leave (20th, 23rd, 24th);
    # Idul Fitri itself (21st, 22nd) falls on the weekend.
    assert dates == [D(2026, 3, 16), D(2026, 3, 17), D(2026, 3, 25), D(2026, 3, 26),
                     D(2026, 3, 27), D(2026, 3, 30)]
    assert [day for day, _ in draft.skipped] == [
        D(2026, 3, 18), D(2026, 3, 19), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24)]
    assert dict(draft.skipped)[D(2026, 3, 19)] == "Hari Suci Nyepi"
    assert dict(draft.skipped)[D(2026, 3, 23)] == "Cuti Bersama Hari Raya Idul Fitri"
    without_leave = generate(start, MON_FRI, TWO_SLOTS, 54, [unit(1, 54)], 45,
                             national_holidays(start, D(2026, 6, 30)))
    assert [day for day, _ in without_leave.skipped] == [D(2026, 3, 19)]
    assert without_leave.last_date == D(2026, 3, 24)


def test_holidays_of_2026_and_2027_are_never_scheduled():
    """A year of daily sessions against the package's own list of holidays and collective leave."""
    start, end = D(2026, 1, 1), D(2027, 12, 31)
    expected = dict(holidays.country_holidays("ID", years=(2026, 2027), language="id",
                                              categories=("public", "government")))
    closed = national_holidays(start, end, collective_leave=True)
    assert closed == expected
    every_day = set(range(7))
    one_slot = [TimeSlot(T(8), T(8, 45))]
    open_days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    open_days = [d for d in open_days if d not in expected]
    draft = generate(start, every_day, one_slot, len(open_days), [], 45, closed)
    assert [s.date for s in draft.sessions] == open_days
    assert draft.skipped == sorted(expected.items())
    for day in (D(2026, 3, 19), D(2026, 3, 20), D(2026, 3, 21), D(2026, 3, 22), D(2026, 3, 23),
                D(2026, 3, 24), D(2026, 8, 17), D(2026, 12, 25), D(2027, 1, 1)):
        assert day in dict(draft.skipped)


def test_a_closed_start_date_is_skipped_and_listed():
    closed = {D(2026, 8, 17): "Hari Kemerdekaan Republik Indonesia", D(2026, 8, 18): "Libur lembaga",
              D(2026, 8, 22): "Sabtu, not chosen anyway"}
    draft = generate(D(2026, 8, 17), MON_FRI, TWO_SLOTS, 27, [unit(1, 27)], 45, closed)
    assert draft.first_date == D(2026, 8, 19)
    assert draft.skipped == [(D(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
                             (D(2026, 8, 18), "Libur lembaga")]


def test_units_short_of_the_program_leave_sessions_without_a_unit():
    units = [unit(1, 4), unit(2, 0), unit(3, 3)]
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 10, units, 45, {})
    assert jp_by_unit(draft) == {1: 4, 3: 3, None: 3}
    assert [(s.jp, s.unit_id) for s in draft.sessions] == [(4, 1), (1, 3), (2, 3), (2, None),
                                                           (1, None)]
    assert [(u.unit_id, u.program_jp, u.planned_jp) for u in draft.units] == [
        (1, 4, 4), (2, 0, 0), (3, 3, 3), (None, 3, 3)]
    [problem] = draft.problems
    assert (problem.field, problem.code, problem.is_error) == ("units", "units_short", False)
    assert "units sum to 7 JP but the program has 10 JP" in problem.message("en")
    assert_bilingual(problem)
    assert draft.ok  # a warning does not stop saving


def test_units_beyond_the_program_are_cut_and_a_program_without_units_warned():
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 10, [unit(1, 6), unit(2, 6)], 45, {})
    assert jp_by_unit(draft) == {1: 6, 2: 4}
    assert [p.code for p in draft.problems] == ["units_long"]
    assert [(u.program_jp, u.planned_jp) for u in draft.units] == [(6, 6), (6, 4)]
    draft = generate(D(2026, 7, 6), MON_FRI, TWO_SLOTS, 10, [], 45, {})
    assert jp_by_unit(draft) == {None: 10}
    assert [p.code for p in draft.problems] == ["no_units"]


def test_a_slot_shorter_than_one_jp_and_other_bad_input_are_errors():
    draft = generate(D(2026, 7, 6), MON_FRI, [TimeSlot(T(8), T(8, 30)), TWO_SLOTS[1]], 10,
                     [unit(1, 10)], 45, {})
    assert [(p.field, p.code) for p in draft.errors] == [("slots", "slot_short")]
    assert "08.00-08.30" in draft.errors[0].message("id")
    assert draft.sessions == [] and not draft.ok
    draft = generate(D(2026, 7, 6), set(), [], 0, [unit(1, 10)], 45, {})
    assert {(p.field, p.code) for p in draft.errors} == {
        ("weekdays", "required"), ("slots", "required"), ("total_jp", "positive")}
    draft = generate(D(2026, 7, 6), {7}, TWO_SLOTS, 10, [unit(1, 10)], 45, {})
    assert [p.code for p in draft.errors] == ["weekday"]
    for problem in draft.problems:
        assert_bilingual(problem)


def test_a_program_that_does_not_fit_says_how_much_did():
    draft = generate(D(2026, 7, 6), {0}, TWO_SLOTS, 100, [unit(1, 100)], 45, {}, max_days=28)
    assert draft.planned_jp == 36 and not draft.ok
    [problem] = draft.errors
    assert (problem.field, problem.code) == ("start", "does_not_fit")
    assert "36 of 100 JP" in problem.message("en") and "6 Juli 2026" in problem.message("id")


# --- property test ------------------------------------------------------------------------------

@st.composite
def schedules(draw):
    per_jp = draw(st.sampled_from([45, 50, 60]))
    slots, clock = [], 7 * 60
    for _ in range(draw(st.integers(1, 3))):
        clock += draw(st.sampled_from([0, 15, 30, 60]))
        length = draw(st.integers(per_jp, 300))
        if clock + length > 22 * 60:
            break
        slots.append(TimeSlot(T(clock // 60, clock % 60), T((clock + length) // 60, (clock + length) % 60)))
        clock += length
    if not slots:
        slots = [TimeSlot(T(8), T(12))]
    weekdays = draw(st.sets(st.integers(0, 6), min_size=1))
    start = draw(st.dates(D(2026, 1, 1), D(2027, 6, 30)))
    total = draw(st.integers(1, 150))
    units = [unit(n + 1, jp) for n, jp in enumerate(draw(st.lists(st.integers(0, 40), max_size=6)))]
    closed = national_holidays(start, start + dt.timedelta(days=730),
                               collective_leave=draw(st.booleans()))
    for day in draw(st.lists(st.dates(start, start + dt.timedelta(days=120)), max_size=10)):
        closed.setdefault(day, "Libur lembaga")
    return start, weekdays, slots, total, units, per_jp, closed


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedules())
def test_generated_schedules_keep_their_promises(case):
    start, weekdays, slots, total, units, per_jp, closed = case
    draft = generate(start, weekdays, slots, total, units, per_jp, closed)
    assert draft.planned_jp == sum(s.jp for s in draft.sessions)
    if draft.errors:  # one weekday of one short slot cannot hold a big program in two years
        assert [p.code for p in draft.errors] == ["does_not_fit"]
        assert draft.planned_jp < total
        assert draft.last_date <= start + dt.timedelta(days=729)
        total = draft.planned_jp  # what follows holds for the JP that did fit
    assert draft.planned_jp == total
    expected, left = {}, total
    for u in units:
        if min(u.jp, left) > 0:
            expected[u.id] = min(u.jp, left)
            left -= expected[u.id]
    if left:
        expected[None] = left
    assert jp_by_unit(draft) == expected
    order = [u.id for u in units] + [None]
    seen = [s.unit_id for s in draft.sessions]
    assert seen == sorted(seen, key=order.index)  # units in order, never revisited
    previous = None
    for s in draft.sessions:
        assert s.date >= start and s.date.weekday() in weekdays and s.date not in closed
        assert s.jp >= 1
        assert any(slot.start <= s.start_time and s.end_time <= slot.end for slot in slots)
        minutes = (s.end_time.hour * 60 + s.end_time.minute) - (s.start_time.hour * 60 + s.start_time.minute)
        assert minutes >= s.jp * per_jp
        if previous is not None:
            assert (previous.date, previous.end_time) <= (s.date, s.start_time)
        previous = s
    last = draft.sessions[-1]
    assert draft.errors or (last.end_time.hour * 60 + last.end_time.minute) \
        - (last.start_time.hour * 60 + last.start_time.minute) == last.jp * per_jp
    for day, reason in draft.skipped:
        assert start <= day <= draft.last_date and day.weekday() in weekdays
        assert closed[day] == reason
    chosen_open = [start + dt.timedelta(days=n) for n in range((draft.last_date - start).days + 1)]
    chosen_open = [d for d in chosen_open if d.weekday() in weekdays and d not in closed]
    assert sorted({s.date for s in draft.sessions}) == chosen_open  # no open day left out
    assert [d for d, _ in draft.skipped] == sorted(
        d for d in closed if start <= d <= draft.last_date and d.weekday() in weekdays)


# --- against a database -------------------------------------------------------------------------

UNITS = [
    {"code": "C.141000.001.02", "title": "Mengukur Tubuh", "jp": 7},
    {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 11},
    {"code": "C.141000.003.02", "title": "Menjahit", "jp": 12},
]


@pytest.fixture
def klass(store):
    institution = save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]
    program = save_program(store, {"institution": institution.id, "code": "JHT",
                                   "name": "Menjahit Pakaian", "total_jp": 30}, UNITS)[0]
    room = store.save(Room(institution=institution, name="Ruang Jahit", capacity=20))
    return store.save(TrainingClass(institution=institution, program=program, code="JHT-2026-01",
                                    name="Menjahit Angkatan 1", room=room, capacity=20))


def session(klass, day, status=SessionStatus.PLANNED, **values):
    return ClassSession(training_class=klass, date=day, start_time=T(8), end_time=T(12), jp=5,
                        status=status, **values)


def test_draft_for_class_reads_the_program_settings_and_closed_days(store, klass):
    store.save(ClosureDay(institution=klass.institution, date=D(2026, 3, 20), reason="Rapat kerja"))
    draft = draft_for_class(klass.id, D(2026, 3, 16), MON_FRI, TWO_SLOTS)
    units = Program.get_by_id(klass.program_id).units
    assert [u.code for u in draft.units] == [u["code"] for u in UNITS]
    assert jp_by_unit(draft) == {u.id: u.jp for u in units}
    assert draft.planned_jp == draft.program_jp == 30
    # Collective leave is not skipped by default: only Nyepi and the closure.
    assert draft.skipped == [(D(2026, 3, 19), "Hari Suci Nyepi"), (D(2026, 3, 20), "Rapat kerja")]
    assert draft.last_date == D(2026, 3, 23)
    with_leave = draft_for_class(klass.id, D(2026, 3, 16), MON_FRI, TWO_SLOTS, collective_leave=True)
    assert [d for d, _ in with_leave.skipped] == [D(2026, 3, d) for d in (18, 19, 20, 23, 24)]
    assert dict(with_leave.skipped)[D(2026, 3, 20)] == "Cuti Bersama Hari Raya Idul Fitri; Rapat kerja"
    assert with_leave.last_date == D(2026, 3, 26)
    lpks_settings.set_setting(store, lpks_settings.SKIP_COLLECTIVE_LEAVE, True,
                              institution_id=klass.institution_id)
    assert draft_for_class(klass.id, D(2026, 3, 16), MON_FRI, TWO_SLOTS).skipped == with_leave.skipped
    lpks_settings.set_setting(store, lpks_settings.MINUTES_PER_JP, 60)
    at_60 = draft_for_class(klass.id, D(2026, 3, 16), MON_FRI, TWO_SLOTS, collective_leave=False)
    assert [s.jp for s in at_60.sessions][:2] == [4, 3]
    english = draft_for_class(klass.id, D(2026, 3, 16), MON_FRI, TWO_SLOTS, language="en")
    assert dict(english.skipped)[D(2026, 3, 19)] == "Day of Silence"


def test_draft_for_class_looks_further_when_holidays_eat_the_estimate(store, klass):
    # Closed for ten weeks from the start: the first estimate of the span is not enough.
    for n in range(70):
        store.save(ClosureDay(institution=klass.institution, date=D(2026, 7, 1) + dt.timedelta(days=n)))
    draft = draft_for_class(klass.id, D(2026, 7, 1), {0}, TWO_SLOTS)
    assert draft.ok and draft.first_date == D(2026, 9, 14)
    with pytest.raises(TrainingClass.DoesNotExist):
        draft_for_class(klass.id + 999, D(2026, 7, 1), {0}, TWO_SLOTS)


def test_save_draft_replaces_planned_sessions(store, klass):
    old = [store.save(session(klass, D(2026, 6, day))) for day in (1, 2, 3)]
    cancelled = store.save(session(klass, D(2026, 6, 4), SessionStatus.CANCELLED,
                                   cancel_reason="Banjir"))
    draft = draft_for_class(klass.id, D(2026, 7, 6), MON_WED_FRI, TWO_SLOTS)
    audit_before = AuditLog.select().count()
    saved = save_draft(store, klass.id, draft)
    assert [(s.date, s.start_time, s.end_time, s.jp, s.unit_id) for s in saved] == rows(draft)
    stored = list(ClassSession.select().where(ClassSession.training_class == klass.id)
                  .order_by(ClassSession.date, ClassSession.start_time))
    assert [s.id for s in stored] == [cancelled.id] + [s.id for s in saved]
    assert not ClassSession.select().where(ClassSession.id.in_([s.id for s in old])).exists()
    for s in saved:
        assert s.room_id is None and s.status == SessionStatus.PLANNED and s.journal_jp is None
        assert s.topic == s.unit.title and s.row_version == 1
    klass = TrainingClass.get_by_id(klass.id)
    assert (klass.start_date, klass.end_date) == (D(2026, 7, 6), D(2026, 7, 13))
    entries = list(AuditLog.select().order_by(AuditLog.id))[audit_before:]
    assert [(e.action, e.table_name) for e in entries] == [
        ("schedule", "training_class"), ("update", "training_class")]
    summary = json.loads(entries[0].changes)
    assert summary["deleted_sessions"] == [s.id for s in old]
    assert summary["created_sessions"] == [s.id for s in saved] and summary["jp"] == 30
    # The ids handed out in bulk leave the next ordinary insert free (PostgreSQL's sequence).
    later = store.save(session(klass, D(2026, 8, 3)))
    assert later.id > max(s.id for s in saved)
    # Generating again replaces the draft's own sessions.
    again = save_draft(store, klass.id, draft_for_class(klass.id, D(2026, 8, 10), MON_FRI, TWO_SLOTS))
    left = ClassSession.select().where(ClassSession.training_class == klass.id)
    assert {s.id for s in left} == {cancelled.id} | {s.id for s in again}


@pytest.mark.parametrize("touched", ["held", "attendance", "journal"])
def test_save_draft_refuses_a_class_whose_sessions_are_in_use(store, klass, touched):
    store.save(session(klass, D(2026, 6, 1)))
    if touched == "held":
        store.save(session(klass, D(2026, 6, 2), SessionStatus.HELD))
    elif touched == "journal":
        store.save(session(klass, D(2026, 6, 2), journal_jp=5, journal_taught="Pola dasar"))
    else:
        marked = store.save(session(klass, D(2026, 6, 2)))
        person = store.save(Participant(nik="6311014501990001", full_name="Siti Aminah", sex="P"))
        enrollment = store.save(Enrollment(training_class=klass, participant=person,
                                           status=EnrollmentStatus.ENROLLED))
        store.save(AttendanceMark(session=marked, enrollment=enrollment, mark="H"))
    draft = draft_for_class(klass.id, D(2026, 7, 6), MON_FRI, TWO_SLOTS)
    failure = refused(save_draft, store, klass.id, draft)
    assert [(p.field, p.code) for p in failure.errors] == [("sessions", "sessions_in_use")]
    counts = {"held": "1 sessions were held", "attendance": "1 have attendance marks",
              "journal": "1 have a trainer journal"}
    assert counts[touched] in failure.render("en")


def test_save_draft_refuses_a_draft_with_errors_or_made_before_the_program_changed(store, klass):
    store.save(session(klass, D(2026, 6, 1)))
    broken = draft_for_class(klass.id, D(2026, 7, 6), MON_FRI, [TimeSlot(T(8), T(8, 30))])
    assert [p.code for p in refused(save_draft, store, klass.id, broken).errors] == ["slot_short"]
    short = draft_for_class(klass.id, D(2026, 7, 6), MON_FRI, TWO_SLOTS)
    short.sessions.pop()
    short.planned_jp -= 1
    assert [p.code for p in refused(save_draft, store, klass.id, short).errors] == ["incomplete"]
    draft = draft_for_class(klass.id, D(2026, 7, 6), MON_FRI, TWO_SLOTS)
    program = Program.get_by_id(klass.program_id)
    program.total_jp = 32
    store.save(program)
    assert [p.code for p in refused(save_draft, store, klass.id, draft).errors] == ["stale_draft"]


def test_a_refused_save_leaves_the_existing_sessions(store, klass):
    planned = store.save(session(klass, D(2026, 6, 1)))
    store.save(session(klass, D(2026, 6, 2), SessionStatus.HELD))
    draft = draft_for_class(klass.id, D(2026, 7, 6), MON_FRI, TWO_SLOTS)
    with writes_nothing(), pytest.raises(ValidationFailed):
        save_draft(store, klass.id, draft)
    assert ClassSession.get_by_id(planned.id).date == D(2026, 6, 1)
