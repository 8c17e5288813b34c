"""Opening a database: connect, recognise damage, migrate, bind the models."""

from __future__ import annotations

import peewee

from .database import DatabaseLocation, classify_error, make_database
from .errors import DatabaseLocationError, UserError
from .i18n import Text
from .migrations import UpgradeResult, installed_version, refuse_if_too_new, upgrade
from .models import database as model_database


def explain_database_error(exc: Exception, location: DatabaseLocation) -> UserError | None:
    """Turn the environment's failures into messages a clerk can act on; bugs return None.

    The classification is ``database.classify_error``'s, the one the database layer applies to
    every statement; only "cannot reach the server" is added here, since at connect time any
    PostgreSQL OperationalError means that.
    """
    explained = classify_error(exc, location)
    if explained is not None:
        return explained
    if not location.is_sqlite and isinstance(exc, peewee.OperationalError):
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return DatabaseLocationError(Text(
            "Tidak bisa terhubung ke server PostgreSQL {where}: {detail}. Periksa alamat server, nama "
            "pengguna, kata sandi, dan bahwa server menerima koneksi dari PC ini.",
            "Cannot connect to the PostgreSQL server {where}: {detail}. Check the server address, user "
            "name, password, and that the server accepts connections from this PC.",
            {"where": location.display(), "detail": detail}))
    return None


def connect(location: DatabaseLocation, *, must_exist: bool = False) -> peewee.Database:
    """Connect without migrating; ``must_exist`` refuses to create a new SQLite file."""
    if location.is_sqlite and must_exist and not location.path.exists():
        raise DatabaseLocationError(Text(
            "Tidak ada basis data di {path}.", "There is no database at {path}.",
            {"path": str(location.path)}))
    db = make_database(location)
    try:
        db.connect()
        db.execute_sql("SELECT 1 FROM sqlite_master LIMIT 1" if location.is_sqlite else "SELECT 1")
    except Exception as exc:
        if not db.is_closed():
            db.close()
        explained = explain_database_error(exc, location)
        if explained is None:
            raise
        raise explained from exc
    return db


def open_database(location: DatabaseLocation) -> tuple[peewee.Database, UpgradeResult]:
    """Connect, bring the schema up to date and bind every model to the database."""
    db = connect(location)
    try:
        result = upgrade(db, sqlite_path=location.path if location.is_sqlite else None)
    except UserError:
        db.close()
        raise
    except Exception as exc:
        db.close()
        explained = explain_database_error(exc, location)
        if explained is None:
            raise
        raise explained from exc
    if location.is_sqlite:
        # Refreshes the planner's statistics only where tables changed a lot since the
        # last time; without them it may walk an index on "archived" for a text search.
        db.execute_sql("PRAGMA optimize=0x10002")
    model_database.initialize(db)
    return db, result


def inspect_version(db: peewee.Database) -> int:
    """The schema version, refusing a newer one; used by read-only commands."""
    version = installed_version(db)
    refuse_if_too_new(version)
    return version
