"""The assessment grid as a table: participants down, competency units across, then a summary.

Like the attendance grid, the model holds the grid as the database gave it
(``assessment_grid``) and, on top of it, the clerk's unsaved edits. An edit
remembers the cell as it was first loaded, so the save can tell whether someone
else changed it meanwhile. A cell holds four things (result, score, pre-test,
post-test) but the grid shows one of them at a time, chosen by the tab's "Show"
box: the clerk types one column of the assessor's sheet at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoStack

from ...core.services.assessments import (
    AssessmentGrid,
    AssessmentUnit,
    ResultCell,
    ResultChange,
    assessment_grid,
    check_number,
    format_number,
    result_from_text,
)
from .. import i18n
from ..attendance.undo import SetCellsCommand

translate = QCoreApplication.translate

Key = tuple[int, int]  # (unit_id, enrollment_id), as the core keys results

RESULT, SCORE, PRE_TEST, POST_TEST = "result", "score", "pre_test", "post_test"
MODES = (RESULT, SCORE, PRE_TEST, POST_TEST)
UNIT, SUMMARY = "unit", "summary"

RESULT_COLOURS = {"K": QColor("#c8e6c9"), "BK": QColor("#ffcdd2")}
CELL_TEXT = QColor("#1b1b1b")
LOCKED_BACKGROUND = QColor("#e4e4e4")
LOCKED_TEXT = QColor("#7a7a7a")
PENDING_BACKGROUND = QColor("#fff3c4")

PENDING_ROLE = Qt.ItemDataRole.UserRole + 1  # bool: an unsaved edit
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: someone else's value, shown after a conflict
KEY_ROLE = Qt.ItemDataRole.UserRole + 3

_DISPLAY, _EDIT, _TOOLTIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                             Qt.ItemDataRole.ToolTipRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class CellValue:
    """What a cell holds apart from its version; None stands for an empty cell."""

    result: str | None = None
    score: Decimal | None = None
    pre_test: Decimal | None = None
    post_test: Decimal | None = None

    @classmethod
    def of(cls, cell: ResultCell | None) -> "CellValue | None":
        if cell is None:
            return None
        return cls(cell.result, _plain(cell.score), _plain(cell.pre_test), _plain(cell.post_test))

    def get(self, mode: str):
        return getattr(self, mode)

    def with_value(self, mode: str, value) -> "CellValue | None":
        changed = replace(self, **{mode: value})
        return None if changed.is_empty() else changed

    def is_empty(self) -> bool:
        return self.result is None and self.score is None and self.pre_test is None and self.post_test is None


EMPTY = CellValue()


def _plain(number: Decimal | None) -> Decimal | None:
    # 85.00 from the database and 85 typed are the same score: compare them as such.
    return None if number is None else Decimal(number).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Pending:
    base: ResultCell | None  # the cell as loaded when first edited; its version guards the save
    value: CellValue | None


def mode_names() -> dict[str, str]:
    return {RESULT: translate("AssessmentGrid", "Result"), SCORE: translate("AssessmentGrid", "Score"),
            PRE_TEST: translate("AssessmentGrid", "Pre-test"), POST_TEST: translate("AssessmentGrid", "Post-test")}


def result_name(result: str | None) -> str:
    if result == "K":
        return translate("AssessmentGrid", "Competent (K)")
    if result == "BK":
        return translate("AssessmentGrid", "Not yet competent (BK)")
    return translate("AssessmentGrid", "Not assessed")


def shown_number(value: Decimal | None) -> str:
    """A score in the interface's number style: 85,5 in Bahasa Indonesia, 85.5 in English."""
    text = format_number(value)
    return text.replace(".", ",") if i18n.active_language() == "id" else text


def cell_text(value: CellValue | None) -> str:
    """A whole cell in a few words, for tooltips and conflict messages."""
    if value is None:
        return translate("AssessmentGrid", "(empty)")
    parts = [value.result or "–"]
    for mode in (SCORE, PRE_TEST, POST_TEST):
        number = value.get(mode)
        if number is not None:
            parts.append(f"{mode_names()[mode].lower()} {shown_number(number)}")
    return ", ".join(parts)


def unit_tooltip(unit: AssessmentUnit) -> str:
    lines = [f"{unit.code}  {unit.title}", translate("AssessmentGrid", "%1 JP").replace("%1", str(unit.jp))]
    lines.append(translate("AssessmentGrid", "Required (wajib) for the certificate") if unit.required
                 else translate("AssessmentGrid", "Not required for the certificate"))
    return "\n".join(lines)


