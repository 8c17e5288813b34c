"""Editing a class's sessions one by one, and who teaches them.

Every write checks the values (each problem naming its field), then the conflicts
(``services.conflicts``), and writes nothing when anything is refused. A hard conflict
is saved only with a written reason, kept as a ``ConflictOverride`` per clash. Once
a class has started, each change is also kept as a ``SessionChange`` (the changed
fields before and after, as JSON), so what was planned, what happened and why stay
readable. Each write is one transaction: all of it is saved, or none.

Leads: a session has at most one lead trainer. Assigning a new lead replaces the
previous one (who is taken off the session; the history says so); assigning an
already-assigned trainer only changes their role.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import numbers
import re
from typing import Any, Iterable, Mapping

import holidays

from ..auth.permissions import Action, require
from ..i18n import Text
from ..record_changes import refuse_if_changed
from ..models import (
    AttendanceMark,
    ClassSession,
    ClassStatus,
    ClosureDay,
    CompetencyUnit,
    ConflictKind,
    ConflictOverride,
    Room,
    SessionChange,
    SessionChangeKind,
    SessionStatus,
    SessionTrainer,
    Trainer,
    TrainerRole,
    TrainingClass,
)
from ..validation import Checked, Problem, format_date_en, format_date_id, parse_date
from ..validation.problems import error, is_blank, shown, warning
from .conflicts import (
    Conflict,
    ConflictsFound,
    SessionSlot,
    blocking,
    check_assignment,
    check_slot,
    when,
)
from .record_fields import optional_text, reference, unlabelled, whole_number
from .records import ValidationFailed
from .settings import minutes_per_jp

# field -> (Indonesian label, English label)
LABELS = {
    "session": ("Pertemuan", "Session"),
    "training_class": ("Kelas", "Class"),
    "date": ("Tanggal", "Date"),
    "start_time": ("Jam mulai", "Start time"),
    "end_time": ("Jam selesai", "End time"),
    "room_id": ("Ruangan", "Room"),
    "unit_id": ("Unit kompetensi", "Competency unit"),
    "topic": ("Topik", "Topic"),
    "jp": ("Jumlah JP", "Number of JP"),
    "status": ("Status", "Status"),
    "cancel_reason": ("Alasan pembatalan", "Reason for cancelling"),
    "reason": ("Alasan", "Reason"),
    "trainers": ("Instruktur", "Trainers"),
    "trainer_id": ("Instruktur", "Trainer"),
    "role": ("Peran", "Role"),
    "session_ids": ("Pertemuan yang dipilih", "Chosen sessions"),
}
SCHEDULE_FIELDS = ("date", "start_time", "end_time", "room_id")  # a change of these is a move
SESSION_FIELDS = SCHEDULE_FIELDS + ("unit_id", "topic", "jp")
ROLE_NAMES = {TrainerRole.LEAD: ("utama", "lead"), TrainerRole.ASSISTANT: ("pendamping", "assistant")}
STATUS_NAMES = {SessionStatus.PLANNED: ("direncanakan", "planned"),
                SessionStatus.HELD: ("terlaksana", "held"),
                SessionStatus.CANCELLED: ("dibatalkan", "cancelled")}
KIND_NAMES = {
    SessionChangeKind.ADDED: ("Ditambah", "Added"),
    SessionChangeKind.MOVED: ("Dipindah", "Moved"),
    SessionChangeKind.EDITED: ("Diubah", "Edited"),
    SessionChangeKind.CANCELLED: ("Dibatalkan", "Cancelled"),
    SessionChangeKind.RESTORED: ("Diadakan lagi", "Restored"),
    SessionChangeKind.TRAINERS: ("Instruktur diganti", "Trainers changed"),
    SessionChangeKind.DELETED: ("Dihapus", "Deleted"),
}

BAD_TIME = Text(
    '{label_id} "{value}" bukan jam yang dikenali; tulis misalnya 08.00 atau 13:30.',
    '{label_en} "{value}" is not a recognised time; write e.g. 08.00 or 13:30.',
)
REQUIRED = Text("{label_id} wajib diisi.", "{label_en} is required.")
END_NOT_AFTER_START = Text(
    "Jam selesai {end_id} harus sesudah jam mulai {start_id}.",
    "The end time {end_en} must be after the start time {start_en}.",
)
UNIT_ELSEWHERE = Text(
    "Unit {unit_code} bukan bagian dari program kelas ini ({program}).",
    "Unit {unit_code} is not part of this class's program ({program}).",
)
ROOM_ELSEWHERE = Text(
    "Ruangan {room} milik lembaga {owner}, bukan {institution} yang menyelenggarakan kelas ini.",
    "Room {room} belongs to {owner}, not to {institution}, which runs this class.",
)
ROOM_ARCHIVED = Text(
    "Ruangan {room} sudah diarsipkan.",
    "Room {room} is archived.",
)
JP_TOO_MANY = Text(
    "{jp} JP perlu {needed} menit ({minutes_per_jp} menit per JP), padahal pertemuan {when_id} "
    "hanya {minutes} menit.",
    "{jp} JP need {needed} minutes ({minutes_per_jp} minutes per JP), but the session "
    "{when_en} lasts only {minutes} minutes.",
)
OUTSIDE_CLASS_DATES = Text(
    "{date_id} di luar tanggal kelas ({start_id} s.d. {end_id}).",
    "{date_en} is outside the class's dates ({start_en} to {end_en}).",
)
NATIONAL_HOLIDAY = Text(
    "{date_id} adalah hari libur nasional ({holiday_id}).",
    "{date_en} is a national holiday ({holiday_en}).",
)
CLOSURE_DAY = Text(
    "Lembaga tutup pada {date_id}{because_id}.",
    "The institution is closed on {date_en}{because_en}.",
)
NO_SUCH_SESSION = Text(
    "Pertemuan yang dipilih tidak ada lagi (mungkin sudah dihapus di PC lain); muat ulang.",
    "The chosen session no longer exists (perhaps deleted on another PC); reload.",
)
NO_SUCH_CLASS = Text(
    "Kelas yang dipilih tidak ada lagi (mungkin sudah dihapus); muat ulang.",
    "The chosen class no longer exists (it may have been deleted); reload.",
)
CLASS_CANCELLED = Text(
    "Kelas {class_code} sudah dibatalkan; pertemuannya tidak dapat ditambah atau diadakan lagi.",
    "Class {class_code} is cancelled; its sessions cannot be added or restored.",
)
REASON_REQUIRED = Text(
    "Tulis alasan pembatalan pertemuan (misalnya: instruktur sakit, listrik padam).",
    "Write why the session is cancelled (e.g. trainer ill, power cut).",
)
ALREADY_CANCELLED = Text(
    "Pertemuan {when_id} sudah dibatalkan.",
    "The session {when_en} is already cancelled.",
)
NOT_CANCELLED = Text(
    "Pertemuan {when_id} tidak dibatalkan, jadi tidak perlu diadakan lagi.",
    "The session {when_en} is not cancelled, so there is nothing to restore.",
)
ATTENDANCE_KEPT = Text(
    "Pertemuan ini sudah punya {count} catatan kehadiran; catatan itu tetap disimpan.",
    "This session already has {count} attendance marks; they are kept.",
)
DELETE_STARTED = Text(
    "Pertemuan kelas {class_code} tidak dapat dihapus karena kelasnya sudah dimulai; batalkan "
    "pertemuannya saja (dengan alasan), supaya riwayatnya tetap terbaca.",
    "Sessions of class {class_code} cannot be deleted because the class has started; cancel the "
    "session instead (with a reason), so that its history stays readable.",
)
DELETE_ATTENDANCE = Text(
    "Pertemuan {when_id} sudah punya {count} catatan kehadiran; batalkan saja, jangan dihapus.",
    "The session {when_en} already has {count} attendance marks; cancel it instead of deleting it.",
)
DELETE_JOURNAL = Text(
    "Jurnal instruktur pertemuan {when_id} sudah diisi; batalkan saja, jangan dihapus.",
    "The trainer journal of the session {when_en} is already written; cancel it instead of "
    "deleting it.",
)
TRAINER_ARCHIVED = Text(
    "Instruktur {name} sudah diarsipkan dan tidak dapat ditugaskan lagi.",
    "Trainer {name} is archived and cannot be assigned.",
)
NO_SESSIONS = Text(
    "Pilih paling sedikit satu pertemuan.",
    "Choose at least one session.",
)
SESSIONS_MISSING = Text(
    "{count} pertemuan yang dipilih tidak ada lagi (mungkin sudah dihapus); muat ulang.",
    "{count} of the chosen sessions no longer exist (perhaps deleted); reload.",
)
SESSIONS_CANCELLED = Text(
    "{count} pertemuan yang dipilih sudah dibatalkan ({dates_id}); instruktur tidak ditugaskan ke "
    "pertemuan yang batal.",
    "{count} of the chosen sessions are cancelled ({dates_en}); trainers are not assigned to "
    "cancelled sessions.",
)
TWO_LEADS = Text(
    "Satu pertemuan hanya punya satu instruktur utama; yang lain jadikan pendamping.",
    "A session has only one lead trainer; make the others assistants.",
)
TRAINER_TWICE = Text(
    "Instruktur {name} tercantum dua kali.",
    "Trainer {name} is listed twice.",
)
NOT_A_ROLE = Text(
    'Peran "{value}" tidak dikenal; pilih utama (lead) atau pendamping (assistant).',
    'The role "{value}" is not known; choose lead or assistant.',
)
CLASS_ROOM = Text("ruangan kelas", "the class's room")
NOTHING = Text("—", "—")


def _problem(kind, field: str, code: str, text: Text, **params) -> Problem:
    label_id, label_en = LABELS[field]
    return kind(field, code, text.format(label_id=label_id, label_en=label_en, **params))


def _refuse(field: str, code: str, text: Text, **params):
    raise ValidationFailed([_problem(error, field, code, text, **params)])


def _raise_errors(problems: list[Problem]) -> tuple[Problem, ...]:
    if any(p.is_error for p in problems):
        raise ValidationFailed(problems)
    return tuple(problems)


# --- reading values -----------------------------------------------------------------------------

_TIME = re.compile(r"(\d{1,2})(?:[.:](\d{2})(?:[.:](\d{2}))?)?")


def parse_time(value, field: str, label_id: str, label_en: str, *,
               required: bool = True) -> Checked[dt.time]:
    """A time as clerks type it (08.00, 8:00, 13.30) or as a spreadsheet gives it (a fraction of a
    day), to the minute."""
    if is_blank(value):
        return (Checked(None, (error(field, "required", REQUIRED.format(
            label_id=label_id, label_en=label_en)),)) if required else Checked(None))
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return Checked(value.replace(second=0, microsecond=0, tzinfo=None))
    hour = minute = None
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(float(value) * 24 * 60)
        hour, minute = divmod(minutes, 60)
    elif isinstance(value, str) and (m := _TIME.fullmatch(value.strip())):
        hour, minute = int(m[1]), int(m[2] or 0)
    if hour is None or not (0 <= hour <= 23 and 0 <= minute <= 59):
        return Checked(None, (error(field, "time_unrecognised", BAD_TIME.format(
            label_id=label_id, label_en=label_en, value=shown(value))),))
    return Checked(dt.time(hour, minute))


def _check(field: str, check, raw, **options) -> Checked:
    return check(raw, field, *LABELS[field], **options)


def _minutes(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def default_jp(start: dt.time, end: dt.time) -> int:
    """Whole JP that fit between ``start`` and ``end``."""
    return max(0, math.floor(_minutes(start, end) / minutes_per_jp()))


def _current(session: ClassSession) -> dict[str, Any]:
    return {"date": session.date, "start_time": session.start_time, "end_time": session.end_time,
            "room_id": session.room_id, "unit_id": session.unit_id, "topic": session.topic,
            "jp": session.jp}


def _checked_values(klass: TrainingClass, current: Mapping[str, Any], values: Mapping[str, Any],
                    adding: bool) -> tuple[dict[str, Any], list[Problem]]:
    """The session's fields after applying ``values`` (all of them), and every problem found."""
    problems: list[Problem] = []
    result = dict(current)

    def take(field: str, checked: Checked):
        problems.extend(checked.problems)
        if checked.ok:
            result[field] = checked.value
        return checked.ok

    given = {key for key in SESSION_FIELDS if key in values}
    ok = {key: True for key in SESSION_FIELDS}
    if adding or "date" in given:
        ok["date"] = take("date", _check("date", unlabelled(parse_date), values.get("date"),
                                         required=True))
    for field in ("start_time", "end_time"):
        if adding or field in given:
            ok[field] = take(field, _check(field, parse_time, values.get(field)))
    if adding or "room_id" in given:
        raw = values.get("room_id")
        ok["room_id"] = take("room_id", Checked(None) if is_blank(raw) else
                             _check("room_id", reference, raw, model=Room))
    if adding or "unit_id" in given:
        raw = values.get("unit_id")
        ok["unit_id"] = take("unit_id", Checked(None) if is_blank(raw) else
                             _check("unit_id", reference, raw, model=CompetencyUnit))
    if adding or "topic" in given:
        take("topic", _check("topic", optional_text, values.get("topic"), max_length=300))
    times_ok = ok["start_time"] and ok["end_time"] and ok["date"]
    start, end = result.get("start_time"), result.get("end_time")
    if times_ok and end <= start:
        problems.append(_problem(error, "end_time", "end_not_after_start", END_NOT_AFTER_START,
                                 **_time_params(start, end)))
        times_ok = False
    if "jp" in given and not is_blank(values["jp"]):
        ok["jp"] = take("jp", _check("jp", whole_number, values["jp"], minimum=0))
    elif times_ok and (adding or _default_kept(current, result)):
        result["jp"] = default_jp(start, end)
    if times_ok and ok["jp"] and result.get("jp") is not None:
        minutes, per_jp = _minutes(start, end), minutes_per_jp()
        if result["jp"] * per_jp > minutes:
            problems.append(_problem(
                error, "jp", "jp_exceeds_time", JP_TOO_MANY, jp=result["jp"],
                needed=result["jp"] * per_jp, minutes_per_jp=per_jp, minutes=minutes,
                **when(result["date"], start, end)))
    if ok["unit_id"] and result.get("unit_id") is not None:
        unit = CompetencyUnit.get_by_id(result["unit_id"])
        if unit.program_id != klass.program_id:
            problems.append(_problem(error, "unit_id", "unit_not_in_program", UNIT_ELSEWHERE,
                                     unit_code=unit.code, program=klass.program.code))
    if ok["room_id"] and result.get("room_id") is not None and (
            adding or "room_id" in given):
        problems += _room_warnings(klass, Room.get_by_id(result["room_id"]))
    if ok["date"] and result.get("date") is not None and (adding or "date" in given):
        problems += _date_warnings(klass, result["date"])
    return result, problems


