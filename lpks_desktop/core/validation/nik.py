"""NIK (Nomor Induk Kependudukan), the 16-digit number on the KTP.

The number checks themselves come from python-stdnum. What this module adds is
what goes wrong at an LPKS front desk: NIKs typed into an Excel cell formatted
as a number, where Excel keeps only 15 significant digits and shows
``3.17101E+15``, and forms whose birth date or sex disagree with the NIK.
"""

from __future__ import annotations

import functools

import numbers
import re
from datetime import date, datetime
from typing import Literal

from stdnum.exceptions import InvalidComponent
from stdnum.id import nik as stdnum_nik

from ..i18n import Text
from .dates import century_for, format_date_en, format_date_id
from .problems import REQUIRED, Checked, invalid, is_blank, shown, warning

_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+?[0-9]+", re.ASCII)
# str() of a float, as written by CSV exporters and pandas: "3171011708450000.0".
_FLOAT_TEXT = re.compile(r"[0-9]{12,}[.,]0+", re.ASCII)
_SEPARATORS = re.compile(r"[\s.\-]")

_SEX_WORDS = {"L": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "M": "L", "MALE": "L",
              "P": "P", "PEREMPUAN": "P", "W": "P", "WANITA": "P", "F": "P", "FEMALE": "P"}
_SEX_NAMES = {"L": ("laki-laki", "male"), "P": ("perempuan", "female")}

# Dukcapil province codes, including those newer than python-stdnum's region list
# (65 Kalimantan Utara, 2012; the Papua provinces 92, 93, 95 and 96 of 2022).
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
    "31", "32", "33", "34", "35", "36", "51", "52", "53",
    "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
    "81", "82", "91", "92", "93", "94", "95", "96",
})

EXCEL_NUMBER = Text(
    'NIK "{value}" tersimpan sebagai angka oleh Excel, sehingga digit terakhirnya '
    "hilang atau berubah. Format kolom NIK sebagai Teks, lalu ketik ulang NIK dari KTP.",
    'The NIK "{value}" was stored as a number by Excel, so its last digits were lost '
    "or changed. Format the NIK column as Text and retype the NIK from the ID card.",
)
NOT_DIGITS = Text(
    'NIK hanya boleh berisi angka, tertulis "{value}".',
    'A NIK may contain only digits, got "{value}".',
)
LENGTH = Text(
    'NIK harus 16 digit angka, tertulis {length} digit ("{value}").',
    'NIK must be 16 digits, got {length} ("{value}").',
)
BAD_DATE = Text(
    'Bagian tanggal lahir pada NIK "{value}" (digit ke-7 sampai 12: {part}) '
    "bukan tanggal yang benar.",
    'The birth-date part of the NIK "{value}" (digits 7 to 12: {part}) is not a valid date.',
)
BAD_REGION = Text(
    'Kode wilayah pada NIK "{value}" ({region}) tidak dikenal. Empat digit pertama '
    "NIK adalah kode provinsi dan kabupaten/kota.",
    'The region code in the NIK "{value}" ({region}) is unknown. The first four '
    "digits of a NIK are the province and regency/city code.",
)
UNLISTED_REGENCY = Text(
    'Kode kabupaten/kota {region} pada NIK "{value}" tidak ada dalam daftar wilayah yang '
    "dikenal aplikasi ini (daftar itu belum memuat semua pemekaran baru). Periksa NIK pada KTP.",
    'The regency/city code {region} in the NIK "{value}" is not in this program\'s list of '
    "regions (that list lacks some newly created regencies). Check the NIK on the ID card.",
)
BIRTH_MISMATCH = Text(
    "NIK {value} memuat tanggal lahir {nik_date} (hh-bb-tt), tetapi tanggal lahir yang "
    "diisi {given_id}. NIK tidak diganti bila tanggal lahir dikoreksi, jadi periksa KTP.",
    "The NIK {value} encodes the birth date {nik_date} (dd-mm-yy), but the birth date "
    "entered is {given_en}. A NIK is not reissued when a birth date is corrected, so "
    "check the ID card.",
)
SEX_MISMATCH = Text(
    "NIK {value} menunjukkan {nik_sex_id} (pada NIK perempuan tanggal lahir ditambah 40), "
    "tetapi jenis kelamin yang diisi {given_sex_id}.",
    "The NIK {value} indicates {nik_sex_en} (a woman's NIK adds 40 to the birth day), "
    "but the sex entered is {given_sex_en}.",
)


