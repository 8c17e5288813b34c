"""Double bookings and schedule warnings: checked before a session is saved, and listed for the
whole database.

Hard conflicts (saving is refused unless someone writes down why it is acceptable):
one trainer in two overlapping sessions, one room in two overlapping sessions, one
participant seated in two classes whose sessions overlap. Warnings (saving allowed):
the same participant overlap where one side is only registered, a room smaller than
the class, a trainer without the unit's competency, a trainer whose certification
has expired by the session date.

Everything is checked across all classes of all institutions: a trainer of one
foundation teaches at several of its institutions, and participants are shared.
A session counts when neither it nor its class is cancelled; two sessions overlap
when they share a date and each starts before the other ends, so sessions that
merely touch (08.00-10.00 and 10.00-12.00) do not clash.

The queries are plain SQL, valid on SQLite and PostgreSQL alike. A clerk's PC checks
a session on every change in a form, so building peewee query objects (more time
than running the queries themselves) is not worth it here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from ..errors import UserError
from ..i18n import Text
from ..models import ClassStatus, EnrollmentStatus, SessionStatus, database
from ..validation import format_date_en, format_date_id
from .classes import SEATED

TRAINER, ROOM, PARTICIPANT = "trainer", "room", "participant"
PARTICIPANT_PENDING, CAPACITY, COMPETENCY, CERTIFICATION = (
    "participant_pending", "capacity", "competency", "certification")
HARD_KINDS = (TRAINER, ROOM, PARTICIPANT)
WARNING_KINDS = (PARTICIPANT_PENDING, CAPACITY, COMPETENCY, CERTIFICATION)
ALL_KINDS = frozenset(HARD_KINDS + WARNING_KINDS)
# A registrant may still be seated: worth a warning, not a refusal.
PENDING = (EnrollmentStatus.REGISTERED,)
INVOLVED = tuple(SEATED) + PENDING
_KIND_ORDER = {kind: n for n, kind in enumerate(HARD_KINDS + WARNING_KINDS)}
_MANY = 400  # ids in one IN list; SQLite allows 32,766 variables, PostgreSQL more


@dataclass(frozen=True)
class Conflict:
    """One clash or warning about one session (``session_id`` None: not saved yet).

    ``other_session_id`` is the session it clashes with (None for warnings about the
    session alone, and for a clash with another unsaved slot, which
    ``other_slot_index`` then names). ``subject_id`` is the trainer, room or
    participant concerned. ``date``/``start_time``/``end_time`` are those of the
    session the conflict is reported on.
    """

    kind: str
    hard: bool
    session_id: int | None
    other_session_id: int | None
    subject_id: int
    subject_name: str
    message: Text
    overridden: bool = False
    override_reason: str = ""
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    class_id: int | None = None
    other_class_id: int | None = None
    slot_index: int | None = None  # position in the slots given to check_slots
    other_slot_index: int | None = None

    @property
    def blocking(self) -> bool:
        """A hard conflict nobody accepted yet: saving must be refused."""
        return self.hard and not self.overridden

    @property
    def pair_key(self) -> tuple[int, int, str, int] | None:
        """How a ``ConflictOverride`` row stores this clash (lowest session id first)."""
        if not self.hard or self.session_id is None or self.other_session_id is None:
            return None
        low, high = sorted((self.session_id, self.other_session_id))
        return low, high, self.kind, self.subject_id


@dataclass
class SessionSlot:
    """A session as it would be saved. ``room_id`` None: the class's room."""

    class_id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int | None = None
    unit_id: int | None = None
    trainer_ids: tuple[int, ...] = ()
    session_id: int | None = None  # None for a session not saved yet


class ConflictsFound(UserError):
    """Nothing was saved: hard conflicts nobody accepted. ``conflicts`` holds them."""

    def __init__(self, conflicts: Iterable[Conflict]):
        self.conflicts = tuple(conflicts)
        super().__init__(REFUSED.format(
            count=len(self.conflicts),
            details_id=" ".join(c.message.render("id") for c in self.conflicts),
            details_en=" ".join(c.message.render("en") for c in self.conflicts)))


