"""Bulk inserts store what Model.create stores, in chunks, and leave ids fit for ordinary saves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee
import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.bulk import CHUNK, bulk_insert, reset_serial_sequences
from lpks_desktop.core.models.fields import (
    BlobField,
    DateField,
    DateTimeField,
    DecimalField,
    TimeField,
)


class Sample(peewee.Model):
    """Every kind of value the bulk path converts itself, all nullable."""

    day = DateField(null=True)
    clock = TimeField(null=True)
    moment = DateTimeField(null=True)
    amount = DecimalField(max_digits=12, decimal_places=2, null=True)
    flag = peewee.BooleanField(null=True)
    data = BlobField(null=True)
    text = peewee.CharField(max_length=80, null=True)
    number = peewee.BigIntegerField(null=True)

    class Meta:
        database = m.database
        table_name = "bulk_sample"


VALUES = [
    dict(day=dt.date(2026, 11, 28), clock=dt.time(8, 0), moment=dt.datetime(2026, 11, 28, 0, 30),
         amount=Decimal("125000.50"), flag=True, data=b"\x00\x01\xff", text="Ma'ruf",
         number=0),
    dict(day=dt.date(1999, 2, 28), clock=dt.time(23, 59, 59),
         moment=dt.datetime(1999, 12, 31, 23, 59, 59),
         amount=Decimal("-0.01"), flag=False, data=b"", text="", number=-(2 ** 40)),
    dict(day=None, clock=None, moment=None, amount=None, flag=None, data=None, text=None,
         number=None),
    dict(day=dt.date(2024, 2, 29), clock=dt.time(13, 5),
         moment=dt.datetime(2024, 2, 29, 12, 0, 0, 250000), amount=Decimal("7"), flag=True,
         data=bytes(range(256)), text="Renée Zoë \"kutip\"", number=2 ** 40),
    dict(day=dt.date(2030, 1, 1), clock=dt.time(0, 0), moment=dt.datetime(2030, 1, 1),
         amount=Decimal("0.00"), flag=False, data=b"'; DROP TABLE x; --", text="\\ % ?", number=1),
]


@pytest.fixture
def sample(store):
    store.db.create_tables([Sample])
    return Sample


def _rows(first_id: int, count: int) -> list[dict]:
    return [{**VALUES[i % len(VALUES)], "id": first_id + i} for i in range(count)]


def _stored(ids) -> list[tuple]:
    """Rows as the driver hands them back (no python_value), without the id."""
    columns = [field for field in Sample._meta.sorted_fields if field.name != "id"]
    sql, params = Sample.select(*columns).where(Sample.id.in_(list(ids))).order_by(Sample.id).sql()
    rows = Sample._meta.database.execute_sql(sql, params).fetchall()
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]


def test_values_are_stored_as_model_create_stores_them(store, sample):
    created = [Sample.create(**values).id for values in VALUES]
    # Chunks of 2: the first chunk builds the statement, later full chunks reuse its text.
    rows = _rows(1000, len(VALUES))
    with store.transaction():
        assert bulk_insert(Sample, rows, chunk=2) == len(VALUES)
    assert _stored(row["id"] for row in rows) == _stored(created)
    read = {s.id: s for s in Sample.select()}
    for row in rows:
        assert {name: getattr(read[row["id"]], name) for name in row} == row


@pytest.mark.parametrize("count, calls", [
    (0, []), (CHUNK, [CHUNK]), (CHUNK + 1, [CHUNK, 1]), (2 * CHUNK + 1, [CHUNK, CHUNK, 1])])
def test_chunk_boundaries_and_row_counts(store, sample, count, calls):
    seen = []
    with store.transaction():
        assert bulk_insert(Sample, _rows(1, count), on_rows=seen.append) == count
    assert seen == calls
    assert Sample.select().count() == count
    assert [s.id for s in Sample.select(Sample.id).order_by(Sample.id)] == list(range(1, count + 1))
    first = _stored(range(1, len(VALUES) + 1))
    assert _stored(range(1, count + 1)) == [first[i % len(VALUES)] for i in range(count)]


@pytest.mark.parametrize("chunk, calls", [(1, [1, 1, 1]), (3, [3]), (2, [2, 1])])
def test_chunk_size_is_the_callers(store, sample, chunk, calls):
    seen = []
    bulk_insert(Sample, _rows(1, 3), chunk=chunk, on_rows=seen.append)
    assert seen == calls and Sample.select().count() == 3


def test_chunk_must_be_positive(store, sample):
    with pytest.raises(ValueError):
        bulk_insert(Sample, _rows(1, 1), chunk=0)


def test_ordinary_inserts_get_fresh_ids_after_resetting_sequences(store, sample):
    with store.transaction():
        bulk_insert(Sample, _rows(1, 7))
        reset_serial_sequences(store.db, [Sample])
    assert Sample.create(text="baru").id == 8


def test_an_empty_table_starts_again_at_one(store, sample):
    reset_serial_sequences(store.db, [Sample])
    assert Sample.create(text="pertama").id == 1


def test_reset_is_harmless_when_nothing_was_bulk_inserted(store, sample):
    Sample.create(text="satu")
    reset_serial_sequences(store.db, [Sample])
    assert Sample.create(text="dua").id == 2
