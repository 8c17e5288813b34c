"""Running ``child_ops.py`` in a child process and killing it at a chosen moment.

The child says READY when its imports are done, so a kill moment counts from the start of
the operation itself, not from the interpreter starting.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

CHILD = Path(__file__).with_name("child_ops.py")
KILLS = 30  # kill moments per operation, as the issue asks
KILL_SEED = 20261129


@dataclass
class ChildRun:
    returncode: int | None
    lines: list[str]
    stderr: str
    killed: bool

    def _tagged(self, tag: str) -> dict | None:
        for line in self.lines:
            if line.startswith(tag + " "):
                return json.loads(line[len(tag) + 1:])
        return None

    @property
    def done(self) -> dict | None:
        return self._tagged("DONE")

    @property
    def refused(self) -> dict | None:
        return self._tagged("REFUSED")

    def describe(self) -> str:
        return f"exit {self.returncode}, killed={self.killed}, out={self.lines!r}, err={self.stderr[-3000:]}"


def child_env(home: Path, extra: dict | None = None) -> dict:
    """The child's environment: its per-user folders (logs, default backups) under ``home``."""
    env = {**os.environ, "LPKS_LANG": "en", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}
    env.update(extra or {})
    return env


def start(operation: str, *args: str, home: Path, env: dict | None = None) -> subprocess.Popen:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([sys.executable, str(CHILD), operation, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=open(home / "child-stderr.txt", "wb"),
                            text=True, env=child_env(home, env))


def wait_ready(process: subprocess.Popen, home: Path) -> list[str]:
    lines = []
    while True:
        line = process.stdout.readline()
        if not line:
            process.wait(timeout=60)
            raise AssertionError(f"the child ended before it was ready: {lines!r} "
                                 f"{(home / 'child-stderr.txt').read_text(errors='replace')[-3000:]}")
        lines.append(line.rstrip("\n"))
        if line.startswith("READY"):
            return lines


def _finish(process: subprocess.Popen, lines: list[str], home: Path, killed: bool,
            timeout: float = 300) -> ChildRun:
    out, _ = process.communicate(timeout=timeout)
    lines += [line for line in out.splitlines() if line]
    stderr = (home / "child-stderr.txt").read_text(errors="replace")
    return ChildRun(process.returncode, lines, stderr, killed)


def run_to_end(operation: str, *args: str, home: Path, env: dict | None = None) -> tuple[ChildRun, float]:
    """A full run; returns it and the seconds from READY to the end (the kill window)."""
    process = start(operation, *args, home=home, env=env)
    lines = wait_ready(process, home)
    started = time.perf_counter()
    run = _finish(process, lines, home, killed=False)
    return run, time.perf_counter() - started


def kill_at(operation: str, *args: str, delay: float, home: Path, env: dict | None = None) -> ChildRun:
    """Start the operation, SIGKILL it ``delay`` seconds after READY (unless it ended first)."""
    process = start(operation, *args, home=home, env=env)
    lines = wait_ready(process, home)
    time.sleep(delay)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    return _finish(process, lines, home, killed)


def kill_delay(index: int, seconds: float, kills: int = KILLS) -> float:
    """Kill moment ``index`` of ``kills``: one seeded random moment in each of ``kills`` equal
    slices of the measured run, so together they cover it from just after the start to just
    before the end."""
    fraction = (index + random.Random(KILL_SEED + index).random()) / kills
    return fraction * seconds


def kill_when(operation: str, *args: str, appears: Path, pattern: str, home: Path,
              env: dict | None = None, timeout: float = 60) -> ChildRun:
    """Start the operation and SIGKILL it as soon as a file matching ``pattern`` shows in the
    folder ``appears``: a kill aimed at the moment that file is being written."""
    process = start(operation, *args, home=home, env=env)
    lines = wait_ready(process, home)
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline and not any(appears.glob(pattern)):
        time.sleep(0.0005)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    return _finish(process, lines, home, killed)
