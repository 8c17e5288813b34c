"""Attendance entry: who and which sessions a class's grid shows, and saving its marks.

A clerk types a whole week of marks from the signed paper sheets and saves once, so a
save takes many cells together: every cell is checked first and every problem reported
at once (each naming the participant and the session's date), then everything is
written in one transaction or nothing is. A cell someone else saved since the grid was
loaded is a conflict, never silently overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

import peewee

from ..actor import current_actor
from ..auth.permissions import Action, require
from ..errors import UserError
from ..i18n import Text
from ..models import (
    AttendanceMark,
    ClassSession,
    Enrollment,
    EnrollmentStatus,
    Mark,
    Participant,
    Program,
    SessionStatus,
    TrainingClass,
)
from ..models.fields import utcnow
from ..validation import Problem, format_date_en, format_date_id
from ..validation.problems import error
from . import audit
from .classes import class_schedule
from .records import ValidationFailed

# Who is on sheets and grids: selected, in training, or through. Those who withdrew or were
# dismissed keep the marks they earned but are shown only when they have some, read-only.
ATTENDING: tuple[str, ...] = (EnrollmentStatus.PASSED_SELECTION, EnrollmentStatus.ENROLLED,
                              EnrollmentStatus.COMPLETED)
LEFT: tuple[str, ...] = (EnrollmentStatus.WITHDREW, EnrollmentStatus.DISMISSED)
MARKS: tuple[str, ...] = (Mark.PRESENT, Mark.EXCUSED, Mark.SICK, Mark.ABSENT)
NOTE_MAX = 300
# An arrival this long before the start is a typo (07.15 for 17.15), not an early bird.
EARLY_ARRIVAL = dt.timedelta(minutes=60)

MARK_LABELS: dict[str, Text] = {
    Mark.PRESENT: Text("Hadir", "Present"),
    Mark.EXCUSED: Text("Izin", "Excused"),
    Mark.SICK: Text("Sakit", "Sick"),
    Mark.ABSENT: Text("Alpa", "Absent"),
}

# What clerks write on paper and in spreadsheets, in either language.
_MARK_WORDS = {
    Mark.PRESENT: ("h", "hadir", "present", "✓", "√"),
    Mark.EXCUSED: ("i", "izin", "ijin", "excused"),
    Mark.SICK: ("s", "sakit", "sick"),
    Mark.ABSENT: ("a", "alpa", "alpha", "alfa", "absent"),
}
_MARK_BY_WORD = {word: mark for mark, words in _MARK_WORDS.items() for word in words}


def mark_from_text(text) -> str | None:
    """The mark a clerk meant ("h", "Hadir", "present", "alpha" ...), or None when the text
    is empty or not a mark."""
    if not isinstance(text, str):
        return None
    return _MARK_BY_WORD.get(text.strip().casefold())


NOT_YET = Text(
    "Pertemuan ini belum berlangsung: kehadiran baru dapat diisi pada {date_id}.",
    "This session has not taken place yet: marks can be entered from {date_en}.",
)
PERSON_LEFT = Text(
    "Peserta ini sudah {status_id}; catatan kehadirannya hanya dapat dilihat.",
    "This participant {status_en}; their marks can only be viewed.",
)
_LEFT_WORDS = {EnrollmentStatus.WITHDREW: ("mengundurkan diri", "withdrew"),
               EnrollmentStatus.DISMISSED: ("dikeluarkan", "was dismissed")}


@dataclass(frozen=True)
class GridSession:
    id: int
    number: int  # pertemuan ke-, among the class's sessions that are not cancelled
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    jp: int  # the JP rates count: the journal's when written, else the planned JP
    planned_jp: int
    status: str
    unit_code: str
    unit_title: str
    topic: str
    room: str
    trainer_names: tuple[str, ...]  # the lead first
    editable: bool
    locked_reason: Text | None


@dataclass(frozen=True)
class GridPerson:
    enrollment_id: int
    participant_id: int
    number: int
    full_name: str
    nik: str
    status: str
    editable: bool


@dataclass(frozen=True)
class MarkCell:
    mark: str
    arrival_time: dt.time | None
    note: str
    version: int


@dataclass
class AttendanceGrid:
    class_id: int
    class_code: str
    class_name: str
    program_name: str
    institution_id: int
    min_pct: int
    sessions: list[GridSession]
    people: list[GridPerson]
    marks: dict[tuple[int, int], MarkCell]  # (session_id, enrollment_id)

    def cell(self, session_id: int, enrollment_id: int) -> MarkCell | None:
        return self.marks.get((session_id, enrollment_id))


def _built(cls, **values):
    """A frozen dataclass instance without its generated ``__init__``, which sets each field
    through ``object.__setattr__``: a few microseconds each, and a class grid makes 2,400."""
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


def session_jp(planned: int, journal: int | None) -> int:
    """The JP a session counts for: what its trainer journal says was taught, once written."""
    return planned if journal is None else journal


def people_of_classes(class_ids: Collection[int], marked: Collection[int] = ()
                      ) -> dict[int, list[GridPerson]]:
    """Class id -> its people as grids, sheets and recaps number them: those attending by
    name (case-insensitive) then id, then those who left and are in ``marked`` (enrollment
    ids with marks), read-only."""
    marked = set(marked)
    rows = (Enrollment.select(Enrollment.id, Enrollment.training_class, Enrollment.status,
                              Participant.id, Participant.full_name, Participant.nik)
            .join(Participant)
            .where(Enrollment.training_class.in_(list(class_ids)),
                   Enrollment.status.in_(ATTENDING + LEFT))
            .tuples())
    staying: dict[int, list[tuple]] = {class_id: [] for class_id in class_ids}
    leaving: dict[int, list[tuple]] = {class_id: [] for class_id in class_ids}
    for row in rows:
        if row[2] in ATTENDING:
            staying[row[1]].append(row)
        elif row[0] in marked:
            leaving[row[1]].append(row)
    people: dict[int, list[GridPerson]] = {}
    for class_id in class_ids:
        ordered = (sorted(staying[class_id], key=_by_name) + sorted(leaving[class_id], key=_by_name))
        people[class_id] = [
            GridPerson(enrollment_id, participant_id, number, name, nik or "", status,
                       editable=status in ATTENDING)
            for number, (enrollment_id, _, status, participant_id, name, nik)
            in enumerate(ordered, start=1)]
    return people


def _by_name(row: tuple) -> tuple[str, int]:
    return row[4].casefold(), row[0]


def attendance_grid(class_id: int, *, session_ids: Sequence[int] | None = None,
                    today: dt.date | None = None) -> AttendanceGrid:
    """The class's people by its sessions that are not cancelled (or only ``session_ids``
    of them), with the marks already entered. Raises ``TrainingClass.DoesNotExist``."""
    require(Action.VIEW_CLASS, class_id=class_id)
    today = today or dt.date.today()
    klass = (TrainingClass.select(TrainingClass, Program)
             .join(Program).where(TrainingClass.id == class_id).get())
    wanted = None if session_ids is None else set(session_ids)
    sessions = []
    for row in class_schedule(class_id):
        if row["status"] == SessionStatus.CANCELLED:
            continue
        if wanted is not None and row["session_id"] not in wanted:
            continue
        future = row["date"] > today
        sessions.append(GridSession(
            id=row["session_id"], number=row["number"], date=row["date"],
            start_time=row["start_time"], end_time=row["end_time"],
            jp=session_jp(row["jp"], row["journal_jp"]), planned_jp=row["jp"],
            status=row["status"], unit_code=row["unit_code"] or "",
            unit_title=row["unit_title"] or "", topic=row["topic"] or "",
            room=row["room_name"] or "", trainer_names=tuple(t["name"] for t in row["trainers"]),
            editable=not future,
            locked_reason=NOT_YET.format(date_id=format_date_id(row["date"]),
                                         date_en=format_date_en(row["date"])) if future else None))
    shown = [s.id for s in sessions]
    cells = {(s, e): _built(MarkCell, mark=mark, arrival_time=arrival, note=note, version=version)
             for _, s, e, mark, arrival, note, version, _ in marks_of_class(class_id, shown)}
    people = people_of_classes([class_id], {e for _, e in cells})[class_id]
    listed = {p.enrollment_id for p in people}
    return AttendanceGrid(
        class_id=klass.id, class_code=klass.code, class_name=klass.name,
        program_name=klass.program.name, institution_id=klass.institution_id,
        min_pct=klass.program.min_attendance_pct, sessions=sessions, people=people,
        marks={key: cell for key, cell in cells.items() if key[1] in listed})


def marks_of_class(class_id: int, session_ids: Collection[int] | None = None) -> Iterable[tuple]:
    """(id, session id, enrollment id, mark, arrival time, note, row_version, updated_by) of
    the class's marks, of ``session_ids`` only when given. Read without building model rows:
    a class grid holds thousands of marks and is read on every open and every save."""
    db = AttendanceMark._meta.database
    param = db.param
    sql = ("SELECT m.id, m.session_id, m.enrollment_id, m.mark, m.arrival_time, m.note, "
           "m.row_version, m.updated_by FROM attendance_mark m "
           "JOIN class_session s ON s.id = m.session_id "
           "JOIN enrollment e ON e.id = m.enrollment_id "
           f"WHERE s.training_class_id = {param} AND e.training_class_id = {param}")
    params: list = [class_id, class_id]
    if session_ids is not None:
        session_ids = list(session_ids)
        if not session_ids:
            return []
        sql += f" AND m.session_id IN ({', '.join([param] * len(session_ids))})"
        params += session_ids
    rows = db.execute_sql(sql, params).fetchall()
    return [(mark_id, s, e, mark, stored_time(arrival), note or "", version, by)
            for mark_id, s, e, mark, arrival, note, version, by in rows]


def stored_time(value) -> dt.time | None:
    # SQLite hands back the text stored; PostgreSQL a time.
    return dt.time.fromisoformat(value) if isinstance(value, str) else value


def person_locked_reason(status: str) -> Text | None:
    """Why a person's marks cannot be changed, or None when they can."""
    if status in ATTENDING:
        return None
    status_id, status_en = _LEFT_WORDS.get(status, (status, f"is {status}"))
    return PERSON_LEFT.format(status_id=status_id, status_en=status_en)