REFUSED = Text(
    "Jadwal belum disimpan karena bentrok ({count}). {details_id} Ubah jadwalnya, atau tulis "
    "alasan bila bentrok ini memang disengaja.",
    "The schedule was not saved because of {count} clash(es). {details_en} Change the schedule, "
    "or write a reason if the clash is intended.",
)
TRAINER_BUSY = Text(
    "Instruktur {name} sudah mengajar di kelas {class_code} ({institution}) pada {when_id}.",
    "Trainer {name} already teaches class {class_code} ({institution}) on {when_en}.",
)
ROOM_BUSY = Text(
    "Ruangan {name} sudah dipakai kelas {class_code} ({institution}) pada {when_id}.",
    "Room {name} is already booked by class {class_code} ({institution}) on {when_en}.",
)
PARTICIPANT_BUSY = Text(
    "Peserta {name} juga mengikuti kelas {class_code} ({institution}), yang bertemu pada {when_id}.",
    "Participant {name} also holds a seat in class {class_code} ({institution}), which meets on "
    "{when_en}.",
)
PARTICIPANT_MAYBE = Text(
    "Peserta {name} juga mendaftar di kelas {class_code} ({institution}), yang bertemu pada "
    "{when_id}; bila diterima di kedua kelas, jadwalnya bentrok.",
    "Participant {name} is also registered for class {class_code} ({institution}), which meets on "
    "{when_en}; if accepted in both classes, the schedules clash.",
)
TRAINER_PAIR = Text(
    "Instruktur {name} dijadwalkan di dua kelas sekaligus pada {date_id}: {first_id} dan "
    "{second_id}.",
    "Trainer {name} is scheduled in two classes at once on {date_en}: {first_en} and {second_en}.",
)
ROOM_PAIR = Text(
    "Ruangan {name} dipakai dua kelas sekaligus pada {date_id}: {first_id} dan {second_id}.",
    "Room {name} is booked by two classes at once on {date_en}: {first_en} and {second_en}.",
)
PARTICIPANT_PAIR = Text(
    "Peserta {name} mengikuti dua kelas yang bertemu bersamaan pada {date_id}: {first_id} dan "
    "{second_id}.",
    "Participant {name} holds seats in two classes meeting at the same time on {date_en}: "
    "{first_en} and {second_en}.",
)
PARTICIPANT_PAIR_MAYBE = Text(
    "Peserta {name} terdaftar di dua kelas yang bertemu bersamaan pada {date_id}: {first_id} dan "
    "{second_id}; bila diterima di keduanya, jadwalnya bentrok.",
    "Participant {name} is registered for two classes meeting at the same time on {date_en}: "
    "{first_en} and {second_en}; if accepted in both, the schedules clash.",
)
SIDE = Text("kelas {class_code} ({institution}) {times_id}",
            "class {class_code} ({institution}) {times_en}")
ROOM_TOO_SMALL = Text(
    "Ruangan {name} hanya memuat {capacity} orang, sedangkan kelas {class_code} punya {seated} "
    "peserta.",
    "Room {name} holds only {capacity} people, but class {class_code} has {seated} participants.",
)
NOT_COMPETENT = Text(
    "Instruktur {name} belum tercatat kompeten untuk unit {unit_code} ({unit_title}).",
    "Trainer {name} has no recorded competency for unit {unit_code} ({unit_title}).",
)
CERTIFICATE_EXPIRED = Text(
    'Sertifikat "{certificate}" instruktur {name} habis berlaku pada {expired_id}, sebelum '
    "pertemuan {date_id}.",
    'Trainer {name}\'s certificate "{certificate}" expired on {expired_en}, before the session '
    "on {date_en}.",
)


# --- times and dates in messages ----------------------------------------------------------------


def _hm(t: dt.time, lang: str) -> str:
    return f"{t.hour:02d}{'.' if lang == 'id' else ':'}{t.minute:02d}"


def time_range(start: dt.time, end: dt.time) -> Text:
    """"08.00–12.00" in Indonesian, "08:00–12:00" in English."""
    return Text(f"{_hm(start, 'id')}–{_hm(end, 'id')}", f"{_hm(start, 'en')}–{_hm(end, 'en')}")


def when(date: dt.date, start: dt.time, end: dt.time) -> dict[str, str]:
    """``when_id``/``when_en``: "Senin, 7 Desember 2026 08.00–12.00" and its English."""
    times = time_range(start, end)
    return {"when_id": f"{format_date_id(date, True)} {times.id}",
            "when_en": f"{format_date_en(date, True)} {times.en}"}


def overlaps(a_start: dt.time, a_end: dt.time, b_start: dt.time, b_end: dt.time) -> bool:
    """Touching end to start is not an overlap."""
    return a_start < b_end and b_start < a_end


# --- plain SQL on both backends -----------------------------------------------------------------


def _rows(sql: str, params: Sequence = ()) -> list[tuple]:
    """Run ``sql`` written with ``?`` placeholders on whichever backend is open."""
    if database.param != "?":
        sql = sql.replace("?", database.param)
    return list(database.execute_sql(sql, list(params)))


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


def _materialized() -> str:
    """Ask for a WITH query to be computed once, where the database knows the word: SQLite,
    and PostgreSQL from 12 on (before 12 it always did)."""
    if database.param == "?":
        return "MATERIALIZED "
    return "MATERIALIZED " if (database.server_version or 0) >= 120000 else ""


def _day(value) -> dt.date:
    # SQLite hands dates back as ISO text, PostgreSQL as dates.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])


def _clock(value) -> dt.time:
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)


def _db_time(value: dt.time) -> str:
    return str(value)  # as fields.TimeField stores it: "08:00:00"


_COUNTS = "s.status <> ? AND c.status <> ?"  # the session and its class both count
_COUNTS_PARAMS = (SessionStatus.CANCELLED, ClassStatus.CANCELLED)


@dataclass(frozen=True)
class _Booking:
    """A session (stored or proposed) as messages describe it."""

    session_id: int | None
    slot_index: int | None
    class_id: int
    class_code: str
    institution: str
    date: dt.date
    start: dt.time
    end: dt.time

    @classmethod
    def stored(cls, row: Sequence) -> "_Booking":
        """From the first seven columns every session query here starts with."""
        session_id, class_id, code, institution, date, start, end = row[:7]
        return cls(session_id, None, class_id, code, institution, _day(date), _clock(start),
                   _clock(end))

    def about(self) -> dict:
        return {"class_code": self.class_code, "institution": self.institution,
                **when(self.date, self.start, self.end)}

    def side(self) -> Text:
        times = time_range(self.start, self.end)
        return SIDE.format(class_code=self.class_code, institution=self.institution,
                           times_id=times.id, times_en=times.en)


