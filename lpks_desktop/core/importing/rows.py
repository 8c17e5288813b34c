"""Checking one row of a registrant list with the same rules as the participant form.

The checks are the form's own (``core.validation`` and the participant
service's), so a row the import accepts is a record the form would accept.
What is added here is what only spreadsheets do: numbers where text belongs
(NIK and card numbers damaged by Excel, phones that lost their 0, dates as
day numbers), a place and date of birth in one cell, a tick under "L" or "P",
and sex left out where the NIK tells it.
"""

from __future__ import annotations

import functools

import datetime as dt
import re
from dataclasses import dataclass, field

from ..i18n import Text
from ..models import Education, Employment, Participant
from ..services.participants import check_prakerja_card, check_sex
from ..services.record_fields import (
    choice,
    optional_email,
    optional_text,
    phone_number,
    required_text,
    unlabelled,
)
from ..validation import Checked, Problem, check_birth_date, check_nik, nik_sex
from ..validation.problems import error, shown, warning
from .headers import FIELD_LABELS, Header
from .problems import ImportProblem, placed
from .vocabulary import EDUCATION_WORDS, EMPLOYMENT_WORDS, education_code, employment_code, sex_code

_TEXT_FIELDS = ("birth_place", "address", "village", "district", "city", "province", "notes")
_MAX_LENGTH = {name: getattr(Participant._meta.fields[name], "max_length", None)
               for name in _TEXT_FIELDS + ("full_name",)}
_EXACT_FLOAT = 2 ** 53  # floats below hold every integer exactly
_PLACE_AND_DATE = re.compile(r"\s*(.*?)\s*[,;]?\s*(\d{1,2}\s*[-/. ]\s*\S.*)\s*", re.DOTALL)

NIK_NUMBER_CELL = Text(
    "NIK {value} tersimpan sebagai angka. Angkanya masih utuh, tetapi Excel akan merusaknya bila "
    "berkas disimpan lagi: format kolom NIK sebagai Teks.",
    "The NIK {value} is stored as a number. It is still intact, but Excel will damage it when "
    "the file is saved again: format the NIK column as Text.",
)
SEX_FROM_NIK = Text(
    "Jenis kelamin kosong; diambil dari NIK: {sex_id}.",
    "Sex is blank; taken from the NIK: {sex_en}.",
)
SEX_TWO_MARKS = Text(
    "Kolom L dan kolom P sama-sama diisi; isi salah satu saja.",
    "Both the L and the P column are filled in; fill in only one.",
)
SEX_UNKNOWN = Text(
    "Jenis kelamin kosong dan NIK tidak dapat dibaca; isi L atau P.",
    "Sex is blank and the NIK cannot be read; fill in L or P.",
)
CARD_EXCEL_NUMBER = Text(
    'Nomor kartu Prakerja "{value}" tersimpan sebagai angka oleh Excel, sehingga digit terakhirnya '
    "hilang atau berubah. Format kolom sebagai Teks, lalu ketik ulang nomornya.",
    'The Prakerja card number "{value}" was stored as a number by Excel, so its last digits were '
    "lost or changed. Format the column as Text and retype the number.",
)
CODE_EXCEL_NUMBER = Text(
    'Kode redeem "{value}" tersimpan sebagai angka oleh Excel dan digitnya terpotong. Format kolom '
    "sebagai Teks, lalu ketik ulang kodenya.",
    'The redeem code "{value}" was stored as a number by Excel and lost digits. Format the column '
    "as Text and retype the code.",
)
BAD_CODE = Text(
    'Kode redeem "{value}" tidak sah: hanya huruf dan angka, 4 sampai 40 karakter.',
    'The redeem code "{value}" is not valid: letters and digits only, 4 to 40 characters.',
)
UNKNOWN_EDUCATION = Text(
    'Pendidikan terakhir "{value}" tidak dikenal. Tulis misalnya: Tidak sekolah, SD, SMP, '
    "SMA/SMK, D1, D2, D3, S1/D4, S2, S3.",
    'The last education "{value}" is not recognised. Write e.g.: Tidak sekolah, SD, SMP, SMA/SMK, '
    "D1, D2, D3, S1/D4, S2, S3.",
)
UNKNOWN_EMPLOYMENT = Text(
    'Status pekerjaan "{value}" tidak dikenal. Tulis salah satu: Belum bekerja, Bekerja, '
    "Wirausaha, Pelajar/Mahasiswa, Korban PHK.",
    'The employment status "{value}" is not recognised. Write one of: Belum bekerja (unemployed), '
    "Bekerja (employed), Wirausaha (self-employed), Pelajar/Mahasiswa (student), Korban PHK "
    "(laid off).",
)
NO_DATE_IN_PLACE = Text(
    'Tempat, tanggal lahir "{value}" tidak memuat tanggal, jadi tanggal lahir dibiarkan kosong. '
    'Tulis misalnya "Balangan, 17-08-1995".',
    'The place and date of birth "{value}" holds no date, so the date of birth is left blank. '
    'Write e.g. "Balangan, 17-08-1995".',
)


