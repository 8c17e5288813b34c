"""Benchmark: how long one password hash and one verification take with the app's parameters.

    .venv/bin/python bench/bench_password_hash.py [--runs 7] [--seed 1]

A sign-in verifies once (and hashes once more when the parameters changed), so the
verification time is what a user waits for; OWASP suggests keeping it well under a second
on the slowest PC that will run the app. Prints the parameters, then the median and max
wall-clock and CPU time over --runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lpks_desktop.core.auth import passwords  # noqa: E402


def _timed(call) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"argon2id  m={passwords.MEMORY_KIB} KiB ({passwords.MEMORY_KIB / 1024:.0f} MiB)  "
          f"t={passwords.TIME_COST}  p={passwords.PARALLELISM}")
    hashes, verifies = [], []
    for _ in range(args.runs):
        password = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))
        stored = []
        hashes.append(_timed(lambda: stored.append(passwords.hash_password(password))))
        verifies.append(_timed(lambda: passwords.verify_password(stored[0], password)))
    for label, runs in (("hash", hashes), ("verify", verifies)):
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(f"{label:<7} median {statistics.median(walls) * 1000:7.1f} ms  max {max(walls) * 1000:7.1f} ms"
              f"  (CPU median {statistics.median(cpus) * 1000:7.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
