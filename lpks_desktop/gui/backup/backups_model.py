"""The backups in a folder as a table: when, why, how big, encrypted or not.

A folder holds at most a few dozen backups after rotation, so the whole list is read at
once (``core.backup.list_backups``, newest first); no paging is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from .. import i18n

COLUMNS = ("date", "reason", "size", "encrypted")
STATE_COLUMN = "state"  # only in a model made with ``with_state``: what a check found
_ROLE_INFO = Qt.ItemDataRole.UserRole




def reason_label(reason: str) -> str:
    labels = {
        "auto": QCoreApplication.translate("BackupsModel", "Automatic"),
        "manual": QCoreApplication.translate("BackupsModel", "By hand"),
        "before-restore": QCoreApplication.translate("BackupsModel", "Before a restore"),
    }
    return labels.get(reason, reason)


def size_label(size: int) -> str:
    locale = QLocale("id_ID" if i18n.active_language() == "id" else "en_GB")
    return locale.formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def date_label(when) -> str:
    """Date and time the backup was taken, in this PC's local time."""
    local = when.astimezone() if when.tzinfo is not None else when
    return local.strftime("%d-%m-%Y %H:%M")


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent=None, *, with_state: bool = False):
        super().__init__(parent)
        self._rows: list = []
        self._columns = COLUMNS + ((STATE_COLUMN,) if with_state else ())
        self._states: dict = {}

    def set_state(self, path, text: str) -> None:
        """What checking the backup at ``path`` found, shown in the state column."""
        self._states[str(path)] = text
        for row, info in enumerate(self._rows):
            if str(info.path) == str(path) and STATE_COLUMN in self._columns:
                index = self.index(row, self._columns.index(STATE_COLUMN))
                self.dataChanged.emit(index, index)

    def row_of(self, path) -> int:
        for row, info in enumerate(self._rows):
            if str(info.path) == str(path):
                return row
        return -1

    def set_backups(self, backups: list) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int):
        """The ``BackupInfo`` shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return (QCoreApplication.translate("BackupsModel", "Taken"),
                QCoreApplication.translate("BackupsModel", "Why"),
                QCoreApplication.translate("BackupsModel", "Size"),
                QCoreApplication.translate("BackupsModel", "Encrypted"),
                QCoreApplication.translate("BackupsModel", "Check"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                return date_label(info.created_at)
            if column == "reason":
                return reason_label(info.reason)
            if column == "size":
                return size_label(info.size)
            if column == STATE_COLUMN:
                return self._states.get(str(info.path), "")
            if info.encrypted:
                return QCoreApplication.translate("BackupsModel", "Yes, with a password")
            return QCoreApplication.translate("BackupsModel", "No")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _ROLE_INFO:
            return info
        return None