@dataclass
class CheckedRow:
    """One data row: its sheet row number, the values read (participant fields, None when the
    cell is blank), the redeem code, and every problem found in it."""

    row: int
    values: dict
    redeem_code: str | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    derived: set[str] = field(default_factory=set)  # values not in the file (sex from the NIK)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


def cell_text(value) -> str:
    """A cell as text the way the clerk sees it: 12 not 12.0, a date day first."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < _EXACT_FLOAT else repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M") if value.time() != dt.time() else value.strftime("%d-%m-%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    return str(value)


class RowChecker:
    """Checks rows against one mapping; built once per import.

    Columns such as sex, education, village or city repeat a handful of values
    over thousands of rows, and each check depends on the value alone, so each
    distinct value of such a column is checked once.
    """

    def __init__(self, mapping: dict[int, str], header: Header, *, today: dt.date | None = None):
        self.today = today or dt.date.today()
        self.columns = {name: index for index, name in mapping.items()}
        self.headings = {}
        for index, name in mapping.items():
            column = header.column(index)
            self.headings[index] = (column.shown if column and column.shown else FIELD_LABELS[name].render())
        self._labels = {name: (text.id, text.en) for name, text in FIELD_LABELS.items()}
        self._cache: dict[str, dict] = {}
        labels = self._labels
        birth, nik = unlabelled(check_birth_date), unlabelled(check_nik)
        self._check_birth = lambda value: birth(value, "birth_date", *labels["birth_date"],
                                                today=self.today, required=False)
        self._check_nik = lambda value, born, sex: nik(value, "nik", *labels["nik"], birth_date=born, sex=sex)
        self._mapped = sorted(self.columns.items(), key=lambda item: item[1])
        self._text_columns = [name for name in _TEXT_FIELDS if name in self.columns]
        self._closed_columns = [name for name in ("email", "education", "employment") if name in self.columns]
        education, employment = Education.values(), Employment.values()
        self._checks = {
            "full_name": lambda value: required_text(value, "full_name", *labels["full_name"],
                                                     max_length=_MAX_LENGTH["full_name"], collapse=True),
            "sex": lambda value: check_sex(sex_code(value), "sex", *labels["sex"], required=False),
            "email": lambda value: optional_email(cell_text(value), "email", *labels["email"]),
            "education": lambda value: _closed(education_code(cell_text(value)), "education", education,
                                               UNKNOWN_EDUCATION, EDUCATION_WORDS),
            "employment": lambda value: _closed(employment_code(cell_text(value)), "employment", employment,
                                                UNKNOWN_EMPLOYMENT, EMPLOYMENT_WORDS),
            **{name: (lambda value, name=name: optional_text(cell_text(value), name, *labels[name],
                                                             max_length=_MAX_LENGTH[name]))
               for name in _TEXT_FIELDS},
        }

    def _memo(self, name: str, value, check) -> Checked:
        cache = self._cache.setdefault(name, {})
        key = (type(value), value)  # 1, 1.0 and True are equal as keys but not as cells
        found = cache.get(key)
        if found is None:
            found = check(value)
            if len(cache) < 20_000:
                cache[key] = found
        return found

    def check(self, cells: list, row: int) -> CheckedRow:
        """The values and problems of one data row; ``row`` is its sheet row number."""
        found = CheckedRow(row, {})
        values = found.values
        problems: list[tuple[Problem, str]] = []  # (problem, field whose column it sits in)
        columns, width = self.columns, len(cells)
        given = {}
        for name, index in self._mapped:
            if index < width:
                value = cells[index]
                if value is not None and value != "" and not (value.__class__ is str and value.isspace()):
                    given[name] = value
        raw = given.get

        def take(name: str, checked: Checked, source: str | None = None):
            if not checked.problems:
                return checked.value
            problems.extend((p, source or name) for p in checked.problems)
            return checked.value if checked.ok else None

        checks, memo = self._checks, self._memo
        values["full_name"] = take("full_name", checks["full_name"](_text_or_none(raw("full_name"))))

        sex, sex_source, sex_given = self._sex(raw, take, problems)
        birth_raw, birth_source = raw("birth_date"), "birth_date"
        if "birth_place_date" in columns and raw("birth_place_date") is not None:
            place, birth_raw = _split_place_and_date(raw("birth_place_date"))
            birth_source = "birth_place_date"
            if place is not None:
                values["birth_place"] = take("birth_place", memo("birth_place", place, checks["birth_place"]),
                                             "birth_place_date") or None
            if birth_raw is None:
                problems.append((warning("birth_date", "date_missing", NO_DATE_IN_PLACE.format(
                    value=shown(raw("birth_place_date")))), "birth_place_date"))
        born = None
        if birth_raw is not None:
            born = take("birth_date", memo("birth_date", birth_raw, self._check_birth), birth_source)
        values["birth_date"] = born

        nik_raw = raw("nik")
        exact = _exact_number(nik_raw)
        nik = take("nik", self._check_nik(exact if exact is not None else nik_raw, born, sex))
        values["nik"] = nik
        if nik and exact is not None:
            problems.append((warning("nik", "nik_number_cell", NIK_NUMBER_CELL.format(value=nik)), "nik"))
        if sex is None and not sex_given:
            if nik:
                sex = nik_sex(nik)
                found.derived.add("sex")
                if sex_source is not None:
                    # Without any sex column the plan says so once, not on every row.
                    problems.append((warning("sex", "sex_from_nik", SEX_FROM_NIK.format(
                        sex_id="laki-laki" if sex == "L" else "perempuan",
                        sex_en="male" if sex == "L" else "female")), sex_source))
            elif nik_raw is not None:
                problems.append((error("sex", "required", SEX_UNKNOWN), sex_source or "nik"))
        values["sex"] = sex

        for name in self._text_columns:
            if name not in values:
                value = raw(name)
                values[name] = None if value is None else (take(name, memo(name, value, checks[name])) or None)
        if "phone" in columns:
            value = raw("phone")
            quick = _quick_phone(value)
            if isinstance(value, float) and value.is_integer():
                value = cell_text(value)  # quoted in messages as the clerk sees it: 12345, not 12345.0
            values["phone"] = quick or (None if value is None else take("phone", phone_number(
                value, "phone", *self._labels["phone"])) or None)
        for name in self._closed_columns:
            value = raw(name)
            values[name] = None if value is None else (take(name, memo(name, value, checks[name])) or None)
        if "prakerja_card_number" in columns:
            values["prakerja_card_number"] = take("prakerja_card_number", self._card(raw("prakerja_card_number")))
        if "prakerja_redeem_code" in columns:
            found.redeem_code = take("prakerja_redeem_code", _redeem_code(raw("prakerja_redeem_code")))

        for problem, source in problems:
            index = columns.get(source)
            if index is None and source == "birth_place":
                index = columns.get("birth_place_date")
            found.problems.append(placed(problem, row, index, self.headings.get(index, "")))
        return found

    def _sex(self, raw, take, problems) -> tuple[str | None, str | None, bool]:
        """(sex, the field of the column it came from, whether a cell was filled in)."""
        if "sex" in self.columns:
            value = raw("sex")
            if value is None:
                return None, "sex", False
            return take("sex", self._memo("sex", value, self._checks["sex"])), "sex", True
        male, female = raw("sex_male_mark"), raw("sex_female_mark")
        if male is not None and female is not None:
            problems.append((error("sex", "sex_two_marks", SEX_TWO_MARKS), "sex_male_mark"))
            return None, "sex_male_mark", True
        if male is not None:
            return "L", "sex_male_mark", True
        if female is not None:
            return "P", "sex_female_mark", True
        if "sex_male_mark" in self.columns:
            return None, "sex_male_mark", False
        if "sex_female_mark" in self.columns:
            return None, "sex_female_mark", False
        return None, None, False

    def _card(self, value) -> Checked:
        if isinstance(value, float):
            return Checked(None, (error("prakerja_card_number", "prakerja_card_excel_number",
                                        CARD_EXCEL_NUMBER.format(value=cell_text(value))),))
        return check_prakerja_card(value, "prakerja_card_number", *self._labels["prakerja_card_number"])


_MOBILE = re.compile(r"(?:\+?62|0)?(8[0-9]{8,11})", re.ASCII)


def _quick_phone(value) -> str | None:
    """The E.164 form of an ordinary mobile number (0812..., 62812..., or 812... from a
    number cell), exactly as ``check_phone`` gives it, without its general parsing:
    that parsing costs most of a row's check time. None: let ``check_phone`` decide."""
    if isinstance(value, float):
        if not value.is_integer():
            return None
        text = str(int(value))
    elif isinstance(value, str):
        text = value.strip().replace("-", "").replace(" ", "").replace(".", "")
    else:
        return None
    match = _MOBILE.fullmatch(text)
    if match is None:
        return None
    national = match.group(1)
    return "+62" + national if _valid_mobile_shape(national[:4], len(national)) else None