# --- saving -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkChange:
    session_id: int
    enrollment_id: int
    mark: str | None  # None clears the cell
    arrival_time: dt.time | None = None
    note: str = ""
    # MarkCell.version as loaded, 0 for a cell that was empty; None: don't check (imports).
    expected_version: int | None = None


@dataclass
class SaveOutcome:
    written: int
    cleared: int
    unchanged: int
    warnings: list[Problem]
    previous: list[MarkChange]  # what the cells held before: saving these undoes this save
    # (session_id, enrollment_id) -> the cell's version now, 0 when cleared.
    versions: dict[tuple[int, int], int] = field(default_factory=dict)


class AttendanceConflict(UserError):
    """Someone else saved some of these cells since they were loaded; nothing was written."""

    def __init__(self, cells: list[tuple[int, int]], text: Text):
        super().__init__(text)
        self.cells = cells


class MarksRefused(ValidationFailed):
    """``ValidationFailed`` that also says which cell each problem belongs to."""

    def __init__(self, cells: list[tuple[tuple[int, int], Problem]]):
        super().__init__(problem for _, problem in cells)
        self.cells = cells


_WHERE = Text("{who}, {date_id}: ", "{who}, {date_en}: ")
CONFLICT = Text(
    "Tidak ada yang disimpan: {count} catatan kehadiran sudah diubah {by_id} sejak dimuat "
    "({cells_id}). Muat ulang (F5), periksa, lalu simpan lagi.",
    "Nothing was saved: {count} marks were changed {by_en} since they were loaded "
    "({cells_en}). Refresh (F5), check, and save again.",
)
BAD_MARK = Text(
    "tanda kehadiran harus H, I, S atau A, tertulis {value}.",
    "the mark must be H, I, S or A, not {value}.",
)
NOT_THIS_CLASS_SESSION = Text(
    "pertemuan ini bukan pertemuan kelas {code}.",
    "this session is not a session of class {code}.",
)
NO_SUCH_SESSION = Text(
    "pertemuan nomor {session_id} tidak ada (mungkin baru dihapus).",
    "there is no session number {session_id} (perhaps it was just deleted).",
)
CANCELLED = Text(
    "pertemuan ini dibatalkan; kehadiran tidak dicatat.",
    "this session was cancelled; no marks are kept for it.",
)
FUTURE = Text(
    "pertemuan ini belum berlangsung; kehadiran baru dapat diisi pada hari itu.",
    "this session has not taken place yet; marks can be entered from that day on.",
)
NOT_THIS_CLASS_PERSON = Text(
    "peserta ini tidak terdaftar di kelas {code}.",
    "this participant is not enrolled in class {code}.",
)
NO_SUCH_ENROLLMENT = Text(
    "pendaftaran nomor {enrollment_id} tidak ada (mungkin baru dihapus).",
    "there is no enrollment number {enrollment_id} (perhaps it was just deleted).",
)
LEFT_READ_ONLY = Text(
    "peserta ini sudah {status_id}; catatan kehadirannya tidak dapat diubah.",
    "this participant {status_en}; their marks cannot be changed.",
)
NOT_ATTENDING = Text(
    "peserta ini belum mengikuti pelatihan (status: {status_id}); kehadiran tidak dapat dicatat.",
    "this participant is not taking part in the training (status: {status_en}); no marks can be "
    "kept.",
)
ARRIVAL_NOT_PRESENT = Text(
    "jam datang hanya diisi untuk tanda H (hadir), bukan {mark}.",
    "an arrival time goes only with an H (present) mark, not with {mark}.",
)
ARRIVAL_NOT_TIME = Text(
    "jam datang harus berupa jam, tertulis {value}.",
    "the arrival time must be a time of day, not {value}.",
)
ARRIVAL_OUTSIDE = Text(
    "jam datang {arrival} di luar pertemuan {start}-{end} (paling awal {earliest}).",
    "the arrival time {arrival} is outside the session {start}-{end} (earliest {earliest}).",
)
NOTE_TOO_LONG = Text(
    "catatan paling panjang {limit} karakter, tertulis {length}.",
    "the note may be at most {limit} characters long, not {length}.",
)
TWICE = Text(
    "sel yang sama diisi dua kali dalam satu penyimpanan.",
    "the same cell is given twice in one save.",
)


