"""Attendance rates: attended JP over counted JP, against the program's minimum.

A certificate needs a minimum attendance, so the judgement must be exact: it compares
integers (``100 * attended >= min_pct * counted``) and never a rounded percentage, and the
percentage shown is rounded down so that 79.96% never reads as 80.0%. While sessions
remain, the outlook says who can still make it and who is about to lose the chance.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import (
    AttendanceMark,
    ClassSession,
    ClassStatus,
    Mark,
    Program,
    SessionStatus,
    TrainingClass,
)
from .attendance import ATTENDING, MARKS, GridPerson, stored_time, people_of_classes, session_jp
from .settings import ATTENDANCE_EXCUSED_RULE, ATTENDANCE_SICK_RULE, get_setting, settings_for

VERDICTS = ("meets", "not_met", "on_track", "at_risk", "cannot_reach", "no_data")
VERDICT_LABELS: dict[str, Text] = {
    "meets": Text("Memenuhi", "Meets the minimum"),
    "not_met": Text("Tidak memenuhi", "Below the minimum"),
    "on_track": Text("Aman", "On track"),
    "at_risk": Text("Berisiko", "At risk"),
    "cannot_reach": Text("Tidak mungkin tercapai", "Cannot reach the minimum"),
    "no_data": Text("Belum ada data", "No data yet"),
}
# Rules for I and S marks: counted as not attended, as attended, or left out of the total.
ABSENT, PRESENT, EXCLUDED = "absent", "present", "excluded"


@dataclass(frozen=True)
class AttendanceRules:
    excused: str  # "absent" | "present" | "excluded"
    sick: str

    def for_mark(self, mark: str) -> str:
        if mark == Mark.PRESENT:
            return PRESENT
        if mark == Mark.EXCUSED:
            return self.excused
        if mark == Mark.SICK:
            return self.sick
        return ABSENT


def attendance_rules(institution_id: int | None) -> AttendanceRules:
    return AttendanceRules(
        excused=get_setting(ATTENDANCE_EXCUSED_RULE, institution_id=institution_id),
        sick=get_setting(ATTENDANCE_SICK_RULE, institution_id=institution_id))


def _rules_of(institution_ids: Collection[int]) -> dict[int, AttendanceRules]:
    excused = settings_for(ATTENDANCE_EXCUSED_RULE, institution_ids)
    sick = settings_for(ATTENDANCE_SICK_RULE, institution_ids)
    return {i: AttendanceRules(excused=excused[i], sick=sick[i]) for i in excused}


@dataclass(frozen=True)
class ParticipantRate:
    enrollment_id: int
    participant_id: int
    number: int
    full_name: str
    nik: str
    status: str
    counts: dict[str, int]  # H, I, S, A over delivered sessions
    unmarked: int  # delivered sessions without a mark: counted as not attended
    late: int  # H marks with an arrival after the session's start
    attended_jp: int
    counted_jp: int  # delivered JP less the JP of this person's excluded marks
    delivered_jp: int
    remaining_jp: int
    rate_pct: Decimal | None  # rounded down to one decimal; None when nothing counted
    min_pct: int
    allowance_jp: int | None  # JP this person may still miss; None when nothing remains
    verdict: str
    meets_minimum: bool | None  # now; None when nothing counted
    eligible: bool | None  # final: only once nothing remains
    reason: Text


@dataclass
class ClassRates:
    class_id: int
    class_code: str
    class_name: str
    program_name: str
    institution_id: int
    min_pct: int
    rules: AttendanceRules
    delivered_sessions: int
    delivered_jp: int
    remaining_sessions: int
    remaining_jp: int
    # Delivered or past sessions where someone attending has no mark yet.
    unmarked_sessions: list[tuple[int, dt.date]]
    rows: list[ParticipantRate]

    def row_for(self, enrollment_id: int) -> ParticipantRate | None:
        return next((r for r in self.rows if r.enrollment_id == enrollment_id), None)


def rate_pct(attended: int, counted: int) -> Decimal | None:
    """attended / counted as a percentage rounded down to one decimal, exactly."""
    if counted <= 0:
        return None
    return Decimal((1000 * attended) // counted).scaleb(-1)


def format_pct(value: Decimal | None, lang: str) -> str:
    if value is None:
        return "-"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def class_rates(class_id: int, *, today: dt.date | None = None) -> ClassRates:
    """Every participant's rate and verdict in one class. Raises ``TrainingClass.DoesNotExist``."""
    require(Action.VIEW_CLASS, class_id=class_id)
    found = _rates_of_classes([class_id], today=today)
    if class_id not in found:
        raise TrainingClass.DoesNotExist(f"no class with id {class_id}")
    return found[class_id]


def rates_of_classes(class_ids: Collection[int], *, today: dt.date | None = None,
                     include: Collection[int] = ()) -> dict[int, ClassRates]:
    """Class id -> its rates, for many classes in a few queries. ``include``: enrollment ids
    to list even when they left the class without a mark (a participant's own profile)."""
    return _rates_of_classes(class_ids, today=today, include=include)


