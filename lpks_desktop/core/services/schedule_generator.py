"""Planning all sessions of a class at once: chosen weekdays, daily time slots, the program's JP.

The clerk picks a start date, the weekdays the class meets (e.g. Monday to
Friday) and the day's slots (e.g. 08.00-12.00 and 13.00-16.00). Sessions follow
day by day, skipping closed days, until the program's JP are covered, one
competency unit after another. ``generate`` does the planning without touching
the database, so it can be shown (and tested) before anything is saved;
``draft_for_class`` feeds it a class's program and calendar; ``save_draft``
replaces the class's untouched sessions with the draft.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import peewee

from ..auth.permissions import Action, require
from ..bulk import bulk_insert
from ..i18n import Text
from ..models import (
    AttendanceMark,
    ClassSession,
    CompetencyUnit,
    ConflictOverride,
    Program,
    SessionStatus,
    SessionTrainer,
    TrainerRole,
    TrainingClass,
)
from ..validation import Checked, Problem
from ..validation.dates import format_date_en, format_date_id
from ..validation.problems import error, warning
from . import audit, conflicts, settings
from .closed_days import closed_days
from .records import ValidationFailed

MAX_DAYS = 730
SLOTS = "slots"


@dataclass(frozen=True, order=True)
class TimeSlot:
    """A daily teaching period, e.g. 08:00-12:00; breaks fall between slots."""

    start: time
    end: time

    @property
    def minutes(self) -> int:
        return _minutes(self.end) - _minutes(self.start)

    def shown(self, lang: str = "id") -> str:
        return f"{show_time(self.start, lang)}-{show_time(self.end, lang)}"


def show_time(clock: time, lang: str = "id") -> str:
    """08.00 in Indonesian, 08:00 in English."""
    return f"{clock:%H.%M}" if lang == "id" else f"{clock:%H:%M}"


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


# --- Reading the slots a clerk types ------------------------------------------------------------

# 8, 08, 8.30, 08:30, 0830 is not accepted (too easy to misread as a number).
_TIME = r"(\d{1,2})(?:[.:](\d{2}))?"
_RANGE = re.compile(rf"{_TIME}\s*(?:-|–|—|s\.?/?d\.?|sampai|to)\s*{_TIME}", re.IGNORECASE)
_PIECES = re.compile(r"[,;\n]")

NO_SLOTS = Text(
    "Isi jam pelajaran harian, misalnya 08.00-12.00, 13.00-16.00.",
    "Enter the daily time slots, e.g. 08:00-12:00, 13:00-16:00.",
)
BAD_SLOT = Text(
    'Jam "{piece}" tidak terbaca. Tulis jam mulai dan jam selesai, misalnya 08.00-12.00.',
    'The slot "{piece}" cannot be read. Write a start and an end time, e.g. 08:00-12:00.',
)
BAD_CLOCK = Text(
    'Jam "{piece}" memuat waktu yang tidak ada (jam 0-23, menit 0-59).',
    'The slot "{piece}" holds a time that does not exist (hours 0-23, minutes 0-59).',
)
BACKWARDS_SLOT = Text(
    'Jam "{piece}" selesai sebelum atau tepat saat mulai.',
    'The slot "{piece}" ends before or when it starts.',
)
OVERLAPPING_SLOTS = Text(
    "Jam {first_id} dan {second_id} bertumpang tindih.",
    "The slots {first_en} and {second_en} overlap.",
)


def _read_clock(hours: str, minutes: str | None) -> time | None:
    h, m = int(hours), int(minutes or 0)
    return time(h, m) if h < 24 and m < 60 else None


def parse_slots(text: str) -> Checked[list[TimeSlot]]:
    """The slots in ``text``, sorted by start time, or every problem found (field "slots").

    Reads what clerks type: "08:00-12:00, 13:00-16:00", "08.00-12.00; 13.00-16.00",
    "8-12, 13-16", an en dash, "08.00 s/d 12.00". Slots may touch (10.00-12.00 after
    08.00-10.00) but not overlap.
    """
    pieces = [piece.strip() for piece in _PIECES.split(text or "")]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return Checked(None, (error(SLOTS, "required", NO_SLOTS),))
    problems: list[Problem] = []
    slots: list[TimeSlot] = []
    for piece in pieces:
        found = _RANGE.fullmatch(piece)
        if not found:
            problems.append(error(SLOTS, "slot_format", BAD_SLOT.format(piece=piece)))
            continue
        start, end = _read_clock(*found.group(1, 2)), _read_clock(*found.group(3, 4))
        if start is None or end is None:
            problems.append(error(SLOTS, "slot_time", BAD_CLOCK.format(piece=piece)))
        elif end <= start:
            problems.append(error(SLOTS, "slot_order", BACKWARDS_SLOT.format(piece=piece)))
        else:
            slots.append(TimeSlot(start, end))
    slots.sort()
    for first, second in zip(slots, slots[1:]):
        if second.start < first.end:
            problems.append(error(SLOTS, "slot_overlap", OVERLAPPING_SLOTS.format(
                first_id=first.shown("id"), second_id=second.shown("id"),
                first_en=first.shown("en"), second_en=second.shown("en"))))
    if problems:
        return Checked(None, tuple(problems))
    return Checked(slots)


# --- Planning -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DraftSession:
    date: date
    start_time: time
    end_time: time
    jp: int
    unit_id: int | None  # None: JP the program has beyond its units
    unit_code: str
    unit_title: str


@dataclass(frozen=True)
class UnitPlan:
    """JP a unit has in the program against JP the draft gives it. The row with ``unit_id``
    None holds the JP the program has beyond the sum of its units."""

    unit_id: int | None
    code: str
    title: str
    program_jp: int
    planned_jp: int


@dataclass
class ScheduleDraft:
    sessions: list[DraftSession]
    skipped: list[tuple[date, str]]  # chosen weekdays left out, with why
    program_jp: int
    planned_jp: int
    units: list[UnitPlan]
    problems: tuple[Problem, ...] = ()
    first_date: date | None = None
    last_date: date | None = None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def ok(self) -> bool:
        """True when the draft may be saved: no errors and every JP of the program planned."""
        return not self.errors and bool(self.sessions) and self.planned_jp == self.program_jp


NO_WEEKDAYS = Text(
    "Pilih minimal satu hari pertemuan.",
    "Choose at least one weekday for the sessions.",
)
BAD_WEEKDAY = Text(
    "Hari {value} tidak dikenal (0 = Senin sampai 6 = Minggu).",
    "Unknown weekday {value} (0 = Monday to 6 = Sunday).",
)
BAD_TOTAL = Text(
    "Jumlah JP program harus lebih dari 0, tertulis {value}.",
    "The program's JP must be more than 0, not {value}.",
)
BAD_MINUTES = Text(
    "Menit per JP harus lebih dari 0, tertulis {value}.",
    "Minutes per JP must be more than 0, not {value}.",
)
SHORT_SLOT = Text(
    "Jam {slot_id} hanya {minutes} menit, kurang dari 1 JP ({per_jp} menit).",
    "The slot {slot_en} lasts {minutes} minutes, less than 1 JP ({per_jp} minutes).",
)
NO_UNITS = Text(
    "Program ini belum punya unit kompetensi; pertemuan dibuat tanpa unit.",
    "The program has no competency units; sessions are planned without a unit.",
)
UNITS_SHORT = Text(
    "Jumlah JP unit kompetensi {units_jp} JP, sedangkan program {program_jp} JP: "
    "{rest} JP terakhir dijadwalkan tanpa unit.",
    "The units sum to {units_jp} JP but the program has {program_jp} JP: "
    "the last {rest} JP are planned without a unit.",
)
UNITS_LONG = Text(
    "Jumlah JP unit kompetensi {units_jp} JP, melebihi JP program ({program_jp} JP): "
    "unit terakhir mendapat JP lebih sedikit.",
    "The units sum to {units_jp} JP, more than the program's {program_jp} JP: "
    "the last units get fewer JP.",
)
DOES_NOT_FIT = Text(
    "Dalam {days} hari sejak {start_id} hanya {planned} dari {program_jp} JP yang terjadwal. "
    "Pilih lebih banyak hari atau jam.",
    "In {days} days from {start_en} only {planned} of {program_jp} JP fit. "
    "Choose more weekdays or slots.",
)


def _check_inputs(weekdays: Iterable[int], slots: Sequence[TimeSlot], total_jp: int,
                  minutes_per_jp: int) -> list[Problem]:
    problems = []
    if not weekdays:
        problems.append(error("weekdays", "required", NO_WEEKDAYS))
    for day in sorted(weekdays):
        if not (isinstance(day, int) and 0 <= day <= 6):
            problems.append(error("weekdays", "weekday", BAD_WEEKDAY.format(value=day)))
    if not isinstance(total_jp, int) or total_jp < 1:
        problems.append(error("total_jp", "positive", BAD_TOTAL.format(value=total_jp)))
    if not isinstance(minutes_per_jp, int) or minutes_per_jp < 1:
        problems.append(error("minutes_per_jp", "positive", BAD_MINUTES.format(value=minutes_per_jp)))
        return problems
    if not slots:
        problems.append(error(SLOTS, "required", NO_SLOTS))
    for slot in slots:
        if slot.minutes < minutes_per_jp:
            problems.append(error(SLOTS, "slot_short", SHORT_SLOT.format(
                slot_id=slot.shown("id"), slot_en=slot.shown("en"), minutes=slot.minutes,
                per_jp=minutes_per_jp)))
    for first, second in zip(sorted(slots), sorted(slots)[1:]):
        if second.start < first.end:
            problems.append(error(SLOTS, "slot_overlap", OVERLAPPING_SLOTS.format(
                first_id=first.shown("id"), second_id=second.shown("id"),
                first_en=first.shown("en"), second_en=second.shown("en"))))
    return problems


@dataclass
class _Part:
    """A stretch of JP to plan: one unit's, or the program's JP beyond its units."""

    unit_id: int | None
    code: str
    title: str
    jp: int


def _parts(units: Sequence[Any], total_jp: int) -> tuple[list[_Part], list[UnitPlan], list[Problem]]:
    """What to teach in order, cut to exactly ``total_jp``, and the warnings about it."""
    problems = []
    units_jp = sum(unit.jp for unit in units)
    if not units:
        problems.append(warning("units", "no_units", NO_UNITS))
    elif units_jp < total_jp:
        problems.append(warning("units", "units_short", UNITS_SHORT.format(
            units_jp=units_jp, program_jp=total_jp, rest=total_jp - units_jp)))
    elif units_jp > total_jp:
        problems.append(warning("units", "units_long", UNITS_LONG.format(
            units_jp=units_jp, program_jp=total_jp)))
    parts, left = [], total_jp
    for unit in units:
        jp = min(unit.jp, left)
        if jp > 0:
            parts.append(_Part(unit.id, unit.code, unit.title, jp))
            left -= jp
    if left > 0:
        parts.append(_Part(None, "", "", left))
    plans = [UnitPlan(unit.id, unit.code, unit.title, unit.jp, 0) for unit in units]
    if units_jp < total_jp:
        plans.append(UnitPlan(None, "", "", total_jp - units_jp, 0))
    return parts, plans, problems


def generate(start: date, weekdays: set[int], slots: Sequence[TimeSlot], total_jp: int,
             units: Sequence[Any], minutes_per_jp: int, closed: Mapping[date, str],
             max_days: int = MAX_DAYS) -> ScheduleDraft:
    """Sessions from ``start`` on the chosen ``weekdays`` (0 = Monday) in the day's ``slots``
    until ``total_jp`` are planned, skipping the ``closed`` days; no database needed.

    Each slot holds floor(minutes / minutes_per_jp) JP. ``units`` (objects with id, code,
    title, jp) are taught in order; where a unit's JP run out inside a slot the slot is
    split, so the next unit starts right there and every unit gets exactly its JP. The
    last session ends as soon as the program's last JP is taught. Looks at most
    ``max_days`` calendar days ahead; if the JP do not fit, the draft says so.
    """
    slots = sorted(slots)
    problems = _check_inputs(weekdays, slots, total_jp, minutes_per_jp)
    parts, plans, warnings = _parts(units, total_jp if isinstance(total_jp, int) else 0)
    problems += warnings
    if any(p.is_error for p in problems):
        return ScheduleDraft([], [], total_jp, 0, plans, tuple(problems))

    sessions: list[DraftSession] = []
    skipped: list[tuple[date, str]] = []
    planned = 0
    part_index, part_left = 0, parts[0].jp
    for offset in range(max_days):
        if part_index == len(parts):
            break
        day = start + timedelta(days=offset)
        if day.weekday() not in weekdays:
            continue
        reason = closed.get(day)
        if reason is not None:
            skipped.append((day, reason))
            continue
        for slot in slots:
            clock = _minutes(slot.start)
            slot_left = slot.minutes // minutes_per_jp
            while slot_left and part_index < len(parts):
                part = parts[part_index]
                take = min(slot_left, part_left)
                slot_left -= take
                part_left -= take
                planned += take
                last = planned == total_jp
                # A piece that fills the rest of the slot runs to the slot's end (the spare
                # minutes are the slot's break); the program's last piece ends when its JP do.
                end = _minutes(slot.end) if slot_left == 0 and not last else clock + take * minutes_per_jp
                sessions.append(DraftSession(day, _clock(clock), _clock(end), take, part.unit_id,
                                             part.code, part.title))
                clock = end
                if part_left == 0:
                    part_index += 1
                    part_left = parts[part_index].jp if part_index < len(parts) else 0

    if planned < total_jp:
        # Ran out of days: closed days after the last session are outside the schedule.
        last_day = sessions[-1].date if sessions else start - timedelta(days=1)
        skipped = [(day, reason) for day, reason in skipped if day <= last_day]
        problems.append(error("start", "does_not_fit", DOES_NOT_FIT.format(
            days=max_days, start_id=format_date_id(start), start_en=format_date_en(start),
            planned=planned, program_jp=total_jp)))
    taught: dict[int | None, int] = {}
    for session in sessions:
        taught[session.unit_id] = taught.get(session.unit_id, 0) + session.jp
    plans = [UnitPlan(p.unit_id, p.code, p.title, p.program_jp, taught.get(p.unit_id, 0))
             for p in plans]
    return ScheduleDraft(
        sessions, skipped, total_jp, planned, plans, tuple(problems),
        sessions[0].date if sessions else None, sessions[-1].date if sessions else None)


# --- A class's draft ----------------------------------------------------------------------------

def _days_needed(weekdays: set[int], slots: Sequence[TimeSlot], total_jp: int,
                 minutes_per_jp: int) -> int:
    """Calendar days the schedule will probably span, with room for holidays.

    Closed days are read for this span only; a schedule that does not fit is planned
    again over the full ``MAX_DAYS``.
    """
    if minutes_per_jp < 1:
        return MAX_DAYS
    per_day = sum(slot.minutes // minutes_per_jp for slot in slots)
    days = {d for d in weekdays if isinstance(d, int) and 0 <= d <= 6}
    if per_day < 1 or not days:
        return MAX_DAYS
    weeks = math.ceil(total_jp / (per_day * len(days)))
    # A quarter more, and three weeks: enough for Idul Fitri with its collective leave.
    return min(MAX_DAYS, math.ceil(weeks * 7 * 1.25) + 21)


def class_units(program_id: int) -> list[CompetencyUnit]:
    return list(CompetencyUnit.select(CompetencyUnit.id, CompetencyUnit.code, CompetencyUnit.title,
                                      CompetencyUnit.jp)
                .where(CompetencyUnit.program == program_id)
                .order_by(CompetencyUnit.position, CompetencyUnit.id))


def draft_for_class(class_id: int, start: date, weekdays: set[int], slots: Sequence[TimeSlot], *,
                    collective_leave: bool | None = None, language: str = "id") -> ScheduleDraft:
    """The draft for a class: its program's JP and units, the minutes per JP, and the
    days its institution is closed (collective leave as the institution's setting says,
    unless ``collective_leave`` is given). ``language`` is that of the closed days' names.

    Raises ``TrainingClass.DoesNotExist`` for an unknown id.
    """
    institution_id, program_id, total_jp = (
        TrainingClass.select(TrainingClass.institution, TrainingClass.program, Program.total_jp)
        .join(Program).where(TrainingClass.id == class_id).tuples().get())
    units = class_units(program_id)
    per_jp = settings.minutes_per_jp()
    if collective_leave is None:
        collective_leave = settings.skips_collective_leave(institution_id)
    span = _days_needed(weekdays, slots, total_jp, per_jp)
    while True:
        closed = closed_days(institution_id, start, start + timedelta(days=span - 1),
                             collective_leave=collective_leave, language=language)
        draft = generate(start, weekdays, slots, total_jp, units, per_jp, closed, max_days=span)
        if span >= MAX_DAYS or not any(p.code == "does_not_fit" for p in draft.problems):
            return draft
        span = MAX_DAYS


# --- Saving -------------------------------------------------------------------------------------

NOT_READY = Text(
    "Jadwal belum lengkap: {planned} dari {program_jp} JP terjadwal. Perbaiki isian lalu buat ulang.",
    "The schedule is not complete: {planned} of {program_jp} JP planned. Fix the entries and "
    "generate it again.",
)
STALE_DRAFT = Text(
    "Program kelas ini berubah sejak jadwal dibuat (JP atau unit kompetensinya). Buat ulang jadwalnya.",
    "The class's program changed since the schedule was generated (its JP or units). "
    "Generate the schedule again.",
)
SESSIONS_IN_USE = Text(
    "Jadwal kelas ini tidak dapat diganti: {held} pertemuan sudah terlaksana, {marked} sudah punya "
    "catatan kehadiran dan {journaled} sudah punya jurnal instruktur. Ubah pertemuan satu per satu.",
    "This class's schedule cannot be replaced: {held} sessions were held, {marked} have attendance "
    "marks and {journaled} have a trainer journal. Change sessions one at a time instead.",
)


def _refuse(field_name: str, code: str, text: Text) -> ValidationFailed:
    return ValidationFailed((error(field_name, code, text),))


def _check_draft(klass: TrainingClass, draft: ScheduleDraft) -> None:
    if draft.errors:
        raise ValidationFailed(draft.problems)
    if not draft.ok:
        raise _refuse("sessions", "incomplete", NOT_READY.format(
            planned=draft.planned_jp, program_jp=draft.program_jp))
    program_jp = Program.select(Program.total_jp).where(Program.id == klass.program_id).scalar()
    units = {unit.id for unit in class_units(klass.program_id)}
    if program_jp != draft.program_jp or any(
            s.unit_id is not None and s.unit_id not in units for s in draft.sessions):
        raise _refuse("units", "stale_draft", STALE_DRAFT)


def _sessions_in_use(class_id: int) -> tuple[list[int], dict[str, int]]:
    """Ids of the class's sessions a new schedule may replace, and how many it may not, by why."""
    marked = peewee.fn.EXISTS(AttendanceMark.select(AttendanceMark.id)
                              .where(AttendanceMark.session == ClassSession.id))
    rows = (ClassSession.select(ClassSession.id, ClassSession.status, ClassSession.journal_jp,
                                marked.alias("marked"))
            .where(ClassSession.training_class == class_id).tuples())
    replaceable, in_use = [], {"held": 0, "marked": 0, "journaled": 0}
    for session_id, status, journal_jp, has_marks in rows:
        touched = False
        if status == SessionStatus.HELD:
            in_use["held"] += 1
            touched = True
        if has_marks:
            in_use["marked"] += 1
            touched = True
        if journal_jp is not None:
            in_use["journaled"] += 1
            touched = True
        if not touched and status == SessionStatus.PLANNED:
            replaceable.append(session_id)
    return replaceable, in_use


