"""JP per competency unit: the program's, the schedule's and the journals' (``schedule_summary.jp_summary``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..formatting import format_number

SHORT_COLOR = QColor("#b3261e")
OVER_COLOR = QColor("#8a5a00")
CODE, TITLE, PROGRAM_JP, PLANNED_JP, DELIVERED_JP = range(5)


class UnitJpModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._headers = [self.tr("Unit code"), self.tr("Competency unit"), self.tr("Program JP"),
                         self.tr("Scheduled JP"), self.tr("Delivered JP")]

    def set_summary(self, summary: dict) -> None:
        """Takes ``jp_summary``'s result; sessions outside the program's units get a row of their own."""
        rows = list(summary["units"])
        if summary.get("other_planned_jp"):
            rows.append({"unit_id": None, "code": "", "title": self.tr("Other sessions (no unit)"),
                         "program_jp": None, "planned_jp": summary["other_planned_jp"],
                         "delivered_jp": summary.get("other_delivered_jp", 0)})
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    @staticmethod
    def difference(row: dict) -> int:
        """Scheduled minus the program's JP (0 for a row outside the program)."""
        return 0 if row["program_jp"] is None else row["planned_jp"] - row["program_jp"]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        row, column = self._rows[index.row()], index.column()
        difference = self.difference(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return row["code"]
            if column == TITLE:
                return row["title"]
            value = row[("program_jp", "planned_jp", "delivered_jp")[column - PROGRAM_JP]]
            return format_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= PROGRAM_JP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == PLANNED_JP and difference:
            return QBrush(SHORT_COLOR if difference < 0 else OVER_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return row["title"]
            if column == PLANNED_JP and difference < 0:
                return self.tr("%1 JP short of the program").replace("%1", format_number(-difference))
            if column == PLANNED_JP and difference > 0:
                return self.tr("%1 JP more than the program").replace("%1", format_number(difference))
        return None
