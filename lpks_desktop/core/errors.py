"""Errors a user can act on, as opposed to bugs.

A ``UserError`` is the user's environment or input (a locked or damaged
database, a bad path, a newer schema); front ends show its text and carry on.
Anything else is a bug and goes to the crash report.
"""

from __future__ import annotations

from .i18n import Text


class UserError(Exception):
    """A problem the user can fix; ``text`` says what and where, in both languages."""

    def __init__(self, text: Text):
        super().__init__(text.en.format(**text.params) if text.params else text.en)
        self.text = text

    def render(self, lang: str | None = None) -> str:
        return self.text.render(lang)


class DatabaseLocationError(UserError):
    """The database location cannot be used (network share, unknown URL, missing folder)."""


class SchemaTooNewError(UserError):
    """The database was written by a newer LPKS Desktop."""


class DatabaseDamagedError(UserError):
    """The database file is not a database or fails its integrity check."""


class DemoRefusedError(UserError):
    """Demo data would be mixed with real records."""


# -- the environment refused a write or a read ------------------------------------------------
# Raised by the database layer (core.database.classify_error) in place of the driver's error,
# after the transaction was rolled back: each says that nothing was half-written.

class DiskFull(UserError):
    """The disk holding the database (or the server's disk) has no room left; ``disk`` names it."""

    def __init__(self, text: Text, disk: str = ""):
        super().__init__(text)
        self.disk = disk


class DatabaseBusy(UserError):
    """Another program or PC held the database longer than the wait allows."""


class ReadOnlyDatabase(UserError):
    """The database file, its folder, its disk or the server allows reading only."""


class StorageError(UserError):
    """The disk reported an error other than being full (a pulled USB stick, a failing disk)."""


class DatabaseInUse(UserError):
    """Another LPKS Desktop has this SQLite file open; ``holder`` says who, where and since when."""

    def __init__(self, text: Text, holder: dict | None = None):
        super().__init__(text)
        self.holder = holder or {}
