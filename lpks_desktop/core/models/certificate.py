"""Certificates, the number sequences they draw from, and the keys that sign them."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .enrollment import Enrollment
from .fields import BlobField, DateField, DateTimeField
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
    REPLACED = "replaced"  # reissued under a new number; the new row's ``replaces`` points here


class Certificate(BaseModel):
    """One issued certificate. Revoked and replaced rows stay, so a number is never reused.

    The snapshot columns (participant_name .. total_jp) and the signed ``payload`` are
    fixed at issue, so a reprint is identical even after the records change; a
    corrected name needs a reissue under a new number.
    """

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
    participant_name = pw.CharField(max_length=200, default="")
    program_name = pw.CharField(max_length=200, default="")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    total_jp = pw.IntegerField(null=True)
    key_id = pw.CharField(max_length=16, default="")  # SigningKey.key_id that signed ``payload``
    payload = pw.TextField(default="")  # the signed text the QR code carries
    replaces = pw.ForeignKeyField("self", null=True, backref="replaced_by", on_delete="RESTRICT")
    printed_count = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("institution", "year", "sequence_value"), True),)


class SigningKey(BaseModel):
    """An Ed25519 key: our institution's own (with its private half) or another office's,
    imported to verify their certificates offline.

    ``key_id`` is the hex of the first 8 bytes of SHA-256 of the raw public key; a QR
    payload names it, so the verifier knows which key to check against.
    """

    key_id = pw.CharField(max_length=16, unique=True)
    institution = pw.ForeignKeyField(Institution, null=True, backref="signing_keys",
                                     on_delete="RESTRICT")  # NULL: another office's key
    owner_code = pw.CharField(max_length=20, default="")
    owner_name = pw.CharField(max_length=200, default="")
    public_key = pw.CharField(max_length=64)  # hex of the raw 32 bytes
    private_key = BlobField(null=True)  # raw 32 bytes; NULL for imported keys
    active = pw.BooleanField(default=False)  # the institution's current signing key
