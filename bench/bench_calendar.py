"""Benchmark: opening a week of the calendar with a few hundred sessions, offscreen.

    .venv/bin/python bench/bench_calendar.py [--per-week 240] [--weeks 26] [--runs 15] [--seed 1]

Builds a temporary SQLite database (one institution, rooms, trainers, classes) whose every
week holds ``--per-week`` sessions, written with the core's bulk insert. Then times, in the
page the clerk uses, the time from asking for a week (the query) to that week painted:
the whole institution's week (a board of rooms by days), one room's and one trainer's
(time grids), the room board alone (laid out and painted, no query), and repaints with
nothing changed. Target (issue: calendar): a week of 200 sessions opened and painted
within 200 ms.
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST_MONDAY = dt.date(2026, 7, 6)
SLOTS = ((dt.time(7, 30), dt.time(9, 0)), (dt.time(8, 0), dt.time(10, 0)), (dt.time(9, 0), dt.time(12, 0)),
         (dt.time(10, 15), dt.time(12, 0)), (dt.time(13, 0), dt.time(15, 0)), (dt.time(13, 0), dt.time(16, 0)),
         (dt.time(15, 15), dt.time(17, 30)), (dt.time(18, 0), dt.time(20, 0)))


def build_database(path: str, per_week: int, weeks: int, seed: int) -> dict:
    """Returns ids to look at: the institution, the busiest room and trainer."""
    from lpks_desktop.core import models as m
    from lpks_desktop.core.actor import current_actor
    from lpks_desktop.core.bulk import bulk_insert
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.models.fields import utcnow
    from lpks_desktop.core.services.institutions import save_institution
    from lpks_desktop.core.services.programs import save_program
    from lpks_desktop.core.services.rooms import save_room
    from lpks_desktop.core.store import Store

    rng = random.Random(seed)
    store = Store.open(parse_location(path))
    institution = save_institution(store, {"code": "LPK-BEN", "name": "LPK Bench"})[0]
    rooms = [save_room(store, {"institution": institution.id, "name": f"Ruang {i + 1}", "capacity": 20})[0]
             for i in range(12)]
    program = save_program(store, {"institution": institution.id, "code": "BEN", "name": "Program Bench",
                                   "total_jp": 40},
                           [{"code": f"C.141000.{i:03d}.01", "title": f"Unit kompetensi nomor {i}", "jp": 8}
                            for i in range(1, 6)])[0]
    units = [u.id for u in m.CompetencyUnit.select().where(m.CompetencyUnit.program == program.id)]
    trainers = [store.save(m.Trainer(institution=institution.id, full_name=f"Instruktur Bench {i + 1:02d}"))
                for i in range(30)]
    classes = [store.save(m.TrainingClass(
        institution=institution.id, program=program.id, code=f"BEN-{i + 1:03d}", name=f"Kelas Bench {i + 1}",
        room=rooms[i % len(rooms)].id, capacity=20, status=m.ClassStatus.RUNNING,
        start_date=FIRST_MONDAY, end_date=FIRST_MONDAY + dt.timedelta(weeks=weeks)))
        for i in range(40)]
    now, actor = utcnow(), current_actor()
    common = {"created_at": now, "created_by": actor, "updated_at": now, "updated_by": actor, "row_version": 1}
    sessions, assignments = [], []
    for week in range(weeks):
        monday = FIRST_MONDAY + dt.timedelta(weeks=week)
        for _ in range(per_week):
            start, end = rng.choice(SLOTS)
            klass = rng.choice(classes)
            session_id = len(sessions) + 1
            sessions.append({
                **common, "id": session_id, "training_class": klass.id,
                "date": monday + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6))),
                "start_time": start, "end_time": end, "unit": rng.choice(units), "topic": "",
                "room": rng.choice(rooms).id if rng.random() < 0.3 else None, "jp": 2,
                "status": "cancelled" if rng.random() < 0.05 else "planned", "cancel_reason": "",
                "journal_taught": "", "journal_jp": None, "journal_notes": "", "journal_by": "",
                "journal_at": None})
            for role, trainer in zip(("lead", "assistant"), rng.sample(trainers, rng.choice((1, 1, 2)))):
                assignments.append({**common, "id": len(assignments) + 1, "session": session_id,
                                    "trainer": trainer.id, "role": role})
    with store.transaction():
        bulk_insert(m.ClassSession, sessions)
        bulk_insert(m.SessionTrainer, assignments)
    class_room = {klass.id: klass.room_id for klass in classes}
    first_week = [s for s in sessions if s["date"] < FIRST_MONDAY + dt.timedelta(days=7)]
    in_room: dict[int, int] = {}
    for s in first_week:
        room = s["room"] or class_room[s["training_class"]]
        in_room[room] = in_room.get(room, 0) + 1
    first_ids = {s["id"] for s in first_week}
    taught: dict[int, int] = {}
    for a in assignments:
        if a["session"] in first_ids:
            taught[a["trainer"]] = taught.get(a["trainer"], 0) + 1
    store.close()
    return {"institution": institution.id, "room": max(in_room, key=in_room.get),
            "trainer": max(taught, key=taught.get),
            "sessions": len(sessions), "assignments": len(assignments)}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def paint_week(page) -> None:
    """Paint the week shown, synchronously: the room board or the time grid."""
    if page.shows_room_board():
        page.room_board.viewport().repaint()
    else:
        page.week_view.repaint()


def shown_count(page) -> int:
    return len(page.room_board.chips()) if page.shows_room_board() else len(page.week_view.blocks())


def measure(path: str, ids: dict, weeks: int, runs: int) -> None:
    from PySide6.QtCore import QSettings

    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.store import Store
    from lpks_desktop.gui.app import create_application
    from lpks_desktop.gui.pages.calendar_page import CalendarPage

    app = create_application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(path).parent))
    store = Store.open(parse_location(path))

    started = time.perf_counter()
    page = CalendarPage(store, today=lambda: FIRST_MONDAY)
    page.set_kind("all")
    page.set_institution(ids["institution"])
    page.resize(1366, 720)
    page.show()
    app.processEvents()
    paint_week(page)
    print(f"page built, shown, first week painted  {ms(time.perf_counter() - started)}")
    while page.holidays_pending():  # the first time in a process, they follow in the background
        time.sleep(0.005)
        app.processEvents()
    print(f"  its holidays shown (first time only)   {ms(time.perf_counter() - started)}")

    def week_times(kind: str, subject: int | None) -> tuple[list[float], int]:
        page.set_kind(kind)
        if subject is not None:
            page.set_subject(subject)
        times, shown = [], 0
        for run in range(runs):
            monday = FIRST_MONDAY + dt.timedelta(weeks=run % weeks)
            begun = time.perf_counter()
            page.show_week(monday)  # query, lay out
            paint_week(page)  # and paint, synchronously
            times.append(time.perf_counter() - begun)
            shown = max(shown, shown_count(page))
        return times, shown

    for label, kind, subject in (("whole institution", "all", None), ("one room", "room", ids["room"]),
                                 ("one trainer", "trainer", ids["trainer"])):
        times, shown = week_times(kind, subject)
        print(f"week by {label:<18} query -> painted  median {ms(statistics.median(times))}  "
              f"max {ms(max(times))}  (up to {shown} sessions)")

    # The room board on its own: the weeks fetched beforehand, then each laid out and painted.
    from lpks_desktop.core.services import calendar_view
    from lpks_desktop.gui.pages.calendar_page import room_board_details

    page.set_kind("all")
    board = page.room_board
    weeks_data = []
    for run in range(runs):
        monday = FIRST_MONDAY + dt.timedelta(weeks=run % weeks)
        days = calendar_view.week(monday, institution_id=ids["institution"])
        found = [entry for day in days.values() for entry in day]
        details = room_board_details(found, monday, monday + dt.timedelta(days=6), ids["institution"])
        weeks_data.append((monday, days, details))
    boards, shown = [], 0
    for monday, days, details in weeks_data:
        begun = time.perf_counter()
        board.set_week(monday, days, {}, **details)
        board.viewport().repaint()
        boards.append(time.perf_counter() - begun)
        shown = max(shown, len(board.chips()))
    print(f"room board alone, laid out -> painted   median {ms(statistics.median(boards))}  "
          f"max {ms(max(boards))}  (up to {shown} sessions, {len(board.rows())} rooms)")

    page.show_week(FIRST_MONDAY)
    for label, paint, count in (
            ("room board", lambda: board.viewport().repaint(), lambda: f"{len(board.chips())} chips"),
            ("time grid ", page.week_view.repaint, lambda: f"{len(page.week_view.blocks())} blocks")):
        if label.startswith("time"):
            page.set_kind("room")
            page.set_subject(ids["room"])
            page.show_week(FIRST_MONDAY)
        repaints = []
        for _ in range(runs):
            begun = time.perf_counter()
            paint()
            repaints.append(time.perf_counter() - begun)
        print(f"{label} repaint, nothing changed ({count()})  "
              f"median {ms(statistics.median(repaints))}  max {ms(max(repaints))}")
        resizes = []
        for width in range(1000, 1000 + 40 * runs, 40):
            begun = time.perf_counter()
            page.resize(width, 720)
            app.processEvents()
            paint()
            resizes.append(time.perf_counter() - begun)
        print(f"{label} resize + relayout + repaint  median {ms(statistics.median(resizes))}  "
              f"max {ms(max(resizes))}")
    page.set_kind("all")
    page.set_mode("month")
    months = []
    for run in range(runs):
        begun = time.perf_counter()
        page.show_month(2026, 7 + run % 5)
        page.month_view.viewport().repaint()
        months.append(time.perf_counter() - begun)
    print(f"month, whole institution query -> painted  median {ms(statistics.median(months))}  "
          f"max {ms(max(months))}")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-week", type=int, default=240, help="sessions in every week")
    parser.add_argument("--weeks", type=int, default=26)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "bench.db")
        began = time.perf_counter()
        ids = build_database(path, args.per_week, args.weeks, args.seed)
        print(f"database: {ids['sessions']:,} sessions ({args.per_week} a week, {args.weeks} weeks), "
              f"{ids['assignments']:,} trainer assignments, built in {time.perf_counter() - began:.1f} s "
              f"(seed {args.seed})")
        measure(path, ids, args.weeks, args.runs)
    import PySide6

    print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
