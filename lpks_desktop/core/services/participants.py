"""Finding, listing and saving participants."""

from __future__ import annotations

import re
from datetime import date

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import Education, Employment, Enrollment, Participant, TrainingClass
from ..validation import Checked, check_birth_date, check_nik
from ..validation.problems import error, is_blank
from .listing import Listing, ListRequest, contains, starts_with
from .participant_profile import participant_profile
from .record_fields import labels
from .record_forms import Form, editable_copy
from .records import choice, optional_email, phone_number, unlabelled

__all__ = ["ParticipantListing", "check_sex", "find_person", "participant_profile",
           "person_condition", "save_participant", "search_condition"]

_DIGITS = re.compile(r"[\d\s\-+().]+")


class ParticipantListing(Listing):
    """Participants, searched by name, NIK or phone number.

    Filters: ``institution_id`` (has a class there), ``archived`` (True/False;
    absent means active only), ``sex`` ("L"/"P").
    """

    model = Participant
    keys = ("nik", "full_name", "sex", "birth_date", "city", "phone", "archived")
    default_sort = "full_name"

    def columns(self) -> dict[str, peewee.Node]:
        return {key: getattr(Participant, key) for key in self.keys}

    def apply_filters(self, query, request: ListRequest):
        filters = request.filters
        query = query.where(Participant.archived == bool(filters.get("archived", False)))
        if filters.get("sex") in ("L", "P"):
            query = query.where(Participant.sex == filters["sex"])
        if filters.get("institution_id"):
            # IN, not a correlated EXISTS: the database builds the set of ids once
            # (milliseconds) instead of probing per participant (seconds at 100,000).
            enrolled_there = (Enrollment.select(Enrollment.participant)
                              .join(TrainingClass)
                              .where(TrainingClass.institution == filters["institution_id"]))
            query = query.where(Participant.id.in_(enrolled_there))
        return query

    def apply_search(self, query, text: str):
        return query.where(search_condition(text))


def search_condition(text: str) -> peewee.Expression:
    """Name contains the text; or, for digits, the NIK or the phone number contains them."""
    return person_condition(text, Participant.full_name, Participant.nik, Participant.phone)


def person_condition(text: str, name: peewee.Field, nik: peewee.Field,
                     phone: peewee.Field) -> peewee.Expression:
    """Name contains the text; or, for digits, the NIK or the phone number contains them.

    Phones are stored as +62812...; a clerk types 0812-..., so a leading 0 is
    searched as 62.
    """
    digits = re.sub(r"\D", "", text) if _DIGITS.fullmatch(text) else ""
    if not digits:
        return contains(name, text)
    # Names hold no digits: a digits-only search looks at the NIK and the phone alone,
    # one LIKE fewer per row on a list of 100,000.
    number = "62" + digits[1:] if digits.startswith("0") else digits
    phone_match = starts_with(phone, "+" + number) if number.startswith("62") else contains(phone, number)
    return contains(nik, digits) | phone_match


LABELS = labels(
    "nik", "full_name", "sex", "address", "village", "district", "city", "province", "phone",
    "email",
    birth_place=("Tempat lahir", "Place of birth"),
    birth_date=("Tanggal lahir", "Date of birth"),
    education=("Pendidikan terakhir", "Last education"),
    employment=("Status pekerjaan", "Employment status"),
    prakerja_card_number=("Nomor kartu Prakerja", "Prakerja card number"),
    notes=("Catatan", "Notes"),
)
_PLAIN_TEXT = ("birth_place", "address", "village", "district", "city", "province", "notes")
_SEX_WORDS = {"l": "L", "laki-laki": "L", "laki laki": "L", "pria": "L",
              "p": "P", "perempuan": "P", "wanita": "P"}
_SEPARATORS = re.compile(r"[\s.\-]")
BAD_CARD = Text(
    '{label_id} harus 16 digit angka, tertulis "{value}".',
    '{label_en} must be 16 digits, got "{value}".',
)


def check_sex(value, field: str, label_id: str, label_en: str, *,
              required: bool = True) -> Checked[str]:
    """"L" or "P"; the words on a KTP (laki-laki, perempuan) are read too."""
    if not is_blank(value):
        value = _SEX_WORDS.get(" ".join(str(value).lower().split()), value)
    return choice(value, field, label_id, label_en, ("L", "P"), required=required)


def check_prakerja_card(value, field: str, label_id: str, label_en: str) -> Checked[str]:
    if is_blank(value):
        return Checked(None)
    number = _SEPARATORS.sub("", str(value))
    if not (len(number) == 16 and number.isascii() and number.isdigit()):
        return Checked(None, (error(field, "prakerja_card_invalid", BAD_CARD.format(
            label_id=label_id, label_en=label_en, value=str(value).strip())),))
    return Checked(number)


def save_participant(store, values: dict, instance: Participant | None = None, *,
                     today: date | None = None):
    """Check and save one participant; returns ``(participant, warnings)``.

    A NIK whose birth date or sex disagrees with the form is a warning, not an
    error: NIKs are not reissued when a birth date is corrected.
    """
    require(Action.EDIT_PARTICIPANTS)
    form = Form(editable_copy(Participant, instance), values, LABELS)
    form.text("full_name", required=True, collapse=True)
    sex = form.check("sex", check_sex)
    born = form.check("birth_date", unlabelled(check_birth_date), today=today, required=False)
    nik = form.check("nik", unlabelled(check_nik), birth_date=born, sex=sex)
    if nik and (other := form.clash(Participant, Participant.nik == nik)):
        form.refuse_taken("nik", nik, f'"{other.full_name}"')
    for key in _PLAIN_TEXT:
        form.text(key)
    form.check("phone", phone_number)
    form.check("email", optional_email)
    form.check("education", choice, allowed=Education.values(), required=False)
    form.check("employment", choice, allowed=Employment.values(), required=False)
    form.check("prakerja_card_number", check_prakerja_card)
    warnings = form.finish()
    return store.save(form.apply()), warnings


def find_person(text: str, limit: int = 20) -> list[dict]:
    """The quick search over every participant (archived too, flagged): by name, NIK or phone."""
    require(Action.VIEW_RECORDS)
    text = " ".join(text.split())
    if not text:
        return []
    query = (Participant.select(Participant.id, Participant.full_name, Participant.nik,
                                Participant.sex, Participant.birth_date, Participant.phone,
                                Participant.city, Participant.archived)
             .where(search_condition(text))
             .order_by(Participant.archived, Participant.full_name, Participant.id)
             .limit(limit))
    return [{"id": p.id, "full_name": p.full_name, "nik": p.nik, "sex": p.sex,
             "birth_date": p.birth_date, "phone": p.phone, "city": p.city,
             "archived": p.archived} for p in query]
