"""Importing attendance marks typed away from the app, from an XLSX or CSV file.

    plan = plan_attendance_import(path, class_id)   # every problem at once; nothing written
    outcome = apply_attendance_import(store, plan)  # all marks in one transaction, or nothing

The file is read as the participant import reads lists (``readers.read_table``
refuses what must not be read) and every problem is placed at its sheet row
and column. People are matched by NIK, or by name when the file has no NIK,
among the class's own people; sessions by date, and by start time when the
class meets twice that day. A mark equal to the stored one is "unchanged";
the others are listed with what the cell held before, so the clerk sees
"was S, becomes H" before anything is saved. A blank cell changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..auth.permissions import Action, require
from ..errors import UserError
from ..i18n import Text, current_language
from ..models import ClassSession, Enrollment, Participant, SessionStatus, TrainingClass
from ..services import audit
from ..services.attendance import (
    EARLY_ARRIVAL,
    NOTE_MAX,
    AttendanceGrid,
    GridPerson,
    GridSession,
    MarkCell,
    MarkChange,
    SaveOutcome,
    attendance_grid,
    mark_from_text,
    save_marks,
)
from ..validation import Severity, check_nik, format_date_en, format_date_id
from .apply import ImportRefused
from .attendance_layout import LONG, ROLE_LABELS, Layout, When, read_clock, read_when, recognise
from .headers import normalise
from .problems import FoundProblems, ImportProblem, placed
from .readers import Sheet, column_letter, read_table
from .rows import NIK_NUMBER_CELL, _exact_number, cell_text

_NOTE_MAX = NOTE_MAX
# Words for a mark seen on paper forms besides those ``mark_from_text`` knows.
_MORE_MARK_WORDS = {"absen": "A", "tanpa keterangan": "A", "tanpa ket": "A", "tk": "A", "ijin": "I"}
_TOTAL_WORDS = ("jumlah", "total", "rekap", "rekapitulasi", "persentase", "prosentase")

HEADER_NOT_FOUND = Text(
    'Baris judul kolom tidak ditemukan di lembar "{sheet}" (dicari di {rows} baris pertama). Daftar '
    "kehadiran perlu kolom NIK atau Nama, lalu satu kolom per pertemuan berjudul tanggalnya (misalnya "
    "02/11/2026), atau kolom Tanggal dan Kehadiran.",
    'No header row was found on the sheet "{sheet}" (looked at the first {rows} rows). An attendance '
    "list needs a NIK or Name column, then one column per session headed by its date (e.g. "
    "02/11/2026), or a Date and an Attendance column.",
)
NO_ROWS = Text(
    "Tidak ada baris data di bawah judul kolom (baris {row}).",
    "There are no data rows under the headings (row {row}).",
)
COLUMN_IGNORED = Text(
    "Kolom ini tidak diimpor: judulnya bukan NIK, nama, atau tanggal pertemuan.",
    "This column is not imported: its heading is not a NIK, a name or a session date.",
)
COLUMN_REPEATED = Text(
    "Kolom ini tidak diimpor: {label_id} sudah diambil dari kolom {letter}.",
    "This column is not imported: {label_en} is already taken from column {letter}.",
)
NUMBERING_ROW = Text(
    "Baris nomor kolom (1, 2, 3, ...) di bawah judul dilewati.",
    "The row of column numbers (1, 2, 3, ...) under the headings is skipped.",
)
ROW_BELOW = Text(
    "Baris {first} di bawah daftar (tanpa NIK dan nama, misalnya tanda tangan) tidak diimpor.",
    "Row {first} below the list (no NIK and no name, e.g. a signature) is not imported.",
)
ROWS_BELOW = Text(
    "Baris {first} sampai {last} di bawah daftar (tanpa NIK dan nama, misalnya tanda tangan) "
    "tidak diimpor.",
    "Rows {first} to {last} below the list (no NIK and no name, e.g. signatures) are not imported.",
)
TOTAL_ROW = Text(
    'Baris "{value}" dianggap baris jumlah dan tidak diimpor.',
    'The row "{value}" is taken for a totals row and is not imported.',
)
NO_PERSON = Text(
    "Baris ini berisi kehadiran tetapi tidak ada NIK maupun nama pesertanya.",
    "This row holds marks but neither the participant's NIK nor their name.",
)
NIK_NOT_IN_CLASS = Text(
    "Tidak ada peserta kelas {class_code} dengan NIK {nik}.",
    "No participant of the class {class_code} has the NIK {nik}.",
)
NIK_LAST_DIGIT = Text(
    "NIK {nik} tidak ada di kelas {class_code}, tetapi sama dengan NIK {stored} milik {name} kecuali "
    "digit terakhirnya yang menjadi 0. Excel menyimpan NIK sebagai angka dan mengubah digit terakhirnya: "
    "format kolom NIK sebagai Teks, lalu ketik ulang NIK-nya.",
    "The NIK {nik} is not in the class {class_code}, but it is {name}'s NIK {stored} except for the "
    "last digit, which became 0. Excel stored the NIK as a number and changed its last digit: format "
    "the NIK column as Text and retype the NIK.",
)
NAME_NOT_IN_CLASS = Text(
    'Tidak ada peserta kelas {class_code} bernama "{name}".',
    'No participant of the class {class_code} is named "{name}".',
)
NAME_SHARED = Text(
    'Ada {count} peserta kelas {class_code} bernama "{name}" (nomor {numbers}). Tambahkan kolom NIK '
    "atau isi NIK-nya agar jelas siapa yang dimaksud.",
    'There are {count} participants of the class {class_code} named "{name}" (numbers {numbers}). '
    "Add a NIK column or fill in the NIK so it is clear who is meant.",
)
NOT_ATTENDING = Text(
    '{name} terdaftar di kelas {class_code} dengan status "{status_id}", jadi kehadirannya tidak dicatat.',
    '{name} is in the class {class_code} with the status "{status_en}", so no attendance is recorded '
    "for them.",
)
READ_ONLY_PERSON = Text(
    '{name} berstatus "{status_id}"; kehadirannya yang sudah tercatat tidak dapat diubah lagi.',
    '{name} has the status "{status_en}"; their recorded attendance can no longer be changed.',
)
NAME_DIFFERS = Text(
    'NIK {nik} milik "{stored}" di kelas ini, tetapi di berkas tertulis "{given}". Periksa apakah NIK-nya benar.',
    'The NIK {nik} belongs to "{stored}" in this class, but the file says "{given}". Check that the NIK is right.',
)
DATE_MISSING = Text("Tanggal pertemuan kosong.", "The session date is blank.")
NO_SESSION = Text(
    "Kelas {class_code} tidak punya pertemuan pada {date_id}.",
    "The class {class_code} has no session on {date_en}.",
)
NO_SESSION_AT = Text(
    "Kelas {class_code} tidak punya pertemuan pada {date_id} pukul {time_id}; pertemuan hari itu mulai "
    "pukul {times_id}.",
    "The class {class_code} has no session on {date_en} at {time_en}; that day's sessions start at "
    "{times_en}.",
)
SESSION_CANCELLED = Text(
    "Pertemuan {date_id} pukul {time_id} dibatalkan, jadi tidak ada kehadiran untuknya.",
    "The session on {date_en} at {time_en} was cancelled, so it takes no attendance.",
)
SESSION_FUTURE = Text(
    "Pertemuan {date_id} belum berlangsung; kehadiran hanya dicatat untuk pertemuan hari ini atau sebelumnya.",
    "The session on {date_en} has not taken place yet; attendance is recorded only for sessions "
    "today or earlier.",
)
SESSION_LOCKED = Text(
    "Kehadiran pertemuan {date_id} tidak dapat diisi: {reason_id}",
    "Attendance for the session on {date_en} cannot be entered: {reason_en}",
)
SESSION_AMBIGUOUS = Text(
    "Kelas {class_code} punya {count} pertemuan pada {date_id} (pukul {times_id}). Sebutkan jam mulainya, "
    'di kolom Jam atau di judul kolom (misalnya "{example}").',
    "The class {class_code} has {count} sessions on {date_en} (at {times_en}). Give the start time, in a "
    'Time column or in the column heading (e.g. "{example}").',
)
COLUMN_FILLED = Text(" Kolom ini diisi di baris {filled_rows}.", " This column is filled in on rows {filled_rows}.")
MARK_MISSING = Text("Kehadiran kosong.", "The attendance mark is blank.")
MARK_UNKNOWN = Text(
    'Kehadiran "{value}" tidak dikenal. Tulis H (hadir), I (izin), S (sakit) atau A (alpa); kata lengkapnya '
    "juga diterima (hadir, izin, sakit, alpa, tanpa keterangan; present, excused, sick, absent). Biarkan "
    "kosong bila tidak diubah.",
    'The attendance mark "{value}" is not recognised. Write H (hadir, present), I (izin, excused), S '
    "(sakit, sick) or A (alpa, absent); the full words are accepted too. Leave the cell blank for no change.",
)
ARRIVAL_OUTSIDE = Text(
    "Jam datang {time_id} di luar pertemuan {date_id} pukul {start_id}-{end_id} (paling awal {earliest_id}).",
    "The arrival time {time_en} is outside the session on {date_en} at {start_en}-{end_en} (earliest "
    "{earliest_en}).",
)
ARRIVAL_NOT_PRESENT = Text(
    "Jam datang {time_id} diisi, padahal kehadirannya {mark} (bukan H). Jam datang hanya untuk yang hadir.",
    "The arrival time {time_en} is given, but the mark is {mark} (not H). An arrival time is only for "
    "those present.",
)
NOTE_TOO_LONG = Text(
    "Catatan terlalu panjang ({length} karakter); paling banyak {max}.",
    "The note is too long ({length} characters); at most {max}.",
)
DUPLICATE = Text(
    "Kehadiran {name} untuk pertemuan {date_id} juga diisi di {places_id}. Satu orang satu isian per pertemuan.",
    "{name}'s mark for the session on {date_en} is also given at {places_en}. One entry per person per session.",
)
NO_SUCH_CLASS = Text("Kelas yang dipilih tidak ada lagi.", "The chosen class no longer exists.")
REFUSED = Text(
    "Tidak ada kehadiran yang diimpor: {errors} kesalahan di {rows} baris. Perbaiki berkasnya lalu impor lagi.",
    "No attendance was imported: {errors} errors in {rows} rows. Fix the file and import again.",
)
ROW_AT = Text("baris {row}", "row {row}")
CELL_AT = Text("baris {row} kolom {letter}", "row {row} column {letter}")

TEMPLATE_TITLE = Text("DAFTAR HADIR {name} ({code})", "ATTENDANCE {name} ({code})")
TEMPLATE_LEGEND = Text(
    "Isi H (hadir), I (izin), S (sakit) atau A (alpa). Sel kosong berarti tidak diubah. Jangan ubah kolom NIK "
    "dan judul kolom.",
    "Fill in H (present), I (excused), S (sick) or A (absent). A blank cell means no change. Do not change "
    "the NIK column or the column headings.",
)
TEMPLATE_NAME = Text("Nama", "Name")
TEMPLATE_SHEET = Text("Daftar hadir", "Attendance")


@dataclass(frozen=True)
class PlannedMark:
    """One change as the clerk checks it: where it came from, whose, which session, before and after."""

    row: int
    column: int | None
    full_name: str
    number: int
    session_date: dt.date
    start_time: dt.time
    before: MarkCell | None
    after: MarkChange


@dataclass
class AttendancePlan(FoundProblems):
    """What importing the file would save, and every problem found; nothing is written yet."""

    path: Path
    class_id: int
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[MarkChange] = field(default_factory=list)
    before: dict[tuple[int, int], MarkCell | None] = field(default_factory=dict)  # (session, enrollment)
    unchanged: int = 0
    layout: str = ""  # "long" or "wide"; "" when the list was not recognised
    rows_read: int = 0  # data rows holding anything
    sheet: Sheet | None = None
    header_row: int | None = None  # as the sheet numbers it
    class_code: str = ""
    today: dt.date | None = None
    places: dict[tuple[int, int], tuple[int, int | None]] = field(default_factory=dict)  # -> (row, column)
    grid: AttendanceGrid | None = None

    @property
    def error_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems if p.is_error and p.row is not None})

    def planned(self) -> list[PlannedMark]:
        """The changes with names, dates and sheet places, in the file's order."""
        people = {p.enrollment_id: p for p in self.grid.people} if self.grid else {}
        sessions = {s.id: s for s in self.grid.sessions} if self.grid else {}
        found = []
        for change in self.changes:
            key = (change.session_id, change.enrollment_id)
            person, session = people[change.enrollment_id], sessions[change.session_id]
            row, column = self.places.get(key, (0, None))
            found.append(PlannedMark(row, column, person.full_name, person.number, session.date,
                                     session.start_time, self.before.get(key), change))
        return sorted(found, key=lambda p: (p.row, p.column or 0))

    def summary(self) -> Text:
        new = sum(1 for c in self.changes if self.before.get((c.session_id, c.enrollment_id)) is None)
        return Text(
            "{changes} kehadiran akan disimpan ({new} baru, {changed} diubah), {unchanged} sama dengan yang "
            "tercatat; {errors} kesalahan, {warnings} peringatan.",
            "{changes} marks to save ({new} new, {changed} changed), {unchanged} the same as recorded; "
            "{errors} errors, {warnings} warnings.",
            {"changes": len(self.changes), "new": new, "changed": len(self.changes) - new,
             "unchanged": self.unchanged, "errors": len(self.errors), "warnings": len(self.warnings)})


