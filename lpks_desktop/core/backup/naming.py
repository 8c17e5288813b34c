"""How backup files are named, and reading a backup's facts back from its name.

A finished backup is ``lpks-YYYYMMDD-HHMMSS-<reason>.<kind extension>[.lpksenc]``;
anything still being written carries a name that cannot be mistaken for one
(it starts with a dot and ends in ``.partial``), so a file with a backup's name
is always complete.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

REASONS = ("auto", "manual", "before-restore")
EXTENSIONS = {"sqlite": ".sqlite", "postgresql": ".pgdump"}
ENCRYPTED_SUFFIX = ".lpksenc"
PARTIAL_PREFIX = ".lpks-"
PARTIAL_SUFFIX = ".partial"

_NAME = re.compile(
    r"^lpks-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<reason>auto|manual|before-restore))?"
    r"(?:-(?P<seq>\d{1,3}))?\.(?P<ext>sqlite|pgdump)(?P<enc>\.lpksenc)?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # local time, as written in the name
    kind: str  # "sqlite" | "postgresql"
    encrypted: bool
    size: int
    reason: str  # "auto" | "manual" | "before-restore"

    @property
    def name(self) -> str:
        return self.path.name


def backup_name(created_at: dt.datetime, reason: str, kind: str, encrypted: bool, seq: int = 0) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    stamp = created_at.strftime("%Y%m%d-%H%M%S")
    extra = f"-{seq}" if seq else ""
    return f"lpks-{stamp}-{reason}{extra}{EXTENSIONS[kind]}{ENCRYPTED_SUFFIX if encrypted else ''}"


def free_backup_path(folder: Path, created_at: dt.datetime, reason: str, kind: str,
                     encrypted: bool) -> Path:
    """A name not yet taken: two backups in one second get -1, -2, ..."""
    for seq in range(1000):
        candidate = folder / backup_name(created_at, reason, kind, encrypted, seq)
        if not candidate.exists():
            return candidate
    raise FileExistsError(folder / backup_name(created_at, reason, kind, encrypted))


def partial_path(folder: Path) -> Path:
    return folder / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}{PARTIAL_SUFFIX}"


def parse_name(path: Path) -> tuple[dt.datetime, str, str, bool] | None:
    """(created_at, reason, kind, encrypted) for a backup's name, else None."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        created = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    kind = "sqlite" if match["ext"] == "sqlite" else "postgresql"
    return created, match["reason"] or "manual", kind, bool(match["enc"])


def info_for(path: Path) -> BackupInfo | None:
    parsed = parse_name(path)
    if parsed is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    created, reason, kind, encrypted = parsed
    return BackupInfo(path=path, created_at=created, kind=kind, encrypted=encrypted, size=size,
                      reason=reason)


def list_backups(folder) -> list[BackupInfo]:
    """The finished backups in ``folder``, newest first; a missing folder holds none."""
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = [info for entry in entries if entry.is_file() and (info := info_for(entry)) is not None]
    return sorted(found, key=lambda b: (b.created_at, b.name), reverse=True)