def _hhmm(value: dt.time) -> str:
    return value.strftime("%H.%M")


def save_marks(store, class_id: int, changes: Sequence[MarkChange], *,
               today: dt.date | None = None) -> SaveOutcome:
    """Write ``changes`` to the class's grid in one audited transaction.

    Raises ``MarksRefused`` (a ``ValidationFailed``) with every problem, each naming the
    participant and the session's date, or ``AttendanceConflict`` when a cell's stored
    version is not the ``expected_version``; either way nothing is written. A change that
    matches what is stored is counted as unchanged and not written (so an unchanged cell
    of a read-only person or a future session is not refused, and a cell someone else set
    to the same value is no conflict). Raises ``TrainingClass.DoesNotExist``.
    """
    require(Action.ENTER_ATTENDANCE, class_id=class_id)
    today = today or dt.date.today()
    with store.transaction():
        klass = _lock_class(class_id)
        plan = _Plan(klass, changes, today)
        if plan.problems:
            raise MarksRefused(plan.problems)
        if plan.conflicts:
            raise _conflict(plan, plan.conflicts)
        try:
            return plan.write()
        except peewee.IntegrityError as exc:
            # A mark written past this save's lock (not through save_marks) took a new cell.
            raise _conflict(plan, [(c.session_id, c.enrollment_id) for c, _ in plan.inserts]) from exc


