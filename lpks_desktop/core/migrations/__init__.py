"""The ladder of schema migrations.

Each step runs in its own transaction and records itself in
``schema_version``; a SQLite database is copied (online backup, never a file
copy of a live database) before its first step. A database whose version is
higher than this program knows is refused untouched.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Callable

import peewee

from ... import __version__
from ..errors import DatabaseDamagedError, SchemaTooNewError
from ..i18n import Text
from . import (
    v0001_initial,
    v0002_participant_list_indexes,
    v0003_schedules,
    v0004_certificates,
    v0005_audit_chain,
)

# PostgreSQL: two PCs opening an old database at once must not both migrate it.
_PG_MIGRATION_LOCK = 0x4C504B53  # "LPKS"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[peewee.Database], None]

    @classmethod
    def from_module(cls, module: ModuleType) -> "Migration":
        return cls(module.VERSION, module.NAME, module.upgrade)


# Explicit rather than discovered from files, so a frozen (installer) build finds them.
MIGRATIONS: tuple[Migration, ...] = tuple(
    Migration.from_module(m) for m in (v0001_initial, v0002_participant_list_indexes, v0003_schedules,
                                         v0004_certificates, v0005_audit_chain))
LATEST_VERSION = MIGRATIONS[-1].version


@dataclass(frozen=True)
class UpgradeResult:
    from_version: int
    to_version: int
    backup_path: Path | None = None

    @property
    def changed(self) -> bool:
        return self.from_version != self.to_version


def installed_version(db: peewee.Database) -> int:
    """0 for an empty database; raises if it holds tables but is not ours."""
    # sqlite_stat* tables hold planner statistics, not data.
    tables = {t for t in db.get_tables() if not t.startswith("sqlite_")}
    if not tables:
        return 0
    if "schema_version" not in tables:
        raise DatabaseDamagedError(Text(
            "Basis data ini bukan milik LPKS Desktop (tabel: {tables}). Pilih file lain.",
            "This database does not belong to LPKS Desktop (tables: {tables}). Choose another file.",
            {"tables": ", ".join(sorted(tables)[:5])},
        ))
    row = db.execute_sql('SELECT MAX(version) FROM "schema_version"').fetchone()
    return int(row[0] or 0)


def refuse_if_too_new(version: int, latest: int = LATEST_VERSION) -> None:
    if version > latest:
        raise SchemaTooNewError(Text(
            "Basis data ini dibuat oleh LPKS Desktop yang lebih baru (skema versi {found}; versi ini "
            "mengenal sampai {known}). Perbarui LPKS Desktop di PC ini; basis data tidak diubah.",
            "This database was written by a newer LPKS Desktop (schema version {found}; this version "
            "knows up to {known}). Update LPKS Desktop on this PC; the database was not changed.",
            {"found": version, "known": latest},
        ))


def backup_sqlite(db: peewee.Database, path: Path, label: str) -> Path:
    """Copy a live SQLite database through the online backup API."""
    import apsw

    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.db'}")
    # Copied under a name no one would trust, then renamed: a power cut during the copy
    # must not leave an empty or half database that looks like the copy taken before the upgrade.
    partial = path.with_name(f".{path.stem}.copy-{stamp}.partial")
    try:
        destination = apsw.Connection(str(partial))
        try:
            with destination.backup("main", db.connection(), "main") as backup:
                while not backup.done:
                    backup.step(1024)
        finally:
            destination.close()
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def _write_transaction(db: peewee.Database):
    factory = getattr(db, "write_transaction", None)
    return factory() if factory else db.atomic()


def upgrade(db: peewee.Database, *, sqlite_path: Path | None = None,
            migrations: tuple[Migration, ...] = MIGRATIONS) -> UpgradeResult:
    """Bring the schema to the newest version this program knows."""
    latest = migrations[-1].version
    start = installed_version(db)
    refuse_if_too_new(start, latest)
    if start == latest:
        return UpgradeResult(start, start)
    backup_path = None
    if start > 0 and sqlite_path is not None:
        backup_path = backup_sqlite(db, sqlite_path, f"before-schema-v{latest}")
    is_pg = isinstance(db, peewee.PostgresqlDatabase)
    for migration in migrations:
        if migration.version <= start:
            continue
        with _write_transaction(db):
            if is_pg:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_MIGRATION_LOCK,))
            # Another PC may have applied this step while we waited for the lock.
            if installed_version(db) >= migration.version:
                continue
            migration.upgrade(db)
            db.execute_sql(
                'INSERT INTO "schema_version" ("version", "name", "applied_at", "app_version") '
                f"VALUES ({db.param}, {db.param}, {db.param}, {db.param})",
                (migration.version, migration.name,
                 _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M:%S"), __version__),
            )
    return UpgradeResult(start, installed_version(db), backup_path)
