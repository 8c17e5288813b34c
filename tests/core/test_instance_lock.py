"""One app per SQLite file: a second one is told who has it open; a crashed app's lock is taken over."""

from __future__ import annotations

import getpass
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from lpks_desktop.core.errors import DatabaseInUse, ReadOnlyDatabase
from lpks_desktop.core.instance_lock import InstanceLock, format_since, info_path_for, lock_path_for

ROOT = Path(__file__).resolve().parents[2]

HOLDER = r"""
import sys
from lpks_desktop.core.instance_lock import InstanceLock
lock = InstanceLock(sys.argv[1])
lock.acquire(user=sys.argv[2] or None)
print("holding", flush=True)
sys.stdin.readline()  # a line: release and exit; SIGKILL: die holding it
lock.release()
print("released", flush=True)
"""

BARE_HOLDER = r"""
import sys, filelock
lock = filelock.FileLock(sys.argv[1] + ".lock")
lock.acquire(blocking=False)  # the lock without the details, as in the moment before they are written
print("holding", flush=True)
sys.stdin.readline()
"""


def _start(script: str, *args: str) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", script, *args], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    line = holder.stdout.readline().strip()
    assert line == "holding", holder.stderr.read()
    return holder


def _stop(holder: subprocess.Popen) -> None:
    if holder.poll() is None:
        holder.stdin.write("\n")
        holder.stdin.flush()
    holder.communicate(timeout=30)


def test_a_second_app_is_told_who_has_the_database_open(tmp_path):
    db_path = tmp_path / "lpks.db"
    holder = _start(HOLDER, str(db_path), "sari")
    try:
        details = json.loads(info_path_for(db_path).read_text(encoding="utf-8"))
        assert details["user"] == "sari" and details["host"] == socket.gethostname()
        assert details["pid"] == holder.pid
        second = InstanceLock(db_path)
        with pytest.raises(DatabaseInUse) as caught:
            second.acquire()
        since = format_since(details["since"])
        assert caught.value.render("id").startswith(
            f"Basis data {db_path} sedang dibuka oleh sari di PC {socket.gethostname()} sejak {since}.")
        assert caught.value.render("en").startswith(
            f"The database {db_path} is open by sari on PC {socket.gethostname()} since {since}.")
        assert caught.value.holder["pid"] == holder.pid
        assert not second.is_held
        # Refusing wrote nothing: the holder's details are still its own.
        assert json.loads(info_path_for(db_path).read_text(encoding="utf-8")) == details
    finally:
        _stop(holder)
    assert not info_path_for(db_path).exists()  # release removed the details
    with InstanceLock(db_path) as third:  # and the file is free again
        assert third.is_held and third.stale_holder is None


def test_a_lock_left_by_a_killed_app_is_cleared_and_taken(tmp_path):
    db_path = tmp_path / "lpks.db"
    holder = _start(HOLDER, str(db_path), "")
    killed_pid = holder.pid
    holder.send_signal(signal.SIGKILL) if hasattr(signal, "SIGKILL") else holder.kill()
    holder.wait(timeout=30)
    assert info_path_for(db_path).exists() and lock_path_for(db_path).exists()  # what the crash left

    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        assert lock.is_held
        assert lock.stale_holder["pid"] == killed_pid and lock.stale_holder["user"] == getpass.getuser()
        details = json.loads(info_path_for(db_path).read_text(encoding="utf-8"))
        assert details["pid"] == os.getpid()
        with pytest.raises(DatabaseInUse):  # and it is really held again
            InstanceLock(db_path).acquire()
    finally:
        lock.release()
    assert not info_path_for(db_path).exists()


def test_a_holder_that_has_not_written_its_details_yet_is_still_refused(tmp_path):
    db_path = tmp_path / "lpks.db"
    holder = _start(BARE_HOLDER, str(db_path))
    try:
        with pytest.raises(DatabaseInUse) as caught:
            InstanceLock(db_path).acquire()
        assert "not recorded" in caught.value.render("en") and "belum tercatat" in caught.value.render("id")
    finally:
        _stop(holder)


def test_two_locks_in_one_process_exclude_each_other_and_the_name_can_change(tmp_path):
    db_path = tmp_path / "lpks.db"
    first = InstanceLock(db_path)
    first.acquire(user="budi")
    try:
        first.acquire()  # taking it again is a no-op
        with pytest.raises(DatabaseInUse, match="budi"):
            InstanceLock(db_path).acquire()
        first.set_user("Siti Rahayu")
        with pytest.raises(DatabaseInUse, match="Siti Rahayu"):
            InstanceLock(db_path).acquire()
    finally:
        first.release()
    first.release()  # twice is harmless


@pytest.mark.skipif(os.name != "posix", reason="chmod and chattr")
def test_a_read_only_folder_is_said_plainly(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        undo = lambda: folder.chmod(0o755)  # noqa: E731
    else:  # an administrator ignores permission bits, not the immutable attribute
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)],
                                                            capture_output=True).returncode != 0:
            pytest.skip("running as root, and chattr +i is not available here")
        undo = lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)  # noqa: E731
    try:
        with pytest.raises(ReadOnlyDatabase) as caught:
            InstanceLock(folder / "lpks.db").acquire()
        assert f"The folder {folder}" in caught.value.render("en")
        assert f"Folder {folder}" in caught.value.render("id")
    finally:
        undo()
