"""Migrated, empty databases handed to tests without running the migration ladder each time.

Migrating a new database is the dearest part of most tests (a new PostgreSQL schema costs
seconds of DDL). Each test process migrates once per backend; a test then gets a copy of the
migrated SQLite file, or the process's own migrated PostgreSQL schema emptied back to the state
the migrations left. A test that changes that schema's shape (a restore of another version, a
table added) is noticed by a fingerprint of the schema, and the schema is built anew; the
migrations themselves are still tested from an empty database in tests/core/test_migrations.py.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from lpks_desktop.core import models
from lpks_desktop.core.database import make_database, parse_location
from lpks_desktop.core.store import Store


def migrate_once(location: str) -> None:
    """Bring an empty database at ``location`` to the latest schema, as opening it for use does."""
    Store.open(parse_location(location)).close()
    models.database.initialize(None)


class SqliteTemplate:
    """One migrated SQLite file; each test's database starts as a byte copy of it."""

    def __init__(self, folder: Path):
        self.path = folder / "migrated.db"
        migrate_once(str(self.path))

    def copy_to(self, path: Path) -> None:
        # Written under another name first: a half-copied file must never look like a database.
        partial = path.with_name(path.name + ".partial")
        shutil.copyfile(self.path, partial)
        partial.replace(path)


# What makes two schemas the same for the tests: every relation, column, index, constraint,
# trigger and function, and the versions recorded as applied. Object ids and times are left out.
_FINGERPRINT = """
SELECT md5(concat_ws('|',
  (SELECT string_agg(concat_ws(':', relname, relkind::text), ',' ORDER BY relname)
     FROM pg_class WHERE relnamespace = %(schema)s::regnamespace),
  (SELECT string_agg(concat_ws(':', table_name, column_name, data_type, is_nullable, column_default),
                     ',' ORDER BY table_name, ordinal_position)
     FROM information_schema.columns WHERE table_schema = %(schema)s),
  (SELECT string_agg(indexdef, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = %(schema)s),
  (SELECT string_agg(concat_ws(':', c.conname, pg_get_constraintdef(c.oid)), ',' ORDER BY c.conname)
     FROM pg_constraint c WHERE c.connamespace = %(schema)s::regnamespace),
  (SELECT string_agg(concat_ws(':', t.tgname, t.tgenabled::text, pg_get_triggerdef(t.oid)), ','
                     ORDER BY t.tgname)
     FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
    WHERE r.relnamespace = %(schema)s::regnamespace AND NOT t.tgisinternal),
  (SELECT string_agg(concat_ws(':', p.proname, md5(p.prosrc)), ',' ORDER BY p.proname)
     FROM pg_proc p WHERE p.pronamespace = %(schema)s::regnamespace),
  (SELECT string_agg(concat_ws(':', version, name), ',' ORDER BY version)
     FROM {schema_version})))
"""


