"""Recognising an attendance list: where its header row is and which of two shapes it has.

Marks typed away from the app come in two shapes. The *long* list has one row
per person per session (NIK or name, date, perhaps the start time, the mark,
perhaps an arrival time and a note), as a web form or a trainer's phone
export gives it. The *wide* list has one row per person and one column per
session, headed by the session's date, as clerks draw it in Excel and as the
app's own template writes it. Either may sit under title rows and blank rows.

Person columns are recognised with the participant import's own headings
(``headers.field_for``), so "Nama Lengkap Peserta" or "No. KTP" mean the same
here as there.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..i18n import Text
from ..services.record_fields import unlabelled
from ..validation import Checked, parse_date
from ..validation.problems import invalid
from .headers import _is_numbering_row, field_for, normalise
from .readers import Sheet
from .rows import cell_text

LONG, WIDE = "long", "wide"
_MAX_HEADER_SCAN = 30

# Headings of the long layout's own columns, normalised as ``headers.normalise`` does.
_ROLE_HEADINGS: dict[str, frozenset[str]] = {
    "date": frozenset({
        "tanggal", "tgl", "tanggal pertemuan", "tgl pertemuan", "tanggal sesi", "tanggal pelatihan",
        "tgl pelatihan", "hari tanggal", "hari tgl", "tanggal hari", "hari dan tanggal", "pertemuan tanggal",
        "date", "session date", "day date"}),
    "time": frozenset({
        "jam", "jam mulai", "mulai", "pukul", "waktu", "waktu mulai", "jam pelajaran mulai", "sesi jam",
        "jam sesi", "jam pertemuan", "start", "start time", "time", "session time", "session start"}),
    "mark": frozenset({
        "kehadiran", "status kehadiran", "hadir", "absen", "absensi", "presensi", "daftar hadir",
        "keterangan kehadiran", "ket kehadiran", "kode kehadiran", "h i s a", "his a", "hisa",
        "mark", "attendance", "attendance mark", "status", "presence"}),
    "arrival": frozenset({
        "jam datang", "jam hadir", "jam kedatangan", "waktu datang", "waktu hadir", "waktu kedatangan",
        "datang", "jam masuk", "datang pukul", "arrival", "arrival time", "arrived", "time arrived",
        "time in"}),
    "note": frozenset({
        "catatan", "keterangan", "ket", "note", "notes", "remarks", "comment", "comments", "alasan",
        "reason"}),
}
ROLE_LABELS: dict[str, Text] = {
    "nik": Text("NIK", "NIK"),
    "full_name": Text("Nama", "Name"),
    "date": Text("Tanggal", "Date"),
    "time": Text("Jam mulai", "Start time"),
    "mark": Text("Kehadiran", "Attendance"),
    "arrival": Text("Jam datang", "Arrival time"),
    "note": Text("Catatan", "Note"),
}

# A heading that tries to be a date: a day and a month (digits or a month word), or an ISO date,
# perhaps after a weekday. Anything else is not a session column at all.
_DATE_LIKE = re.compile(
    r"(?:[a-z']+,?\s+)?(?:\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?|\d{1,2}\s+[a-z]{3,}\.?(?:\s+\d{2,4})?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})",
    re.IGNORECASE | re.ASCII)
_TIME_PART = (r"(?:pukul|pkl|jam|pk)?\.?\s*\(?(?P<time>\d{1,2}[.:]\d{2})(?:[.:]\d{2})?"
              r"(?:\s*(?:-|–|s\.?/?d\.?|sampai|to)\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)?\)?"
              r"(?:\s*(?:wib|wita|wit))?")
_WHEN = re.compile(r"(?P<date>.*?\d.*?)(?:[\s,]+" + _TIME_PART + r")?\s*", re.IGNORECASE)
_CLOCK = re.compile(r"\s*" + _TIME_PART + r"\s*", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})", re.ASCII)
_DAY_MONTH_WORD = re.compile(r"(?:[a-z']+,?\s+)?\d{1,2}\s+[a-z]+\.?", re.IGNORECASE | re.ASCII)
# Excel day numbers from 2000 to 2100: a bare number heading outside them is not a date.
_SERIALS = range(36526, 73051)

_check_date = unlabelled(parse_date)
DATE_LABEL = ("Tanggal", "Date")

BAD_TIME = Text(
    '{label_id}: "{value}" bukan jam yang dikenali. Tulis misalnya 07.45 atau 7:45.',
    '{label_en}: "{value}" is not a recognised time. Write e.g. 07.45 or 7:45.',
)


@dataclass(frozen=True)
class When:
    """A date, with the start time when one was given."""

    day: dt.date
    start: dt.time | None = None


@dataclass
class SessionColumn:
    """A column of the wide layout whose heading names a session's date (and time)."""

    index: int
    heading: str
    when: When | None  # None: the heading tries to be a date and is not a real one
    problem: object = None  # the Problem saying why, when ``when`` is None