class AssessmentGridModel(QAbstractTableModel):
    """People by units. ``load`` reads the grid; edits stay pending until saved."""

    pendingChanged = Signal(int)  # noqa: N815 (Qt naming) the number of unsaved cells
    problem = Signal(str)  # an edit refused on the spot (a score that is not a number, ...)
    modeChanged = Signal(str)  # noqa: N815

    def __init__(self, class_id: int, parent=None):
        super().__init__(parent)
        self.class_id = class_id
        self.grid: AssessmentGrid | None = None
        self.mode = RESULT
        self.pending: dict[Key, Pending] = {}
        self._bases: dict[Key, ResultCell | None] = {}
        self.conflicts: set[Key] = set()
        self.undo_stack = QUndoStack(self)
        self._column_of: dict[int, int] = {}
        self._row_of: dict[int, int] = {}
        self._bold_italic = QFont()
        self._bold_italic.setBold(True)
        self._bold_italic.setItalic(True)

    # -- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the grid again; unsaved edits stay (those now equal to the database drop out)."""
        self.set_grid(assessment_grid(self.class_id))

    reload = load

    def set_grid(self, grid: AssessmentGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self._column_of = {unit.id: column for column, unit in enumerate(grid.units)}
        self._row_of = {person.enrollment_id: row for row, person in enumerate(grid.people)}
        for key in list(self._bases):
            pending = self.pending.get(key)
            if pending is None:
                self._bases[key] = grid.cells.get(key)
            elif CellValue.of(grid.cells.get(key)) == pending.value:
                del self.pending[key]
                self._bases[key] = grid.cells.get(key)
        self.endResetModel()
        self.pendingChanged.emit(len(self.pending))

    def set_mode(self, mode: str) -> None:
        """Show (and edit) the results, or the scores, pre-tests or post-tests."""
        if mode not in MODES or mode == self.mode:
            return
        self.mode = mode
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.modeChanged.emit(mode)

    # -- shape ----------------------------------------------------------------------------------

    @property
    def units(self) -> list[AssessmentUnit]:
        return self.grid.units if self.grid else []

    @property
    def people(self) -> list:
        return self.grid.people if self.grid else []

    def column_kind(self, column: int) -> str | None:
        if self.grid is None or not 0 <= column <= len(self.grid.units):
            return None
        return UNIT if column < len(self.grid.units) else SUMMARY

    def unit_at(self, column: int) -> AssessmentUnit | None:
        return self.grid.units[column] if self.column_kind(column) == UNIT else None

    def unit_column(self, unit_id: int) -> int | None:
        return self._column_of.get(unit_id)

    def summary_column(self) -> int:
        return len(self.units)

    def row_of(self, enrollment_id: int) -> int | None:
        return self._row_of.get(enrollment_id)

    def key_at(self, index: QModelIndex) -> Key | None:
        if not index.isValid() or self.grid is None:
            return None
        unit = self.unit_at(index.column())
        if unit is None or not 0 <= index.row() < len(self.grid.people):
            return None
        return unit.id, self.grid.people[index.row()].enrollment_id

    def index_of(self, key: Key) -> QModelIndex:
        row, column = self._row_of.get(key[1]), self._column_of.get(key[0])
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def is_editable(self, index: QModelIndex) -> bool:
        if self.unit_at(index.column()) is None or not 0 <= index.row() < len(self.people):
            return False
        return bool(self.people[index.row()].editable)

    def locked_reason(self, row: int) -> str:
        """Why a person's results cannot change (a valid certificate), or ""."""
        if self.grid is None or not 0 <= row < len(self.grid.people):
            return ""
        person = self.grid.people[row]
        reason = self.grid.locked.get(person.enrollment_id)
        if reason is not None:
            return reason.render(i18n.active_language())
        if not person.editable:
            return self.tr("This participant's results are read-only.")
        return ""

    # -- values ---------------------------------------------------------------------------------

    def saved(self, key: Key) -> CellValue | None:
        return CellValue.of(self.grid.cells.get(key)) if self.grid else None

    def value(self, key: Key) -> CellValue | None:
        pending = self.pending.get(key)
        return pending.value if pending is not None else self.saved(key)

    def pending_count(self) -> int:
        return len(self.pending)

    def pending_changes(self) -> list[ResultChange]:
        """Every unsaved edit as the core saves it, each guarded by the version it was made on."""
        changes = []
        for (unit_id, enrollment_id), pending in sorted(self.pending.items()):
            value = pending.value or EMPTY
            changes.append(ResultChange(
                unit_id, enrollment_id, value.result, value.score, value.pre_test, value.post_test,
                expected_version=pending.base.version if pending.base is not None else 0))
        return changes

    def summary(self, enrollment_id: int) -> tuple[int, int, list[AssessmentUnit]]:
        """(units competent, units, the required units not yet competent), edits included."""
        competent, missing = 0, []
        for unit in self.units:
            value = self.value((unit.id, enrollment_id))
            if value is not None and value.result == "K":
                competent += 1
            elif unit.required:
                missing.append(unit)
        return competent, len(self.units), missing

    def apply(self, values: Mapping[Key, CellValue | None]) -> None:
        """Put ``values`` in their cells as unsaved edits (or drop the edit where a value equals the
        saved one). The undo commands call this; screens call ``edit``."""
        rows, columns = [], []
        for key, value in values.items():
            if key not in self._bases:
                self._bases[key] = self.grid.cells.get(key) if self.grid else None
            base = self._bases[key]
            if CellValue.of(base) == value:
                self.pending.pop(key, None)
            else:
                self.pending[key] = Pending(base, value)
            self.conflicts.discard(key)
            if (row := self._row_of.get(key[1])) is not None \
                    and (column := self._column_of.get(key[0])) is not None:
                rows.append(row)
                columns.append(column)
        if rows:
            self.dataChanged.emit(self.index(min(rows), min(columns)),
                                  self.index(max(rows), self.summary_column()))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(rows), max(rows))
        self.pendingChanged.emit(len(self.pending))

    def edit(self, values: Mapping[Key, CellValue | None], text: str) -> int:
        """Change cells as one undo step; returns how many actually changed."""
        after = {key: value for key, value in values.items() if self.value(key) != value}
        if not after:
            return 0
        before = {key: self.value(key) for key in after}
        self.undo_stack.push(SetCellsCommand(self, before, after, text))
        return len(after)

    def editable_keys(self, indexes: Iterable[QModelIndex]) -> list[Key]:
        keys: dict[Key, None] = {}
        for index in indexes:
            if self.is_editable(index) and (key := self.key_at(index)) is not None:
                keys[key] = None
        return list(keys)

    def set_field(self, indexes: Iterable[QModelIndex], mode: str, value, text: str) -> int:
        """Give ``mode``'s part of every editable cell among ``indexes`` ``value`` (None clears it)."""
        values = {key: (self.value(key) or EMPTY).with_value(mode, value)
                  for key in self.editable_keys(indexes)}
        return self.edit(values, text)

    def set_results(self, indexes: Iterable[QModelIndex], result: str | None) -> int:
        text = self.tr("Clear results") if result is None else self.tr("Mark %1").replace("%1", result)
        return self.set_field(indexes, RESULT, result, text)

    def clear(self, indexes: Iterable[QModelIndex]) -> int:
        """Clear what the grid shows (the result, or the score ...) of the chosen cells."""
        return self.set_field(indexes, self.mode, None, self.tr("Clear %1").replace(
            "%1", mode_names()[self.mode].lower()))

    def fill_competent(self, columns: Iterable[int]) -> int:
        """Every editable cell of these unit columns WITHOUT a result becomes K, as one step."""
        values = {}
        for column in sorted(set(columns)):
            if self.column_kind(column) != UNIT:
                continue
            for row in range(self.rowCount()):
                index = self.index(row, column)
                key = self.key_at(index)
                current = self.value(key) if key else None
                if self.is_editable(index) and key is not None and (current is None or current.result is None):
                    values[key] = (current or EMPTY).with_value(RESULT, "K")
        return self.edit(values, self.tr("All competent"))

    def parse(self, text: str, mode: str | None = None):
        """(value, "") for typed text in ``mode`` (the shown one by default), or (None, why) when refused.
        An empty text clears."""
        mode = mode or self.mode
        text = text.strip()
        if mode == RESULT:
            if not text:
                return None, ""
            result = result_from_text(text)
            if result is None:
                return None, self.tr("“%1” is not a result: type K (competent) or BK (not yet competent).") \
                    .replace("%1", text)
            return result, ""
        number, why = check_number(text, mode)
        if why is not None:
            return None, why.render(i18n.active_language())
        return number, ""

    def set_text(self, index: QModelIndex, text: str) -> bool:
        """What the clerk typed into a cell, checked; a refusal is said through ``problem``."""
        key = self.key_at(index)
        if key is None or not self.is_editable(index):
            return False
        value, why = self.parse(text)
        if why:
            self.problem.emit(why)
            return False
        self.set_field([index], self.mode, value, self.tr("Type %1").replace("%1", mode_names()[self.mode].lower()))
        return True

    def discard(self) -> None:
        self.beginResetModel()
        self.clear_edits()
        self.endResetModel()
        self.pendingChanged.emit(0)

    def clear_edits(self) -> None:
        self.pending.clear()
        self._bases.clear()
        self.conflicts.clear()
        self.undo_stack.clear()

    def set_conflicts(self, keys: Iterable[Key]) -> None:
        self.conflicts = set(keys)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def drop_pending(self, keys: Iterable[Key]) -> None:
        for key in keys:
            self.pending.pop(key, None)
            self._bases.pop(key, None)
        self.pendingChanged.emit(len(self.pending))

    def row_has_pending(self, enrollment_id: int) -> bool:
        return any(key[1] == enrollment_id for key in self.pending)

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.units) + 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE_FLAGS if self.is_editable(index) else _FLAGS

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._person_header(section, role)
        kind = self.column_kind(section)
        if kind == UNIT:
            unit = self.grid.units[section]
            if role == _DISPLAY:
                mark = self.tr("required") if unit.required else self.tr("optional")
                return f"{unit.code}\n{mark}"
            if role == _TOOLTIP:
                return unit_tooltip(unit)
            if role == Qt.ItemDataRole.FontRole and unit.required:
                font = QFont()
                font.setBold(True)
                return font
        elif kind == SUMMARY:
            if role == _DISPLAY:
                return self.tr("Competent")
            if role == _TOOLTIP:
                return self.tr("Units assessed competent (K) of all units, unsaved changes included")
        return None

    def _person_header(self, row: int, role):
        if not 0 <= row < len(self.grid.people):
            return None
        person = self.grid.people[row]
        if role == _DISPLAY:
            return f"{person.number}  {person.full_name}"
        if role == _TOOLTIP:
            lines = [person.full_name]
            if person.nik:
                lines.append(self.tr("NIK %1").replace("%1", person.nik))
            reason = self.locked_reason(row)
            if reason:
                lines.append(reason)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and not person.editable:
            return LOCKED_TEXT
        if role == Qt.ItemDataRole.FontRole and self.row_has_pending(person.enrollment_id):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if self.grid is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.grid.people):
            return None
        person = self.grid.people[row]
        if self.column_kind(column) == SUMMARY:
            return self._summary_data(person, role)
        key = (self.grid.units[column].id, person.enrollment_id)
        value = self.value(key)
        pending = key in self.pending
        shown = value.get(self.mode) if value is not None else None
        if role == _DISPLAY:
            if shown is None:
                return ""
            return shown if self.mode == RESULT else shown_number(shown)
        if role == _EDIT:
            if shown is None:
                return ""
            return shown if self.mode == RESULT else shown_number(shown)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not person.editable:
                return LOCKED_BACKGROUND
            if pending and self.mode != RESULT:
                return PENDING_BACKGROUND
            if value is not None and value.result in RESULT_COLOURS and self.mode == RESULT:
                return RESULT_COLOURS[value.result]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return CELL_TEXT if person.editable else LOCKED_TEXT
        if role == Qt.ItemDataRole.FontRole and pending:
            return self._bold_italic
        if role == _TOOLTIP:
            return self._cell_tooltip(row, key, value, pending)
        if role == PENDING_ROLE:
            return pending
        if role == CONFLICT_ROLE:
            return key in self.conflicts
        if role == KEY_ROLE:
            return key
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt naming)
        if role != _EDIT:
            return False
        return self.set_text(index, "" if value is None else str(value))

    def summary_text(self, competent: int, total: int) -> str:
        return self.tr("K %1 of %2").replace("%1", str(competent)).replace("%2", str(total))

    def _summary_data(self, person, role):
        competent, total, missing = self.summary(person.enrollment_id)
        if role == _DISPLAY:
            return self.summary_text(competent, total)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return LOCKED_TEXT if not person.editable else CELL_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return RESULT_COLOURS["K"] if not missing else None
        if role == _TOOLTIP:
            if missing:
                codes = ", ".join(unit.code for unit in missing)
                return self.tr("Required units not yet competent: %1").replace("%1", codes)
            return self.tr("Every required unit is competent")
        return None

    def _cell_tooltip(self, row: int, key: Key, value: CellValue | None, pending: bool) -> str:
        person = self.grid.people[row]
        unit = self.grid.units[self._column_of[key[0]]]
        lines = [f"{person.full_name} · {unit.code}", unit.title,
                 result_name(value.result if value else None)]
        for mode in (SCORE, PRE_TEST, POST_TEST):
            number = value.get(mode) if value is not None else None
            if number is not None:
                lines.append(f"{mode_names()[mode]}: {shown_number(number)}")
        if pending:
            lines.append(self.tr("Not saved yet (saved: %1)").replace("%1", cell_text(self.saved(key))))
        if key in self.conflicts:
            lines.append(self.tr("Someone else changed this cell while you were editing; this is their value."))
        reason = self.locked_reason(row)
        if reason:
            lines.append(reason)
        return "\n".join(lines)
