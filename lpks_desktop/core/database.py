"""Choosing, opening and configuring the database.

The database is a SQLite file on this PC (the default) or a PostgreSQL server
shared by several PCs on the LAN. SQLite comes from apsw, which carries its
own SQLite: the one bundled with CPython predates the fix (3.51.3) for WAL
corruption when two connections write or checkpoint at the same moment, and
the GUI's worker threads each hold a connection.
"""

from __future__ import annotations

import errno
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import apsw
import peewee
from playhouse.apsw_ext import APSWDatabase

from . import paths
from .errors import (DatabaseBusy, DatabaseDamagedError, DatabaseLocationError, DiskFull, ReadOnlyDatabase,
                     StorageError, UserError)
from .i18n import Text
from .network_paths import is_network_path

log = logging.getLogger(__name__)

ENV_VAR = "LPKS_DB"
MIN_SQLITE = (3, 51, 3)

# Why FULL and not NORMAL: in WAL mode NORMAL may lose the last committed
# transactions on a power cut. Clerks' PCs lose power; a saved form must stay
# saved. The cost is one extra fsync per commit, unnoticeable for a person typing.
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 10_000),
    ("cache_size", -16_000),  # 16 MB: lists of 100,000 participants stay in memory
)
BUSY_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the data lives: a SQLite file, or a PostgreSQL server and database."""

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    host: str = ""
    port: int | None = None
    user: str = ""
    password: str = field(default="", repr=False)
    dbname: str = ""
    options: tuple[tuple[str, str], ...] = ()

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    def display(self) -> str:
        """For the status bar and messages: never shows the password."""
        if self.is_sqlite:
            return str(self.path)
        who = f"{self.user}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        return f"postgresql://{who}{self.host or 'localhost'}{port}/{self.dbname}"


def _location_error(id_text: str, en_text: str, **params) -> DatabaseLocationError:
    return DatabaseLocationError(Text(id_text, en_text, params))


def _sqlite_location(raw_path: str, *, create_parent: bool = False) -> DatabaseLocation:
    if is_network_path(raw_path):
        raise _location_error(
            "Basis data {path} berada di folder jaringan. File SQLite di folder bersama bisa rusak "
            "bila dua PC menulis bersamaan. Untuk beberapa PC, pakai server PostgreSQL "
            "(--db postgresql://pengguna@server/lpks); untuk satu PC, simpan file di disk lokal.",
            "The database {path} is in a network folder. A SQLite file in a shared folder can be "
            "damaged when two PCs write at once. For several PCs use a PostgreSQL server "
            "(--db postgresql://user@server/lpks); for one PC keep the file on a local disk.",
            path=raw_path,
        )
    path = Path(raw_path).expanduser().absolute()
    if path.is_dir():
        raise _location_error(
            "{path} adalah folder, bukan file basis data. Sebutkan nama file, misalnya {path}/lpks.db.",
            "{path} is a folder, not a database file. Name a file, for example {path}/lpks.db.",
            path=str(path),
        )
    if not path.parent.exists():
        if not create_parent:
            raise _location_error(
                "Folder {folder} tidak ada. Buat folder itu dulu atau pilih lokasi lain.",
                "The folder {folder} does not exist. Create it first or choose another location.",
                folder=str(path.parent),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    return DatabaseLocation(kind="sqlite", path=path)


def parse_location(target: str, *, create_parent: bool = False) -> DatabaseLocation:
    """Parse ``--db``: a file path, ``sqlite:///path`` or ``postgresql://user@host/db``."""
    target = target.strip()
    if not target:
        raise _location_error("Lokasi basis data kosong.", "The database location is empty.")
    scheme = target.split("://", 1)[0].lower() if "://" in target else ""
    if scheme == "sqlite":
        rest = target.split("://", 1)[1]
        if not rest.startswith("/"):
            raise _location_error(
                "URL SQLite harus berbentuk sqlite:///jalur/ke/file.db, bukan {url}.",
                "A SQLite URL looks like sqlite:///path/to/file.db, not {url}.",
                url=target,
            )
        # As in other tools' URLs: sqlite:///lpks.db is relative, sqlite:////home/x/lpks.db
        # absolute on Linux, sqlite:///C:/Data/lpks.db a Windows drive.
        path = unquote(rest[1:])
        return _sqlite_location(path, create_parent=create_parent)
    if scheme in ("postgresql", "postgres"):
        parts = urlsplit(target)
        dbname = unquote(parts.path.lstrip("/"))
        if not dbname:
            raise _location_error(
                "URL PostgreSQL tanpa nama basis data: {url}. Contoh: postgresql://lpks@server/lpks.",
                "The PostgreSQL URL names no database: {url}. Example: postgresql://lpks@server/lpks.",
                url=target,
            )
        try:
            port = parts.port
        except ValueError:
            raise _location_error(
                "Nomor port pada {url} tidak sah.", "The port number in {url} is not valid.", url=target
            ) from None
        return DatabaseLocation(
            kind="postgresql",
            host=parts.hostname or "",
            port=port,
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
            dbname=dbname,
            options=tuple(parse_qsl(parts.query)),
        )
    if scheme:
        raise _location_error(
            "Jenis basis data {scheme} tidak dikenal. Pakai jalur file, sqlite:///... atau postgresql://...",
            "Unknown database type {scheme}. Use a file path, sqlite:///... or postgresql://...",
            scheme=scheme,
        )
    return _sqlite_location(target, create_parent=create_parent)