@dataclass
class Layout:
    """Where the list is and what its columns hold. Rows are 0-based sheet rows."""

    kind: str  # LONG or WIDE
    row: int  # the header row
    data_start: int
    headings: dict[int, str]  # column -> heading as the file shows it
    roles: dict[str, int]  # "nik", "full_name", "date", "time", "mark", "arrival", "note" -> column
    sessions: list[SessionColumn] = field(default_factory=list)  # wide only
    ignored: list[int] = field(default_factory=list)  # columns with a heading that is not imported
    repeated: dict[int, str] = field(default_factory=dict)  # column -> the role it repeats
    session_row: int | None = None  # the row holding the dates, when they sit under the header
    skipped_numbering_row: int | None = None

    @property
    def key_columns(self) -> list[int]:
        return [self.roles[name] for name in ("nik", "full_name") if name in self.roles]

    def heading(self, index: int | None) -> str:
        return self.headings.get(index, "") if index is not None else ""


YearGuess = Callable[[list[dt.date]], dt.date]


def read_when(value, *, today: dt.date, choose: YearGuess) -> Checked[When]:
    """The date (and start time) in a cell or a heading: an Excel date or date-time cell, a day
    number, or text such as "02/11", "2 Nov 2026", "Senin, 2 November 2026 13.00".

    A date without its year ("02/11") takes the year ``choose`` picks among the candidates.
    """
    if isinstance(value, dt.datetime):
        return Checked(When(value.date(), value.time() if value.time() != dt.time() else None))
    if isinstance(value, dt.date):
        return Checked(When(value))
    if not isinstance(value, str):
        checked = _check_date(value, "date", *DATE_LABEL, today=today)
        if checked.value is None:
            return Checked(None, checked.problems)
        start = None
        if isinstance(value, float) and not value.is_integer():
            start = read_clock(value % 1).value  # a day number with a fraction holds the time too
        return Checked(When(checked.value, start), checked.problems)
    text = " ".join(value.split())
    match = _WHEN.fullmatch(text)
    if match is None:
        return _check_date(text, "date", *DATE_LABEL, today=today)
    date_text, start = match["date"].strip(" ,"), None
    if match["time"]:
        start = _clock(match["time"])
        if start is None:
            return invalid("date", "time_unrecognised", BAD_TIME.format(
                label_id="Jam", label_en="Time", value=match["time"]))
    checked = _check_date(date_text, "date", *DATE_LABEL, today=today)
    if checked.ok:
        return Checked(When(checked.value, start), checked.problems)
    guessed = _without_year(date_text, today, choose)
    if guessed is None:
        return Checked(None, checked.problems)
    if guessed.value is None:
        return guessed
    return Checked(When(guessed.value, start))


def _without_year(text: str, today: dt.date, choose: YearGuess) -> Checked[dt.date] | None:
    """The date of "02/11" or "2 Nov" in the year ``choose`` picks among the years it is a
    date in; None for text of another shape."""
    if (found := _DAY_MONTH.fullmatch(text)) is not None:
        make = lambda year: f"{found[1]}{found[2]}{found[3]}{found[2]}{year}"  # noqa: E731
    elif _DAY_MONTH_WORD.fullmatch(text):
        make = lambda year: f"{text} {year}"  # noqa: E731
    else:
        return None
    candidates, first = [], None
    for year in (today.year, today.year - 1, today.year + 1, today.year - 2, today.year + 2):
        checked = _check_date(make(year), "date", *DATE_LABEL, today=today)
        if checked.ok and checked.value is not None:
            candidates.append(checked.value)
        elif first is None:
            first = checked
    if candidates:
        return Checked(choose(candidates))
    # "31/11" is no date in any year; say why in the words the date check uses for a full date.
    return Checked(None, tuple(replace(p, text=p.text.format(value=text)) for p in first.problems))


