"""Writing the audit trail in the same transaction as the change it describes.

The trail is a hash chain: each entry's ``entry_hash`` is SHA-256 over a canonical
text of its columns and the previous entry's hash, and the one-row ``audit_head``
holds the last id, hash and count. ``services.audit_trail.verify_chain`` recomputes it.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import hashlib
import json

import peewee

from ..actor import current_actor
from ..models import AuditLog, BaseModel
from ..models.fields import utcnow

# Large binary values (logos, signatures) are summarised, not copied into the log.
_MAX_TEXT = 500


def _jsonable(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} bytes>"
    if isinstance(value, (_dt.date, _dt.time, decimal.Decimal)):
        return str(value)
    if isinstance(value, str) and len(value) > _MAX_TEXT:
        return value[:_MAX_TEXT] + "…"
    if isinstance(value, BaseModel):
        return value.get_id()
    return value


_BOOKKEEPING = frozenset({"created_at", "created_by", "updated_at", "updated_by", "row_version"})


# Secrets are never copied into the trail, which anyone allowed to read it sees; a short
# digest still shows that they changed, and when.
_SECRETS = frozenset({"password_hash", "private_key"})


def _hidden(value):
    if value is None:
        return None
    raw = bytes(value) if isinstance(value, (bytes, bytearray, memoryview)) else str(value).encode()
    return f"<hidden {hashlib.sha256(raw).hexdigest()[:8]}>"


def field_values(instance: peewee.Model) -> dict:
    """The record's own fields (not its bookkeeping columns), by column name."""
    values = {}
    for name, field in instance._meta.fields.items():
        if name in _BOOKKEEPING or field.primary_key:
            continue
        value = instance.__data__.get(name)
        values[field.column_name] = _hidden(value) if name in _SECRETS else _jsonable(value)
    return values


def diff(old: dict, new: dict) -> dict:
    return {key: [old.get(key), value] for key, value in new.items() if old.get(key) != value}


_AT_FIELD = AuditLog._meta.fields["at"]


def canonical_at(value) -> str:
    """The entry's time as text, the same whether it was just written or read back.

    SQLite hands the stored text back and PostgreSQL a ``datetime``; both become the
    naive UTC ``datetime`` that ``str()`` writes as ``YYYY-MM-DD HH:MM:SS[.ffffff]``.
    """
    if isinstance(value, str):
        # Not the model field's parser: migration 5 chains old entries with this, and a
        # migration must not depend on how the models read values in later versions.
        try:
            value = _dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, _dt.datetime):
        return str(value.replace(tzinfo=None))
    return str(value)


def entry_hash(entry_id: int, at, username: str, action: str, table_name: str, row_id,
               changes: str, prev_hash: str) -> str:
    """SHA-256 (hex) over the entry's canonical text.

    A JSON array keeps the fields apart whatever they contain, so no two different
    entries share a text. Changing this format breaks every existing chain.
    """
    text = json.dumps([int(entry_id), canonical_at(at), username, action, table_name,
                       None if row_id is None else int(row_id), changes, prev_hash],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _insert_sql(param: str) -> str:
    columns = ("id", "at", "username", "action", "table_name", "row_id", "changes",
               "prev_hash", "entry_hash")
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "audit_log" ({names}) VALUES ({", ".join([param] * len(columns))})'


def record(action: str, table: str, row_id, changes: dict | None = None) -> AuditLog:
    """Append one entry. Call inside the transaction that makes the change."""
    db = AuditLog._meta.database
    if db.in_transaction():
        return _append(db, action, table, row_id, changes)
    factory = getattr(db.obj if isinstance(db, peewee.DatabaseProxy) else db, "write_transaction",
                      db.atomic)
    with factory():  # entry and head together, even when nobody opened a transaction
        return _append(db, action, table, row_id, changes)


def _append(db, action: str, table: str, row_id, changes: dict | None) -> AuditLog:
    # The id is taken from the head, not from the table's sequence, so it must be known
    # before hashing without an INSERT-then-UPDATE (the table refuses every UPDATE, with
    # no exception to keep an attacker from slipping through). Taking last_id + 1 is
    # safe here because the head row is locked FIRST: on PostgreSQL the row lock makes
    # a second writer wait until this transaction ends and then read the new head; on
    # SQLite the write lock does the same. A rollback undoes the head and the entry
    # together, so ids stay contiguous and a gap in them can only mean a deleted entry.
    p = db.param
    postgres = isinstance(db.obj if isinstance(db, peewee.DatabaseProxy) else db,
                          peewee.PostgresqlDatabase)
    if postgres:
        # FOR UPDATE locks without writing a row version: PostgreSQL keeps every version
        # a transaction writes, so one head UPDATE per entry (not two) keeps a long
        # transaction from slowing down twice as fast.
        head = db.execute_sql('SELECT "last_id", "last_hash" FROM "audit_head" WHERE "id" = 1 '
                              'FOR UPDATE').fetchone()
    else:
        # Writing first takes SQLite's write lock at once, even outside an IMMEDIATE
        # transaction, so no other connection can append between the read and the insert.
        head = db.execute_sql('UPDATE "audit_head" SET "entries" = "entries" + 1 WHERE "id" = 1 '
                              'RETURNING "last_id", "last_hash"').fetchone()
    last_id, prev = int(head[0]), head[1]
    entry = AuditLog(
        id=last_id + 1,
        at=utcnow(),
        username=current_actor(),
        action=action,
        table_name=table,
        row_id=None if row_id is None else int(row_id),
        changes=json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=prev,
    )
    entry.entry_hash = entry_hash(entry.id, entry.at, entry.username, entry.action,
                                  entry.table_name, entry.row_id, entry.changes, prev)
    values = (entry.id, _AT_FIELD.db_value(entry.at), entry.username, entry.action, entry.table_name,
              entry.row_id, entry.changes, prev, entry.entry_hash)
    if postgres:
        # One round trip for the entry and the head.
        db.execute_sql(
            f'WITH "head" AS (UPDATE "audit_head" SET "last_id" = {p}, "last_hash" = {p}, '
            f'"entries" = "entries" + 1 WHERE "id" = 1) ' + _insert_sql(p),
            (entry.id, entry.entry_hash, *values))
    else:
        db.execute_sql(_insert_sql(p), values)
        db.execute_sql(f'UPDATE "audit_head" SET "last_id" = {p}, "last_hash" = {p} WHERE "id" = 1',
                       (entry.id, entry.entry_hash))
    return entry