def resolve_location(cli_value: str | None = None, environ=None) -> DatabaseLocation:
    """``--db``, else ``LPKS_DB``, else the per-user data folder."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return parse_location(cli_value)
    if environ.get(ENV_VAR, "").strip():
        return parse_location(environ[ENV_VAR])
    return parse_location(str(paths.default_database_path()), create_parent=True)


def sqlite_version() -> tuple[int, ...]:
    return tuple(int(part) for part in apsw.sqlite_lib_version().split("."))


# -- the environment's failures ---------------------------------------------------------------
# One classification for every path: statements, BEGIN and COMMIT of both database classes
# below raise its result in place of the driver's error, and opening.explain_database_error
# (start-up, the crash hook) asks it too.

# SQLite primary result codes (the low byte of an extended code).
# Not SQLITE_LOCKED (6): a conflict inside one connection (a table dropped under an open
# cursor), a bug rather than another program holding the file.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_READONLY = 3, 5, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26
# An I/O error is a full disk when the OS says so: ENOSPC comes back from SQLite as SQLITE_FULL,
# but a file-size limit (EFBIG: a FAT32 USB stick's 4 GB, a quota) as SQLITE_IOERR_WRITE.
_FULL_ERRNOS = frozenset(e for e in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if e)
_READ_ONLY_ERRNOS = frozenset((errno.EROFS, errno.EACCES, errno.EPERM))
# PostgreSQL SQLSTATEs.
_PG_DISK_FULL = {"53100"}
_PG_BUSY = {"55P03", "40P01", "55006"}  # lock_not_available, deadlock_detected, object_in_use
_PG_READ_ONLY = {"25006"}  # read_only_sql_transaction (a standby server, a read-only user setting)
_PG_IO_ERROR = {"58030"}
_PG_DAMAGED = {"XX001", "XX002"}


def _causes(exc: BaseException):
    """``exc`` and what it wraps: peewee keeps the driver's error as ``orig``, and a failed
    clean-up (ROLLBACK after a full disk) keeps the real failure as its context."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen or len(seen) > 20:
            continue
        seen.add(id(current))
        yield current
        todo.extend(arg for arg in current.args[:1] if isinstance(arg, BaseException))
        todo.extend((getattr(current, "orig", None), current.__cause__, current.__context__))


