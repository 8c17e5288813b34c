"""What a clerk needs at 8 a.m.: today's sessions, running classes, and the work waiting.

Every function takes an optional ``institution_id`` (None: all institutions)
and returns plain dicts carrying the ids the GUI needs to open the right page.
"""

from __future__ import annotations

from datetime import date

import peewee

from ..models import (
    Certificate,
    CertificateStatus,
    ClassSession,
    ClassStatus,
    CompetencyUnit,
    Enrollment,
    EnrollmentStatus,
    Institution,
    Program,
    Room,
    SessionStatus,
    TrainingClass,
)
from .classes import SEATED, lead_trainers

_OUTER = peewee.JOIN.LEFT_OUTER


def _class_columns() -> tuple:
    """The class and institution columns every dashboard row names, aliased for ``dicts()``."""
    return (TrainingClass.id.alias("class_id"), TrainingClass.code.alias("class_code"),
            TrainingClass.name.alias("class_name"), Institution.id.alias("institution_id"),
            Institution.code.alias("institution_code"))


def _for_institution(query: peewee.Select, institution_id: int | None) -> peewee.Select:
    return query if institution_id is None else query.where(TrainingClass.institution == institution_id)


def todays_sessions(day: date, institution_id: int | None = None) -> list[dict]:
    """Sessions on ``day`` (cancelled ones left out) by start time: unit or topic, room, lead trainer."""
    session_room, class_room = Room.alias(), Room.alias()
    query = (ClassSession
             .select(ClassSession.id.alias("session_id"), ClassSession.date,
                     ClassSession.start_time, ClassSession.end_time, ClassSession.jp,
                     ClassSession.status, ClassSession.topic, *_class_columns(),
                     CompetencyUnit.id.alias("unit_id"), CompetencyUnit.code.alias("unit_code"),
                     CompetencyUnit.title.alias("unit_title"),
                     # A session held elsewhere names its room; otherwise it is the class's room.
                     peewee.fn.COALESCE(session_room.id, class_room.id).alias("room_id"),
                     peewee.fn.COALESCE(session_room.name, class_room.name).alias("room_name"))
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .join(Institution, on=(TrainingClass.institution == Institution.id))
             .join(CompetencyUnit, _OUTER, on=(ClassSession.unit == CompetencyUnit.id))
             .join(session_room, _OUTER, on=(ClassSession.room == session_room.id))
             .join(class_room, _OUTER, on=(TrainingClass.room == class_room.id))
             .where(ClassSession.date == day, ClassSession.status != SessionStatus.CANCELLED)
             .order_by(ClassSession.start_time, TrainingClass.code, ClassSession.id))
    rows = list(_for_institution(query, institution_id).dicts())
    leads = lead_trainers([row["session_id"] for row in rows])
    for row in rows:
        row["trainer_id"], row["trainer_name"] = leads.get(row["session_id"], (None, None))
    return rows


def running_classes(day: date, institution_id: int | None = None) -> list[dict]:
    """Classes marked running, or whose dates span ``day`` and that are neither cancelled nor
    finished; with seats taken (``enrolled``), capacity and sessions held so far."""
    enrolled = (Enrollment.select(peewee.fn.COUNT(Enrollment.id))
                .where(Enrollment.training_class == TrainingClass.id, Enrollment.status.in_(SEATED)))
    sessions = (ClassSession.select(peewee.fn.COUNT(ClassSession.id))
                .where(ClassSession.training_class == TrainingClass.id,
                       ClassSession.status != SessionStatus.CANCELLED))
    held = sessions.where(ClassSession.status == SessionStatus.HELD)
    query = (TrainingClass
             .select(*_class_columns(), TrainingClass.status, TrainingClass.start_date,
                     TrainingClass.end_date, TrainingClass.capacity,
                     Program.id.alias("program_id"), Program.code.alias("program_code"),
                     Program.name.alias("program_name"), Room.id.alias("room_id"),
                     Room.name.alias("room_name"), enrolled.alias("enrolled"),
                     sessions.alias("sessions_total"), held.alias("sessions_held"))
             .join(Institution, on=(TrainingClass.institution == Institution.id))
             .join(Program, on=(TrainingClass.program == Program.id))
             .join(Room, _OUTER, on=(TrainingClass.room == Room.id))
             .where((TrainingClass.status == ClassStatus.RUNNING)
                    | ((TrainingClass.start_date <= day) & (TrainingClass.end_date >= day)
                       & TrainingClass.status.not_in((ClassStatus.CANCELLED, ClassStatus.FINISHED))))
             .order_by(Institution.code, TrainingClass.start_date, TrainingClass.code))
    return list(_for_institution(query, institution_id).dicts())


def _per_class(rows: peewee.ModelSelect, dated: peewee.Field,
               institution_id: int | None) -> list[dict]:
    """``rows`` (joined to their class and its institution) counted per class, with the oldest
    ``dated`` value; the class waiting longest first."""
    oldest = peewee.fn.MIN(dated)
    query = (rows.select(*_class_columns(), TrainingClass.start_date,
                         peewee.fn.COUNT(rows.model.id).alias("count"), oldest.alias("oldest"))
             .group_by(*(column.unwrap() for column in _class_columns()), TrainingClass.start_date)
             .order_by(oldest, TrainingClass.code))
    return list(_for_institution(query, institution_id).dicts())


def waiting_registrations(institution_id: int | None = None) -> list[dict]:
    """Registrations awaiting selection, per class: how many and since when (``oldest``)."""
    rows = (Enrollment.select().join(TrainingClass).join(Institution)
            .where(Enrollment.status == EnrollmentStatus.REGISTERED))
    return _per_class(rows, Enrollment.registered_at, institution_id)


def certificates_to_print(institution_id: int | None = None) -> list[dict]:
    """Valid certificates never printed, per class: how many and the oldest issue date."""
    rows = (Certificate.select().join(Enrollment).join(TrainingClass)
            .join(Institution, on=(TrainingClass.institution == Institution.id))
            .where(Certificate.status == CertificateStatus.VALID, Certificate.printed_at.is_null()))
    return _per_class(rows, Certificate.issued_on, institution_id)
