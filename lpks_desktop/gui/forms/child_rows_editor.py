"""Rows typed in place inside a form (a trainer's competencies, certifications).

The core names a row's problem ``certifications[2].expires_on``; the editor
colours that cell and lists the message under the table, errors before
warnings, so a clerk sees which row and which column to fix.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.validation.problems import Problem, is_blank
from .. import i18n
from .fields import FormField

ROW_FIELD = re.compile(r"(?P<collection>\w+)\[(?P<row>\d+)\]\.(?P<key>\w+)")
ERROR_COLOR, ERROR_TINT = QColor("#b3261e"), QColor("#fde7e9")
WARNING_COLOR, WARNING_TINT = QColor("#8a5a00"), QColor("#fff4d6")


@dataclass(frozen=True)
class RowColumn:
    key: str
    header: str
    width: int = 0  # 0: takes the width left over
    # How a typed value is shown once understood (a date typed "1/2/24" shown "1 Februari 2024").
    tidy: Callable[[str], str] | None = None


def split_row_problems(problems: Iterable[Problem], collections: Iterable[str]
                       ) -> tuple[dict[str, list[Problem]], list[Problem]]:
    """The problems of each collection's rows, and the rest (the form's own fields)."""
    by_collection: dict[str, list[Problem]] = {name: [] for name in collections}
    rest = []
    for problem in problems:
        match = ROW_FIELD.fullmatch(problem.field)
        if match and match["collection"] in by_collection:
            by_collection[match["collection"]].append(problem)
        else:
            rest.append(problem)
    return by_collection, rest


class RowsModel(QAbstractTableModel):
    """Rows as dicts (with the stored ``id`` of existing ones); blank rows are never handed out."""

    changed = Signal()

    def __init__(self, columns: list[RowColumn], parent=None, *, editable: bool = True,
                 checkable: bool = False):
        super().__init__(parent)
        self._columns = columns
        self._editable = editable
        self._checkable = checkable  # a tick in the first column, for choosing rows
        self._rows: list[dict[str, Any]] = []
        self._checked: set[int] = set()
        self._problems: dict[tuple[int, str], list[Problem]] = {}

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[dict]) -> None:
        self.beginResetModel()
        self._rows = [self._complete(row) for row in rows]
        self._checked.clear()
        self._problems.clear()
        self.endResetModel()

    def filled_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows)
                if not all(is_blank(row[c.key]) for c in self._columns)]

    def rows(self) -> list[dict]:
        return [dict(self._rows[i]) for i in self.filled_rows()]

    def append_row(self, values: dict | None = None) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(self._complete(values or {}))
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self._problems.clear()  # row numbers moved; the next check recomputes them
        self.changed.emit()

    def checked_rows(self) -> list[dict]:
        return [dict(self._rows[i]) for i in sorted(self._checked)]

    def set_problems(self, problems: Iterable[Problem]) -> None:
        """Cell problems; a problem's row number counts filled rows, as ``rows()`` gave them."""
        filled = self.filled_rows()
        self._problems = {}
        for problem in problems:
            match = ROW_FIELD.fullmatch(problem.field)
            if match and int(match["row"]) < len(filled):
                cell = (filled[int(match["row"])], match["key"])
                self._problems.setdefault(cell, []).append(problem)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    def _complete(self, values: dict) -> dict:
        row = {c.key: "" if values.get(c.key) is None else values[c.key] for c in self._columns}
        if values.get("id"):
            row["id"] = values["id"]
        return row

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        key = self._columns[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(self._rows[index.row()][key])
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and index.column() == 0:
            return (Qt.CheckState.Checked if index.row() in self._checked
                    else Qt.CheckState.Unchecked)
        problems = self._problems.get((index.row(), key))
        if not problems:
            # The whole text of a cell too narrow to show it.
            return str(self._rows[index.row()][key]) or None \
                if role == Qt.ItemDataRole.ToolTipRole else None
        is_error = any(p.is_error for p in problems)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ERROR_COLOR if is_error else WARNING_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_TINT if is_error else WARNING_TINT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.message(i18n.language()) for p in problems)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.row() >= len(self._rows):
            return False
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            self._checked.symmetric_difference_update({index.row()})
            self.dataChanged.emit(index, index, [role])
            return True
        if role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        column = self._columns[index.column()]
        text = "" if value is None else str(value).strip()
        if text and column.tidy:
            text = column.tidy(text)
        if text == self._rows[index.row()][column.key]:
            return True
        self._rows[index.row()][column.key] = text
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


