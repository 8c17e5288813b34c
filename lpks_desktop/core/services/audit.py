"""Writing the audit trail in the same transaction as the change it describes."""

from __future__ import annotations

import datetime as _dt
import decimal
import json

import peewee

from ..actor import current_actor
from ..models import AuditLog, BaseModel

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


def field_values(instance: peewee.Model) -> dict:
    """The record's own fields (not its bookkeeping columns), by column name."""
    values = {}
    for name, field in instance._meta.fields.items():
        if name in _BOOKKEEPING or field.primary_key:
            continue
        values[field.column_name] = _jsonable(instance.__data__.get(name))
    return values


def diff(old: dict, new: dict) -> dict:
    return {key: [old.get(key), value] for key, value in new.items() if old.get(key) != value}


def record(action: str, table: str, row_id, changes: dict | None = None) -> AuditLog:
    """Append one entry. Call inside the transaction that makes the change."""
    return AuditLog.create(
        username=current_actor(),
        action=action,
        table_name=table,
        row_id=row_id,
        changes=json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=str),
    )
