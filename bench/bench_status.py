"""Benchmark: "what is my status?" among 100,000 participants.

    .venv/bin/python bench/bench_status.py [--participants 100000] [--seed 7] [--people 40]
                                           [--runs 5] [--db PATH_OR_URL]

Uses a demo database (made in a temporary folder with ``lpks-desktop demo --participants N``
unless --db names one that holds participants; 100,000 take about half a minute on SQLite).
Picks --people participants at random (seeded) and times ``status_lookup.lookup`` the way a
clerk types each of them: the full NIK, its first 10 digits, the phone as 08..., +62 ... and
without its 0 (as Excel leaves it), the full name in lower case, its words reversed, the first
word alone, the last word alone (a surname or second name: the one kind that may read the
whole table), and a name nobody has (always the whole table). Every call includes reading the
person's classes and statuses. Prints the median and max per kind over --runs rounds;
target under 50 ms.

The first call in the process (a phone number, so the phone metadata is loaded) is shown apart.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MS = 50.0
NOBODY = "Zulkarnaen Wiryawangsa"


def make_demo_db(path: Path, participants: int, seed: int) -> None:
    print(f"building a demo database of {participants} participants ...", flush=True)
    result = subprocess.run([sys.executable, "-m", "lpks_desktop", "--db", str(path), "demo",
                             "--participants", str(participants), "--seed", str(seed)],
                            cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "LPKS_LANG": "en"})
    if result.returncode != 0:
        sys.exit(f"demo failed:\n{result.stderr}")


def queries(people: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """Kind of query -> what the clerk types, one per sampled person."""
    kinds: dict[str, list[str]] = {
        "NIK (16 digits)": [], "NIK first 10 digits": [], "phone 08...": [], "phone +62 ...": [],
        "phone without 0": [], "full name, lower case": [], "name, words reversed": [],
        "first word of name": [], "last word of name": [], "name nobody has": [],
    }
    for nik, phone, name in people:
        words = name.split()
        national = phone[3:]
        kinds["NIK (16 digits)"].append(nik)
        kinds["NIK first 10 digits"].append(nik[:10])
        kinds["phone 08..."].append(f"0{national[:3]}-{national[3:7]}-{national[7:]}")
        kinds["phone +62 ..."].append(f"+62 {national[:3]} {national[3:7]} {national[7:]}")
        kinds["phone without 0"].append(national)
        kinds["full name, lower case"].append(name.lower())
        kinds["name, words reversed"].append(" ".join(reversed(words)))
        kinds["first word of name"].append(words[0])
        kinds["last word of name"].append(words[-1])
        kinds["name nobody has"].append(NOBODY)
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--people", type=int, default=40, help="participants sampled")
    parser.add_argument("--runs", type=int, default=5, help="rounds over every query")
    parser.add_argument("--db", help="an existing demo database (SQLite file or PostgreSQL URL)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = str(Path(folder) / "bench.db")
            make_demo_db(Path(db), args.participants, args.seed)
        run(db, args)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")


def run(db: str, args) -> None:
    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.models import Participant
    from lpks_desktop.core.services.status_lookup import lookup
    from lpks_desktop.core.store import Store

    with Store.open(parse_location(db)) as store:
        total = Participant.select().count()
        ids = [i for (i,) in Participant.select(Participant.id).where(Participant.phone != "")
               .order_by(Participant.id).tuples()]
        sample = random.Random(args.seed).sample(ids, min(args.people, len(ids)))
        people = list(Participant.select(Participant.nik, Participant.phone, Participant.full_name)
                      .where(Participant.id.in_(sample)).order_by(Participant.id).tuples())
        backend = "SQLite" if store.location.is_sqlite else "PostgreSQL"
        print(f"{backend}: {total} participants; {len(people)} people sampled (seed {args.seed}), "
              f"{args.runs} rounds")

        kinds = queries(people)
        started = time.perf_counter()
        lookup(kinds["phone 08..."][0])
        print(f"first call in the process (a phone number: loads its metadata) "
              f"{(time.perf_counter() - started) * 1000:.1f} ms")

        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        found: dict[str, int] = {kind: 0 for kind in kinds}
        for round_ in range(args.runs):
            for kind, texts in kinds.items():
                for text, (nik, _, _) in zip(texts, people):
                    started = time.perf_counter()
                    result = lookup(text)
                    times[kind].append(time.perf_counter() - started)
                    if round_ == 0 and any(p["nik"] == nik for p in result):
                        found[kind] += 1
        everything = [t for values in times.values() for t in values]
        for kind, values in times.items():
            report(kind, values, f"person found {found[kind]}/{len(people)}")
        report("all kinds", everything, "")


def report(kind: str, values: list[float], note: str) -> None:
    median, worst = statistics.median(values) * 1000, max(values) * 1000
    verdict = "ok" if median < TARGET_MS else "SLOW"
    print(f"{kind:28} median {median:6.2f} ms   max {worst:6.2f} ms   "
          f"(target {TARGET_MS:.0f} ms: {verdict})  {note}")


if __name__ == "__main__":
    main()