def read_clock(value, field: str = "time", label_id: str = "Jam", label_en: str = "Time") -> Checked[dt.time]:
    """A time of day from a cell: a time cell, a day fraction, or "07.45", "7:45", "07.45 WITA"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Checked(None)
    if isinstance(value, dt.datetime):
        return Checked(value.time())
    if isinstance(value, dt.time):
        return Checked(value)
    if isinstance(value, float) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return Checked(dt.time(minutes // 60 % 24, minutes % 60))
    if isinstance(value, str):
        match = _CLOCK.fullmatch(" ".join(value.split()))
        if match is not None and (found := _clock(match["time"])) is not None:
            return Checked(found)
    return invalid(field, "time_unrecognised", BAD_TIME.format(
        label_id=label_id, label_en=label_en, value=cell_text(value)))


def _clock(text: str) -> dt.time | None:
    hours, minutes = (int(part) for part in re.split(r"[.:]", text)[:2])
    if hours > 23 or minutes > 59:
        return None
    return dt.time(hours, minutes)


def _heading_text(value) -> str:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return cell_text(value)
    return " ".join(cell_text(value).split())


def session_heading(value, *, today: dt.date, choose: YearGuess) -> SessionColumn | None:
    """The session a heading cell names, a heading that fails to be a date, or None for a heading
    that is not trying to be a date at all."""
    if isinstance(value, (dt.date, dt.datetime)):
        return SessionColumn(-1, _heading_text(value), read_when(value, today=today, choose=choose).value)
    if isinstance(value, float):
        if value.is_integer() and int(value) in _SERIALS:
            checked = read_when(value, today=today, choose=choose)
            return SessionColumn(-1, _heading_text(value), checked.value)
        return None
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    match = _WHEN.fullmatch(text)
    if match is None or not _DATE_LIKE.fullmatch(match["date"].strip(" ,")):
        return None
    checked = read_when(text, today=today, choose=choose)
    if checked.value is None:
        problem = checked.problems[0] if checked.problems else None
        return SessionColumn(-1, text, None, problem)
    return SessionColumn(-1, text, checked.value)


@functools.lru_cache(maxsize=4096)
def _role(heading: str) -> str | None:
    """What a person or long-layout column holds, "-" for one known not to be imported.

    Every cell of the first rows is asked, and data rows repeat "H" hundreds of times."""
    key = normalise(heading)
    if not key:
        return None
    for role, names in _ROLE_HEADINGS.items():
        if key in names:
            return role
    found = field_for(heading)
    if found in ("nik", "full_name"):
        return found
    return None if found is None else "-"  # No, TTD, L/P: a person's other details, not wanted here


def recognise(sheet: Sheet, *, today: dt.date, choose: YearGuess) -> Layout | None:
    """The layout of the list: the header row among the first rows that names a person column
    (NIK or name) and either a date and a mark column (long) or session dates (wide). None when
    no row does."""
    best: tuple[tuple, Layout] | None = None
    for row in range(min(len(sheet.rows), _MAX_HEADER_SCAN)):
        layout = _layout_at(sheet, row, today, choose)
        if layout is None:
            continue
        score = (len(layout.roles) + len(layout.sessions), -row)
        if best is None or score > best[0]:
            best = (score, layout)
    return best[1] if best else None


def _layout_at(sheet: Sheet, row: int, today: dt.date, choose: YearGuess) -> Layout | None:
    cells = sheet.rows[row]
    roles: dict[str, int] = {}
    repeated: dict[int, str] = {}
    headings: dict[int, str] = {}
    ignored: list[int] = []
    dated: list[SessionColumn] = []
    for index, value in enumerate(cells):
        text = _heading_text(value)
        if not text:
            continue
        headings[index] = text
        role = _role(text) if isinstance(value, str) else None
        if role and role != "-":
            if role in roles:
                repeated[index] = role
            else:
                roles[role] = index
            continue
        if role == "-":
            continue  # No, L/P, TTD: known, and not wanted here
        found = session_heading(value, today=today, choose=choose)
        if found is not None:
            found.index = index
            dated.append(found)
        else:
            ignored.append(index)
    if not {"nik", "full_name"} & set(roles):
        return None
    data_start = row + 1
    if "date" in roles and "mark" not in roles and "note" in roles:
        roles["mark"] = roles.pop("note")  # "Tanggal | Keterangan: H/I/S/A", as paper forms have it
    if "date" in roles and "mark" in roles:
        layout = Layout(LONG, row, data_start, headings, roles, [], sorted(ignored + [c.index for c in dated]),
                        repeated)
    else:
        session_row = None
        if not dated:
            # Dates one row down, under a merged "Tanggal pertemuan" heading; the row is no data
            # row when nothing sits under the person columns.
            below = sheet.rows[row + 1] if row + 1 < len(sheet.rows) else []
            people = [roles[name] for name in ("nik", "full_name") if name in roles]
            if any(_heading_text(below[i]) for i in people if i < len(below)):
                return None
            for index, value in enumerate(below):
                found = session_heading(value, today=today, choose=choose)
                if found is not None:
                    found.index = index
                    dated.append(found)
                    headings[index] = found.heading
            if not dated:
                return None
            session_row, data_start = row + 1, row + 2
            taken = {c.index for c in dated}
            ignored = [i for i in ignored if i not in taken]
        taken = {c.index for c in dated}
        for role in ("date", "time", "mark", "arrival", "note"):
            index = roles.pop(role, None)
            if index is not None and index not in taken:  # "Tanggal" merged over the dates is no column
                ignored.append(index)
        for index, role in list(repeated.items()):
            if role not in roles:
                del repeated[index]
                ignored.append(index)
        layout = Layout(WIDE, row, data_start, headings, roles, dated, sorted(ignored), repeated,
                        session_row)
    if data_start < len(sheet.rows) and _is_numbering_row(sheet.rows[data_start]):
        layout.skipped_numbering_row = data_start
        layout.data_start += 1
    return layout