_SESSION_COLUMNS = ("s.id, s.training_class_id, c.code, i.code, s.date, s.start_time, "
                    "s.end_time")
_SESSION_FROM = ("class_session s JOIN training_class c ON c.id = s.training_class_id "
                 "JOIN institution i ON i.id = c.institution_id")


# --- checking slots before they are saved -------------------------------------------------------


def check_slot(slot: SessionSlot) -> list[Conflict]:
    """Every conflict and warning ``slot`` would have if saved as it is."""
    return check_slots([slot])


def check_slots(slots: Iterable[SessionSlot]) -> list[Conflict]:
    """Conflicts of many slots (a generated schedule, a moved series) against the database and
    against each other, with one query per kind for the whole batch; a clash between two
    slots is reported once, on the earlier slot.

    Stored sessions that are among the slots are left out of the database side: the
    slots are what they will become.
    """
    return _check(list(slots), ALL_KINDS)


def check_assignment(session_ids: Iterable[int], trainer_id: int) -> list[Conflict]:
    """What assigning ``trainer_id`` to these stored sessions would clash with (other sessions of
    the trainer, and these sessions among themselves), plus competency and certification
    warnings. Cancelled sessions, and sessions of cancelled classes, are left out."""
    ids = sorted(set(session_ids))
    slots = []
    for start in range(0, len(ids), _MANY):
        chunk = ids[start:start + _MANY]
        slots += [SessionSlot(class_id, _day(date), _clock(begin), _clock(end), room, unit,
                              (trainer_id,), session_id)
                  for session_id, class_id, date, begin, end, room, unit in _rows(
                      "SELECT s.id, s.training_class_id, s.date, s.start_time, s.end_time, "
                      "s.room_id, s.unit_id FROM class_session s "
                      "JOIN training_class c ON c.id = s.training_class_id "
                      f"WHERE s.id IN ({_marks(chunk)}) AND {_COUNTS}", [*chunk, *_COUNTS_PARAMS])]
    slots.sort(key=lambda s: (s.date, s.start_time, s.session_id))
    return _check(slots, {TRAINER, COMPETENCY, CERTIFICATION})


def _check(slots: list[SessionSlot], kinds) -> list[Conflict]:
    if not slots:
        return []
    checker = _Checker(slots)
    if not checker.live:
        return []
    found: list[Conflict] = []
    if kinds & {TRAINER, COMPETENCY, CERTIFICATION}:
        checker.load_trainers()
    if TRAINER in kinds:
        found += checker.trainer_clashes()
    if kinds & {ROOM, CAPACITY}:
        checker.load_rooms()
    if ROOM in kinds:
        found += checker.room_clashes()
    if kinds & {PARTICIPANT, PARTICIPANT_PENDING}:
        found += [c for c in checker.participant_clashes() if c.kind in kinds]
    if CAPACITY in kinds:
        found += checker.capacity_warnings()
    if COMPETENCY in kinds:
        found += checker.competency_warnings()
    if CERTIFICATION in kinds:
        found += checker.certification_warnings()
    found = mark_overridden(found)
    found.sort(key=lambda c: (c.slot_index, not c.hard, _KIND_ORDER[c.kind], c.subject_name,
                              c.other_session_id or 0, c.other_slot_index or 0))
    return found


@dataclass(frozen=True)
class _ClassInfo:
    code: str
    institution: str
    room_id: int | None
    cancelled: bool


