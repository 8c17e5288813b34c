"""Checks for the plain fields of record forms: text, numbers, choices, e-mail, images.

Each returns a ``Checked`` like the validators in ``core.validation``; the
message names the field by its label in both languages, as the form shows it.
"""

from __future__ import annotations

import dataclasses

import numbers
import re
from decimal import Decimal, InvalidOperation
from typing import Iterable, Mapping

from ..i18n import Text
from ..models import BaseModel
from ..validation import Checked, Problem, check_phone
from ..validation.problems import error, is_blank, shown

# field key -> (Indonesian label, English label)
Labels = Mapping[str, tuple[str, str]]

# Fields several forms share, worded alike everywhere.
SHARED_LABELS = {
    "institution": ("Lembaga", "Institution"),
    "full_name": ("Nama lengkap", "Full name"),
    "nik": ("NIK", "NIK"),
    "sex": ("Jenis kelamin", "Sex"),
    "address": ("Alamat", "Address"),
    "village": ("Desa/kelurahan", "Village"),
    "district": ("Kecamatan", "District"),
    "city": ("Kabupaten/kota", "Regency/city"),
    "province": ("Provinsi", "Province"),
    "phone": ("Telepon", "Phone"),
    "email": ("E-mail", "E-mail"),
    "unit_code": ("Kode unit", "Unit code"),
    "unit_title": ("Judul unit", "Unit title"),
}


def labels(*shared: str, **own: tuple[str, str]) -> dict[str, tuple[str, str]]:
    """A form's labels: the ``shared`` ones by key, then its ``own``."""
    return {**{key: SHARED_LABELS[key] for key in shared}, **own}

REQUIRED = Text("{label_id} wajib diisi.", "{label_en} is required.")
TOO_LONG = Text(
    "{label_id} terlalu panjang: {length} karakter, paling banyak {max}.",
    "{label_en} is too long: {length} characters, at most {max}.",
)
NOT_WHOLE = Text(
    '{label_id} harus bilangan bulat, tertulis "{value}".',
    '{label_en} must be a whole number, got "{value}".',
)
NOT_AMOUNT = Text(
    '{label_id} harus berupa angka, tertulis "{value}".',
    '{label_en} must be a number, got "{value}".',
)
TOO_SMALL = Text(
    "{label_id} paling sedikit {minimum}, tertulis {value}.",
    "{label_en} must be at least {minimum}, got {value}.",
)
TOO_LARGE = Text(
    "{label_id} paling banyak {maximum}, tertulis {value}.",
    "{label_en} must be at most {maximum}, got {value}.",
)
NOT_CHOICE = Text(
    '{label_id} "{value}" tidak dikenal; pilih salah satu dari: {allowed}.',
    '{label_en} "{value}" is not known; choose one of: {allowed}.',
)
BAD_EMAIL = Text(
    '{label_id} "{value}" bukan alamat e-mail yang benar (contoh: nama@contoh.co.id).',
    '{label_en} "{value}" is not a valid e-mail address (e.g. name@example.co.id).',
)
IMAGE_TOO_LARGE = Text(
    "{label_id} terlalu besar ({size_kb} KB); paling besar {max_kb} KB. Perkecil gambarnya dulu.",
    "{label_en} is too large ({size_kb} KB); at most {max_kb} KB. Make the picture smaller first.",
)
NOT_IMAGE = Text(
    "{label_id} harus gambar PNG atau JPEG.",
    "{label_en} must be a PNG or JPEG picture.",
)