def participants_at_risk(institution_id: int | None = None, *, today: dt.date | None = None
                         ) -> list[tuple[dict, ParticipantRate]]:
    """People in running classes (of one institution, or all) whose verdict is at_risk or
    cannot_reach, by class code then number; each with its class's id, code and name."""
    query = TrainingClass.select(TrainingClass.id).where(TrainingClass.status == ClassStatus.RUNNING)
    if institution_id is not None:
        query = query.where(TrainingClass.institution == institution_id)
    rates = _rates_of_classes([row.id for row in query], today=today)
    found = []
    for rates_of_class in sorted(rates.values(), key=lambda r: (r.class_code, r.class_id)):
        about = {"class_id": rates_of_class.class_id, "class_code": rates_of_class.class_code,
                 "class_name": rates_of_class.class_name,
                 "institution_id": rates_of_class.institution_id,
                 "min_pct": rates_of_class.min_pct}
        found += [(about, row) for row in rates_of_class.rows
                  if row.verdict in ("at_risk", "cannot_reach") and row.status in ATTENDING]
    return found


# --- the computation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Session:
    id: int
    date: dt.date
    start_time: dt.time
    jp: int
    held: bool


def _rates_of_classes(class_ids: Collection[int], *, today: dt.date | None = None,
                      include: Collection[int] = ()) -> dict[int, ClassRates]:
    today = today or dt.date.today()
    class_ids = list(dict.fromkeys(class_ids))
    if not class_ids:
        return {}
    classes = list(TrainingClass.select(TrainingClass, Program).join(Program)
                   .where(TrainingClass.id.in_(class_ids)))
    sessions: dict[int, list[_Session]] = defaultdict(list)
    for sid, class_id, day, start, jp, journal_jp, status in (
            ClassSession.select(ClassSession.id, ClassSession.training_class, ClassSession.date,
                                ClassSession.start_time, ClassSession.jp, ClassSession.journal_jp,
                                ClassSession.status)
            .where(ClassSession.training_class.in_(class_ids),
                   ClassSession.status != SessionStatus.CANCELLED)
            .order_by(ClassSession.date, ClassSession.start_time, ClassSession.id).tuples()):
        sessions[class_id].append(_Session(sid, day, start, session_jp(jp, journal_jp),
                                           status == SessionStatus.HELD))
    # (session id, enrollment id) -> (mark, arrival time); marks of cancelled sessions don't count.
    marks: dict[int, dict[tuple[int, int], tuple[str, dt.time | None]]] = defaultdict(dict)
    db = AttendanceMark._meta.database
    holders = ", ".join([db.param] * len(class_ids))
    # Read raw: a class of 40 by 60 holds 2,400 marks, and peewee's rows cost more than the sums.
    for sid, eid, mark, arrival, class_id in db.execute_sql(
            "SELECT m.session_id, m.enrollment_id, m.mark, m.arrival_time, s.training_class_id "
            "FROM attendance_mark m JOIN class_session s ON s.id = m.session_id "
            "JOIN enrollment e ON e.id = m.enrollment_id "
            f"WHERE s.training_class_id IN ({holders}) AND s.status <> {db.param} "
            "AND e.training_class_id = s.training_class_id",
            [*class_ids, SessionStatus.CANCELLED]).fetchall():
        marks[class_id][(sid, eid)] = (mark, arrival)
    marked = {eid for by_class in marks.values() for _, eid in by_class} | set(include)
    people = people_of_classes(class_ids, marked)
    rules = _rules_of({klass.institution_id for klass in classes})
    result = {}
    for klass in classes:
        result[klass.id] = _class_rates(klass, sessions[klass.id], marks[klass.id],
                                        people[klass.id], rules[klass.institution_id], today)
    return result


def _class_rates(klass: TrainingClass, sessions: list[_Session], marks: dict,
                 people: list[GridPerson], rules: AttendanceRules, today: dt.date) -> ClassRates:
    with_marks = {sid for sid, _ in marks}
    delivered = [s for s in sessions if s.held or s.id in with_marks]
    remaining = [s for s in sessions if not (s.held or s.id in with_marks)]
    delivered_jp = sum(s.jp for s in delivered)
    remaining_jp = sum(s.jp for s in remaining)
    largest = max((s.jp for s in remaining), default=0)
    min_pct = klass.program.min_attendance_pct
    rows = [_participant_rate(person, delivered, marks, rules, min_pct, delivered_jp,
                              remaining_jp, len(remaining), largest) for person in people]
    attending = [p.enrollment_id for p in people if p.status in ATTENDING]
    delivered_ids = {s.id for s in delivered}
    unmarked = [(s.id, s.date) for s in sessions
                if (s.id in delivered_ids or s.date < today)
                and any((s.id, eid) not in marks for eid in attending)]
    return ClassRates(
        class_id=klass.id, class_code=klass.code, class_name=klass.name,
        program_name=klass.program.name, institution_id=klass.institution_id, min_pct=min_pct,
        rules=rules, delivered_sessions=len(delivered), delivered_jp=delivered_jp,
        remaining_sessions=len(remaining), remaining_jp=remaining_jp,
        unmarked_sessions=unmarked, rows=rows)


