"""The class window's participants, by status then name (read-only; enrollments are changed elsewhere)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.services.classes import STATUS_ORDER
from ..formatting import format_date, format_number
from ..models.listing_model import ColumnSpec
from .class_labels import enrollment_status_labels, label
from .compact_tables import RowsModel, compact_table, local_date


class ClassParticipantsTab(QWidget):
    openParticipant = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.statuses = enrollment_status_labels()
        self.model = RowsModel([
            ColumnSpec("number", self.tr("No."), align_right=True),
            ColumnSpec("full_name", self.tr("Name")),
            ColumnSpec("nik", self.tr("NIK")),
            ColumnSpec("status", self.tr("Status"), lambda code: label(self.statuses, code)),
            ColumnSpec("registered_at", self.tr("Registered on"), lambda v: format_date(local_date(v))),
        ], self)
        self.view = compact_table(self.model, self, (45, 0, 160, 170, 150), stretch=1)
        self.view.setToolTip(self.tr("Press Enter or double-click to open the participant"))
        self.view.activated.connect(self._activated)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setWordWrap(True)
        self.counts_label.setContentsMargins(4, 4, 4, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.view, 1)

    def set_participants(self, people: list[dict]) -> None:
        self.model.set_rows(people)
        counts = Counter(person["status"] for person in people)
        parts = [f"{label(self.statuses, status)}: {format_number(counts[status])}"
                 for status in STATUS_ORDER if counts[status]]
        self.counts_label.setText(" · ".join(parts) if parts else self.tr("Nobody has registered yet."))

    def count(self) -> int:
        return self.model.rowCount()

    def _activated(self, index: QModelIndex) -> None:
        self.openParticipant.emit(self.model.row(index.row())["participant_id"])