class AttendanceImportRefused(ImportRefused):
    """Nothing was saved because the plan holds errors; ``problems`` lists them all."""


# -- the class as the file is checked against it -----------------------------------------------

def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _date_params(day: dt.date, prefix: str = "date") -> dict[str, str]:
    return {f"{prefix}_id": format_date_id(day, with_weekday=True),
            f"{prefix}_en": format_date_en(day, with_weekday=True)}


def _time_params(start: dt.time, prefix: str = "time") -> dict[str, str]:
    return {f"{prefix}_id": start.strftime("%H.%M"), f"{prefix}_en": start.strftime("%H:%M")}


def _times_params(starts: list[dt.time]) -> dict[str, str]:
    return {"times_id": ", ".join(t.strftime("%H.%M") for t in starts),
            "times_en": ", ".join(t.strftime("%H:%M") for t in starts)}


def _status_label(status: str) -> Text:
    from ..services.enrollments import STATUS_LABELS

    return STATUS_LABELS.get(status) or Text(status, status)


class _Class:
    """The class's sessions and people, looked up by what a file gives."""

    def __init__(self, klass: TrainingClass, grid: AttendanceGrid, today: dt.date):
        self.code, self.today, self.grid = klass.code, today, grid
        self.by_date: dict[dt.date, list[GridSession]] = defaultdict(list)
        for session in grid.sessions:
            self.by_date[session.date].append(session)
        for sessions in self.by_date.values():
            sessions.sort(key=lambda s: s.start_time)
        self.cancelled: dict[dt.date, list[dt.time]] = defaultdict(list)
        for day, start in (ClassSession.select(ClassSession.date, ClassSession.start_time)
                           .where(ClassSession.training_class == klass.id,
                                  ClassSession.status == SessionStatus.CANCELLED).tuples()):
            self.cancelled[day].append(start)
        first = min(self.by_date, default=None)
        self.anchor = klass.start_date or first or today
        self.by_nik: dict[str, GridPerson] = {}
        self.by_name: dict[str, list[GridPerson]] = defaultdict(list)
        for person in grid.people:
            if person.nik:
                self.by_nik[person.nik] = person
            self.by_name[_key(person.full_name)].append(person)
        # Everyone else registered in the class (reserve list, withdrew without marks), so the
        # file's row can be answered with why it takes no marks rather than "not found".
        shown = {p.enrollment_id for p in grid.people}
        self.other_by_nik: dict[str, tuple[str, str]] = {}
        self.other_by_name: dict[str, tuple[str, str]] = {}
        query = (Enrollment.select(Enrollment.id, Participant.nik, Participant.full_name, Enrollment.status)
                 .join(Participant).where(Enrollment.training_class == klass.id).tuples())
        for enrollment_id, nik, name, status in query:
            if enrollment_id in shown:
                continue
            if nik:
                self.other_by_nik[nik] = (name, status)
            self.other_by_name.setdefault(_key(name), (name, status))

    def choose_year(self, candidates: list[dt.date]) -> dt.date:
        """For a date written without its year: the one the class has a session on, else the one
        nearest the class's start."""
        return min(candidates, key=lambda day: (not (self.by_date.get(day) or self.cancelled.get(day)),
                                                abs((day - self.anchor).days)))


