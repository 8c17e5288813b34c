"""Schema version 4: certificates that stand on their own.

- ``program`` gains the certificate rules: which units must be competent
  (``certificate_units_rule``) and an optional minimum score.
- ``institution`` gains an optional background image for the certificate's front.
- ``certificate`` keeps a snapshot of what it certifies (name, program, dates, JP) and
  its signed QR payload, so a reprint is identical after the records change; a
  reissue points at the certificate it replaces, whose status becomes ``replaced``.
  SQLite cannot change a CHECK constraint in place, so that table is rebuilt with its
  rows and indexes; PostgreSQL swaps the constraint.
- ``signing_key`` holds the Ed25519 keys: each institution's own, and other offices'
  public keys imported to verify their certificates offline.
"""

from __future__ import annotations

import peewee

VERSION = 4
NAME = "certificate snapshots, signing keys and certificate rules"

_PROGRAM_COLUMNS = (
    """ADD COLUMN "certificate_units_rule" VARCHAR(10) NOT NULL DEFAULT 'required' """
    """CHECK (certificate_units_rule IN ('required', 'all', 'none'))""",
)
_PROGRAM_MIN_SCORE = {"sqlite": """ADD COLUMN "certificate_min_score" DECIMAL(5, 2)""",
                      "postgresql": """ADD COLUMN "certificate_min_score" NUMERIC(5, 2)"""}
_BACKGROUND = {"sqlite": """ADD COLUMN "certificate_background" BLOB""",
               "postgresql": """ADD COLUMN "certificate_background" BYTEA"""}

# The certificate columns of version 3, in order: what the SQLite rebuild copies.
_V3_CERTIFICATE_COLUMNS = (
    "id", "created_at", "created_by", "updated_at", "updated_by", "row_version", "enrollment_id",
    "institution_id", "number", "year", "sequence_value", "issued_on", "issued_place", "status",
    "revoked_at", "revoke_reason", "printed_at",
)

_CERTIFICATE_INDEXES = (
    'CREATE INDEX "certificate_enrollment_id" ON "certificate" ("enrollment_id")',
    'CREATE INDEX "certificate_institution_id" ON "certificate" ("institution_id")',
    'CREATE UNIQUE INDEX "certificate_number" ON "certificate" ("number")',
    'CREATE UNIQUE INDEX "certificate_institution_id_year_sequence_value" ON "certificate" ("institution_id", "year", "sequence_value")',
)
_REPLACES_INDEX = 'CREATE INDEX "certificate_replaces_id" ON "certificate" ("replaces_id")'

SQLITE_CERTIFICATE = (
    'CREATE TABLE "certificate_v4" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "enrollment_id" INTEGER NOT NULL, "institution_id" INTEGER NOT NULL, "number" VARCHAR(100) NOT NULL, "year" INTEGER NOT NULL, "sequence_value" INTEGER NOT NULL, "issued_on" DATE NOT NULL, "issued_place" VARCHAR(100) NOT NULL, "status" VARCHAR(10) NOT NULL CHECK (status IN (\'valid\', \'revoked\', \'replaced\')), "revoked_at" DATETIME, "revoke_reason" TEXT NOT NULL, "printed_at" DATETIME, "participant_name" VARCHAR(200) NOT NULL DEFAULT \'\', "program_name" VARCHAR(200) NOT NULL DEFAULT \'\', "start_date" DATE, "end_date" DATE, "total_jp" INTEGER, "key_id" VARCHAR(16) NOT NULL DEFAULT \'\', "payload" TEXT NOT NULL DEFAULT \'\', "replaces_id" INTEGER, "printed_count" INTEGER NOT NULL DEFAULT 0, FOREIGN KEY ("enrollment_id") REFERENCES "enrollment" ("id") ON DELETE RESTRICT, FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE RESTRICT, FOREIGN KEY ("replaces_id") REFERENCES "certificate" ("id") ON DELETE RESTRICT)',
    'INSERT INTO "certificate_v4" ({columns}) SELECT {columns} FROM "certificate"'.format(
        columns=", ".join(f'"{c}"' for c in _V3_CERTIFICATE_COLUMNS)),
    # Nothing else references certificate, so dropping it breaks no foreign key; the
    # self-reference of the new table names "certificate" and holds after the rename.
    'DROP TABLE "certificate"',
    'ALTER TABLE "certificate_v4" RENAME TO "certificate"',
    *_CERTIFICATE_INDEXES,
    _REPLACES_INDEX,
)

