"""The attendance grid on screen, driven from the keyboard as a clerk types from the paper sheet.

H, I, S, A set the mark of the selected cells (then move down when one cell was
typed), Space toggles present, Delete clears, Enter or F2 opens the note and
arrival time, Ctrl+Shift+H fills the empty cells of the column with H, Ctrl+Z
and Ctrl+Shift+Z / Ctrl+Y undo and redo, Ctrl+S asks to save. The view claims
these keys before any shortcut of the window, so they always mean the same here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen, QPolygon,
                           QStaticText)
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QWidget)

from .grid_model import (_BACKGROUND, _DISPLAY, _FONT, _FOREGROUND, ARRIVAL, NOTE, RATE, SESSION, SIGN_CONFLICT,
                         SIGN_LATE, SIGN_NOTE, SIGN_PENDING, SIGNS_ROLE, AttendanceGridModel, parse_time)
from .mark_dialog import edit_details

NOTE_MARK = QColor("#37474f")
LATE_MARK = QColor("#6a1b9a")
PENDING_MARK = QColor("#0d47a1")
CONFLICT_MARK = QColor("#c62828")
LETTER_KEYS = {Qt.Key.Key_H: "H", Qt.Key.Key_I: "I", Qt.Key.Key_S: "S", Qt.Key.Key_A: "A"}
NOTE_MAX_LENGTH = 300

_SELECTED, _FOCUS = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_HasFocus
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


class MarkDelegate(QStyledItemDelegate):
    """Paints a mark cell: its colour, its letter, and the small signs a letter cannot carry: a
    note (corner), a late arrival (dot), an unsaved edit (bar on the left) and a cell someone
    else changed (red frame). The legend under the grid explains them.

    Drawn directly rather than through the style: a 40 x 60 grid shows some 400 of these at
    once and the style's general item painting costs several times more per cell. A selected
    cell keeps its mark's colour under a see-through highlight, so a selection never hides it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._letters: dict[tuple[str, str], QStaticText] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        roles = index.model().cell_roles(index.row(), index.column())
        rect: QRect = option.rect
        state = option.state
        painter.save()
        background = roles.get(_BACKGROUND)
        if background is not None:
            painter.fillRect(rect, background)
        if state & _SELECTED:
            highlight = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(110)
            painter.fillRect(rect, highlight)
        text = roles.get(_DISPLAY)
        if text:
            font = roles.get(_FONT) or option.font
            painter.setFont(font)
            painter.setPen(roles.get(_FOREGROUND) or option.palette.color(QPalette.ColorRole.Text))
            # A letter's layout is worked out once per font, not once per cell.
            static = self._letters.get((text, font.key()))
            if static is None:
                static = self._letters[(text, font.key())] = QStaticText(text)
                static.prepare(painter.transform(), font)
            size = static.size()
            painter.drawStaticText(QPointF(rect.x() + (rect.width() - size.width()) / 2,
                                           rect.y() + (rect.height() - size.height()) / 2), static)
        signs = roles.get(SIGNS_ROLE)
        if signs:
            self._signs(painter, rect, signs)
        if state & _FOCUS:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight).darker(130), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    @staticmethod
    def _signs(painter: QPainter, rect: QRect, signs: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        size = max(6, rect.height() // 3)
        if signs & SIGN_NOTE:
            painter.setBrush(QBrush(NOTE_MARK))
            painter.drawPolygon(QPolygon([QPoint(rect.right() - size, rect.top()),
                                          QPoint(rect.right(), rect.top()),
                                          QPoint(rect.right(), rect.top() + size)]))
        if signs & SIGN_LATE:
            painter.setBrush(QBrush(LATE_MARK))
            painter.drawEllipse(rect.left() + 4, rect.bottom() - 8, 5, 5)
        if signs & SIGN_PENDING:
            painter.setBrush(QBrush(PENDING_MARK))
            painter.drawRect(rect.left(), rect.top(), 3, rect.height())
        if signs & SIGN_CONFLICT:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(CONFLICT_MARK, 2))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))


