"""Benchmark: issuing a class's certificates in one batch, and judging who is eligible.

    .venv/bin/python bench/bench_certificate_issue.py [--participants 40] [--sessions 20]
                                                      [--runs 7] [--seed 1] [--db URL]

Makes one finished class in a new SQLite database in a temporary folder (or in --db, an empty
PostgreSQL database or schema), with a mark for every cell and a K for every unit, then times
``class_eligibility`` and ``issue_certificates`` for the whole class: numbers, snapshots,
Ed25519 signatures, audit entries, one transaction. Between runs the batch is marked replaced, so each
run issues --participants new certificates. Prints the median and max wall time over --runs
(after one warm-up). Target (issue 7): 40 certificates well under a second on SQLite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lpks_desktop.core import models as m  # noqa: E402
from lpks_desktop.core.database import parse_location  # noqa: E402
from lpks_desktop.core.services.attendance import MarkChange, save_marks  # noqa: E402
from lpks_desktop.core.services.certificates import issue_certificates  # noqa: E402
from lpks_desktop.core.services.eligibility import class_eligibility  # noqa: E402
from lpks_desktop.core.store import Store  # noqa: E402

FIRST_DAY = dt.date(2026, 10, 5)  # a Monday
TODAY = dt.date(2026, 12, 10)
TARGET_MS = 1000.0
FIRST_NAMES = ("Siti", "Ahmad", "Dewi", "Muhammad", "Nur", "Rina", "Agus", "Putri", "Joko", "Ayu")
LAST_NAMES = ("Rahmawati", "Hidayat", "Kusumawardhani", "Saputra", "Lestari", "Wibowo", "Pratama")


def build(store: Store, rng: random.Random, participants: int, sessions: int) -> int:
    with store.transaction():
        sbp = store.save(m.Institution(code="LPK-SBP", name="LPK Sinar Busana Prima",
                                       city="Kabupaten Bandung"))
        program = store.save(m.Program(institution=sbp.id, code="MJH", name="Menjahit Busana",
                                       total_jp=sessions * 4))
        units = [store.save(m.CompetencyUnit(program=program.id, code=f"C.141000.{n:03d}.02",
                                             title=f"Unit {n}", jp=4, position=n))
                 for n in range(1, 6)]
        klass = store.save(m.TrainingClass(
            institution=sbp.id, program=program.id, code="SBP-MJH-2026-03", name="Menjahit 3",
            batch=3, capacity=participants, status=m.ClassStatus.FINISHED, start_date=FIRST_DAY,
            end_date=FIRST_DAY + dt.timedelta(days=sessions + 10)))
        rows, day = [], FIRST_DAY
        for _ in range(sessions):
            rows.append(store.save(m.ClassSession(
                training_class=klass.id, date=day, start_time=dt.time(8), end_time=dt.time(12),
                jp=4, status=m.SessionStatus.HELD)))
            day += dt.timedelta(days=3 if day.weekday() == 4 else 1)
        enrollments = []
        for n in range(participants):
            person = store.save(m.Participant(
                nik=f"3204{n + 1:012d}", sex="P" if n % 2 else "L",
                full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {n + 1}"))
            enrollments.append(store.save(m.Enrollment(
                training_class=klass.id, participant=person.id, status=m.EnrollmentStatus.COMPLETED)))
        for enrollment in enrollments:
            for unit in units:
                store.save(m.Assessment(enrollment=enrollment.id, unit=unit.id,
                                        result=m.Result.COMPETENT, score=Decimal(rng.randint(75, 98))))
    save_marks(store, klass.id, [MarkChange(s.id, e.id, m.Mark.PRESENT)
                                 for s in rows for e in enrollments], today=TODAY)
    return klass.id


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", default="", help="an empty database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or str(Path(folder) / "bench.db")
        with Store.open(parse_location(url)) as store:
            class_id = build(store, random.Random(args.seed), args.participants, args.sessions)
            judge, issue = [], []
            for run in range(args.runs + 1):
                judge.append(timed(lambda: class_eligibility(class_id, today=TODAY)))
                outcome = []
                issue.append(timed(lambda: outcome.append(
                    issue_certificates(store, class_id, issued_on=TODAY, today=TODAY))))
                assert len(outcome[0].issued) == args.participants
                with store.transaction():  # make everyone eligible again for the next run
                    m.Certificate.update(status=m.CertificateStatus.REPLACED).execute()
            judge, issue = judge[1:], issue[1:]  # the first run warms caches up
            backend = "PostgreSQL" if args.db.startswith("postgres") else "SQLite"
    print(f"{backend}, {args.participants} participants, {args.sessions} sessions, 5 units, "
          f"{args.runs} runs")
    print(f"class_eligibility     median {statistics.median(judge):8.1f} ms   max {max(judge):8.1f} ms")
    print(f"issue_certificates    median {statistics.median(issue):8.1f} ms   max {max(issue):8.1f} ms"
          f"   ({statistics.median(issue) / args.participants:.2f} ms per certificate;"
          f" target {TARGET_MS:.0f} ms for the batch)")


if __name__ == "__main__":
    main()
