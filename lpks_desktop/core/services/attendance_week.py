"""A week of sessions as the attendance page lists them: when, which class, who teaches, and how
far the attendance of each session has been entered (how many of its people have a mark).

The counts come from grouped queries over the whole week at once, so a busy week of a few
hundred sessions costs the same handful of queries as a quiet one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import peewee

from ..models import (
    AttendanceMark,
    ClassSession,
    ClassStatus,
    CompetencyUnit,
    Enrollment,
    Room,
    SessionStatus,
    SessionTrainer,
    Trainer,
    TrainerRole,
    TrainingClass,
)
from .attendance import ATTENDING
from .calendar_view import week_start

_OUTER = peewee.JOIN.LEFT_OUTER

# What a session's attendance looks like from the page; the order is the order of urgency.
CANCELLED = "cancelled"
NOT_YET_HELD = "not_yet_held"  # dated after today: nothing to enter yet
NO_PEOPLE = "no_people"  # nobody attends the class (yet)
NOT_MARKED = "not_marked"  # held (or due) and no mark at all
PARTLY_MARKED = "partly_marked"
MARKED = "marked"  # everyone who attends has a mark


@dataclass(frozen=True)
class WeekSession:
    session_id: int
    class_id: int
    class_code: str
    class_name: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    unit_code: str
    unit_title: str
    topic: str
    room: str  # the session's room, else the class's, "" when neither is set
    trainers: tuple[str, ...]  # lead first
    jp: int  # planned
    journal_jp: int | None  # None until the trainer journal is written
    status: str
    people: int  # enrollments of the class that attend (ATTENDING)
    marked: int  # of those, how many have a mark in this session
    present: int  # of those marks, how many are H

    @property
    def cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    @property
    def journal_written(self) -> bool:
        return self.journal_jp is not None

    def progress(self, today: dt.date) -> str:
        """One of CANCELLED, NOT_YET_HELD, NO_PEOPLE, NOT_MARKED, PARTLY_MARKED, MARKED."""
        if self.cancelled:
            return CANCELLED
        if self.date > today and not self.marked:
            return NOT_YET_HELD
        if not self.people:
            return NO_PEOPLE
        if not self.marked:
            return NOT_MARKED
        return MARKED if self.marked >= self.people else PARTLY_MARKED


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of ``day``'s week."""
    monday = week_start(day)
    return monday, monday + dt.timedelta(days=6)


def week_sessions(day: dt.date, *, institution_id: int | None = None, trainer_id: int | None = None,
                  class_id: int | None = None) -> list[WeekSession]:
    """The sessions of ``day``'s week (Monday to Sunday), cancelled ones included, by date, start
    time and class code; sessions of cancelled classes are left out, as the calendar does."""
    first, last = week_bounds(day)
    in_week = ClassSession.date.between(first, last)

    # Marks of attending people per session, and attending people per class, each grouped once
    # over just this week's sessions and classes.
    marks = (AttendanceMark
             .select(AttendanceMark.session.alias("session_id"),
                     peewee.fn.COUNT(AttendanceMark.id).alias("marked"),
                     peewee.fn.SUM(peewee.Case(None, [(AttendanceMark.mark == "H", 1)], 0)).alias("present"))
             .join(Enrollment, on=(AttendanceMark.enrollment == Enrollment.id))
             .join(ClassSession, on=(AttendanceMark.session == ClassSession.id))
             .where(in_week, Enrollment.status.in_(ATTENDING))
             .group_by(AttendanceMark.session)
             .alias("marks"))
    people = (Enrollment
              .select(Enrollment.training_class.alias("class_id"),
                      peewee.fn.COUNT(Enrollment.id).alias("people"))
              .where(Enrollment.status.in_(ATTENDING),
                     Enrollment.training_class.in_(
                         ClassSession.select(ClassSession.training_class).where(in_week)))
              .group_by(Enrollment.training_class)
              .alias("people"))
    session_room, class_room = Room.alias(), Room.alias()
    query = (ClassSession
             .select(ClassSession.id, TrainingClass.id, TrainingClass.code, TrainingClass.name,
                     ClassSession.date, ClassSession.start_time, ClassSession.end_time,
                     CompetencyUnit.code, CompetencyUnit.title, ClassSession.topic,
                     peewee.fn.COALESCE(session_room.name, class_room.name),
                     ClassSession.jp, ClassSession.journal_jp, ClassSession.status,
                     people.c.people, marks.c.marked, marks.c.present)
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .join(CompetencyUnit, _OUTER, on=(ClassSession.unit == CompetencyUnit.id))
             .join(session_room, _OUTER, on=(ClassSession.room == session_room.id))
             .join(class_room, _OUTER, on=(TrainingClass.room == class_room.id))
             .join(marks, _OUTER, on=(marks.c.session_id == ClassSession.id))
             .join(people, _OUTER, on=(people.c.class_id == TrainingClass.id))
             .where(in_week, TrainingClass.status != ClassStatus.CANCELLED)
             .order_by(ClassSession.date, ClassSession.start_time, TrainingClass.code, ClassSession.id))
    if institution_id:
        query = query.where(TrainingClass.institution == institution_id)
    if class_id:
        query = query.where(ClassSession.training_class == class_id)
    if trainer_id:
        query = query.where(ClassSession.id.in_(
            SessionTrainer.select(SessionTrainer.session).where(SessionTrainer.trainer == trainer_id)))
    rows = list(query.tuples())
    names = _trainer_names(first, last, {row[0] for row in rows})
    return [WeekSession(
        session_id=sid, class_id=cid, class_code=code, class_name=name, date=day, start_time=start,
        end_time=end, unit_code=unit_code or "", unit_title=unit_title or "", topic=topic or "",
        room=room or "", trainers=names.get(sid, ()), jp=jp, journal_jp=journal_jp, status=status,
        people=int(people_count or 0), marked=int(marked or 0), present=int(present or 0))
        for (sid, cid, code, name, day, start, end, unit_code, unit_title, topic, room, jp, journal_jp, status,
             people_count, marked, present) in rows]


def _trainer_names(first: dt.date, last: dt.date, wanted: set[int]) -> dict[int, tuple[str, ...]]:
    """Trainers of the week's sessions in one query over the week (not a list of ids, which a
    busy foundation's week could make long), lead first, then in the order they were assigned."""
    if not wanted:
        return {}
    names: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    query = (SessionTrainer
             .select(SessionTrainer.session, SessionTrainer.id, SessionTrainer.role, Trainer.full_name)
             .join(Trainer, on=(SessionTrainer.trainer == Trainer.id))
             .join(ClassSession, on=(SessionTrainer.session == ClassSession.id))
             .where(ClassSession.date.between(first, last))
             .tuples())
    for session_id, row_id, role, name in query:
        if session_id in wanted:
            names[session_id].append((0 if role == TrainerRole.LEAD else 1, row_id, name))
    return {sid: tuple(name for _, _, name in sorted(rows)) for sid, rows in names.items()}
