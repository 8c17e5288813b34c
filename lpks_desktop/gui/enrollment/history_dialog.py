"""One registrant's status history: when, by whom, from what to what, and why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableView, QVBoxLayout, QWidget)

from ...core.services import enrollments
from ..formatting import format_date
from ..pages.class_labels import enrollment_status_labels, label

WHEN, USER, CHANGE, REASON = range(4)


def local_time(value) -> dt.datetime | None:
    """Stored in UTC; shown in the PC's own time."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC).astimezone() if value.tzinfo is None else value.astimezone()
    return None


def when_text(value) -> str:
    moment = local_time(value)
    if moment is None:
        return format_date(value) if isinstance(value, dt.date) else ""
    return f"{format_date(moment.date())} {moment:%H:%M}"


class HistoryModel(QAbstractTableModel):
    """Rows of ``enrollments.status_history`` (at, user, old_status, status, reason), oldest
    first, as the core gives them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._labels = enrollment_status_labels()
        self._headers = [self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("Reason")]

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def text(self, row: dict, column: int) -> str:
        if column == WHEN:
            return when_text(row.get("at"))
        if column == USER:
            return row.get("user") or ""
        if column == CHANGE:
            new = label(self._labels, row.get("status"))
            old = row.get("old_status")
            return f"{label(self._labels, old)} → {new}" if old else new
        if column == REASON:
            return row.get("reason") or ""
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class HistoryDialog(QDialog):
    def __init__(self, enrollment_id: int, name: str, class_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status history — %1").replace("%1", name))
        heading = QLabel(self.tr("%1 in class %2: every status change, oldest first.")
                         .replace("%1", name).replace("%2", class_code), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.model = HistoryModel(self)
        self.model.set_rows(enrollments.status_history(enrollment_id))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in ((WHEN, 185), (USER, 120), (CHANGE, 290)):
            self.view.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(860, 380)
