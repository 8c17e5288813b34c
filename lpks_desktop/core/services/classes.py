"""Reading one class: its details, its sessions with their lead trainers, and who is in it."""

from __future__ import annotations

import peewee

from ..auth.permissions import Action, require
from ..errors import UserError
from ..i18n import Text
from ..models import (
    ClassSession,
    CompetencyUnit,
    Enrollment,
    EnrollmentStatus,
    Institution,
    Participant,
    Program,
    Room,
    SessionStatus,
    SessionTrainer,
    Trainer,
    TrainerRole,
    TrainingClass,
)

# Who holds a seat: selected, attending, or through. Registrants and reserves do not.
SEATED = (EnrollmentStatus.PASSED_SELECTION, EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)
_OUTER = peewee.JOIN.LEFT_OUTER
# Who holds a seat first, then who waits for a decision, then who left or was turned down.
STATUS_ORDER = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED, EnrollmentStatus.PASSED_SELECTION,
                EnrollmentStatus.REGISTERED, EnrollmentStatus.RESERVE, EnrollmentStatus.WITHDREW,
                EnrollmentStatus.DISMISSED, EnrollmentStatus.NOT_PASSED)


def lead_trainers(session_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Session id -> (trainer id, name) of its lead trainer (the first assigned, if several)."""
    query = (SessionTrainer.select(SessionTrainer.session, Trainer.id, Trainer.full_name)
             .join(Trainer)
             .where(SessionTrainer.session.in_(session_ids), SessionTrainer.role == TrainerRole.LEAD)
             .order_by(SessionTrainer.id.desc()).tuples())
    # Newest first, so that the first-assigned lead is written last and kept.
    return {session_id: (trainer_id, name) for session_id, trainer_id, name in query}


def class_overview(class_id: int) -> dict:
    """The class with its program, institution and room; its sessions (each with
    ``trainer_name``); its participants by status, then name; and how many hold a seat.

    Raises ``TrainingClass.DoesNotExist`` for an unknown id.
    """
    require(Action.VIEW_CLASS, class_id=class_id)
    klass = (TrainingClass.select(TrainingClass, Program, Institution, Room)
             .join(Program).switch(TrainingClass).join(Institution)
             .switch(TrainingClass).join(Room, _OUTER)
             .where(TrainingClass.id == class_id).get())
    sessions = class_schedule(class_id)
    for row in sessions:
        leads = [t["name"] for t in row["trainers"] if t["role"] == TrainerRole.LEAD]
        row["trainer_name"] = leads[0] if leads else ""
    people = list(
        Enrollment.select(Enrollment.id.alias("enrollment_id"), Enrollment.status,
                          Enrollment.registered_at, Participant.id.alias("participant_id"),
                          Participant.nik, Participant.full_name)
        .join(Participant).where(Enrollment.training_class == class_id).dicts())
    people.sort(key=lambda p: (STATUS_ORDER.index(p["status"]), p["full_name"].casefold()))
    for number, person in enumerate(people, start=1):
        person["number"] = number
    return {"class": klass, "sessions": sessions, "participants": people,
            "seated": sum(1 for p in people if p["status"] in SEATED)}


NO_SUCH_CLASS = Text(
    'Tidak ada kelas berkode "{code}".{hint_id}',
    'There is no class with the code "{code}".{hint_en}',
)


def find_class(code: str) -> TrainingClass:
    """The class with this code (any case), or a ``UserError`` naming close matches."""
    wanted = code.strip()
    found = TrainingClass.select().where(peewee.fn.LOWER(TrainingClass.code) == wanted.lower()).first()
    if found is not None:
        return found
    similar = [c for (c,) in TrainingClass.select(TrainingClass.code)
               .where(TrainingClass.code.contains(wanted[-7:] or wanted))
               .order_by(TrainingClass.code).limit(5).tuples()]
    hint_id = f" Mungkin: {', '.join(similar)}." if similar else ""
    hint_en = f" Perhaps: {', '.join(similar)}." if similar else ""
    raise UserError(NO_SUCH_CLASS.format(code=wanted, hint_id=hint_id, hint_en=hint_en))


def class_schedule(class_id: int) -> list[dict]:
    """The class's sessions in order, numbered (cancelled ones unnumbered), each with its
    room (the class's when the session names none) and every trainer with their role."""
    require(Action.VIEW_CLASS, class_id=class_id)
    session_room, class_room = Room.alias(), Room.alias()
    rows = list(
        ClassSession.select(ClassSession.id.alias("session_id"), ClassSession.date,
                            ClassSession.start_time, ClassSession.end_time, ClassSession.jp,
                            ClassSession.status, ClassSession.topic, ClassSession.cancel_reason,
                            ClassSession.journal_jp, ClassSession.journal_taught, ClassSession.journal_notes,
                            CompetencyUnit.id.alias("unit_id"), CompetencyUnit.code.alias("unit_code"),
                            CompetencyUnit.title.alias("unit_title"),
                            peewee.fn.COALESCE(session_room.id, class_room.id).alias("room_id"),
                            peewee.fn.COALESCE(session_room.name, class_room.name).alias("room_name"))
        .join(TrainingClass).join(class_room, _OUTER, on=(TrainingClass.room == class_room.id))
        .switch(ClassSession).join(CompetencyUnit, _OUTER)
        .switch(ClassSession).join(session_room, _OUTER, on=(ClassSession.room == session_room.id))
        .where(ClassSession.training_class == class_id)
        .order_by(ClassSession.date, ClassSession.start_time, ClassSession.id).dicts())
    trainers: dict[int, list[dict]] = {}
    assigned = (SessionTrainer.select(SessionTrainer.session, SessionTrainer.role, Trainer.id, Trainer.full_name)
                .join(Trainer).join_from(SessionTrainer, ClassSession)
                .where(ClassSession.training_class == class_id)
                .order_by(SessionTrainer.role.desc(), SessionTrainer.id).tuples())
    # "lead" sorts after "assistant", so descending puts the lead first.
    for session_id, role, trainer_id, name in assigned:
        trainers.setdefault(session_id, []).append({"id": trainer_id, "name": name, "role": role})
    number = 0
    for row in rows:
        if row["status"] != SessionStatus.CANCELLED:
            number += 1
            row["number"] = number
        else:
            row["number"] = None
        row["trainers"] = trainers.get(row["session_id"], [])
    return rows
