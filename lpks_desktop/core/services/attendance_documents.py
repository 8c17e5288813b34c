"""Gathering the data of attendance documents: the sheets participants sign per session, the
class grid of participants by session dates, and the recap of attendance rates. The
documents package prints plain data; this module reads the database for it."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Iterable, Sequence

import peewee

from ..auth.permissions import Action, require, require_for_sessions
from ...documents.attendance_grid import ClassGridDocument, GridColumn, GridRow, build_class_grid
from ...documents.attendance_recap import RecapDocument, RecapRow, build_attendance_recap
from ...documents.attendance_sheet import (
    AttendanceSheet,
    SheetOptions,
    SheetPerson,
    build_attendance_sheets,
)
from ...documents.attendance_xlsx import build_recap_xlsx
from ...documents.letterhead import Letterhead
from ...documents.output import Destination
from ..errors import UserError
from ..i18n import Text, current_language
from ..models import (
    ClassSession,
    ClassStatus,
    CompetencyUnit,
    Institution,
    Program,
    Room,
    SessionStatus,
    SessionTrainer,
    Trainer,
    TrainerRole,
    TrainingClass,
)
from .attendance import ATTENDING, AttendanceGrid, attendance_grid, people_of_classes
from .attendance_rates import VERDICT_LABELS, ClassRates, class_rates
from .settings import default_paper

_OUTER = peewee.JOIN.LEFT_OUTER

NOTHING_TO_PRINT = Text("Tidak ada pertemuan yang dipilih untuk dicetak.",
                        "No sessions were chosen to print.")
NO_SUCH_SESSIONS = Text("Pertemuan tidak ditemukan (mungkin sudah dihapus): {ids}.",
                        "Sessions not found (perhaps deleted): {ids}.")
CANCELLED_SESSION = Text(
    "Pertemuan kelas {code} pada {day} dibatalkan; daftar hadirnya tidak dicetak.",
    "The session of class {code} on {day} is cancelled; its attendance sheet is not printed.")

# The time zone a province keeps, for "08.00-12.00 WIB". Unknown spellings print no zone.
_WIB = ("aceh", "nanggroe aceh darussalam", "sumatera utara", "sumut", "sumatera barat", "sumbar",
        "riau", "kepulauan riau", "kepri", "jambi", "sumatera selatan", "sumsel", "bengkulu",
        "lampung", "bangka belitung", "kepulauan bangka belitung", "babel", "dki jakarta",
        "jakarta", "daerah khusus jakarta", "jawa barat", "jabar", "banten", "jawa tengah",
        "jateng", "di yogyakarta", "diy", "yogyakarta", "daerah istimewa yogyakarta",
        "jawa timur", "jatim", "kalimantan barat", "kalbar", "kalimantan tengah", "kalteng")
_WITA = ("bali", "nusa tenggara barat", "ntb", "nusa tenggara timur", "ntt",
         "kalimantan selatan", "kalsel", "kalimantan timur", "kaltim", "kalimantan utara",
         "kaltara", "sulawesi utara", "sulut", "gorontalo", "sulawesi tengah", "sulteng",
         "sulawesi barat", "sulbar", "sulawesi selatan", "sulsel", "sulawesi tenggara", "sultra")
_WIT = ("maluku", "maluku utara", "malut", "papua", "papua barat", "papua selatan",
        "papua tengah", "papua pegunungan", "papua barat daya")
_ZONES = {name: zone for zone, names in (("WIB", _WIB), ("WITA", _WITA), ("WIT", _WIT))
          for name in names}


def time_zone_of(province: str) -> str:
    """``WIB``, ``WITA`` or ``WIT`` for a province as clerks write it ("Prov. Kalimantan
    Selatan", "Kalsel", "D.I. Yogyakarta"); blank when it cannot be told."""
    key = re.sub(r"[^a-z ]+", " ", (province or "").lower())
    key = " ".join(key.split())
    key = re.sub(r"^(provinsi|prov) ", "", key)
    key = key.replace("d i ", "di ").replace("d k i ", "dki ")
    return _ZONES.get(key, "")


# -- people and sessions ---------------------------------------------------------------------


def listed_people(class_ids: Iterable[int]) -> dict[int, list[SheetPerson]]:
    """Class id -> the people on its sheets (those attending), numbered as everywhere else."""
    return {class_id: [SheetPerson(number=p.number, full_name=p.full_name, nik=p.nik)
                       for p in people]
            for class_id, people in people_of_classes(set(class_ids)).items()}


def session_numbers(class_ids: Iterable[int]) -> dict[int, int]:
    """Session id -> its "pertemuan ke-": its place among its class's non-cancelled sessions."""
    numbers: dict[int, int] = {}
    counters: dict[int, int] = defaultdict(int)
    query = (ClassSession.select(ClassSession.id, ClassSession.training_class)
             .where(ClassSession.training_class.in_(list(set(class_ids))),
                    ClassSession.status != SessionStatus.CANCELLED)
             .order_by(ClassSession.date, ClassSession.start_time, ClassSession.id).tuples())
    for session_id, class_id in query:
        counters[class_id] += 1
        numbers[session_id] = counters[class_id]
    return numbers


def session_trainers(session_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Session id -> its trainers' names, lead first, then in the order they were assigned."""
    rows: dict[int, list[tuple]] = defaultdict(list)
    query = (SessionTrainer.select(SessionTrainer.session, SessionTrainer.role, SessionTrainer.id,
                                   Trainer.full_name)
             .join(Trainer).where(SessionTrainer.session.in_(list(session_ids))).tuples())
    for session_id, role, row_id, name in query:
        rows[session_id].append((0 if role == TrainerRole.LEAD else 1, row_id, name))
    return {sid: tuple(name for _r, _i, name in sorted(items)) for sid, items in rows.items()}


def week_session_ids(first: dt.date, last: dt.date, *, trainer_id: int | None = None,
                     class_id: int | None = None, institution_id: int | None = None) -> list[int]:
    """The sessions from ``first`` to ``last`` that get a sheet: not cancelled, of classes not
    cancelled, by date, start time and class code; only a trainer's, a class's or an
    institution's when asked."""
    query = (ClassSession.select(ClassSession.id)
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .where(ClassSession.date.between(first, last),
                    ClassSession.status != SessionStatus.CANCELLED,
                    TrainingClass.status != ClassStatus.CANCELLED)
             .order_by(ClassSession.date, ClassSession.start_time, TrainingClass.code,
                       ClassSession.id))
    if class_id is not None:
        query = query.where(ClassSession.training_class == class_id)
    if institution_id is not None:
        query = query.where(TrainingClass.institution == institution_id)
    if trainer_id is not None:
        query = query.where(ClassSession.id.in_(
            SessionTrainer.select(SessionTrainer.session).where(SessionTrainer.trainer == trainer_id)))
    return [session_id for (session_id,) in query.tuples()]


def sessions_on(class_id: int, day: dt.date) -> list[int]:
    """The class's sessions on ``day`` that get a sheet (not cancelled), by start time."""
    return week_session_ids(day, day, class_id=class_id)


# -- attendance sheets -----------------------------------------------------------------------


def attendance_sheets(session_ids: Sequence[int], *, lang: str | None = None) -> list[AttendanceSheet]:
    """The sheets of the sessions, in the order given (a session asked twice prints once).

    Raises ``UserError`` for no sessions, sessions that no longer exist, or a cancelled one.
    """
    require_for_sessions(Action.PRINT, session_ids)
    lang = lang or current_language()
    wanted = list(dict.fromkeys(session_ids))
    if not wanted:
        raise UserError(NOTHING_TO_PRINT)
    session_room, class_room = Room.alias(), Room.alias()
    query = (ClassSession
             .select(ClassSession, TrainingClass, Program, Institution, CompetencyUnit,
                     peewee.fn.COALESCE(session_room.name, class_room.name).alias("room_name"))
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .join(Program, on=(TrainingClass.program == Program.id))
             .join_from(TrainingClass, Institution, on=(TrainingClass.institution == Institution.id))
             .join_from(ClassSession, CompetencyUnit, _OUTER, on=(ClassSession.unit == CompetencyUnit.id))
             .join_from(ClassSession, session_room, _OUTER, on=(ClassSession.room == session_room.id))
             .join_from(TrainingClass, class_room, _OUTER, on=(TrainingClass.room == class_room.id))
             .where(ClassSession.id.in_(wanted)))
    sessions = {s.id: s for s in query}
    missing = [str(i) for i in wanted if i not in sessions]
    if missing:
        raise UserError(NO_SUCH_SESSIONS.format(ids=", ".join(missing)))
    for s in sessions.values():
        if s.status == SessionStatus.CANCELLED:
            raise UserError(CANCELLED_SESSION.format(code=s.training_class.code,
                                                     day=s.date.isoformat()))
    class_ids = {s.training_class.id for s in sessions.values()}
    people = listed_people(class_ids)
    numbers = session_numbers(class_ids)
    trainers = session_trainers(wanted)
    letterheads: dict[int, Letterhead] = {}
    sheets = []
    for session_id in wanted:
        s = sessions[session_id]
        klass = s.training_class
        institution = klass.institution
        if institution.id not in letterheads:
            letterheads[institution.id] = Letterhead.from_institution(institution, lang)
        unit = s.unit if s.unit_id else None
        sheets.append(AttendanceSheet(
            letterhead=letterheads[institution.id], class_code=klass.code, class_name=klass.name,
            date=s.date, start_time=s.start_time, end_time=s.end_time,
            program_name=klass.program.name, batch=klass.batch,
            session_number=numbers.get(session_id), time_zone=time_zone_of(institution.province),
            room=s.room_name or "", trainer_names=trainers.get(session_id, ()),
            unit_code=unit.code if unit else "", unit_title=unit.title if unit else "",
            topic=s.topic or "", jp=s.jp, people=people.get(klass.id, []),
            place=institution.city or ""))
    return sheets


def _paper_for(paper: str | None, institution_id: int | None) -> str:
    return paper or default_paper(institution_id)


def _institution_of_session(session_id: int) -> int | None:
    row = (TrainingClass.select(TrainingClass.institution)
           .join(ClassSession, on=(ClassSession.training_class == TrainingClass.id))
           .where(ClassSession.id == session_id).tuples().first())
    return row[0] if row else None


def write_attendance_sheets(out: Destination, session_ids: Sequence[int], *, paper: str | None = None,
                            landscape: bool = False, show_nik: bool = False, blank_rows: int = 0,
                            lang: str | None = None) -> int:
    """Print one sheet per session into one PDF, each starting a new page with its own
    letterhead and page numbers. ``paper`` None: the default paper of the first session's
    institution. Returns the number of pages."""
    require_for_sessions(Action.PRINT, session_ids)
    lang = lang or current_language()
    sheets = attendance_sheets(session_ids, lang=lang)
    institution_id = _institution_of_session(next(iter(dict.fromkeys(session_ids))))
    options = SheetOptions(paper=_paper_for(paper, institution_id), landscape=landscape,
                           show_nik=show_nik, blank_rows=max(0, int(blank_rows)), lang=lang)
    return build_attendance_sheets(sheets, out, options)


# -- the class grid and the recap ------------------------------------------------------------


def _class_with_details(class_id: int) -> TrainingClass:
    return (TrainingClass.select(TrainingClass, Program, Institution, Room)
            .join(Program).switch(TrainingClass).join(Institution)
            .switch(TrainingClass).join(Room, _OUTER)
            .where(TrainingClass.id == class_id).get())


def _class_trainers(grid: AttendanceGrid) -> tuple[str, ...]:
    """The class's trainers: who leads most sessions first, assistants after."""
    leads: dict[str, int] = defaultdict(int)
    others: dict[str, int] = defaultdict(int)
    for s in grid.sessions:
        for position, name in enumerate(s.trainer_names):
            (leads if position == 0 else others)[name] += 1
    ranked = sorted(leads, key=lambda n: (-leads[n], n.casefold()))
    ranked += [n for n in sorted(others, key=lambda n: (-others[n], n.casefold())) if n not in leads]
    return tuple(ranked)


def _period(klass: TrainingClass, grid: AttendanceGrid) -> tuple[dt.date | None, dt.date | None]:
    dates = [s.date for s in grid.sessions]
    return (klass.start_date or (min(dates) if dates else None),
            klass.end_date or (max(dates) if dates else None))


def class_grid_document(class_id: int, *, paper: str | None = None, landscape: bool = True,
                        with_marks: bool = False, show_nik: bool = False, blank_rows: int = 0,
                        lang: str | None = None, today: dt.date | None = None) -> ClassGridDocument:
    """The class's participants by its sessions (cancelled ones left out). A blank grid
    lists those attending, to fill in by hand; ``with_marks`` prints what is recorded,
    those who left (and have marks) greyed after the others."""
    require(Action.PRINT, class_id=class_id)
    lang = lang or current_language()
    today = today or dt.date.today()
    klass = _class_with_details(class_id)
    institution = klass.institution
    grid = attendance_grid(class_id, today=today)
    people = grid.people if with_marks else [p for p in grid.people if p.status in ATTENDING]
    rows = []
    for person in people:
        marks = tuple(cell.mark if (cell := grid.marks.get((s.id, person.enrollment_id))) else ""
                      for s in grid.sessions) if with_marks else ()
        rows.append(GridRow(number=person.number, full_name=person.full_name, nik=person.nik,
                            marks=marks, inactive=person.status not in ATTENDING))
    start, end = _period(klass, grid)
    return ClassGridDocument(
        letterhead=Letterhead.from_institution(institution, lang), class_code=klass.code,
        class_name=klass.name, program_name=klass.program.name, batch=klass.batch,
        period_start=start, period_end=end, room=klass.room.name if klass.room_id else "",
        trainer_names=_class_trainers(grid),
        sessions=[GridColumn(number=s.number, date=s.date, start_time=s.start_time,
                             end_time=s.end_time, jp=s.jp) for s in grid.sessions],
        rows=rows, with_marks=with_marks, show_nik=show_nik, blank_rows=max(0, int(blank_rows)),
        paper=_paper_for(paper, institution.id), landscape=landscape, lang=lang,
        place=institution.city or "", issued_on=today if with_marks else None,
        head_name=institution.head_name or "", head_title=institution.head_title or "")


def write_class_grid(out: Destination, class_id: int, *, paper: str | None = None,
                     landscape: bool = True, with_marks: bool = False, show_nik: bool = False,
                     blank_rows: int = 0, lang: str | None = None,
                     today: dt.date | None = None) -> int:
    """Print the class grid as a PDF. Returns the number of pages."""
    require(Action.PRINT, class_id=class_id)
    return build_class_grid(class_grid_document(
        class_id, paper=paper, landscape=landscape, with_marks=with_marks, show_nik=show_nik,
        blank_rows=blank_rows, lang=lang, today=today), out)


def recap_document(class_id: int, *, paper: str | None = None, landscape: bool = False,
                   lang: str | None = None, today: dt.date | None = None,
                   rates: ClassRates | None = None) -> RecapDocument:
    """Every participant's attendance and verdict as of ``today``, for the head to sign."""
    require(Action.PRINT, class_id=class_id)
    lang = lang or current_language()
    today = today or dt.date.today()
    klass = _class_with_details(class_id)
    institution = klass.institution
    rates = rates or class_rates(class_id, today=today)
    grid = attendance_grid(class_id, today=today)
    start, end = _period(klass, grid)
    rows = [RecapRow(
        number=r.number, full_name=r.full_name, nik=r.nik,
        counts=tuple(r.counts.get(mark, 0) for mark in ("H", "I", "S", "A")),
        unmarked=r.unmarked, late=r.late, attended_jp=r.attended_jp, counted_jp=r.counted_jp,
        rate_pct=r.rate_pct, min_pct=r.min_pct, verdict=r.verdict,
        verdict_label=VERDICT_LABELS[r.verdict].render(lang), reason=r.reason.render(lang),
        inactive=r.status not in ATTENDING) for r in rates.rows]
    return RecapDocument(
        letterhead=Letterhead.from_institution(institution, lang), class_code=klass.code,
        class_name=klass.name, program_name=klass.program.name, batch=klass.batch,
        period_start=start, period_end=end, trainer_names=_class_trainers(grid),
        min_pct=rates.min_pct, delivered_sessions=rates.delivered_sessions,
        delivered_jp=rates.delivered_jp, remaining_sessions=rates.remaining_sessions,
        remaining_jp=rates.remaining_jp, excused_rule=rates.rules.excused,
        sick_rule=rates.rules.sick, unmarked_dates=[day for _id, day in rates.unmarked_sessions],
        rows=rows, as_of=today, paper=_paper_for(paper, institution.id), landscape=landscape,
        lang=lang, place=institution.city or "", issued_on=today,
        head_name=institution.head_name or "", head_title=institution.head_title or "")


def write_recap_pdf(out: Destination, class_id: int, *, paper: str | None = None,
                    landscape: bool = False, lang: str | None = None,
                    today: dt.date | None = None) -> int:
    """Print the class's attendance recap as a PDF. Returns the number of pages."""
    require(Action.PRINT, class_id=class_id)
    return build_attendance_recap(recap_document(class_id, paper=paper, landscape=landscape,
                                                 lang=lang, today=today), out)


def write_recap_xlsx(out: Destination, class_id: int, *, lang: str | None = None,
                     today: dt.date | None = None) -> None:
    """Write the recap and the recorded marks as an Excel workbook."""
    require(Action.PRINT, class_id=class_id)
    lang = lang or current_language()
    today = today or dt.date.today()
    recap = recap_document(class_id, lang=lang, today=today, landscape=True)
    grid = class_grid_document(class_id, with_marks=True, show_nik=True, lang=lang, today=today,
                               paper=recap.paper)
    build_recap_xlsx(recap, grid, out)
