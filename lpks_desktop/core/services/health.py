"""The database health check behind ``lpks-desktop check``."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee

from ... import __version__
from ..database import sqlite_version
from ..i18n import Text
from ..migrations import LATEST_VERSION, installed_version
from ..models import ALL_MODELS

# SQLite reports at most this many integrity problems; more adds nothing for the user.
_MAX_PROBLEMS = 20


@dataclass
class HealthReport:
    location: str
    backend: str
    engine_version: str
    app_version: str
    schema_version: int
    latest_schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self, lang: str | None = None) -> dict:
        return {
            "ok": self.ok,
            "location": self.location,
            "backend": self.backend,
            "engine_version": self.engine_version,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "latest_schema_version": self.latest_schema_version,
            "counts": self.counts,
            "problems": [problem.render(lang) for problem in self.problems],
        }


def _sqlite_integrity(db: peewee.Database) -> list[Text]:
    problems = []
    rows = db.execute_sql(f"PRAGMA integrity_check({_MAX_PROBLEMS})").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        problems += [Text("Kerusakan basis data: {detail}", "Database damage: {detail}", {"detail": r[0]})
                     for r in rows]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:_MAX_PROBLEMS]:
        problems.append(Text(
            "Baris {rowid} di tabel {table} menunjuk ke {parent} yang tidak ada.",
            "Row {rowid} of table {table} points to a missing {parent} record.",
            {"rowid": rowid, "table": table, "parent": parent}))
    return problems


def _engine_version(db: peewee.Database) -> str:
    if isinstance(db, peewee.PostgresqlDatabase):
        return "PostgreSQL " + db.execute_sql("SHOW server_version").fetchone()[0]
    return "SQLite " + ".".join(map(str, sqlite_version()))


def check(db: peewee.Database, location_display: str) -> HealthReport:
    """Integrity, schema version and record counts; never changes the database."""
    is_pg = isinstance(db, peewee.PostgresqlDatabase)
    report = HealthReport(
        location=location_display,
        backend="postgresql" if is_pg else "sqlite",
        engine_version=_engine_version(db),
        app_version=__version__,
        schema_version=installed_version(db),
        latest_schema_version=LATEST_VERSION,
    )
    if not is_pg:
        report.problems += _sqlite_integrity(db)
    if report.schema_version > LATEST_VERSION:
        report.problems.append(Text(
            "Skema versi {found} lebih baru dari yang dikenal versi ini ({known}); perbarui LPKS Desktop.",
            "Schema version {found} is newer than this version knows ({known}); update LPKS Desktop.",
            {"found": report.schema_version, "known": LATEST_VERSION}))
        return report
    if report.schema_version == 0:
        return report  # empty: tables are created on first open
    if report.schema_version < LATEST_VERSION:
        report.problems.append(Text(
            "Skema versi {found} perlu diperbarui ke {known}: jalankan 'lpks-desktop migrate' atau buka aplikasinya.",
            "Schema version {found} needs upgrading to {known}: run 'lpks-desktop migrate' or open the app.",
            {"found": report.schema_version, "known": LATEST_VERSION}))
        return report
    report.counts = count_records(db)
    return report


def count_records(db: peewee.Database, tables: tuple[str, ...] | None = None) -> dict[str, int]:
    if tables is None:
        tables = tuple(model._meta.table_name for model in ALL_MODELS)
    return {table: db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}


def holds_records(db: peewee.Database) -> dict[str, int]:
    """Counts of the tables that hold an institution's own data; empty when there is none."""
    present = set(db.get_tables())
    wanted = tuple(t for t in ("institution", "participant", "trainer", "training_class") if t in present)
    return {table: count for table, count in count_records(db, wanted).items() if count}
