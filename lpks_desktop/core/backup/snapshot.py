"""Copying a live SQLite database through the online backup API.

The copy is read from the open store's own connection inside one read
transaction: in WAL mode other connections keep writing meanwhile, and the
copy is the database exactly as it was when the transaction began (without
it, every write elsewhere would restart the copy from the first page).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Callable

import apsw
import peewee

STEP_PAGES = 1024


class Cancelled(Exception):
    """The user pressed Cancel; nothing was kept."""


class CopyDamaged(Exception):
    """The copy failed its integrity check: the source database is damaged."""


def _as_os_error(exc: Exception, destination: apsw.Connection, target: Path) -> Exception:
    """SQLite reports a failed write as a bare I/O error; the OS's errno tells a full disk apart.

    A write cut short without an errno is what a disk that fills mid-write (or a
    file-size limit) produces, so it counts as full too.
    """
    code = destination.system_errno
    if not code and (isinstance(exc, apsw.FullError)
                     or getattr(exc, "extendedresult", None) == apsw.SQLITE_IOERR_WRITE):
        code = errno.ENOSPC
    if code:
        return OSError(code, os.strerror(code), str(target))
    return exc


def copy_sqlite(db: peewee.Database, target: Path, *, before_copy: Callable[[], None] | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Write a consistent copy of ``db`` to the new file ``target``, checked and self-contained.

    ``before_copy`` runs inside the read transaction the copy is taken from, so
    whatever it reads describes exactly the copied state.
    """
    was_closed = db.is_closed()
    source = db.connection()
    destination = apsw.Connection(str(target))
    began = False
    try:
        if not source.in_transaction:
            source.execute("BEGIN DEFERRED")
            began = True
        # Starts the read transaction now: the snapshot is fixed from here on.
        source.execute("SELECT COUNT(*) FROM sqlite_schema").fetchall()
        if before_copy:
            before_copy()
        with destination.backup("main", source, "main") as backup:
            while not backup.done:
                try:
                    backup.step(STEP_PAGES)
                except (apsw.IOError, apsw.FullError) as exc:
                    raise _as_os_error(exc, destination, target) from exc
                except (apsw.CorruptError, apsw.NotADBError) as exc:
                    raise CopyDamaged(str(exc)) from exc
                if progress and backup.page_count:
                    progress(backup.page_count - backup.remaining, backup.page_count)
                if cancelled and cancelled():
                    raise Cancelled()
    finally:
        if began:
            source.execute("ROLLBACK")
        if was_closed:
            db.close()
    try:
        # One file, no -wal beside it: a backup is carried around and copied as a single file.
        try:
            destination.execute("PRAGMA journal_mode=DELETE").fetchall()
            rows = destination.execute("PRAGMA integrity_check(5)").fetchall()
        except (apsw.IOError, apsw.FullError) as exc:
            raise _as_os_error(exc, destination, target) from exc
        except (apsw.CorruptError, apsw.NotADBError) as exc:
            raise CopyDamaged(str(exc)) from exc
        if [r[0] for r in rows] != ["ok"]:
            raise CopyDamaged("; ".join(str(r[0]) for r in rows))
    finally:
        destination.close()
