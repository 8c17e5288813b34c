"""Schema 4 on a database of version 3: certificates keep their numbers and statuses, the
status check learns "replaced", and the rebuilt SQLite table keeps its indexes."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import apsw
import peewee
import pytest

from lpks_desktop.core import models
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.migrations import LATEST_VERSION, MIGRATIONS, installed_version, upgrade
from lpks_desktop.core.opening import connect
from lpks_desktop.core.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
V3 = FIXTURES / "schema_v3.sqlite"
CERTIFICATE_COLUMNS = ("id", "enrollment_id", "institution_id", "number", "year", "sequence_value",
                       "issued_on", "issued_place", "status", "revoked_at", "revoke_reason",
                       "printed_at", "created_at", "row_version")


def _rows(db, columns=CERTIFICATE_COLUMNS) -> list[tuple]:
    names = ", ".join(f'"{c}"' for c in columns)
    return [tuple(str(v) if v is not None else None for v in row)
            for row in db.execute_sql(f'SELECT {names} FROM "certificate" ORDER BY "id"').fetchall()]


def _indexes(db) -> set[tuple]:
    return {(i.name, tuple(i.columns), i.unique) for i in db.get_indexes("certificate")}


def test_released_v3_file_keeps_its_certificates(tmp_path):
    path = tmp_path / "v3.sqlite"
    shutil.copy(V3, path)
    conn = apsw.Connection(str(path))
    names = ", ".join(f'"{c}"' for c in CERTIFICATE_COLUMNS)
    before = [tuple(str(v) if v is not None else None for v in row)
              for row in conn.execute(f'SELECT {names} FROM certificate ORDER BY id')]
    conn.close()
    assert {row[8] for row in before} == {"valid", "revoked"}
    with Store.open(parse_location(str(path))) as store:
        assert store.upgrade_result.from_version == 3
        assert installed_version(store.db) == LATEST_VERSION
        assert _rows(store.db) == before
        for record in models.Certificate.select():
            assert (record.participant_name, record.payload, record.key_id) == ("", "", "")
            assert record.printed_count == 0 and record.replaces_id is None
        assert {p.certificate_units_rule for p in models.Program.select()} == {"required"}
        assert {p.certificate_min_score for p in models.Program.select()} == {None}
        assert "signing_key" in store.db.get_tables()
        # The rebuilt table has the indexes a new database has, and still refuses a repeat.
        fresh_path = tmp_path / "fresh.sqlite"
        with Store.open(parse_location(str(fresh_path))) as fresh:
            assert _indexes(store.db) == _indexes(fresh.db)
        models.database.initialize(store.db)
        record = models.Certificate.select().order_by(models.Certificate.id).first()
        with pytest.raises(peewee.IntegrityError):
            with store.transaction():
                copy = models.Certificate(**{k: v for k, v in record.__data__.items() if k != "id"})
                copy.sequence_value = 999
                copy.save(force_insert=True)
        assert store.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        _status_check_learnt(store.db)
    models.database.initialize(None)


def _status_check_learnt(db) -> None:
    first = db.execute_sql('SELECT MIN("id") FROM "certificate"').fetchone()[0]
    db.execute_sql(f"""UPDATE "certificate" SET "status" = 'replaced' WHERE "id" = {first}""")
    assert db.execute_sql(f'SELECT "status" FROM "certificate" WHERE "id" = {first}').fetchone()[0] \
        == "replaced"
    with pytest.raises(peewee.IntegrityError):
        with db.atomic():
            db.execute_sql(f"""UPDATE "certificate" SET "status" = 'lost' WHERE "id" = {first}""")


# --- both backends: a database stopped at version 3 with one certificate -------------------------

_FILLERS = (("int", 1), ("bool", False), ("timestamp", "2026-11-01 08:00:00"),
            ("datetime", "2026-11-01 08:00:00"), ("date", "2026-11-01"), ("numeric", "0"),
            ("decimal", "0"), ("blob", None), ("bytea", None))


def _insert(db, table: str, **values) -> int:
    """A row with every NOT NULL column filled, through SQL of version 3 (the models are newer)."""
    for column in db.get_columns(table):
        if column.name == "id" or column.name in values or column.null:
            continue
        kind = column.data_type.lower()
        values[column.name] = next((v for k, v in _FILLERS if k in kind), "x")
    names = ", ".join(f'"{k}"' for k in values)
    marks = ", ".join([db.param] * len(values))
    db.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))
    return db.execute_sql(f'SELECT MAX("id") FROM "{table}"').fetchone()[0]


def test_version_3_database_upgrades_on_both_backends(db_url):
    db = connect(parse_location(db_url))
    try:
        upgrade(db, migrations=MIGRATIONS[:3])
        assert installed_version(db) == 3
        with db.atomic():
            institution = _insert(db, "institution", code="LPK-A", kind="lpks")
            program = _insert(db, "program", institution_id=institution, code="JHT", total_jp=20,
                              min_attendance_pct=80)
            participant = _insert(db, "participant", full_name="Ani", sex="P", education="sma",
                                  employment="unemployed", nik="3171010100000001")
            klass = _insert(db, "training_class", institution_id=institution, program_id=program,
                            code="A-1", capacity=10, funding="self_paid", status="finished",
                            start_date="2026-11-02", end_date="2026-11-30")
            enrollment = _insert(db, "enrollment", training_class_id=klass,
                                 participant_id=participant, status="completed")
            for n, status in ((1, "revoked"), (2, "valid")):
                _insert(db, "certificate", enrollment_id=enrollment, institution_id=institution,
                        number=f"00{n}/LPK-A/CERT/XII/2026", year=2026, sequence_value=n,
                        issued_on="2026-12-07", status=status, revoke_reason="")
        before = _rows(db)
        indexes_before = {name for name, _, _ in _indexes(db)}
        result = upgrade(db)
        assert (result.from_version, result.to_version) == (3, LATEST_VERSION)
        assert _rows(db) == before
        assert indexes_before | {"certificate_replaces_id"} == {n for n, _, _ in _indexes(db)}
        _status_check_learnt(db)
        replaces = db.execute_sql('SELECT MAX("id") FROM "certificate"').fetchone()[0]
        first = db.execute_sql('SELECT MIN("id") FROM "certificate"').fetchone()[0]
        db.execute_sql(f'UPDATE "certificate" SET "replaces_id" = {first} WHERE "id" = {replaces}')
        with pytest.raises(peewee.IntegrityError):  # the new column refers to a certificate
            with db.atomic():
                db.execute_sql(f'UPDATE "certificate" SET "replaces_id" = 9999 WHERE "id" = {first}')
        assert db.execute_sql(
            'SELECT "certificate_units_rule" FROM "program"').fetchone()[0] == "required"
        with pytest.raises(peewee.IntegrityError):
            with db.atomic():
                db.execute_sql("""UPDATE "program" SET "certificate_units_rule" = 'some'""")
    finally:
        db.close()
        models.database.initialize(None)


def test_the_v4_fixture_holds_signed_certificates(tmp_path):
    """The released file of version 4 has what version 4 adds: snapshots, a signed code, a key,
    a replaced certificate pointing at its reissue."""
    path = tmp_path / "v4.sqlite"
    shutil.copy(FIXTURES / "schema_v4.sqlite", path)
    with Store.open(parse_location(str(path))):
        certificates = list(models.Certificate.select())
        assert certificates and all(c.payload.startswith("LPKS1:") for c in certificates)
        assert all(c.participant_name and c.key_id for c in certificates)
        assert {c.status for c in certificates} >= {"valid", "replaced"}
        assert any(c.replaces_id for c in certificates)
        assert models.SigningKey.select().count() >= 1
        assert all(c.issued_on <= dt.date(2026, 11, 28) for c in certificates)
    models.database.initialize(None)
