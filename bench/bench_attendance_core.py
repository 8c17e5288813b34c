"""Benchmark: the attendance core behind the class grid, 40 participants by 60 sessions.

    .venv/bin/python bench/bench_attendance_core.py [--participants 40] [--sessions 60]
                                                    [--runs 7] [--seed 1] [--pg URL]

Builds one class in a new SQLite database in a temporary folder (or in a new schema of the
PostgreSQL database at --pg, dropped afterwards), then per run, from no marks at all:
``attendance_grid`` of the empty class, ``save_marks`` filling every cell (first fill),
``attendance_grid`` of the full class, ``save_marks`` changing every cell (with the versions
as loaded, as the grid saves), and ``class_rates``. Prints the median and max over --runs.
Targets (issue 6): the grid opens within 200 ms and saves within 100 ms. The CPU time of
this process is printed too: on a busy machine the wall clock also measures the others.
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
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST_DAY = dt.date(2026, 1, 5)
TODAY = dt.date(2030, 1, 1)  # every session has taken place
TARGETS_MS = {"grid (empty)": 200.0, "grid (full)": 200.0, "save (first fill)": 100.0,
              "save (every mark changed)": 100.0, "class_rates": 200.0}


def build_class(store, participants: int, sessions: int, rng: random.Random) -> int:
    from lpks_desktop.core import models as m

    with store.transaction():
        institution = store.save(m.Institution(code="LPK-BENCH", name="LPK Uji Kehadiran"))
        program = store.save(m.Program(institution=institution, code="BENCH", name="Program uji",
                                       total_jp=4 * sessions))
        klass = store.save(m.TrainingClass(institution=institution, program=program,
                                           code="BENCH-ATT", name="Kelas uji kehadiran",
                                           capacity=participants, status=m.ClassStatus.RUNNING))
        for n in range(sessions):
            store.save(m.ClassSession(training_class=klass, date=FIRST_DAY + dt.timedelta(days=n),
                                      start_time=dt.time(8), end_time=dt.time(12), jp=4,
                                      status=m.SessionStatus.HELD))
        for n in range(participants):
            name = f"{rng.choice(('Ani', 'Budi', 'Citra', 'Dewi', 'Eko'))} Peserta {n + 1:02d}"
            person = store.save(m.Participant(nik=f"3171010100{n + 1:06d}", full_name=name, sex="L"))
            store.save(m.Enrollment(training_class=klass, participant=person,
                                    status=m.EnrollmentStatus.ENROLLED))
    return klass.id


def one_run(store, class_id: int, rng: random.Random) -> dict[str, float]:
    from lpks_desktop.core.models import AttendanceMark, ClassSession
    from lpks_desktop.core.services.attendance import MarkChange, attendance_grid, save_marks
    from lpks_desktop.core.services.attendance_rates import class_rates

    with store.transaction():
        sessions = ClassSession.select(ClassSession.id).where(ClassSession.training_class == class_id)
        AttendanceMark.delete().where(AttendanceMark.session.in_(sessions)).execute()
    times = {}

    def timed(name, call):
        started, cpu = time.perf_counter(), time.process_time()
        result = call()
        times[name] = (time.perf_counter() - started, time.process_time() - cpu)
        return result

    grid = timed("grid (empty)", lambda: attendance_grid(class_id, today=TODAY))
    fill = [MarkChange(s.id, p.enrollment_id, rng.choices("HISA", (85, 5, 5, 5))[0],
                       expected_version=0)
            for s in grid.sessions for p in grid.people]
    outcome = timed("save (first fill)", lambda: save_marks(store, class_id, fill, today=TODAY))
    assert outcome.written == len(fill), outcome
    grid = timed("grid (full)", lambda: attendance_grid(class_id, today=TODAY))
    assert len(grid.marks) == len(fill)
    turn = {"H": "A", "I": "H", "S": "H", "A": "H"}
    change = [MarkChange(s, e, turn[cell.mark], expected_version=cell.version)
              for (s, e), cell in grid.marks.items()]
    outcome = timed("save (every mark changed)", lambda: save_marks(store, class_id, change, today=TODAY))
    assert outcome.written == len(change), outcome
    rates = timed("class_rates", lambda: class_rates(class_id, today=TODAY))
    assert len(rates.rows) == len(grid.people)
    return times


def bench(url: str, args) -> None:
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.store import Store

    rng = random.Random(args.seed)
    with Store.open(parse_location(url)) as store:
        class_id = build_class(store, args.participants, args.sessions, rng)
        one_run(store, class_id, rng)  # warms caches and the connection
        runs = [one_run(store, class_id, rng) for _ in range(args.runs)]
    cells = args.participants * args.sessions
    print(f"{args.participants} participants x {args.sessions} sessions = {cells} marks, "
          f"{args.runs} runs, {'PostgreSQL' if url.startswith('postgres') else 'SQLite'}")
    for name in runs[0]:
        values = [run[name][0] * 1000 for run in runs]
        cpu = statistics.median(run[name][1] * 1000 for run in runs)
        median, worst = statistics.median(values), max(values)
        target = TARGETS_MS[name]
        print(f"  {name:26} median {median:7.1f} ms   max {worst:7.1f} ms   "
              f"this process's CPU {cpu:6.1f} ms   "
              f"(target {target:.0f} ms: {'ok' if median < target else 'SLOW'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--sessions", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL database to bench in (a new schema)")
    args = parser.parse_args()
    os.environ.setdefault("LPKS_LANG", "en")
    if args.pg:
        from lpks_desktop.core.database import make_database, parse_location

        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = make_database(parse_location(args.pg))
        admin.execute_sql(f'CREATE SCHEMA "{schema}"')
        separator = "&" if "?" in args.pg else "?"
        try:
            bench(f"{args.pg}{separator}options=-csearch_path%3D{schema}", args)
        finally:
            admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
            admin.close()
    else:
        with tempfile.TemporaryDirectory() as folder:
            bench(str(Path(folder) / "bench.db"), args)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
