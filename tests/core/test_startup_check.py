"""The start-up check finds a damaged SQLite file without writing to it, and sets it aside untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import apsw
import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.startup_check import quick_check, set_aside_damaged
from lpks_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
COMPANIONS = ("", "-wal", "-shm")

# Saves, then dies holding its connection: the last commits live only in the -wal.
KILLED_WRITER = r"""
import os, signal, sys
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store
try:
    from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as
    sign_in_as(SYSTEM_ADMIN)
except ImportError:
    pass
store = Store.open(parse_location(sys.argv[1]))
with store.transaction():
    for n in range(int(sys.argv[2])):
        store.save(m.Participant(nik="6311%012d" % (n + 5000), full_name="Di WAL %d" % n, sex="P"))
os.kill(os.getpid(), signal.SIGKILL)
"""


def _signed_in():
    try:
        from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
    except ImportError:
        import contextlib
        return contextlib.nullcontext()
    return signed_in(SYSTEM_ADMIN)


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    """A cleanly closed database of a few hundred participants: several pages per table."""
    path = tmp_path_factory.mktemp("healthy") / "lpks.db"
    store = Store.open(parse_location(str(path)))
    try:
        with _signed_in(), store.transaction():
            for n in range(600):
                store.save(m.Participant(nik="6311%012d" % n, full_name=f"Peserta Nomor {n}", sex="L",
                                         address=f"Jl. Merdeka No. {n} RT 01 RW 02, Paringin"))
    finally:
        store.close()
        m.database.initialize(None)
    assert not Path(str(path) + "-wal").exists()
    return path


def fingerprint(path: Path) -> dict[str, tuple[str, int]]:
    """SHA-256 and mtime (ns) of the file and of its -wal: what "nothing written" means."""
    found = {}
    for suffix in ("", "-wal"):
        part = Path(str(path) + suffix)
        if part.exists():
            found[suffix] = (hashlib.sha256(part.read_bytes()).hexdigest(), part.stat().st_mtime_ns)
    return found


def _copy(source: Path, folder: Path) -> Path:
    folder.mkdir()
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def _checked(path: Path):
    """quick_check, asserting it wrote nothing."""
    before = fingerprint(path)
    report = quick_check(parse_location(str(path)))
    assert fingerprint(path) == before
    return report


def _page_of(path: Path, table: str) -> tuple[int, int]:
    """(page size, root page) of ``table``."""
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        return page_size, root
    finally:
        connection.close()


def test_a_healthy_database_passes(healthy, tmp_path):
    assert _checked(_copy(healthy, tmp_path / "a")) is None


def test_a_healthy_database_with_commits_still_in_its_wal_passes(healthy, tmp_path):
    path = _copy(healthy, tmp_path / "a")
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), "300"], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert Path(str(path) + "-wal").stat().st_size > 0
    assert _checked(path) is None
    # The check read the -wal: the commits are there once the database is opened.
    connection = apsw.Connection(str(path))
    assert connection.execute("SELECT COUNT(*) FROM participant").fetchone()[0] == 900
    connection.close()


def test_a_new_database_whose_first_commits_are_only_in_the_wal_passes(tmp_path):
    path = tmp_path / "fresh.db"
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), "5"], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert _checked(path) is None


def test_no_file_yet_and_postgresql_are_not_checked(tmp_path):
    assert quick_check(parse_location(str(tmp_path / "none.db"))) is None
    assert not (tmp_path / "none.db").exists()
    assert quick_check(parse_location("postgresql://lpks@server/lpks")) is None


def _flip(data: bytearray, start: int, count: int) -> None:
    for offset in range(start, start + count):
        data[offset] ^= 0xFF


def _damage(healthy: Path, how: str) -> bytes:
    data = bytearray(healthy.read_bytes())
    page_size, root = _page_of(healthy, "participant")
    if how == "flipped page header":  # the b-tree page's type, cell count and first cells
        _flip(data, (root - 1) * page_size, 24)
    elif how == "flipped bytes inside a page":  # cell pointers and cells of a leaf under the root
        rng = random.Random(8)
        for _ in range(16):
            data[(root - 1) * page_size + page_size + rng.randrange(page_size)] ^= 0xFF
    elif how == "zeroed page":
        data[(root - 1) * page_size:root * page_size] = bytes(page_size)
    elif how == "half the file":
        data = data[:len(data) // 2]
    elif how == "header only":
        data = data[:100]
    elif how == "zero bytes":
        data = bytearray()
    elif how == "random bytes":
        data = bytearray(random.Random(3).randbytes(len(data)))
    elif how == "another kind of file":
        data = bytearray(b"Nama;NIK\nBudi;6311010101010001\n" * 200)
    elif how == "flipped signature":
        _flip(data, 0, 4)
    else:
        raise AssertionError(how)
    return bytes(data)


@pytest.mark.parametrize("how", [
    "flipped page header", "flipped bytes inside a page", "zeroed page", "half the file", "header only",
    "zero bytes", "random bytes", "another kind of file", "flipped signature"])
def test_damage_is_found_and_nothing_is_written(healthy, tmp_path, how):
    path = tmp_path / "lpks.db"
    path.write_bytes(_damage(healthy, how))
    report = _checked(path)
    assert report is not None, how
    assert report.path == path and report.problems
    assert str(path) in report.text.render("id") and str(path) in report.text.render("en")
    assert "rusak" in report.text.render("id") and "damaged" in report.text.render("en")
    assert not Path(str(path) + "-wal").exists() and not Path(str(path) + "-shm").exists()


def test_the_report_is_bounded(healthy, tmp_path):
    path = tmp_path / "lpks.db"
    data = bytearray(healthy.read_bytes())
    page_size, _ = _page_of(healthy, "participant")
    for page in range(2, len(data) // page_size, 2):  # every other page ruined
        _flip(data, (page - 1) * page_size, 64)
    path.write_bytes(bytes(data))
    report = quick_check(parse_location(str(path)), max_problems=5)
    assert report is not None and 1 <= len(report.problems) <= 5


def test_set_aside_renames_the_file_and_its_companions_untouched(healthy, tmp_path):
    path = _copy(healthy, tmp_path / "a")
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), "50"], capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=120)
    contents = {suffix: Path(str(path) + suffix).read_bytes() for suffix in COMPANIONS}
    assert all(contents.values())
    when = dt.datetime(2026, 11, 28, 7, 30, 5)

    kept = set_aside_damaged(parse_location(str(path)), now=when)

    assert kept == path.with_name("lpks.db.damaged-20261128-073005")
    for suffix, content in contents.items():
        assert not Path(str(path) + suffix).exists()
        assert Path(str(kept) + suffix).read_bytes() == content
    # Another damaged file in the same second keeps the first one.
    path.write_bytes(b"not a database")
    again = set_aside_damaged(parse_location(str(path)), now=when)
    assert again != kept and again.read_bytes() == b"not a database" and kept.exists()
