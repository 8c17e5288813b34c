"""The people a registration search found, each marked when already in the class."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..formatting import format_date, format_phone
from ..pages.class_labels import enrollment_status_labels, label
from .roster_model import OUT_COLOR

NAME, NIK, BORN, CITY, PHONE, IN_CLASS = range(6)


class CandidatesModel(QAbstractTableModel):
    """Rows of ``participants.find_person``; ``set_rows`` also takes who is in the class already
    (participant id -> status), so the clerk sees it before trying."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._in_class: dict[int, str] = {}
        self._labels = enrollment_status_labels()
        self._headers = [self.tr("Name"), self.tr("NIK"), self.tr("Born"), self.tr("Regency/city"),
                         self.tr("Phone"), self.tr("In this class")]

    def set_rows(self, rows: list[dict], in_class: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._in_class = dict(in_class)
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    def row_of(self, participant_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row["id"] == participant_id:
                return index
        return None

    def in_class(self, participant_id: int) -> str | None:
        """The person's status in the class, or None when they are not in it."""
        return self._in_class.get(participant_id)

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
        status = self._in_class.get(row["id"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                name = row.get("full_name") or ""
                if row.get("archived") and role == Qt.ItemDataRole.DisplayRole:
                    name += " " + self.tr("(archived)")
                return name
            if column == NIK:
                return row.get("nik") or ""
            if column == BORN:
                return format_date(row.get("birth_date"))
            if column == CITY:
                return row.get("city") or ""
            if column == PHONE:
                return format_phone(row.get("phone"))
            return label(self._labels, status) if status else ""
        if role == Qt.ItemDataRole.ForegroundRole and status:
            return OUT_COLOR  # already in: cannot be registered again
        return None
