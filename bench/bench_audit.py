"""Benchmark: writing and checking the audit trail's hash chain.

    .venv/bin/python bench/bench_audit.py [--entries 2000] [--runs 5] [--seed 1] [--pg URL]

In a new SQLite database in a temporary folder (or a new schema of the PostgreSQL
database at --pg, dropped afterwards), per run:

- ``record()`` each in its own write transaction, as a single save writes it
  (one commit per entry: on SQLite the fsync of the commit dominates);
- ``record()`` many times in one transaction (an import or a batch): the chain's own cost;
- for comparison, plain INSERTs of an entry without the chain (no head, no hash, no
  triggers), one per transaction and all in one;
- ``verify_chain()`` over the whole trail so far.

Prints entries per second (median over --runs). The changes text is random but seeded,
about the size of a participant's update.
"""

from __future__ import annotations

import argparse
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

FIELDS = ("full_name", "phone", "address", "city", "education", "employment")


def _changes(rng: random.Random) -> dict:
    return {name: [f"{name} {rng.randrange(10**6)}", f"{name} {rng.randrange(10**6)}"]
            for name in rng.sample(FIELDS, rng.randint(1, 3))}


def one_run(store, entries: int, rng: random.Random) -> dict[str, float]:
    from lpks_desktop.core.services import audit
    from lpks_desktop.core.services.audit_trail import verify_chain

    rates = {}
    per_commit = max(1, entries // 10)  # commits are slow on purpose (durable); fewer of them
    started = time.perf_counter()
    for n in range(per_commit):
        with store.transaction():
            audit.record("update", "participant", n, _changes(rng))
    rates["record, one per transaction"] = per_commit / (time.perf_counter() - started)

    started = time.perf_counter()
    with store.transaction():
        for n in range(entries):
            audit.record("update", "participant", n, _changes(rng))
    rates["record, all in one transaction"] = entries / (time.perf_counter() - started)

    db = store.db
    p = db.param

    def plain(n: int) -> None:
        db.execute_sql(f'INSERT INTO "bench_plain" ("at", "username", "action", "table_name", '
                       f'"row_id", "changes") VALUES ({p}, {p}, {p}, {p}, {p}, {p})',
                       ("2026-11-28 08:00:00", "bench", "update", "participant", n, str(_changes(rng))))

    started = time.perf_counter()
    for n in range(per_commit):
        with store.transaction():
            plain(n)
    rates["plain insert, one per transaction"] = per_commit / (time.perf_counter() - started)

    started = time.perf_counter()
    with store.transaction():
        for n in range(entries):
            plain(n)
    rates["plain insert, all in one transaction"] = entries / (time.perf_counter() - started)

    started = time.perf_counter()
    report = verify_chain()
    assert report.ok, report.problem
    rates[f"verify_chain ({report.checked} entries)"] = report.checked / (time.perf_counter() - started)
    return rates


def bench(url: str, args) -> None:
    from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.store import Store

    rng = random.Random(args.seed)
    with signed_in(SYSTEM_ADMIN), Store.open(parse_location(url)) as store:
        serial = "SERIAL" if url.startswith("postgres") else "INTEGER"
        store.db.execute_sql(f'CREATE TABLE "bench_plain" ("id" {serial} PRIMARY KEY, "at" TIMESTAMP, '
                             '"username" VARCHAR(80), "action" VARCHAR(20), "table_name" VARCHAR(60), '
                             '"row_id" BIGINT, "changes" TEXT)')
        one_run(store, min(args.entries, 200), rng)  # warms caches and the connection
        runs = [one_run(store, args.entries, rng) for _ in range(args.runs)]
    print(f"{args.entries} entries per batch, {args.runs} runs, "
          f"{'PostgreSQL' if url.startswith('postgres') else 'SQLite'}")
    for name in runs[0]:
        key = name.split(" (")[0] if name.startswith("verify") else name
        values = [rate for run in runs for label, rate in run.items()
                  if (label.split(" (")[0] if label.startswith("verify") else label) == key]
        print(f"  {name:40} median {statistics.median(values):10.0f} entries/s   "
              f"min {min(values):10.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
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