NO_SUCH_RECORD = Text(
    "{label_id} yang dipilih tidak ada (mungkin sudah dihapus).",
    "The chosen {label_en} does not exist (it may have been deleted).",
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_WHOLE = re.compile(r"[+-]?\d+")
# Rupiah as written in Indonesia: 150.000 or 150.000,50; also plain 150000.5.
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
MAX_IMAGE_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _fail(field: str, code: str, text: Text, label_id: str, label_en: str, **params) -> Checked:
    return Checked(None, (error(field, code, text.format(label_id=label_id, label_en=label_en,
                                                         **params)),))


def optional_text(value, field: str, label_id: str, label_en: str, *,
                  max_length: int | None = None, collapse: bool = False) -> Checked[str]:
    """Text as typed, trimmed ("" when blank); ``collapse`` also squeezes inner runs of spaces."""
    if is_blank(value):
        return Checked("")
    text = " ".join(str(value).split()) if collapse else str(value).strip()
    if max_length and len(text) > max_length:
        return _fail(field, "too_long", TOO_LONG, label_id, label_en, length=len(text),
                     max=max_length)
    return Checked(text)


def required_text(value, field: str, label_id: str, label_en: str, *,
                  max_length: int | None = None, collapse: bool = False) -> Checked[str]:
    if is_blank(value):
        return _fail(field, "required", REQUIRED, label_id, label_en)
    return optional_text(value, field, label_id, label_en, max_length=max_length,
                         collapse=collapse)


def whole_number(value, field: str, label_id: str, label_en: str, *, minimum: int | None = 0,
                 maximum: int | None = None, required: bool = True) -> Checked[int]:
    if is_blank(value):
        return _fail(field, "required", REQUIRED, label_id, label_en) if required else Checked(None)
    if isinstance(value, bool):
        number = None
    elif isinstance(value, numbers.Integral):
        number = int(value)
    elif isinstance(value, numbers.Real) and float(value).is_integer():
        number = int(value)
    elif isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        number = None
    if number is None:
        return _fail(field, "not_whole_number", NOT_WHOLE, label_id, label_en, value=shown(value))
    return _in_range(number, field, label_id, label_en, minimum, maximum)


def positive_int(value, field: str, label_id: str, label_en: str, *, minimum: int = 1,
                 maximum: int | None = None, required: bool = True) -> Checked[int]:
    return whole_number(value, field, label_id, label_en, minimum=minimum, maximum=maximum,
                        required=required)


def decimal_amount(value, field: str, label_id: str, label_en: str, *,
                   minimum: Decimal | int | None = 0, required: bool = False) -> Checked[Decimal]:
    """An amount such as a fee, typed the Indonesian way (150.000,50) or plainly (150000.5)."""
    if is_blank(value):
        return _fail(field, "required", REQUIRED, label_id, label_en) if required else Checked(None)
    amount = None
    if isinstance(value, (numbers.Real, Decimal)) and not isinstance(value, bool):
        amount = Decimal(str(value))
    elif isinstance(value, str):
        text = value.strip().removeprefix("Rp").removeprefix("rp").strip().replace(" ", "")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif _THOUSANDS.fullmatch(text):
            text = text.replace(".", "")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            amount = None
    if amount is None or not amount.is_finite():
        return _fail(field, "not_number", NOT_AMOUNT, label_id, label_en, value=shown(value))
    return _in_range(amount, field, label_id, label_en, minimum, None)


def _in_range(number, field, label_id, label_en, minimum, maximum) -> Checked:
    if minimum is not None and number < minimum:
        return _fail(field, "too_small", TOO_SMALL, label_id, label_en, minimum=minimum,
                     value=number)
    if maximum is not None and number > maximum:
        return _fail(field, "too_large", TOO_LARGE, label_id, label_en, maximum=maximum,
                     value=number)
    return Checked(number)


def choice(value, field: str, label_id: str, label_en: str, allowed: Iterable[str], *,
           required: bool = True) -> Checked[str]:
    """One of ``allowed`` codes (any case); None when blank and not required."""
    allowed = tuple(allowed)
    if is_blank(value):
        return _fail(field, "required", REQUIRED, label_id, label_en) if required else Checked(None)
    text = str(value).strip()
    for code in allowed:
        if text.lower() == code.lower():
            return Checked(code)
    return _fail(field, "not_a_choice", NOT_CHOICE, label_id, label_en, value=shown(value),
                 allowed=", ".join(allowed))


def optional_email(value, field: str, label_id: str, label_en: str, *,
                   max_length: int = 200) -> Checked[str]:
    checked = optional_text(value, field, label_id, label_en, max_length=max_length)
    if checked.value and not _EMAIL.fullmatch(checked.value):
        return _fail(field, "email_invalid", BAD_EMAIL, label_id, label_en, value=checked.value)
    return checked


def image_bytes(value, field: str, label_id: str, label_en: str) -> Checked[bytes]:
    """A logo or signature: PNG or JPEG (judged by content, not by a file name), at most 2 MB."""
    if value is None or value == b"":
        return Checked(None)
    if not isinstance(value, (bytes, bytearray, memoryview)):
        return _fail(field, "not_image", NOT_IMAGE, label_id, label_en)
    data = bytes(value)
    if len(data) > MAX_IMAGE_BYTES:
        return _fail(field, "image_too_large", IMAGE_TOO_LARGE, label_id, label_en,
                     size_kb=-(-len(data) // 1024), max_kb=MAX_IMAGE_BYTES // 1024)
    if not data.startswith(_IMAGE_MAGIC):
        return _fail(field, "not_image", NOT_IMAGE, label_id, label_en)
    return Checked(data)


def reference(value, field: str, label_id: str, label_en: str, model) -> Checked[int]:
    """The id of an existing ``model`` record, given as an id or as the record itself."""
    if isinstance(value, BaseModel):
        value = value.get_id()
    checked = whole_number(value, field, label_id, label_en, minimum=None)
    if checked.ok and not model.select().where(model.id == checked.value).exists():
        return _fail(field, "no_such_record", NO_SUCH_RECORD, label_id, label_en)
    return checked


def phone_number(value, field: str, label_id: str, label_en: str) -> Checked[str]:
    """``check_phone``'s E.164 form, or "" for no number, as the phone columns hold it."""
    checked = check_phone(value, field=field)
    return Checked("") if checked.ok and checked.value is None else checked


def unlabelled(check):
    """A ``core.validation`` check (which names the field in its own words) in the forms' call shape."""
    def adapted(value, field: str, label_id: str, label_en: str, **options) -> Checked:
        checked = check(value, field=field, **options)
        # Their messages name the field by its key ("birth_date: ..."); people read its label.
        return Checked(checked.value, tuple(
            _fail(field, p.code, REQUIRED, label_id, label_en).problems[0]
            if p.code == "required" else _with_label(p, label_id, label_en)
            for p in checked.problems))
    return adapted


def _with_label(problem: Problem, label_id: str, label_en: str) -> Problem:
    text = problem.text
    if "{field}" not in text.id and "{field}" not in text.en:
        return problem
    params = {key: value for key, value in text.params.items() if key != "field"}
    return dataclasses.replace(problem, text=Text(
        text.id.replace("{field}", label_id), text.en.replace("{field}", label_en), params))


DUPLICATE_ROW = Text(
    '{label_id}: "{value}" sudah ada di baris {other}.',
    '{label_en}: "{value}" already appears in row {other}.',
)


def duplicate_row(field: str, label_id: str, label_en: str, value, other_index: int):
    return error(field, "duplicate", DUPLICATE_ROW.format(label_id=label_id, label_en=label_en,
                                                          value=value, other=other_index + 1))