def _lock_class(class_id: int) -> TrainingClass:
    """The class, its row locked so that two saves on one class take turns on PostgreSQL
    (SQLite's write transaction already holds the only write lock)."""
    query = TrainingClass.select().where(TrainingClass.id == class_id)
    if isinstance(TrainingClass._meta.database.obj, peewee.PostgresqlDatabase):
        query = query.for_update()
    return query.get()


_MARK_SET = frozenset(MARKS)


class _SessionFacts:
    """What checking a mark needs of its session (plain attributes: read 2,400 times a save)."""

    __slots__ = ("id", "class_id", "date", "start_time", "end_time", "status", "earliest")

    def __init__(self, session_id, class_id, date, start_time, end_time, status):
        self.id, self.class_id, self.date = session_id, class_id, date
        self.start_time, self.end_time, self.status = start_time, end_time, status
        start = dt.datetime.combine(date, start_time)
        self.earliest = max(start - EARLY_ARRIVAL, dt.datetime.combine(date, dt.time(0))).time()


class _Plan:
    """The checks and the writes of one save, everything read in the save's transaction."""

    def __init__(self, klass: TrainingClass, changes: Sequence[MarkChange], today: dt.date):
        self.klass = klass
        self.class_id = klass.id
        self.today = today
        self.problems: list[tuple[tuple[int, int], Problem]] = []
        self.conflicts: list[tuple[int, int]] = []
        self.inserts: list[tuple[MarkChange, tuple]] = []
        self.updates: list[tuple[MarkChange, tuple]] = []
        self.clears: list[MarkChange] = []
        self.unchanged = 0
        self._load(changes)
        seen: set[tuple[int, int]] = set()
        for change in changes:
            key = (change.session_id, change.enrollment_id)
            if key in seen:
                self._refuse(change, "cell", "duplicate_cell", TWICE)
                continue
            seen.add(key)
            self._check(change)

    def _load(self, changes: Sequence[MarkChange]) -> None:
        session_ids = list({c.session_id for c in changes})
        enrollment_ids = list({c.enrollment_id for c in changes})
        self.sessions = {row[0]: _SessionFacts(*row) for row in ClassSession.select(
            ClassSession.id, ClassSession.training_class, ClassSession.date,
            ClassSession.start_time, ClassSession.end_time, ClassSession.status)
            .where(ClassSession.id.in_(session_ids)).tuples()} if session_ids else {}
        self.people = {row[0]: row for row in Enrollment.select(
            Enrollment.id, Enrollment.training_class, Enrollment.status, Participant.full_name)
            .join(Participant).where(Enrollment.id.in_(enrollment_ids)).tuples()
        } if enrollment_ids else {}
        ours = [s for s, row in self.sessions.items() if row.class_id == self.class_id]
        self.stored = {(s, e): (mark_id, mark, arrival, note, version, by)
                       for mark_id, s, e, mark, arrival, note, version, by
                       in marks_of_class(self.class_id, ours)}

    def _where(self, change: MarkChange) -> Text:
        person = self.people.get(change.enrollment_id)
        who = person[3] if person else f"#{change.enrollment_id}"
        session = self.sessions.get(change.session_id)
        if session is None:
            return Text("{who}, #{session_id}: ", "{who}, #{session_id}: ",
                        {"who": who, "session_id": change.session_id})
        return _WHERE.format(who=who, date_id=format_date_id(session.date, with_weekday=True),
                             date_en=format_date_en(session.date, with_weekday=True))

    def _refuse(self, change: MarkChange, field_name: str, code: str, text: Text) -> None:
        where = self._where(change)
        whole = Text(where.id + text.id, where.en + text.en, {**where.params, **text.params})
        self.problems.append(((change.session_id, change.enrollment_id),
                              error(field_name, code, whole)))

    def _check(self, change: MarkChange) -> None:
        class_id = self.class_id
        session = self.sessions.get(change.session_id)
        person = self.people.get(change.enrollment_id)
        placed = True
        if session is None:
            self._refuse(change, "session", "no_such_session",
                         NO_SUCH_SESSION.format(session_id=change.session_id))
            placed = False
        elif session.class_id != class_id:
            self._refuse(change, "session", "session_not_in_class",
                         NOT_THIS_CLASS_SESSION.format(code=self.klass.code))
            placed = False
        if person is None:
            self._refuse(change, "enrollment", "no_such_enrollment",
                         NO_SUCH_ENROLLMENT.format(enrollment_id=change.enrollment_id))
            placed = False
        elif person[1] != class_id:
            self._refuse(change, "enrollment", "enrollment_not_in_class",
                         NOT_THIS_CLASS_PERSON.format(code=self.klass.code))
            placed = False
        mark = change.mark
        if mark not in _MARK_SET:  # the common case costs one set lookup
            mark = self._checked_mark(change)
        arrival = change.arrival_time
        fields_ok = mark is not False
        if arrival is not None:
            arrival = self._checked_arrival(change, mark, session)
            fields_ok = fields_ok and arrival is not False
        note = change.note
        if note:
            note = note.strip() if isinstance(note, str) else str(note).strip()
            if len(note) > NOTE_MAX:
                self._refuse(change, "note", "note_too_long",
                             NOTE_TOO_LONG.format(limit=NOTE_MAX, length=len(note)))
                fields_ok = False
        else:
            note = ""
        if not placed:
            return
        key = (change.session_id, change.enrollment_id)
        stored = self.stored.get(key)
        wanted = (mark, arrival, note) if mark is not None else (None, None, "")
        if fields_ok and (stored[1:4] if stored else (None, None, "")) == wanted:
            self.unchanged += 1
            return
        if session.status == SessionStatus.CANCELLED:
            self._refuse(change, "session", "session_cancelled", CANCELLED)
        elif session.date > self.today:
            self._refuse(change, "session", "session_in_future", FUTURE)
        status = person[2]
        if status not in ATTENDING:
            if status in LEFT:
                status_id, status_en = _LEFT_WORDS[status]
                self._refuse(change, "enrollment", "enrollment_read_only",
                             LEFT_READ_ONLY.format(status_id=status_id, status_en=status_en))
            else:
                # Imported here: enrollments reaches participant_profile, which uses rates.
                from .enrollments import STATUS_LABELS

                label = STATUS_LABELS.get(status, Text(status, status))
                self._refuse(change, "enrollment", "enrollment_not_attending",
                             NOT_ATTENDING.format(status_id=label.id, status_en=label.en))
        if not fields_ok:
            return
        if change.expected_version is not None and change.expected_version != (
                stored[4] if stored else 0):
            self.conflicts.append(key)
        if mark is None:
            self.clears.append(change)
        elif stored:
            self.updates.append((change, wanted))
        else:
            self.inserts.append((change, wanted))

    def _checked_mark(self, change: MarkChange) -> str | None | bool:
        """The mark, None to clear, False when refused."""
        raw = change.mark
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        mark = raw.strip().upper() if isinstance(raw, str) else None
        if mark not in _MARK_SET:
            mark = mark_from_text(raw)
        if mark is None:
            self._refuse(change, "mark", "bad_mark", BAD_MARK.format(value=raw))
            return False
        return mark

    def _checked_arrival(self, change: MarkChange, mark, session) -> dt.time | None | bool:
        """The arrival time to the minute, None (clearing a cell clears it too), False when
        refused."""
        arrival = change.arrival_time
        if not isinstance(arrival, dt.time):
            self._refuse(change, "arrival_time", "bad_arrival_time",
                         ARRIVAL_NOT_TIME.format(value=arrival))
            return False
        if mark is None:
            return None
        arrival = arrival.replace(second=0, microsecond=0, tzinfo=None)
        if mark is not False and mark != Mark.PRESENT:
            self._refuse(change, "arrival_time", "arrival_without_present",
                         ARRIVAL_NOT_PRESENT.format(mark=mark))
            return False
        if session is None:
            return arrival
        if not session.earliest <= arrival <= session.end_time:
            self._refuse(change, "arrival_time", "arrival_outside_session", ARRIVAL_OUTSIDE.format(
                arrival=_hhmm(arrival), start=_hhmm(session.start_time),
                end=_hhmm(session.end_time), earliest=_hhmm(session.earliest)))
            return False
        return arrival

    # --- writing ---

    def write(self) -> SaveOutcome:
        now, actor = utcnow(), current_actor()
        previous: list[MarkChange] = []
        versions: dict[tuple[int, int], int] = {}
        log: list[list] = []
        for change, wanted in self.inserts:
            key = (change.session_id, change.enrollment_id)
            previous.append(_change(key, None, None, "", 1))
            versions[key] = 1
            log.append([*key, None, _logged(wanted)])
        for change, wanted in self.updates:
            key = (change.session_id, change.enrollment_id)
            _, mark, arrival, note, version, _ = self.stored[key]
            previous.append(_change(key, mark, arrival, note, version + 1))
            versions[key] = version + 1
            log.append([*key, _logged((mark, arrival, note)), _logged(wanted)])
        for change in self.clears:
            key = (change.session_id, change.enrollment_id)
            _, mark, arrival, note, _, _ = self.stored[key]
            previous.append(_change(key, mark, arrival, note, 0))
            versions[key] = 0
            log.append([*key, _logged((mark, arrival, note)), None])
        if self.inserts:
            _insert(self.inserts, now, actor)
        if self.updates:
            _update([(self.stored[(c.session_id, c.enrollment_id)][0], wanted)
                     for c, wanted in self.updates], now, actor)
        if self.clears:
            _delete([self.stored[(c.session_id, c.enrollment_id)][0] for c in self.clears])
        if log:
            # One entry per save: a week typed in at once is one act, and 2,400 audit
            # rows would cost more than the marks themselves.
            audit.record("save_marks", AttendanceMark._meta.table_name, self.klass.id, {
                "class": self.klass.code, "written": len(self.inserts) + len(self.updates),
                "cleared": len(self.clears),
                # [session id, enrollment id, before, after]; a cell is a mark, or
                # [mark, arrival, note] when it has more, or null when empty.
                "cells": log})
        return SaveOutcome(written=len(self.inserts) + len(self.updates), cleared=len(self.clears),
                           unchanged=self.unchanged, warnings=[], previous=previous,
                           versions=versions)