class _Checker:
    """One batch of slots: loads what each kind needs with one query for the whole batch."""

    def __init__(self, slots: list[SessionSlot]):
        self.slots = slots
        class_ids = sorted({s.class_id for s in slots})
        self.classes = {
            cid: _ClassInfo(code, inst, room, status == ClassStatus.CANCELLED)
            for cid, code, inst, room, status in _rows(
                "SELECT c.id, c.code, i.code, c.room_id, c.status FROM training_class c "
                f"JOIN institution i ON i.id = c.institution_id WHERE c.id IN ({_marks(class_ids)})",
                class_ids)}
        self.live = [(i, s) for i, s in enumerate(slots)
                     if s.class_id in self.classes and not self.classes[s.class_id].cancelled]
        if not self.live:
            return
        self.class_ids = sorted({s.class_id for _, s in self.live})
        self.exclude = sorted({s.session_id for s in slots if s.session_id is not None})
        self.dates = sorted({s.date.isoformat() for _, s in self.live})
        # Only sessions within the batch's span of hours can overlap any slot.
        self.earliest = min(s.start_time for _, s in self.live)
        self.latest = max(s.end_time for _, s in self.live)
        self.rooms = {i: s.room_id or self.classes[s.class_id].room_id for i, s in self.live}
        self.trainer_names: dict[int, str] = {}
        self.room_info: dict[int, tuple[str, int]] = {}

    def booking(self, index: int) -> _Booking:
        slot = self.slots[index]
        info = self.classes[slot.class_id]
        return _Booking(slot.session_id, index, slot.class_id, info.code, info.institution,
                        slot.date, slot.start_time, slot.end_time)

    def conflict(self, kind, index, other: _Booking | None, subject_id, subject_name, message,
                 hard) -> Conflict:
        slot = self.slots[index]
        return Conflict(
            kind, hard, slot.session_id, other.session_id if other else None, subject_id,
            subject_name, message, date=slot.date, start_time=slot.start_time,
            end_time=slot.end_time, class_id=slot.class_id,
            other_class_id=other.class_id if other else None, slot_index=index,
            other_slot_index=other.slot_index if other else None)

    def candidates(self, columns: str, where: str, params: Sequence, *, joins: str = "",
                   source: str = "class_session s", prefix: str = "",
                   prefix_params: Sequence = ()) -> list[tuple]:
        """Stored sessions that count and could overlap a slot, with what messages name."""
        exclude = f"AND s.id NOT IN ({_marks(self.exclude)}) " if self.exclude else ""
        sql = (f"{prefix}SELECT {_SESSION_COLUMNS}, {columns} FROM {source} "
               "JOIN training_class c ON c.id = s.training_class_id "
               f"JOIN institution i ON i.id = c.institution_id {joins} "
               f"WHERE {_COUNTS} AND s.date IN ({_marks(self.dates)}) "
               f"AND s.start_time < ? AND s.end_time > ? {exclude}AND {where}")
        return _rows(sql, [*prefix_params, *_COUNTS_PARAMS, *self.dates, _db_time(self.latest),
                           _db_time(self.earliest), *self.exclude, *params])

    def same_time(self, other: _Booking):
        """Live slots overlapping ``other``."""
        for index, slot in self.live:
            if slot.date == other.date and overlaps(slot.start_time, slot.end_time,
                                                    other.start, other.end):
                yield index, slot

    def slot_pairs(self):
        """Pairs of live slots that overlap each other, each pair once (earlier slot first)."""
        by_date = defaultdict(list)
        for index, slot in self.live:
            by_date[slot.date].append((index, slot))
        for group in by_date.values():
            for n, (i, a) in enumerate(group):
                for j, b in group[n + 1:]:
                    if overlaps(a.start_time, a.end_time, b.start_time, b.end_time):
                        yield i, a, j, b

    # --- trainers ---------------------------------------------------------------------------

    def load_trainers(self) -> None:
        ids = sorted({t for _, s in self.live for t in s.trainer_ids})
        if ids:
            self.trainer_names = dict(_rows(
                f"SELECT id, full_name FROM trainer WHERE id IN ({_marks(ids)})", ids))

    def trainer_clashes(self) -> list[Conflict]:
        found = []
        ids = sorted(self.trainer_names)
        if not ids:
            return found
        rows = self.candidates("st.trainer_id", f"st.trainer_id IN ({_marks(ids)})", ids,
                               joins="JOIN session_trainer st ON st.session_id = s.id")
        for row in rows:
            other, trainer_id = _Booking.stored(row), row[7]
            for index, slot in self.same_time(other):
                if trainer_id in slot.trainer_ids:
                    found.append(self.trainer_conflict(index, other, trainer_id))
        for i, a, j, b in self.slot_pairs():
            for trainer_id in dict.fromkeys(t for t in a.trainer_ids if t in b.trainer_ids):
                found.append(self.trainer_conflict(i, self.booking(j), trainer_id))
        return found

    def trainer_conflict(self, index, other: _Booking, trainer_id) -> Conflict:
        name = self.trainer_names.get(trainer_id, str(trainer_id))
        return self.conflict(TRAINER, index, other, trainer_id, name,
                             TRAINER_BUSY.format(name=name, **other.about()), True)

    # --- rooms ------------------------------------------------------------------------------

    def load_rooms(self) -> None:
        ids = sorted({r for r in self.rooms.values() if r is not None})
        if ids:
            self.room_info = {rid: (name, capacity) for rid, name, capacity in _rows(
                f"SELECT id, name, capacity FROM room WHERE id IN ({_marks(ids)})", ids)}

    def room_clashes(self) -> list[Conflict]:
        found = []
        ids = sorted(self.room_info)
        if not ids:
            return found
        rows = self.candidates("COALESCE(s.room_id, c.room_id)",
                               f"COALESCE(s.room_id, c.room_id) IN ({_marks(ids)})", ids)
        for row in rows:
            other, room_id = _Booking.stored(row), row[7]
            for index, _slot in self.same_time(other):
                if self.rooms[index] == room_id:
                    found.append(self.room_conflict(index, other, room_id))
        for i, _a, j, _b in self.slot_pairs():
            if self.rooms[i] is not None and self.rooms[i] == self.rooms[j]:
                found.append(self.room_conflict(i, self.booking(j), self.rooms[i]))
        return found

    def room_conflict(self, index, other: _Booking, room_id) -> Conflict:
        name = self.room_info.get(room_id, (str(room_id), 0))[0]
        return self.conflict(ROOM, index, other, room_id, name,
                             ROOM_BUSY.format(name=name, **other.about()), True)

    def capacity_warnings(self) -> list[Conflict]:
        if not self.room_info:
            return []
        seated = dict(_rows(
            "SELECT training_class_id, COUNT(*) FROM enrollment "
            f"WHERE training_class_id IN ({_marks(self.class_ids)}) AND status IN ({_marks(SEATED)}) "
            "GROUP BY training_class_id", [*self.class_ids, *SEATED]))
        found = []
        for index, slot in self.live:
            room_id = self.rooms[index]
            if room_id not in self.room_info:
                continue
            name, capacity = self.room_info[room_id]
            count = seated.get(slot.class_id, 0)
            if capacity < count:
                found.append(self.conflict(CAPACITY, index, None, room_id, name, ROOM_TOO_SMALL.format(
                    name=name, capacity=capacity, seated=count,
                    class_code=self.classes[slot.class_id].code), False))
        return found

    # --- participants -----------------------------------------------------------------------

    def participant_clashes(self) -> list[Conflict]:
        # The slot classes' people and their other classes first (a few dozen rows), then
        # only those classes' sessions on the slots' dates.
        rows = self.candidates(
            "shared.my_class, shared.participant_id, p.full_name, shared.my_status, "
            "shared.their_status", "1 = 1", (),
            prefix=(f"WITH shared AS {_materialized()}(SELECT mine.training_class_id AS my_class, "
                    "mine.participant_id, mine.status AS my_status, "
                    "theirs.training_class_id AS their_class, theirs.status AS their_status "
                    "FROM enrollment mine JOIN enrollment theirs "
                    "ON theirs.participant_id = mine.participant_id "
                    "AND theirs.training_class_id <> mine.training_class_id "
                    f"WHERE mine.training_class_id IN ({_marks(self.class_ids)}) "
                    f"AND mine.status IN ({_marks(INVOLVED)}) "
                    f"AND theirs.status IN ({_marks(INVOLVED)})) "),
            prefix_params=[*self.class_ids, *INVOLVED, *INVOLVED],
            source="shared JOIN class_session s ON s.training_class_id = shared.their_class",
            joins="JOIN participant p ON p.id = shared.participant_id")
        found = []
        for row in rows:
            other = _Booking.stored(row)
            class_id, participant_id, name, my_status, their_status = row[7:]
            for index, slot in self.same_time(other):
                if slot.class_id == class_id:
                    found.append(self.participant_conflict(index, other, participant_id, name,
                                                           my_status, their_status))
        pairs = [(i, a, j, b) for i, a, j, b in self.slot_pairs() if a.class_id != b.class_id]
        if pairs:
            members: dict[int, dict[int, tuple[str, str]]] = defaultdict(dict)
            for class_id, participant_id, name, status in _rows(
                    "SELECT e.training_class_id, e.participant_id, p.full_name, e.status "
                    "FROM enrollment e JOIN participant p ON p.id = e.participant_id "
                    f"WHERE e.training_class_id IN ({_marks(self.class_ids)}) "
                    f"AND e.status IN ({_marks(INVOLVED)})", [*self.class_ids, *INVOLVED]):
                members[class_id][participant_id] = (name, status)
            for i, a, j, b in pairs:
                theirs = members[b.class_id]
                for participant_id, (name, status) in members[a.class_id].items():
                    if participant_id in theirs:
                        found.append(self.participant_conflict(
                            i, self.booking(j), participant_id, name, status,
                            theirs[participant_id][1]))
        return found

    def participant_conflict(self, index, other, participant_id, name, mine, theirs) -> Conflict:
        hard = mine in SEATED and theirs in SEATED
        text = PARTICIPANT_BUSY if hard else PARTICIPANT_MAYBE
        return self.conflict(PARTICIPANT if hard else PARTICIPANT_PENDING, index, other,
                             participant_id, name, text.format(name=name, **other.about()), hard)

    # --- trainer qualifications -------------------------------------------------------------

    def competency_warnings(self) -> list[Conflict]:
        unit_ids = sorted({s.unit_id for _, s in self.live if s.unit_id is not None and s.trainer_ids})
        if not unit_ids or not self.trainer_names:
            return []
        units = {uid: (code, title) for uid, code, title in _rows(
            f"SELECT id, code, title FROM competency_unit WHERE id IN ({_marks(unit_ids)})",
            unit_ids)}
        trainer_ids = sorted(self.trainer_names)
        codes = sorted({code.upper() for code, _ in units.values()})
        held = {(trainer_id, code.upper()) for trainer_id, code in _rows(
            f"SELECT trainer_id, unit_code FROM trainer_competency WHERE trainer_id IN "
            f"({_marks(trainer_ids)}) AND UPPER(unit_code) IN ({_marks(codes)})",
            [*trainer_ids, *codes])}
        found = []
        for index, slot in self.live:
            if slot.unit_id not in units:
                continue
            code, title = units[slot.unit_id]
            for trainer_id in dict.fromkeys(slot.trainer_ids):
                if (trainer_id, code.upper()) not in held:
                    name = self.trainer_names.get(trainer_id, str(trainer_id))
                    found.append(self.conflict(COMPETENCY, index, None, trainer_id, name,
                                               NOT_COMPETENT.format(name=name, unit_code=code,
                                                                    unit_title=title), False))
        return found

    def certification_warnings(self) -> list[Conflict]:
        ids = sorted(self.trainer_names)
        if not ids:
            return []
        # Per trainer and certificate name, the latest expiry; None once a copy never expires.
        latest: dict[tuple[int, str], tuple[str, dt.date | None]] = {}
        for trainer_id, name, expires in _rows(
                f"SELECT trainer_id, name, expires_on FROM trainer_certification "
                f"WHERE trainer_id IN ({_marks(ids)}) ORDER BY id", ids):
            expires = None if expires is None else _day(expires)
            key = (trainer_id, _certificate_key(name))
            known = latest.get(key, (name, dt.date.min))[1]
            if known is not None and (expires is None or expires > known):
                latest[key] = (name, expires)
        by_trainer = defaultdict(list)
        for (trainer_id, _), (name, expires) in latest.items():
            if expires is not None:
                by_trainer[trainer_id].append((expires, name))
        found = []
        for index, slot in self.live:
            for trainer_id in dict.fromkeys(slot.trainer_ids):
                for expires, certificate in sorted(by_trainer.get(trainer_id, ())):
                    if expires < slot.date:
                        found.append(self.conflict(
                            CERTIFICATION, index, None, trainer_id,
                            self.trainer_names.get(trainer_id, str(trainer_id)),
                            _expired_text(self.trainer_names.get(trainer_id, ""), certificate,
                                          expires, slot.date), False))
        return found


