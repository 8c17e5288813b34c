"""Checking a backup, and putting it in place of the current database.

Nothing is replaced before the backup passed its check. For SQLite the swap is
a sequence of renames that a crash can interrupt anywhere: the restored copy is
first written completely under ``<db>.restoring``; once that name exists the
swap is bound to finish (``finish_interrupted_restore`` completes it at the next
start), and until it exists the database is untouched. The database being
replaced is kept, with its -wal and -shm, as ``<db>.before-restore-<time>``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import apsw

from ..errors import UserError
from ..i18n import Text
from . import postgres
from .crypto import BackupDamaged, WrongPassword, decrypt_stream, is_encrypted_file
from .files import fsync_file, fsync_folder, publish, remove_quietly

Progress = Callable[[int, int, str], None]
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
# Tables every schema version since the first holds.
CORE_TABLES = ("schema_version", "institution", "program", "participant", "training_class",
               "enrollment", "app_user", "audit_log", "setting")
COUNTED = ("institution", "program", "trainer", "participant", "training_class", "enrollment",
           "certificate", "app_user", "audit_log")
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass
class BackupCheck:
    path: Path
    kind: str = ""  # "sqlite" | "postgresql" | "" when not recognised
    encrypted: bool = False
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Text] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | str  # the database as it was before, or where its dump went
    schema_version: int
    counts: dict


def _require(action_name: str) -> None:
    from ..auth.permissions import Action, require

    require(getattr(Action, action_name))


def _latest_version() -> int:
    from ..migrations import LATEST_VERSION

    return LATEST_VERSION


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(16)


def _problem(id_text: str, en_text: str, **params) -> Text:
    return Text(id_text, en_text, params)


def _version_problem(check: BackupCheck) -> None:
    latest = _latest_version()
    if not 1 <= check.schema_version <= latest:
        check.problems.append(_problem(
            "Cadangan {path} berskema versi {found}; versi ini dapat memulihkan versi 1 sampai {latest}.",
            "The backup {path} has schema version {found}; this version can restore versions 1 to "
            "{latest}.", path=str(check.path), found=check.schema_version, latest=latest))


def _check_sqlite_file(plain: Path, check: BackupCheck) -> None:
    try:
        # immutable: a backup is read as it lies, no -wal or lock files are made beside it.
        connection = apsw.Connection(f"file:{plain}?mode=ro&immutable=1",
                                     flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    except apsw.Error as exc:
        check.problems.append(_problem("Cadangan {path} tidak dapat dibuka: {detail}",
                                       "The backup {path} cannot be opened: {detail}",
                                       path=str(check.path), detail=str(exc)))
        return
    try:
        rows = connection.execute("PRAGMA integrity_check(10)").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            check.problems += [_problem("Cadangan {path} rusak: {detail}", "The backup {path} is damaged: {detail}",
                                        path=str(check.path), detail=str(r[0])) for r in rows]
            return
        tables = {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()}
        missing = [t for t in CORE_TABLES if t not in tables]
        if missing:
            check.problems.append(_problem(
                "{path} bukan cadangan LPKS Desktop (tabel yang tidak ada: {tables}).",
                "{path} is not an LPKS Desktop backup (missing tables: {tables}).",
                path=str(check.path), tables=", ".join(missing)))
            return
        check.schema_version = int(connection.execute(
            'SELECT COALESCE(MAX(version), 0) FROM "schema_version"').fetchone()[0])
        _version_problem(check)
        for table in COUNTED:
            if table in tables:
                check.counts[table] = int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
    except apsw.Error as exc:
        check.problems.append(_problem("Cadangan {path} rusak: {detail}", "The backup {path} is damaged: {detail}",
                                       path=str(check.path), detail=str(exc)))
    finally:
        connection.close()


def _check_pg_file(plain: Path, check: BackupCheck) -> None:
    try:
        toc = postgres.list_contents(plain)
    except postgres.ProgramMissing:
        raise
    except UserError as exc:
        check.problems.append(exc.text)
        return
    broken = postgres.read_through(plain)
    if broken:
        check.problems.append(_problem("Cadangan {path} rusak: {detail}", "The backup {path} is damaged: {detail}",
                                       path=str(check.path), detail=broken))
        return
    schemas = postgres.dumped_tables(toc)
    schema = next((s for s, tables in schemas.items() if "schema_version" in tables), None)
    tables = schemas.get(schema, set())
    missing = [t for t in CORE_TABLES if t not in tables]
    if schema is None or missing:
        check.problems.append(_problem(
            "{path} bukan cadangan LPKS Desktop (tabel yang tidak ada: {tables}).",
            "{path} is not an LPKS Desktop backup (missing tables: {tables}).",
            path=str(check.path), tables=", ".join(missing)))
        return
    check.meta["schema"] = schema
    check.schema_version = postgres.dumped_schema_version(plain, schema)
    _version_problem(check)


class _Plain:
    """The backup as a plain file: itself, or decrypted into a private temporary folder."""

    def __init__(self, path: Path, password: str | None):
        self.path = Path(path)
        self.password = password
        self.folder: Path | None = None
        self.file = self.path
        self.meta: dict = {}

    def __enter__(self) -> "_Plain":
        if is_encrypted_file(self.path):
            if not self.password:
                raise WrongPassword(Text(
                    "Cadangan {path} terenkripsi; masukkan kata sandi cadangannya.",
                    "The backup {path} is encrypted; give its backup password.", {"path": str(self.path)}))
            self.folder = Path(tempfile.mkdtemp(prefix="lpks-restore-"))
            self.file = self.folder / "plain"
            try:
                with open(self.path, "rb") as source, open(self.file, "wb") as target:
                    self.meta = decrypt_stream(source, target, self.password, path=self.path)
            except BaseException:
                self.__exit__()
                raise
        return self

    @property
    def encrypted(self) -> bool:
        return self.folder is not None

    def __exit__(self, *exc) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _check_plain(plain: _Plain) -> BackupCheck:
    check = BackupCheck(path=plain.path, encrypted=plain.encrypted, meta=dict(plain.meta))
    head = _head(plain.file)
    if head.startswith(SQLITE_MAGIC):
        check.kind = "sqlite"
        _check_sqlite_file(plain.file, check)
    elif head.startswith(PGDUMP_MAGIC):
        check.kind = "postgresql"
        _check_pg_file(plain.file, check)
    else:
        check.problems.append(_problem(
            "{path} bukan file cadangan LPKS Desktop.", "{path} is not an LPKS Desktop backup file.",
            path=str(plain.path)))
    return check


def _unreadable(path: Path, exc: OSError) -> UserError:
    return UserError(Text("Cadangan {path} tidak dapat dibaca: {detail}",
                          "The backup {path} cannot be read: {detail}",
                          {"path": str(path), "detail": exc.strerror or str(exc)}))


def check_backup(path, *, password: str | None = None) -> BackupCheck:
    """Check a backup without changing anything: decryption, integrity, schema version, our tables.

    Raises WrongPassword for a wrong or missing password and BackupDamaged for an
    altered encrypted file; other findings are listed in ``problems``.
    """
    path = Path(path)
    try:
        with _Plain(path, password) as plain:
            return _check_plain(plain)
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _refuse(check: BackupCheck) -> BackupDamaged:
    first = check.problems[0]
    return BackupDamaged(Text(
        "Cadangan {path} tidak dipulihkan, tidak ada yang diganti: {problem_id}",
        "The backup {path} was not restored, nothing was replaced: {problem_en}",
        {"path": str(check.path), "problem_id": first.render("id"), "problem_en": first.render("en")}))


# ----------------------------------------------------------------------------- SQLite swap

def restoring_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restoring")


def _partial(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restoring.partial")


def _plan_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restore-plan")


def _aside_path(db_path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for seq in range(1000):
        candidate = db_path.with_name(f"{db_path.name}.before-restore-{stamp}{f'-{seq}' if seq else ''}")
        if not any(Path(str(candidate) + s).exists() for s in ("",) + SIDE_FILES):
            return candidate
    raise FileExistsError(db_path)


def _write_plan(db_path: Path, aside: Path) -> None:
    plan = _plan_path(db_path)
    temporary = plan.with_name(plan.name + ".partial")
    temporary.write_text(json.dumps({"aside": aside.name}), encoding="utf-8")
    publish(temporary, plan)


def _read_plan(db_path: Path) -> Path | None:
    try:
        name = json.loads(_plan_path(db_path).read_text(encoding="utf-8"))["aside"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(name, str) or "/" in name or "\\" in name:
        return None
    return db_path.with_name(name)


def _swap(db_path: Path, aside: Path) -> None:
    """Move the current database (side files first) aside and the restored one into place."""
    # Side files go first: the restored file must never meet the old database's -wal or -journal.
    for suffix in SIDE_FILES + ("",):
        current = Path(str(db_path) + suffix)
        if current.exists():
            os.replace(current, Path(str(aside) + suffix))
    os.replace(restoring_path(db_path), db_path)
    fsync_folder(db_path.parent)
    remove_quietly(_plan_path(db_path))


def finish_interrupted_restore(location) -> bool:
    """At start-up, before opening: finish a restore a crash interrupted; True when something was done.

    A complete ``.restoring`` file finishes the swap; a half-written one is removed
    (the database was never touched then).
    """
    if not getattr(location, "is_sqlite", False):
        return False
    db_path = Path(location.path)
    done = False
    if restoring_path(db_path).exists():
        aside = _read_plan(db_path) or _aside_path(db_path)
        _swap(db_path, aside)
        done = True
    for leftover in (_partial(db_path), _plan_path(db_path),
                     _plan_path(db_path).with_name(_plan_path(db_path).name + ".partial")):
        if leftover.exists():
            remove_quietly(leftover)
            done = True
    return done


def _copy_with_progress(source: Path, target: Path, progress: Progress | None) -> None:
    total = source.stat().st_size
    done = 0
    label = Text("Menyalin cadangan", "Copying the backup").render()
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)
            done += len(chunk)
            if progress:
                progress(done, total, label)


def _produce_partial(path: Path, partial: Path, password: str | None, progress: Progress | None) -> BackupCheck:
    """Write the backup, decrypted if need be, as ``partial`` and check that very file."""
    check = BackupCheck(path=path, encrypted=is_encrypted_file(path))
    if check.encrypted:
        if not password:
            raise WrongPassword(Text(
                "Cadangan {path} terenkripsi; masukkan kata sandi cadangannya.",
                "The backup {path} is encrypted; give its backup password.", {"path": str(path)}))
        total = path.stat().st_size
        label = Text("Membuka enkripsi cadangan", "Decrypting the backup").render()
        with open(path, "rb") as source, open(partial, "wb") as target:
            check.meta = decrypt_stream(source, target, password, path=path,
                                        progress=(lambda done: progress(min(done, total), total, label))
                                        if progress else None)
    else:
        _copy_with_progress(path, partial, progress)
    head = _head(partial)
    if head.startswith(SQLITE_MAGIC):
        check.kind = "sqlite"
        _check_sqlite_file(partial, check)
    elif head.startswith(PGDUMP_MAGIC):
        check.kind = "postgresql"
    else:
        check.problems.append(_problem(
            "{path} bukan file cadangan LPKS Desktop.", "{path} is not an LPKS Desktop backup file.",
            path=str(path)))
    return check


def _restore_sqlite(location, path: Path, password: str | None, progress: Progress | None) -> RestoreResult:
    """The backup is decrypted (or copied) straight to ``<db>.restoring.partial`` beside the
    database and checked there: no plain copy goes to a shared temporary folder, and what is
    checked is exactly what is put in place."""
    db_path = Path(location.path)
    finish_interrupted_restore(location)
    partial = _partial(db_path)
    try:
        check = _produce_partial(path, partial, password, progress)
        if check.kind == "postgresql":
            raise _wrong_kind(path, check.kind, location.kind)
        if not check.ok:
            raise _refuse(check)
        fsync_file(partial)
        aside = _aside_path(db_path)
        _write_plan(db_path, aside)
        os.replace(partial, restoring_path(db_path))
        fsync_folder(db_path.parent)
    except BaseException as exc:
        remove_quietly(partial)
        remove_quietly(_plan_path(db_path))
        if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
            from .files import explain_write_error

            explained = explain_write_error(exc, db_path.parent)
            if explained is not None:
                raise explained from exc
        raise
    # From here the restore is bound to complete, now or at the next start.
    _swap(db_path, aside)
    return RestoreResult(restored_from=path, kept_aside=aside, schema_version=check.schema_version,
                         counts=check.counts)


def _wrong_kind(path: Path, found: str, wanted: str) -> UserError:
    return UserError(Text(
        "Cadangan {path} berasal dari basis data {found}, bukan {wanted}; tidak ada yang diganti.",
        "The backup {path} comes from a {found} database, not {wanted}; nothing was replaced.",
        {"path": str(path), "found": found, "wanted": wanted}))


def _restore_pg(location, plain: _Plain, check: BackupCheck, folder, progress: Progress | None) -> RestoreResult:
    from ..opening import connect
    from ..store import Store
    from .making import make_backup

    wanted = postgres.schema_of(location) or "public"
    dumped = check.meta.get("schema") or "public"
    if dumped != wanted:
        raise UserError(Text(
            "Cadangan {path} berisi skema {dumped}, sedangkan basis data ini memakai skema {wanted}; "
            "tidak ada yang diganti.",
            "The backup {path} holds the schema {dumped} while this database uses the schema {wanted}; "
            "nothing was replaced.", {"path": str(plain.path), "dumped": dumped, "wanted": wanted}))
    if progress:
        progress(0, 0, Text("Mencadangkan basis data sekarang", "Backing up the current database").render())
    db = connect(location)
    try:
        before = make_backup(Store(db, location), folder=folder, reason="before-restore")
    finally:
        db.close()
    if progress:
        progress(0, 0, Text("Memulihkan", "Restoring").render())
    postgres.restore(location, plain.file)
    return RestoreResult(restored_from=plain.path, kept_aside=before.path,
                         schema_version=check.schema_version, counts=check.counts)


def restore_backup(location, path, *, password: str | None = None, progress: Progress | None = None,
                   folder=None) -> RestoreResult:
    """Replace the database at ``location`` with the backup ``path``, after checking it.

    SQLite: the caller has closed its connections to the database; the file is
    swapped and migrated at its next opening. PostgreSQL: a dump of the current
    contents goes into ``folder`` (the default backup folder) first, then the
    backup is restored in one transaction.
    """
    _require("RESTORE")
    path = Path(path)
    if not path.is_file():
        raise _unreadable(path, FileNotFoundError(2, "No such file", str(path)))
    if location.is_sqlite:
        return _restore_sqlite(location, path, password, progress)
    with _Plain(path, password) as plain:
        check = _check_plain(plain)
        if not check.ok:
            raise _refuse(check)
        if check.kind != location.kind:
            raise _wrong_kind(path, check.kind, location.kind)
        return _restore_pg(location, plain, check, folder, progress)