def _change(key: tuple[int, int], mark, arrival, note, version) -> MarkChange:
    return _built(MarkChange, session_id=key[0], enrollment_id=key[1], mark=mark,
                  arrival_time=arrival, note=note, expected_version=version)


def _logged(cell: tuple) -> str | list:
    mark, arrival, note = cell
    if arrival is None and not note:
        return mark
    return [mark, _hhmm(arrival) if arrival else None, note]


def _conflict(plan: _Plan, cells: list[tuple[int, int]]) -> AttendanceConflict:
    names = []
    for session_id, enrollment_id in cells[:5]:
        person = plan.people[enrollment_id]
        session = plan.sessions[session_id]
        names.append((person[3], session.date))
    more = len(cells) - len(names)
    cells_id = "; ".join(f"{who}, {format_date_id(day)}" for who, day in names)
    cells_en = "; ".join(f"{who}, {format_date_en(day)}" for who, day in names)
    if more:
        cells_id += f"; dan {more} lainnya"
        cells_en += f"; and {more} more"
    by = sorted({plan.stored[key][5] for key in cells if key in plan.stored} - {""})
    by_id = f"oleh {', '.join(by)}" if by else "oleh pengguna lain"
    by_en = f"by {', '.join(by)}" if by else "by someone else"
    return AttendanceConflict(list(cells), CONFLICT.format(
        count=len(cells), by_id=by_id, by_en=by_en, cells_id=cells_id, cells_en=cells_en))


