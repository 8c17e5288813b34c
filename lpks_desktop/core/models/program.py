"""Training programs and the SKKNI competency units they cover."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .fields import DecimalField
from .institution import Institution


class CertificateUnitsRule(Choices):
    """Which competency units must be K (kompeten) for a certificate."""

    REQUIRED = "required"  # the units marked required
    ALL = "all"
    NONE = "none"  # attendance alone earns it


class Program(BaseModel):
    institution = pw.ForeignKeyField(Institution, backref="programs", on_delete="RESTRICT")
    code = pw.CharField(max_length=30)
    name = pw.CharField(max_length=200)
    description = pw.TextField(default="")
    total_jp = pw.IntegerField(constraints=[pw.Check("total_jp > 0")])  # jam pelajaran
    min_attendance_pct = pw.IntegerField(
        default=80, constraints=[pw.Check("min_attendance_pct BETWEEN 0 AND 100")])
    skkni_reference = pw.CharField(max_length=200, default="")  # e.g. "Kepmenaker No. 2 Tahun 2016"
    kbli_code = pw.CharField(max_length=10, default="")
    archived = pw.BooleanField(default=False)
    certificate_units_rule = pw.CharField(
        max_length=10, default=CertificateUnitsRule.REQUIRED,
        constraints=[pw.Check(CertificateUnitsRule.check("certificate_units_rule"))])
    # Every unit the rule counts needs at least this score; NULL: scores are not needed.
    certificate_min_score = DecimalField(max_digits=5, decimal_places=2, null=True)

    class Meta:
        indexes = ((("institution", "code"), True),)

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class CompetencyUnit(BaseModel):
    """One SKKNI unit as taught in one program, with the JP given to it."""

    program = pw.ForeignKeyField(Program, backref="units", on_delete="CASCADE")
    code = pw.CharField(max_length=30)  # validated by core.validation.skkni
    title = pw.CharField(max_length=300)
    jp = pw.IntegerField(constraints=[pw.Check("jp >= 0")])
    position = pw.IntegerField(default=0)
    required = pw.BooleanField(default=True)  # must be K for the certificate

    class Meta:
        indexes = ((("program", "code"), True),)