def _default_kept(current: Mapping[str, Any], result: Mapping[str, Any]) -> bool:
    """When the times change and no JP is given, a JP that was the default follows the new times."""
    old_start, old_end = current.get("start_time"), current.get("end_time")
    if old_start is None or (old_start, old_end) == (result["start_time"], result["end_time"]):
        return False
    return current.get("jp") == default_jp(old_start, old_end)


def _room_warnings(klass: TrainingClass, room: Room) -> list[Problem]:
    found = []
    if room.institution_id != klass.institution_id:
        found.append(_problem(warning, "room_id", "room_of_other_institution", ROOM_ELSEWHERE,
                              room=room.name, owner=room.institution.code,
                              institution=klass.institution.code))
    if room.archived:
        found.append(_problem(warning, "room_id", "room_archived", ROOM_ARCHIVED, room=room.name))
    return found


@functools.lru_cache(maxsize=16)
def _holidays(year: int, language: str):
    return holidays.country_holidays("ID", years=year, language=language)


def _date_warnings(klass: TrainingClass, date: dt.date) -> list[Problem]:
    found = []
    dates = {"date_id": format_date_id(date, True), "date_en": format_date_en(date, True)}
    if klass.start_date and klass.end_date and not klass.start_date <= date <= klass.end_date:
        found.append(_problem(warning, "date", "outside_class_dates", OUTSIDE_CLASS_DATES,
                              start_id=format_date_id(klass.start_date),
                              start_en=format_date_en(klass.start_date),
                              end_id=format_date_id(klass.end_date),
                              end_en=format_date_en(klass.end_date), **dates))
    holiday_id = _holidays(date.year, "id").get(date)
    if holiday_id:
        found.append(_problem(warning, "date", "national_holiday", NATIONAL_HOLIDAY,
                              holiday_id=holiday_id,
                              holiday_en=_holidays(date.year, "en_US").get(date) or holiday_id,
                              **dates))
    closure = ClosureDay.get_or_none(ClosureDay.institution == klass.institution_id,
                                     ClosureDay.date == date)
    if closure is not None:
        because = f": {closure.reason}" if closure.reason else ""
        found.append(_problem(warning, "date", "closure_day", CLOSURE_DAY, because_id=because,
                              because_en=because, **dates))
    return found