def disk_of(path: Path) -> str:
    """The disk holding ``path`` as a clerk knows it: the drive ("D:\\") on Windows, the mount
    point elsewhere."""
    path = Path(path).absolute()
    drive = os.path.splitdrive(str(path))[0]
    if drive:
        return drive + "\\" if len(drive) == 2 else drive
    current = path if path.exists() else path.parent
    while not os.path.ismount(current) and current.parent != current:
        current = current.parent
    return str(current)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _disk_full(location: DatabaseLocation) -> DiskFull:
    if location.is_sqlite:
        disk = disk_of(location.path)
        return DiskFull(Text(
            "Disk {disk} penuh, sehingga perubahan pada basis data {where} tidak bisa disimpan. Tidak ada "
            "yang tersimpan setengah jalan: perubahan ini dibatalkan seluruhnya. Kosongkan ruang di disk "
            "{disk} (hapus atau pindahkan file yang tidak diperlukan), lalu ulangi.",
            "The disk {disk} is full, so the change to the database {where} could not be saved. Nothing "
            "was half-written: the whole change was undone. Free some space on the disk {disk} (delete "
            "or move files you do not need), then try again.",
            {"disk": disk, "where": location.display()}), disk=disk)
    disk = f"server {location.host or 'localhost'}"
    return DiskFull(Text(
        "Disk pada server basis data {host} penuh, sehingga perubahan pada {where} tidak bisa disimpan. "
        "Tidak ada yang tersimpan setengah jalan: perubahan ini dibatalkan seluruhnya. Minta pengelola "
        "server mengosongkan ruang disk, lalu ulangi.",
        "The disk of the database server {host} is full, so the change to {where} could not be saved. "
        "Nothing was half-written: the whole change was undone. Ask whoever runs the server to free "
        "some disk space, then try again.",
        {"host": location.host or "localhost", "where": location.display()}), disk=disk)


def _busy(location: DatabaseLocation, wait_s: float | None) -> DatabaseBusy:
    seconds = f"{wait_s:g}" if wait_s is not None else f"{BUSY_TIMEOUT_S:g}"
    return DatabaseBusy(Text(
        "Basis data {where} sedang dipakai program atau PC lain lebih dari {seconds} detik, sehingga "
        "perubahan ini tidak disimpan (tidak ada yang berubah). Tunggu sebentar lalu coba lagi; bila "
        "terus terjadi, tutup program lain yang membuka basis data itu.",
        "The database {where} has been busy in another program or PC for more than {seconds} seconds, "
        "so this change was not saved (nothing changed). Wait a moment and try again; if it keeps "
        "happening, close the other program that has the database open.",
        {"where": location.display(), "seconds": seconds}))


def _folder_read_only(path: Path) -> bool:
    return path.parent.exists() and not os.access(path.parent, os.W_OK)


def _read_only(location: DatabaseLocation, detail: str) -> ReadOnlyDatabase:
    where = location.display()
    if not location.is_sqlite:
        return ReadOnlyDatabase(Text(
            "Server basis data {where} hanya mengizinkan membaca ({detail}); tidak ada yang disimpan atau "
            "diubah. Mungkin ini server cadangan (standby) atau akun ini hanya boleh membaca. Hubungi "
            "pengelola server.",
            "The database server {where} only allows reading ({detail}); nothing was saved or changed. It "
            "may be a standby server, or this account may only read. Contact whoever runs the server.",
            {"where": where, "detail": detail}))
    path = location.path
    if path.exists() and not os.access(path, os.W_OK):
        return ReadOnlyDatabase(Text(
            "File basis data {where} hanya bisa dibaca (read-only): LPKS Desktop tidak bisa menyimpan apa "
            "pun ke file itu, dan tidak ada yang diubah. Hilangkan tanda read-only pada file itu "
            "(Properti file) atau salin ke folder yang bisa ditulis, lalu buka lagi.",
            "The database file {where} is read-only: LPKS Desktop cannot save anything to it, and nothing "
            "was changed. Clear the file's read-only mark (file Properties) or copy it to a folder you "
            "can write to, then open it again.",
            {"where": where}))
    return ReadOnlyDatabase(Text(
        "Folder {folder} (atau disknya) tidak bisa ditulis, sehingga LPKS Desktop tidak bisa menyimpan ke "
        "basis data {where}; tidak ada yang diubah. SQLite perlu menulis file pendamping di folder itu. "
        "Pindahkan basis data ke folder yang bisa ditulis atau minta izin menulis, lalu buka lagi. ({detail})",
        "The folder {folder} (or its disk) cannot be written, so LPKS Desktop cannot save to the database "
        "{where}; nothing was changed. SQLite needs to write companion files in that folder. Move the "
        "database to a folder you can write to or ask for write permission, then open it again. ({detail})",
        {"folder": str(path.parent), "where": where, "detail": detail}))


