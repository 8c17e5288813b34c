"""A class's sessions as a table: the rows of ``core.services.classes.class_schedule``.

A class has tens of sessions, rarely more than two hundred, so they are held
in memory and shown whole; sorting is by date and time, as the core gives them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from .. import i18n
from ..formatting import format_date, format_number
from ..pages.class_labels import label, session_status_labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CANCELLED_COLOR = QColor("#8a8a8a")
MISSING_JOURNAL_COLOR = QColor("#8a5a00")
NUMBER, DATE, TIME, JP, UNIT, ROOM, TRAINERS, STATUS, JOURNAL = range(9)
RIGHT_ALIGNED = (NUMBER, JP, JOURNAL)


def format_time(value: dt.time) -> str:
    """08.00 in Indonesian, 08:00 in English."""
    return f"{value:%H.%M}" if i18n.language() == "id" else f"{value:%H:%M}"


def time_span(row: dict) -> str:
    return f"{format_time(row['start_time'])}–{format_time(row['end_time'])}"


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._today = today
        self._statuses = session_status_labels()
        self._headers = [self.tr("No."), self.tr("Day and date"), self.tr("Time"), self.tr("JP"),
                         self.tr("Unit / topic"), self.tr("Room"), self.tr("Trainers"),
                         self.tr("Status"), self.tr("Journal JP")]

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    def session_id(self, index: int) -> int:
        return self._rows[index]["session_id"]

    def row_of(self, session_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row["session_id"] == session_id:
                return index
        return None

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- texts ----------------------------------------------------------------------------------

    def unit_text(self, row: dict) -> str:
        # The session's own topic says more ("Membuat pola rok (2/3)"); else the unit's title.
        words = row.get("topic") or row.get("unit_title") or ""
        return f"{row['unit_code']} {words}".strip() if row.get("unit_code") else words

    def trainers_text(self, row: dict) -> str:
        names = [person["name"] if person["role"] == "lead"
                 else self.tr("%1 (assistant)").replace("%1", person["name"])
                 for person in row["trainers"]]
        return ", ".join(names)

    def journal_missing(self, row: dict) -> bool:
        return (row["status"] != "cancelled" and row.get("journal_jp") is None
                and row["date"] <= self.today())

    def _display(self, row: dict, column: int) -> str:
        if column == NUMBER:
            return format_number(row["number"]) if row["number"] is not None else "–"
        if column == DATE:
            return format_date(row["date"], with_weekday=True)
        if column == TIME:
            return time_span(row)
        if column == JP:
            return format_number(row["jp"])
        if column == UNIT:
            return self.unit_text(row)
        if column == ROOM:
            return row.get("room_name") or ""
        if column == TRAINERS:
            return self.trainers_text(row)
        if column == STATUS:
            return label(self._statuses, row["status"])
        if row.get("journal_jp") is not None:
            return format_number(row["journal_jp"])
        return "—" if self.journal_missing(row) else ""

    def _tooltip(self, row: dict, column: int) -> str:
        if row["status"] == "cancelled":
            reason = row.get("cancel_reason") or self.tr("no reason written")
            return self.tr("Cancelled: %1").replace("%1", reason)
        if column == UNIT:
            lines = [f"{row.get('unit_code') or ''} {row.get('unit_title') or ''}".strip(),
                     row.get("topic") or ""]
            return "\n".join(line for line in lines if line)
        if column == TRAINERS:
            return self.trainers_text(row) or self.tr("No trainer assigned yet")
        if column == JOURNAL:
            if row.get("journal_jp") is not None:
                return row.get("journal_taught") or ""
            if self.journal_missing(row):
                return self.tr("The trainer journal of this session is not written yet")
        return ""

    # -- Qt model interface -------------------------------------------------------------------

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or None
        if role == ID_ROLE:
            return row["session_id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row["status"] == "cancelled":
                return QBrush(CANCELLED_COLOR)
            if column == JOURNAL and self.journal_missing(row):
                return QBrush(MISSING_JOURNAL_COLOR)
        return None
