"""Choosing, opening and configuring the database.

The database is a SQLite file on this PC (the default) or a PostgreSQL server
shared by several PCs on the LAN. SQLite comes from apsw, which carries its
own SQLite: the one bundled with CPython predates the fix (3.51.3) for WAL
corruption when two connections write or checkpoint at the same moment, and
the GUI's worker threads each hold a connection.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import apsw
import peewee
from playhouse.apsw_ext import APSWDatabase

from . import paths
from .errors import DatabaseLocationError
from .i18n import Text
from .network_paths import is_network_path

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


class LpksSqliteDatabase(APSWDatabase):
    """apsw-backed SQLite with the product's pragmas applied to every connection."""

    def __init__(self, path: str, **kwargs):
        kwargs.setdefault("pragmas", SQLITE_PRAGMAS)
        kwargs.setdefault("timeout", BUSY_TIMEOUT_S)
        super().__init__(path, **kwargs)

    def write_transaction(self):
        # IMMEDIATE takes the write lock up front: a deferred transaction that
        # later needs to write can fail with SQLITE_BUSY despite the busy timeout.
        return self.atomic("IMMEDIATE")


class LpksPostgresDatabase(peewee.PostgresqlDatabase):
    def write_transaction(self):
        return self.atomic()


def make_database(location: DatabaseLocation) -> peewee.Database:
    """A configured, not yet connected database for ``location``."""
    if location.is_sqlite:
        if sqlite_version() < MIN_SQLITE:  # guards a packaging mistake, not user input
            raise RuntimeError(f"SQLite {apsw.sqlite_lib_version()} is older than {MIN_SQLITE}")
        return LpksSqliteDatabase(str(location.path))
    params: dict = {"host": location.host or None, "port": location.port, "user": location.user or None,
                    "password": location.password or None, "connect_timeout": 10,
                    "application_name": "lpks-desktop"}
    params.update(dict(location.options))
    return LpksPostgresDatabase(location.dbname, **{k: v for k, v in params.items() if v is not None})
