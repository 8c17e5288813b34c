"""Benchmark: the start-up check (header + PRAGMA quick_check, read-only) on demo databases.

    .venv/bin/python bench/bench_startup_check.py [--participants 10000 100000] [--seed 2026]
                                                  [--runs 3] [--folder DIR]

Builds each database with the demo (as ``lpks-desktop demo --participants N`` does; kept in
--folder and reused when given), then per size prints the file's size and the best of --runs:

  quick_check      what start-up runs: core.startup_check.quick_check (header, PRAGMA quick_check)
  integrity_check  for comparison: PRAGMA integrity_check, which also compares every index with
                   its table
  read             reading the file once from start to end, the floor for any whole-file check

The files were just written, so the OS has them cached; a first start after a reboot reads from
the disk and adds about size / disk speed (e.g. 120 MB at 100 MB/s: ~1.2 s) to each figure.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(path: Path, participants: int, seed: int) -> float:
    from lpks_desktop.core import models
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.demo import fill_demo
    from lpks_desktop.core.store import Store

    try:
        from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
    except ImportError:  # before sign-in existed
        from contextlib import nullcontext as signed_in
        SYSTEM_ADMIN = None
    started = time.perf_counter()
    store = Store.open(parse_location(str(path)))
    try:
        with signed_in(SYSTEM_ADMIN):
            fill_demo(store, participants=participants, seed=seed)
    finally:
        store.close()
        models.database.initialize(None)
    return time.perf_counter() - started


def best(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def integrity_check(path: Path) -> None:
    import apsw

    connection = apsw.Connection(f"file:{path}?mode=ro&immutable=1",
                                 flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    try:
        assert connection.execute("PRAGMA integrity_check(20)").fetchall() == [("ok",)]
    finally:
        connection.close()


def read_whole(path: Path) -> None:
    with open(path, "rb") as handle:
        while handle.read(1 << 20):
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", help="keep the demo databases here and reuse them on the next run")
    args = parser.parse_args()
    os.environ.setdefault("LPKS_LANG", "en")
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.startup_check import quick_check

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.folder) if args.folder else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for participants in args.participants:
            path = folder / f"demo-{participants}-{args.seed}.db"
            if not path.exists():
                seconds = build(path, participants, args.seed)
                print(f"built {path.name} in {seconds:.1f} s")
            location = parse_location(str(path))
            assert quick_check(location) is None, "the demo database should be sound"
            size_mb = path.stat().st_size / 2**20
            quick = best(args.runs, lambda: quick_check(location))
            full = best(args.runs, lambda: integrity_check(path))
            read = best(args.runs, lambda: read_whole(path))
            print(f"{participants:>7} participants, {size_mb:6.1f} MB: quick_check {quick:5.2f} s   "
                  f"integrity_check {full:5.2f} s   read {read:5.2f} s")


if __name__ == "__main__":
    main()
