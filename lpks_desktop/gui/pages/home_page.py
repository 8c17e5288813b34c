"""The home page: what a clerk needs at 8 a.m., from ``core.services.dashboard``.

Today's sessions, the classes running, registrations waiting for a decision
and certificates ready to print, each a short list; activating a row opens
that class (for now its read-only summary).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...core.services import dashboard
from ...core.store import Store
from ..formatting import format_date, format_number
from ..models.listing_model import ColumnSpec
from .compact_tables import RowsModel, compact_table, local_date, time_span, \
    unit_or_topic

EMPTY_STYLE = "color: #6b6b6b; font-style: italic;"


class DashboardSection(QWidget):
    """A heading with a count, and a compact list that gives way to a sentence when empty."""

    classActivated = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, title: str, empty_text: str, columns: list[ColumnSpec],
                 widths: tuple[int, ...], parent: QWidget, stretch: int = 0):
        super().__init__(parent)
        self._title = title
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.model = RowsModel(columns, self)
        self.view = compact_table(self.model, self, widths, stretch)
        self.view.setToolTip(self.tr("Press Enter or double-click to open the class"))
        self.view.activated.connect(self._activated)
        self.empty = QLabel(empty_text, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def set_rows(self, rows: list[dict], count: int | None = None) -> None:
        """``count`` for the heading: by default the number of rows."""
        self.model.set_rows(rows)
        self.heading.setText(self._title.replace("%1", format_number(len(rows) if count is None else count)))
        self.stack.setCurrentWidget(self.view if rows else self.empty)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.classActivated.emit(self.model.row(index.row())["class_id"])


class HomePage(QWidget):
    openParticipant = Signal(int)  # noqa: N815 (Qt naming)
    openClass = Signal(int)  # noqa: N815

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None
        self._today = today

        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subheading = QLabel(self.tr("What needs your attention today."), self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)

        self.sessions = DashboardSection(
            self.tr("Today's sessions (%1)"), self.tr("No sessions today"),
            [ColumnSpec("time", self.tr("Time")), ColumnSpec("class", self.tr("Class")),
             ColumnSpec("unit", self.tr("Unit / topic")), ColumnSpec("room_name", self.tr("Room")),
             ColumnSpec("trainer_name", self.tr("Trainer"))],
            (100, 280, 0, 130, 200), self, stretch=2)
        self.running = DashboardSection(
            self.tr("Classes running (%1)"), self.tr("No classes running"),
            [ColumnSpec("class", self.tr("Class")),
             ColumnSpec("seats", self.tr("Enrolled / capacity"), align_right=True),
             ColumnSpec("held", self.tr("Sessions held"), align_right=True),
             ColumnSpec("end_date", self.tr("Ends on"), format_date)],
            (0, 140, 120, 150), self)
        self.waiting = DashboardSection(
            self.tr("Registrations waiting for a decision (%1)"),
            self.tr("No registrations waiting for a decision"),
            [ColumnSpec("class", self.tr("Class")),
             ColumnSpec("count", self.tr("Waiting"), format_number, align_right=True),
             ColumnSpec("oldest", self.tr("Oldest"), lambda v: format_date(local_date(v)))],
            (0, 80, 140), self)
        self.certificates = DashboardSection(
            self.tr("Certificates ready to print (%1)"),
            self.tr("No certificates waiting to be printed"),
            [ColumnSpec("class", self.tr("Class")),
             ColumnSpec("count", self.tr("Certificates"), format_number, align_right=True),
             ColumnSpec("oldest", self.tr("Issued since"), format_date)],
            (0, 100, 140), self)
        for section in self.sections():
            section.classActivated.connect(self.open_class)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        top.addLayout(titles, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self.sessions, 0, 0, 1, 2)
        grid.addWidget(self.running, 1, 0, 1, 2)
        grid.addWidget(self.waiting, 2, 0)
        grid.addWidget(self.certificates, 2, 1)
        for row, stretch in enumerate((3, 2, 2)):
            grid.setRowStretch(row, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self._stale = True  # queried when shown, as the records pages are

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._stale = True  # back on this page later, show what changed meanwhile
        super().hideEvent(event)

    def sections(self) -> tuple[DashboardSection, ...]:
        return self.sessions, self.running, self.waiting, self.certificates

    def set_institution(self, institution_id: int | None) -> None:
        self.institution_id = institution_id
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        today, where = self._today(), self.institution_id
        self.heading.setText(format_date(today, with_weekday=True))
        sessions = dashboard.todays_sessions(today, where)
        for row in sessions:
            row.update(time=time_span(row), unit=unit_or_topic(row), **{"class": _class_text(row)})
        running = dashboard.running_classes(today, where)
        for row in running:
            row.update(seats=f"{format_number(row['enrolled'])} / {format_number(row['capacity'])}",
                       held=f"{format_number(row['sessions_held'])} / {format_number(row['sessions_total'])}",
                       **{"class": _class_text(row)})
        waiting = dashboard.waiting_registrations(where)
        certificates = dashboard.certificates_to_print(where)
        for row in waiting + certificates:
            row["class"] = _class_text(row)
        self.sessions.set_rows(sessions)
        self.running.set_rows(running)
        self.waiting.set_rows(waiting, sum(row["count"] for row in waiting))
        self.certificates.set_rows(certificates, sum(row["count"] for row in certificates))

    def open_class(self, class_id: int) -> None:
        self.openClass.emit(class_id)


def _class_text(row: dict) -> str:
    # Clerks name a class by its name ("... Angkatan 2"); the code is in its summary.
    return row["class_name"]
