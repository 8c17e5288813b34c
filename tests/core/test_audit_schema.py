"""Schema 5 on older databases: existing audit entries are chained in id order, the head agrees,
the guards are in place, and accounts gain ``must_change_password`` (false)."""

from __future__ import annotations

import shutil
from pathlib import Path

import apsw
import peewee
import pytest

from lpks_desktop.core import models
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.migrations import MIGRATIONS, installed_version, upgrade
from lpks_desktop.core.opening import connect
from lpks_desktop.core.services.audit import entry_hash
from lpks_desktop.core.services.audit_trail import verify_chain
from lpks_desktop.core.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema_v*.sqlite"))
GENESIS = "0" * 64

# The canonical text is a contract: a stored chain only checks out while it stays the same.
KNOWN_ROW = (7, "2026-11-01 08:00:00", "siti", "update", "participant", 12,
             '{"full_name": ["Ani", "Ani Suryani"]}')
KNOWN_DIGEST = "910fa7f26473db24cb1d3c1803f54e668256210b5c01e247932257dfb16fcc3f"


def test_the_hash_of_an_entry_is_fixed():
    assert entry_hash(*KNOWN_ROW, GENESIS) == KNOWN_DIGEST
    assert entry_hash(*KNOWN_ROW[:6], KNOWN_ROW[6] + " ", GENESIS) != KNOWN_DIGEST
    # Fields cannot bleed into one another: "ab"+"c" and "a"+"bc" differ.
    assert entry_hash(1, KNOWN_ROW[1], "ab", "c", "t", None, "", GENESIS) \
        != entry_hash(1, KNOWN_ROW[1], "a", "bc", "t", None, "", GENESIS)


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_every_released_file_ends_with_a_chain_that_checks_out(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    conn = apsw.Connection(str(path))
    before = list(conn.execute('SELECT id, at, username, action, table_name, row_id, changes '
                               'FROM audit_log ORDER BY id'))
    conn.close()
    assert before
    with Store.open(parse_location(str(path))) as store:
        entries = list(models.AuditLog.select().order_by(models.AuditLog.id))
        assert [(e.id, e.username, e.action, e.table_name, e.row_id, e.changes) for e in entries] \
            == [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in before]
        assert entries[0].prev_hash == GENESIS
        head = models.AuditHead.get_by_id(1)
        assert (head.last_id, head.last_hash, head.entries) == (entries[-1].id, entries[-1].entry_hash,
                                                              len(entries))
        report = verify_chain()
        assert report.ok and report.checked == len(before), report.problem
        assert all(u.must_change_password in (False, True) for u in models.User.select())
        if fixture.stem != "schema_v5":
            assert not any(u.must_change_password for u in models.User.select())
        # The guards came with the upgrade.
        with pytest.raises(peewee.IntegrityError):
            with store.transaction():
                store.db.execute_sql('DELETE FROM "audit_log"')
        # And the chain goes on from the migrated entries.
        store.save(models.Institution(code="LPK-NEW", name="New"))
        assert verify_chain().ok


def test_the_v5_file_holds_a_chain_and_an_account_to_renew():
    path = FIXTURES / "schema_v5.sqlite"
    conn = apsw.Connection(f"file:{path}?mode=ro", flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    try:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 5
        rows = list(conn.execute("SELECT id, at, username, action, table_name, row_id, changes, "
                                 "prev_hash, entry_hash FROM audit_log ORDER BY id"))
        assert len(rows) > 1
        previous = GENESIS
        for row in rows:
            assert row[7] == previous and entry_hash(*row[:7], row[7]) == row[8]
            previous = row[8]
        assert conn.execute("SELECT last_id, last_hash, entries FROM audit_head").fetchall() \
            == [(rows[-1][0], previous, len(rows))]
        assert conn.execute("SELECT must_change_password FROM app_user WHERE username = 'operator'"
                            ).fetchall() == [(1,)]
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert triggers == {"audit_log_no_update", "audit_log_no_delete", "audit_head_no_delete",
                            "audit_head_no_rewind"}
    finally:
        conn.close()


def test_a_fresh_database_starts_an_empty_chain(store):
    assert installed_version(store.db) == 5
    head = models.AuditHead.get_by_id(1)
    assert (head.last_id, head.last_hash, head.entries) == (0, GENESIS, 0)
    report = verify_chain()
    assert report.ok and report.checked == 0
    with pytest.raises(peewee.IntegrityError):  # one head only
        with store.transaction():
            store.db.execute_sql(
                """INSERT INTO "audit_head" ("id", "last_id", "last_hash", "entries") """
                f"""VALUES (2, 0, '{GENESIS}', 0)""")


def test_accounts_must_change_password_is_false_unless_set(store):
    store.save(models.User(username="ani", role=models.Role.CLERK))
    store.save(models.User(username="budi", role=models.Role.CLERK, must_change_password=True))
    assert {u.username: u.must_change_password for u in models.User.select()} == {"ani": False,
                                                                                 "budi": True}
    column = next(c for c in store.db.get_columns("app_user") if c.name == "must_change_password")
    assert not column.null


# --- both backends: a database stopped at version 4 with audit entries --------------------------

_FILLERS = (("int", 1), ("bool", False), ("timestamp", "2026-11-01 08:00:00"),
            ("datetime", "2026-11-01 08:00:00"), ("date", "2026-11-01"), ("numeric", "0"),
            ("decimal", "0"), ("blob", None), ("bytea", None))


def _insert(db, table: str, **values) -> None:
    """A row with every NOT NULL column filled, through SQL of version 4 (the models are newer)."""
    for column in db.get_columns(table):
        if column.name in values or column.null or (column.name == "id" and table != "audit_log"):
            continue
        kind = column.data_type.lower()
        values[column.name] = next((v for k, v in _FILLERS if k in kind), "x")
    names = ", ".join(f'"{k}"' for k in values)
    marks = ", ".join([db.param] * len(values))
    db.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))


