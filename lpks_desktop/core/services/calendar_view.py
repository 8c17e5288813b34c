"""Sessions laid out for calendars: a week by room, by trainer or by class, and a month overview."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import peewee

from ..models import (
    ClassSession,
    ClassStatus,
    CompetencyUnit,
    ConflictKind,
    ConflictOverride,
    Institution,
    Room,
    SessionStatus,
    SessionTrainer,
    Trainer,
    TrainerRole,
    TrainingClass,
)

_OUTER = peewee.JOIN.LEFT_OUTER


@dataclass(frozen=True)
class CalendarEntry:
    session_id: int
    class_id: int
    class_code: str
    class_name: str
    institution_code: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int | None
    room_name: str
    unit_code: str
    title: str  # the unit's title, else the session's topic
    jp: int
    status: str
    trainers: tuple[str, ...]  # lead first

    @property
    def cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def entries(first: dt.date, last: dt.date, *, room_id: int | None = None, trainer_id: int | None = None,
            class_id: int | None = None, institution_id: int | None = None,
            include_cancelled: bool = True) -> list[CalendarEntry]:
    """Sessions from ``first`` to ``last`` (inclusive), by date and time, for one room, trainer or
    class (or everything of an institution, or everything). Sessions of cancelled classes are left out."""
    session_room, class_room = Room.alias(), Room.alias()
    query = (ClassSession
             .select(ClassSession.id, ClassSession.date, ClassSession.start_time, ClassSession.end_time,
                     ClassSession.jp, ClassSession.status, ClassSession.topic,
                     TrainingClass.id, TrainingClass.code, TrainingClass.name, Institution.code,
                     peewee.fn.COALESCE(session_room.id, class_room.id),
                     peewee.fn.COALESCE(session_room.name, class_room.name),
                     CompetencyUnit.code, CompetencyUnit.title)
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .join(Institution, on=(TrainingClass.institution == Institution.id))
             .join(CompetencyUnit, _OUTER, on=(ClassSession.unit == CompetencyUnit.id))
             .join(session_room, _OUTER, on=(ClassSession.room == session_room.id))
             .join(class_room, _OUTER, on=(TrainingClass.room == class_room.id))
             .where(ClassSession.date.between(first, last),
                    TrainingClass.status != ClassStatus.CANCELLED)
             .order_by(ClassSession.date, ClassSession.start_time, TrainingClass.code))
    if not include_cancelled:
        query = query.where(ClassSession.status != SessionStatus.CANCELLED)
    if class_id:
        query = query.where(ClassSession.training_class == class_id)
    if institution_id:
        query = query.where(TrainingClass.institution == institution_id)
    if room_id:
        query = query.where(peewee.fn.COALESCE(ClassSession.room, TrainingClass.room) == room_id)
    if trainer_id:
        query = query.where(ClassSession.id.in_(
            SessionTrainer.select(SessionTrainer.session).where(SessionTrainer.trainer == trainer_id)))
    rows = list(query.tuples())
    names = _trainer_names([row[0] for row in rows])
    return [CalendarEntry(
        session_id=sid, class_id=cid, class_code=ccode, class_name=cname, institution_code=icode,
        date=day, start_time=start, end_time=end, room_id=rid, room_name=rname or "",
        unit_code=ucode or "", title=utitle or topic or "", jp=jp, status=status,
        trainers=names.get(sid, ()))
        for (sid, day, start, end, jp, status, topic, cid, ccode, cname, icode, rid, rname, ucode, utitle)
        in rows]


def _trainer_names(session_ids: list[int]) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[tuple[int, str]]] = defaultdict(list)
    # SQLite allows at most 32,766 bound values; a month of a busy foundation stays far below.
    for chunk_start in range(0, len(session_ids), 5000):
        chunk = session_ids[chunk_start:chunk_start + 5000]
        query = (SessionTrainer.select(SessionTrainer.session, SessionTrainer.role, Trainer.full_name)
                 .join(Trainer).where(SessionTrainer.session.in_(chunk))
                 .order_by(SessionTrainer.id).tuples())
        for session_id, role, name in query:
            names[session_id].append((0 if role == TrainerRole.LEAD else 1, name))
    return {sid: tuple(name for _, name in sorted(pairs, key=lambda p: p[0])) for sid, pairs in names.items()}


def week(monday: dt.date, **subject) -> dict[dt.date, list[CalendarEntry]]:
    """Monday to Sunday of the week starting ``monday``, each day with its sessions."""
    monday = week_start(monday)
    days = {monday + dt.timedelta(days=i): [] for i in range(7)}
    for entry in entries(monday, monday + dt.timedelta(days=6), **subject):
        days[entry.date].append(entry)
    return days


def month_grid(year: int, month: int) -> list[list[dt.date]]:
    """The weeks (Monday first) that show the month, six at most, with the neighbours' days."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    start = week_start(first)
    weeks = []
    while start <= last:
        weeks.append([start + dt.timedelta(days=i) for i in range(7)])
        start += dt.timedelta(days=7)
    return weeks


