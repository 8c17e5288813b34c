"""Benchmark: importing a registrant list of 10,000 rows, as the import wizard and the CLI do.

    .venv/bin/python bench/bench_import.py [--rows 10000] [--seed 2026] [--runs 3] [--db URL]

Writes a seeded XLSX list (title rows above the headings; dates typed three ways and as date
cells; a third of the phones as numbers without their 0; NIKs as text), then per run imports it
into a fresh database: SQLite in a temporary folder, or with --db a PostgreSQL server (each run
in a schema of its own, dropped afterwards). Prints, per run and as the best of --runs:

  read      read_table: the file checked (zip sizes, far cells) and parsed
  validate  plan_import on the read sheet: header, mapping, every row checked, the database
            compared (NIKs, names, cards)
  write     apply_import: one transaction, bulk INSERTs, the audit entry, the commit

Target: read + validate + write under 2 s for 10,000 rows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))

TARGET_S = 2.0


def _pg_schema(url: str):
    """A fresh schema on the server and a URL whose connections use it."""
    from lpks_desktop.core.database import make_database, parse_location

    schema = f"bench_import_{uuid.uuid4().hex[:10]}"
    admin = make_database(parse_location(url))
    admin.execute_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in url else "?"

    def drop():
        admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()

    return f"{url}{separator}options=-csearch_path%3D{schema}", drop


def one_run(sheet_path: Path, db_url: str) -> tuple[float, float, float, int]:
    from lpks_desktop.core import models
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.importing import apply_import, plan_import, read_table
    from lpks_desktop.core.importing.headers import detect_header
    from lpks_desktop.core.store import Store

    store = Store.open(parse_location(db_url))
    try:
        started = time.perf_counter()
        sheet = read_table(sheet_path, choose=lambda s: detect_header(s) is not None)
        read = time.perf_counter() - started
        started = time.perf_counter()
        plan = plan_import(sheet_path, sheet=sheet)
        validate = time.perf_counter() - started
        if not plan.ok:
            sys.exit("the generated list has errors: " + "; ".join(p.located("en") for p in plan.errors[:5]))
        started = time.perf_counter()
        result = apply_import(store, plan)
        write = time.perf_counter() - started
        return read, validate, write, result.inserted
    finally:
        store.close()
        models.database.initialize(None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="a PostgreSQL URL (postgresql://user@host/db); default: SQLite in a "
                                     "temporary folder")
    args = parser.parse_args()
    os.environ.setdefault("LPKS_LANG", "en")
    from import_sheets import write_registrants

    with tempfile.TemporaryDirectory() as folder:
        sheet_path = Path(folder) / "peserta.xlsx"
        started = time.perf_counter()
        write_registrants(sheet_path, args.rows, args.seed)
        print(f"list: {args.rows} rows, {sheet_path.stat().st_size / 2**20:.1f} MB XLSX "
              f"(written in {time.perf_counter() - started:.1f} s)")
        backend = "PostgreSQL" if args.db else "SQLite"
        results = []
        for run in range(args.runs):
            if args.db:
                url, drop = _pg_schema(args.db)
            else:
                url, drop = str(Path(folder) / f"run-{run}.db"), (lambda: None)
            try:
                read, validate, write, inserted = one_run(sheet_path, url)
            finally:
                drop()
            assert inserted == args.rows, inserted
            total = read + validate + write
            results.append((total, read, validate, write))
            print(f"run {run + 1} ({backend}): read {read:5.2f} s   validate {validate:5.2f} s   "
                  f"write {write:5.2f} s   total {total:5.2f} s")
        total, read, validate, write = min(results)
        verdict = "within" if total <= TARGET_S else "OVER"
        print(f"best ({backend}):  read {read:5.2f} s   validate {validate:5.2f} s   write {write:5.2f} s   "
              f"total {total:5.2f} s   target {TARGET_S:.0f} s: {verdict}   "
              f"({total / args.rows * 1e6:.0f} µs per row)")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
