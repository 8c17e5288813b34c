"""An institution's own closure days: the days it is shut beyond the national holidays.

A foundation's work meeting, a semester break, a week of renovation: the clerk
enters a range of days at once, and the schedule generator skips them from
then on. Sessions already planned on those days stay where they are (moving
them is a decision about trainers and rooms the clerk makes in the schedule);
the clerk is told how many there are and in which classes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import ClassSession, ClassStatus, ClosureDay, Institution, SessionStatus, TrainingClass
from ..validation import Checked, Problem, format_date_en, format_date_id
from ..validation.dates import parse_date
from ..validation.problems import error, is_blank, warning
from .record_fields import labels, unlabelled
from .record_forms import Form
from .records import ValidationFailed, reference

# A year and a day: a whole leap year fits, a typo in the year (2026 to 2062) does not.
MAX_DAYS = 366
# Beyond this many classes the warning names the first ones and counts the rest.
CLASSES_NAMED = 5

LABELS = labels(
    "institution",
    first=("Hari pertama", "First day"),
    last=("Hari terakhir", "Last day"),
    reason=("Alasan", "Reason"),
)
LAST_BEFORE_FIRST = Text(
    "Hari terakhir ({last_id}) sebelum hari pertama ({first_id}).",
    "The last day ({last_en}) is before the first day ({first_en}).",
)
TOO_MANY_DAYS = Text(
    "Rentang {first_id} sampai {last_id} berisi {days} hari; paling banyak {most} hari sekaligus. "
    "Periksa tahunnya.",
    "{first_en} to {last_en} is {days} days; at most {most} days at once. Check the year.",
)
SESSIONS_PLANNED = Text(
    "Sudah ada {count} pertemuan terjadwal pada hari-hari ini, di kelas {classes_id}. Jadwalnya tidak "
    "dipindahkan otomatis: pindahkan atau batalkan pertemuan itu di jadwal kelasnya.",
    "{count} session(s) are already planned on these days, in {classes_en}. They are not moved "
    "automatically: move or cancel them in the class schedule.",
)
MORE_CLASSES = Text("dan {count} kelas lain", "and {count} other class(es)")

_date = unlabelled(parse_date)


@dataclass(frozen=True)
class ClosureRange:
    """A checked request: close ``institution_id`` from ``first`` to ``last`` (both included)."""

    institution_id: int
    first: dt.date
    last: dt.date
    reason: str

    @property
    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def closure_days(institution_id: int, year: int | None = None) -> list[dict]:
    """The institution's closure days (of ``year``, or all), in date order: id, date, reason."""
    query = (ClosureDay.select(ClosureDay.id, ClosureDay.date, ClosureDay.reason)
             .where(ClosureDay.institution == institution_id))
    if year is not None:
        query = query.where(ClosureDay.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return list(query.order_by(ClosureDay.date).dicts())


def _both(day: dt.date, name: str) -> dict[str, str]:
    return {f"{name}_id": format_date_id(day, with_weekday=True),
            f"{name}_en": format_date_en(day, with_weekday=True)}


def planned_sessions(institution_id: int, first: dt.date, last: dt.date) -> Counter:
    """Planned sessions of the institution's classes from ``first`` to ``last``: class code -> count.

    Held and cancelled sessions, and the sessions of cancelled classes, need nothing done.
    """
    rows = (ClassSession.select(TrainingClass.code).join(TrainingClass)
            .where(TrainingClass.institution == institution_id,
                   TrainingClass.status != ClassStatus.CANCELLED,
                   ClassSession.status == SessionStatus.PLANNED,
                   ClassSession.date.between(first, last))
            .tuples())
    return Counter(code for (code,) in rows)


def _sessions_warning(per_class: Counter) -> Problem:
    codes = sorted(per_class)
    # A no-break space keeps each count on its class's line.
    named = [f"{code}\u00a0({per_class[code]})" for code in codes[:CLASSES_NAMED]]
    classes_id = classes_en = ", ".join(named)
    if len(codes) > CLASSES_NAMED:
        rest = MORE_CLASSES.format(count=len(codes) - CLASSES_NAMED)
        classes_id = f"{classes_id} {rest.render('id')}"
        classes_en = f"{classes_en} {rest.render('en')}"
    return warning("first", "sessions_planned", SESSIONS_PLANNED.format(
        count=sum(per_class.values()), classes_id=classes_id, classes_en=classes_en))


def check_closure_days(institution_id, first, last, reason) -> Checked[ClosureRange]:
    """Every problem with a request to close ``first`` to ``last`` (blank ``last``: one day),
    without writing; the warnings name sessions already planned on those days."""
    form = Form(ClosureDay(), {"institution": institution_id, "first": first, "last": last,
                               "reason": reason}, LABELS)
    institution = form.check("institution", reference, model=Institution)
    start = form.check("first", _date, required=True)
    end = start if is_blank(last) else form.check("last", _date)
    reason_text = form.text("reason", collapse=True)
    if start is not None and end is not None:
        dates = {**_both(start, "first"), **_both(end, "last")}
        days = (end - start).days + 1
        if end < start:
            form.add(error("last", "last_before_first", LAST_BEFORE_FIRST.format(**dates)))
        elif days > MAX_DAYS:
            form.add(error("last", "too_many_days", TOO_MANY_DAYS.format(
                days=days, most=MAX_DAYS, **dates)))
        elif institution is not None:
            per_class = planned_sessions(institution, start, end)
            if per_class:
                form.add(_sessions_warning(per_class))
    problems = tuple(form.problems)
    if any(p.is_error for p in problems):
        return Checked(None, problems)
    return Checked(ClosureRange(institution, start, end, reason_text or ""), problems)


def add_closure_days(store, institution_id, first, last, reason=""):
    """Close the institution on every day from ``first`` to ``last``; returns ``(rows, warnings)``.

    A day already closed keeps its row; a reason given replaces its old one. Raises
    ``ValidationFailed`` (nothing written) when anything is refused.
    """
    require(Action.EDIT_RECORDS)
    checked = check_closure_days(institution_id, first, last, reason)
    if not checked.ok:
        raise ValidationFailed(checked.problems)
    wanted = checked.value
    existing = {row.date: row for row in ClosureDay.select().where(
        ClosureDay.institution == wanted.institution_id,
        ClosureDay.date.between(wanted.first, wanted.last))}
    rows = []
    with store.transaction():
        for day in wanted.days:
            row = existing.get(day) or ClosureDay(institution=wanted.institution_id, date=day)
            if wanted.reason:
                row.reason = wanted.reason
            rows.append(store.save(row))  # an unchanged row writes nothing, not even to the audit log
    return rows, checked.warnings


def remove_closure_days(store, ids: Iterable[int]) -> int:
    """Open the institution again on these closure days; returns how many were removed.

    Ids already gone (removed on another PC meanwhile) are passed over.
    """
    require(Action.EDIT_RECORDS)
    rows = list(ClosureDay.select().where(ClosureDay.id.in_(list(ids))))
    with store.transaction():
        for row in rows:
            store.delete(row)
    return len(rows)
