"""The register of issued certificates (buku induk) as a table: one row per certificate number.

Revoked and replaced certificates stay listed: the register is the record that a number was
handed out, and to whom, whatever became of the certificate afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..formatting import format_date

NUMBER, NAME, CLASS, PROGRAM, ISSUED, STATUS, REASON, LINK = range(8)

VALID, REVOKED, REPLACED = "valid", "revoked", "replaced"
STATUS_COLOURS = {VALID: "#1b6e20", REVOKED: "#b3261e", REPLACED: "#8a5a00"}
NEUTRAL_COLOUR = "#4a4f55"


def status_text(status: str) -> str:
    """A certificate's status in words, the same on the register and the verify card."""
    if status == VALID:
        return QCoreApplication.translate("certificate_status", "Valid")
    if status == REVOKED:
        return QCoreApplication.translate("certificate_status", "Revoked")
    if status == REPLACED:
        return QCoreApplication.translate("certificate_status", "Replaced")
    return status


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(status, NEUTRAL_COLOUR)


def link_text(row) -> str:
    """Which certificate took this one's place, or which one this replaces."""
    parts = []
    if row.replaced_by_number:
        parts.append(QCoreApplication.translate("certificate_status", "replaced by %1")
                     .replace("%1", row.replaced_by_number))
    if row.replaces_number:
        parts.append(QCoreApplication.translate("certificate_status", "replaces %1")
                     .replace("%1", row.replaces_number))
    return "; ".join(parts)


class RegisterModel(QAbstractTableModel):
    """Rows of ``certificate_register`` as they came (by institution, year, sequence value)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row(self, index: int):
        return self._rows[index]

    def row_of(self, certificate_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == certificate_id:
                return number
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else LINK + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Number"), self.tr("Name"), self.tr("Class"), self.tr("Program"),
                self.tr("Issued"), self.tr("Status"), self.tr("Reason"),
                self.tr("Replaced by / replaces"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == REASON and row.revoke_reason:
                return row.revoke_reason
            if column == PROGRAM:
                return row.program_name
            if column == NAME and row.nik:
                return self.tr("NIK %1").replace("%1", row.nik)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QBrush(QColor(status_colour(row.status)))
        if role == Qt.ItemDataRole.FontRole and column == STATUS and row.status != VALID:
            return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == NAME:
            return row.participant_name
        if column == CLASS:
            return row.class_code
        if column == PROGRAM:
            return row.program_name
        if column == ISSUED:
            return format_date(row.issued_on)
        if column == STATUS:
            return status_text(row.status)
        if column == REASON:
            # One line in the table; the whole reason is in the tooltip.
            return " ".join((row.revoke_reason or "").split())
        return link_text(row)
