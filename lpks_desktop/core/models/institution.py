"""Training institutions (LPKS/BLK) and the days they are closed."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .fields import BlobField, DateField

DEFAULT_CERTIFICATE_PATTERN = "{seq:03d}/{institution}/CERT/{month_roman}/{year}"


class InstitutionKind(Choices):
    LPKS = "lpks"  # private training institution
    BLK = "blk"  # public vocational training centre
    OTHER = "other"


class Institution(BaseModel):
    """One institution; a foundation may run several in one database.

    Registration numbers differ per ministry and region, so they are
    free-form text printed as the clerk typed them.
    """

    code = pw.CharField(max_length=20, unique=True)  # short code used in numbers, e.g. LPK-SBP
    name = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=10, default=InstitutionKind.LPKS,
                        constraints=[pw.Check(InstitutionKind.check("kind"))])
    foundation = pw.CharField(max_length=200, default="")  # yayasan running it
    registration_number = pw.CharField(max_length=100, default="")  # e.g. VIN
    license_number = pw.CharField(max_length=100, default="")  # izin operasional
    business_id = pw.CharField(max_length=40, default="")  # NIB
    accreditation = pw.TextField(default="")  # per program, with expiry dates
    address = pw.TextField(default="")
    village = pw.CharField(max_length=100, default="")  # desa/kelurahan
    district = pw.CharField(max_length=100, default="")  # kecamatan
    city = pw.CharField(max_length=100, default="")  # kabupaten/kota
    province = pw.CharField(max_length=100, default="")
    postal_code = pw.CharField(max_length=10, default="")
    phone = pw.CharField(max_length=20, default="")
    email = pw.CharField(max_length=200, default="")
    website = pw.CharField(max_length=200, default="")
    # Stored in the database, not as a path, so every PC sharing it prints the same letterhead.
    logo = BlobField(null=True)
    head_name = pw.CharField(max_length=200, default="")
    head_title = pw.CharField(max_length=200, default="")  # e.g. "Kepala LPK"
    head_signature = BlobField(null=True)
    certificate_number_pattern = pw.CharField(max_length=200, default=DEFAULT_CERTIFICATE_PATTERN)
    certificate_background = BlobField(null=True)  # an image behind the certificate's front
    archived = pw.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class ClosureDay(BaseModel):
    """A day the institution is closed beyond the national holidays."""

    institution = pw.ForeignKeyField(Institution, backref="closure_days", on_delete="CASCADE")
    date = DateField()
    reason = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("institution", "date"), True),)
