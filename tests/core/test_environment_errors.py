"""A full disk, a read-only file or folder, a database held too long: a clear message, nothing changed.

The full disk is real: a child process with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored so the
write fails with EFBIG instead of killing it) writes to a copy of a database. SQLite then rolls the
transaction back itself and peewee's own ROLLBACK used to fail and hide the cause; the message must
name the full disk, and the database must be exactly what it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import apsw
import peewee
import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.database import classify_error, disk_of, make_database, parse_location
from lpks_desktop.core.errors import DatabaseBusy, DiskFull, ReadOnlyDatabase, UserError
from lpks_desktop.core.importing import apply_import, plan_import
from lpks_desktop.core.opening import explain_database_error
from lpks_desktop.core.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from import_sheets import HEADINGS, registrant_rows, write_csv  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="resource limits and chattr are POSIX")

WRITER = r"""
import json, os, resource, signal, sys
from pathlib import Path
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.importing import apply_import, plan_import
from lpks_desktop.core.store import Store
try:
    from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as
    sign_in_as(SYSTEM_ADMIN)
except ImportError:
    pass

db_path, mode, sheet, cache = sys.argv[1:5]
store = Store.open(parse_location(db_path))
if cache:
    # A small page cache makes SQLite spill to the WAL in mid-transaction, as a large import does:
    # the disk then fills during a statement inside nested savepoints, not at COMMIT.
    store.db.execute_sql("PRAGMA cache_size = %d" % int(cache))
plan = plan_import(Path(sheet)) if mode == "import" else None
# From here on no file may grow past a little more than the largest one now: the WAL soon does.
largest = max(Path(db_path + suffix).stat().st_size for suffix in ("", "-wal") if Path(db_path + suffix).exists())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (largest + 32_768, largest + 32_768))
outcome = {"error": None}
try:
    if mode == "import":
        apply_import(store, plan)
    elif mode == "cursor":  # a bulk write through the driver's cursor, as attendance saves do
        with store.transaction():
            store.db.execute_sql("CREATE TABLE scratch (v BLOB)")
            store.db.cursor().executemany("INSERT INTO scratch VALUES (?)", [(b"x" * 2000,)] * 3000)
    else:
        with store.transaction():  # each save is a savepoint inside it
            for n in range(3000):
                store.save(m.Participant(nik="6311%012d" % n, full_name="Peserta %d" % n, sex="L",
                                         address="Jl. Merdeka No. %d RT 01" % n))
except UserError as exc:
    outcome = {"error": type(exc).__name__, "id": exc.render("id"), "en": exc.render("en"),
               "disk": getattr(exc, "disk", None)}
except Exception as exc:
    outcome = {"error": type(exc).__name__, "id": str(exc), "en": str(exc), "disk": None}