def month(year: int, month_number: int, **subject) -> dict[dt.date, list[CalendarEntry]]:
    """Every day shown in the month's grid with its sessions (cancelled ones left out)."""
    weeks = month_grid(year, month_number)
    days = {day: [] for week_days in weeks for day in week_days}
    for entry in entries(weeks[0][0], weeks[-1][-1], include_cancelled=False, **subject):
        days[entry.date].append(entry)
    return days


def subjects(kind: str, institution_id: int | None = None) -> list[tuple[int, str]]:
    """What a calendar can be shown for: rooms, trainers or classes, as (id, label)."""
    if kind == "room":
        query = Room.select(Room.id, Room.name, Institution.code).join(Institution).where(~Room.archived)
        if institution_id:
            query = query.where(Room.institution == institution_id)
        return [(rid, f"{name} ({code})") for rid, name, code in query.order_by(Institution.code, Room.name).tuples()]
    if kind == "trainer":
        query = Trainer.select(Trainer.id, Trainer.full_name).where(~Trainer.archived)
        if institution_id:
            # Trainers teach across institutions: those of other homes who teach here count too.
            teaching_here = (SessionTrainer.select(SessionTrainer.trainer)
                             .join(ClassSession).join(TrainingClass)
                             .where(TrainingClass.institution == institution_id))
            query = query.where((Trainer.institution == institution_id) | Trainer.id.in_(teaching_here))
        return list(query.order_by(Trainer.full_name).tuples())
    if kind == "class":
        query = (TrainingClass.select(TrainingClass.id, TrainingClass.code, TrainingClass.name)
                 .where(TrainingClass.status != ClassStatus.CANCELLED))
        if institution_id:
            query = query.where(TrainingClass.institution == institution_id)
        return [(cid, f"{code} – {name}") for cid, code, name
                in query.order_by(TrainingClass.start_date.desc(nulls="LAST"), TrainingClass.code).tuples()]
    raise ValueError(f"unknown calendar subject {kind!r}")


def room_board_details(entries: list[CalendarEntry], first: dt.date, last: dt.date,
                       institution_id: int | None) -> dict:
    """What the room board needs besides the sessions (``RoomBoard.set_week`` keywords): each
    room's name and own institution (a class may borrow another institution's room), the other
    institutions' sessions in those rooms (a clash counts across institutions), and the room
    clashes someone accepted, with their reasons."""
    room_ids = sorted({entry.room_id for entry in entries if entry.room_id is not None})
    rooms: dict[int, tuple[str, str]] = {}
    others: list[CalendarEntry] = []
    if room_ids:
        query = Room.select(Room.id, Room.name, Institution.code).join(Institution).where(Room.id.in_(room_ids))
        rooms = {room_id: (name, code) for room_id, name, code in query.tuples()}
    if room_ids and institution_id:
        room = peewee.fn.COALESCE(ClassSession.room, TrainingClass.room)
        query = (ClassSession
                 .select(ClassSession.id, ClassSession.date, ClassSession.start_time, ClassSession.end_time,
                         ClassSession.jp, ClassSession.status, TrainingClass.id, TrainingClass.code,
                         TrainingClass.name, Institution.code, room)
                 .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
                 .join(Institution, on=(TrainingClass.institution == Institution.id))
                 .where(ClassSession.date.between(first, last), TrainingClass.institution != institution_id,
                        ClassSession.status != SessionStatus.CANCELLED,
                        TrainingClass.status != ClassStatus.CANCELLED, room.in_(room_ids)))
        others = [CalendarEntry(
            session_id=sid, class_id=cid, class_code=code, class_name=name, institution_code=icode, date=day,
            start_time=start, end_time=end, room_id=rid, room_name=rooms.get(rid, ("", ""))[0], unit_code="",
            title="", jp=jp, status=status, trainers=())
            for sid, day, start, end, jp, status, cid, code, name, icode, rid in query.tuples()]
    accepted: dict[frozenset[int], str] = {}
    ids = [entry.session_id for entry in entries]
    for chunk_start in range(0, len(ids), 400):
        chunk = ids[chunk_start:chunk_start + 400]
        query = (ConflictOverride.select(ConflictOverride.session, ConflictOverride.other_session,
                                         ConflictOverride.reason)
                 .where(ConflictOverride.kind == ConflictKind.ROOM,
                        ConflictOverride.session.in_(chunk) | ConflictOverride.other_session.in_(chunk)))
        for one, other, reason in query.tuples():
            accepted[frozenset((one, other))] = reason
    return {"rooms": rooms, "others": others, "accepted": accepted}