class PostgresTemplate:
    """This test process's own migrated PostgreSQL schema, emptied between tests.

    Emptying deletes the rows of every table but the version table, puts back the rows the
    migrations themselves wrote and sets every sequence where the migrations left it. The audit
    trail's triggers refuse deletion, as they must in use; they are switched off only inside the
    emptying transaction. Anything unexpected (a lock held by a connection the last test left
    open, a constraint refusing) makes a new schema instead, which is slower but as clean.
    """

    def __init__(self, server_url: str, prefix: str):
        self.server_url = server_url
        self.prefix = prefix
        self.admin = make_database(parse_location(server_url))
        self.schema = ""
        self.dropped_later: list[str] = []
        self._build()

    def url(self, schema: str | None = None) -> str:
        separator = "&" if "?" in self.server_url else "?"
        return f"{self.server_url}{separator}options=-csearch_path%3D{schema or self.schema}"

    def _build(self) -> None:
        self.schema = f"{self.prefix}_{uuid.uuid4().hex[:12]}"
        self.admin.execute_sql(f'CREATE SCHEMA "{self.schema}"')
        migrate_once(self.url())
        self.tables = [row[0] for row in self.admin.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename",
            (self.schema,)).fetchall()]
        self.seeded: dict[str, tuple[list[str], list[tuple]]] = {}
        for table in self.tables:
            if table == "schema_version":
                continue
            cursor = self.admin.execute_sql(f"SELECT * FROM {self._name(table)}")
            rows = cursor.fetchall()
            if rows:
                self.seeded[table] = ([d[0] for d in cursor.description], rows)
        self.sequences = self.admin.execute_sql(
            "SELECT sequencename, COALESCE(last_value, start_value), last_value IS NOT NULL "
            "FROM pg_sequences WHERE schemaname = %s", (self.schema,)).fetchall()
        self.fingerprint = self._fingerprint()
        self._emptying = self._emptying_sql()

    def _name(self, table: str) -> str:
        return f'"{self.schema}"."{table}"'

    def _fingerprint(self) -> str:
        query = _FINGERPRINT.format(schema_version=self._name("schema_version"))
        return self.admin.execute_sql(query, {"schema": self.schema}).fetchone()[0]

    def empty(self) -> str:
        """The schema's URL, holding what the migrations left and nothing else."""
        try:
            if self._fingerprint() != self.fingerprint:
                raise LookupError("the schema was changed by the last test")
            self._empty()
        except Exception:
            # Changed, or still held by a connection the last test left in a transaction:
            # a new schema costs one migration; the old one is dropped at the end.
            if self.admin.in_transaction():
                self.admin.rollback()
            self.dropped_later.append(self.schema)
            self._build()
        return self.url()

    def _empty(self) -> None:
        with self.admin.atomic():
            self.admin.execute_sql(self._emptying)

    def _emptying_sql(self) -> str:
        """One round trip: rows deleted children first (DELETE of a few rows is far cheaper than
        TRUNCATE's new files), the migrations' rows and sequence positions put back."""
        references = self.admin.execute_sql(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
            "WHERE c.contype = 'f' AND c.connamespace = %s::regnamespace", (self.schema,)).fetchall()
        order = _children_first([t for t in self.tables if t != "schema_version"],
                                [(self._bare(child), self._bare(parent)) for child, parent in references])
        guarded = [t for t in ("audit_log", "audit_head") if t in self.tables]
        statements = ["SET LOCAL lock_timeout = '5s'"]
        statements += [f"ALTER TABLE {self._name(t)} DISABLE TRIGGER USER" for t in guarded]
        statements += [f"DELETE FROM {self._name(t)}" for t in order]
        for table, (columns, rows) in self.seeded.items():
            column_list = ", ".join(f'"{c}"' for c in columns)
            for row in rows:
                values = ", ".join(_literal(self.admin, value) for value in row)
                statements.append(f"INSERT INTO {self._name(table)} ({column_list}) VALUES ({values})")
        statements += [f"SELECT setval('{self._name(sequence)}', {value}, {called})"
                       for sequence, value, called in self.sequences]
        statements += [f"ALTER TABLE {self._name(t)} ENABLE TRIGGER USER" for t in guarded]
        return ";\n".join(statements)

    def _bare(self, name: str) -> str:
        return name.split(".")[-1].strip('"')

    def drop(self) -> None:
        for schema in [*self.dropped_later, self.schema]:
            try:
                self.admin.execute_sql("SET lock_timeout = '5s'")
                self.admin.execute_sql(f'DROP SCHEMA "{schema}" CASCADE')
            except Exception:
                if self.admin.in_transaction():
                    self.admin.rollback()
        self.admin.close()


def _children_first(tables: list[str], references: list[tuple[str, str]]) -> list[str]:
    """``tables`` ordered so that a table comes before every table it refers to."""
    ordered: list[str] = []
    remaining = list(tables)
    while remaining:
        for table in remaining:
            referrers = {child for child, parent in references
                         if parent == table and child != table and child in remaining}
            if not referrers:
                ordered.append(table)
                remaining.remove(table)
                break
        else:
            raise RuntimeError(f"foreign keys form a cycle among {remaining}")
    return ordered


def _literal(db, value) -> str:
    """``value`` as a PostgreSQL literal, quoted by the driver itself."""
    from psycopg2.extensions import adapt

    adapted = adapt(value)
    if hasattr(adapted, "prepare"):
        adapted.prepare(db.connection())
    return adapted.getquoted().decode()
