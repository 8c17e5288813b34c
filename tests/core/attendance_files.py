"""A class to import attendance into, and attendance files as clerks and trainers bring them.

The class SBP-JHT-2026-01 (``class_scenario.build``) with, on "today" 10 November 2026:

    Mon 2 Nov 08.00-12.00   Tue 3 Nov 08.00-12.00 and 13.00-17.00   Wed 4 Nov (cancelled)
    Thu 5 Nov 08.00-12.00   Mon 16 Nov 08.00-12.00 (not yet held)

and its people: Ani Suryani (S on 2 Nov), Budi Hartono, Citra Lestari in training; Fajar
Nugroho withdrew after an H on 2 Nov; Eko Prasetyo withdrew without marks; Gita Permata on
the reserve list. ``twins=True`` adds a second, different Budi Hartono.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from class_scenario import Scenario, build, session
from import_sheets import nik

from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import MarkChange, attendance_grid, save_marks

TODAY = dt.date(2026, 11, 10)
MON, TUE, WED, THU, LATER = (dt.date(2026, 11, 2), dt.date(2026, 11, 3), dt.date(2026, 11, 4),
                             dt.date(2026, 11, 5), dt.date(2026, 11, 16))


@dataclass
class Person:
    name: str
    nik: str
    enrollment: m.Enrollment


@dataclass
class World:
    scenario: Scenario
    klass: m.TrainingClass
    sessions: dict[str, m.ClassSession]  # "mon", "tue_am", "tue_pm", "wed", "thu", "later"
    people: dict[str, Person]  # by first name; "budi2" for the twin

    def nik(self, who: str) -> str:
        return self.people[who].nik

    def marks(self) -> dict[tuple[str, str], str]:
        """(first name, session key) -> the stored mark, as the grid shows them."""
        grid = attendance_grid(self.klass.id, today=TODAY)
        sessions = {s.id: key for key, s in self.sessions.items()}
        people = {p.enrollment.id: key for key, p in self.people.items()}
        return {(people[e], sessions[s]): cell.mark for (s, e), cell in grid.marks.items()}

    def cell(self, who: str, when: str):
        grid = attendance_grid(self.klass.id, today=TODAY)
        return grid.marks.get((self.sessions[when].id, self.people[who].enrollment.id))


_PEOPLE = (  # key, full name, sex, born, status
    ("ani", "Ani Suryani", "P", dt.date(1998, 3, 14), m.EnrollmentStatus.ENROLLED),
    ("budi", "Budi Hartono", "L", dt.date(1995, 8, 17), m.EnrollmentStatus.ENROLLED),
    ("citra", "Citra Lestari", "P", dt.date(2000, 1, 5), m.EnrollmentStatus.PASSED_SELECTION),
    ("fajar", "Fajar Nugroho", "L", dt.date(1999, 12, 1), m.EnrollmentStatus.WITHDREW),
    ("eko", "Eko Prasetyo", "L", dt.date(1997, 6, 30), m.EnrollmentStatus.WITHDREW),
    ("gita", "Gita Permata", "P", dt.date(2001, 2, 2), m.EnrollmentStatus.RESERVE),
)


def build_world(store, *, twins: bool = False) -> World:
    scenario = build(store)
    klass = scenario.klass
    sessions = {
        "mon": session(store, klass, MON, "08:00", "12:00"),
        "tue_am": session(store, klass, TUE, "08:00", "12:00"),
        "tue_pm": session(store, klass, TUE, "13:00", "17:00"),
        "wed": session(store, klass, WED, "08:00", "12:00", status=m.SessionStatus.CANCELLED),
        "thu": session(store, klass, THU, "08:00", "12:00"),
        "later": session(store, klass, LATER, "08:00", "12:00"),
    }
    rows = list(_PEOPLE)
    if twins:
        rows.append(("budi2", "Budi Hartono", "L", dt.date(1990, 4, 4), m.EnrollmentStatus.ENROLLED))
    people = {}
    for serial, (key, name, sex, born, status) in enumerate(rows, start=1):
        number = nik(born, sex, serial)
        participant = store.save(m.Participant(nik=number, full_name=name, sex=sex, birth_date=born))
        first = m.EnrollmentStatus.ENROLLED if status == m.EnrollmentStatus.WITHDREW else status
        enrollment = store.save(m.Enrollment(training_class=klass.id, participant=participant.id, status=first))
        people[key] = Person(name, number, enrollment)
    world = World(scenario, klass, sessions, people)
    save_marks(store, klass.id, [
        MarkChange(sessions["mon"].id, people["ani"].enrollment.id, "S"),
        MarkChange(sessions["mon"].id, people["fajar"].enrollment.id, "H"),
    ], today=TODAY)
    for key, _, _, _, status in rows:
        enrollment = people[key].enrollment
        if enrollment.status != status:
            enrollment.status = status
            store.save(enrollment)
    return world


# -- files ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Number:
    """A number cell, as Excel keeps a NIK typed into a General cell."""

    value: float


def write_xlsx(path: Path, rows: list[list], *, merges=(), sheet: str = "Absensi", before: dict | None = None
               ) -> Path:
    """``rows`` of cells as one worksheet: str as text, int/float/``Number`` as numbers, a date as
    a date cell, a datetime as a date-time cell, a time as a time cell, None as nothing.
    ``merges``: (first_row, first_col, last_row, last_col, text). ``before``: sheets to put first."""
    book = xlsxwriter.Workbook(str(path))
    formats = {
        "date": book.add_format({"num_format": "dd/mm/yyyy"}),
        "datetime": book.add_format({"num_format": "dd/mm hh:mm"}),
        "time": book.add_format({"num_format": "hh:mm"}),
    }

    def fill(worksheet, sheet_rows):
        for r, cells in enumerate(sheet_rows):
            for c, value in enumerate(cells):
                if value is None:
                    continue
                if isinstance(value, Number):
                    worksheet.write_number(r, c, value.value)
                elif isinstance(value, dt.datetime):
                    worksheet.write_datetime(r, c, value, formats["datetime"])
                elif isinstance(value, dt.date):
                    worksheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), formats["date"])
                elif isinstance(value, dt.time):
                    worksheet.write_datetime(r, c, value, formats["time"])
                elif isinstance(value, (int, float)):
                    worksheet.write_number(r, c, value)
                else:
                    worksheet.write_string(r, c, str(value))

    for name, sheet_rows in (before or {}).items():
        fill(book.add_worksheet(name), sheet_rows)
    worksheet = book.add_worksheet(sheet)
    fill(worksheet, rows)
    for r1, c1, r2, c2, text in merges:
        worksheet.merge_range(r1, c1, r2, c2, text)
    book.close()
    return path


def write_csv(path: Path, rows: list[list], *, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    """What an Indonesian Excel writes for "CSV (Comma delimited)": semicolons, Windows-1252."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