def _time_params(start: dt.time, end: dt.time) -> dict[str, str]:
    return {"start_id": start.strftime("%H.%M"), "start_en": start.strftime("%H:%M"),
            "end_id": end.strftime("%H.%M"), "end_en": end.strftime("%H:%M")}


def _session_when(session: ClassSession) -> dict[str, str]:
    return when(session.date, session.start_time, session.end_time)


def _checked_trainers(raw) -> tuple[list[tuple[int, str]], list[Problem]]:
    """Trainers given with a new session: ids (the first is the lead, the rest assist) or
    ``(trainer_id, role)`` pairs or ``{"trainer_id", "role"}`` dicts."""
    if not raw:
        return [], []
    problems: list[Problem] = []
    chosen: list[tuple[int, str]] = []
    for position, item in enumerate(raw):
        if isinstance(item, Mapping):
            trainer_raw, role_raw = item.get("trainer_id"), item.get("role")
        elif isinstance(item, (tuple, list)):
            trainer_raw, role_raw = item[0], item[1] if len(item) > 1 else None
        else:
            trainer_raw, role_raw = item, None
        if role_raw is None:
            role_raw = TrainerRole.LEAD if position == 0 else TrainerRole.ASSISTANT
        checked = _check("trainers", reference, trainer_raw, model=Trainer)
        problems.extend(checked.problems)
        role = _role(role_raw)
        if role is None:
            problems.append(_problem(error, "trainers", "not_a_role", NOT_A_ROLE, value=shown(role_raw)))
        if checked.ok and role:
            chosen.append((checked.value, role))
    names = dict(Trainer.select(Trainer.id, Trainer.full_name)
                 .where(Trainer.id.in_([t for t, _ in chosen])).tuples()) if chosen else {}
    seen = set()
    for trainer_id, _ in chosen:
        if trainer_id in seen:
            problems.append(_problem(error, "trainers", "duplicate", TRAINER_TWICE,
                                     name=names[trainer_id]))
        seen.add(trainer_id)
    if sum(1 for _, role in chosen if role == TrainerRole.LEAD) > 1:
        problems.append(_problem(error, "trainers", "two_leads", TWO_LEADS))
    for trainer in Trainer.select().where(Trainer.id.in_(list(seen)), Trainer.archived == True):  # noqa: E712
        problems.append(_problem(error, "trainers", "trainer_archived", TRAINER_ARCHIVED,
                                 name=trainer.full_name))
    return chosen, problems