# A renewal is often typed a little differently ("Metodologi  pelatihan"): names are compared
# without case and spaces, alike here and in SQL.
_SQL_CERTIFICATE_KEY = "LOWER(REPLACE({t}.name, ' ', ''))"


def _certificate_key(name: str) -> str:
    return name.replace(" ", "").lower()


def _expired_text(name: str, certificate: str, expires: dt.date, date: dt.date) -> Text:
    return CERTIFICATE_EXPIRED.format(
        name=name, certificate=certificate, expired_id=format_date_id(expires),
        expired_en=format_date_en(expires), date_id=format_date_id(date, True),
        date_en=format_date_en(date, True))


# --- accepted clashes ---------------------------------------------------------------------------


def mark_overridden(conflicts: list[Conflict]) -> list[Conflict]:
    """The same conflicts, those someone accepted marked ``overridden`` with the reason."""
    keys = {c.pair_key for c in conflicts if c.pair_key}
    if not keys:
        return conflicts
    ids = sorted({k[0] for k in keys} | {k[1] for k in keys})
    sql = "SELECT session_id, other_session_id, kind, subject_id, reason FROM conflict_override"
    params: list = []
    if len(ids) <= _MANY:
        sql += f" WHERE session_id IN ({_marks(ids)}) AND other_session_id IN ({_marks(ids)})"
        params = [*ids, *ids]
    # else: accepted clashes are few next to the sessions; reading them all beats a huge IN list.
    reasons = {(min(low, high), max(low, high), kind, subject): reason
               for low, high, kind, subject, reason in _rows(sql, params)}
    return [replace(c, overridden=True, override_reason=reasons[c.pair_key])
            if c.pair_key in reasons else c for c in conflicts]


