"""The tables of the "Check status" page: the people a search found, and one person's classes.

Both hold the short lists ``core.services.status_lookup.lookup`` returns (twenty
people at most, a handful of classes each), in the order the core gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.services.classes import SEATED
from ..formatting import format_date, format_phone
from ..pages.class_labels import enrollment_status_labels, label
from ..pages.compact_tables import local_date
from .roster_model import OUT, OUT_COLOR, RESERVE_COLOR, SEATED_COLOR

PERSON_NAME, PERSON_NIK, PERSON_PHONE, PERSON_BORN, PERSON_CITY = range(5)
NOT_PASSED_COLOR = QColor("#9a2a1e")
WAITING_COLOR = QColor("#1f3f8a")
CLASS, INSTITUTION, STATUS, SINCE, REASON = range(5)


def person_id(person: dict) -> int | None:
    return person.get("id")


def period_text(start, end) -> str:
    first, last = format_date(start), format_date(end)
    if first and last:
        return f"{first} – {last}"
    return first or last


class _ListModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self._headers = headers
        self._rows: list[dict] = []

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

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.row() < len(self._rows) and index.column() < len(self._headers)


class PeopleModel(_ListModel):
    """Who matched the search: enough to tell two Siti Aminahs apart."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Name"), self.tr("NIK"), self.tr("Phone"), self.tr("Born"),
                          self.tr("Regency/city")], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        person = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == PERSON_NAME:
                return person.get("full_name") or ""
            if index.column() == PERSON_NIK:
                return person.get("nik") or ""
            if index.column() == PERSON_PHONE:
                return format_phone(person.get("phone"))
            if index.column() == PERSON_BORN:
                return format_date(person.get("birth_date"))
            return person.get("city") or ""
        return None


class PersonClassesModel(_ListModel):
    """One person's classes at every institution: what to read out on the phone."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Class and its dates"), self.tr("Institution"), self.tr("Status"),
                          self.tr("Since"), self.tr("Reason given")], parent)
        self._labels = enrollment_status_labels()
        self.status_font = QFont()
        self.status_font.setBold(True)

    def set_font(self, font: QFont) -> None:
        """The view's (large) font: the status column is the same size, in bold."""
        self.status_font = QFont(font)
        self.status_font.setBold(True)

    def text(self, row: dict, column: int) -> str:
        if column == CLASS:
            name = f"{row.get('class_code', '')} — {row.get('class_name', '')}"
            period = period_text(row.get("start_date"), row.get("end_date"))
            return f"{name}\n{period}" if period else name
        if column == INSTITUTION:
            return row.get("institution_code") or ""
        if column == STATUS:
            text = label(self._labels, row.get("status"))
            if row.get("status") == "reserve" and row.get("reserve_rank"):
                text += f" #{row['reserve_rank']}"
            return text
        if column == SINCE:
            return format_date(local_date(row.get("since")))
        if column == REASON:
            return row.get("reason") or ""
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == INSTITUTION:
            return row.get("institution_name") or self.text(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            status = row.get("status")
            if status in SEATED:
                return SEATED_COLOR
            if status == "reserve":
                return RESERVE_COLOR
            if status == "not_passed":
                return NOT_PASSED_COLOR
            if status in OUT:
                return OUT_COLOR
            return WAITING_COLOR  # registered: waiting for a decision
        if role == Qt.ItemDataRole.FontRole and column == STATUS:
            return self.status_font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