def _role(raw) -> str | None:
    text = str(raw).strip().lower()
    aliases = {"utama": TrainerRole.LEAD, "pendamping": TrainerRole.ASSISTANT,
               "asisten": TrainerRole.ASSISTANT}
    return text if text in TrainerRole.values() else aliases.get(text)


# --- the class and its start --------------------------------------------------------------------


def class_has_started(klass: TrainingClass | int, today: dt.date | None = None) -> bool:
    """Running or finished, or its first day has come: from then on session changes are kept."""
    if not isinstance(klass, TrainingClass):
        klass = TrainingClass.get_by_id(klass)
    if klass.status in (ClassStatus.RUNNING, ClassStatus.FINISHED):
        return True
    return klass.start_date is not None and klass.start_date <= (today or dt.date.today())


def _class(class_id) -> TrainingClass:
    if isinstance(class_id, TrainingClass):
        class_id = class_id.get_id()
    klass = TrainingClass.get_or_none(TrainingClass.id == class_id)
    if klass is None:
        _refuse("training_class", "no_such_record", NO_SUCH_CLASS)
    return klass


def _session(session_id) -> ClassSession:
    if isinstance(session_id, ClassSession):
        session_id = session_id.get_id()
    session = ClassSession.get_or_none(ClassSession.id == session_id)
    if session is None:
        _refuse("session", "no_such_record", NO_SUCH_SESSION)
    return session


