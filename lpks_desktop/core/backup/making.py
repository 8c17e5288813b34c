"""Making a backup: a consistent copy, checked, optionally encrypted, published atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from .. import paths
from ..errors import UserError
from ..i18n import Text
from . import postgres
from .crypto import KeyConfig, encrypt_stream, new_key_config
from .files import (discard, explain_write_error, folder_missing, publish_new, sweep_partials,
                    sweep_private_copies)
from .keys import backup_key
from .naming import BackupInfo, free_backup_path, info_for, partial_path
from .snapshot import Cancelled, CopyDamaged, copy_sqlite
from .state import change_marker, database_identity, entry_for, parse_time, record_backup

Progress = Callable[[int, int, str], None]
AUTO_INTERVAL = dt.timedelta(hours=24)


class BackupCancelled(UserError):
    """The user cancelled a backup; nothing was kept."""


def _require(action_name: str) -> None:
    from ..auth.permissions import Action, require

    require(getattr(Action, action_name))


def default_backup_folder() -> Path:
    return paths.backup_dir()


def _label(id_text: str, en_text: str) -> str:
    return Text(id_text, en_text).render()


def _target(store, folder, output, reason: str, encrypted: bool, created_at: dt.datetime) -> Path:
    kind = store.location.kind
    if output is not None:
        output = Path(output).expanduser().absolute()
        if not output.parent.is_dir():
            raise folder_missing(output.parent)
        if output.exists():
            raise UserError(Text(
                "File {path} sudah ada; cadangan tidak menimpa file. Pilih nama lain.",
                "The file {path} already exists; a backup never overwrites a file. Choose another name.",
                {"path": str(output)}))
        return output
    if folder is None:
        folder = default_backup_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise (explain_write_error(exc, folder) or folder_missing(folder)) from exc
    folder = Path(folder).expanduser().absolute()
    if not folder.is_dir():
        raise folder_missing(folder)
    return free_backup_path(folder, created_at, reason, kind, encrypted)


def _encrypt_file(plain: Path, target: Path, config: KeyConfig, meta: dict,
                  progress: Progress | None, cancelled) -> None:
    total = plain.stat().st_size
    label = _label("Mengenkripsi", "Encrypting")
    with open(plain, "rb") as source, open(target, "wb") as sink:
        encrypt_stream(source, sink, config, meta=meta,
                       progress=(lambda done: progress(done, total, label)) if progress else None,
                       cancelled=cancelled)


def _publish(temporary: Path, final: Path, chosen: bool, created_at, reason, kind, encrypted) -> Path:
    """Give the finished file its name; a name another PC took meanwhile moves ours to the next one."""
    for _ in range(100):
        try:
            publish_new(temporary, final)
            return final
        except FileExistsError:
            if chosen:
                raise UserError(Text(
                    "File {path} muncul saat cadangan dibuat; cadangan tidak menimpa file. Pilih nama lain.",
                    "The file {path} appeared while the backup was made; a backup never overwrites a file. "
                    "Choose another name.", {"path": str(final)})) from None
            final = free_backup_path(final.parent, created_at, reason, kind, encrypted)
    raise FileExistsError(final)


def make_backup(store, *, folder=None, output=None, password: str | None = None, reason: str = "manual",
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> BackupInfo:
    """Back up the open store's database into ``folder`` (or as ``output``).

    With ``password`` the file is encrypted with a key pair made for this file
    alone; without one, it is encrypted when the database has a backup password
    (``set_backup_password``), else written plain. A file with a backup's name
    appears only once the copy is complete and checked; a cancelled or failed
    backup leaves nothing.
    """
    _require("BACKUP")
    config = new_key_config(password) if password else backup_key(store)
    encrypted = config is not None
    created_at = dt.datetime.now().replace(microsecond=0)
    final = _target(store, folder, output, reason, encrypted, created_at)
    location = store.location
    sweep_partials(final.parent)
    sweep_private_copies()
    temporary = partial_path(final.parent)
    # The plain copy an encrypted SQLite backup is made from lies beside the database, which
    # holds the same data in clear anyway: never in the shared temporary folder, never on the stick.
    plain = temporary
    if encrypted and location.is_sqlite:
        sweep_partials(location.path.parent)
        plain = partial_path(location.path.parent)
    marker: list[str] = []
    meta = {"kind": location.kind, "reason": reason, "created_at": created_at.isoformat()}
    try:
        if location.is_sqlite:
            label = _label("Menyalin basis data", "Copying the database")
            copy_sqlite(store.db, plain, before_copy=lambda: marker.append(change_marker(store.db)),
                        progress=(lambda done, total: progress(done, total, label)) if progress else None,
                        cancelled=cancelled)
            if encrypted:
                _encrypt_file(plain, temporary, config, meta, progress, cancelled)
        else:
            marker.append(change_marker(store.db))
            if progress:
                progress(0, 0, _label("Membuat dump PostgreSQL", "Dumping PostgreSQL"))
            if encrypted:
                with open(temporary, "wb") as sink:
                    postgres.dump_into(location, lambda stream: encrypt_stream(
                        stream, sink, config, meta=meta, cancelled=cancelled))
            else:
                postgres.dump(location, temporary, cancelled=cancelled)
                postgres.list_contents(temporary)
        if cancelled and cancelled():
            raise Cancelled()
        final = _publish(temporary, final, output is not None, created_at, reason, location.kind, encrypted)
    except (Cancelled, InterruptedError):
        discard(temporary)
        raise BackupCancelled(Text("Pencadangan dibatalkan; tidak ada file yang tertinggal.",
                                   "Backup cancelled; no file was left behind.")) from None
    except UserError:
        discard(temporary)
        raise
    except CopyDamaged as exc:
        discard(temporary)
        raise UserError(Text(
            "Salinan basis data {where} gagal pemeriksaan keutuhan ({detail}); cadangan tidak disimpan. "
            "Basis data itu sendiri mungkin rusak: jalankan pemeriksaan (lpks-desktop check).",
            "The copy of the database {where} failed its integrity check ({detail}); the backup was not "
            "kept. The database itself may be damaged: run the check (lpks-desktop check).",
            {"where": location.display(), "detail": str(exc)})) from exc
    except Exception as exc:
        discard(temporary)
        explained = explain_write_error(exc, final.parent)
        if explained is None:
            raise
        raise explained from exc
    finally:
        if plain != temporary:
            discard(plain)
    if output is None:
        record_backup(final.parent, database_identity(location), marker=marker[0], reason=reason,
                      created_at=created_at, file_name=final.name, where=location.display())
    info = info_for(final)
    if info is None:
        info = BackupInfo(path=final, created_at=created_at, kind=location.kind, encrypted=encrypted,
                          size=final.stat().st_size, reason=reason)
    return info


def backup_due(store, folder, *, now: dt.datetime | None = None, closing: bool = False) -> bool:
    """Whether an automatic backup should be made now.

    Only when the records changed since the last backup in ``folder``; while
    the app is open, also only when the last automatic one is 24 hours old.
    """
    entry = entry_for(Path(folder), database_identity(store.location))
    if entry.get("marker") == change_marker(store.db):
        return False
    if closing:
        return True
    last_auto = parse_time(entry.get("last_auto_at"))
    if last_auto is None:
        return True
    return (now or dt.datetime.now()) - last_auto >= AUTO_INTERVAL
