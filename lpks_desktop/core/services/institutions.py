"""Reading and writing institutions."""

from __future__ import annotations

import re
import string

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import Certificate, Enrollment, Institution, InstitutionKind, Program, TrainingClass
from ..validation import Checked
from ..validation.problems import error, warning
from .listing import Listing, ListRequest, contains
from .record_fields import labels
from .record_forms import Form, editable_copy
from .records import (
    choice,
    image_bytes,
    only_archived,
    optional_email,
    phone_number,
    required_text,
)


def institution_choices(include_archived: bool = False) -> list[dict]:
    """Id, code and name only: what a switcher or a drop-down needs, without counting anything."""
    query = Institution.select(Institution.id, Institution.code, Institution.name).order_by(Institution.code)
    if not include_archived:
        query = query.where(Institution.archived == False)  # noqa: E712 (peewee expression)
    return [{"id": row.id, "code": row.code, "name": row.name} for row in query]


def list_institutions(include_archived: bool = False) -> list[dict]:
    require(Action.VIEW_RECORDS)
    programs = (Program.select(peewee.fn.COUNT(Program.id)).where(Program.institution == Institution.id))
    participants = (Enrollment.select(peewee.fn.COUNT(peewee.fn.DISTINCT(Enrollment.participant)))
                    .join(TrainingClass).where(TrainingClass.institution == Institution.id))
    query = (Institution.select(Institution.id, Institution.code, Institution.name, Institution.city,
                                Institution.archived, programs.alias("programs"),
                                participants.alias("participants"))
             .order_by(Institution.code))
    if not include_archived:
        query = query.where(Institution.archived == False)  # noqa: E712 (peewee expression)
    return [{"id": row.id, "code": row.code, "name": row.name, "city": row.city, "archived": row.archived,
             "programs": row.programs, "participants": row.participants} for row in query]


class InstitutionListing(Listing):
    """Institutions, searched by code, name or city. Filter: ``archived`` (absent: active only)."""

    model = Institution
    keys = ("code", "name", "kind", "city", "head_name", "archived")
    default_sort = "code"

    def columns(self) -> dict[str, peewee.Node]:
        return {key: getattr(Institution, key) for key in self.keys}

    def apply_filters(self, query, request: ListRequest):
        return only_archived(query, Institution, request.filters)

    def apply_search(self, query, text: str):
        return query.where(contains(Institution.code, text) | contains(Institution.name, text)
                           | contains(Institution.city, text))


LABELS = labels(
    "address", "village", "district", "city", "province", "phone", "email",
    code=("Kode lembaga", "Institution code"),
    name=("Nama lembaga", "Institution name"),
    kind=("Jenis lembaga", "Kind of institution"),
    foundation=("Yayasan", "Foundation"),
    registration_number=("Nomor registrasi", "Registration number"),
    license_number=("Nomor izin operasional", "Licence number"),
    business_id=("NIB", "Business ID (NIB)"),
    accreditation=("Akreditasi", "Accreditation"),
    postal_code=("Kode pos", "Postal code"),
    website=("Situs web", "Website"),
    logo=("Logo", "Logo"),
    head_name=("Nama pimpinan", "Head's name"),
    head_title=("Jabatan pimpinan", "Head's title"),
    head_signature=("Tanda tangan pimpinan", "Head's signature"),
    certificate_number_pattern=("Pola nomor sertifikat", "Certificate number pattern"),
)
_PLAIN_TEXT = ("foundation", "registration_number", "license_number", "business_id",
               "accreditation", "address", "village", "district", "city", "province",
               "postal_code", "website", "head_name", "head_title")

_CODE = re.compile(r"[A-Z0-9-]{2,20}")
BAD_CODE = Text(
    '{label_id} "{value}" tidak dapat dipakai: 2 sampai 20 karakter, hanya huruf A-Z, angka '
    "dan tanda -, misalnya LPK-SBP.",
    '{label_en} "{value}" cannot be used: 2 to 20 characters, only letters A-Z, digits and '
    "dashes, e.g. LPK-SBP.",
)

# What certificate numbers are formatted with; the sample values show a clerk's
# pattern as it would print, and catch format specs that fail on real values.
PLACEHOLDERS = {"seq": 12, "institution": "LPK-SBP", "program": "MJH", "month_roman": "XI",
                "month": 11, "year": 2026}
