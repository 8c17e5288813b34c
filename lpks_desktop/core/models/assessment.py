"""Competency assessment results per participant per unit."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .enrollment import Enrollment
from .fields import DateField, DecimalField
from .program import CompetencyUnit
from .trainer import Trainer


class Result(Choices):
    COMPETENT = "K"  # kompeten
    NOT_YET_COMPETENT = "BK"  # belum kompeten


class Assessment(BaseModel):
    enrollment = pw.ForeignKeyField(Enrollment, backref="assessments", on_delete="CASCADE")
    unit = pw.ForeignKeyField(CompetencyUnit, backref="assessments", on_delete="RESTRICT")
    result = pw.CharField(max_length=2, null=True, constraints=[pw.Check(Result.check("result"))])
    score = DecimalField(max_digits=5, decimal_places=2, null=True)
    pre_test = DecimalField(max_digits=5, decimal_places=2, null=True)
    post_test = DecimalField(max_digits=5, decimal_places=2, null=True)
    assessed_on = DateField(null=True)
    assessor = pw.ForeignKeyField(Trainer, null=True, backref="assessments", on_delete="SET NULL")

    class Meta:
        indexes = ((("enrollment", "unit"), True),)