def rows_table(model: RowsModel, columns: list[RowColumn], parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    # Tab moves on to the next field of the form, as everywhere else; arrows move between cells.
    table.setTabKeyNavigation(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for number, column in enumerate(columns):
        if column.width:
            table.setColumnWidth(number, column.width)
        else:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
    return table


class ChildRowsEditor(QWidget):
    """A table the clerk types rows into, with Add/Remove and room for more buttons."""

    changed = Signal()

    def __init__(self, columns: list[RowColumn], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.table = rows_table(self.model, columns, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

        self.table.installEventFilter(self)
        self.model.changed.connect(self.changed)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        # Enter on a cell opens it for typing; the view would pass it on to the
        # dialog, whose default button would save the half-typed form.
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.table.state() != QAbstractItemView.State.EditingState
                and self.table.currentIndex().isValid()):
            self.table.edit(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def rows(self) -> list[dict]:
        return self.model.rows()

    def set_rows(self, rows: Iterable[dict] | None) -> None:
        self.model.set_rows(rows or [])

    def add_row(self) -> None:
        """A blank row, its first cell ready for typing."""
        index = self.model.index(self.model.append_row(), 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def append(self, values: dict) -> None:
        self.model.append_row(values)

    def remove_selected(self) -> None:
        self.model.remove_rows(index.row() for index in self.table.selectionModel().selectedRows())

    def _update_buttons(self, *args) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())


class RowsField(FormField):
    """A ``ChildRowsEditor`` as one field of a ``FormDialog``: its value is the list of rows.

    ``labels`` (key -> Indonesian and English label, as the core's) name the cell in
    messages that would otherwise quote the field's key (dates: "certifications[1].issued_on").
    """

    def __init__(self, key: str, label: str, editor: ChildRowsEditor, parent: QWidget,
                 labels: dict[str, tuple[str, str]] | None = None):
        super().__init__(key, label, editor, editor.rows, editor.set_rows, parent)
        self.labels = labels or {}
        self.message.setTextFormat(Qt.TextFormat.RichText)
        editor.changed.connect(self.changed)

    def show_problems(self, problems: list[Problem]) -> None:
        lang = i18n.language()
        problems = [self._named(p, lang) for p in problems]
        self.editor.model.set_problems(problems)
        # Unlike a single field, every row's problem is listed: a warning on one row
        # (an expired certificate) must not hide behind an error on another.
        ordered = sorted(problems, key=lambda p: not p.is_error)
        lines = []
        for problem in ordered:
            color = (ERROR_COLOR if problem.is_error else WARNING_COLOR).name()
            text = html.escape(problem.message(lang), quote=False)
            lines.append(f'<span style="color:{color}">{text}</span>')
        self.message.setText("<br>".join(lines))
        self.message.setVisible(bool(ordered))

    def _named(self, problem: Problem, lang: str) -> Problem:
        match = ROW_FIELD.fullmatch(problem.field)
        if not match or match["key"] not in self.labels \
                or problem.text.params.get("field") != problem.field:
            return problem
        label_id, label_en = self.labels[match["key"]]
        row = int(match["row"]) + 1  # worded as the core words its own row labels
        label = f"{label_en} (row {row})" if lang == "en" else f"{label_id} (baris {row})"
        return replace(problem, text=problem.text.format(field=label))
