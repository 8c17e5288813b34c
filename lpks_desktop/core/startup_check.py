"""At start-up, before the app writes anything: is the SQLite file still a sound database?

A power cut on a PC without a UPS, a disk going bad or a USB stick pulled out
can leave a damaged file. Opening it normally would write to it (WAL
recovery, a migration, the first save) and may make things worse, so this
check opens it READ-ONLY: a look at the 100-byte header (the signature, a
sane page size, a file not shorter than the header says), then SQLite's
``PRAGMA quick_check`` (every page, the b-trees' structure, the records'
format; not index contents, which ``integrity_check`` would compare at several
times the cost). The main file and its -wal are not written, and no file is
created; only an existing -wal's -shm, the shared-memory index SQLite keeps
beside it, may be.

A damaged file is then set aside by renaming (its bytes untouched, for a
technician or a recovery tool) and the clerk is offered the newest good backup.

What start-up runs: the header check and ``PRAGMA quick_check`` over the whole file, every
time. ``bench/bench_startup_check.py`` measured it (OS cache warm) at 0.3 s for a 10,000-
participant demo (37 MB) and 1.3 s for 100,000 (120 MB); ``integrity_check`` took 1.3 s and
8.1 s, too slow to wait for at every start, for what it adds (index entries matching their rows).
A cold start adds the time to read the file once. Checking only after an unclean close (a -wal
left behind) would be cheaper, but a disk going bad damages a file the app closed cleanly, and
one or two seconds once a day is the price of finding that before a clerk writes into it.
Front ends run it off the GUI thread; it cannot report progress, so show a busy indicator.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from .database import BUSY_TIMEOUT_S, DatabaseLocation, classify_error
from .errors import DatabaseLocationError
from .i18n import Text

HEADER = b"SQLite format 3\x00"
MAX_PROBLEMS = 20
COMPANIONS = ("-wal", "-shm")

DAMAGED = Text(
    "Basis data {where} rusak: {problem}. File itu belum diubah. Sisihkan file yang rusak (isinya tetap "
    "utuh, untuk diperiksa teknisi) lalu pulihkan cadangan terbaru yang masih baik.",
    "The database {where} is damaged: {problem}. The file has not been changed. Set the damaged file "
    "aside (its content stays as it is, for a technician) and restore the newest good backup.",
)

CANNOT_SET_ASIDE = Text(
    "Basis data yang rusak {where} tidak bisa disisihkan menjadi {target} ({detail}). Tutup program lain "
    "yang membukanya (mis. penjelajah file, antivirus), lalu coba lagi.",
    "The damaged database {where} could not be set aside as {target} ({detail}). Close other programs "
    "that have it open (a file browser, an antivirus), then try again.",
)


@dataclass(frozen=True)
class DamageReport:
    """What is wrong with the file. ``problems`` are SQLite's own words (English), for a technician;
    ``text`` is the message for the dialog."""

    path: Path
    problems: tuple[str, ...]
    text: Text = field(compare=False)

    @property
    def summary(self) -> str:
        return self.problems[0] if self.problems else "?"


def _report(path: Path, problems: list[str]) -> DamageReport:
    problems = problems[:MAX_PROBLEMS]
    shown = problems[0] if len(problems) == 1 else f"{problems[0]} (+{len(problems) - 1})"
    return DamageReport(path=path, problems=tuple(problems),
                        text=DAMAGED.format(where=str(path), problem=shown))


def _header_problems(path: Path, size: int, wal_size: int) -> list[str]:
    """The first 100 bytes: readable without SQLite, and they are what a truncation or a file
    overwritten by something else destroys first."""
    if size == 0:
        # SQLite would take an empty file for a new, empty database. A file this app made has a
        # header from its first transaction on, unless that first transaction is still in the
        # -wal: then SQLite reads it from there and quick_check judges.
        return [] if wal_size > 0 else ["the file is empty (0 bytes)"]
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return [f"the file is {size} bytes long, shorter than a database header"]
    if header[:16] != HEADER:
        return ["the file does not start with the SQLite signature"]
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"the header gives an impossible page size ({page_size})"]
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return ["the header gives an unknown file format"]
    change_counter, pages, valid_for = (struct.unpack(">I", header[24:28])[0],
                                        struct.unpack(">I", header[28:32])[0],
                                        struct.unpack(">I", header[92:96])[0])
    # The page count in the header is trusted by SQLite only when written by the same version
    # of the file as the change counter; then a shorter file lost its end. Not with a -wal: a
    # checkpoint cut short may have written the new page 1 before the pages after it, and the
    # WAL still holds them all (quick_check then reads through it).
    if pages and change_counter == valid_for and wal_size == 0 and size < pages * page_size:
        return [f"the file is {size} bytes long but its header says {pages} pages of {page_size} "
                f"bytes ({pages * page_size} bytes): its end is missing"]
    return []


def _read_only_uri(path: Path, *, alone: bool) -> str:
    """A URI so that mode=ro holds even where the flags alone would let SQLite create the file.

    ``alone``: no -wal with content beside it, so the file holds the whole database and is opened
    immutable: SQLite then creates no -wal or -shm either (read-only, it would leave an empty -wal
    and a -shm behind). The caller holds the instance lock, so nobody writes meanwhile.
    """
    posix = Path(path).absolute().as_posix()
    posix = posix if posix.startswith("/") else "/" + posix  # "/C:/..." on Windows
    for char, escaped in (("%", "%25"), ("?", "%3F"), ("#", "%23")):
        posix = posix.replace(char, escaped)
    return "file:" + posix + "?mode=ro" + ("&immutable=1" if alone else "")


def quick_check(location: DatabaseLocation, *, max_problems: int = MAX_PROBLEMS) -> DamageReport | None:
    """None when the SQLite file at ``location`` is sound (or absent: a new one will be made, or is
    a PostgreSQL server, which checks its own pages); otherwise what is wrong. Writes nothing
    to the file or its -wal."""
    if not location.is_sqlite:
        return None
    path = Path(location.path)
    if not path.exists():
        return None
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    problems = _header_problems(path, size, wal_size)
    if problems:
        return _report(path, problems)
    connection = None
    try:
        connection = apsw.Connection(_read_only_uri(path, alone=wal_size == 0),
                                     flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
        connection.set_busy_timeout(int(BUSY_TIMEOUT_S * 1000))
        rows = connection.execute(f"PRAGMA quick_check({int(max_problems)})").fetchall()
        found = [str(row[0]) for row in rows]
        if found != ["ok"]:
            return _report(path, found or ["quick_check returned nothing"])
    except (apsw.CorruptError, apsw.NotADBError, apsw.FormatError, apsw.IOError) as exc:
        # An I/O error while reading counts too: the file cannot be read whole (a bad sector).
        return _report(path, [f"{exc} ({type(exc).__name__})"])
    except apsw.Error as exc:
        explained = classify_error(exc, location)  # busy, unreadable folder: not damage
        if explained is None:
            raise
        raise explained from exc
    finally:
        if connection is not None:
            connection.close()
    return None


def set_aside_damaged(location: DatabaseLocation, *, now: dt.datetime | None = None) -> Path:
    """Rename the file, then its -wal and -shm, to ``<db>.damaged-<time>`` (+ ``-wal``/``-shm``),
    contents untouched; returns the new name of the main file.

    The companions go first: a -wal left under the old name would be replayed into the fresh
    database made there next, which would corrupt it.
    """
    path = Path(location.path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    serial = 1
    while any(target.with_name(target.name + suffix).exists() for suffix in ("",) + COMPANIONS):
        serial += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{serial}")
    try:
        for suffix in COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        if path.exists():
            os.replace(path, target)
    except OSError as exc:
        raise DatabaseLocationError(CANNOT_SET_ASIDE.format(
            where=str(path), target=str(target), detail=exc.strerror or str(exc))) from exc
    return target
