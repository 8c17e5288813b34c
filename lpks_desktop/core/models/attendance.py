"""Attendance marks: one per enrolled participant per session."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .enrollment import Enrollment
from .fields import TimeField
from .training_class import ClassSession


class Mark(Choices):
    PRESENT = "H"  # hadir
    EXCUSED = "I"  # izin
    SICK = "S"  # sakit
    ABSENT = "A"  # alpa


class AttendanceMark(BaseModel):
    session = pw.ForeignKeyField(ClassSession, backref="attendance", on_delete="CASCADE")
    enrollment = pw.ForeignKeyField(Enrollment, backref="attendance", on_delete="CASCADE")
    mark = pw.CharField(max_length=1, constraints=[pw.Check(Mark.check("mark"))])
    arrival_time = TimeField(null=True)  # late arrivals, where the centre records them
    note = pw.CharField(max_length=300, default="")

    class Meta:
        indexes = ((("session", "enrollment"), True),)
