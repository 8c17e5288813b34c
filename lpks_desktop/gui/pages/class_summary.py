"""One class at a glance, read-only: its details, its sessions and who is in it.

Opened from the home page until the classes screen exists. Activating a
participant emits ``openParticipant(id)`` and closes the summary, so the main
window can show that person.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...core.models import TrainingClass
from ...core.services.classes import class_overview
from ...core.store import Store
from ..formatting import format_date, format_number, format_value
from ..models.listing_model import ColumnSpec



class RowsModel(QAbstractTableModel):
    """A short list of dicts (a few hundred rows at most), shown read-only; ``ColumnSpec.key``
    names the dict key and ``formatter`` turns its value into text."""

    def __init__(self, columns: list[ColumnSpec], parent=None):
        super().__init__(parent)
        self._columns = columns
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
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        spec = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[index.row()].get(spec.key)
            return spec.formatter(value) if spec.formatter else format_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def compact_table(model: RowsModel, parent: QWidget, widths: tuple[int, ...] = (),
                  stretch: int | None = None) -> QTableView:
    """The read-only table look shared by the home page and the summary; column ``stretch``
    (the long one: class or unit) takes the spare width, the others get ``widths`` (0: any)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        if width:
            view.setColumnWidth(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def local_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    """Timestamps are stored in UTC; a clerk thinks in the PC's own calendar day."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC).astimezone().date()
    return value


def time_span(row: dict) -> str:
    return f"{row['start_time']:%H:%M}–{row['end_time']:%H:%M}"


def unit_or_topic(row: dict) -> str:
    """The session's own topic says more ("... (4/4)"); else the unit it covers."""
    return row.get("topic") or row.get("unit_title") or ""


def load_class(class_id: int) -> dict:
    """``classes.class_overview`` with each session's time and unit as shown here."""
    overview = class_overview(class_id)
    for row in overview["sessions"]:
        row.update(time=time_span(row), unit=unit_or_topic(row))
    return overview


class ClassSummaryDialog(QDialog):
    openParticipant = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        data = load_class(class_id)
        klass = data["class"]
        self.setWindowTitle(self.tr("Class %1").replace("%1", klass.code))
        self.resize(1000, 660)

        self.heading = QLabel(f"{klass.code} — {klass.name}", self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details: dict[str, QLabel] = {}
        for key, label, text in self._detail_rows(klass, data["seated"]):
            value = QLabel(text, self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.details[key] = value
            details.addRow(label, value)

        self.sessions = RowsModel(self._session_columns(), self)
        self.sessions.set_rows(data["sessions"])
        self.participants = RowsModel(self._participant_columns(), self)
        self.participants.set_rows(data["participants"])
        self.session_view = compact_table(self.sessions, self, (175, 95, 0, 110, 175, 80), stretch=2)
        self.participant_view = compact_table(self.participants, self, (40, 0, 150, 170), stretch=1)
        self.participant_view.setToolTip(self.tr("Press Enter or double-click to open the participant"))
        self.participant_view.activated.connect(self._participant_activated)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.session_view, self.tr("Sessions (%1)").replace(
            "%1", format_number(len(data["sessions"]))))
        self.tabs.addTab(self.participant_view, self.tr("Participants (%1)").replace(
            "%1", format_number(len(data["participants"]))))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _detail_rows(self, klass: TrainingClass, seated: int) -> list[tuple[str, str, str]]:
        start, end = format_date(klass.start_date), format_date(klass.end_date)
        dates = self.tr("%1 to %2").replace("%1", start).replace("%2", end) if start and end \
            else (start or end or self.tr("Not scheduled yet"))
        seats = self.tr("%1 of %2 seats taken").replace("%1", format_number(seated)).replace(
            "%2", format_number(klass.capacity))
        room = klass.room.name if klass.room_id else self.tr("No room chosen")
        return [
            ("program", self.tr("Program"), f"{klass.program.code} — {klass.program.name}"),
            ("institution", self.tr("Institution"), f"{klass.institution.code} — {klass.institution.name}"),
            ("dates", self.tr("Dates"), dates),
            ("room", self.tr("Room"), room),
            ("status", self.tr("Status"), self.class_status_labels().get(klass.status, klass.status)),
            ("capacity", self.tr("Capacity"), seats),
        ]

    def _session_columns(self) -> list[ColumnSpec]:
        statuses = self.session_status_labels()
        return [
            ColumnSpec("date", self.tr("Date"), lambda d: format_date(d, with_weekday=True)),
            ColumnSpec("time", self.tr("Time")),
            ColumnSpec("unit", self.tr("Unit / topic")),
            ColumnSpec("room_name", self.tr("Room")),
            ColumnSpec("trainer_name", self.tr("Trainer")),
            ColumnSpec("status", self.tr("Status"), lambda s: statuses.get(s, s)),
        ]

    def _participant_columns(self) -> list[ColumnSpec]:
        statuses = self.enrollment_status_labels()
        return [
            ColumnSpec("number", self.tr("No."), align_right=True),
            ColumnSpec("full_name", self.tr("Name")),
            ColumnSpec("nik", self.tr("NIK")),
            ColumnSpec("status", self.tr("Status"), lambda s: statuses.get(s, s)),
            ColumnSpec("registered_at", self.tr("Registered on"), lambda v: format_date(local_date(v))),
        ]

    def class_status_labels(self) -> dict[str, str]:
        return {"planned": self.tr("Planned"), "open": self.tr("Open for registration"),
                "running": self.tr("Running"), "finished": self.tr("Finished"),
                "cancelled": self.tr("Cancelled")}

    def session_status_labels(self) -> dict[str, str]:
        return {"planned": self.tr("Scheduled"), "held": self.tr("Held"),
                "cancelled": self.tr("Cancelled")}

    def enrollment_status_labels(self) -> dict[str, str]:
        return {"registered": self.tr("Registered"), "passed_selection": self.tr("Passed selection"),
                "reserve": self.tr("Reserve list"), "not_passed": self.tr("Did not pass selection"),
                "enrolled": self.tr("In training"), "completed": self.tr("Completed"),
                "withdrew": self.tr("Withdrew"), "dismissed": self.tr("Dismissed")}

    def _participant_activated(self, index: QModelIndex) -> None:
        participant_id = self.participants.row(index.row())["participant_id"]
        self.openParticipant.emit(participant_id)
        self.accept()