def check_nik(raw: object, *, field: str = "nik", birth_date: date | None = None,
              sex: str | None = None) -> Checked[str]:
    if is_blank(raw):
        return invalid(field, "required", REQUIRED)
    value = shown(raw)
    if _is_excel_number(raw):
        return invalid(field, "nik_excel_number", EXCEL_NUMBER.format(value=value))
    if isinstance(raw, bool) or not isinstance(raw, (str, numbers.Integral)):
        return invalid(field, "nik_not_digits", NOT_DIGITS.format(value=value))

    number = _SEPARATORS.sub("", str(raw))
    if not (number.isascii() and number.isdigit()):
        return invalid(field, "nik_not_digits", NOT_DIGITS.format(value=value))
    if len(number) != 16:
        return invalid(field, "nik_length", LENGTH.format(value=value, length=len(number)))
    if not _date_part_ok(number):
        return invalid(field, "nik_date", BAD_DATE.format(value=number, part=number[6:12]))
    problems = []
    if not _regency_listed(number[:4]):
        if number[:2] not in PROVINCE_CODES:
            return invalid(field, "nik_region", BAD_REGION.format(value=number, region=number[:4]))
        # The regency list lags behind new regencies; a real person must still be registrable.
        problems.append(warning(field, "nik_regency_unlisted",
                                UNLISTED_REGENCY.format(value=number, region=number[:4])))
    if birth_date is not None and (mismatch := _birth_mismatch(number, birth_date)):
        problems.append(warning(field, "nik_birth_date_mismatch", mismatch))
    if sex is not None and (mismatch := _sex_mismatch(number, sex)):
        problems.append(warning(field, "nik_sex_mismatch", mismatch))
    return Checked(number, tuple(problems))


def nik_birth_date(nik: str, *, today: date | None = None) -> date | None:
    """The birth date a NIK encodes, in the century that is not in the future."""
    number = _SEPARATORS.sub("", str(nik))
    if len(number) != 16 or not (number.isascii() and number.isdigit()):
        return None
    day, month, yy = _encoded_day(number), int(number[8:10]), int(number[10:12])
    try:
        year = century_for(yy, month, day, today=today or date.today())
        return date(year, month, day)
    except ValueError:
        return None


def nik_sex(nik: str) -> Literal["L", "P"]:
    """Return "L" (laki-laki) or "P" (perempuan): women's NIKs add 40 to the day."""
    number = _SEPARATORS.sub("", str(nik))
    if len(number) != 16 or not (number.isascii() and number.isdigit()):
        raise ValueError(f"not a 16-digit NIK: {nik!r}")
    return "P" if int(number[6:8]) > 40 else "L"


def _is_excel_number(raw: object) -> bool:
    if isinstance(raw, bool):
        return False
    if isinstance(raw, numbers.Integral):
        # Excel keeps 15 significant digits, so a 16-digit NIK that went
        # through a number cell always ends in 0 and its real last digit is lost.
        text = str(raw)
        return len(text) == 16 and text.endswith("0")
    if isinstance(raw, numbers.Real):
        return True  # any float means the cell was numeric; never trust it
    if isinstance(raw, str):
        text = raw.strip()
        return bool(_SCIENTIFIC.fullmatch(text) or _FLOAT_TEXT.fullmatch(text))
    return False


def _encoded_day(number: str) -> int:
    day = int(number[6:8])
    return day - 40 if day > 40 else day


@functools.lru_cache(maxsize=2048)
def _regency_listed(region: str) -> bool:
    """Whether stdnum knows the province+regency code. The date part is checked (more strictly)
    by ``_date_part_ok``, so stdnum is asked about the region alone, once per region: its own
    checks clean the number several times over, which dominated imports of thousands of rows."""
    try:
        stdnum_nik.validate(f"{region}01010190" + "0001")
    except InvalidComponent:
        return False
    return True


def _date_part_ok(number: str) -> bool:
    # stdnum reads the day modulo 40, which would let 81-91 through; only
    # 01-31 (men) and 41-71 (women) are issued.
    raw_day = int(number[6:8])
    if not (1 <= raw_day <= 31 or 41 <= raw_day <= 71):
        return False
    # The day and month must exist in 19yy or 20yy (29 February only in a leap year), as stdnum
    # checks it; done here directly, since this runs for every row of an import.
    day, month, yy = _encoded_day(number), int(number[8:10]), int(number[10:12])
    for year in (1900 + yy, 2000 + yy):
        try:
            date(year, month, day)
            return True
        except ValueError:
            pass
    return False


def _birth_mismatch(number: str, birth_date: date) -> Text | None:
    if isinstance(birth_date, datetime):
        birth_date = birth_date.date()
    encoded = (_encoded_day(number), int(number[8:10]), int(number[10:12]))
    if encoded == (birth_date.day, birth_date.month, birth_date.year % 100):
        return None
    return BIRTH_MISMATCH.format(
        value=number, nik_date="{:02d}-{:02d}-{:02d}".format(*encoded),
        given_id=format_date_id(birth_date), given_en=format_date_en(birth_date))


def _sex_mismatch(number: str, sex: str) -> Text | None:
    given = _SEX_WORDS.get(" ".join(str(sex).upper().split()))
    if given is None:
        return None  # blank or unknown: nothing to compare against
    encoded = nik_sex(number)
    if given == encoded:
        return None
    return SEX_MISMATCH.format(
        value=number, nik_sex_id=_SEX_NAMES[encoded][0], nik_sex_en=_SEX_NAMES[encoded][1],
        given_sex_id=_SEX_NAMES[given][0], given_sex_en=_SEX_NAMES[given][1])