CERTIFICATE_NUMBER_MAX = Certificate.number.max_length
PATTERN_BROKEN = Text(
    '{label_id} "{value}" tidak dapat dipakai: tanda {{ }} tidak berpasangan atau format isiannya '
    "salah. Contoh pola yang benar: {{seq:03d}}/{{institution}}/CERT/{{month_roman}}/{{year}}.",
    '{label_en} "{value}" cannot be used: unmatched {{ }} or a wrong placeholder format. '
    "An example of a working pattern: {{seq:03d}}/{{institution}}/CERT/{{month_roman}}/{{year}}.",
)
PATTERN_UNKNOWN = Text(
    '{label_id} "{value}" memuat isian yang tidak dikenal: {unknown}. Isian yang dikenal: {known}.',
    '{label_en} "{value}" contains unknown placeholders: {unknown}. Known placeholders: {known}.',
)
PATTERN_NO_SEQ = Text(
    '{label_id} "{value}" tidak memuat nomor urut {{seq}}, sehingga semua sertifikat '
    "akan bernomor sama.",
    '{label_en} "{value}" lacks the sequence number {{seq}}, so every certificate would get '
    "the same number.",
)
PATTERN_TOO_LONG = Text(
    '{label_id} "{value}" menghasilkan nomor sepanjang {length} karakter, misalnya "{sample}"; '
    "paling banyak {max}.",
    '{label_en} "{value}" makes numbers {length} characters long, e.g. "{sample}"; at most {max}.',
)
PATTERN_REPEATS = Text(
    '{label_id} "{value}" tidak memuat {missing}. Nomor urut dimulai lagi dari 1 setiap tahun '
    "dan di setiap lembaga, jadi tanpa itu nomor bisa sama dengan nomor lama atau nomor lembaga "
    "lain, dan sertifikatnya ditolak saat diterbitkan.",
    '{label_en} "{value}" lacks {missing}. The sequence starts again at 1 every year and in every '
    "institution, so without it a number may repeat an old one or another institution's, and "
    "the certificate is refused when issued.",
)


def check_certificate_pattern(value, field: str, label_id: str, label_en: str) -> Checked[str]:
    checked = required_text(value, field, label_id, label_en,
                            max_length=Institution.certificate_number_pattern.max_length)
    if not checked.value:
        return checked
    pattern = checked.value
    labels = {"label_id": label_id, "label_en": label_en, "value": pattern}

    def refused(code: str, text: Text, **params) -> Checked:
        return Checked(None, (error(field, code, text.format(**labels, **params)),))

    try:
        names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError:  # an unmatched "{" or "}"
        return refused("pattern_invalid", PATTERN_BROKEN)
    unknown = sorted({"{" + name + "}" for name in names if name not in PLACEHOLDERS})
    if unknown:
        return refused("pattern_unknown_placeholder", PATTERN_UNKNOWN, unknown=", ".join(unknown),
                       known=", ".join("{" + name + "}" for name in PLACEHOLDERS))
    if "seq" not in names:
        return refused("pattern_no_sequence", PATTERN_NO_SEQ)
    try:
        sample = pattern.format(**PLACEHOLDERS)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        return refused("pattern_invalid", PATTERN_BROKEN)
    if len(sample) > CERTIFICATE_NUMBER_MAX:
        return refused("pattern_too_long", PATTERN_TOO_LONG, length=len(sample), sample=sample,
                       max=CERTIFICATE_NUMBER_MAX)
    missing = [f"{{{name}}}" for name in ("year", "institution") if name not in names]
    if missing:
        return Checked(pattern, (warning(field, "pattern_may_repeat", PATTERN_REPEATS.format(
            **labels, missing=" / ".join(missing))),))
    return checked


def check_institution_code(value, field: str, label_id: str, label_en: str) -> Checked[str]:
    checked = required_text(value, field, label_id, label_en)
    if not checked.value:
        return checked
    code = checked.value.upper() if checked.value.isascii() else checked.value
    if not _CODE.fullmatch(code):
        return Checked(None, (error(field, "code_invalid", BAD_CODE.format(
            label_id=label_id, label_en=label_en, value=checked.value)),))
    return Checked(code)


def save_institution(store, values: dict, instance: Institution | None = None):
    """Check and save one institution; returns ``(institution, warnings)``."""
    require(Action.EDIT_RECORDS)
    form = Form(editable_copy(Institution, instance), values, LABELS)
    code = form.check("code", check_institution_code)
    if code and (other := form.clash(Institution, Institution.code == code)):
        form.refuse_taken("code", code, f'"{other.name}"')
    form.text("name", required=True, collapse=True)
    form.check("kind", choice, allowed=InstitutionKind.values())
    for key in _PLAIN_TEXT:
        form.text(key)
    form.check("phone", phone_number)
    form.check("email", optional_email)
    form.check("logo", image_bytes)
    form.check("head_signature", image_bytes)
    form.check("certificate_number_pattern", check_certificate_pattern)
    warnings = form.finish()
    return store.save(form.apply()), warnings