def _participant_rate(person: GridPerson, delivered: list[_Session], marks: dict,
                      rules: AttendanceRules, min_pct: int, delivered_jp: int, remaining_jp: int,
                      remaining_sessions: int, largest_remaining: int) -> ParticipantRate:
    counts = dict.fromkeys(MARKS, 0)
    unmarked = late = attended = counted = 0
    for session in delivered:
        found = marks.get((session.id, person.enrollment_id))
        if found is None:
            unmarked += 1
            counted += session.jp
            continue
        mark, arrival = found
        counts[mark] += 1
        if mark == Mark.PRESENT and arrival is not None and stored_time(arrival) > session.start_time:
            late += 1
        rule = rules.for_mark(mark)
        if rule == EXCLUDED:
            continue
        counted += session.jp
        if rule == PRESENT:
            attended += session.jp
    meets_now = 100 * attended >= min_pct * counted if counted else None
    allowance = None
    eligible = None
    if remaining_sessions:
        total = counted + remaining_jp
        needed = -(-min_pct * total // 100)  # ceiling, in integers
        allowance = attended + remaining_jp - needed
        if allowance < 0:
            verdict = "cannot_reach"
        elif allowance < largest_remaining or meets_now is False:
            verdict = "at_risk"
        else:
            verdict = "on_track"
    elif not counted:
        verdict = "no_data"
    else:
        eligible = bool(meets_now)
        verdict = "meets" if eligible else "not_met"
    pct = rate_pct(attended, counted)
    return ParticipantRate(
        enrollment_id=person.enrollment_id, participant_id=person.participant_id,
        number=person.number, full_name=person.full_name, nik=person.nik, status=person.status,
        counts=counts, unmarked=unmarked, late=late, attended_jp=attended, counted_jp=counted,
        delivered_jp=delivered_jp, remaining_jp=remaining_jp, rate_pct=pct, min_pct=min_pct,
        allowance_jp=allowance, verdict=verdict, meets_minimum=meets_now, eligible=eligible,
        reason=_reason(verdict, attended, counted, pct, min_pct, remaining_jp, allowance))


REASONS = {
    "meets": Text(
        "Hadir {attended} dari {counted} JP ({pct_id}%), minimal {min_pct}%.",
        "Attended {attended} of {counted} JP ({pct_en}%), minimum {min_pct}%."),
    "not_met": Text(
        "Hadir {attended} dari {counted} JP ({pct_id}%), di bawah minimal {min_pct}%.",
        "Attended {attended} of {counted} JP ({pct_en}%), below the minimum of {min_pct}%."),
    "on_track": Text(
        "Hadir {attended} dari {counted} JP ({pct_id}%); dari {remaining} JP tersisa masih boleh "
        "tidak hadir {allowance} JP.",
        "Attended {attended} of {counted} JP ({pct_en}%); may still miss {allowance} of the "
        "{remaining} JP remaining."),
    "at_risk": Text(
        "Hadir {attended} dari {counted} JP ({pct_id}%); dari {remaining} JP tersisa hanya boleh "
        "tidak hadir {allowance} JP lagi.",
        "Attended {attended} of {counted} JP ({pct_en}%); may miss only {allowance} more of the "
        "{remaining} JP remaining."),
    "cannot_reach": Text(
        "Hadir {attended} dari {counted} JP ({pct_id}%); walau hadir di semua {remaining} JP "
        "tersisa, minimal {min_pct}% tidak tercapai.",
        "Attended {attended} of {counted} JP ({pct_en}%); even attending all {remaining} JP "
        "remaining cannot reach the minimum of {min_pct}%."),
    "no_data": Text(
        "Belum ada pertemuan yang terlaksana atau dijadwalkan.",
        "No sessions delivered or scheduled yet."),
}


def _reason(verdict: str, attended: int, counted: int, pct: Decimal | None, min_pct: int,
            remaining: int, allowance: int | None) -> Text:
    return REASONS[verdict].format(
        attended=attended, counted=counted, pct_id=format_pct(pct, "id"),
        pct_en=format_pct(pct, "en"), min_pct=min_pct, remaining=remaining,
        allowance=allowance if allowance is not None else 0)


__all__ = [
    "AttendanceRules", "ClassRates", "ParticipantRate", "VERDICTS", "VERDICT_LABELS",
    "attendance_rules", "class_rates", "format_pct", "participants_at_risk", "rate_pct",
    "rates_of_classes",
]
