"""Classes (intakes) of a program, their sessions and who teaches each session."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .fields import DateField, TimeField
from .institution import Institution
from .program import CompetencyUnit, Program
from .room import Room
from .trainer import Trainer


class Funding(Choices):
    SELF_PAID = "self_paid"  # mandiri
    APBN = "apbn"
    APBD = "apbd"
    PRAKERJA = "prakerja"
    COMPANY = "company"


class ClassStatus(Choices):
    PLANNED = "planned"
    OPEN = "open"  # open for registration
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class TrainingClass(BaseModel):
    # Kept beside program so lists filter by institution without a join.
    institution = pw.ForeignKeyField(Institution, backref="classes", on_delete="RESTRICT")
    program = pw.ForeignKeyField(Program, backref="classes", on_delete="RESTRICT")
    code = pw.CharField(max_length=40, unique=True)  # used by CLI commands: --class CODE
    name = pw.CharField(max_length=200)
    batch = pw.IntegerField(default=1)  # angkatan / gelombang
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    room = pw.ForeignKeyField(Room, null=True, backref="classes", on_delete="SET NULL")
    capacity = pw.IntegerField(constraints=[pw.Check("capacity > 0")])
    funding = pw.CharField(max_length=12, default=Funding.SELF_PAID,
                           constraints=[pw.Check(Funding.check("funding"))])
    status = pw.CharField(max_length=12, default=ClassStatus.PLANNED, index=True,
                          constraints=[pw.Check(ClassStatus.check("status"))])
    notes = pw.TextField(default="")

    class Meta:
        table_name = "training_class"
        constraints = [pw.SQL("CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)")]


class SessionStatus(Choices):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ClassSession(BaseModel):
    """One meeting (pertemuan) of a class."""

    training_class = pw.ForeignKeyField(TrainingClass, backref="sessions", on_delete="CASCADE")
    date = DateField(index=True)
    start_time = TimeField()
    end_time = TimeField()
    unit = pw.ForeignKeyField(CompetencyUnit, null=True, backref="sessions", on_delete="SET NULL")
    topic = pw.CharField(max_length=300, default="")
    room = pw.ForeignKeyField(Room, null=True, backref="sessions", on_delete="SET NULL")
    jp = pw.IntegerField(constraints=[pw.Check("jp >= 0")])
    status = pw.CharField(max_length=10, default=SessionStatus.PLANNED,
                          constraints=[pw.Check(SessionStatus.check("status"))])
    cancel_reason = pw.CharField(max_length=300, default="")

    class Meta:
        table_name = "class_session"
        indexes = ((("training_class", "date", "start_time"), False),)
        constraints = [pw.SQL("CHECK (end_time > start_time)")]


class TrainerRole(Choices):
    LEAD = "lead"
    ASSISTANT = "assistant"


class SessionTrainer(BaseModel):
    """A trainer assigned to a session."""

    session = pw.ForeignKeyField(ClassSession, backref="trainers", on_delete="CASCADE")
    trainer = pw.ForeignKeyField(Trainer, backref="assignments", on_delete="RESTRICT")
    role = pw.CharField(max_length=10, default=TrainerRole.LEAD,
                        constraints=[pw.Check(TrainerRole.check("role"))])

    class Meta:
        indexes = ((("session", "trainer"), True),)
