"""The class window's history: every change to its sessions after the class started, newest first.

Read from ``core.services.sessions.session_history``, which words each change
(before → after) in both languages.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.services.sessions import session_history
from .. import i18n
from ..formatting import format_date
from ..models.listing_model import ColumnSpec
from ..models.schedule_model import format_time
from .compact_tables import RowsModel, compact_table


def local_time(value: dt.datetime | None) -> str:
    """A stored UTC moment as the PC's own date and clock time."""
    if value is None:
        return ""
    local = value.replace(tzinfo=dt.UTC).astimezone() if value.tzinfo is None else value.astimezone()
    return f"{format_date(local.date())} {format_time(local.time())}"


class ClassHistoryTab(QWidget):
    def __init__(self, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.class_id = class_id
        self.model = RowsModel([
            ColumnSpec("when", self.tr("When")),
            ColumnSpec("by", self.tr("By")),
            ColumnSpec("kind", self.tr("What")),
            ColumnSpec("session", self.tr("Session")),
            ColumnSpec("change", self.tr("Change")),
            ColumnSpec("reason", self.tr("Reason")),
        ], self)
        self.view = compact_table(self.model, self, (195, 110, 140, 200, 0, 220), stretch=4)
        self.empty_label = QLabel(self.tr(
            "No changes recorded. Changes to sessions are recorded here once the class has started."),
            self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        self.reload()

    def reload(self) -> None:
        lang = i18n.active_language()
        rows = [{"when": local_time(change["at"]), "by": change["by"],
                 "kind": change["kind_label"].render(lang),
                 "session": format_date(change["session_date"], with_weekday=True),
                 "change": change["summary"].render(lang), "reason": change["reason"]}
                for change in session_history(self.class_id)]
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def count(self) -> int:
        return self.model.rowCount()