store.close()
print(json.dumps(outcome))
"""

HOLDER = r"""
import sys, apsw
connection = apsw.Connection(sys.argv[1])
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE participant SET notes = 'held' WHERE id = (SELECT MIN(id) FROM participant)")
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin
connection.execute("ROLLBACK")
"""


def _registrants(path: Path, count: int, start: int) -> Path:
    rows = [list(HEADINGS)] + registrant_rows(count, seed=start, start_serial=start)
    plain = [[c.strftime("%d/%m/%Y") if isinstance(c, dt.date) else
              (str(int(c)) if isinstance(c, float) else c) for c in row] for row in rows]
    return write_csv(path, plain, delimiter=";")


@pytest.fixture(scope="module")
def base_database(tmp_path_factory) -> Path:
    """A database with 300 imported participants, closed cleanly (no -wal left)."""
    folder = tmp_path_factory.mktemp("base")
    path = folder / "lpks.db"
    store = Store.open(parse_location(str(path)))
    try:
        with _signed_in():
            apply_import(store, plan_import(_registrants(folder / "first.csv", 300, 1)))
    finally:
        store.close()
        m.database.initialize(None)
    assert not (folder / "lpks.db-wal").exists()
    return path


@contextlib.contextmanager
def _signed_in():
    try:
        from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
    except ImportError:
        yield
        return
    with signed_in(SYSTEM_ADMIN):
        yield


def _copy(base: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / base.name
    shutil.copyfile(base, target)
    return target


def snapshot(path: Path) -> tuple[str, dict[str, int], str]:
    """(integrity_check, rows per table, SHA-256 over every table's rows and the schema).

    A read-write connection on purpose: closing it checkpoints and removes the -wal and -shm, as
    the app's clean close does, so the next test step starts from a file alone."""
    connection = apsw.Connection(str(path))
    try:
        integrity = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        digest = hashlib.sha256()
        counts = {}
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        digest.update(repr(schema).encode())
        for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall():
            rows = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            counts[name] = len(rows)
            digest.update(name.encode() + repr(rows).encode())
        return integrity, counts, digest.hexdigest()
    finally:
        connection.close()


def _run_writer(db_path: Path, mode: str, sheet: Path | None, cache: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", WRITER, str(db_path), mode, str(sheet or ""), cache],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- a full disk --------------------------------------------------------------------------------

@POSIX_ONLY
@pytest.mark.parametrize("mode", ["import", "saves", "cursor"])
@pytest.mark.parametrize("cache", ["", "20"], ids=["fails-at-commit", "fails-mid-transaction"])
def test_a_full_disk_names_the_disk_and_changes_nothing(base_database, tmp_path, mode, cache):
    db_path = _copy(base_database, tmp_path / "copy")
    sheet = _registrants(tmp_path / "more.csv", 3000, 1001) if mode == "import" else None
    before = snapshot(db_path)
    assert before[0] == "ok" and before[1]["participant"] == 300

    outcome = _run_writer(db_path, mode, sheet, cache)

    assert outcome["error"] == "DiskFull", outcome
    disk = disk_of(db_path)
    assert outcome["disk"] == disk
    assert f"Disk {disk} penuh" in outcome["id"] and str(db_path) in outcome["id"]
    assert f"The disk {disk} is full" in outcome["en"] and str(db_path) in outcome["en"]
    assert "Nothing was half-written" in outcome["en"] and "setengah jalan" in outcome["id"]
    for text in (outcome["id"], outcome["en"]):  # the masking errors must not be what the clerk reads
        assert "rollback" not in text.lower() and "savepoint" not in text.lower()
    assert snapshot(db_path) == before


def test_a_full_disk_hidden_behind_a_failed_rollback_is_still_the_full_disk(tmp_path):
    location = parse_location(str(tmp_path / "lpks.db"))
    real = apsw.FullError("database or disk is full")
    real.result = real.extendedresult = 13
    try:
        try:
            raise peewee.OperationalError(real)
        except peewee.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")
    except peewee.OperationalError as masked:
        found = classify_error(masked, location)
        assert isinstance(explain_database_error(masked, location), DiskFull)
    assert isinstance(found, DiskFull) and found.disk == disk_of(tmp_path)


# -- read-only ----------------------------------------------------------------------------------

@contextlib.contextmanager
def read_only(path: Path):
    """Make ``path`` (a file or a folder) unwritable for this process. An administrator (root)
    ignores permission bits, so for root the immutable attribute is used, where chattr works."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)],
                                                        capture_output=True).returncode != 0:
        pytest.skip("running as root, and chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@POSIX_ONLY
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_is_refused_with_nothing_changed(base_database, tmp_path, what):
    db_path = _copy(base_database, tmp_path / "copy")
    before = snapshot(db_path)
    location = parse_location(str(db_path))
    with read_only(db_path if what == "file" else db_path.parent):
        with pytest.raises(ReadOnlyDatabase) as caught:
            store = Store.open(location)  # the first write is the WAL set-up when opening
            try:
                with _signed_in():
                    store.save(m.Participant(nik="6311010101010001", full_name="Baru", sex="L"))
            finally:
                store.close()
                m.database.initialize(None)
    text_id, text_en = caught.value.render("id"), caught.value.render("en")
    assert str(db_path) in text_id and str(db_path) in text_en
    if what == "file":
        assert "read-only" in text_en and "hanya bisa dibaca" in text_id
    else:
        assert f"The folder {db_path.parent}" in text_en and f"Folder {db_path.parent}" in text_id
    assert snapshot(db_path) == before
    assert not (tmp_path / "copy" / "lpks.db-wal").exists() or what == "file"


def test_a_read_only_postgresql_server_is_refused(store, db_url):
    if store.location.is_sqlite:
        pytest.skip("a PostgreSQL setting")
    options = dict(store.location.options)
    options["options"] = (options.get("options", "") + " -c default_transaction_read_only=on").strip()
    location = dataclasses.replace(store.location, options=tuple(options.items()))
    db = make_database(location)
    m.database.initialize(db)
    try:
        with pytest.raises(ReadOnlyDatabase) as caught, _signed_in():
            Store(db, location).save(m.Participant(nik="6311010101010001", full_name="Baru", sex="L"))
        assert location.display() in caught.value.render("en")
        assert "only allows reading" in caught.value.render("en")
    finally:
        db.close()
        m.database.initialize(store.db)
    assert m.Participant.select().count() == 0


# -- held too long ------------------------------------------------------------------------------

def test_a_database_held_longer_than_the_wait_is_busy(base_database, tmp_path):
    db_path = _copy(base_database, tmp_path / "copy")
    location = parse_location(str(db_path))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding", holder.stderr.read()
        db = make_database(location, busy_timeout_s=0.3)
        m.database.initialize(db)
        try:
            with pytest.raises(DatabaseBusy) as caught, _signed_in():
                Store(db, location).save(m.Participant(nik="6311010101010001", full_name="Baru", sex="L"))
            assert "0.3 seconds" in caught.value.render("en") and "0.3 detik" in caught.value.render("id")
            assert str(db_path) in caught.value.render("en") and str(db_path) in caught.value.render("id")
            assert not db.in_transaction() and db.execute_sql("SELECT 1").fetchone() == (1,)
        finally:
            db.close()
            m.database.initialize(None)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert snapshot(db_path)[1]["participant"] == 300


def test_a_postgresql_table_locked_longer_than_the_wait_is_busy(store, db_url):
    if store.location.is_sqlite:
        pytest.skip("SQLite is covered with another process above")
    holder = make_database(store.location)
    db = make_database(store.location, busy_timeout_s=0.3)
    m.database.initialize(db)
    try:
        with holder.atomic():
            holder.execute_sql('LOCK TABLE "participant" IN ACCESS EXCLUSIVE MODE')
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as caught, _signed_in():
                Store(db, store.location).save(m.Participant(nik="6311010101010001", full_name="Baru", sex="L"))
            assert time.monotonic() - started < 8  # the short wait, not the default
        assert store.location.display() in caught.value.render("en")
        assert db.execute_sql("SELECT 1").fetchone() == (1,)
    finally:
        holder.close()
        db.close()
        m.database.initialize(store.db)
    assert m.Participant.select().count() == 0


def test_a_full_postgresql_disk_names_the_server(store, db_url):
    if store.location.is_sqlite:
        pytest.skip("the server's own error code")
    with pytest.raises(DiskFull) as caught, _signed_in():
        with store.transaction():
            store.save(m.Participant(nik="6311010101010001", full_name="Baru", sex="L"))
            # What the server says when it cannot extend a table's file.
            store.db.execute_sql("DO $$ BEGIN RAISE EXCEPTION 'could not extend file \"base/1/2\": No space "
                                 "left on device' USING ERRCODE = 'disk_full'; END $$")
    host = store.location.host or "localhost"
    assert f"server {host}" in caught.value.render("en") and host in caught.value.render("id")
    assert m.Participant.select().count() == 0


# -- the classification is one -------------------------------------------------------------------

def test_errors_without_a_code_are_classified_by_their_words(tmp_path):
    location = parse_location(str(tmp_path / "lpks.db"))
    assert isinstance(explain_database_error(peewee.OperationalError("database is locked"), location),
                      DatabaseBusy)
    assert isinstance(classify_error(peewee.OperationalError("database or disk is full"), location), DiskFull)
    assert classify_error(peewee.OperationalError("no such column: participant.nickname"), location) is None
    assert classify_error(peewee.IntegrityError("UNIQUE constraint failed: participant.nik"), location) is None
    unique = apsw.ConstraintError("UNIQUE constraint failed: participant.nik")
    unique.result = unique.extendedresult = 2067
    assert classify_error(peewee.IntegrityError(unique), location) is None
    already = UserError.__new__(DiskFull)
    assert classify_error(already, location) is already