def _new_ids(db: peewee.Database, count: int, model=ClassSession) -> list[int]:
    """Ids for rows about to be written in bulk (bulk inserts carry their own ids).

    Call inside the write transaction: on SQLite it holds the write lock, so nobody
    else takes the next ids; on PostgreSQL the ids come from the table's own sequence.
    """
    table = model._meta.table_name
    if isinstance(db, peewee.PostgresqlDatabase):
        cursor = db.execute_sql(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                "FROM generate_series(1, %s)", (count,))
        return sorted(row[0] for row in cursor.fetchall())
    highest = model.select(peewee.fn.MAX(model.id)).scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


def _row(model, **values) -> dict:
    """Every field of ``model`` for ``bulk_insert``: the given values, else the field defaults."""
    row = {}
    for model_field in model._meta.sorted_fields:
        if model_field.name in values:
            row[model_field.name] = values[model_field.name]
        else:
            default = model_field.default
            row[model_field.name] = default() if callable(default) else default
    return row


def save_draft(store, class_id: int, draft: ScheduleDraft, *, trainer_id: int | None = None,
               override_reason: str = "") -> list[ClassSession]:
    """Replace the class's untouched sessions with the draft's, all or nothing; returns the new
    sessions in date order.

    Sessions still planned, without attendance marks and without a journal, are deleted;
    cancelled ones stay as the record of what was called off. Refuses (``ValidationFailed``,
    nothing written) a draft with errors or one made before the program changed, and a class
    that already has held sessions or sessions with attendance or a journal. The new sessions
    are checked for clashes (trainer, room, participants) with every other class: hard ones
    refuse the save (``ConflictsFound``) unless ``override_reason`` says why they are
    accepted, and each accepted clash is kept as a ``ConflictOverride``. ``trainer_id``
    becomes the lead trainer of every new session. The class's start and end dates become
    the first and last session dates. The sessions go in with the class's room (room NULL)
    and the unit's title as topic; one audit entry describes them.
    """
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        query = TrainingClass.select().where(TrainingClass.id == class_id)
        if isinstance(store.db, peewee.PostgresqlDatabase):
            query = query.for_update()  # two PCs saving a schedule for one class take turns
        klass = query.get()
        _check_draft(klass, draft)
        replaceable, in_use = _sessions_in_use(class_id)
        if any(in_use.values()):
            raise _refuse("sessions", "sessions_in_use", SESSIONS_IN_USE.format(**in_use))
        if replaceable:
            ClassSession.delete().where(ClassSession.id.in_(replaceable)).execute()
        # Checked after the old sessions are gone, so the new schedule never clashes with the one
        # it replaces; a refusal rolls the deletion back.
        trainers = (trainer_id,) if trainer_id else ()
        found = conflicts.check_slots([
            conflicts.SessionSlot(class_id, s.date, s.start_time, s.end_time, None, s.unit_id, trainers)
            for s in draft.sessions])
        blockers = conflicts.blocking(found)
        if blockers and not override_reason.strip():
            raise conflicts.ConflictsFound(blockers)
        ids = _new_ids(store.db, len(draft.sessions))
        rows = [_row(ClassSession, id=new_id, training_class=class_id, date=s.date,
                     start_time=s.start_time, end_time=s.end_time, unit=s.unit_id,
                     topic=s.unit_title, room=None, jp=s.jp, status=SessionStatus.PLANNED)
                for new_id, s in zip(ids, draft.sessions)]
        bulk_insert(ClassSession, rows)
        if trainer_id:
            assignment_ids = _new_ids(store.db, len(ids), SessionTrainer)
            bulk_insert(SessionTrainer, [
                _row(SessionTrainer, id=row_id, session=session_id, trainer=trainer_id, role=TrainerRole.LEAD)
                for row_id, session_id in zip(assignment_ids, ids)])
        _accept_clashes(store, blockers, ids, override_reason.strip())
        audit.record("schedule", TrainingClass._meta.table_name, class_id, {
            "deleted_sessions": replaceable, "created_sessions": ids, "lead_trainer": trainer_id,
            "jp": draft.planned_jp, "first_date": draft.first_date, "last_date": draft.last_date,
            "accepted_conflicts": len(blockers)})
        klass.start_date, klass.end_date = draft.first_date, draft.last_date
        store.save(klass)
    return list(ClassSession.select().where(ClassSession.id.in_(ids))
                .order_by(ClassSession.date, ClassSession.start_time, ClassSession.id))


def _accept_clashes(store, blockers, ids: list[int], reason: str) -> None:
    """One ``ConflictOverride`` per accepted clash, its slots now known by their new session ids."""
    written = set()
    for clash in blockers:
        mine = ids[clash.slot_index]
        other = clash.other_session_id if clash.other_session_id is not None else ids[clash.other_slot_index]
        low, high = sorted((mine, other))
        key = (low, high, clash.kind, clash.subject_id)
        if key not in written:
            written.add(key)
            store.save(ConflictOverride(session=low, other_session=high, kind=clash.kind,
                                        subject_id=clash.subject_id, reason=reason))
