"""What the schedule dialogs offer to pick from: trainers, rooms, a program's units (read only)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from ...core.models import (ClassSession, CompetencyUnit, Institution, Room, SessionStatus, Trainer,
                           TrainingClass)


@dataclass(frozen=True)
class Choice:
    id: int
    text: str
    institution_id: int | None = None


def trainer_choices(include_ids: tuple[int, ...] = ()) -> list[Choice]:
    """Active trainers of every institution (a foundation's trainers teach across them), by name,
    plus archived ones already on the sessions at hand so that they still read by name."""
    condition = ~Trainer.archived
    if include_ids:
        condition = condition | Trainer.id.in_(list(include_ids))
    query = (Trainer.select(Trainer.id, Trainer.full_name, Trainer.institution, Institution.code)
             .join(Institution).where(condition).order_by(Trainer.full_name, Trainer.id).tuples())
    return [Choice(trainer_id, f"{name} ({code})", institution_id)
            for trainer_id, name, institution_id, code in query]


def room_choices(include_id: int | None = None) -> list[Choice]:
    """Active rooms of every institution, the class's own institution sorted first by the caller."""
    condition = ~Room.archived
    if include_id:
        condition = condition | (Room.id == include_id)
    query = (Room.select(Room.id, Room.name, Room.capacity, Room.institution, Institution.code)
             .join(Institution).where(condition).order_by(Institution.code, Room.name).tuples())
    return [Choice(room_id, f"{name} ({code}, {capacity})", institution_id)
            for room_id, name, capacity, institution_id, code in query]


def unit_choices(program_id: int) -> list[CompetencyUnit]:
    return list(CompetencyUnit.select().where(CompetencyUnit.program == program_id)
                .order_by(CompetencyUnit.position, CompetencyUnit.id))


def load_class(class_id: int) -> TrainingClass:
    return (TrainingClass.select(TrainingClass, Institution).join(Institution)
            .where(TrainingClass.id == class_id).get())


def first_unit_short_of_jp(class_id: int, program_id: int) -> int | None:
    """The first unit of the program whose sessions (not cancelled) hold fewer JP than it has."""
    planned = dict(ClassSession.select(ClassSession.unit, peewee.fn.SUM(ClassSession.jp))
                   .where(ClassSession.training_class == class_id,
                          ClassSession.status != SessionStatus.CANCELLED)
                   .group_by(ClassSession.unit).tuples())
    return next((unit.id for unit in unit_choices(program_id) if (planned.get(unit.id) or 0) < unit.jp),
                None)