def _trainer_ids(session_id: int) -> tuple[int, ...]:
    return tuple(t for (t,) in SessionTrainer.select(SessionTrainer.trainer)
                 .where(SessionTrainer.session == session_id)
                 .order_by(SessionTrainer.id).tuples())


def _counts(session_status: str, klass: TrainingClass) -> bool:
    return session_status != SessionStatus.CANCELLED and klass.status != ClassStatus.CANCELLED


# --- conflicts and overrides --------------------------------------------------------------------


def _refuse_unless_accepted(conflicts: list[Conflict], override_reason: str) -> None:
    blockers = blocking(conflicts)
    if blockers and not (override_reason or "").strip():
        raise ConflictsFound(blockers)


def _accept(store, session_id: int, conflicts: list[Conflict], override_reason: str) -> None:
    """One ``ConflictOverride`` per clash accepted by this save, pair stored lowest id first."""
    reason = (override_reason or "").strip()
    written = set()
    for conflict in blocking(conflicts):
        other = conflict.other_session_id
        if other is None:
            continue  # a clash with a slot not saved yet: it is checked again when that one is
        low, high = sorted((conflict.session_id or session_id, other))
        key = (low, high, conflict.kind, conflict.subject_id)
        if key in written:
            continue
        written.add(key)
        store.save(ConflictOverride(session=low, other_session=high, kind=conflict.kind,
                                    subject_id=conflict.subject_id, reason=reason))


def _drop_trainer_overrides(store, session_id: int, trainer_id: int) -> None:
    """Accepted double bookings of a trainer no longer on the session: they speak of nothing."""
    for row in ConflictOverride.select().where(
            (ConflictOverride.session == session_id) | (ConflictOverride.other_session == session_id),
            ConflictOverride.kind == ConflictKind.TRAINER, ConflictOverride.subject_id == trainer_id):
        store.delete(row)


def _split(conflicts: list[Conflict], problems: Iterable[Problem]) -> tuple:
    """What a write hands back: its warning problems, then its warning conflicts."""
    return tuple(p for p in problems if not p.is_error) + tuple(c for c in conflicts if not c.hard)


# --- history ------------------------------------------------------------------------------------