@functools.lru_cache(maxsize=4096)
def _valid_mobile_shape(leading: str, length: int) -> bool:
    """Whether phonenumbers accepts an Indonesian number starting 8 with these leading digits and
    length. Its patterns for such numbers (mobile 8[1-35-9], 800, 804, 809, 8071) look at four
    leading digits at most, so one answer per shape is exact and saves the parse on every row."""
    import phonenumbers

    number = phonenumbers.PhoneNumber(country_code=62, national_number=int(leading.ljust(length, "1")))
    return phonenumbers.is_valid_number(number)


def _text_or_none(value):
    return None if value is None else cell_text(value)


def _exact_number(value) -> int | None:
    """A 16-digit number cell that still holds every digit (written by a program, not typed
    into Excel), as an int: ``check_nik`` then judges it like any number."""
    if isinstance(value, float) and value.is_integer() and 10**15 <= value < _EXACT_FLOAT:
        return int(value)
    return None


def _split_place_and_date(value) -> tuple[str | None, object]:
    """"Balangan, 17-08-1995" -> ("Balangan", "17-08-1995"); a date cell -> (None, the date)."""
    if not isinstance(value, str):
        return None, value
    match = _PLACE_AND_DATE.fullmatch(value)
    if not match:
        return value.strip(" ,;"), None
    return match.group(1).strip(" ,;") or None, match.group(2).strip()


def _closed(value, name: str, allowed: tuple[str, ...], unknown: Text, words: dict) -> Checked:
    if value is None:
        return Checked(None)
    checked = choice(value, name, "", "", allowed, required=False)
    if checked.ok:
        return checked
    return Checked(None, (error(name, "not_a_choice", unknown.format(value=cell_text(value))),))


_CODE_SEPARATORS = re.compile(r"[\s\-]")
_REDEEM_CODE = re.compile(r"[A-Z0-9]{4,40}", re.ASCII)


def _redeem_code(value) -> Checked:
    """A redeem code as the enrollments service stores it (spaces and dashes dropped, upper
    case, 4 to 40 letters and digits), so every malformed one shows before anything is written."""
    if value is None:
        return Checked(None)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 10**15:
            value = str(int(value))
        else:
            return Checked(None, (error("prakerja_redeem_code", "redeem_code_excel_number",
                                        CODE_EXCEL_NUMBER.format(value=cell_text(value))),))
    code = _CODE_SEPARATORS.sub("", str(value)).upper()
    if not _REDEEM_CODE.fullmatch(code):
        return Checked(None, (error("prakerja_redeem_code", "redeem_code_invalid",
                                    BAD_CODE.format(value=str(value).strip())),))
    return Checked(code)
