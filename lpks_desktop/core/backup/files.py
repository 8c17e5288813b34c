"""Writing files so that a crash leaves either the old state or the new one.

A file is written under a temporary name, flushed to the disk, renamed into
place, and the folder itself flushed, so the rename survives a power cut too.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ..errors import UserError
from ..i18n import Text


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    # Windows cannot open a folder for flushing; NTFS journals renames itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(temporary: Path, final: Path) -> None:
    """Flush ``temporary`` and give it its final name in one atomic step."""
    fsync_file(temporary)
    os.replace(temporary, final)
    fsync_folder(final.parent)


def publish_new(temporary: Path, final: Path) -> None:
    """As ``publish``, but never over an existing file (raises FileExistsError instead).

    Two PCs backing up into one shared folder in the same second must not overwrite
    each other's backup. A hard link is atomic and refuses an existing name; file
    systems without hard links (FAT on a USB stick) fall back to a checked rename.
    """
    fsync_file(temporary)
    if os.name == "nt":
        os.rename(temporary, final)  # refuses an existing target on Windows
    else:
        try:
            os.link(temporary, final)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
                raise
            if final.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(final)) from None
            os.rename(temporary, final)
        else:
            os.unlink(temporary)
    fsync_folder(final.parent)


def remove_quietly(path: Path | None) -> None:
    if path is None:
        return
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def discard(path: Path | None) -> None:
    """Remove a file not finished, with the -journal, -wal and -shm SQLite may have made beside it."""
    if path is None:
        return
    for suffix in ("", "-journal", "-wal", "-shm"):
        remove_quietly(Path(str(path) + suffix))


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space" in text or "file too large" in text \
        or type(exc).__name__ == "FullError"


def is_read_only(exc: BaseException) -> bool:
    if isinstance(exc, PermissionError):
        return True
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return True
    return type(exc).__name__ in ("ReadOnlyError", "CantOpenError", "PermissionsError")


class BackupFolderError(UserError):
    """The backup folder is missing, read-only or full."""


def folder_missing(folder: Path) -> BackupFolderError:
    return BackupFolderError(Text(
        "Folder cadangan {folder} tidak ada. Bila itu flashdisk, pasang dulu; atau pilih folder lain. "
        "Tidak ada yang diubah.",
        "The backup folder {folder} does not exist. If it is a USB stick, plug it in first; or choose "
        "another folder. Nothing was changed.",
        {"folder": str(folder)}))


def explain_write_error(exc: BaseException, folder: Path) -> UserError | None:
    """A bilingual message for a full or read-only backup folder; None for anything else."""
    if is_disk_full(exc):
        return BackupFolderError(Text(
            "Disk untuk folder cadangan {folder} penuh. Kosongkan ruang atau pilih folder lain; "
            "tidak ada cadangan setengah jadi yang tertinggal.",
            "The disk holding the backup folder {folder} is full. Free some space or choose another "
            "folder; no half-written backup was left behind.",
            {"folder": str(folder)}))
    if is_read_only(exc):
        return BackupFolderError(Text(
            "Folder cadangan {folder} tidak bisa ditulis (hanya-baca atau tanpa izin). Pilih folder "
            "lain; tidak ada yang diubah.",
            "The backup folder {folder} cannot be written (read-only or no permission). Choose another "
            "folder; nothing was changed.",
            {"folder": str(folder)}))
    return None


# A backup still being written touches its file every few seconds; one untouched this long
# was left by a process that was killed or lost power.
STALE_AFTER_S = 3600
PRIVATE_PREFIXES = ("lpks-backup-", "lpks-restore-")


def _stale(entry: Path, now: float) -> bool:
    touched = entry.stat().st_mtime
    if entry.is_dir():
        touched = max([touched] + [child.stat().st_mtime for child in entry.iterdir()])
    return now - touched >= STALE_AFTER_S


def _remove(entries, now: float) -> list[Path]:
    import shutil

    removed = []
    for entry in entries:
        try:
            if not _stale(entry, now):
                continue
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    return removed


def sweep_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the partial files killed backups left in ``folder``."""
    import time

    from .naming import PARTIAL_PREFIX, PARTIAL_SUFFIX

    try:
        entries = [e for e in Path(folder).iterdir()
                   if e.name.startswith(PARTIAL_PREFIX) and PARTIAL_SUFFIX in e.name]
    except OSError:
        return []
    return _remove(entries, time.time() if now is None else now)


def sweep_private_copies(*, now: float | None = None) -> list[Path]:
    """Remove the private temporary folders killed backups and restores left (they may hold a
    plain copy of the data made for an encrypted backup)."""
    import tempfile
    import time

    try:
        entries = [e for e in Path(tempfile.gettempdir()).iterdir() if e.name.startswith(PRIVATE_PREFIXES)]
    except OSError:
        return []
    return _remove(entries, time.time() if now is None else now)
