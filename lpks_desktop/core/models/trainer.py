"""Trainers (instruktur), the units they may teach and their certifications."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel
from .fields import DateField, DecimalField
from .institution import Institution


class Trainer(BaseModel):
    # Home institution; trainers of one foundation teach across its institutions.
    institution = pw.ForeignKeyField(Institution, backref="trainers", on_delete="RESTRICT")
    full_name = pw.CharField(max_length=200, index=True)
    nik = pw.CharField(max_length=16, null=True, unique=True)
    sex = pw.CharField(max_length=1, null=True, constraints=[pw.Check("sex IN ('L', 'P')")])
    phone = pw.CharField(max_length=20, default="")  # E.164
    email = pw.CharField(max_length=200, default="")
    address = pw.TextField(default="")
    rate_per_jp = DecimalField(max_digits=12, decimal_places=2, null=True)  # honor per JP, rupiah
    archived = pw.BooleanField(default=False)

    def __str__(self) -> str:
        return self.full_name


class TrainerCompetency(BaseModel):
    """A unit the trainer is qualified to teach, by SKKNI code (shared across programs)."""

    trainer = pw.ForeignKeyField(Trainer, backref="competencies", on_delete="CASCADE")
    unit_code = pw.CharField(max_length=30)
    title = pw.CharField(max_length=300, default="")

    class Meta:
        indexes = ((("trainer", "unit_code"), True),)


class TrainerCertification(BaseModel):
    """A trainer's own certificate (e.g. BNSP methodology), warned about when expired."""

    trainer = pw.ForeignKeyField(Trainer, backref="certifications", on_delete="CASCADE")
    name = pw.CharField(max_length=200)
    number = pw.CharField(max_length=100, default="")
    issuer = pw.CharField(max_length=200, default="")
    issued_on = DateField(null=True)
    expires_on = DateField(null=True, index=True)
