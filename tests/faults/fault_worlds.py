"""The starting databases of the kill tests, each prepared once per run, with the measured
length of a full run of its operation (the window the kill moments are spread over)."""

from __future__ import annotations

import pickle
from pathlib import Path

from lpks_desktop.core.importing import plan_import
from lpks_desktop.core.migrations import MIGRATIONS, upgrade
from lpks_desktop.core.opening import connect
from lpks_desktop.core.database import parse_location

import certificate_world
from fault_databases import as_administrator, copy_database, opened, fingerprint
from import_sheets import write_registrants
from kill_runs import run_to_end

IMPORT_ROWS = 10_000
CERTIFICATE_PEOPLE = 30
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLDEST_FIXTURE = FIXTURES / "schema_v1.sqlite"


def build_import(folder: Path) -> dict:
    """An empty database, a clerk's 10,000-row list and its checked plan (pickled, so each
    child only applies it)."""
    template = folder / "template.db"
    sheet = write_registrants(folder / "peserta.csv", IMPORT_ROWS, seed=2026)
    with as_administrator(), opened(template) as store:
        plan = plan_import(sheet)
        assert not plan.errors and len(plan.new_rows) == IMPORT_ROWS, plan.problems[:3]
        before = fingerprint(store.db)
    (folder / "plan.pickle").write_bytes(pickle.dumps(plan))
    trial = copy_database(template, folder / "trial.db")
    run, seconds = run_to_end("import", trial, folder / "plan.pickle", home=folder / "trial")
    assert run.done and run.done["inserted"] == IMPORT_ROWS, run.describe()
    settle(trial)  # the backup and restore tests start from this full database
    return {"seconds": seconds, "fingerprint": before}


def settle(path: Path) -> None:
    """Fold a finished child's -wal into the database file, so it can be copied as one file."""
    with opened(path) as store:
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def build_certificates(folder: Path) -> dict:
    """A class of 30 people all eligible for a certificate, none issued yet."""
    template = folder / "template.db"
    with as_administrator(), opened(template) as store:
        world = certificate_world.build(store, participants=CERTIFICATE_PEOPLE)
        class_id = world.klass.id
        before = fingerprint(store.db)
    trial = copy_database(template, folder / "trial.db")
    run, seconds = run_to_end("certificates", trial, class_id, folder / "trial.pdf",
                              home=folder / "trial")
    assert run.done and run.done["issued"] == CERTIFICATE_PEOPLE, run.describe()
    return {"seconds": seconds, "class_id": class_id, "pages": run.done["pages"],
            "pdf_size": (folder / "trial.pdf").stat().st_size, "fingerprint": before}


def schema_shape(db) -> list[tuple]:
    """Tables, columns, indexes and triggers as SQLite describes them."""
    return sorted(tuple(r) for r in db.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def build_migration(folder: Path) -> dict:
    """The schema after each step of the ladder from the oldest fixture, and a full run."""
    shapes = {}
    for step in range(1, len(MIGRATIONS) + 1):
        copy = copy_database(OLDEST_FIXTURE, folder / f"v{MIGRATIONS[step - 1].version}.db")
        db = connect(parse_location(str(copy)))
        try:
            upgrade(db, migrations=MIGRATIONS[:step])
            shapes[MIGRATIONS[step - 1].version] = [list(s) for s in schema_shape(db)]
        finally:
            db.close()
    trial = copy_database(OLDEST_FIXTURE, folder / "trial.db")
    run, seconds = run_to_end("migrate", trial, home=folder / "trial")
    assert run.done and run.done["to_version"] == MIGRATIONS[-1].version, run.describe()
    return {"seconds": seconds, "shapes": shapes}



BACKUP_PASSWORD = "Cadangan-Rahasia-2026"


def build_backup(folder: Path, import_folder: Path) -> dict:
    """A database of 10,000 people (the import's full run), and a full backup run of it, plain
    and encrypted."""
    from lpks_desktop.core.backup import check_backup

    source = copy_database(import_folder / "trial.db", folder / "source.db")
    with opened(source) as store:
        before = fingerprint(store.db)
    facts = {"fingerprint": before}
    for kind, password in (("plain", ()), ("encrypted", (BACKUP_PASSWORD,))):
        trial = copy_database(source, folder / f"trial-{kind}.db")
        target = folder / f"backups-{kind}"
        target.mkdir()
        run, seconds = run_to_end("backup", trial, target, *password, home=folder / f"trial-{kind}")
        assert run.done, run.describe()
        check = check_backup(run.done["path"], password=password[0] if password else None)
        assert check.ok, check.problems
        facts[kind] = {"seconds": seconds, "counts": check.counts, "size": run.done["size"]}
    return facts


def build_restore(folder: Path, import_folder: Path, certificate_folder: Path) -> dict:
    """The current database (the certificate class) and a backup of another one (10,000 people)
    to restore over it, with both fingerprints and a full restore run."""
    from lpks_desktop.core.backup import make_backup

    current = copy_database(certificate_folder / "template.db", folder / "current.db")
    with opened(current) as store:
        old = fingerprint(store.db)
    other = copy_database(import_folder / "trial.db", folder / "other.db")
    (folder / "backups").mkdir()
    with as_administrator(), opened(other) as store:
        backup = make_backup(store, folder=folder / "backups").path
    restored_copy = copy_database(backup, folder / "restored-copy.db")
    with opened(restored_copy) as store:
        restored = fingerprint(store.db)
    assert restored != old
    trial = copy_database(current, folder / "trial.db")
    run, seconds = run_to_end("restore", trial, backup, home=folder / "trial")
    assert run.done, run.describe()
    return {"seconds": seconds, "backup": str(backup), "old": old, "restored": restored}
