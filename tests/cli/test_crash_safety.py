"""A power cut (SIGKILL) at any moment of a bulk write leaves a database that passes the check."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lpks_desktop", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "LPKS_LANG": "en"})


def test_sigkill_during_demo_never_leaves_a_damaged_or_half_filled_database(tmp_path):
    rng = random.Random(20261128)
    # Calibrate: how long a whole run takes here, so the kills land across all of it.
    calibration = tmp_path / "calibrate.db"
    started = time.perf_counter()
    assert _cli("--db", str(calibration), "demo", "--participants", "2000").wait(timeout=300) == 0
    full_run = time.perf_counter() - started

    outcomes = []
    for attempt in range(6):
        path = tmp_path / f"killed-{attempt}.db"
        process = _cli("--db", str(path), "demo", "--participants", "2000")
        time.sleep(rng.uniform(0.05, full_run * 0.95))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

        check = _cli("--db", str(path), "check", "--json")
        out, err = check.communicate(timeout=120)
        if not path.exists():
            outcomes.append("not created")
            continue
        assert check.returncode == 0, (attempt, out, err)
        report = json.loads(out)
        assert report["ok"], report["problems"]
        counts = report["counts"]
        # All or nothing: either the complete demo or no records at all.
        assert counts.get("participant", 0) in (0, 2000), counts
        outcomes.append("complete" if counts.get("participant") else "empty")

        # And the survivor is usable: the demo can be loaded into an empty one.
        if not counts.get("participant"):
            assert _cli("--db", str(path), "demo", "--participants", "50").wait(timeout=120) == 0
    assert "empty" in outcomes, outcomes  # at least one kill landed mid-write