def _is_postgres() -> bool:
    return isinstance(AttendanceMark._meta.database.obj, peewee.PostgresqlDatabase)


# Two ways to write many rows, each the fast one for its database: SQLite (in this process)
# runs one prepared statement per row with executemany; PostgreSQL (over the network)
# takes a few statements that each carry up to _CHUNK rows in a VALUES list.
_CHUNK = 1000
_COLUMNS = ("session_id, enrollment_id, mark, arrival_time, note, "
            "created_at, created_by, updated_at, updated_by, row_version")


def _time_text(value: dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def _insert(rows: list[tuple[MarkChange, tuple]], now: dt.datetime, actor: str) -> None:
    """Many new marks at once. Not ``bulk_insert``: that wants the ids of new rows, which
    here the database hands out, and the bookkeeping columns are the same for every row."""
    db = AttendanceMark._meta.database
    stamp = AttendanceMark.created_at.db_value(now)
    if not _is_postgres():
        with peewee.__exception_wrapper__:  # apsw's errors as peewee's, as execute_sql does
            db.cursor().executemany(
                f"INSERT INTO attendance_mark ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [(change.session_id, change.enrollment_id, mark, _time_text(arrival), note,
                  stamp, actor, stamp, actor) for change, (mark, arrival, note) in rows])
        return
    head = (f"INSERT INTO attendance_mark ({_COLUMNS}) SELECT v.s, v.e, v.mark, v.arrival::time, "
            "v.note, %s::timestamp, %s, %s::timestamp, %s, 1 FROM (VALUES ")
    for first in range(0, len(rows), _CHUNK):
        part = rows[first:first + _CHUNK]
        values = [value for change, (mark, arrival, note) in part
                  for value in (change.session_id, change.enrollment_id, mark,
                                _time_text(arrival), note)]
        db.execute_sql(head + ", ".join(["(%s, %s, %s, %s, %s)"] * len(part))
                       + ") AS v(s, e, mark, arrival, note)", [stamp, actor, stamp, actor, *values])


