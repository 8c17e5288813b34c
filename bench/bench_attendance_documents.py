"""Benchmark: attendance documents, from plain data and from a database.

    .venv/bin/python bench/bench_attendance_documents.py [--participants 40] [--sessions 20]
                                                         [--runs 7] [--seed 1] [--paper A4]

Part one builds each document from plain data, into memory, as the application does on its
worker thread: the session sheet (with NIK, --participants people and --participants + 5),
a week's bundle of five sheets, the class grid blank and with marks (--sessions and 60
sessions), the recap PDF and the recap XLSX. Part two makes one class in a new SQLite database
in a temporary folder, records a mark for every cell, and times the service calls the
application makes (``write_attendance_sheets``, ``write_class_grid``, ``write_recap_pdf``,
``write_recap_xlsx``), gathering included.

Prints the median and max wall time over --runs (after one warm-up), this process's CPU time,
and pages. Target (issue 6): a 40-participant, 20-session grid renders within 0.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lpks_desktop.documents.attendance_grid import (  # noqa: E402
    ClassGridDocument, GridColumn, GridRow, build_class_grid)
from lpks_desktop.documents.attendance_recap import (  # noqa: E402
    RecapDocument, RecapRow, build_attendance_recap)
from lpks_desktop.documents.attendance_sheet import (  # noqa: E402
    AttendanceSheet, SheetOptions, SheetPerson, build_attendance_sheets)
from lpks_desktop.documents.attendance_xlsx import build_recap_xlsx  # noqa: E402
from lpks_desktop.documents.letterhead import Letterhead  # noqa: E402

FIRST_DAY = dt.date(2026, 11, 2)  # a Monday
TODAY = dt.date(2030, 1, 1)  # after every session
GRID_TARGET_MS = 500.0
FIRST_NAMES = ("Siti", "Ahmad", "Dewi", "Muhammad", "Nur", "Rina", "Agus", "Putri", "Joko", "Ayu")
LAST_NAMES = ("Rahmawati", "Hidayat", "Kusumawardhani", "Saputra", "Lestari", "Wibowo",
              "Anggraeni Setyaningrum", "Pratama", "Handayani", "Nugroho")


def letterhead() -> Letterhead:
    return Letterhead(name="LPK Sinar Busana Prima", kind_label="Lembaga Pelatihan Kerja Swasta",
                      foundation="Yayasan Bina Karya Mandiri",
                      address_lines=("Jl. Raya Soreang No. 125", "Kabupaten Bandung"),
                      city="Kabupaten Bandung", phone="0812-3456-7890",
                      registration_number="VIN 3204.1.0012", business_id="9120001234567",
                      head_name="Dra. Sri Wahyuni, M.Pd.", head_title="Kepala LPK")


def names(rng: random.Random, count: int) -> list[str]:
    return sorted(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                  + (" Binti Haji Abdurrahman Wahid" if rng.random() < 0.1 else "")
                  for _ in range(count))


def days(count: int) -> list[dt.date]:
    out, day = [], FIRST_DAY
    for _ in range(count):
        out.append(day)
        day += dt.timedelta(days=3 if day.weekday() == 4 else 1)
    return out


def sheet(rng: random.Random, people: int, day: dt.date, number: int) -> AttendanceSheet:
    return AttendanceSheet(
        letterhead=letterhead(), class_code="SBP-MJH-2026-03", class_name="Menjahit Busana Wanita",
        date=day, start_time=dt.time(8), end_time=dt.time(12), program_name="Menjahit",
        batch=3, session_number=number, time_zone="WIB", room="Ruang Jahit 1",
        trainer_names=("Budi Santoso, S.Pd.",), unit_code="C.141000.001.02",
        unit_title="Menggunakan mesin jahit industri", jp=4,
        people=[SheetPerson(n, name, f"3204{n:012d}")
                for n, name in enumerate(names(rng, people), 1)])


def grid(rng: random.Random, people: int, sessions: int, marks: bool, paper: str) -> ClassGridDocument:
    columns = [GridColumn(n, d, dt.time(8), dt.time(12), 4) for n, d in enumerate(days(sessions), 1)]
    rows = [GridRow(n, name, f"3204{n:012d}",
                    tuple(rng.choices("HISA", (85, 5, 5, 5))[0] for _ in columns) if marks else ())
            for n, name in enumerate(names(rng, people), 1)]
    return ClassGridDocument(letterhead=letterhead(), class_code="SBP-MJH-2026-03",
                             class_name="Menjahit Busana Wanita", program_name="Menjahit", batch=3,
                             period_start=columns[0].date, period_end=columns[-1].date,
                             room="Ruang Jahit 1", trainer_names=("Budi Santoso, S.Pd.",),
                             sessions=columns, rows=rows, with_marks=marks, show_nik=True,
                             paper=paper, issued_on=TODAY)


def recap(rng: random.Random, people: int, paper: str) -> RecapDocument:
    rows = []
    for n, name in enumerate(names(rng, people), 1):
        attended = rng.randint(50, 80)
        rows.append(RecapRow(n, name, f"3204{n:012d}", (attended // 4, 1, 1, 1), 0, 0, attended,
                             80, Decimal(1000 * attended // 80).scaleb(-1), 80,
                             "meets" if attended >= 64 else "not_met",
                             "Memenuhi" if attended >= 64 else "Tidak memenuhi"))
    return RecapDocument(letterhead=letterhead(), class_code="SBP-MJH-2026-03",
                         class_name="Menjahit Busana Wanita", program_name="Menjahit", min_pct=80,
                         delivered_sessions=20, delivered_jp=80, rows=rows, as_of=TODAY,
                         paper=paper, issued_on=TODAY)


def timed(call, runs: int) -> tuple[list[float], list[float], int]:
    call()  # warm-up: fonts, styles, caches
    walls, cpus, pages = [], [], 0
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        pages = call() or 0
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, pages


def report(name: str, walls: list[float], cpus: list[float], pages: int, target: float | None = None) -> None:
    median = statistics.median(walls) * 1000
    verdict = f"   (target {target:.0f} ms: {'ok' if median < target else 'SLOW'})" if target else ""
    shown = f"{pages:3d} pages" if pages else "         "
    print(f"  {name:46s} median {median:7.1f} ms   max {max(walls) * 1000:7.1f} ms   "
          f"CPU {statistics.median(cpus) * 1000:7.1f} ms   {shown}{verdict}")


def documents(args) -> None:
    rng = random.Random(args.seed)
    p, s, paper = args.participants, args.sessions, args.paper
    one = sheet(rng, p, FIRST_DAY, 1)
    more = sheet(rng, p + 5, FIRST_DAY, 1)
    week = [sheet(rng, p, d, n) for n, d in enumerate(days(5), 1)]
    blank = grid(rng, p, s, False, paper)
    marked = grid(rng, p, s, True, paper)
    sixty = grid(rng, p, 60, True, "F4")
    summary = recap(rng, p, paper)
    options = SheetOptions(paper=paper, show_nik=True)
    jobs = [
        (f"session sheet, {p} people, NIK", lambda: build_attendance_sheets([one], io.BytesIO(), options), None),
        (f"session sheet, {p + 5} people, NIK", lambda: build_attendance_sheets([more], io.BytesIO(), options), None),
        (f"week bundle, 5 sheets of {p}", lambda: build_attendance_sheets(week, io.BytesIO(), options), None),
        (f"grid, {p} x {s}, blank", lambda: build_class_grid(blank, io.BytesIO()), GRID_TARGET_MS),
        (f"grid, {p} x {s}, with marks", lambda: build_class_grid(marked, io.BytesIO()), GRID_TARGET_MS),
        (f"grid, {p} x 60, with marks, F4", lambda: build_class_grid(sixty, io.BytesIO()), None),
        (f"recap PDF, {p} people", lambda: build_attendance_recap(summary, io.BytesIO()), None),
        (f"recap XLSX, {p} people x 60 sessions", lambda: build_recap_xlsx(summary, sixty, io.BytesIO()), None),
    ]
    print(f"From plain data: {paper}, {args.runs} runs each, seed {args.seed}")
    for name, call, target in jobs:
        report(name, *timed(call, args.runs), target)


def build_class(store, participants: int, sessions: int, rng: random.Random) -> tuple[int, list[int]]:
    from lpks_desktop.core import models as m
    from lpks_desktop.core.services.attendance import MarkChange, attendance_grid, save_marks

    with store.transaction():
        institution = store.save(m.Institution(code="LPK-BENCH", name="LPK Uji Kehadiran",
                                               city="Kabupaten Bandung", province="Jawa Barat",
                                               head_name="Dra. Sri Wahyuni", head_title="Kepala LPK"))
        program = store.save(m.Program(institution=institution, code="BENCH", name="Program uji",
                                       total_jp=4 * sessions))
        trainer = store.save(m.Trainer(institution=institution, full_name="Budi Santoso, S.Pd."))
        klass = store.save(m.TrainingClass(institution=institution, program=program,
                                           code="BENCH-ATT", name="Kelas uji kehadiran",
                                           capacity=participants, status=m.ClassStatus.RUNNING))
        ids = []
        for day in days(sessions):
            row = store.save(m.ClassSession(training_class=klass, date=day, start_time=dt.time(8),
                                            end_time=dt.time(12), jp=4, status=m.SessionStatus.HELD))
            store.save(m.SessionTrainer(session=row, trainer=trainer, role="lead"))
            ids.append(row.id)
        for n, name in enumerate(names(rng, participants), 1):
            person = store.save(m.Participant(nik=f"3171010100{n:06d}", full_name=name, sex="L"))
            store.save(m.Enrollment(training_class=klass, participant=person,
                                    status=m.EnrollmentStatus.ENROLLED))
    grid_data = attendance_grid(klass.id, today=TODAY)
    save_marks(store, klass.id, [MarkChange(s.id, p.enrollment_id, rng.choices("HISA", (85, 5, 5, 5))[0])
                                 for s in grid_data.sessions for p in grid_data.people], today=TODAY)
    return klass.id, ids


def database(args) -> None:
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.services.attendance_documents import (
        write_attendance_sheets, write_class_grid, write_recap_pdf, write_recap_xlsx)
    from lpks_desktop.core.store import Store

    rng = random.Random(args.seed)
    p, s = args.participants, args.sessions
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(parse_location(str(Path(folder) / "bench.db"))) as store:
            class_id, sessions = build_class(store, p, s, rng)
            jobs = [
                ("sheet of one session", lambda: write_attendance_sheets(
                    io.BytesIO(), sessions[:1], show_nik=True, lang="id"), None),
                ("week bundle, 5 sessions", lambda: write_attendance_sheets(
                    io.BytesIO(), sessions[:5], show_nik=True, lang="id"), None),
                (f"class grid, {s} sessions, blank", lambda: write_class_grid(
                    io.BytesIO(), class_id, show_nik=True, lang="id", today=TODAY), GRID_TARGET_MS),
                (f"class grid, {s} sessions, with marks", lambda: write_class_grid(
                    io.BytesIO(), class_id, with_marks=True, show_nik=True, lang="id",
                    today=TODAY), GRID_TARGET_MS),
                ("recap PDF", lambda: write_recap_pdf(io.BytesIO(), class_id, lang="id", today=TODAY), None),
                ("recap XLSX", lambda: write_recap_xlsx(io.BytesIO(), class_id, lang="id", today=TODAY), None),
            ]
            print(f"From the database (SQLite, gathering included): {p} participants, "
                  f"{s} sessions, every cell marked")
            for name, call, target in jobs:
                report(name, *timed(call, args.runs), target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--paper", default="A4", choices=("A4", "F4"))
    args = parser.parse_args()
    documents(args)
    database(args)
    print(f"Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
