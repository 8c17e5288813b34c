"""Classes (intakes) of a program, their sessions and who teaches each session."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .fields import DateField, DateTimeField, TimeField
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
    # Trainer journal (jurnal instruktur): what was actually taught, and for how many JP.
    # journal_jp stays NULL until the journal is written; fees count only written JP.
    journal_taught = pw.TextField(default="")
    journal_jp = pw.IntegerField(null=True, constraints=[pw.Check("journal_jp >= 0")])
    journal_notes = pw.TextField(default="")
    journal_by = pw.CharField(max_length=80, default="")
    journal_at = DateTimeField(null=True)

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


class SessionChangeKind(Choices):
    ADDED = "added"
    MOVED = "moved"  # date, time or room changed
    EDITED = "edited"  # unit, topic or JP changed
    CANCELLED = "cancelled"
    RESTORED = "restored"  # a cancelled session brought back
    TRAINERS = "trainers"  # who teaches it changed
    DELETED = "deleted"


class SessionChange(BaseModel):
    """A change to a session made after its class had started, kept so that what was
    planned, what happened and why stay readable (created_at/by say when and who)."""

    training_class = pw.ForeignKeyField(TrainingClass, backref="session_changes", on_delete="CASCADE")
    # NULL once the session itself is deleted; the row keeps what it was in ``before``.
    session = pw.ForeignKeyField(ClassSession, null=True, backref="changes", on_delete="SET NULL")
    kind = pw.CharField(max_length=10, constraints=[pw.Check(SessionChangeKind.check("kind"))])
    before = pw.TextField(default="")  # JSON of the fields that changed, as they were
    after = pw.TextField(default="")  # JSON of the same fields, as they became
    reason = pw.TextField(default="")

    class Meta:
        table_name = "session_change"


class ConflictKind(Choices):
    TRAINER = "trainer"  # one trainer in two sessions at once
    ROOM = "room"  # one room booked twice
    PARTICIPANT = "participant"  # one participant in two overlapping sessions


class ConflictOverride(BaseModel):
    """A hard conflict someone chose to accept, with the written reason why.

    The pair is stored once, lowest session id first, so either side finds it.
    """

    session = pw.ForeignKeyField(ClassSession, backref="overrides", on_delete="CASCADE")
    other_session = pw.ForeignKeyField(ClassSession, backref="overridden_by", on_delete="CASCADE")
    kind = pw.CharField(max_length=12, constraints=[pw.Check(ConflictKind.check("kind"))])
    subject_id = pw.IntegerField()  # the trainer, room or participant both sessions share
    reason = pw.TextField()

    class Meta:
        table_name = "conflict_override"
        indexes = ((("session", "other_session", "kind", "subject_id"), True),)
