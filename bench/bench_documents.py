"""Benchmark: building the trainer journal and the monthly workload report.

    .venv/bin/python bench/bench_documents.py [--sessions 60] [--trainers 100] [--repeat 5]

Builds in this process, into memory, as the application does on its worker thread.
Prints the best and median time per build, pages and size. Data is random but reproducible
with --seed.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from datetime import date, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lpks_desktop.documents.letterhead import Letterhead  # noqa: E402
from lpks_desktop.documents.trainer_journal import (  # noqa: E402
    JournalDocument, JournalRow, build_trainer_journal)
from lpks_desktop.documents.workload_report import (  # noqa: E402
    WorkloadReport, WorkloadRow, build_workload_report)
from lpks_desktop.documents.workload_xlsx import build_workload_xlsx  # noqa: E402

WORDS = ("menjahit", "pola", "kain", "mesin", "jarum", "benang", "obras", "kampuh", "praktik",
         "teori", "keselamatan", "kerja", "mengukur", "memotong", "merapikan", "busana")


def letterhead() -> Letterhead:
    return Letterhead(name="LPK Sinar Busana Prima", kind_label="Lembaga Pelatihan Kerja Swasta",
                      foundation="Yayasan Bina Karya Mandiri",
                      address_lines=("Jl. Raya Soreang No. 125", "Kabupaten Bandung"),
                      city="Kabupaten Bandung", phone="0812-3456-7890",
                      registration_number="VIN 3204.1.0012", business_id="9120001234567",
                      head_name="Dra. Sri Wahyuni, M.Pd.", head_title="Kepala LPK")


def journal(rng: random.Random, sessions: int, paper: str) -> JournalDocument:
    rows, day = [], date(2026, 9, 1)
    for number in range(1, sessions + 1):
        cancelled = rng.random() < 0.05
        written = not cancelled and number <= sessions * 0.8
        rows.append(JournalRow(
            number=number, date=day, start_time=clock(8), end_time=clock(11, 45),
            unit_code=f"C.141000.{number % 9 + 1:03d}.02",
            unit_title=" ".join(rng.choices(WORDS, k=5)).capitalize(),
            topic=" ".join(rng.choices(WORDS, k=3)).capitalize(),
            taught=" ".join(rng.choices(WORDS, k=rng.randint(8, 30))).capitalize()
            if written else "",
            planned_jp=5, delivered_jp=rng.choice((4, 5)) if written else None,
            status="cancelled" if cancelled else ("held" if written else "planned"),
            cancel_reason="Listrik padam" if cancelled else "",
            trainer_names=("Budi Santoso, S.Pd.",)))
        day += timedelta(days=3 if day.weekday() == 4 else 1)
    return JournalDocument(letterhead=letterhead(), class_code="SBP-MJH-2026-03",
                           class_name="Menjahit Busana Wanita", program_name="Menjahit",
                           batch=3, period_start=rows[0].date, period_end=rows[-1].date,
                           room="Ruang Jahit 1", trainer_name="Budi Santoso, S.Pd.", rows=rows,
                           paper=paper, issued_on=day)


def workload(rng: random.Random, trainers: int, paper: str) -> WorkloadReport:
    rows = []
    for index in range(trainers):
        lead, assistant = rng.randint(0, 80), rng.randint(0, 30)
        rate = None if rng.random() < 0.1 else Decimal(rng.choice((50_000, 75_000, 100_000)))
        rows.append(WorkloadRow(f"Instruktur {index + 1:03d}, S.Kom.", "LPK-SBP",
                                rng.randint(1, 25), lead, assistant, lead + assistant, rate,
                                None if rate is None else rate * (lead + assistant)))
    return WorkloadReport(letterhead=letterhead(), year=2026, month=12, rows=rows, paper=paper,
                          issued_on=date(2027, 1, 2), prepared_by_name="Siti Aminah",
                          prepared_by_title="Staf Administrasi")


def timed(build, doc, repeat: int) -> tuple[list[float], int, int]:
    times, pages, size = [], 0, 0
    for _ in range(repeat):
        out = io.BytesIO()
        started = time.perf_counter()
        pages = build(doc, out) or 0
        times.append(time.perf_counter() - started)
        size = len(out.getvalue())
    return times, pages, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=60)
    parser.add_argument("--trainers", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--paper", default="A4", choices=("A4", "F4"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    jobs = [
        (f"journal PDF, {args.sessions} sessions", build_trainer_journal,
         journal(rng, args.sessions, args.paper)),
        (f"workload PDF, {args.trainers} trainers", build_workload_report,
         workload(rng, args.trainers, args.paper)),
    ]
    jobs.append((f"workload XLSX, {args.trainers} trainers", build_workload_xlsx, jobs[1][2]))
    print(f"{args.paper}, {args.repeat} run(s) each, seed {args.seed}")
    for name, build, doc in jobs:
        times, pages, size = timed(build, doc, args.repeat)
        shown = f"{pages:3d} pages" if pages else "         "
        print(f"{name:34s} best {min(times) * 1000:7.1f} ms   median "
              f"{statistics.median(times) * 1000:7.1f} ms   {shown}   {size / 1024:7.1f} KiB")
    print(f"Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
