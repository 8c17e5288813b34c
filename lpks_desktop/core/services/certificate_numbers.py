"""Certificate numbers: a running value per institution and year, written into a pattern.

The value is taken by incrementing ``number_sequence`` inside the issuing transaction.
Two PCs issuing at the same moment serialise on that row (PostgreSQL's row lock,
SQLite's IMMEDIATE write lock), so they never share a value; an issue that fails rolls
its increment back with everything else, so failures leave no gaps. The sequence only
goes forward: revoked and replaced certificates keep their numbers.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from ..actor import current_actor
from ..models import Certificate, NumberSequence
from ..models.fields import utcnow

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
CERTIFICATE_KIND = "certificate"


def roman_month(month: int) -> str:
    """11 -> "XI", as Indonesian letter numbers write the month."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    return ROMAN_MONTHS[month - 1]


def format_certificate_number(pattern: str, *, seq: int, institution_code: str,
                              program_code: str, on: dt.date) -> str:
    """The number ``pattern`` gives (placeholders seq, institution, program, month_roman,
    month, year), for a certificate issued ``on``. The pattern is checked when saved
    (``institutions.check_certificate_pattern``)."""
    return pattern.format(seq=seq, institution=institution_code, program=program_code,
                          month_roman=roman_month(on.month), month=on.month, year=on.year)


def lock_sequence(institution_id: int, year: int) -> int:
    """Wait for and hold the institution's certificate sequence row for ``year`` until the
    transaction ends, taking nothing; returns its last value. Call inside
    ``store.transaction()`` before reading what other PCs may just have issued."""
    db = NumberSequence._meta.database
    p = db.param
    _ensure_row(institution_id, year)
    row = db.execute_sql(
        'UPDATE "number_sequence" SET "last_value" = "last_value" '
        f'WHERE "institution_id" = {p} AND "kind" = {p} AND "year" = {p} RETURNING "last_value"',
        (institution_id, CERTIFICATE_KIND, year)).fetchone()
    return int(row[0])


def _ensure_row(institution_id: int, year: int) -> None:
    # The first issue of a year creates the row; a PC racing to create it waits on the
    # unique key and then finds it (PostgreSQL), or never races (SQLite's write lock).
    db = NumberSequence._meta.database
    p = db.param
    now, actor = NumberSequence.updated_at.db_value(utcnow()), current_actor()
    db.execute_sql(
        'INSERT INTO "number_sequence" ("created_at", "created_by", "updated_at", "updated_by", '
        '"row_version", "institution_id", "kind", "year", "last_value") '
        f"VALUES ({p}, {p}, {p}, {p}, 1, {p}, {p}, {p}, 0) "
        'ON CONFLICT ("institution_id", "kind", "year") DO NOTHING',
        (now, actor, now, actor, institution_id, CERTIFICATE_KIND, year))


def next_sequence_value(institution_id: int, year: int, *, count: int = 1) -> int:
    """Take ``count`` consecutive values of the institution's certificate sequence for
    ``year`` and return the first. Call inside ``store.transaction()``: the taken values
    belong to that transaction and vanish with it if it rolls back."""
    if count < 1:
        raise ValueError("count must be >= 1")
    db = NumberSequence._meta.database
    p = db.param
    now, actor = NumberSequence.updated_at.db_value(utcnow()), current_actor()
    _ensure_row(institution_id, year)
    # Never behind the certificates already numbered (rows copied in from elsewhere, a
    # sequence row lost): the unique (institution, year, value) key would refuse them.
    row = db.execute_sql(
        'UPDATE "number_sequence" SET "last_value" = CASE '
        f'WHEN "last_value" >= m.top THEN "last_value" + {p} ELSE m.top + {p} END, '
        f'"updated_at" = {p}, "updated_by" = {p}, "row_version" = "row_version" + 1 '
        'FROM (SELECT COALESCE(MAX("sequence_value"), 0) AS top FROM "certificate" '
        f'WHERE "institution_id" = {p} AND "year" = {p}) AS m '
        f'WHERE "institution_id" = {p} AND "kind" = {p} AND "year" = {p} '
        'RETURNING "last_value"',
        (count, count, now, actor, institution_id, year, institution_id, CERTIFICATE_KIND,
         year)).fetchone()
    return int(row[0]) - count + 1


def highest_issued(institution_id: int, year: int) -> int:
    """The highest sequence value any certificate of the institution holds for ``year``."""
    top = (Certificate.select(fn.MAX(Certificate.sequence_value))
           .where(Certificate.institution == institution_id, Certificate.year == year).scalar())
    return int(top or 0)


__all__ = ["CERTIFICATE_KIND", "ROMAN_MONTHS", "format_certificate_number", "highest_issued",
           "lock_sequence", "next_sequence_value", "roman_month"]