def test_version_4_entries_are_chained_the_same_on_both_backends(db_url):
    db = connect(parse_location(db_url))
    try:
        upgrade(db, migrations=MIGRATIONS[:4])
        assert installed_version(db) == 4
        rows = [
            (3, "2026-10-30 07:15:00", "os:admin", "demo", "database", None, '{"participant": 40}'),
            KNOWN_ROW,  # ids need not be contiguous before version 5 (rolled-back sequences)
            (8, "2026-11-02 10:00:00.250000", "siti", "insert", "participant", 13,
             '{"full_name": "Çağrı Ñandú 日本", "nik": "3171010100000002"}'),
        ]
        with db.atomic():
            for row in rows:
                _insert(db, "audit_log", **dict(zip(
                    ("id", "at", "username", "action", "table_name", "row_id", "changes"), row)))
            _insert(db, "app_user", username="ani", role="clerk", full_name="Ani")
        result = upgrade(db)
        assert (result.from_version, result.to_version) == (4, 5)
        stored = db.execute_sql('SELECT "id", "prev_hash", "entry_hash" FROM "audit_log" '
                                'ORDER BY "id"').fetchall()
        expected, previous = [], GENESIS
        for row in rows:
            digest = entry_hash(*row, previous)
            expected.append((row[0], previous, digest))
            previous = digest
        assert [tuple(r) for r in stored] == expected
        assert tuple(db.execute_sql('SELECT "last_id", "last_hash", "entries" FROM "audit_head"')
                     .fetchone()) == (8, previous, 3)
        assert db.execute_sql('SELECT "must_change_password" FROM "app_user"').fetchone()[0] in (0, False)
        for column in ("prev_hash", "entry_hash"):
            assert not next(c for c in db.get_columns("audit_log") if c.name == column).null
        with pytest.raises(peewee.IntegrityError):
            with db.atomic():
                db.execute_sql("""UPDATE "audit_log" SET "changes" = '{}' WHERE "id" = 8""")
        models.database.initialize(db)
        assert verify_chain().ok
    finally:
        db.close()
        models.database.initialize(None)
