"""Benchmark: generating a class's schedule, as the clerk's "Generate" button does.

    .venv/bin/python bench/bench_schedule.py [--jp 300] [--runs 200] [--participants 200] [--db PATH]

Plans a program of --jp JP on Monday to Friday in two slots (08.00-12.00, 13.00-16.00), from
the first Monday of March 2026, so the schedule crosses Nyepi and Idul Fitri. Measures
``generate`` alone (holidays included, as a caller must fetch them) and ``draft_for_class``
against a real SQLite database filled with the demo data (made in a temporary folder unless
--db is given), to which the benchmark adds one program of --jp JP and a class of it.

Cold: the first call in a fresh process, the holiday cache empty (run in a child process).
Warm: median and max over --runs calls. Target: under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

START = dt.date(2026, 3, 2)
WEEKDAYS = {0, 1, 2, 3, 4}
SLOTS_TEXT = "08.00-12.00, 13.00-16.00"
CLASS_CODE = "BENCH-SCHEDULE"
TARGET_MS = 50.0


def make_demo_db(path: Path, participants: int, seed: int) -> None:
    result = subprocess.run([sys.executable, "-m", "lpks_desktop", "--db", str(path), "demo",
                             "--participants", str(participants), "--seed", str(seed)],
                            cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "LPKS_LANG": "en"})
    if result.returncode != 0:
        sys.exit(f"demo failed:\n{result.stderr}")


def add_bench_class(db: str, jp: int) -> None:
    """A program of ``jp`` JP in ten units, and a class of it, unless already there."""
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.models import CompetencyUnit, Institution, Program, TrainingClass
    from lpks_desktop.core.store import Store

    with Store.open(parse_location(db)) as store:
        if TrainingClass.select().where(TrainingClass.code == CLASS_CODE).exists():
            return
        institution = Institution.select().order_by(Institution.id).first()
        with store.transaction():
            program = store.save(Program(institution=institution, code=CLASS_CODE,
                                         name="Program uji jadwal", total_jp=jp))
            share, rest = divmod(jp, 10)
            for n in range(10):
                store.save(CompetencyUnit(program=program, code=f"C.999999.{n + 1:03d}.01",
                                          title=f"Unit {n + 1}", jp=share + (1 if n < rest else 0),
                                          position=n + 1))
            store.save(TrainingClass(institution=institution, program=program, code=CLASS_CODE,
                                     name="Kelas uji jadwal", capacity=20))


def one_call(db: str, jp: int, what: str) -> float:
    """Seconds taken by one call of ``what`` ("generate" or "draft"), imports and database open
    not counted."""
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.models import TrainingClass
    from lpks_desktop.core.services.closed_days import national_holidays
    from lpks_desktop.core.services.schedule_generator import draft_for_class, generate, parse_slots
    from lpks_desktop.core.store import Store

    slots = parse_slots(SLOTS_TEXT).value
    units = [type("Unit", (), {"id": n, "code": f"U{n}", "title": f"Unit {n}", "jp": jp // 10})()
             for n in range(10)]
    with Store.open(parse_location(db)):
        class_id = TrainingClass.get(TrainingClass.code == CLASS_CODE).id
        started = time.perf_counter()
        if what == "generate":
            closed = national_holidays(START, START + dt.timedelta(days=365), collective_leave=True)
            draft = generate(START, WEEKDAYS, slots, jp, units, 45, closed)
        else:
            draft = draft_for_class(class_id, START, WEEKDAYS, slots)
        elapsed = time.perf_counter() - started
    assert draft.planned_jp == jp, draft.problems
    return elapsed


def cold(db: str, jp: int, what: str) -> float:
    result = subprocess.run([sys.executable, __file__, "--cold", what, "--db", db, "--jp", str(jp)],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"cold {what} failed:\n{result.stderr}")
    return float(result.stdout.strip())


def warm(db: str, jp: int, runs: int) -> dict[str, list[float]]:
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.models import TrainingClass
    from lpks_desktop.core.services.closed_days import national_holidays
    from lpks_desktop.core.services.schedule_generator import draft_for_class, generate, parse_slots
    from lpks_desktop.core.store import Store

    slots = parse_slots(SLOTS_TEXT).value
    times: dict[str, list[float]] = {"generate": [], "generate+holidays": [], "draft_for_class": []}
    with Store.open(parse_location(db)):
        class_id = TrainingClass.get(TrainingClass.code == CLASS_CODE).id
        draft = draft_for_class(class_id, START, WEEKDAYS, slots)  # warms the cache
        units = [type("Unit", (), {"id": u.unit_id, "code": u.code, "title": u.title,
                                   "jp": u.program_jp})() for u in draft.units]
        end = START + dt.timedelta(days=365)
        closed = national_holidays(START, end, collective_leave=True)
        for _ in range(runs):
            started = time.perf_counter()
            generate(START, WEEKDAYS, slots, jp, units, 45, closed)
            times["generate"].append(time.perf_counter() - started)
            started = time.perf_counter()
            generate(START, WEEKDAYS, slots, jp, units, 45,
                     national_holidays(START, end, collective_leave=True))
            times["generate+holidays"].append(time.perf_counter() - started)
            started = time.perf_counter()
            draft_for_class(class_id, START, WEEKDAYS, slots)
            times["draft_for_class"].append(time.perf_counter() - started)
    print(f"schedule: {len(draft.sessions)} sessions, {draft.planned_jp} JP, "
          f"{draft.first_date} to {draft.last_date}, {len(draft.skipped)} days skipped")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jp", type=int, default=300)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="an existing demo database (SQLite file or PostgreSQL URL)")
    parser.add_argument("--cold", choices=("generate", "draft"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.cold:
        print(one_call(args.db, args.jp, args.cold))
        return
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = str(Path(folder) / "bench.db")
            make_demo_db(Path(db), args.participants, args.seed)
        add_bench_class(db, args.jp)
        print(f"{args.jp} JP, Monday-Friday, {SLOTS_TEXT}, from {START}; "
              f"demo --participants {args.participants} (seed {args.seed})")
        print(f"cold  generate (with holidays) {cold(db, args.jp, 'generate') * 1000:7.1f} ms   "
              f"draft_for_class {cold(db, args.jp, 'draft') * 1000:7.1f} ms   (first call in a process)")
        for name, times in warm(db, args.jp, args.runs).items():
            median, worst = statistics.median(times) * 1000, max(times) * 1000
            verdict = "ok" if median < TARGET_MS else "SLOW"
            print(f"warm  {name:18} median {median:6.2f} ms   max {worst:6.2f} ms   "
                  f"({args.runs} runs, target {TARGET_MS:.0f} ms: {verdict})")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
