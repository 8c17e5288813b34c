"""Benchmark: conflict checks against a database of ~50,000 sessions.

    .venv/bin/python bench/bench_conflicts.py [--sessions 50000] [--runs 200] [--seed 1]
                                             [--db PATH_OR_URL] [--keep]

Builds a schedule of several institutions (rooms, programs, trainers, participants,
classes of 24 sessions each, a few double bookings on purpose) with multi-row
inserts, unless --db names a database that already holds sessions. Then times:
checking one new session, checking one moved session (median and max of --runs;
target under 20 ms each), checking a generated 24-session schedule and a bulk
trainer assignment, and listing every conflict in the database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lpks_desktop.core import models as m  # noqa: E402
from lpks_desktop.core.bulk import bulk_insert, reset_serial_sequences  # noqa: E402
from lpks_desktop.core.database import parse_location  # noqa: E402
from lpks_desktop.core.models.fields import utcnow  # noqa: E402
from lpks_desktop.core.services import conflicts  # noqa: E402
from lpks_desktop.core.store import Store  # noqa: E402

INSTITUTIONS = 4
ROOMS_PER_INSTITUTION = 10
PROGRAMS_PER_INSTITUTION = 12
UNITS_PER_PROGRAM = 6
TRAINERS_PER_INSTITUTION = 40
SESSIONS_PER_CLASS = 24
SEATS_PER_CLASS = 20
FIRST_DAY = dt.date(2024, 1, 1)
TODAY = dt.date(2026, 6, 1)
SHIFTS = ((dt.time(8, 0), dt.time(12, 0)), (dt.time(13, 0), dt.time(17, 0)))
CLASH_RATE = 0.03  # share of classes booked without looking, so that conflicts exist


class Rows:
    """Rows per model with ids given here, each with every field (defaults filled in)."""

    def __init__(self):
        self.rows: dict[type, list[dict]] = {}
        self.stamp = utcnow()

    def add(self, model, **values) -> int:
        rows = self.rows.setdefault(model, [])
        row = {}
        for field in model._meta.sorted_fields:
            if field.name in values:
                row[field.name] = values[field.name]
            elif field.name in ("created_at", "updated_at"):
                row[field.name] = self.stamp
            elif field.name in ("created_by", "updated_by"):
                row[field.name] = "bench"
            elif field.default is not None and not callable(field.default):
                row[field.name] = field.default
            elif field.name == "row_version":
                row[field.name] = 1
            else:
                row[field.name] = None
        row["id"] = len(rows) + 1
        rows.append(row)
        return row["id"]


def weekdays(start: dt.date, count: int) -> list[dt.date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def build(store: Store, n_sessions: int, rng: random.Random) -> None:
    rows = Rows()
    institutions, rooms, programs, trainers = [], {}, {}, {}
    for i in range(INSTITUTIONS):
        inst = rows.add(m.Institution, code=f"LPK-{chr(65 + i)}{i}", name=f"LPK Bench {i}")
        institutions.append(inst)
        rooms[inst] = [rows.add(m.Room, institution=inst, name=f"Ruang {r + 1}",
                                capacity=rng.choice((16, 20, 24, 30)))
                       for r in range(ROOMS_PER_INSTITUTION)]
        programs[inst] = []
        for p in range(PROGRAMS_PER_INSTITUTION):
            program = rows.add(m.Program, institution=inst, code=f"P{p:02d}",
                               name=f"Program {i}-{p}", total_jp=100)
            units = [(rows.add(m.CompetencyUnit, program=program,
                               code=f"C.{100000 + i * 100 + p:06d}.{u + 1:03d}.01",
                               title=f"Unit {u + 1}", jp=16, position=u), u)
                     for u in range(UNITS_PER_PROGRAM)]
            programs[inst].append((program, [uid for uid, _ in units],
                                   [f"C.{100000 + i * 100 + p:06d}.{u + 1:03d}.01"
                                    for u in range(UNITS_PER_PROGRAM)]))
        trainers[inst] = []
        for t in range(TRAINERS_PER_INSTITUTION):
            trainer = rows.add(m.Trainer, institution=inst, full_name=f"Instruktur {i}-{t}")
            trainers[inst].append(trainer)
            expires = FIRST_DAY + dt.timedelta(days=rng.randint(200, 900))
            rows.add(m.TrainerCertification, trainer=trainer, name="Metodologi Pelatihan",
                     expires_on=expires)
            if rng.random() < 0.8:  # renewed
                rows.add(m.TrainerCertification, trainer=trainer, name="Metodologi Pelatihan",
                         expires_on=expires + dt.timedelta(days=3 * 365))
    qualified: dict[int, list[int]] = {}  # program -> trainers who may teach all its units
    for inst in institutions:  # each trainer is qualified for the units of three programs
        for index, trainer in enumerate(trainers[inst]):
            for program, _, codes in programs[inst][index % PROGRAMS_PER_INSTITUTION::
                                                    PROGRAMS_PER_INSTITUTION // 3][:3]:
                qualified.setdefault(program, []).append(trainer)
                for code in codes:
                    rows.add(m.TrainerCompetency, trainer=trainer, unit_code=code)
    n_classes = max(1, n_sessions // SESSIONS_PER_CLASS)
    # Long enough that about two thirds of the rooms are in use on an ordinary day.
    span = int(n_classes / INSTITUTIONS * SESSIONS_PER_CLASS
               / (ROOMS_PER_INSTITUTION * len(SHIFTS) * 0.66) * 7 / 5)
    participants = [rows.add(m.Participant, nik=f"63{n:014d}", full_name=f"Peserta {n}",
                             sex=rng.choice("LP")) for n in range(int(n_classes * SEATS_PER_CLASS * 0.9))]
    starts = sorted(weekdays(FIRST_DAY + dt.timedelta(days=rng.randint(0, span)), 1)[0]
                    for _ in range(n_classes))
    busy_room: dict[tuple, dt.date] = {}
    busy_trainer: dict[tuple, dt.date] = {}
    for c, start in enumerate(starts):
        inst = institutions[c % INSTITUTIONS]
        program, unit_ids, _ = rng.choice(programs[inst])
        days = weekdays(start, SESSIONS_PER_CLASS)
        shift = rng.randrange(len(SHIFTS))
        careless = rng.random() < CLASH_RATE
        free_rooms = [r for r in rooms[inst] if busy_room.get((r, shift), FIRST_DAY) < start]
        room = rng.choice(free_rooms) if free_rooms and not careless else rng.choice(rooms[inst])
        busy_room[room, shift] = max(busy_room.get((room, shift), FIRST_DAY), days[-1])
        free = [t for t in qualified[program] if busy_trainer.get((t, shift), FIRST_DAY) < start]
        lead = rng.choice(free) if free and not careless else rng.choice(qualified[program])
        busy_trainer[lead, shift] = max(busy_trainer.get((lead, shift), FIRST_DAY), days[-1])
        class_id = rows.add(m.TrainingClass, institution=inst, program=program,
                            code=f"K-{c:05d}", name=f"Kelas {c}", start_date=days[0],
                            end_date=days[-1], room=room, capacity=SEATS_PER_CLASS,
                            status="finished" if days[-1] < TODAY else
                            "running" if days[0] <= TODAY else "planned")
        begin, end = SHIFTS[shift]
        for n, day in enumerate(days):
            session = rows.add(m.ClassSession, training_class=class_id, date=day, start_time=begin,
                               end_time=end, unit=unit_ids[n * UNITS_PER_PROGRAM // SESSIONS_PER_CLASS],
                               topic=f"Pertemuan {n + 1}", jp=5)
            rows.add(m.SessionTrainer, session=session, trainer=lead, role="lead")
        # Most people take one course; a few take two, sometimes at the same hours.
        for participant in rng.sample(participants, SEATS_PER_CLASS):
            rows.add(m.Enrollment, training_class=class_id, participant=participant,
                     status=rng.choice(("enrolled", "enrolled", "completed", "registered")),
                     registered_at=rows.stamp)
    with store.transaction():
        for model in (m.Institution, m.Room, m.Program, m.CompetencyUnit, m.Trainer,
                      m.TrainerCompetency, m.TrainerCertification, m.Participant,
                      m.TrainingClass, m.ClassSession, m.SessionTrainer, m.Enrollment):
            bulk_insert(model, rows.rows.get(model, []))
        reset_serial_sequences(store.db, rows.rows)
    store.db.execute_sql("ANALYZE")  # fresh statistics, as a database in use would have


def timed(function, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (empty: built here)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite file")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = None
    location = args.db
    if location is None:
        folder = tempfile.mkdtemp(prefix="lpks-bench-")
        location = str(Path(folder) / "bench.db")
    store = Store.open(parse_location(location))
    try:
        if m.ClassSession.select().count() == 0:
            started = time.perf_counter()
            build(store, args.sessions, rng)
            print(f"built in {time.perf_counter() - started:.1f} s")
        run(store, args.runs, rng)
    finally:
        store.close()
        if folder and not args.keep:
            for path in Path(folder).iterdir():
                path.unlink()
            os.rmdir(folder)
        elif folder:
            print(f"database kept at {location}")


def run(store: Store, runs: int, rng: random.Random) -> None:
    counts = {model._meta.table_name: model.select().count()
              for model in (m.TrainingClass, m.ClassSession, m.SessionTrainer, m.Enrollment)}
    print(f"{store.location.display()}: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    classes = list(m.TrainingClass.select(m.TrainingClass.id, m.TrainingClass.program,
                                          m.TrainingClass.start_date)
                   .where(m.TrainingClass.status != "cancelled").tuples())
    session_ids = [i for (i,) in m.ClassSession.select(m.ClassSession.id).tuples()]
    trainer_ids = [i for (i,) in m.Trainer.select(m.Trainer.id).tuples()]
    units = {}
    for unit_id, program_id in m.CompetencyUnit.select(m.CompetencyUnit.id,
                                                       m.CompetencyUnit.program).tuples():
        units.setdefault(program_id, []).append(unit_id)

    def new_slot() -> conflicts.SessionSlot:
        class_id, program_id, start = rng.choice(classes)
        day = (start or dt.date(2025, 6, 2)) + dt.timedelta(days=rng.randint(0, 30))
        begin, end = rng.choice(SHIFTS)
        return conflicts.SessionSlot(class_id, day, begin, end, None,
                                     rng.choice(units[program_id]), (rng.choice(trainer_ids),))

    def moved_slot() -> conflicts.SessionSlot:
        session = m.ClassSession.get_by_id(rng.choice(session_ids))
        trainers = tuple(t for (t,) in m.SessionTrainer.select(m.SessionTrainer.trainer)
                         .where(m.SessionTrainer.session == session.id).tuples())
        begin, end = rng.choice(SHIFTS)
        return conflicts.SessionSlot(session.training_class_id,
                                     session.date + dt.timedelta(days=rng.choice((1, 7))), begin,
                                     end, session.room_id, session.unit_id, trainers, session.id)

    conflicts.check_slot(new_slot())  # warm caches and connections
    new_slots = [new_slot() for _ in range(runs)]
    moved = [moved_slot() for _ in range(runs)]
    figures = []
    for label, slots in (("check_slot, new session", new_slots),
                         ("check_slot, moved session", moved)):
        it = iter(slots)
        median, worst, _ = timed(lambda: conflicts.check_slot(next(it)), runs)
        figures.append((label, median, worst, runs))

    def schedule() -> list[conflicts.SessionSlot]:
        first = new_slot()
        return [conflicts.SessionSlot(first.class_id, first.date + dt.timedelta(days=n),
                                      first.start_time, first.end_time, None, first.unit_id,
                                      first.trainer_ids) for n in range(SESSIONS_PER_CLASS)]
    schedules = [schedule() for _ in range(max(1, runs // 10))]
    it = iter(schedules)
    median, worst, _ = timed(lambda: conflicts.check_slots(next(it)), len(schedules))
    figures.append((f"check_slots, {SESSIONS_PER_CLASS}-session schedule", median, worst,
                    len(schedules)))
    batches = [[i for (i,) in m.ClassSession.select(m.ClassSession.id)
                .where(m.ClassSession.training_class == rng.choice(classes)[0]).tuples()]
               for _ in range(max(1, runs // 10))]
    it = iter(batches)
    median, worst, _ = timed(lambda: conflicts.check_assignment(next(it), rng.choice(trainer_ids)),
                             len(batches))
    figures.append((f"check_assignment, {SESSIONS_PER_CLASS} sessions", median, worst, len(batches)))
    median, worst, found = timed(conflicts.all_conflicts, 3)
    figures.append((f"all_conflicts: {len(found):,} hard", median, worst, 3))
    institution = m.Institution.select().first().id
    median, worst, found = timed(lambda: conflicts.all_conflicts(institution), 3)
    figures.append((f"all_conflicts(one institution): {len(found):,}", median, worst, 3))
    median, worst, found = timed(lambda: conflicts.all_conflicts(warnings=True), 1)
    figures.append((f"all_conflicts(warnings=True): {len(found):,}", median, worst, 1))
    for label, median, worst, n in figures:
        print(f"  {label:48s} median {median:9.2f} ms   max {worst:9.2f} ms   ({n} runs)")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
