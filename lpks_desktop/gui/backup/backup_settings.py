"""This PC's backup settings: whether automatic backups run and which folder they go to.

Per PC (QSettings), not in the data: a USB stick plugged into one PC has a drive letter
that means nothing on another PC sharing the same PostgreSQL server.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ENABLED_KEY = "backup/enabled"
FOLDER_KEY = "backup/folder"


def _default_folder() -> Path:
    from ...core.backup import default_backup_folder

    return Path(default_backup_folder())


def automatic_enabled() -> bool:
    value = QSettings().value(ENABLED_KEY, True)
    if isinstance(value, str):  # INI files give back text
        return value.strip().lower() not in ("false", "0", "no", "")
    return bool(value)


def set_automatic_enabled(enabled: bool) -> None:
    settings = QSettings()
    settings.setValue(ENABLED_KEY, bool(enabled))
    settings.sync()


def backup_folder() -> Path:
    """The folder chosen on this PC, else the core's default folder."""
    value = QSettings().value(FOLDER_KEY, "")
    text = str(value).strip() if value is not None else ""
    return Path(text) if text else _default_folder()


def set_backup_folder(folder: str | Path | None) -> None:
    """Remember ``folder``; None or "" goes back to the default folder."""
    settings = QSettings()
    if folder:
        settings.setValue(FOLDER_KEY, str(folder))
    else:
        settings.remove(FOLDER_KEY)
    settings.sync()


def make_backup_into(folder: Path):
    """What ``make_backup``'s ``folder`` gets: None for the default folder, which the core
    creates on first use; a chosen folder must exist (a USB stick not plugged in is reported)."""
    return None if Path(folder) == _default_folder() else Path(folder)


def _existing_ancestor(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def same_disk(folder: Path, database_file: Path | None) -> bool:
    """True when backups in ``folder`` would sit on the same disk as the database file.

    A backup on the same disk is lost with it when the disk fails; the clerk is warned.
    Unknown (no database file, folder not reachable): False, there is nothing to warn about.
    """
    if database_file is None:
        return False
    here, there = _existing_ancestor(Path(folder)), _existing_ancestor(Path(database_file))
    if here is None or there is None:
        return False
    try:
        return os.stat(here).st_dev == os.stat(there).st_dev
    except OSError:
        return False
