"""Dates as clerks type them and as spreadsheets deliver them.

Everything is read day first: Indonesian paperwork never writes the month
first, so ``03/04/2026`` is 3 April, even though Excel in an en-US setup may
show it otherwise. Month and weekday names are spelled out here rather than
taken from the OS locale, because a clerk's Windows is often set to English
while the paperwork is in Bahasa Indonesia.
"""

from __future__ import annotations

import calendar
import math
import numbers
import re
from datetime import date, datetime, timedelta

from ..i18n import Text
from .problems import REQUIRED, Checked, invalid, is_blank, shown, warning

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
             "Agustus", "September", "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
               "Saturday", "Sunday")

# Abbreviations and old spellings seen on forms and older KTPs (Pebruari,
# Nopember) besides the full names in both languages.
_MONTH_WORDS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTHS_ID, 1)},
    **{name.lower(): i for i, name in enumerate(MONTHS_EN, 1)},
    **{name[:3].lower(): i for i, name in enumerate(MONTHS_ID, 1)},
    **{name[:3].lower(): i for i, name in enumerate(MONTHS_EN, 1)},
    "pebruari": 2, "peb": 2, "agt": 8, "ags": 8, "agust": 8, "sept": 9,
    "nopember": 11, "nop": 11,
}
_WEEKDAY_WORDS = {w.lower() for w in WEEKDAYS_ID + WEEKDAYS_EN} | {"jum'at", "ahad"}

# How far ahead a two-digit year may land before it is read as last century.
# Birth dates use 0 (nobody is born in the future, the same rule as the NIK);
# other dates allow course schedules a few years ahead.
TWO_DIGIT_YEAR_FUTURE = 10

_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME, re.ASCII)
_DMY = re.compile(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|\d{2})" + _TIME, re.ASCII)
_NAMED = re.compile(r"(\d{1,2})[ ./-]*([a-z]+)[ ./,-]*(\d{4}|\d{2})", re.ASCII)
_WEEKDAY_PREFIX = re.compile(r"([a-z']+),? (.*)")

# Excel's 1900 date system (the Windows default; the Mac 1904 system is not
# handled). Serial 60 is 29 February 1900, a day that never existed but that
# Excel keeps for Lotus 1-2-3 compatibility, so serials after it are one off.
EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_EXCEL_EPOCH = date(1899, 12, 30)

UNRECOGNISED = Text(
    '{field}: "{value}" bukan tanggal yang dikenali. Tulis tanggal lebih dulu, '
    "misalnya 28/11/2026 atau 28 November 2026.",
    '{field}: "{value}" is not a recognised date. Write the day first, '
    "e.g. 28/11/2026 or 28 November 2026.",
)
UNKNOWN_MONTH = Text(
    '{field}: nama bulan "{month}" pada "{value}" tidak dikenal.',
    '{field}: the month name "{month}" in "{value}" is not recognised.',
)
NO_SUCH_MONTH = Text(
    '{field}: "{value}" bukan tanggal yang benar, karena tidak ada bulan ke-{month}. '
    "Tulis tanggal lebih dulu, lalu bulan.",
    '{field}: "{value}" is not a real date: there is no month {month}. '
    "Write the day first, then the month.",
)
NO_SUCH_DAY = Text(
    '{field}: "{value}" bukan tanggal yang benar, karena {month_id} {year} '
    "hanya punya {days} hari.",
    '{field}: "{value}" is not a real date: {month_en} {year} has only {days} days.',
)
EXCEL_LEAP_BUG = Text(
    "{field}: angka tanggal Excel {value} berarti 29 Februari 1900, tanggal yang "
    "tidak pernah ada. Ketik ulang tanggalnya.",
    "{field}: the Excel date number {value} means 29 February 1900, a date that "
    "never existed. Retype the date.",
)
SERIAL_RANGE = Text(
    "{field}: angka {value} bukan tanggal Excel (harus antara 1 dan {max}).",
    "{field}: the number {value} is not an Excel date (must be between 1 and {max}).",
)
BIRTH_FUTURE = Text(
    "{field}: tanggal lahir {date_id} ada di masa depan.",
    "{field}: the birth date {date_en} is in the future.",
)
BIRTH_AGE = Text(
    "{field}: dengan tanggal lahir {date_id} umurnya {age} tahun. Periksa lagi "
    "tanggal lahirnya.",
    "{field}: the birth date {date_en} gives an age of {age} years. Check the "
    "birth date again.",
)


def format_date_id(d: date, with_weekday: bool = False) -> str:
    text = f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    return f"{WEEKDAYS_ID[d.weekday()]}, {text}" if with_weekday else text