def _json_value(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


def _record(store, klass: TrainingClass, session_id: int | None, kind: str, before: Mapping,
            after: Mapping, reason: str, today: dt.date | None) -> None:
    if not class_has_started(klass, today):
        return
    encode = lambda values: json.dumps({k: _json_value(v) for k, v in values.items()},  # noqa: E731
                                       ensure_ascii=False, sort_keys=True)
    store.save(SessionChange(training_class=klass.id, session=session_id, kind=kind,
                             before=encode(before) if before else "",
                             after=encode(after) if after else "", reason=(reason or "").strip()))


def _changed(before: Mapping, after: Mapping) -> tuple[dict, dict]:
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _trainer_list(session_id: int) -> list[dict]:
    # role descending: "lead" sorts after "assistant", and the lead is named first.
    return [{"trainer_id": trainer_id, "name": name, "role": role} for trainer_id, name, role in
            SessionTrainer.select(SessionTrainer.trainer, Trainer.full_name, SessionTrainer.role)
            .join(Trainer).where(SessionTrainer.session == session_id)
            .order_by(SessionTrainer.role.desc(), Trainer.full_name).tuples()]


# --- writes -------------------------------------------------------------------------------------


def add_session(store, class_id, values: Mapping[str, Any], *, override_reason: str = "",
                reason: str = "", today: dt.date | None = None):
    """Add one session to a class; returns ``(session, warnings)``.

    ``values``: date, start_time, end_time, room_id (blank: the class's room), unit_id,
    topic, jp (absent: the whole JP that fit), and optionally trainers (see
    ``_checked_trainers``). Raises ``ValidationFailed`` or ``ConflictsFound``, writing nothing.
    """
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        klass = _class(class_id)
        if klass.status == ClassStatus.CANCELLED:
            _refuse("training_class", "class_cancelled", CLASS_CANCELLED, class_code=klass.code)
        fields, problems = _checked_values(klass, {}, values, adding=True)
        trainers, trainer_problems = _checked_trainers(values.get("trainers"))
        _raise_errors(problems + trainer_problems)
        conflicts = check_slot(SessionSlot(
            klass.id, fields["date"], fields["start_time"], fields["end_time"], fields["room_id"],
            fields["unit_id"], tuple(t for t, _ in trainers)))
        _refuse_unless_accepted(conflicts, override_reason)
        session = ClassSession(training_class=klass.id, date=fields["date"],
                               start_time=fields["start_time"], end_time=fields["end_time"],
                               room=fields["room_id"], unit=fields["unit_id"],
                               topic=fields.get("topic", ""), jp=fields["jp"])
        store.save(session)
        for trainer_id, role in trainers:
            store.save(SessionTrainer(session=session.id, trainer=trainer_id, role=role))
        _accept(store, session.id, conflicts, override_reason)
        after = {**_current(session), "status": session.status}
        if trainers:
            after["trainers"] = _trainer_list(session.id)
        _record(store, klass, session.id, SessionChangeKind.ADDED, {}, after, reason, today)
    return session, _split(conflicts, problems + trainer_problems)


def update_session(store, session_id, values: Mapping[str, Any], *, override_reason: str = "",
                   reason: str = "", today: dt.date | None = None, loaded: ClassSession | None = None):
    """Change any of a session's date, start_time, end_time, room_id, unit_id, topic, jp; returns
    ``(session, warnings)``. A move (date, time or room) is checked for conflicts. When only
    the times change, a JP that was the default follows the new length. ``loaded``: the session
    as the clerk opened it; a save by someone else since then is refused (``RecordChanged``)."""
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        session = _session(session_id)
        refuse_if_changed(loaded, session)
        klass = session.training_class
        before = _current(session)
        fields, problems = _checked_values(klass, before, values, adding=False)
        _raise_errors(problems)
        old, new = _changed(before, fields)
        if not new:
            return session, _split([], problems)
        moved = any(key in new for key in SCHEDULE_FIELDS)
        conflicts: list[Conflict] = []
        if _counts(session.status, klass) and (moved or "unit_id" in new):
            conflicts = check_slot(SessionSlot(
                klass.id, fields["date"], fields["start_time"], fields["end_time"],
                fields["room_id"], fields["unit_id"], _trainer_ids(session.id), session.id))
            if moved:
                _refuse_unless_accepted(conflicts, override_reason)
            else:
                conflicts = [c for c in conflicts if not c.hard]  # a new unit moves nobody
        session.date, session.start_time, session.end_time = (
            fields["date"], fields["start_time"], fields["end_time"])
        session.room, session.unit = fields["room_id"], fields["unit_id"]
        session.topic, session.jp = fields["topic"], fields["jp"]
        store.save(session)
        if moved:
            _accept(store, session.id, conflicts, override_reason)
        kind = SessionChangeKind.MOVED if moved else SessionChangeKind.EDITED
        _record(store, klass, session.id, kind, old, new, reason, today)
    return session, _split(conflicts, problems)


def cancel_session(store, session_id, reason: str, *, today: dt.date | None = None):
    """Cancel a session, saying why (required); returns ``(session, warnings)``. Its trainers and
    attendance marks stay, so that restoring it brings it back as it was."""
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        session = _session(session_id)
        text = _check("cancel_reason", optional_text, reason, max_length=300)
        problems = list(text.problems)
        if text.ok and not text.value:
            problems.append(_problem(error, "cancel_reason", "required", REASON_REQUIRED))
        if session.status == SessionStatus.CANCELLED:
            problems.append(_problem(error, "status", "already_cancelled", ALREADY_CANCELLED,
                                     **_session_when(session)))
        _raise_errors(problems)
        marks = AttendanceMark.select().where(AttendanceMark.session == session.id).count()
        if marks:
            problems.append(_problem(warning, "session", "attendance_kept", ATTENDANCE_KEPT,
                                     count=marks))
        old = {"status": session.status, "cancel_reason": session.cancel_reason}
        session.status, session.cancel_reason = SessionStatus.CANCELLED, text.value
        store.save(session)
        _record(store, session.training_class, session.id, SessionChangeKind.CANCELLED, old,
                {"status": session.status, "cancel_reason": session.cancel_reason}, text.value, today)
    return session, tuple(problems)


def restore_session(store, session_id, *, override_reason: str = "", reason: str = "",
                    today: dt.date | None = None):
    """Bring a cancelled session back (as planned), checked for conflicts as if added again;
    returns ``(session, warnings)``."""
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        session = _session(session_id)
        klass = session.training_class
        if session.status != SessionStatus.CANCELLED:
            _refuse("status", "not_cancelled", NOT_CANCELLED, **_session_when(session))
        if klass.status == ClassStatus.CANCELLED:
            _refuse("training_class", "class_cancelled", CLASS_CANCELLED, class_code=klass.code)
        conflicts = check_slot(SessionSlot(
            klass.id, session.date, session.start_time, session.end_time, session.room_id,
            session.unit_id, _trainer_ids(session.id), session.id))
        _refuse_unless_accepted(conflicts, override_reason)
        old = {"status": session.status, "cancel_reason": session.cancel_reason}
        session.status, session.cancel_reason = SessionStatus.PLANNED, ""
        store.save(session)
        _accept(store, session.id, conflicts, override_reason)
        _record(store, klass, session.id, SessionChangeKind.RESTORED, old,
                {"status": session.status, "cancel_reason": ""}, reason, today)
    return session, _split(conflicts, [])


def delete_session(store, session_id, reason: str = "", *, today: dt.date | None = None) -> None:
    """Delete a session planned by mistake. Refused (``ValidationFailed``) once it has attendance
    marks or a journal, or once its class has started: cancel it instead."""
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        session = _session(session_id)
        klass = session.training_class
        problems = []
        marks = AttendanceMark.select().where(AttendanceMark.session == session.id).count()
        if marks:
            problems.append(_problem(error, "session", "has_attendance", DELETE_ATTENDANCE,
                                     count=marks, **_session_when(session)))
        if session.journal_jp is not None or session.journal_taught.strip():
            problems.append(_problem(error, "session", "has_journal", DELETE_JOURNAL,
                                     **_session_when(session)))
        if class_has_started(klass, today):
            problems.append(_problem(error, "session", "class_started", DELETE_STARTED,
                                     class_code=klass.code))
        _raise_errors(problems)
        before = {**_current(session), "status": session.status, "trainers": _trainer_list(session.id)}
        # Removed one by one so that the audit log keeps who taught it and which clashes were
        # accepted; the database would cascade them silently.
        for row in SessionTrainer.select().where(SessionTrainer.session == session.id):
            store.delete(row)
        for row in ConflictOverride.select().where(
                (ConflictOverride.session == session.id) | (ConflictOverride.other_session == session.id)):
            store.delete(row)
        # Written before the row goes; the foreign key then turns to NULL and ``before`` remains.
        _record(store, klass, session.id, SessionChangeKind.DELETED, before, {}, reason, today)
        store.delete(session)


def _chosen_sessions(session_ids) -> tuple[list[ClassSession], list[Problem]]:
    ids = list(dict.fromkeys(int(s.get_id() if isinstance(s, ClassSession) else s)
                             for s in (session_ids or ())))
    if not ids:
        return [], [_problem(error, "session_ids", "required", NO_SESSIONS)]
    sessions = list(ClassSession.select().where(ClassSession.id.in_(ids))
                    .order_by(ClassSession.date, ClassSession.start_time, ClassSession.id))
    problems = []
    if len(sessions) < len(ids):
        problems.append(_problem(error, "session_ids", "no_such_record", SESSIONS_MISSING,
                                 count=len(ids) - len(sessions)))
    return sessions, problems


def assign_trainer(store, session_ids, trainer_id, role: str = TrainerRole.LEAD, *,
                   override_reason: str = "", reason: str = "", today: dt.date | None = None):
    """Assign one trainer to many sessions (all of a unit, all of a class); returns
    ``(changed session count, warnings)``.

    A trainer already on a session gets ``role``. A new lead replaces the session's
    previous lead. Cancelled sessions are refused.
    """
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        sessions, problems = _chosen_sessions(session_ids)
        trainer_check = _check("trainer_id", reference, trainer_id, model=Trainer)
        problems += trainer_check.problems
        role_value = _role(role) if role is not None else None
        if role_value is None:
            problems.append(_problem(error, "role", "not_a_role", NOT_A_ROLE, value=shown(role)))
        trainer = Trainer.get_by_id(trainer_check.value) if trainer_check.ok else None
        if trainer is not None and trainer.archived:
            problems.append(_problem(error, "trainer_id", "trainer_archived", TRAINER_ARCHIVED,
                                     name=trainer.full_name))
        cancelled = [s for s in sessions if s.status == SessionStatus.CANCELLED]
        if cancelled:
            problems.append(_problem(
                error, "session_ids", "session_cancelled", SESSIONS_CANCELLED, count=len(cancelled),
                dates_id=", ".join(format_date_id(s.date) for s in cancelled[:5]),
                dates_en=", ".join(format_date_en(s.date) for s in cancelled[:5])))
        _raise_errors(problems)
        ids = [s.id for s in sessions]
        current: dict[int, dict[int, SessionTrainer]] = {i: {} for i in ids}
        for row in SessionTrainer.select().where(SessionTrainer.session.in_(ids)):
            current[row.session_id][row.trainer_id] = row
        joining = [i for i in ids if trainer.id not in current[i]]
        conflicts = check_assignment(joining, trainer.id) if joining else []
        _refuse_unless_accepted(conflicts, override_reason)
        changed = 0
        classes: dict[int, TrainingClass] = {}
        for session in sessions:
            on_it = current[session.id]
            mine = on_it.get(trainer.id)
            if mine is not None and mine.role == role_value:
                continue
            before = _trainer_list(session.id)
            if role_value == TrainerRole.LEAD:
                for other_id, row in on_it.items():
                    if other_id != trainer.id and row.role == TrainerRole.LEAD:
                        store.delete(row)
                        _drop_trainer_overrides(store, session.id, other_id)
            if mine is None:
                store.save(SessionTrainer(session=session.id, trainer=trainer.id, role=role_value))
            else:
                mine.role = role_value
                store.save(mine)
            changed += 1
            klass = classes.setdefault(session.training_class_id, session.training_class)
            _record(store, klass, session.id, SessionChangeKind.TRAINERS, {"trainers": before},
                    {"trainers": _trainer_list(session.id)}, reason, today)
        for conflict in blocking(conflicts):
            _accept(store, conflict.session_id, [conflict], override_reason)
    return changed, _split(conflicts, [])


def unassign_trainer(store, session_ids, trainer_id, *, reason: str = "",
                     today: dt.date | None = None):
    """Take a trainer off these sessions; returns ``(changed session count, ())``."""
    require(Action.EDIT_SCHEDULE)
    with store.transaction():
        sessions, problems = _chosen_sessions(session_ids)
        trainer_check = _check("trainer_id", reference, trainer_id, model=Trainer)
        _raise_errors(problems + list(trainer_check.problems))
        changed = 0
        for session in sessions:
            row = SessionTrainer.get_or_none(SessionTrainer.session == session.id,
                                             SessionTrainer.trainer == trainer_check.value)
            if row is None:
                continue
            before = _trainer_list(session.id)
            store.delete(row)
            _drop_trainer_overrides(store, session.id, trainer_check.value)
            changed += 1
            _record(store, session.training_class, session.id, SessionChangeKind.TRAINERS,
                    {"trainers": before}, {"trainers": _trainer_list(session.id)}, reason, today)
    return changed, ()


# --- reading ------------------------------------------------------------------------------------


def session_ids_for(class_id, unit_id=None, from_date: dt.date | None = None) -> list[int]:
    """The class's sessions that are not cancelled (of one unit, from one day on), in date order:
    what "this trainer for all sessions of this unit / class" assigns to."""
    query = ClassSession.select(ClassSession.id).where(
        ClassSession.training_class == class_id, ClassSession.status != SessionStatus.CANCELLED)
    if unit_id is not None:
        query = query.where(ClassSession.unit == unit_id)
    if from_date is not None:
        query = query.where(ClassSession.date >= from_date)
    return [i for (i,) in query.order_by(ClassSession.date, ClassSession.start_time,
                                         ClassSession.id).tuples()]


def session_history(class_id) -> list[dict]:
    """The class's session changes, newest first. Each: ``id``, ``at`` (UTC), ``by``, ``kind``,
    ``kind_label`` (Text), ``session_id`` (None once deleted), ``session_date``, ``before`` and
    ``after`` (dicts as stored), ``changes`` (``field``, ``label``, ``before``, ``after``, the
    last three as Text), ``summary`` (Text) and ``reason``."""
    require(Action.VIEW_CLASS, class_id=class_id)
    rows = list(SessionChange.select().where(SessionChange.training_class == class_id)
                .order_by(SessionChange.created_at.desc(), SessionChange.id.desc()))
    decoded = [(row, _decode(row.before), _decode(row.after)) for row in rows]
    room_ids = {v.get("room_id") for _, b, a in decoded for v in (b, a)} - {None}
    unit_ids = {v.get("unit_id") for _, b, a in decoded for v in (b, a)} - {None}
    rooms = dict(Room.select(Room.id, Room.name).where(Room.id.in_(list(room_ids))).tuples()) \
        if room_ids else {}
    units = {i: f"{code} {title}" for i, code, title in
             CompetencyUnit.select(CompetencyUnit.id, CompetencyUnit.code, CompetencyUnit.title)
             .where(CompetencyUnit.id.in_(list(unit_ids))).tuples()} if unit_ids else {}
    session_ids = {row.session_id for row in rows if row.session_id is not None}
    dates = dict(ClassSession.select(ClassSession.id, ClassSession.date)
                 .where(ClassSession.id.in_(list(session_ids))).tuples()) if session_ids else {}
    history = []
    for row, before, after in decoded:
        changes = []
        for field in _ordered(set(before) | set(after)):
            changes.append({"field": field, "label": Text(*_label(field)),
                            "before": _readable(field, before.get(field), rooms, units),
                            "after": _readable(field, after.get(field), rooms, units)})
        session_date = dates.get(row.session_id) or _iso_date(after.get("date")) \
            or _iso_date(before.get("date"))
        history.append({
            "id": row.id, "at": row.created_at, "by": row.created_by, "kind": row.kind,
            "kind_label": Text(*KIND_NAMES[row.kind]), "session_id": row.session_id,
            "session_date": session_date, "before": before, "after": after, "changes": changes,
            "summary": _summary(row.kind, changes), "reason": row.reason})
    return history


def _decode(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


_ORDER = SESSION_FIELDS + ("status", "cancel_reason", "trainers")


def _ordered(fields: set[str]) -> list[str]:
    return sorted(fields, key=lambda f: (_ORDER.index(f) if f in _ORDER else len(_ORDER), f))


def _label(field: str) -> tuple[str, str]:
    return LABELS.get(field, (field, field))


def _iso_date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _readable(field: str, value, rooms: Mapping, units: Mapping) -> Text:
    if field == "date" and (day := _iso_date(value)):
        return Text(format_date_id(day, True), format_date_en(day, True))
    if field in ("start_time", "end_time") and value:
        return Text(value.replace(":", "."), value)
    if field == "room_id":
        return CLASS_ROOM if value is None else Text(*(2 * (rooms.get(value, f"#{value}"),)))
    if field == "unit_id":
        return NOTHING if value is None else Text(*(2 * (units.get(value, f"#{value}"),)))
    if field == "status" and value in STATUS_NAMES:
        return Text(*STATUS_NAMES[value])
    if field == "trainers":
        if not value:
            return NOTHING
        return Text(", ".join(f"{t['name']} ({ROLE_NAMES.get(t['role'], (t['role'],) * 2)[0]})"
                              for t in value),
                    ", ".join(f"{t['name']} ({ROLE_NAMES.get(t['role'], (t['role'],) * 2)[1]})"
                              for t in value))
    if value is None or value == "":
        return NOTHING
    return Text(str(value), str(value))


def _summary(kind: str, changes: list[dict]) -> Text:
    if kind in (SessionChangeKind.ADDED, SessionChangeKind.DELETED):
        label = KIND_NAMES[kind]
        by_field = {c["field"]: c for c in changes}
        parts = [by_field[f]["after" if kind == SessionChangeKind.ADDED else "before"]
                 for f in ("date", "start_time") if f in by_field]
        return Text(" ".join([label[0], *(p.id for p in parts)]),
                    " ".join([label[1], *(p.en for p in parts)]))
    return Text("; ".join(f"{c['label'].id}: {c['before'].id} → {c['after'].id}" for c in changes),
                "; ".join(f"{c['label'].en}: {c['before'].en} → {c['after'].en}" for c in changes))
