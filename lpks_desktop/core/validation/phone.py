"""Indonesian phone numbers, stored in one form (E.164, ``+6281234567890``).

Clerks write the same number as 0812-3456-7890, 62812..., +62 812... or
(0812) 3456 7890, and Excel drops the leading 0 when the column is numeric.
Storing a single form lets duplicates be found and WhatsApp links be built.
"""

from __future__ import annotations

import numbers
import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers

from ..i18n import Text
from .problems import REQUIRED, Checked, invalid, is_blank, shown

REGION = "ID"

# Checked before phonenumbers sees the text, because it would otherwise read
# letters as a keypad ("0812-CALL-ME") and accept them.
_ALLOWED = re.compile(r"\+?[0-9 ().\-/]+", re.ASCII)
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+?[0-9]+", re.ASCII)
# Mobile numbers without trunk 0 are 8 followed by 8 to 11 digits
# (phonenumbers' ID mobile pattern). A number of that shape that starts with
# 8 is an 08... number whose 0 Excel dropped, since no area code starts with 8.
_MOBILE_NSN_LENGTHS = range(9, 13)

EXAMPLE = "0812-3456-7890"
BAD_CHARACTERS = Text(
    'Nomor telepon "{value}" berisi karakter selain angka, spasi, tanda -, tanda kurung '
    "atau + di depan. Contoh: {example}.",
    'The phone number "{value}" contains characters other than digits, spaces, -, '
    "brackets or a leading +. Example: {example}.",
)
NOT_VALID = Text(
    'Nomor telepon "{value}" ({digits} digit) bukan nomor Indonesia yang benar. '
    "Contoh: {example}.",
    'The phone number "{value}" ({digits} digits) is not a valid Indonesian number. '
    "Example: {example}.",
)
FOREIGN = Text(
    'Nomor telepon "{value}" adalah nomor luar negeri (kode negara +{country}); '
    "hanya nomor Indonesia yang diterima.",
    'The phone number "{value}" is a foreign number (country code +{country}); '
    "only Indonesian numbers are accepted.",
)
EXCEL_NUMBER = Text(
    'Nomor telepon "{value}" tersimpan sebagai angka oleh Excel dan digitnya terpotong. '
    "Format kolom sebagai Teks, lalu ketik ulang nomornya.",
    'The phone number "{value}" was stored as a number by Excel and lost digits. '
    "Format the column as Text and retype the number.",
)


def check_phone(raw: object, *, field: str = "phone", required: bool = False) -> Checked[str]:
    if is_blank(raw):
        return invalid(field, "required", REQUIRED) if required else Checked(None)
    value = shown(raw)
    text = _as_text(raw)
    if text is not None and _SCIENTIFIC.fullmatch(text):
        return invalid(field, "phone_excel_number", EXCEL_NUMBER.format(value=value))
    if text is not None and not _ALLOWED.fullmatch(text):
        return invalid(field, "phone_invalid",
                       BAD_CHARACTERS.format(value=value, example=EXAMPLE))
    import phonenumbers  # ~60 ms of metadata: loaded at the first number, not at start-up
    from phonenumbers import PhoneNumberFormat

    number = _parse(text) if text is not None else None
    if number is None or not phonenumbers.is_valid_number(number):
        digits = sum(c in "0123456789" for c in value)
        return invalid(field, "phone_invalid",
                       NOT_VALID.format(value=value, digits=digits, example=EXAMPLE))
    if phonenumbers.region_code_for_number(number) != REGION:
        return invalid(field, "phone_not_indonesian",
                       FOREIGN.format(value=value, country=number.country_code))
    return Checked(phonenumbers.format_number(number, PhoneNumberFormat.E164))


def format_phone_local(e164: str) -> str:
    """The stored number as clerks write it: ``0812-3456-7890``, ``(021) 5551234``.

    Falls back to the input unchanged, so a legacy value still shows.
    """
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        number = phonenumbers.parse(e164, REGION)
    except NumberParseException:
        return e164
    if not phonenumbers.is_valid_number(number):
        return e164
    if phonenumbers.region_code_for_number(number) != REGION:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def _parse(text: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers
    from phonenumbers import NumberParseException

    digits = re.sub(r"[^0-9]", "", text)
    if text.startswith("+") or digits.startswith("62"):
        candidate = "+" + digits
    elif digits.startswith("8") and len(digits) in _MOBILE_NSN_LENGTHS:
        candidate = "+62" + digits
    else:
        candidate = digits
    try:
        return phonenumbers.parse(candidate, REGION)
    except NumberParseException:
        return None


def _as_text(raw: object) -> str | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, numbers.Integral):
        return str(raw)
    if isinstance(raw, numbers.Real):
        # A numeric Excel cell arrives as 81234567890.0; a fraction means it
        # was never a phone number.
        return str(int(raw)) if float(raw).is_integer() else None
    if isinstance(raw, str):
        return raw.strip()
    return None
