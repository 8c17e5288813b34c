"""Trainer workload for fees (honor): JP delivered per trainer per month, times a rate per JP.

Only JP written in the trainer journal count: a session without a journal has
not been shown to have taken place, so it is reported as missing, not paid.
Every trainer on a session (lead or assistant) delivered its JP.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from ..models import ClassSession, Institution, SessionStatus, SessionTrainer, Trainer, TrainerRole, TrainingClass
from .journals import missing_journals
from .settings import default_rate_per_jp


@dataclass
class TrainerWorkload:
    trainer_id: int
    trainer_name: str
    institution_code: str  # the trainer's home institution
    sessions: int = 0
    lead_jp: int = 0
    assistant_jp: int = 0
    rate_per_jp: Decimal | None = None  # the trainer's own rate, else the default; None: none set
    rate_is_default: bool = False

    @property
    def total_jp(self) -> int:
        return self.lead_jp + self.assistant_jp

    @property
    def fee(self) -> Decimal | None:
        return None if self.rate_per_jp is None else self.rate_per_jp * self.total_jp


@dataclass
class Workload:
    year: int
    month: int
    institution_id: int | None
    rows: list[TrainerWorkload] = field(default_factory=list)
    missing_journals: int = 0  # sessions of the month that took place without a journal

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def total_jp(self) -> int:
        return sum(row.total_jp for row in self.rows)

    @property
    def total_fee(self) -> Decimal:
        return sum((row.fee for row in self.rows if row.fee is not None), Decimal(0))

    @property
    def without_rate(self) -> list[TrainerWorkload]:
        return [row for row in self.rows if row.rate_per_jp is None and row.total_jp]


def trainer_workload(year: int, month: int, institution_id: int | None = None,
                     today: dt.date | None = None) -> Workload:
    """JP delivered in the month per trainer, by role, with rates and fees.

    With ``institution_id``, only classes of that institution count and its
    default rate applies; otherwise each trainer's home institution's default does.
    """
    result = Workload(year, month, institution_id)
    first, last = result.first_day, result.last_day
    query = (SessionTrainer
             .select(Trainer.id, Trainer.full_name, Trainer.rate_per_jp, Trainer.institution,
                     Institution.code, SessionTrainer.role,
                     peewee.fn.COUNT(ClassSession.id), peewee.fn.SUM(ClassSession.journal_jp))
             .join(ClassSession, on=(SessionTrainer.session == ClassSession.id))
             .join(TrainingClass, on=(ClassSession.training_class == TrainingClass.id))
             .switch(SessionTrainer).join(Trainer, on=(SessionTrainer.trainer == Trainer.id))
             .join(Institution, on=(Trainer.institution == Institution.id))
             .where(ClassSession.date.between(first, last), ClassSession.journal_jp.is_null(False),
                    ClassSession.status != SessionStatus.CANCELLED)
             .group_by(Trainer.id, Trainer.full_name, Trainer.rate_per_jp, Trainer.institution,
                       Institution.code, SessionTrainer.role))
    if institution_id:
        query = query.where(TrainingClass.institution == institution_id)
    rows: dict[int, TrainerWorkload] = {}
    defaults: dict[int | None, Decimal | None] = {}
    for trainer_id, name, rate, home_id, home_code, role, sessions, jp in query.tuples():
        row = rows.get(trainer_id)
        if row is None:
            scope = institution_id or home_id
            if scope not in defaults:
                default = default_rate_per_jp(scope)
                defaults[scope] = None if default is None else Decimal(default)
            own = None if rate is None else Decimal(str(rate))
            row = rows[trainer_id] = TrainerWorkload(
                trainer_id, name, home_code, rate_per_jp=own if own is not None else defaults[scope],
                rate_is_default=own is None and defaults[scope] is not None)
        row.sessions += sessions
        if role == TrainerRole.LEAD:
            row.lead_jp += int(jp or 0)
        else:
            row.assistant_jp += int(jp or 0)
    result.rows = sorted(rows.values(), key=lambda r: r.trainer_name.casefold())
    until = min(last, today or dt.date.today())
    if until >= first:
        result.missing_journals = missing_journals(until, institution_id, since=first)
    return result
