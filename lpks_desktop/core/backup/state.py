"""What the last backup of each database saw, kept in the backup folder.

``backup_due`` compares the database's change marker (where the audit trail
ends, plus the highest row id of each table for writes that leave no audit
entry) with what the last backup recorded. The file is small JSON, written
atomically, keyed by the database's identity so one folder can serve several.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import peewee

from .files import fsync_folder, remove_quietly

STATE_FILE = "lpks-backup-state.json"


def database_identity(location) -> str:
    """Stable for one database: its file, or server, database and schema."""
    if location.is_sqlite:
        key = "sqlite:" + str(Path(location.path).resolve())
    else:
        key = "postgresql:" + location.display() + "?" + "&".join(
            f"{k}={v}" for k, v in sorted(location.options))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def change_marker(db: peewee.Database) -> str:
    """A fingerprint that changes whenever the records change; cheap on 100,000 rows."""
    tables = sorted(t for t in db.get_tables() if not t.startswith("sqlite_"))
    parts = []
    if "audit_head" in tables:
        row = db.execute_sql('SELECT last_id, last_hash, entries FROM "audit_head" WHERE id = 1').fetchone()
        parts.append(f"head={row}")
    for table in tables:
        if table == "audit_head":
            continue
        try:
            row = db.execute_sql(f'SELECT MAX("id"), COUNT(*) FROM "{table}"').fetchone()
        except peewee.DatabaseError:
            # A table without an id column: count only. PostgreSQL needs the failed statement undone.
            if isinstance(db, peewee.PostgresqlDatabase) and not db.in_transaction():
                db.rollback()
            row = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()
        parts.append(f"{table}={tuple(row)}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def read_state(folder: Path) -> dict:
    try:
        data = json.loads((Path(folder) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def entry_for(folder: Path, identity: str) -> dict:
    entry = read_state(folder).get(identity)
    return entry if isinstance(entry, dict) else {}


def record_backup(folder: Path, identity: str, *, marker: str, reason: str, created_at: dt.datetime,
                  file_name: str, where: str) -> None:
    """Remember this backup; a failure here only means the next backup comes sooner."""
    folder = Path(folder)
    state = read_state(folder)
    entry = dict(state.get(identity) or {})
    entry.update({"marker": marker, "last_backup_at": created_at.isoformat(timespec="seconds"),
                  "last_file": file_name, "database": where})
    if reason == "auto":
        entry["last_auto_at"] = created_at.isoformat(timespec="seconds")
    state[identity] = entry
    temporary = folder / f".{STATE_FILE}.{os.getpid()}.partial"
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(state, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, folder / STATE_FILE)
        fsync_folder(folder)
    except OSError:
        remove_quietly(temporary)


def parse_time(text) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
