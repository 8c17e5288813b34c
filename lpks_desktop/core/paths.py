"""Where LPKS Desktop keeps its files on this computer."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "LPKS Desktop"
DEFAULT_DB_NAME = "lpks.db"


def data_dir() -> Path:
    """Per-user data folder: %LOCALAPPDATA%\\LPKS Desktop on Windows, ~/.local/share/LPKS Desktop on Linux.

    Local, not roaming: a SQLite file must not follow the user onto a network profile.
    """
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    return data_dir() / "logs"


def backup_dir() -> Path:
    return data_dir() / "backups"