def format_date_en(d: date, with_weekday: bool = False) -> str:
    text = f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{WEEKDAYS_EN[d.weekday()]}, {text}" if with_weekday else text


def century_for(yy: int, month: int, day: int, *, today: date,
                future_years: int = 0) -> int:
    """The four-digit year for a two-digit one: this century unless that lands
    more than ``future_years`` after ``today``, then the previous one."""
    limit = _years_after(today, future_years)
    try:
        if date(2000 + yy, month, day) <= limit:
            return 2000 + yy
    except ValueError:
        pass  # no such day in 20yy; 19yy fails too and the caller reports it
    return 1900 + yy


def parse_date(raw: object, *, field: str = "date", required: bool = False,
               today: date | None = None) -> Checked[date]:
    return _parse(raw, field, required, today or date.today(), TWO_DIGIT_YEAR_FUTURE)


def check_birth_date(raw: object, *, field: str = "birth_date",
                     today: date | None = None, required: bool = True) -> Checked[date]:
    today = today or date.today()
    checked = _parse(raw, field, required, today, 0)
    born = checked.value
    if born is None:
        return checked
    params = {"date_id": format_date_id(born), "date_en": format_date_en(born),
              "value": shown(raw)}
    if born > today:
        return invalid(field, "birth_date_future", BIRTH_FUTURE.format(**params))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if not 10 <= age <= 100:
        # Trainees are adults, but a 9-year-old or a 101-year-old is possible
        # in principle; more often it is a typo in the year, so only warn.
        return Checked(born, (warning(field, "birth_date_unlikely_age",
                                      BIRTH_AGE.format(age=age, **params)),))
    return checked


def _parse(raw: object, field: str, required: bool, today: date,
           future_years: int) -> Checked[date]:
    if is_blank(raw):
        return invalid(field, "required", REQUIRED) if required else Checked(None)
    if isinstance(raw, datetime):
        return Checked(raw.date())
    if isinstance(raw, date):
        return Checked(raw)
    if isinstance(raw, numbers.Real) and not isinstance(raw, bool):
        return _from_serial(raw, field)
    if not isinstance(raw, str):
        return invalid(field, "date_unrecognised", UNRECOGNISED.format(value=shown(raw)))
    return _from_text(raw, field, today, future_years)


def _from_serial(serial: numbers.Real, field: str) -> Checked[date]:
    value = shown(serial)
    if not 1 <= serial < EXCEL_MAX_SERIAL + 1:
        return invalid(field, "date_serial_range",
                       SERIAL_RANGE.format(value=value, max=EXCEL_MAX_SERIAL))
    days = math.floor(serial)  # a fraction is the time of day
    if days == 60:
        return invalid(field, "date_invalid", EXCEL_LEAP_BUG.format(value=value))
    if days < 60:
        days += 1
    return Checked(_EXCEL_EPOCH + timedelta(days=days))


def _from_text(raw: str, field: str, today: date, future_years: int) -> Checked[date]:
    value = shown(raw)
    text = " ".join(raw.lower().split())
    prefix = _WEEKDAY_PREFIX.fullmatch(text)
    if prefix and prefix[1] in _WEEKDAY_WORDS:
        text = prefix[2]
    if m := _ISO.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        return _build(year, month, day, field, value)
    if m := _DMY.fullmatch(text):
        day, month, year_text = int(m[1]), int(m[3]), m[4]
    elif m := _NAMED.fullmatch(text):
        day, year_text = int(m[1]), m[3]
        month = _MONTH_WORDS.get(m[2], 0)
        if not month:
            return invalid(field, "date_unrecognised",
                           UNKNOWN_MONTH.format(value=value, month=m[2]))
    else:
        return invalid(field, "date_unrecognised", UNRECOGNISED.format(value=value))
    year = int(year_text)
    if len(year_text) == 2:
        year = century_for(year, month, day, today=today, future_years=future_years)
    return _build(year, month, day, field, value)


def _build(year: int, month: int, day: int, field: str, value: str) -> Checked[date]:
    if not 1 <= month <= 12:
        return invalid(field, "date_invalid", NO_SUCH_MONTH.format(value=value, month=month))
    if year < 1:
        return invalid(field, "date_unrecognised", UNRECOGNISED.format(value=value))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return invalid(field, "date_invalid", NO_SUCH_DAY.format(
            value=value, month_id=MONTHS_ID[month - 1], month_en=MONTHS_EN[month - 1],
            year=year, days=days))
    return Checked(date(year, month, day))


def _years_after(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February into a non-leap year
        return d.replace(year=d.year + years, day=28)
