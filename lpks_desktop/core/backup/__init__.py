"""Backups: consistent copies of the database, encrypted if wanted, thinned out over time,
and checked before a restore replaces anything."""

from .crypto import BackupDamaged, WrongPassword
from .files import BackupFolderError
from .keys import backup_key, clear_backup_password, set_backup_password, verify_backup_password
from .making import BackupCancelled, backup_due, default_backup_folder, make_backup
from .naming import BackupInfo, list_backups
from .postgres import ProgramMissing
from .restore import BackupCheck, RestoreResult, check_backup, finish_interrupted_restore, restore_backup
from .rotation import rotate

__all__ = [
    "BackupCancelled", "BackupCheck", "BackupDamaged", "BackupFolderError", "BackupInfo", "ProgramMissing",
    "RestoreResult", "WrongPassword", "backup_due", "backup_key", "check_backup", "clear_backup_password",
    "default_backup_folder", "finish_interrupted_restore", "list_backups", "make_backup", "rotate",
    "restore_backup", "set_backup_password", "verify_backup_password",
]
