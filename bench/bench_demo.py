"""Benchmark: filling a database with demo data and checking it, as the CLI does.

    .venv/bin/python bench/bench_demo.py [--participants 100000] [--repeat 1] [--db-url URL]

Runs the real command in a child process (start-up included), so the figures are what a user
waits for. Prints wall time, peak memory of the child, file size and record counts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "lpks_desktop", *args], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "LPKS_LANG": "en"})
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"lpks-desktop {' '.join(args)} failed:\n{result.stderr}")
    return elapsed, result


def peak_child_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    print(f"demo --participants {args.participants} (seed {args.seed}), {args.repeat} run(s)")
    for run in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory() as folder:
            db = str(Path(folder) / "bench.db")
            demo_s, _ = run_cli("--db", db, "demo", "--participants", str(args.participants),
                                "--seed", str(args.seed))
            check_s, result = run_cli("--db", db, "check", "--json")
            report = json.loads(result.stdout)
            size_mb = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1e6
            counts = report["counts"]
            print(f"run {run}: demo {demo_s:6.1f} s   check {check_s:5.1f} s   "
                  f"files {size_mb:6.1f} MB   peak child RSS {peak_child_rss_mb():6.0f} MB")
            if run == 1:
                rows = sum(counts.values())
                print(f"        {rows:,} rows: " + ", ".join(
                    f"{table} {count:,}" for table, count in counts.items() if count))
    print(f"Python {sys.version.split()[0]}, {report['engine_version']}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
