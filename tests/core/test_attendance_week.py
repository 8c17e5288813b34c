"""A week of sessions for the attendance page: which sessions, their trainers and rooms, and how
many of each session's people have a mark (saved through save_marks, as the grid saves them)."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.services import attendance_week as week
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.core.services.attendance_week import week_bounds, week_sessions
from lpks_desktop.core.services.journals import save_journal

import class_scenario

D = dt.date
TODAY = D(2026, 11, 18)  # a Wednesday
LEAD, ASSISTANT = m.TrainerRole.LEAD, m.TrainerRole.ASSISTANT


def enrol(store, klass, name: str, nik: str, status: str = m.EnrollmentStatus.ENROLLED) -> m.Enrollment:
    person = store.save(m.Participant(nik=nik, full_name=name, sex="P"))
    return store.save(m.Enrollment(training_class=klass.id, participant=person.id, status=status))


@pytest.fixture
def world(store):
    s = class_scenario.build(store)
    session = class_scenario.session
    s.monday = session(store, s.klass, D(2026, 11, 16), "08:00", "12:00", unit=s.units[0].id,
                       trainers=[(s.sari, ASSISTANT), (s.budi, LEAD)])
    s.tuesday = session(store, s.klass, D(2026, 11, 17), "08:00", "12:00", topic="Praktik menjahit",
                        trainers=[(s.budi, LEAD)], room=s.workshop.id)
    s.wednesday = session(store, s.klass, D(2026, 11, 18), "08:00", "12:00", trainers=[(s.budi, LEAD)],
                          status=m.SessionStatus.CANCELLED)
    s.thursday = session(store, s.klass, D(2026, 11, 19), "13:00", "16:00", jp=3, trainers=[(s.budi, LEAD)])
    s.last_sunday = session(store, s.klass, D(2026, 11, 15), "08:00", "10:00", jp=2)
    s.next_monday = session(store, s.klass, D(2026, 11, 23), "08:00", "12:00")
    s.welding = store.save(m.TrainingClass(
        institution=s.stb.id, program=s.program.id, code="STB-LAS-2026-01", name="Las Angkatan 1",
        batch=1, room=s.workshop.id, capacity=12, status=m.ClassStatus.RUNNING))
    s.welding_monday = session(store, s.welding, D(2026, 11, 16), "08:00", "12:00", trainers=[(s.sari, LEAD)])
    s.people = [enrol(store, s.klass, name, f"63110141019{n:05d}") for n, name in enumerate(
        ("Ani", "Budi Hartono", "Citra", "Dewi"), start=1)]
    s.leaving = enrol(store, s.klass, "Eka", "6311014101900010")
    enrol(store, s.klass, "Fajar (only registered)", "6311014101900011", m.EnrollmentStatus.REGISTERED)
    return s


def mark(store, klass, session, marks: dict, today=TODAY) -> None:
    save_marks(store, klass.id, [MarkChange(session.id, enrollment.id, value)
                                 for enrollment, value in marks.items()], today=today)


def by_id(sessions) -> dict[int, week.WeekSession]:
    return {entry.session_id: entry for entry in sessions}


def test_the_week_runs_from_monday_to_sunday():
    assert week_bounds(D(2026, 11, 18)) == (D(2026, 11, 16), D(2026, 11, 22))
    assert week_bounds(D(2026, 11, 22)) == (D(2026, 11, 16), D(2026, 11, 22))
    assert week_bounds(D(2026, 11, 23)) == (D(2026, 11, 23), D(2026, 11, 29))


def test_sessions_of_the_week_with_their_marked_counts(store, world):
    w = world
    ani, budi, citra, dewi = w.people
    mark(store, w.klass, w.monday, {ani: "H", budi: "H", citra: "S", dewi: "H", w.leaving: "H"})
    mark(store, w.klass, w.tuesday, {ani: "H", citra: "A"})
    # Eka leaves after Monday: her mark stays on the session but she is no longer one of its people.
    w.leaving.status = m.EnrollmentStatus.WITHDREW
    store.save(w.leaving)
    save_journal(store, w.monday.id, {"taught": "Mengukur tubuh", "jp": 4, "notes": ""}, today=TODAY)

    sessions = week_sessions(D(2026, 11, 20), institution_id=w.sbp.id)
    assert [entry.session_id for entry in sessions] == [
        w.monday.id, w.tuesday.id, w.wednesday.id, w.thursday.id]
    found = by_id(sessions)
    monday = found[w.monday.id]
    assert (monday.people, monday.marked, monday.present) == (4, 4, 3)
    assert monday.progress(TODAY) == week.MARKED
    assert monday.trainers == ("Budi Santoso", "Sari Wulandari")  # the lead first
    assert (monday.unit_code, monday.unit_title, monday.room) == ("C.141000.001.02", "Mengukur Tubuh",
                                                                  "Ruang Jahit")
    assert monday.journal_written and monday.journal_jp == 4
    tuesday = found[w.tuesday.id]
    assert (tuesday.people, tuesday.marked, tuesday.present) == (4, 2, 1)
    assert tuesday.progress(TODAY) == week.PARTLY_MARKED
    assert (tuesday.topic, tuesday.room) == ("Praktik menjahit", "Bengkel Las")  # the session's own room
    assert not tuesday.journal_written
    assert found[w.wednesday.id].progress(TODAY) == week.CANCELLED
    thursday = found[w.thursday.id]
    assert (thursday.marked, thursday.people) == (0, 4)
    assert thursday.progress(TODAY) == week.NOT_YET_HELD
    assert thursday.progress(D(2026, 11, 19)) == week.NOT_MARKED  # due on its day


def test_trainer_class_and_institution_filters(store, world):
    w = world
    everything = week_sessions(TODAY)
    assert {entry.session_id for entry in everything} == {
        w.monday.id, w.tuesday.id, w.wednesday.id, w.thursday.id, w.welding_monday.id}
    # Same day and time: the class code orders them.
    assert [entry.class_code for entry in everything][:2] == ["SBP-JHT-2026-01", "STB-LAS-2026-01"]
    # Sari assists on Monday at SBP and leads the welding class: both are hers.
    assert [entry.session_id for entry in week_sessions(TODAY, trainer_id=w.sari.id)] == [
        w.monday.id, w.welding_monday.id]
    assert [entry.session_id for entry in week_sessions(TODAY, trainer_id=w.sari.id, institution_id=w.sbp.id)] \
        == [w.monday.id]
    assert [entry.session_id for entry in week_sessions(TODAY, class_id=w.welding.id)] == [w.welding_monday.id]
    welding = by_id(everything)[w.welding_monday.id]
    assert welding.people == 0 and welding.progress(TODAY) == week.NO_PEOPLE
    assert week_sessions(D(2026, 12, 7)) == []


def test_sessions_of_a_cancelled_class_are_left_out(store, world):
    world.welding.status = m.ClassStatus.CANCELLED
    store.save(world.welding)
    assert world.welding_monday.id not in by_id(week_sessions(TODAY))


class QueryCounter(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record):
        self.count += 1


def count_queries(call) -> int:
    logger = logging.getLogger("peewee")
    counter, level = QueryCounter(), logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        call()
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
    return counter.count


def test_the_number_of_queries_does_not_grow_with_the_sessions(store, world):
    w = world
    quiet = count_queries(lambda: week_sessions(D(2026, 11, 23)))
    assert len(week_sessions(D(2026, 11, 23))) == 1
    for day in range(23, 28):
        for hour in ("13:00", "15:00"):
            start = dt.time.fromisoformat(hour)
            class_scenario.session(store, w.klass, D(2026, 11, day), hour,
                                   f"{start.hour + 2:02d}:00", trainers=[(w.budi, LEAD), (w.sari, ASSISTANT)])
    mark(store, w.klass, w.next_monday, {person: "H" for person in w.people}, today=D(2026, 11, 30))
    busy = count_queries(lambda: week_sessions(D(2026, 11, 23)))
    found = week_sessions(D(2026, 11, 23))
    assert len(found) == 11 and by_id(found)[w.next_monday.id].marked == 4
    assert busy == quiet == 2  # the sessions with their counts, then their trainers
