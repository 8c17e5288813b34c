"""Schema version 3: schedules kept honest.

- ``class_session`` gains the trainer journal (what was taught, JP delivered,
  who wrote it and when).
- ``session_change`` keeps the history of sessions changed after their class
  started; ``conflict_override`` keeps each accepted double booking with its reason.
- An index on ``session_trainer (trainer_id, session_id)`` serves the conflict
  check for one trainer without reading the sessions table first.
"""

from __future__ import annotations

import peewee

VERSION = 3
NAME = "schedules, journals and conflict overrides"

_SESSION_COLUMNS = (
    """ADD COLUMN "journal_taught" TEXT NOT NULL DEFAULT ''""",
    """ADD COLUMN "journal_jp" INTEGER CHECK (journal_jp >= 0)""",
    """ADD COLUMN "journal_notes" TEXT NOT NULL DEFAULT ''""",
    """ADD COLUMN "journal_by" VARCHAR(80) NOT NULL DEFAULT ''""",
)
_JOURNAL_AT = {"sqlite": """ADD COLUMN "journal_at" DATETIME""",
               "postgresql": """ADD COLUMN "journal_at" TIMESTAMP"""}

_INDEXES = (
    'CREATE INDEX "session_trainer_trainer_session" ON "session_trainer" ("trainer_id", "session_id")',
    'CREATE INDEX "class_session_date_start" ON "class_session" ("date", "start_time")',
)

SQLITE = (
    'CREATE TABLE "session_change" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "training_class_id" INTEGER NOT NULL, "session_id" INTEGER, "kind" VARCHAR(10) NOT NULL CHECK (kind IN (\'added\', \'moved\', \'edited\', \'cancelled\', \'restored\', \'trainers\', \'deleted\')), "before" TEXT NOT NULL, "after" TEXT NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("training_class_id") REFERENCES "training_class" ("id") ON DELETE CASCADE, FOREIGN KEY ("session_id") REFERENCES "class_session" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "session_change_training_class_id" ON "session_change" ("training_class_id")',
    'CREATE INDEX "session_change_session_id" ON "session_change" ("session_id")',
    'CREATE TABLE "conflict_override" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" DATETIME NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "session_id" INTEGER NOT NULL, "other_session_id" INTEGER NOT NULL, "kind" VARCHAR(12) NOT NULL CHECK (kind IN (\'trainer\', \'room\', \'participant\')), "subject_id" INTEGER NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("session_id") REFERENCES "class_session" ("id") ON DELETE CASCADE, FOREIGN KEY ("other_session_id") REFERENCES "class_session" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "conflict_override_session_id" ON "conflict_override" ("session_id")',
    'CREATE INDEX "conflict_override_other_session_id" ON "conflict_override" ("other_session_id")',
    'CREATE UNIQUE INDEX "conflict_override_session_id_other_session_id_kind_subject_id" ON "conflict_override" ("session_id", "other_session_id", "kind", "subject_id")',
)

POSTGRESQL = (
    'CREATE TABLE "session_change" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" TIMESTAMP NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "training_class_id" INTEGER NOT NULL, "session_id" INTEGER, "kind" VARCHAR(10) NOT NULL CHECK (kind IN (\'added\', \'moved\', \'edited\', \'cancelled\', \'restored\', \'trainers\', \'deleted\')), "before" TEXT NOT NULL, "after" TEXT NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("training_class_id") REFERENCES "training_class" ("id") ON DELETE CASCADE, FOREIGN KEY ("session_id") REFERENCES "class_session" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "session_change_training_class_id" ON "session_change" ("training_class_id")',
    'CREATE INDEX "session_change_session_id" ON "session_change" ("session_id")',
    'CREATE TABLE "conflict_override" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, "created_by" VARCHAR(80) NOT NULL, "updated_at" TIMESTAMP NOT NULL, "updated_by" VARCHAR(80) NOT NULL, "row_version" INTEGER NOT NULL, "session_id" INTEGER NOT NULL, "other_session_id" INTEGER NOT NULL, "kind" VARCHAR(12) NOT NULL CHECK (kind IN (\'trainer\', \'room\', \'participant\')), "subject_id" INTEGER NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("session_id") REFERENCES "class_session" ("id") ON DELETE CASCADE, FOREIGN KEY ("other_session_id") REFERENCES "class_session" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "conflict_override_session_id" ON "conflict_override" ("session_id")',
    'CREATE INDEX "conflict_override_other_session_id" ON "conflict_override" ("other_session_id")',
    'CREATE UNIQUE INDEX "conflict_override_session_id_other_session_id_kind_subject_id" ON "conflict_override" ("session_id", "other_session_id", "kind", "subject_id")',
)


def upgrade(db) -> None:
    backend = "postgresql" if isinstance(db, peewee.PostgresqlDatabase) else "sqlite"
    for column in (*_SESSION_COLUMNS, _JOURNAL_AT[backend]):
        db.execute_sql(f'ALTER TABLE "class_session" {column}')
    for statement in (POSTGRESQL if backend == "postgresql" else SQLITE) + _INDEXES:
        db.execute_sql(statement)