# -- planning ---------------------------------------------------------------------------------

@dataclass
class _Entry:
    """One mark the file gives: its place, whose and which session, and what it says."""

    row: int
    column: int | None
    person: GridPerson
    session: GridSession
    mark: str
    arrival: dt.time | None = None  # None: not given, the stored one stays
    note: str | None = None  # None: not given, the stored one stays


class _Planner:
    def __init__(self, plan: AttendancePlan, sheet: Sheet, layout: Layout, world: _Class):
        self.plan, self.sheet, self.layout, self.world = plan, sheet, layout, world
        self.entries: list[_Entry] = []
        self._marks: dict[tuple[type, object], str | None] = {}

    # problems, placed
    def add(self, code: str, text: Text, row: int | None, column: int | None, *, field: str,
            severity: Severity = Severity.ERROR) -> None:
        self.plan.problems.append(ImportProblem(field, severity, code, text, row, column,
                                                self.layout.heading(column)))

    def place(self, problem, row: int, column: int | None) -> None:
        self.plan.problems.append(placed(problem, row, column, self.layout.heading(column)))

    def cell(self, cells: list, role: str):
        index = self.layout.roles.get(role)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return value

    def columns(self) -> None:
        layout = self.layout
        header_row = layout.row + 1
        for index in layout.ignored:
            self.add("column_ignored", COLUMN_IGNORED, header_row, index, field="mapping",
                     severity=Severity.WARNING)
        for index, role in layout.repeated.items():
            label = ROLE_LABELS[role]
            self.add("column_repeated", COLUMN_REPEATED.format(
                label_id=label.id, label_en=label.en, letter=column_letter(layout.roles[role])),
                header_row, index, field=role, severity=Severity.WARNING)
        if layout.skipped_numbering_row is not None:
            self.add("numbering_row_skipped", NUMBERING_ROW, layout.skipped_numbering_row + 1, None,
                     field="rows", severity=Severity.WARNING)

    def data_rows(self) -> list[tuple[int, list]]:
        """(sheet row number, cells) of the list's rows: blank rows and what sits below the
        list's last NIK or name (signatures, a place and date) left out."""
        layout, rows = self.layout, self.sheet.rows
        used = sorted(set(layout.roles.values()) | {c.index for c in layout.sessions})
        data = [(number + 1, rows[number]) for number in range(layout.data_start, len(rows))
                if any(_filled(rows[number][i]) for i in used if i < len(rows[number]))]
        keys = layout.key_columns
        last = max((i for i, (_, cells) in enumerate(data)
                    if any(_filled(cells[c]) for c in keys if c < len(cells))), default=-1)
        below, data = data[last + 1:], data[:last + 1]
        if below:
            text = ROW_BELOW if len(below) == 1 else ROWS_BELOW
            self.add("rows_below_list_ignored", text.format(first=below[0][0], last=below[-1][0]),
                     below[0][0], None, field="rows", severity=Severity.WARNING)
        kept = []
        for number, cells in data:
            name = self.cell(cells, "full_name")
            if name is not None and self.cell(cells, "nik") is None and isinstance(name, str) \
                    and normalise(name).split()[:1] and normalise(name).split()[0] in _TOTAL_WORDS:
                self.add("total_row_skipped", TOTAL_ROW.format(value=name.strip()), number,
                         layout.roles["full_name"], field="rows", severity=Severity.WARNING)
                continue
            kept.append((number, cells))
        if not kept:
            self.add("no_rows", NO_ROWS.format(row=layout.row + 1), None, None, field="rows")
        self.plan.rows_read = len(kept)
        return kept

    # people
    def person(self, cells: list, row: int) -> GridPerson | None:
        world, roles = self.world, self.layout.roles
        raw_nik, raw_name = self.cell(cells, "nik"), self.cell(cells, "full_name")
        name = " ".join(cell_text(raw_name).split()) if raw_name is not None else ""
        if raw_nik is not None:
            column = roles["nik"]
            exact = _exact_number(raw_nik)
            checked = check_nik(exact if exact is not None else raw_nik, field="nik")
            if not checked.ok:
                for problem in checked.errors:
                    self.place(problem, row, column)
                return None
            nik = checked.value
            if exact is not None:
                self.add("nik_number_cell", NIK_NUMBER_CELL.format(value=nik), row, column, field="nik",
                         severity=Severity.WARNING)
            person = world.by_nik.get(nik)
            if person is not None:
                if name and _key(name) != _key(person.full_name):
                    self.add("name_differs", NAME_DIFFERS.format(nik=nik, stored=person.full_name, given=name),
                             row, roles.get("full_name"), field="full_name", severity=Severity.WARNING)
                return person
            if nik in world.other_by_nik:
                self._not_attending(*world.other_by_nik[nik], row, column)
                return None
            damaged = next((p for p in world.grid.people if nik.endswith("0") and p.nik
                            and p.nik[:15] == nik[:15]), None)
            if damaged is not None:
                self.add("nik_excel_number", NIK_LAST_DIGIT.format(
                    nik=nik, class_code=world.code, stored=damaged.nik, name=damaged.full_name),
                    row, column, field="nik")
            else:
                self.add("person_not_in_class", NIK_NOT_IN_CLASS.format(class_code=world.code, nik=nik),
                         row, column, field="nik")
            return None
        if name:
            column = roles["full_name"]
            found = world.by_name.get(_key(name), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                self.add("name_ambiguous", NAME_SHARED.format(
                    count=len(found), class_code=world.code, name=name,
                    numbers=", ".join(str(p.number) for p in found)), row, column, field="full_name")
            elif _key(name) in world.other_by_name:
                self._not_attending(*world.other_by_name[_key(name)], row, column)
            else:
                self.add("person_not_in_class", NAME_NOT_IN_CLASS.format(class_code=world.code, name=name),
                         row, column, field="full_name")
            return None
        column = roles.get("nik", roles.get("full_name"))
        self.add("person_missing", NO_PERSON, row, column, field="nik" if "nik" in roles else "full_name")
        return None

    def _not_attending(self, name: str, status: str, row: int, column: int) -> None:
        label = _status_label(status)
        self.add("person_not_attending", NOT_ATTENDING.format(
            name=name, class_code=self.world.code, status_id=label.id, status_en=label.en),
            row, column, field="nik")

    # sessions
    def session(self, when: When) -> tuple[GridSession | None, str, Text | None]:
        """The session a date (and time) names, or (None, code, why)."""
        world = self.world
        day, start = when.day, when.start
        candidates = world.by_date.get(day, [])
        params = {"class_code": world.code, **_date_params(day)}
        if start is not None:
            found = [s for s in candidates if s.start_time == start] or \
                    [s for s in candidates if s.start_time <= start < s.end_time]
            if len(found) != 1:
                if start in world.cancelled.get(day, []):
                    return None, "session_cancelled", SESSION_CANCELLED.format(**params, **_time_params(start))
                if not candidates:
                    return self._missing_day(day, params)
                return None, "no_session", NO_SESSION_AT.format(
                    **params, **_time_params(start), **_times_params([s.start_time for s in candidates]))
        elif len(candidates) > 1:
            example = f"{day:%d/%m} {candidates[-1].start_time:%H.%M}"
            return None, "session_ambiguous", SESSION_AMBIGUOUS.format(
                **params, count=len(candidates), example=example,
                **_times_params([s.start_time for s in candidates]))
        elif not candidates:
            return self._missing_day(day, params)
        else:
            found = candidates
        session = found[0]
        if session.date > world.today:
            return None, "session_future", SESSION_FUTURE.format(**params)
        if not session.editable:
            reason = session.locked_reason or Text("", "")
            return None, "session_locked", SESSION_LOCKED.format(
                **params, reason_id=reason.render("id"), reason_en=reason.render("en"))
        return session, "", None

    def _missing_day(self, day: dt.date, params: dict):
        cancelled = sorted(self.world.cancelled.get(day, []))
        if cancelled:
            return None, "session_cancelled", SESSION_CANCELLED.format(**params, **_time_params(cancelled[0]))
        return None, "no_session", NO_SESSION.format(**params)

    # marks
    def mark(self, value) -> str | None:
        key = (type(value), value)
        if key not in self._marks:
            text = " ".join(cell_text(value).split()) if _filled(value) else ""
            self._marks[key] = (mark_from_text(text) or _MORE_MARK_WORDS.get(text.casefold().strip(" ."))
                                if text else None)
        return self._marks[key]

    def unknown_mark(self, value, row: int, column: int) -> None:
        self.add("mark_unknown", MARK_UNKNOWN.format(value=cell_text(value).strip()), row, column, field="mark")

    # the two layouts
    def long_rows(self) -> None:
        roles = self.layout.roles
        date_column, mark_column = roles["date"], roles["mark"]
        for row, cells in self.data_rows():
            errors_before = len(self.plan.errors)
            person = self.person(cells, row)
            raw_date = self.cell(cells, "date")
            when = None
            if raw_date is None:
                self.add("date_missing", DATE_MISSING, row, date_column, field="date")
            else:
                checked = read_when(raw_date, today=self.world.today, choose=self.world.choose_year)
                for problem in checked.problems:
                    self.place(problem, row, date_column)
                when = checked.value
            raw_time = self.cell(cells, "time")
            if when is not None and raw_time is not None:
                label = ROLE_LABELS["time"]
                checked = read_clock(raw_time, "time", label.id, label.en)
                for problem in checked.problems:
                    self.place(problem, row, roles["time"])
                when = When(when.day, checked.value) if checked.ok else None
            session = None
            if when is not None:
                session, code, why = self.session(when)
                if session is None:
                    self.add(code, why, row, roles["time"] if code == "no_session" and when.start and
                             "time" in roles else date_column, field="session")
            raw_mark = self.cell(cells, "mark")
            mark = self.mark(raw_mark)
            if raw_mark is None:
                self.add("mark_missing", MARK_MISSING, row, mark_column, field="mark")
            elif mark is None:
                self.unknown_mark(raw_mark, row, mark_column)
            arrival = None
            raw_arrival = self.cell(cells, "arrival")
            if raw_arrival is not None:
                label = ROLE_LABELS["arrival"]
                checked = read_clock(raw_arrival, "arrival_time", label.id, label.en)
                for problem in checked.problems:
                    self.place(problem, row, roles["arrival"])
                arrival = checked.value
                if arrival is not None and mark is not None and mark != "H":
                    self.add("arrival_not_present", ARRIVAL_NOT_PRESENT.format(
                        mark=mark, **_time_params(arrival)), row, roles["arrival"], field="arrival_time")
            if arrival is not None and session is not None and (mark == "H" or mark is None):
                start = dt.datetime.combine(session.date, session.start_time)
                earliest = (start - EARLY_ARRIVAL).time() if start.hour >= 1 else dt.time(0, 0)
                if not earliest <= arrival <= session.end_time:
                    self.add("arrival_outside_session", ARRIVAL_OUTSIDE.format(
                        **_date_params(session.date), **_time_params(arrival),
                        **_time_params(session.start_time, "start"), **_time_params(session.end_time, "end"),
                        **_time_params(earliest, "earliest")), row, roles["arrival"], field="arrival_time")
            note = None
            raw_note = self.cell(cells, "note")
            if raw_note is not None:
                note = " ".join(cell_text(raw_note).split())
                if len(note) > _NOTE_MAX:
                    self.add("note_too_long", NOTE_TOO_LONG.format(length=len(note), max=_NOTE_MAX),
                             row, roles["note"], field="note")
            if len(self.plan.errors) == errors_before and person and session and mark:
                self.entries.append(_Entry(row, None, person, session, mark, arrival, note))

    def wide_rows(self) -> None:
        layout = self.layout
        rows = self.data_rows()
        filled: dict[int, list[int]] = defaultdict(list)  # session column -> rows with an entry
        for row, cells in rows:
            for column in layout.sessions:
                if column.index < len(cells) and _filled(cells[column.index]):
                    filled[column.index].append(row)
        heading_row = (layout.session_row if layout.session_row is not None else layout.row) + 1
        sessions: dict[int, GridSession] = {}
        for column in layout.sessions:
            used = filled.get(column.index, [])
            if column.when is None:
                if column.problem is not None:
                    self.place(column.problem, heading_row, column.index)
                    if not used:  # an empty column with a bad date blocks nothing
                        problem = self.plan.problems.pop()
                        self.plan.problems.append(dataclasses.replace(problem, severity=Severity.WARNING))
                continue
            if not used:
                continue  # a session yet to come, or one nobody filled in: nothing to do
            session, code, why = self.session(column.when)
            if session is None:
                shown_rows = ", ".join(str(r) for r in used[:10]) + (", ..." if len(used) > 10 else "")
                tail = COLUMN_FILLED.format(filled_rows=shown_rows)
                text = Text(why.id + tail.id, why.en + tail.en, {**why.params, **tail.params})
                self.add(code, text, heading_row, column.index, field="session")
                continue
            sessions[column.index] = session
        for row, cells in rows:
            given = [(column.index, cells[column.index]) for column in layout.sessions
                     if column.index < len(cells) and _filled(cells[column.index])]
            if not given:
                continue
            person = self.person(cells, row)
            for index, value in given:
                mark = self.mark(value)
                if mark is None:
                    self.unknown_mark(value, row, index)
                    continue
                session = sessions.get(index)
                if person is not None and session is not None:
                    self.entries.append(_Entry(row, index, person, session, mark))

    # the file as a whole, then the database
    def duplicates(self) -> None:
        groups: dict[tuple[int, int], list[_Entry]] = defaultdict(list)
        for entry in self.entries:
            groups[(entry.session.id, entry.person.enrollment_id)].append(entry)
        kept = []
        for entries in groups.values():
            if len(entries) == 1:
                kept.append(entries[0])
                continue
            for entry in entries:
                others = [e for e in entries if e is not entry]
                places = [_place(e) for e in others]
                self.add("duplicate_in_file", DUPLICATE.format(
                    name=entry.person.full_name, **_date_params(entry.session.date),
                    places_id=", ".join(p.render("id") for p in places),
                    places_en=", ".join(p.render("en") for p in places)),
                    entry.row, entry.column if entry.column is not None else self.layout.roles.get("mark"),
                    field="mark")
        self.entries = sorted(kept, key=lambda e: (e.row, e.column or 0))

    def compare(self) -> None:
        plan, stored_marks = self.plan, self.world.grid.marks
        for entry in self.entries:
            key = (entry.session.id, entry.person.enrollment_id)
            stored = stored_marks.get(key)
            arrival = entry.arrival
            if arrival is None and stored is not None and entry.mark == "H" and stored.mark == "H":
                arrival = stored.arrival_time
            note = entry.note if entry.note is not None else (stored.note if stored is not None else "")
            if stored is not None and (stored.mark, stored.arrival_time, stored.note) == (entry.mark, arrival, note):
                plan.unchanged += 1
                continue
            if not entry.person.editable:
                label = _status_label(entry.person.status)
                self.add("person_read_only", READ_ONLY_PERSON.format(
                    name=entry.person.full_name, status_id=label.id, status_en=label.en),
                    entry.row, entry.column if entry.column is not None else self.layout.roles.get("mark"),
                    field="mark")
                continue
            plan.changes.append(MarkChange(entry.session.id, entry.person.enrollment_id, entry.mark,
                                           arrival_time=arrival, note=note,
                                           expected_version=stored.version if stored is not None else 0))
            plan.before[key] = stored
            plan.places[key] = (entry.row, entry.column)


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _place(entry: _Entry) -> Text:
    if entry.column is None:
        return ROW_AT.format(row=entry.row)
    return CELL_AT.format(row=entry.row, letter=column_letter(entry.column))


def plan_attendance_import(path, class_id: int, *, today: dt.date | None = None,
                           sheet: str | None = None) -> AttendancePlan:
    """Read and check the file against the class; writes nothing.

    Raises ``ReadRefused`` for a file that cannot or must not be read, ``UserError`` when the
    class is gone. Everything else wrong with the file is in ``plan.problems``.
    """
    require(Action.ENTER_ATTENDANCE, class_id=class_id)
    today = today or dt.date.today()
    klass = TrainingClass.get_or_none(TrainingClass.id == class_id)
    if klass is None:
        raise UserError(NO_SUCH_CLASS)
    grid = attendance_grid(class_id, today=today)
    world = _Class(klass, grid, today)

    def layout_of(candidate: Sheet) -> Layout | None:
        return recognise(candidate, today=today, choose=world.choose_year)

    table = read_table(path, sheet, choose=lambda candidate: layout_of(candidate) is not None)
    layout = layout_of(table)
    plan = AttendancePlan(Path(path), class_id, sheet=table, class_code=klass.code, today=today, grid=grid)
    if layout is None:
        plan.problems.append(ImportProblem("header", Severity.ERROR, "header_not_found", HEADER_NOT_FOUND.format(
            sheet=table.name, rows=min(len(table.rows), 30))))
        return plan
    plan.layout, plan.header_row = layout.kind, layout.row + 1
    planner = _Planner(plan, table, layout, world)
    planner.columns()
    if layout.kind == LONG:
        planner.long_rows()
    else:
        planner.wide_rows()
    planner.duplicates()
    planner.compare()
    plan.problems.sort(key=lambda p: (p.row or 0, p.column if p.column is not None else -1,
                                      p.severity != Severity.ERROR))
    return plan


# -- applying ---------------------------------------------------------------------------------

def apply_attendance_import(store, plan: AttendancePlan) -> SaveOutcome:
    """Save the plan's changes in one transaction, or nothing.

    Refuses (``AttendanceImportRefused``, nothing written) while the plan holds any error. Each
    change carries the version of the cell the plan saw, so a mark changed meanwhile (another PC,
    the grid) makes ``save_marks`` refuse the lot rather than overwrite it; the rules of marks
    (sessions that took place, attending people) are checked again by ``save_marks``.
    """
    require(Action.ENTER_ATTENDANCE, class_id=plan.class_id)
    if not plan.ok:
        raise AttendanceImportRefused(plan, REFUSED.format(errors=len(plan.errors), rows=len(plan.error_rows)))
    if not plan.changes:
        return SaveOutcome(written=0, cleared=0, unchanged=plan.unchanged, warnings=[], previous=[])
    with store.transaction():
        outcome = save_marks(store, plan.class_id, plan.changes, today=plan.today)
        audit.record("import", "attendance_mark", plan.class_id, {
            "file": plan.path.name,
            "sheet": plan.sheet.name if plan.sheet else None,
            "layout": plan.layout,
            "class": plan.class_code,
            "written": outcome.written,
            "unchanged": plan.unchanged + outcome.unchanged,
        })
    return dataclasses.replace(outcome, unchanged=outcome.unchanged + plan.unchanged)


# -- the template ------------------------------------------------------------------------------

def session_headings(sessions: list[GridSession]) -> list[str]:
    """Column headings for sessions as the import reads them back: the date, with the start time
    when the class meets more than once that day."""
    per_day: dict[dt.date, int] = defaultdict(int)
    for session in sessions:
        per_day[session.date] += 1
    return [f"{s.date:%d/%m/%Y} {s.start_time:%H.%M}" if per_day[s.date] > 1 else f"{s.date:%d/%m/%Y}"
            for s in sessions]


def write_attendance_template(path, class_id: int, *, lang: str | None = None,
                              today: dt.date | None = None) -> None:
    """An XLSX workbook for typing marks in Excel that ``plan_attendance_import`` reads back: a
    title, one row per attending participant (No, Name, NIK as text) and one column per session
    headed by its date, holding the marks recorded so far."""
    require(Action.PRINT, class_id=class_id)
    import xlsxwriter

    lang = lang or current_language()
    grid = attendance_grid(class_id, today=today)
    book = xlsxwriter.Workbook(str(path))
    book.set_properties({"title": TEMPLATE_TITLE.format(name=grid.class_name, code=grid.class_code).render(lang),
                         "comments": "LPKS Desktop"})
    sheet = book.add_worksheet(TEMPLATE_SHEET.render(lang))
    border = {"border": 1, "valign": "vcenter"}
    header = book.add_format({**border, "bold": True, "align": "center", "text_wrap": True, "bg_color": "#D9D9D9"})
    later = book.add_format({**border, "bold": True, "align": "center", "text_wrap": True, "bg_color": "#F2F2F2",
                             "font_color": "#808080"})
    text = book.add_format({**border})
    nik = book.add_format({**border, "num_format": "@"})
    mark = book.add_format({**border, "align": "center", "num_format": "@"})
    sheet.write_string(0, 0, TEMPLATE_TITLE.format(name=grid.class_name, code=grid.class_code).render(lang),
                       book.add_format({"bold": True, "font_size": 13}))
    sheet.write_string(1, 0, grid.program_name or "")
    sheet.write_string(2, 0, TEMPLATE_LEGEND.render(lang), book.add_format({"italic": True}))
    top = 4
    sheet.write_string(top, 0, "No", header)
    sheet.write_string(top, 1, TEMPLATE_NAME.render(lang), header)
    sheet.write_string(top, 2, "NIK", header)
    for offset, (session, heading) in enumerate(zip(grid.sessions, session_headings(grid.sessions))):
        sheet.write_string(top, 3 + offset, heading, header if session.editable else later)
    people = [p for p in grid.people if p.editable]
    for line, person in enumerate(people, start=top + 1):
        sheet.write_number(line, 0, person.number, text)
        sheet.write_string(line, 1, person.full_name, text)
        sheet.write_string(line, 2, person.nik or "", nik)
        for offset, session in enumerate(grid.sessions):
            cell = grid.marks.get((session.id, person.enrollment_id))
            sheet.write_string(line, 3 + offset, cell.mark if cell else "", mark)
    last_row, last_column = top + len(people), 2 + len(grid.sessions)
    if people and grid.sessions:
        sheet.data_validation(top + 1, 3, last_row, last_column, {
            "validate": "list", "source": ["H", "I", "S", "A"], "error_type": "information",
            "ignore_blank": True})
    sheet.set_column(0, 0, 5)
    sheet.set_column(1, 1, 34)
    sheet.set_column(2, 2, 19)
    if grid.sessions:
        sheet.set_column(3, last_column, 11)
    sheet.set_row(top, 30)
    sheet.freeze_panes(top + 1, 3)
    book.close()


__all__ = ["AttendanceImportRefused", "AttendancePlan", "PlannedMark", "apply_attendance_import",
           "plan_attendance_import", "session_headings", "write_attendance_template"]
