"""Benchmark: making and checking backups of a demo database, plain and encrypted.

    .venv/bin/python bench/bench_backup.py [--participants 10000 100000] [--runs 3] [--seed 1]
                                           [--pg URL]

For each size, fills a new SQLite database in a temporary folder with the demo
(``fill_demo``; or a new schema of the PostgreSQL database at --pg, dropped
afterwards), then per run makes a plain backup, an encrypted one (a one-off key
pair, as ``backup --encrypt``), and an automatic one encrypted for the database's
backup key (no password needed), and times ``check_backup`` of the plain and the
encrypted file. Prints the median and max over --runs, the database and backup
sizes, and the CPU time of this process (on a busy machine the wall clock also
measures the others). The argon2id key derivation (once per encrypted file
checked, and once per ``--encrypt`` backup) is timed on its own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench-backup-password"


def _timed(action):
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _database_size(store) -> int:
    if store.location.is_sqlite:
        path = store.location.path
        return sum(Path(str(path) + s).stat().st_size for s in ("", "-wal")
                   if Path(str(path) + s).exists())
    return store.db.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0]


def bench_size(location, participants: int, runs: int, seed: int, folder: Path) -> None:
    from lpks_desktop.core import models
    from lpks_desktop.core.backup import check_backup, make_backup, set_backup_password
    from lpks_desktop.core.demo import fill_demo
    from lpks_desktop.core.store import Store

    store = Store.open(location)
    try:
        started = time.perf_counter()
        fill_demo(store, participants=participants, seed=seed)
        print(f"\n{participants:,} participants ({location.kind}): demo filled in "
              f"{time.perf_counter() - started:.1f} s, database {_database_size(store) / 2**20:.1f} MB")
        figures: dict[str, list[tuple[float, float]]] = {}
        sizes: dict[str, int] = {}

        def measure(label: str, run: int, password: str | None, reason: str = "manual") -> None:
            target = folder / f"{label.split(' ')[0].strip(',')}-{reason}-{run}-{password is not None}"
            target.mkdir()
            info, wall, cpu = _timed(lambda: make_backup(store, folder=target, password=password,
                                                         reason=reason))
            figures.setdefault(label, []).append((wall, cpu))
            sizes[label] = info.size
            check, wall, cpu = _timed(lambda: check_backup(info.path, password=PASSWORD if info.encrypted
                                                           else None))
            assert check.ok, check.problems
            figures.setdefault(f"check_backup of {label}", []).append((wall, cpu))

        # Plain first: once the database has a backup password every backup is encrypted.
        for run in range(runs):
            measure("backup, plain", run, None)
        _, kdf_ms, _ = _timed(lambda: set_backup_password(store, PASSWORD))
        for run in range(runs):
            measure("backup --encrypt (one-off key)", run, PASSWORD)
            measure("automatic backup (database key)", run, None, "auto")
        print(f"  set_backup_password (argon2id key wrap): {kdf_ms:.0f} ms")
        print(f"  {'':48} {'median ms':>10} {'max ms':>10} {'cpu ms':>10} {'size MB':>9}")
        for label, values in figures.items():
            walls = [w for w, _ in values]
            size = f"{sizes[label] / 2**20:9.1f}" if label in sizes else ""
            print(f"  {label:48} {statistics.median(walls):10.0f} {max(walls):10.0f} "
                  f"{statistics.median(c for _, c in values):10.0f} {size}")
    finally:
        store.close()
        models.database.initialize(None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL database to bench in a new schema")
    args = parser.parse_args()

    from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as
    from lpks_desktop.core.database import make_database, parse_location

    sign_in_as(SYSTEM_ADMIN)
    print(f"CPUs: {os.cpu_count()}, runs per size: {args.runs}")
    for participants in args.participants:
        with tempfile.TemporaryDirectory(prefix="lpks-bench-backup-") as scratch:
            scratch = Path(scratch)
            folder = scratch / "backups"
            folder.mkdir()
            if not args.pg:
                bench_size(parse_location(str(scratch / "lpks.db")), participants, args.runs, args.seed,
                           folder)
                continue
            schema = f"bench_{uuid.uuid4().hex[:10]}"
            admin = make_database(parse_location(args.pg))
            admin.execute_sql(f'CREATE SCHEMA "{schema}"')
            try:
                separator = "&" if "?" in args.pg else "?"
                url = f"{args.pg}{separator}options=-csearch_path%3D{schema}"
                bench_size(parse_location(url), participants, args.runs, args.seed, folder)
            finally:
                admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
                admin.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
