"""The assessment grid on screen, driven from the keyboard as a clerk types from the assessor's sheet.

Showing results: K marks competent and B not yet competent, then the cursor moves
down. Showing a score, pre-test or post-test: typing a digit starts editing the
number in place; a number that is not 0..100 with at most two decimals is refused
where it was typed, with the reason, and the editor stays open. Everywhere: Delete
clears what is shown, Enter or F2 edits, Ctrl+Shift+K marks the chosen cells (or,
with one cell chosen, the column's unassessed cells) competent, Ctrl+Z and
Ctrl+Shift+Z / Ctrl+Y undo and redo, Ctrl+S asks to save. The view claims these keys
before any shortcut of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QWidget)

from .grid_model import CONFLICT_ROLE, PENDING_ROLE, RESULT, UNIT, AssessmentGridModel

PENDING_MARK = QColor("#0d47a1")
CONFLICT_MARK = QColor("#c62828")
RESULT_KEYS = {Qt.Key.Key_K: "K", Qt.Key.Key_B: "BK"}
NUMBER_START = frozenset("0123456789.,")

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


class ResultDelegate(QStyledItemDelegate):
    """Paints a unit cell with the signs its colour cannot carry (an unsaved edit: a bar on the
    left; someone else's value after a conflict: a red frame) and edits it in place: a list of
    results, or a line for a number that refuses bad input before it leaves the editor."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        pending, conflict = index.data(PENDING_ROLE), index.data(CONFLICT_ROLE)
        if not pending and not conflict:
            return
        painter.save()
        rect = option.rect
        if pending:
            painter.fillRect(rect.left(), rect.top(), 3, rect.height(), PENDING_MARK)
        if conflict:
            painter.setPen(QPen(CONFLICT_MARK, 2))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        model: AssessmentGridModel = index.model()
        if model.mode == RESULT:
            editor = QComboBox(parent)
            editor.addItem(self.tr("(not assessed)"), "")
            editor.addItem(self.tr("K – competent"), "K")
            editor.addItem(self.tr("BK – not yet competent"), "BK")
            return editor
        editor = QLineEdit(parent)
        editor.setMaxLength(10)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setPlaceholderText("0–100")
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(text)))
        elif not editor.text():  # a digit that opened the editor is already in it
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: AssessmentGridModel, index: QModelIndex) -> None:  # noqa: N802
        text = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
        if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.set_text(index, text)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        # Enter or Tab with a bad number: say why and keep the editor, so the clerk corrects it
        # where it was typed instead of finding the old value back.
        if isinstance(editor, QLineEdit) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            view = self.parent()
            model = view.grid_model() if isinstance(view, AssessmentGridView) else None
            if model is not None:
                _, why = model.parse(editor.text())
                if why:
                    model.problem.emit(why)
                    editor.selectAll()
                    return True
        return super().eventFilter(editor, event)


