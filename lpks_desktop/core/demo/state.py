"""What every step of the demo shares: the random source, the day, and the rows built so far."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from .. import models as m
from .calendar import Calendar

# Insertion order: every table after the tables it references.
TABLES = (
    m.Institution, m.ClosureDay, m.Program, m.CompetencyUnit, m.Room, m.Trainer,
    m.TrainerCompetency, m.TrainerCertification, m.Participant, m.TrainingClass, m.ClassSession,
    m.SessionTrainer, m.Enrollment, m.EnrollmentStatusChange, m.AttendanceMark, m.Assessment,
    m.NumberSequence, m.Certificate, m.SigningKey, m.User, m.Setting,
)


class DemoState:
    """Rows are built in memory with ids assigned here; the caller guarantees an empty database.

    The steps run in a fixed order and each draws from the one ``rng``: moving a
    draw from one step to another changes every row after it.
    """

    def __init__(self, rng: random.Random, today: dt.date, actor: str):
        self.rng = rng
        self.today = today
        self.actor = actor
        self.rows: dict[type, list[dict]] = {model: [] for model in TABLES}
        # Plain defaults ("", False, 0) filled in here; the callable ones (timestamps,
        # actor) are always given, so that the same seed writes the same rows.
        self.defaults = {model: {f.name: f.default for f in model._meta.sorted_fields
                                 if not callable(f.default)} for model in TABLES}
        self.nik_serials: dict[str, int] = defaultdict(int)
        self.redeem_codes: set[str] = set()
        # Filled in by the steps, in this order.
        self.calendars: dict[str, Calendar] = {}  # institution code -> its open days
        self.epoch = today  # the day the foundation's records begin
        self.institution_ids: dict[str, int] = {}
        self.program_ids: dict[str, int] = {}
        self.unit_ids: dict[str, list[int]] = {}  # program code -> its units' ids, in order
        self.room_ids: dict[str, int] = {}
        # program code -> [(trainer id, unit codes it may teach)]
        self.program_trainers: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
        self.certificate_due: list[tuple] = []  # (class, enrollment id), in the order earned
        # (trainer id, day) -> the times already taught, so nobody is booked twice at once
        self.trainer_busy: dict[tuple[int, dt.date], list[tuple[dt.time, dt.time]]] = defaultdict(list)

    def trainer_free(self, trainer_id: int, day: dt.date, start: dt.time, end: dt.time) -> bool:
        return all(end <= taken_start or taken_end <= start
                   for taken_start, taken_end in self.trainer_busy[trainer_id, day])

    def book_trainer(self, trainer_id: int, day: dt.date, start: dt.time, end: dt.time) -> None:
        self.trainer_busy[trainer_id, day].append((start, end))

    def add(self, model, stamp: dt.datetime | None, **values) -> int:
        rows = self.rows[model]
        row = {**self.defaults[model], **values, "id": len(rows) + 1, "created_at": stamp,
               "updated_at": stamp, "created_by": self.actor, "updated_by": self.actor,
               "row_version": 1}
        rows.append(row)
        return row["id"]