def _update(rows: list[tuple[int, tuple]], now: dt.datetime, actor: str) -> None:
    """Many marks changed at once, each one's row_version bumped as ``BaseModel.save`` does."""
    db = AttendanceMark._meta.database
    stamp = AttendanceMark.updated_at.db_value(now)
    if not _is_postgres():
        with peewee.__exception_wrapper__:
            db.cursor().executemany(
                "UPDATE attendance_mark SET mark = ?, arrival_time = ?, note = ?, updated_at = ?, "
                "updated_by = ?, row_version = row_version + 1 WHERE id = ?",
                [(mark, _time_text(arrival), note, stamp, actor, mark_id)
                 for mark_id, (mark, arrival, note) in rows])
        return
    head = ("UPDATE attendance_mark AS m SET mark = v.mark, arrival_time = v.arrival::time, "
            "note = v.note, updated_at = %s::timestamp, updated_by = %s, "
            "row_version = m.row_version + 1 FROM (VALUES ")
    for first in range(0, len(rows), _CHUNK):
        part = rows[first:first + _CHUNK]
        values = [value for mark_id, (mark, arrival, note) in part
                  for value in (mark_id, mark, _time_text(arrival), note)]
        db.execute_sql(head + ", ".join(["(%s, %s, %s, %s)"] * len(part))
                       + ") AS v(id, mark, arrival, note) WHERE m.id = v.id",
                       [stamp, actor, *values])


def _delete(ids: Iterable[int]) -> None:
    ids = list(ids)
    for first in range(0, len(ids), _CHUNK):
        AttendanceMark.delete().where(AttendanceMark.id.in_(ids[first:first + _CHUNK])).execute()


__all__ = [
    "ATTENDING", "AttendanceConflict", "AttendanceGrid", "GridPerson", "GridSession", "MARK_LABELS",
    "MarkCell", "MarkChange", "MarksRefused", "SaveOutcome", "attendance_grid", "mark_from_text",
    "people_of_classes", "person_locked_reason", "save_marks", "session_jp",
]