class DetailDelegate(QStyledItemDelegate):
    """The arrival time and note columns of a single session, edited in place."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        model = index.model()
        if model.column_kind(index.column()) == ARRIVAL:
            editor.setPlaceholderText(self.tr("hh:mm"))
            editor.setMaxLength(5)
        else:
            editor.setMaxLength(NOTE_MAX_LENGTH)
        return editor

    def setModelData(self, editor: QLineEdit, model: AttendanceGridModel, index: QModelIndex) -> None:  # noqa: N802
        key = model.key_at(index)
        if key is None:
            return
        text = editor.text()
        if model.column_kind(index.column()) == ARRIVAL:
            try:
                arrival = parse_time(text)
            except ValueError:
                model.problem.emit(self.tr("“%1” is not a time; type it as 08:15.").replace("%1", text))
                return
            if arrival != (model.value(key).arrival_time if model.value(key) else None):
                model.set_detail(key, arrival_time=arrival)
        elif text.strip() != (model.value(key).note if model.value(key) else ""):
            model.set_detail(key, note=text)


class AttendanceGridView(QTableView):
    """The grid widget. Its model is an ``AttendanceGridModel``."""

    saveRequested = Signal()  # noqa: N815 (Qt naming) Ctrl+S

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.mark_delegate = MarkDelegate(self)
        self.detail_delegate = DetailDelegate(self)
        self.plain_delegate = QStyledItemDelegate(self)
        self.setItemDelegate(self.mark_delegate)
        header = self.horizontalHeader()
        header.setHighlightSections(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(24)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setHighlightSections(True)
        self.doubleClicked.connect(self._double_clicked)

    # -- model and layout -----------------------------------------------------------------------

    def grid_model(self) -> AttendanceGridModel:
        return self.model()

    def setModel(self, model: AttendanceGridModel) -> None:  # noqa: N802 (Qt naming)
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._remember_place)
        model.modelReset.connect(self._model_reset)
        self._place = None
        self.fit_columns()

    def _remember_place(self) -> None:
        model = self.grid_model()
        current = self.currentIndex()
        self._place = None
        if current.isValid():
            self._place = (model.key_at(current), model.column_kind(current.column()),
                           current.row(), current.column())

    def _model_reset(self) -> None:
        """A reload (after a save, F5, another session) keeps the cursor on the same cell, so the
        clerk types on where they were."""
        self.fit_columns()
        if self._place is None:
            return
        key, kind, row, column = self._place
        model = self.grid_model()
        index = model.index_of(key, kind) if key is not None else model.index(row, column)
        if not index.isValid() and key is not None:
            index = model.index_of(key)
        if not index.isValid():
            index = model.index(min(row, model.rowCount() - 1), min(column, model.columnCount() - 1))
        if index.isValid():
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def fit_columns(self) -> None:
        """Widths from the header's own text, never by measuring every cell (a 40 x 60 grid would
        render 2,400 cells to find out that a letter is narrow)."""
        model = self.grid_model()
        if model is None:
            return
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header_metrics = header.fontMetrics()
        padding = 14
        mark_width = max(header_metrics.horizontalAdvance("Wed"), header_metrics.horizontalAdvance("00/00"),
                         metrics.horizontalAdvance("WW")) + padding
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        for column in range(model.columnCount()):
            kind = model.column_kind(column)
            heading = header_metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)))
            self.setItemDelegateForColumn(column, self.mark_delegate if kind == SESSION else
                                          self.detail_delegate if kind in (ARRIVAL, NOTE) else self.plain_delegate)
            if kind == SESSION:
                width = mark_width
            elif kind == ARRIVAL:
                width = max(metrics.horizontalAdvance("00:00"), heading) + 2 * padding
            elif kind == NOTE:
                width = 280
            elif kind == RATE:
                width = max(metrics.horizontalAdvance("100,0% *"), heading) + padding
            else:  # VERDICT: the longest label
                width = max(metrics.horizontalAdvance(text) for text in self._verdict_texts()) + padding + 12
            self.setColumnWidth(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if kind == NOTE
                                        else QHeaderView.ResizeMode.Interactive)
        # The names: the widest of the people shown (40 strings, not 2,400 cells), measured in bold
        # as the current row's name is drawn.
        bold = QFont(self.verticalHeader().font())
        bold.setBold(True)
        name_metrics = QFontMetrics(bold)
        widths = [name_metrics.horizontalAdvance(str(model.headerData(row, Qt.Orientation.Vertical)))
                  for row in range(model.rowCount())]
        self.verticalHeader().setFixedWidth(min(max(widths, default=120) + 24, 380))

    def _verdict_texts(self) -> list[str]:
        from ...core.services.attendance_rates import VERDICT_LABELS
        from .. import i18n

        return [text.render(i18n.active_language()) + " *" for text in VERDICT_LABELS.values()]

    # -- what the keys do -----------------------------------------------------------------------

    def chosen_indexes(self) -> list[QModelIndex]:
        """The selected cells, or the current cell when nothing is selected."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        return indexes

    def chosen_session_columns(self) -> list[int]:
        model = self.grid_model()
        columns = {index.column() for index in self.chosen_indexes()
                   if model.column_kind(index.column()) == SESSION}
        if not columns and model.is_single():
            columns = {0}
        return sorted(columns)

    def _on_mark_column(self) -> bool:
        current = self.currentIndex()
        return current.isValid() and self.grid_model().column_kind(current.column()) == SESSION

    def _on_detail_column(self) -> bool:
        current = self.currentIndex()
        return current.isValid() and self.grid_model().column_kind(current.column()) in (ARRIVAL, NOTE)

    def _handler(self, event: QKeyEvent) -> Callable[[], None] | None:
        """What our keys do, or None for keys the table handles as usual."""
        if self.grid_model() is None or self.state() == QAbstractItemView.State.EditingState:
            return None
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Ctrl:
            return {Qt.Key.Key_Z: self.undo, Qt.Key.Key_Y: self.redo,
                    Qt.Key.Key_S: self.saveRequested.emit}.get(key)
        if modifiers == Ctrl | Shift:
            return {Qt.Key.Key_Z: self.redo, Qt.Key.Key_H: self.fill_present}.get(key)
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Shift):
            return None
        if key in LETTER_KEYS and self._on_mark_column():
            return lambda: self.type_mark(LETTER_KEYS[key])
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return None
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.clear_chosen
        if key == Qt.Key.Key_Space and self._on_mark_column():
            return lambda: self.grid_model().toggle_present(self.chosen_indexes())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if self._on_detail_column():
                return lambda: self.edit(self.currentIndex())
            return self.open_details
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

    def type_mark(self, mark: str) -> None:
        """Set the mark of the chosen cells; with one cell, go on to the next editable row below."""
        indexes = self.chosen_indexes()
        model = self.grid_model()
        model.set_marks(indexes, mark)
        if len(indexes) == 1 and model.is_editable(indexes[0]):
            self.move_down(indexes[0])

    def move_down(self, index: QModelIndex) -> None:
        model = self.grid_model()
        for row in range(index.row() + 1, model.rowCount()):
            below = model.index(row, index.column())
            if model.is_editable(below):
                self.setCurrentIndex(below)
                self.scrollTo(below)
                return

    def clear_chosen(self) -> None:
        model = self.grid_model()
        indexes = self.chosen_indexes()
        marks = [index for index in indexes if model.column_kind(index.column()) == SESSION]
        if marks:
            model.set_marks(marks, None)
            return
        for index in indexes:  # the arrival or note column of a single session
            key = model.key_at(index)
            if key is None or not model.is_editable(index) or model.value(key) is None:
                continue
            if model.column_kind(index.column()) == ARRIVAL:
                model.set_detail(key, arrival_time=None)
            elif model.column_kind(index.column()) == NOTE:
                model.set_detail(key, note="")

    def fill_present(self) -> int:
        return self.grid_model().fill_present(self.chosen_session_columns())

    def undo(self) -> None:
        self.grid_model().undo_stack.undo()

    def redo(self) -> None:
        self.grid_model().undo_stack.redo()

    def select_cell(self, row: int, column: int) -> None:
        index = self.grid_model().index(row, column)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def open_details(self) -> int:
        """The mark, arrival time and note of the chosen cells, in a dialog; returns cells changed."""
        return edit_details(self, self.grid_model(), self.chosen_indexes())

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.grid_model().column_kind(index.column()) == SESSION:
            self.open_details()

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 (Qt naming)
        # Double-clicking a header edge asks for this: answer from the header, not from every cell.
        return self.columnWidth(column)

