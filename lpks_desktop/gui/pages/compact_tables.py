"""Small read-only tables: a model over a short list of dicts, the compact table look the
home page and the class window share, and how their dates and times are shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..formatting import format_value
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
    """The read-only table look shared by the home page and the class window; column ``stretch``
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