class AssessmentGridView(QTableView):
    """The grid widget. Its model is an ``AssessmentGridModel``."""

    saveRequested = Signal()  # noqa: N815 (Qt naming) Ctrl+S
    hint = Signal(str)  # a key that means nothing here, and what would

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.delegate = ResultDelegate(self)
        self.setItemDelegate(self.delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(True)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setHighlightSections(True)

    def grid_model(self) -> AssessmentGridModel:
        return self.model()

    def setModel(self, model: AssessmentGridModel) -> None:  # noqa: N802 (Qt naming)
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._remember_place)
        model.modelReset.connect(self._model_reset)
        self._place = None
        self.fit_columns()

    def _remember_place(self) -> None:
        model = self.grid_model()
        current = self.currentIndex()
        self._place = (model.key_at(current), current.row(), current.column()) if current.isValid() else None

    def _model_reset(self) -> None:
        """A reload keeps the cursor on the same cell, so the clerk types on where they were."""
        self.fit_columns()
        if self._place is None:
            return
        key, row, column = self._place
        model = self.grid_model()
        index = model.index_of(key) if key is not None else QModelIndex()
        if not index.isValid() and model.rowCount() and model.columnCount():
            index = model.index(min(row, model.rowCount() - 1), min(column, model.columnCount() - 1))
        if index.isValid():
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def fit_columns(self) -> None:
        model = self.grid_model()
        if model is None:
            return
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        padding = 18
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        for column in range(model.columnCount()):
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((header_metrics.horizontalAdvance(line) for line in heading.split("\n")), default=0)
            # Bold headings (required units) are a little wider than the metrics say.
            self.setColumnWidth(column, max(widest + padding + 8, metrics.horizontalAdvance(model.summary_text(10, 10))
                                            + padding))
        widths = [metrics.horizontalAdvance(str(model.headerData(row, Qt.Orientation.Vertical)))
                  for row in range(model.rowCount())]
        self.verticalHeader().setFixedWidth(min(max(widths, default=120) + 28, 380))

    # -- what the keys do -----------------------------------------------------------------------

    def chosen_indexes(self) -> list[QModelIndex]:
        """The selected cells, or the current cell when nothing is selected."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        return indexes

    def _on_unit(self) -> bool:
        current = self.currentIndex()
        return current.isValid() and self.grid_model().column_kind(current.column()) == UNIT

    def _handler(self, event: QKeyEvent) -> Callable[[], None] | None:
        """What our keys do, or None for keys the table handles as usual."""
        model = self.grid_model()
        if model is None or self.state() == QAbstractItemView.State.EditingState:
            return None
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Ctrl:
            return {Qt.Key.Key_Z: self.undo, Qt.Key.Key_Y: self.redo,
                    Qt.Key.Key_S: self.saveRequested.emit}.get(key)
        if modifiers == Ctrl | Shift:
            return {Qt.Key.Key_Z: self.redo, Qt.Key.Key_K: self.mark_competent}.get(key)
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Shift):
            return None
        text = event.text()
        if model.mode == RESULT and key in RESULT_KEYS and self._on_unit():
            return lambda: self.type_result(RESULT_KEYS[key])
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.clear_chosen
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self._on_unit():
            return lambda: self.edit(self.currentIndex())
        if text and text.isprintable() and self._on_unit():
            if model.mode != RESULT and text in NUMBER_START:
                return None  # the table opens the editor with this digit in it
            if model.mode == RESULT:
                return lambda: self.hint.emit(self.tr("Type K (competent) or B (not yet competent)."))
            return lambda: self.hint.emit(self.tr("Type a number from 0 to 100, e.g. 85 or 85,5."))
        return None

    def event(self, event: QEvent) -> bool:
        # Claim our keys before the window's shortcuts see them (Ctrl+Z of a toolbar, Del of a tab).
        if event.type() == QEvent.Type.ShortcutOverride and self._handler(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        handler = self._handler(event)
        if handler is None:
            super().keyPressEvent(event)
            return
        handler()
        event.accept()

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802 (Qt naming)
        # A number confirmed with Enter moves on down the column, as results do.
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and self.grid_model().mode != RESULT:
            current = self.currentIndex()
            if current.isValid():
                self.move_down(current)

    def type_result(self, result: str) -> None:
        """Set the result of the chosen cells; with one cell, go on to the next editable row below."""
        indexes = self.chosen_indexes()
        model = self.grid_model()
        model.set_results(indexes, result)
        if len(indexes) == 1 and model.is_editable(indexes[0]):
            self.move_down(indexes[0])

    def move_down(self, index: QModelIndex) -> None:
        model = self.grid_model()
        for row in range(index.row() + 1, model.rowCount()):
            below = model.index(row, index.column())
            if model.is_editable(below):
                self.selectionModel().setCurrentIndex(below, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollTo(below)
                return

    def clear_chosen(self) -> int:
        return self.grid_model().clear(self.chosen_indexes())

    def mark_competent(self) -> int:
        """K for the chosen cells; with one cell chosen, for every unassessed cell of its column."""
        model = self.grid_model()
        indexes = [index for index in self.chosen_indexes() if model.column_kind(index.column()) == UNIT]
        if len(indexes) > 1:
            return model.set_results(indexes, "K")
        if indexes:
            return model.fill_competent([indexes[0].column()])
        return 0

    def undo(self) -> None:
        self.grid_model().undo_stack.undo()

    def redo(self) -> None:
        self.grid_model().undo_stack.redo()

    def select_cell(self, row: int, column: int) -> None:
        index = self.grid_model().index(row, column)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 (Qt naming)
        return self.columnWidth(column)
