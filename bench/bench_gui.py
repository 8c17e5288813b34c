"""Benchmark: the main window and the participant list on a large database, offscreen.

    .venv/bin/python bench/bench_gui.py --db /tmp/big.db
    (make one first: lpks-desktop --db /tmp/big.db demo --participants 100000 --seed 1)

Targets (issue: the desktop app): window shown within 1 s of process start; the participant
list opened and painted within 300 ms; each search keystroke to updated rows within 100 ms;
a sort by any column within 200 ms; the running app under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD_START = r"""
import sys, time
from lpks_desktop.core.database import parse_location
from lpks_desktop.gui.app import create_application
from lpks_desktop.core.store import Store
from lpks_desktop.gui.main_window import MainWindow
app = create_application([])
window = MainWindow(Store.open(parse_location(sys.argv[1])))
window.show()
app.processEvents()
window.repaint()
print("shown", flush=True)
"""


def time_startup(db: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", CHILD_START, db], cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True,
                                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        line = process.stdout.readline()
        times.append(time.perf_counter() - started)
        process.wait()
        assert line.strip() == "shown", line
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def in_process(db: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.store import Store
    from lpks_desktop.gui.app import create_application
    from lpks_desktop.gui.main_window import MainWindow

    app = create_application([])
    window = MainWindow(Store.open(parse_location(db)))
    window.show()
    app.processEvents()
    window.go_to("participants")
    page = window.page("participants")

    def open_list() -> float:
        page.hide()
        app.processEvents()
        started = time.perf_counter()
        page.show()
        page.table.viewport().repaint()
        return time.perf_counter() - started

    opens = [open_list() for _ in range(5)]
    print(f"participant list open + paint  median {ms(statistics.median(opens))}  "
          f"max {ms(max(opens))}  ({page.model.total:,} rows)")

    keystrokes = []
    for word in ("siti", "rahma", "0812", "6311", "abdul h"):
        page.search.clear()
        page._apply_search()
        for length in range(1, len(word) + 1):
            page.search.setText(word[:length])
            started = time.perf_counter()
            page._apply_search()  # what the debounce timer fires
            page.table.viewport().repaint()
            keystrokes.append(time.perf_counter() - started)
    print(f"search keystroke -> rows       median {ms(statistics.median(keystrokes))}  "
          f"max {ms(max(keystrokes))}  ({len(keystrokes)} keystrokes)")
    page.search.clear()
    page._apply_search()

    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            started = time.perf_counter()
            page.table.sortByColumn(column, order)
            page.table.viewport().repaint()
            elapsed = time.perf_counter() - started
            name = page.model.headerData(column, Qt.Orientation.Horizontal)
            direction = "asc " if order == Qt.SortOrder.AscendingOrder else "desc"
            print(f"sort {name:<16} {direction}       {ms(elapsed)}")

    started = time.perf_counter()
    for _ in range(20):
        QTest.keyClick(page.table, Qt.Key.Key_PageDown)
    app.processEvents()
    print(f"20 x PageDown (paging rows in) {ms(time.perf_counter() - started)}  "
          f"({page.model.rowCount():,} rows loaded)")
    print(f"resident memory               {rss_mb():7.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    starts = time_startup(args.db, args.runs)
    print(f"process start -> window shown  median {statistics.median(starts):6.2f} s  "
          f"max {max(starts):6.2f} s  ({args.runs} runs)")
    in_process(args.db)
    import PySide6

    print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
