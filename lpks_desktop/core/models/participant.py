"""Participants: one record per person, shared by every institution in the database."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices
from .fields import DateField


class Education(Choices):
    NONE = "none"
    SD = "sd"
    SMP = "smp"
    SMA = "sma"  # SMA/SMK/MA
    D1 = "d1"
    D2 = "d2"
    D3 = "d3"
    S1 = "s1"  # S1/D4
    S2 = "s2"
    S3 = "s3"


class Employment(Choices):
    UNEMPLOYED = "unemployed"
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    STUDENT = "student"
    LAID_OFF = "laid_off"  # korban PHK


class Participant(BaseModel):
    # One person across institutions, so "what is my status?" finds every class.
    nik = pw.CharField(max_length=16, unique=True)
    full_name = pw.CharField(max_length=200, index=True)
    sex = pw.CharField(max_length=1, constraints=[pw.Check("sex IN ('L', 'P')")])
    birth_place = pw.CharField(max_length=100, default="")
    birth_date = DateField(null=True)
    address = pw.TextField(default="")
    village = pw.CharField(max_length=100, default="")  # desa/kelurahan
    district = pw.CharField(max_length=100, default="")  # kecamatan
    city = pw.CharField(max_length=100, default="")  # kabupaten/kota
    province = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=20, default="", index=True)  # E.164
    email = pw.CharField(max_length=200, default="")
    education = pw.CharField(max_length=12, null=True,
                             constraints=[pw.Check(Education.check("education"))])
    employment = pw.CharField(max_length=16, null=True,
                              constraints=[pw.Check(Employment.check("employment"))])
    prakerja_card_number = pw.CharField(max_length=16, null=True)
    notes = pw.TextField(default="")
    archived = pw.BooleanField(default=False)

    class Meta:
        # One per sort order of the participant list (schema version 2).
        indexes = tuple(((("archived", column, "id"), False))
                        for column in ("full_name", "nik", "sex", "birth_date", "city", "phone"))

    def __str__(self) -> str:
        return self.full_name
