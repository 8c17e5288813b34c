"""A program's competency units, edited as a small table inside the program form.

Rows are in teaching order; the core numbers them on save. Problems the core
reports as ``units[2].code`` are shown on that row and listed under the table,
with the row number the clerk sees in the row header.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.models import CompetencyUnit
from ...core.services.records import InUse
from ...core.validation import check_unit_code
from ...core.validation.problems import Problem
from .. import dialogs, i18n
from ..formatting import format_number
from .fields import ERROR_STYLE, WARNING_STYLE

CODE, TITLE, JP, REQUIRED = range(4)
KEYS = ("code", "title", "jp", "required")
MAX_UNIT_JP = 1000
PROBLEM_BACKGROUND = QColor("#fbe4e2")
PROBLEM_TEXT = QColor("#b3261e")
_ROW_FIELD = re.compile(r"units\[(\d+)\]\.(\w+)")
_Index = QModelIndex | QPersistentModelIndex
_PROBLEM_ROLES = {Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                  Qt.ItemDataRole.ToolTipRole}


class UnitsModel(QAbstractTableModel):
    """The units being edited, one dict per row (``id`` for units already stored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._problems: dict[int, dict[str, str]] = {}  # row -> key -> message

    # -- the rows -----------------------------------------------------------------------------

    def set_units(self, units: list[dict]) -> None:
        self.beginResetModel()
        self._rows = [dict(unit) for unit in units]
        self._problems = {}
        self.endResetModel()

    def units(self) -> list[dict]:
        """The rows as ``save_program`` takes them, in the order shown."""
        return [{key: row[key] for key in ("id", *KEYS) if key in row} for row in self._rows]

    def unit(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def jp_total(self) -> int:
        return sum(int(row.get("jp") or 0) for row in self._rows)

    def add_unit(self, row: int | None = None) -> int:
        row = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, {"code": "", "title": "", "jp": 0, "required": True})
        self._problems = {}
        self.endInsertRows()
        return row

    def remove_unit(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._problems = {}
            self.endRemoveRows()

    def move_unit(self, row: int, delta: int) -> int:
        """Move one row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return row
        # Qt's destination is the row the moved one is inserted before, counted before the move.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                                  target + 1 if delta > 0 else target):
            return row
        self._rows.insert(target, self._rows.pop(row))
        self._problems = {}
        self.endMoveRows()
        return target

    def set_problems(self, problems: dict[int, dict[str, str]]) -> None:
        self._problems = problems
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(KEYS) - 1),
                                  list(_PROBLEM_ROLES))

    def row_has_problem(self, row: int) -> bool:
        return bool(self._problems.get(row))

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_header(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == CODE:
            return self.tr("SKKNI unit code, either the current shape C.141000.001.02 "
                           "(KBLI letter, 6 digits, 3-digit unit, 2-digit version) or the older "
                           "TIK.OP01.001.01 (sector, sub-sector and group, unit, version).")
        if role == Qt.ItemDataRole.ToolTipRole and section == REQUIRED:
            return self.tr("Required units must be assessed competent for the certificate.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
        if index.column() == REQUIRED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        key = KEYS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column != REQUIRED:
            if column == JP and role == Qt.ItemDataRole.DisplayRole:
                return format_number(int(row["jp"] or 0))
            return row[key]
        if role == Qt.ItemDataRole.CheckStateRole and column == REQUIRED:
            return Qt.CheckState.Checked if row["required"] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == JP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_has_problem(index.row()):
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and key in self._problems.get(index.row(), {}):
            return QBrush(PROBLEM_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get(index.row(), {}).get(key) or self._in_use_note(row)
        return None

    def setData(self, index: _Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], index.column()
        if column == REQUIRED and role == Qt.ItemDataRole.CheckStateRole:
            row["required"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column == JP and role == Qt.ItemDataRole.EditRole:
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            if number < 0:
                return False
            row["jp"] = number
        elif column in (CODE, TITLE) and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if column == CODE:
                # Shown as it will be stored: "tik.op01.001.01" becomes "TIK.OP01.001.01".
                text = check_unit_code(text).value or text
            row[KEYS[column]] = text
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def _in_use_note(self, row: dict) -> str | None:
        if not (row.get("sessions") or row.get("assessments")):
            return None
        return (self.tr("Used by %1 session(s) and %2 assessment(s): it cannot be removed.")
                .replace("%1", format_number(row.get("sessions") or 0))
                .replace("%2", format_number(row.get("assessments") or 0)))


def column_header(column: int) -> str:
    return (UnitsModel.tr("Unit code"), UnitsModel.tr("Title"), UnitsModel.tr("JP"),
            UnitsModel.tr("Required"))[column]


class _JpDelegate(QStyledItemDelegate):
    """Whole JP only, from 0: a unit may be listed for assessment without teaching hours."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_UNIT_JP)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class UnitsEditor(QWidget):
    """The units table, its buttons, the running JP sum and the rows' problems."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = UnitsModel(self)
        self.total_jp = 0
        # The table takes the form's spare height, not the fixed-height fields above it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(JP, _JpDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # Tab leaves the table for the next field; arrows and F2 move and edit inside it.
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(200)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CODE, 160)
        self.table.setColumnWidth(JP, 60)
        self.table.setColumnWidth(REQUIRED, 80)

        self.add_button = QPushButton(self.tr("&Add unit"), self)
        self.remove_button = QPushButton(self.tr("Re&move unit"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.sum_label = QLabel(self)
        self.problems_label = QLabel(self)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.problems_label.setWordWrap(True)
        self.problems_label.setVisible(False)

        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.problems_label)

        self.add_button.clicked.connect(self.add_unit)
        self.remove_button.clicked.connect(self.remove_unit)
        self.up_button.clicked.connect(lambda: self.move_unit(-1))
        self.down_button.clicked.connect(lambda: self.move_unit(1))
        self.model.dataChanged.connect(self._data_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved,
                       self.model.modelReset):
            signal.connect(self._model_changed)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._model_changed()

    # -- editing ------------------------------------------------------------------------------

    def set_units(self, units: list[dict]) -> None:
        self.model.set_units(units)

    def set_total_jp(self, total_jp: int) -> None:
        self.total_jp = int(total_jp or 0)
        self._show_sum()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def add_unit(self) -> None:
        current = self.current_row()
        row = self.model.add_unit(current + 1 if current >= 0 else None)
        index = self.model.index(row, CODE)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_unit(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        unit = self.model.unit(row)
        uses = {table: unit.get(key) for table, key in
                (("class_session", "sessions"), ("assessment", "assessments")) if unit.get(key)}
        if uses:
            # Told now rather than at Save, where the core would refuse the whole program.
            refused = InUse(CompetencyUnit(id=unit.get("id"), code=unit["code"]), uses)
            dialogs.warn(self, self.tr("Cannot remove unit"),
                         refused.render(i18n.active_language()))
            return
        self.model.remove_unit(row)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), TITLE))

    def move_unit(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.table.currentIndex().column()
        moved = self.model.move_unit(row, delta)
        self.table.setCurrentIndex(self.model.index(moved, column))

    # -- problems -----------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the rows the problems name and list them under the table, errors first."""
        lang = i18n.language()
        by_row: dict[int, dict[str, str]] = {}
        lines = []
        for problem in sorted(problems, key=lambda p: not p.is_error):
            match = _ROW_FIELD.fullmatch(problem.field)
            if match is None:
                lines.append(problem.message(lang))
                continue
            row, key = int(match.group(1)), match.group(2)
            by_row.setdefault(row, {})[key] = problem.message(lang)
            field = column_header(KEYS.index(key)) if key in KEYS else self.tr("Unit")
            lines.append(self.tr("Row %1, %2: %3").replace("%1", str(row + 1))
                         .replace("%2", field).replace("%3", problem.message(lang)))
        self.model.set_problems(by_row)
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setStyleSheet(
            ERROR_STYLE if any(p.is_error for p in problems) else WARNING_STYLE)
        self.problems_label.setVisible(bool(lines))

    # -- internals ----------------------------------------------------------------------------

    def _model_changed(self, *args) -> None:
        self._show_sum()
        self._update_buttons()
        self.changed.emit()

    def _data_changed(self, top_left, bottom_right, roles=()) -> None:
        # Showing problems repaints the rows; that is not an edit to check again.
        if not roles or not set(roles) <= _PROBLEM_ROLES:
            self._model_changed()

    def _show_sum(self) -> None:
        units_jp = self.model.jp_total()
        self.sum_label.setText(self.tr("Unit JP total: %1 of %2")
                               .replace("%1", format_number(units_jp))
                               .replace("%2", format_number(self.total_jp)))
        self.sum_label.setStyleSheet("" if units_jp == self.total_jp else ERROR_STYLE)

    def _update_buttons(self, *args) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)