def _storage(location: DatabaseLocation, detail: str) -> StorageError:
    disk = disk_of(location.path) if location.is_sqlite else f"server {location.host or 'localhost'}"
    return StorageError(Text(
        "Disk {disk} melaporkan kesalahan saat membaca atau menulis basis data {where} ({detail}). "
        "Perubahan terakhir tidak disimpan. Periksa disk itu (flashdisk tercabut? kabel lepas?), lalu "
        "buka lagi aplikasinya.",
        "The disk {disk} reported an error while reading or writing the database {where} ({detail}). "
        "The last change was not saved. Check that disk (a USB stick pulled out? a loose cable?), then "
        "open the app again.",
        {"disk": disk, "where": location.display(), "detail": detail}))


def _damaged(location: DatabaseLocation, detail: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(Text(
        "File {where} bukan basis data yang utuh ({detail}). Jangan menimpanya; pulihkan dari cadangan.",
        "The file {where} is not an intact database ({detail}). Do not overwrite it; restore a backup.",
        {"where": location.display(), "detail": detail}))


def _cannot_open(location: DatabaseLocation, detail: str) -> DatabaseLocationError:
    return DatabaseLocationError(Text(
        "Basis data {where} tidak bisa dibuka atau ditulis ({detail}). Periksa izin folder itu.",
        "The database {where} cannot be opened or written ({detail}). Check that folder's permissions.",
        {"where": location.display(), "detail": detail}))


def _from_sqlite(error: apsw.Error, location, wait_s) -> UserError | None:
    code = getattr(error, "extendedresult", None) or getattr(error, "result", None)
    if code is None:
        return None
    primary, detail = code & 0xFF, _first_line(error)
    os_error = getattr(error, "system_errno", None)
    if primary == _SQLITE_FULL or (primary == _SQLITE_IOERR and os_error in _FULL_ERRNOS):
        return _disk_full(location)
    if primary == _SQLITE_BUSY:
        return _busy(location, wait_s)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM) or (primary == _SQLITE_IOERR and os_error in _READ_ONLY_ERRNOS):
        return _read_only(location, detail)
    if primary == _SQLITE_IOERR:
        return _storage(location, detail)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _damaged(location, detail)
    if primary == _SQLITE_CANTOPEN:
        # In WAL mode SQLite must create the -wal and -shm beside the file: a read-only folder
        # shows up as "unable to open".
        if location.path.exists() and (_folder_read_only(location.path)
                                       or not os.access(location.path, os.W_OK)):
            return _read_only(location, detail)
        return _cannot_open(location, detail)
    return None


def _from_postgres(error: BaseException, location, wait_s) -> UserError | None:
    code, detail = getattr(error, "pgcode", None), _first_line(error)
    lowered = detail.lower()
    if code in _PG_DISK_FULL or "no space left on device" in lowered or "could not extend file" in lowered:
        return _disk_full(location)
    if code in _PG_BUSY:
        return _busy(location, wait_s)
    if code in _PG_READ_ONLY:
        return _read_only(location, detail)
    if code in _PG_IO_ERROR:
        return _storage(location, detail)
    if code in _PG_DAMAGED:
        return _damaged(location, detail)
    return None


def _from_text(exc: BaseException, location, wait_s) -> UserError | None:
    """An error without a driver's code (raised by hand, or from a driver we do not know)."""
    detail = _first_line(exc)
    lowered = detail.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return _damaged(location, detail)
    if "disk is full" in lowered or "no space left" in lowered or "could not extend file" in lowered:
        return _disk_full(location)
    if "database is locked" in lowered or "busy" in lowered:
        return _busy(location, wait_s)
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return _read_only(location, detail)
    if "unable to open" in lowered or "cantopen" in lowered or "permission" in lowered:
        return _cannot_open(location, detail)
    return None