def blocking(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """The hard conflicts nobody accepted: what refuses a save."""
    return [c for c in conflicts if c.blocking]


def warnings_of(conflicts: Iterable[Conflict]) -> list[Conflict]:
    return [c for c in conflicts if not c.hard]


# --- the whole database -------------------------------------------------------------------------


def all_conflicts(institution_id: int | None = None, *, warnings: bool = False,
                  from_date: dt.date | None = None) -> list[Conflict]:
    """Every hard conflict in the database, each pair once (``session_id`` the lower id), ordered
    by date and time. ``institution_id``: only pairs where either side belongs to it.
    ``warnings``: also pending participant overlaps, small rooms, missing competencies and
    expired certifications. ``from_date``: only sessions on or after it.

    The database pairs the sessions: per trainer and per room by a self-join of the
    counting sessions on (subject, date) with the overlap condition; per participant by
    first finding the classes that share someone, then pairing only their sessions
    through the (class, date, start) index.
    """
    scope = _Scope(institution_id, from_date)
    found = _subject_pairs(TRAINER, scope) + _subject_pairs(ROOM, scope)
    found += _participant_pairs(scope, warnings)
    if warnings:
        found += _capacity_warnings(scope) + _competency_warnings(scope)
        found += _certification_warnings(scope)
    found = mark_overridden(found)
    found.sort(key=lambda c: (c.date, c.start_time, c.session_id, _KIND_ORDER[c.kind],
                              c.other_session_id or 0, c.subject_name, c.subject_id))
    return found


@dataclass(frozen=True)
class _Scope:
    institution_id: int | None
    from_date: dt.date | None

    def sessions(self, session: str = "s", klass: str = "c") -> tuple[str, list]:
        """Conditions for sessions that count (and lie on or after ``from_date``)."""
        sql = f"{session}.status <> ? AND {klass}.status <> ?"
        params = list(_COUNTS_PARAMS)
        if self.from_date is not None:
            sql += f" AND {session}.date >= ?"
            params.append(self.from_date.isoformat())
        return sql, params

    def either(self, first: str, second: str) -> tuple[str, list]:
        """Only pairs where one side belongs to the institution."""
        if self.institution_id is None:
            return "", []
        return (f" AND ({first}.institution_id = ? OR {second}.institution_id = ?)",
                [self.institution_id, self.institution_id])


_SUBJECTS = {
    # kind: (the subject of each session, extra join, table naming it, pair message)
    TRAINER: ("st.trainer_id", "JOIN session_trainer st ON st.session_id = s.id",
              "trainer", "full_name", TRAINER_PAIR),
    ROOM: ("COALESCE(s.room_id, c.room_id)", "", "room", "name", ROOM_PAIR),
}


def _subject_pairs(kind: str, scope: _Scope) -> list[Conflict]:
    subject, join, table, name_column, text = _SUBJECTS[kind]
    counts, params = scope.sessions()
    either, either_params = scope.either("a", "b")
    # Materialised once, then paired with itself on (subject, date): the database builds
    # a temporary index (SQLite) or a hash (PostgreSQL) instead of reading each day's
    # sessions again for every session.
    materialized = _materialized()
    sql = (
        f"WITH booking AS {materialized}("
        f"SELECT {subject} AS subject, s.id AS session_id, s.training_class_id AS class_id, "
        "c.code AS class_code, i.code AS institution, c.institution_id AS institution_id, "
        "s.date AS day, s.start_time AS starts, s.end_time AS ends "
        f"FROM {_SESSION_FROM} {join} WHERE {counts} AND {subject} IS NOT NULL) "
        "SELECT a.session_id, a.class_id, a.class_code, a.institution, a.day, a.starts, a.ends, "
        "b.session_id, b.class_id, b.class_code, b.institution, b.day, b.starts, b.ends, "
        f"a.subject, n.{name_column} "
        "FROM booking a JOIN booking b ON b.subject = a.subject AND b.day = a.day "
        "AND b.session_id > a.session_id AND b.starts < a.ends AND a.starts < b.ends "
        f"JOIN {table} n ON n.id = a.subject WHERE 1 = 1{either}")
    return [_pair_conflict(kind, True, row, row[14], row[15], text)
            for row in _rows(sql, [*params, *either_params])]


def _pair_conflict(kind, hard, row, subject_id, name, text) -> Conflict:
    a, b = _Booking.stored(row[:7]), _Booking.stored(row[7:14])
    if b.session_id < a.session_id:
        a, b = b, a
    first, second = a.side(), b.side()
    message = text.format(name=name, date_id=format_date_id(a.date, True),
                          date_en=format_date_en(a.date, True), first_id=first.render("id"),
                          first_en=first.render("en"), second_id=second.render("id"),
                          second_en=second.render("en"))
    return Conflict(kind, hard, a.session_id, b.session_id, subject_id, name, message,
                    date=a.date, start_time=a.start, end_time=a.end, class_id=a.class_id,
                    other_class_id=b.class_id)


_PAIRS_PER_QUERY = 2000  # two parameters each, far below either backend's limit


def _participant_pairs(scope: _Scope, warnings: bool) -> list[Conflict]:
    statuses = list(INVOLVED if warnings else SEATED)
    people = _people_in_two_classes(scope, statuses)
    near = sorted(people)
    found = []
    for start in range(0, len(near), _PAIRS_PER_QUERY):
        for row in _sessions_meeting_together(scope, near[start:start + _PAIRS_PER_QUERY]):
            for participant_id, name, first_status, second_status in people[row[1], row[8]]:
                hard = first_status in SEATED and second_status in SEATED
                found.append(_pair_conflict(
                    PARTICIPANT if hard else PARTICIPANT_PENDING, hard, row, participant_id, name,
                    PARTICIPANT_PAIR if hard else PARTICIPANT_PAIR_MAYBE))
    return found


def _people_in_two_classes(scope: _Scope, statuses: list[str]) -> dict[tuple[int, int], list]:
    """(first class, second class) -> [(participant id, name, status in each)] for classes that
    share someone and whose spans of session dates overlap (most such classes run months
    apart). Asked on its own, because no planner can guess how few pairs remain, and a
    guess of many makes PostgreSQL pair every session of the database first."""
    marks = _marks(statuses)
    either, either_params = scope.either("c1", "c2")
    since, since_params = ("AND date >= ? ", [scope.from_date.isoformat()]) \
        if scope.from_date is not None else ("", [])
    sql = (
        f"WITH span AS {_materialized()}(SELECT training_class_id AS class_id, "
        "MIN(date) AS first_day, MAX(date) AS last_day FROM class_session "
        f"WHERE status <> ? {since}GROUP BY training_class_id) "
        "SELECT e1.training_class_id, e2.training_class_id, e1.participant_id, p.full_name, "
        "e1.status, e2.status FROM enrollment e1 JOIN enrollment e2 "
        "ON e2.participant_id = e1.participant_id AND e2.training_class_id > e1.training_class_id "
        "JOIN span a ON a.class_id = e1.training_class_id "
        "JOIN span b ON b.class_id = e2.training_class_id "
        "JOIN training_class c1 ON c1.id = e1.training_class_id "
        "JOIN training_class c2 ON c2.id = e2.training_class_id "
        "JOIN participant p ON p.id = e1.participant_id "
        f"WHERE e1.status IN ({marks}) AND e2.status IN ({marks}) "
        "AND a.first_day <= b.last_day AND b.first_day <= a.last_day "
        f"AND c1.status <> ? AND c2.status <> ?{either}")
    people: dict[tuple[int, int], list] = defaultdict(list)
    for first, second, participant_id, name, first_status, second_status in _rows(sql, [
            SessionStatus.CANCELLED, *since_params, *statuses, *statuses, ClassStatus.CANCELLED,
            ClassStatus.CANCELLED, *either_params]):
        people[first, second].append((participant_id, name, first_status, second_status))
    return people


def _sessions_meeting_together(scope: _Scope, near: list[tuple[int, int]]) -> list[tuple]:
    """Overlapping sessions of each pair of classes in ``near``: both sides, as _pair_conflict
    reads them."""
    first, first_params = scope.sessions("s", "c")
    second, second_params = scope.sessions("s2", "c2")
    # CROSS JOIN keeps SQLite starting from the pairs of classes.
    sql = (
        f"WITH near(first_class, second_class) AS (VALUES {', '.join(['(?, ?)'] * len(near))}) "
        f"SELECT {_SESSION_COLUMNS}, s2.id, s2.training_class_id, c2.code, i2.code, s2.date, "
        "s2.start_time, s2.end_time FROM near CROSS JOIN class_session s CROSS JOIN class_session s2 "
        "JOIN training_class c ON c.id = s.training_class_id "
        "JOIN institution i ON i.id = c.institution_id "
        "JOIN training_class c2 ON c2.id = s2.training_class_id "
        "JOIN institution i2 ON i2.id = c2.institution_id "
        "WHERE s.training_class_id = near.first_class AND s2.training_class_id = near.second_class "
        "AND s2.date = s.date AND s2.start_time < s.end_time AND s.start_time < s2.end_time "
        f"AND {first} AND {second}")
    return _rows(sql, [*(value for pair in near for value in pair), *first_params, *second_params])


def _session_scope(scope: _Scope) -> tuple[str, list]:
    counts, params = scope.sessions()
    if scope.institution_id is not None:
        counts += " AND c.institution_id = ?"
        params.append(scope.institution_id)
    return counts, params


def _single(row, kind, subject_id, name, message) -> Conflict:
    booking = _Booking.stored(row)
    return Conflict(kind, False, booking.session_id, None, subject_id, name, message,
                    date=booking.date, start_time=booking.start, end_time=booking.end,
                    class_id=booking.class_id)


def _capacity_warnings(scope: _Scope) -> list[Conflict]:
    counts, params = _session_scope(scope)
    sql = (
        "WITH seated AS (SELECT training_class_id, COUNT(*) AS n FROM enrollment "
        f"WHERE status IN ({_marks(SEATED)}) GROUP BY training_class_id) "
        f"SELECT {_SESSION_COLUMNS}, r.id, r.name, r.capacity, seated.n FROM {_SESSION_FROM} "
        "JOIN seated ON seated.training_class_id = c.id "
        "JOIN room r ON r.id = COALESCE(s.room_id, c.room_id) "
        f"WHERE {counts} AND r.capacity < seated.n")
    found = []
    for row in _rows(sql, [*SEATED, *params]):
        room_id, name, capacity, seated = row[7:]
        found.append(_single(row, CAPACITY, room_id, name, ROOM_TOO_SMALL.format(
            name=name, capacity=capacity, seated=seated, class_code=row[2])))
    return found


def _competency_warnings(scope: _Scope) -> list[Conflict]:
    counts, params = _session_scope(scope)
    sql = (
        f"SELECT {_SESSION_COLUMNS}, t.id, t.full_name, u.code, u.title FROM {_SESSION_FROM} "
        "JOIN session_trainer st ON st.session_id = s.id JOIN trainer t ON t.id = st.trainer_id "
        "JOIN competency_unit u ON u.id = s.unit_id "
        f"WHERE {counts} AND NOT EXISTS (SELECT 1 FROM trainer_competency tc "
        "WHERE tc.trainer_id = st.trainer_id AND UPPER(tc.unit_code) = UPPER(u.code))")
    found = []
    for row in _rows(sql, params):
        trainer_id, name, code, title = row[7:]
        found.append(_single(row, COMPETENCY, trainer_id, name, NOT_COMPETENT.format(
            name=name, unit_code=code, unit_title=title)))
    return found


def _certification_warnings(scope: _Scope) -> list[Conflict]:
    # A certificate name has lapsed on a date when no copy of it (same trainer, same name)
    # is valid then; of the lapsed copies the latest-expiring one is named.
    counts, params = _session_scope(scope)
    same = f"r.trainer_id = k.trainer_id AND {_SQL_CERTIFICATE_KEY.format(t='r')} = " \
           f"{_SQL_CERTIFICATE_KEY.format(t='k')}"
    sql = (
        f"SELECT {_SESSION_COLUMNS}, t.id, t.full_name, k.name, k.expires_on FROM {_SESSION_FROM} "
        "JOIN session_trainer st ON st.session_id = s.id JOIN trainer t ON t.id = st.trainer_id "
        "JOIN trainer_certification k ON k.trainer_id = t.id AND k.expires_on < s.date "
        f"WHERE {counts} "
        f"AND NOT EXISTS (SELECT 1 FROM trainer_certification r WHERE {same} "
        "AND (r.expires_on IS NULL OR r.expires_on >= s.date)) "
        f"AND NOT EXISTS (SELECT 1 FROM trainer_certification r WHERE {same} "
        "AND (r.expires_on > k.expires_on OR (r.expires_on = k.expires_on AND r.id > k.id)))")
    found = []
    for row in _rows(sql, params):
        trainer_id, name, certificate, expires = row[7:]
        found.append(_single(row, CERTIFICATION, trainer_id, name, _expired_text(
            name, certificate, _day(expires), _day(row[4]))))
    return found