POSTGRESQL_CERTIFICATE = (
    """ALTER TABLE "certificate" ADD COLUMN "participant_name" VARCHAR(200) NOT NULL DEFAULT ''""",
    """ALTER TABLE "certificate" ADD COLUMN "program_name" VARCHAR(200) NOT NULL DEFAULT ''""",
    'ALTER TABLE "certificate" ADD COLUMN "start_date" DATE',
    'ALTER TABLE "certificate" ADD COLUMN "end_date" DATE',
    'ALTER TABLE "certificate" ADD COLUMN "total_jp" INTEGER',
    """ALTER TABLE "certificate" ADD COLUMN "key_id" VARCHAR(16) NOT NULL DEFAULT ''""",
    """ALTER TABLE "certificate" ADD COLUMN "payload" TEXT NOT NULL DEFAULT ''""",
    'ALTER TABLE "certificate" ADD COLUMN "replaces_id" INTEGER REFERENCES "certificate" ("id") ON DELETE RESTRICT',
    'ALTER TABLE "certificate" ADD COLUMN "printed_count" INTEGER NOT NULL DEFAULT 0',
    _REPLACES_INDEX,
)

SQLITE_SIGNING_KEY = (
    'CREATE TABLE "signing_key" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "key_id" VARCHAR(16) NOT NULL, "institution_id" INTEGER, "owner_code" VARCHAR(20) NOT NULL, "owner_name" VARCHAR(200) NOT NULL, "public_key" VARCHAR(64) NOT NULL, "private_key" BLOB, "active" INTEGER NOT NULL, FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "signing_key_key_id" ON "signing_key" ("key_id")',
    'CREATE INDEX "signing_key_institution_id" ON "signing_key" ("institution_id")',
)

POSTGRESQL_SIGNING_KEY = (
    'CREATE TABLE "signing_key" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" TIMESTAMP NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "key_id" VARCHAR(16) NOT NULL, "institution_id" INTEGER, "owner_code" VARCHAR(20) NOT NULL, "owner_name" VARCHAR(200) NOT NULL, "public_key" VARCHAR(64) NOT NULL, "private_key" BYTEA, "active" BOOLEAN NOT NULL, FOREIGN KEY ("institution_id") REFERENCES "institution" ("id") ON DELETE RESTRICT)',
    'CREATE UNIQUE INDEX "signing_key_key_id" ON "signing_key" ("key_id")',
    'CREATE INDEX "signing_key_institution_id" ON "signing_key" ("institution_id")',
)

_STATUS_CHECK = "status IN ('valid', 'revoked', 'replaced')"


def _postgresql_status_check(db) -> None:
    # Version 1 let PostgreSQL name the constraint; find it by what it checks, not by name.
    # Only catalogue columns are read: a function over other schemas' rows could meet a
    # table another session is dropping at that moment.
    rows = db.execute_sql(
        "SELECT c.conname FROM pg_constraint c WHERE c.conrelid = '\"certificate\"'::regclass "
        "AND c.contype = 'c' AND c.conkey = ARRAY[(SELECT a.attnum FROM pg_attribute a "
        "WHERE a.attrelid = '\"certificate\"'::regclass AND a.attname = 'status')]").fetchall()
    for (name,) in rows:
        db.execute_sql(f'ALTER TABLE "certificate" DROP CONSTRAINT "{name}"')
    db.execute_sql(f'ALTER TABLE "certificate" ADD CONSTRAINT "certificate_status_check" '
                   f"CHECK ({_STATUS_CHECK})")


def upgrade(db) -> None:
    backend = "postgresql" if isinstance(db, peewee.PostgresqlDatabase) else "sqlite"
    for column in (*_PROGRAM_COLUMNS, _PROGRAM_MIN_SCORE[backend]):
        db.execute_sql(f'ALTER TABLE "program" {column}')
    db.execute_sql(f'ALTER TABLE "institution" {_BACKGROUND[backend]}')
    if backend == "postgresql":
        for statement in POSTGRESQL_CERTIFICATE:
            db.execute_sql(statement)
        _postgresql_status_check(db)
        statements = POSTGRESQL_SIGNING_KEY
    else:
        statements = SQLITE_CERTIFICATE + SQLITE_SIGNING_KEY
    for statement in statements:
        db.execute_sql(statement)
