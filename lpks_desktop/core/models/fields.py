"""Field types that bind the same way on apsw (SQLite) and psycopg2 (PostgreSQL).

apsw binds only None, int, float, str and bytes, so dates, times and decimals
go to the database as text. PostgreSQL coerces such untyped literals into
its DATE/TIME/TIMESTAMP/NUMERIC columns, and peewee parses them back on SQLite.
"""

from __future__ import annotations

import datetime as _dt

import peewee


def _as_text(value):
    return None if value is None else str(value)


class DateField(peewee.DateField):
    db_value = staticmethod(_as_text)


class TimeField(peewee.TimeField):
    db_value = staticmethod(_as_text)


class DateTimeField(peewee.DateTimeField):
    def db_value(self, value):
        if isinstance(value, _dt.datetime):
            value = value.replace(tzinfo=None)
        return _as_text(value)


class DecimalField(peewee.DecimalField):
    def db_value(self, value):
        return _as_text(super().db_value(value))


def utcnow() -> _dt.datetime:
    """Timestamps are stored in UTC without zone; the GUI shows them in local time."""
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None, microsecond=0)


class BlobField(peewee.BlobField):
    """Always hands back ``bytes``; psycopg2 returns a memoryview."""

    def python_value(self, value):
        return bytes(value) if isinstance(value, (memoryview, bytearray)) else value
