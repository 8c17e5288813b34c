"""Schema version 5: a tamper-evident audit trail, and accounts that must pick a new password.

- ``audit_log`` gains ``prev_hash`` and ``entry_hash``: every entry carries the hash of
  the one before it and its own, so an entry altered or deleted afterwards breaks the
  chain. Existing entries are chained in id order here. SQLite cannot make an added
  column NOT NULL, so that table is rebuilt with its rows and indexes.
- ``audit_head`` (one row, id 1) holds the last entry's id and hash and the number of
  entries, so a trail whose newest entries were cut off is found too.
- Triggers refuse UPDATE and DELETE on ``audit_log`` and DELETE on ``audit_head`` (and
  moving the head backwards): the program itself cannot rewrite history. Someone
  with a database tool can drop them; the chain is what shows it.
- ``app_user`` gains ``must_change_password``.
"""

from __future__ import annotations

import peewee

from ..services.audit import entry_hash

VERSION = 5
NAME = "audit trail hash chain and must-change-password accounts"

GENESIS_HASH = "0" * 64

_USER_COLUMN = {
    "sqlite": 'ALTER TABLE "app_user" ADD COLUMN "must_change_password" INTEGER NOT NULL DEFAULT 0',
    "postgresql": 'ALTER TABLE "app_user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false',
}

_AUDIT_INDEXES = (
    'CREATE INDEX "audit_log_at" ON "audit_log" ("at")',
    'CREATE INDEX "audit_log_username" ON "audit_log" ("username")',
    'CREATE INDEX "audit_log_table_name_row_id" ON "audit_log" ("table_name", "row_id")',
)

_COLUMNS = ("id", "at", "username", "action", "table_name", "row_id", "changes")

SQLITE_AUDIT_TABLE = (
    'CREATE TABLE "audit_log_v5" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "username" VARCHAR(80) NOT NULL, "action" VARCHAR(20) NOT NULL, "table_name" VARCHAR(60) NOT NULL, "row_id" INTEGER, "changes" TEXT NOT NULL, "prev_hash" CHAR(64) NOT NULL, "entry_hash" CHAR(64) NOT NULL)'
)

SQLITE_HEAD = (
    'CREATE TABLE "audit_head" ("id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "last_id" INTEGER NOT NULL, "last_hash" CHAR(64) NOT NULL, "entries" INTEGER NOT NULL)'
)
POSTGRESQL_HEAD = (
    'CREATE TABLE "audit_head" ("id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), "last_id" BIGINT NOT NULL, "last_hash" CHAR(64) NOT NULL, "entries" BIGINT NOT NULL)'
)