def classify_error(exc: BaseException, location: DatabaseLocation, *,
                   wait_s: float | None = None) -> UserError | None:
    """The user's environment behind ``exc`` (full disk, busy, read-only, damaged, unreadable disk),
    as a message naming ``location``; None when ``exc`` is not one of those (a bug, a constraint).

    Looks through the chain, so a ROLLBACK that failed after a full disk ("cannot rollback - no
    transaction is active", "no such savepoint") still shows the full disk.
    """
    if isinstance(exc, UserError):
        return exc
    drivers = [e for e in _causes(exc) if isinstance(e, apsw.Error) or hasattr(e, "pgcode")]
    for error in drivers:
        found = (_from_sqlite(error, location, wait_s) if isinstance(error, apsw.Error)
                 else _from_postgres(error, location, wait_s))
        if found is not None:
            return found
    if drivers:
        return None  # the driver said what it was, and it is not the environment
    for error in _causes(exc):
        if isinstance(error, UserError):
            return error
        if isinstance(error, (peewee.DatabaseError, apsw.Error)):
            found = _from_text(error, location, wait_s)
            if found is not None:
                return found
    return None


# -- transactions that keep the real failure ---------------------------------------------------

class _Transaction(peewee._transaction):
    """peewee's outermost transaction, except that a failing clean-up never hides the failure.

    On a full disk or an I/O error SQLite rolls the transaction back itself; peewee's own ROLLBACK
    then fails and its error replaced the real one. Here the rollback is skipped when nothing is
    left to roll back, and a rollback that fails anyway is logged, not raised.
    """

    def __exit__(self, exc_type, exc_val, exc_tb):
        depth = self.db.transaction_depth()
        self.db.pop_transaction()
        if depth != 1:
            return None
        if exc_type is not None:
            # Statements run through db.cursor() (executemany) bypass execute_sql: their driver
            # errors are explained here, before the rollback can touch the connection's state.
            explained = None
            if isinstance(exc_val, (peewee.DatabaseError, apsw.Error)):
                explained = self.db._environment_error(exc_val)
            self.db.roll_back_after(exc_val)
            if explained is not None and explained is not exc_val:
                raise explained from exc_val
            return None
        try:
            self.commit(False)
        except BaseException as failure:
            self.db.roll_back_after(failure)
            raise
        return None


class _Savepoint(peewee._savepoint):
    def __exit__(self, exc_type, exc_val, exc_tb):
        if exc_type is None:
            try:
                self.commit(begin=False)
                return None
            except BaseException as failure:
                self._undo(failure)
                raise
        self._undo(exc_val)
        return None

    def _undo(self, failure: BaseException) -> None:
        if not self.db.transaction_is_open():
            return  # the whole transaction already ended; the outer block reports the failure
        try:
            self.rollback(begin=False)
        except Exception:
            log.warning("Rolling back to a savepoint failed after %r", failure, exc_info=True)


class _EnvironmentAware:
    """Shared by both database classes: statements, BEGIN and COMMIT raise ``classify_error``'s
    UserError in place of the driver's error, once, here, so every service benefits."""

    location: DatabaseLocation
    wait_s: float | None = None

    def _environment_error(self, exc: BaseException) -> UserError | None:
        self._note_os_error(exc)
        return classify_error(exc, self.location, wait_s=self.wait_s)

    def _note_os_error(self, exc: BaseException) -> None:
        """Hook: SQLite keeps the OS error of the last I/O failure on the connection only."""

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except peewee.DatabaseError as exc:
            explained = self._environment_error(exc)
            if explained is None:
                raise
            raise explained from exc

    def begin(self, *args, **kwargs):
        try:
            return super().begin(*args, **kwargs)
        except peewee.DatabaseError as exc:
            explained = self._environment_error(exc)
            if explained is None:
                raise
            raise explained from exc

    def commit(self):
        try:
            return super().commit()
        except peewee.DatabaseError as exc:
            explained = self._environment_error(exc)
            if explained is None:
                raise
            raise explained from exc

    def transaction(self, *args, **kwargs):
        return _Transaction(self, *args, **kwargs)

    def savepoint(self):
        return _Savepoint(self)

    def transaction_is_open(self) -> bool:
        raise NotImplementedError

    def roll_back_after(self, failure: BaseException | None) -> None:
        """Roll back after ``failure`` without ever raising over it."""
        try:
            if self.transaction_is_open():
                self.rollback()
            self._clear_commit_callbacks()
        except Exception:
            log.warning("Rollback failed after %r", failure, exc_info=True)
            if self.transaction_is_open():
                # Closing drops what the transaction wrote (SQLite and PostgreSQL both discard an
                # uncommitted transaction with its connection); the next statement reconnects.
                try:
                    self.close()
                except Exception:
                    log.warning("Closing the connection after a failed rollback failed", exc_info=True)


