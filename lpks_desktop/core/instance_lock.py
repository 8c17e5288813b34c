"""One LPKS Desktop per SQLite file: an operating-system lock on ``<db>.lock``.

Two apps on one SQLite file do not damage it, but each would make its own
backups, run its own start-up check and set a damaged file aside under the
other's feet; and the clerk at the second PC should be told who has it open.

The lock is the OS's (flock on Linux and macOS, LockFileEx via msvcrt on
Windows, through ``filelock``), so a crashed or killed app holds nothing: the
OS drops the lock with the process, and the next app simply takes it.
filelock opens the lock file without truncating it and leaves it in place on
release; its content is not ours to use, so the holder's details (user, PC,
process, since when) go to a separate small ``<db>.lock-info`` JSON file,
written after the lock is taken and removed on release. A ``.lock-info``
whose lock is free is what a crash left behind: it is read as "last holder"
and replaced.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import logging
import os
import socket
import time
from pathlib import Path

import filelock

from .errors import DatabaseInUse, ReadOnlyDatabase, StorageError
from .i18n import Text

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
INFO_SUFFIX = ".lock-info"
_INFO_WAIT_S = 0.5  # the holder writes its details just after taking the lock


def lock_path_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + LOCK_SUFFIX)


def info_path_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + INFO_SUFFIX)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account); the PC name still helps
        return "?"


def format_since(since: str) -> str:
    """An ISO time from the info file as a clerk reads it: local day-month-year and hour."""
    try:
        moment = dt.datetime.fromisoformat(since)
    except (TypeError, ValueError):
        return str(since or "?")
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d-%m-%Y %H:%M")


IN_USE = Text(
    "Basis data {where} sedang dibuka oleh {user} di PC {host} sejak {time}. Hanya satu aplikasi LPKS "
    "Desktop yang boleh membuka satu file basis data. Tutup aplikasi di PC itu lalu coba lagi; untuk "
    "beberapa PC sekaligus, pakai server PostgreSQL.",
    "The database {where} is open by {user} on PC {host} since {time}. Only one LPKS Desktop may have a "
    "database file open. Close the app on that PC and try again; for several PCs at once, use a "
    "PostgreSQL server.",
)
IN_USE_UNKNOWN = Text(
    "Basis data {where} sedang dibuka oleh aplikasi LPKS Desktop lain (siapa dan di PC mana belum "
    "tercatat). Tutup aplikasi itu lalu coba lagi.",
    "The database {where} is open in another LPKS Desktop (who and on which PC is not recorded yet). "
    "Close that app and try again.",
)
FOLDER_READ_ONLY = Text(
    "Folder {folder} tidak bisa ditulis, sehingga basis data {where} tidak bisa dibuka untuk diubah "
    "({detail}). Pindahkan basis data ke folder yang bisa ditulis atau minta izin menulis.",
    "The folder {folder} cannot be written, so the database {where} cannot be opened for changes "
    "({detail}). Move the database to a folder you can write to or ask for write permission.",
)
LOCK_FAILED = Text(
    "File kunci {lock} untuk basis data {where} tidak bisa dibuat ({detail}). Periksa disk dan folder itu.",
    "The lock file {lock} for the database {where} cannot be created ({detail}). Check that disk and folder.",
)


class InstanceLock:
    """Held by the one app that has ``db_path`` open. ``acquire()`` never waits."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path).absolute()
        self.lock_path = lock_path_for(self.db_path)
        self.info_path = info_path_for(self.db_path)
        # thread_local=False: the GUI may release from another thread than the one that acquired.
        self._lock = filelock.FileLock(str(self.lock_path), thread_local=False)
        self.stale_holder: dict | None = None  # what a crashed app left, found by acquire()
        self.details: dict | None = None

    # -- taking and giving back -------------------------------------------------------------

    def acquire(self, *, user: str | None = None) -> None:
        """Take the lock or raise ``DatabaseInUse`` naming the holder. A lock left by a crashed
        app is free already (the OS released it); its details are kept in ``stale_holder``."""
        if self.is_held:
            return
        try:
            self._lock.acquire(blocking=False)
        except filelock.Timeout:
            raise self._in_use() from None
        except OSError as exc:
            raise self._cannot_lock(exc) from exc
        self.stale_holder = self.holder()
        if self.stale_holder:
            log.info("Took over the lock of %s left by %s", self.db_path, self.stale_holder)
        self.details = {"user": user or _os_user(), "host": socket.gethostname() or "?",
                        "pid": os.getpid(),
                        "since": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        try:
            self._write_info(self.details)
        except OSError:
            # The lock itself protects the file; without the details a second app only says less.
            log.warning("Could not write %s", self.info_path, exc_info=True)

    def set_user(self, user: str) -> None:
        """Name the signed-in person in the details once they are known (sign-in comes after the
        database is opened)."""
        if self.is_held and self.details is not None:
            self.details = {**self.details, "user": user}
            try:
                self._write_info(self.details)
            except OSError:
                log.warning("Could not update %s", self.info_path, exc_info=True)

    def release(self) -> None:
        if not self.is_held:
            return
        try:
            current = self.holder()
            if current is None or current.get("pid") == os.getpid():
                self.info_path.unlink(missing_ok=True)
        except OSError:
            log.warning("Could not remove %s", self.info_path, exc_info=True)
        finally:
            self._lock.release(force=True)
            self.details = None

    @property
    def is_held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    # -- the holder's details -------------------------------------------------------------

    def holder(self) -> dict | None:
        """The details in ``.lock-info`` (user, host, pid, since), or None when absent or unreadable."""
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def _write_info(self, details: dict) -> None:
        # Written beside and renamed over, so a reader never sees half a file.
        temporary = self.info_path.with_name(f"{self.info_path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(details, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.info_path)

    def _in_use(self) -> DatabaseInUse:
        deadline = time.monotonic() + _INFO_WAIT_S
        details = self.holder()
        while details is None and time.monotonic() < deadline:
            time.sleep(0.05)
            details = self.holder()
        where = str(self.db_path)
        if not details:
            return DatabaseInUse(IN_USE_UNKNOWN.format(where=where))
        return DatabaseInUse(IN_USE.format(where=where, user=details.get("user") or "?",
                                           host=details.get("host") or "?",
                                           time=format_since(details.get("since"))), holder=details)

    def _cannot_lock(self, exc: OSError):
        detail = exc.strerror or str(exc)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ReadOnlyDatabase(FOLDER_READ_ONLY.format(folder=str(self.db_path.parent),
                                                            where=str(self.db_path), detail=detail))
        return StorageError(LOCK_FAILED.format(lock=str(self.lock_path), where=str(self.db_path),
                                               detail=detail))
