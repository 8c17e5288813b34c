"""Certificates and the number sequences they draw from."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .enrollment import Enrollment
from .fields import DateField, DateTimeField
from .institution import Institution


class NumberSequence(BaseModel):
    """The last number handed out, per institution, kind of document and year.

    Numbers are taken by incrementing this row inside the issuing transaction,
    so two PCs issuing at once serialise on it and never share a number.
    """

    institution = pw.ForeignKeyField(Institution, backref="sequences", on_delete="RESTRICT")
    kind = pw.CharField(max_length=20)  # "certificate", later letters
    year = pw.IntegerField()
    last_value = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("institution", "kind", "year"), True),)


class CertificateStatus(Choices):
    VALID = "valid"
    REVOKED = "revoked"


class Certificate(BaseModel):
    # A revoked certificate keeps its row, so its number is never reused.
    enrollment = pw.ForeignKeyField(Enrollment, backref="certificates", on_delete="RESTRICT")
    institution = pw.ForeignKeyField(Institution, backref="certificates", on_delete="RESTRICT")
    number = pw.CharField(max_length=100, unique=True)
    year = pw.IntegerField()
    sequence_value = pw.IntegerField()
    issued_on = DateField()
    issued_place = pw.CharField(max_length=100, default="")
    status = pw.CharField(max_length=10, default=CertificateStatus.VALID,
                          constraints=[pw.Check(CertificateStatus.check("status"))])
    revoked_at = DateTimeField(null=True)
    revoke_reason = pw.TextField(default="")
    printed_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("institution", "year", "sequence_value"), True),)