class LpksSqliteDatabase(_EnvironmentAware, APSWDatabase):
    """apsw-backed SQLite with the product's pragmas applied to every connection."""

    def __init__(self, path: str, *, location: DatabaseLocation | None = None, **kwargs):
        timeout = kwargs.setdefault("timeout", BUSY_TIMEOUT_S)
        # The busy_timeout pragma runs after apsw's setbusytimeout and would override it.
        pragmas = [(name, value) for name, value in kwargs.get("pragmas", SQLITE_PRAGMAS)
                   if name != "busy_timeout"]
        kwargs["pragmas"] = tuple(pragmas) + (("busy_timeout", int(timeout * 1000)),)
        super().__init__(path, **kwargs)
        self.location = location or DatabaseLocation(kind="sqlite", path=Path(path))
        self.wait_s = timeout

    def write_transaction(self):
        # IMMEDIATE takes the write lock up front: a deferred transaction that
        # later needs to write can fail with SQLITE_BUSY despite the busy timeout.
        return self.atomic("IMMEDIATE")

    def transaction_is_open(self) -> bool:
        conn = self._state.conn
        return conn is not None and not self.is_closed() and not conn.getautocommit()

    def _note_os_error(self, exc: BaseException) -> None:
        conn = self._state.conn
        if conn is None or self.is_closed():
            return
        try:
            os_error = conn.system_errno
        except apsw.Error:
            return
        for error in _causes(exc):
            if isinstance(error, apsw.Error) and not hasattr(error, "system_errno"):
                error.system_errno = os_error


class LpksPostgresDatabase(_EnvironmentAware, peewee.PostgresqlDatabase):
    def __init__(self, database, *, location: DatabaseLocation | None = None, timeout: float | None = None,
                 **kwargs):
        super().__init__(database, **kwargs)
        self.location = location or DatabaseLocation(kind="postgresql", dbname=str(database),
                                                     host=kwargs.get("host", ""))
        self.wait_s = timeout

    def write_transaction(self):
        return self.atomic()

    def transaction_is_open(self) -> bool:
        conn = self._state.conn
        if conn is None or self.is_closed():
            return False
        try:
            return conn.info.transaction_status != 0  # 0: idle, outside a transaction
        except Exception:
            return False

def make_database(location: DatabaseLocation, *, busy_timeout_s: float = BUSY_TIMEOUT_S) -> peewee.Database:
    """A configured, not yet connected database for ``location``.

    ``busy_timeout_s``: how long a statement waits for another program's or PC's
    lock before ``DatabaseBusy`` (SQLite busy timeout, PostgreSQL lock_timeout).
    """
    if location.is_sqlite:
        if sqlite_version() < MIN_SQLITE:  # guards a packaging mistake, not user input
            raise RuntimeError(f"SQLite {apsw.sqlite_lib_version()} is older than {MIN_SQLITE}")
        return LpksSqliteDatabase(str(location.path), timeout=busy_timeout_s, location=location)
    params: dict = {"host": location.host or None, "port": location.port, "user": location.user or None,
                    "password": location.password or None, "connect_timeout": 10,
                    "application_name": "lpks-desktop"}
    params.update(dict(location.options))
    # Without lock_timeout a save waits forever behind a PC that left a transaction open (a
    # frozen app, a dialog left up). Ours goes first so a URL's own options can override it.
    lock_timeout = f"-c lock_timeout={int(busy_timeout_s * 1000)}"
    params["options"] = f"{lock_timeout} {params.get('options', '')}".strip()
    return LpksPostgresDatabase(location.dbname, location=location, timeout=busy_timeout_s,
                                **{k: v for k, v in params.items() if v is not None})
