"""The user accounts as a table: name, role, linked trainer, whether they can sign in, last sign-in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.auth.accounts import UserRow
from ..formatting import format_date, format_time
from .role_gate import role_label

USERNAME, FULL_NAME, ROLE, TRAINER, STATE, LAST_SIGN_IN = range(6)
LOCKED_COLOUR = QColor("#b3261e")


def local_datetime(utc: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time on this PC's clock."""
    if utc is None:
        return None
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def format_moment(utc: dt.datetime | None) -> str:
    local = local_datetime(utc)
    return f"{format_date(local)} {format_time(local.time())}" if local else ""


class UsersModel(QAbstractTableModel):
    def __init__(self, parent=None, now=None):
        super().__init__(parent)
        self._rows: list[UserRow] = []
        self._now = now or (lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, username: str) -> int | None:
        for position, user in enumerate(self._rows):
            if user.username == username:
                return position
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Trainer"),
                 self.tr("Can sign in"), self.tr("Last sign-in"))
        return names[section] if 0 <= section < len(names) else None

    def is_locked(self, user: UserRow) -> bool:
        return not user.active or (user.locked_until is not None and user.locked_until > self._now())

    def state(self, user: UserRow) -> str:
        if not user.has_password:
            return self.tr("No password yet")
        if not user.active:
            return self.tr("Locked by an administrator")
        if user.locked_until is not None and user.locked_until > self._now():
            return self.tr("Locked until %1").replace("%1", format_moment(user.locked_until))
        if user.must_change_password:
            return self.tr("Yes (must choose a new password)")
        return self.tr("Yes")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (user.username, user.full_name, role_label(user.role), user.trainer_name,
                    self.state(user), format_moment(user.last_login_at) or self.tr("Never"))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE and \
                (self.is_locked(user) or not user.has_password):
            return LOCKED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and user.failed_logins:
            return self.tr("%n failed sign-ins in a row", "", user.failed_logins)
        return None