_REFUSED = "the audit trail cannot be changed"

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
        BEGIN SELECT RAISE(ABORT, '{_REFUSED}: UPDATE on audit_log'); END""",
    f"""CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
        BEGIN SELECT RAISE(ABORT, '{_REFUSED}: DELETE on audit_log'); END""",
    f"""CREATE TRIGGER "audit_head_no_delete" BEFORE DELETE ON "audit_head"
        BEGIN SELECT RAISE(ABORT, '{_REFUSED}: DELETE on audit_head'); END""",
    f"""CREATE TRIGGER "audit_head_no_rewind" BEFORE UPDATE ON "audit_head"
        WHEN NEW.id <> OLD.id OR NEW.last_id < OLD.last_id OR NEW.entries < OLD.entries
        BEGIN SELECT RAISE(ABORT, '{_REFUSED}: UPDATE on audit_head'); END""",
)

# restrict_violation (class 23) reaches peewee as IntegrityError, as SQLite's ABORT does.
# No "%" in the body: the statement goes through the driver's parameter formatting.
POSTGRESQL_TRIGGERS = (
    f"""CREATE OR REPLACE FUNCTION "lpks_refuse_audit_change"() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
                MESSAGE = '{_REFUSED}: ' || TG_OP || ' on ' || TG_TABLE_NAME;
        END $$""",
    """CREATE TRIGGER "audit_log_no_change" BEFORE UPDATE OR DELETE ON "audit_log"
        FOR EACH ROW EXECUTE FUNCTION "lpks_refuse_audit_change"()""",
    """CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
        FOR EACH STATEMENT EXECUTE FUNCTION "lpks_refuse_audit_change"()""",
    """CREATE TRIGGER "audit_head_no_delete" BEFORE DELETE ON "audit_head"
        FOR EACH ROW EXECUTE FUNCTION "lpks_refuse_audit_change"()""",
    """CREATE TRIGGER "audit_head_no_truncate" BEFORE TRUNCATE ON "audit_head"
        FOR EACH STATEMENT EXECUTE FUNCTION "lpks_refuse_audit_change"()""",
    """CREATE TRIGGER "audit_head_no_rewind" BEFORE UPDATE ON "audit_head" FOR EACH ROW
        WHEN (NEW.id <> OLD.id OR NEW.last_id < OLD.last_id OR NEW.entries < OLD.entries)
        EXECUTE FUNCTION "lpks_refuse_audit_change"()""",
)


def _chained(db) -> list[tuple]:
    """Every existing entry with its prev_hash and entry_hash, in id order."""
    names = ", ".join(f'"{c}"' for c in _COLUMNS)
    rows = db.execute_sql(f'SELECT {names} FROM "audit_log" ORDER BY "id"').fetchall()
    chained, prev = [], GENESIS_HASH
    for row in rows:
        digest = entry_hash(*row, prev)
        chained.append((*row, prev, digest))
        prev = digest
    return chained


def _head(db, chained: list[tuple], create: str) -> None:
    db.execute_sql(create)
    last_id, last_hash = (chained[-1][0], chained[-1][-1]) if chained else (0, GENESIS_HASH)
    db.execute_sql(f'INSERT INTO "audit_head" ("id", "last_id", "last_hash", "entries") '
                   f"VALUES (1, {db.param}, {db.param}, {db.param})", (last_id, last_hash, len(chained)))


def _upgrade_sqlite(db) -> None:
    chained = _chained(db)
    db.execute_sql(SQLITE_AUDIT_TABLE)
    names = ", ".join(f'"{c}"' for c in (*_COLUMNS, "prev_hash", "entry_hash"))
    cursor = db.cursor()
    cursor.executemany(f'INSERT INTO "audit_log_v5" ({names}) VALUES ({", ".join("?" * 9)})', chained)
    # Nothing references audit_log, so dropping it breaks no foreign key.
    db.execute_sql('DROP TABLE "audit_log"')
    db.execute_sql('ALTER TABLE "audit_log_v5" RENAME TO "audit_log"')
    for statement in _AUDIT_INDEXES:
        db.execute_sql(statement)
    _head(db, chained, SQLITE_HEAD)
    for statement in SQLITE_TRIGGERS:
        db.execute_sql(statement)


def _upgrade_postgresql(db) -> None:
    from psycopg2.extras import execute_batch

    db.execute_sql('ALTER TABLE "audit_log" ADD COLUMN "prev_hash" CHAR(64)')
    db.execute_sql('ALTER TABLE "audit_log" ADD COLUMN "entry_hash" CHAR(64)')
    chained = _chained(db)
    execute_batch(db.cursor(),
                  'UPDATE "audit_log" SET "prev_hash" = %s, "entry_hash" = %s WHERE "id" = %s',
                  [(row[-2], row[-1], row[0]) for row in chained], page_size=500)
    db.execute_sql('ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL')
    db.execute_sql('ALTER TABLE "audit_log" ALTER COLUMN "entry_hash" SET NOT NULL')
    _head(db, chained, POSTGRESQL_HEAD)
    for statement in POSTGRESQL_TRIGGERS:
        db.execute_sql(statement)


def upgrade(db) -> None:
    backend = "postgresql" if isinstance(db, peewee.PostgresqlDatabase) else "sqlite"
    db.execute_sql(_USER_COLUMN[backend])
    if backend == "postgresql":
        _upgrade_postgresql(db)
    else:
        _upgrade_sqlite(db)
