"""The class window's participants: the enrollment workspace of one class.

Everyone registered in the class with their status, filtered by status (or,
for a Prakerja class, by who has not redeemed yet) and a quick search; seats
taken against the capacity; and the actions on the chosen rows: register,
change status (many at once), history, Prakerja data, the selection
announcement and letters, and the short message to send. The actions live in
``gui.enrollment.actions``; each says whether it changed something, and the
tab then reloads, keeping the selection and the scroll position.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QTableView, QToolBar, QToolButton, QVBoxLayout,
                               QWidget)

from ...core.models import TrainingClass
from ...core.services import enrollments
from ...core.services.classes import STATUS_ORDER
from ...core.store import Store
from ..enrollment import actions
from ..enrollment.roster_model import (CARD, CODE, NAME, NIK, NUMBER, PHONE, PRAKERJA_COLUMNS, REASON,
                                       REDEEMED, REGISTERED, SINCE, STATUS, UNREDEEMED, RosterModel)
from ..formatting import format_number
from .class_labels import enrollment_status_labels, label

FULL_STYLE = "font-weight: 600; color: #b3261e;"
SEATS_STYLE = "font-weight: 600;"
NOTE_STYLE = "color: #1b5e20;"
NOTE_SHOWN_MS = 8000


class ClassParticipantsTab(QWidget):
    openParticipant = Signal(int)  # noqa: N815 (Qt naming)
    changed = Signal()  # enrollments changed: seats and counts elsewhere in the window are stale

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        self.klass: TrainingClass | None = None
        self.statuses = enrollment_status_labels()
        self.model = RosterModel(self)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.register_action = self._action(
            self.tr("Register…"), self.register, QKeySequence.StandardKey.New,
            self.tr("Register people into this class: an existing participant or a new one (Ctrl+N)"))
        self.toolbar.addSeparator()
        self.status_action = self._action(
            self.tr("Change status…"), self.change_status, QKeySequence(Qt.Key.Key_F2),
            self.tr("Move the chosen people on: passed selection, reserve list, in training, "
                    "withdrew… with a reason (F2)"))
        self.history_action = self._action(
            self.tr("History"), self.show_history, QKeySequence("Ctrl+H"),
            self.tr("Every status change of the chosen person: when, by whom and why (Ctrl+H)"))
        self.prakerja_action = self._action(
            self.tr("Prakerja…"), self.edit_prakerja, None,
            self.tr("Kartu Prakerja card number, redeem code and redemption of the chosen person"))
        self.toolbar.addSeparator()
        self.announcement_action = self._action(
            self.tr("Print announcement…"), self.print_announcement, QKeySequence.StandardKey.Print,
            self.tr("The selection announcement of the class as a PDF (Ctrl+P)"))
        self.letters_action = self._action(
            self.tr("Print letters…"), self.print_letters, None,
            self.tr("A selection letter per person as a PDF: everyone, or the chosen people"))
        self.message_action = self._action(
            self.tr("Copy message"), lambda: self.copy_message("id"), QKeySequence("Ctrl+Shift+C"),
            self.tr("Copy a short message with the chosen people's status, to paste into a "
                    "messaging app (Ctrl+Shift+C)"))
        self.message_english_action = QAction(self.tr("Copy message in English"), self)
        self.message_english_action.triggered.connect(lambda: self.copy_message("en"))
        menu = QMenu(self)
        menu.addAction(self.message_action)
        menu.addAction(self.message_english_action)
        button = self.toolbar.widgetForAction(self.message_action)
        if isinstance(button, QToolButton):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.seats_label = QLabel(self)
        self.seats_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setWordWrap(True)
        self.filter_box = QComboBox(self)
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_box.setToolTip(self.tr("Show only the people with this status"))
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter_box)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find by name, NIK or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(230)
        self.search.setMaximumWidth(300)
        self.search.textChanged.connect(self._search_changed)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # By status (seated first, the reserve list in order), then name: the core's order.
        self.view.horizontalHeader().setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((NUMBER, 45), (NAME, 210), (NIK, 140), (STATUS, 150), (SINCE, 125),
                              (REASON, 190), (PHONE, 120), (REGISTERED, 125), (CARD, 140), (CODE, 110),
                              (REDEEMED, 120)):
            self.view.setColumnWidth(column, width)
        self.view.setToolTip(self.tr("Press Enter or double-click to open the participant; "
                                     "choose several rows with Ctrl or Shift"))
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.status_action, self.history_action, self.prakerja_action,
                       self.letters_action, self.message_action):
            self.view.addAction(action)

        self.note_label = QLabel(self)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.setWordWrap(True)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SHOWN_MS)
        self._note_timer.timeout.connect(self.note_label.clear)

        top = QHBoxLayout()
        top.setContentsMargins(4, 4, 4, 0)
        top.addWidget(self.seats_label)
        top.addStretch(1)
        top.addWidget(filter_label)
        top.addWidget(self.filter_box)
        top.addSpacing(8)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        self.counts_label.setContentsMargins(4, 0, 4, 2)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note_label)

        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        self.reload()

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while this tab is shown: Ctrl+N in the schedule adds a session instead.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # -- loading --------------------------------------------------------------------------------

    def set_participants(self, people: list[dict] | None = None) -> None:
        """The class window's refresh hook: the roster is read again from the core."""
        self.reload()

    def reload(self) -> None:
        """Read the class and its roster again, keeping the selection and the scroll position."""
        klass = TrainingClass.get_or_none(TrainingClass.id == self.class_id)
        if klass is None:
            return  # deleted elsewhere; the window says so and closes
        self.klass = klass
        selected = self.selected_ids()
        current = self.view.currentIndex()
        current_id = self.model.row(current.row())["enrollment_id"] if current.isValid() else None
        scroll = self.view.verticalScrollBar().value()
        is_prakerja = self.is_prakerja()
        unredeemed = {row["enrollment_id"] for row in enrollments.unredeemed(self.class_id)} \
            if is_prakerja else set()
        self.model.set_rows(enrollments.class_roster(self.class_id), unredeemed)
        for column in PRAKERJA_COLUMNS:
            self.view.setColumnHidden(column, not is_prakerja)
        self.prakerja_action.setVisible(is_prakerja or any(
            row.get("prakerja_redeem_code") for row in self.model.all_rows()))
        self._fill_filter()
        self._show_counts()
        self.select_ids(selected, current_id)
        self.view.verticalScrollBar().setValue(scroll)

    def is_prakerja(self) -> bool:
        return self.klass is not None and self.klass.funding == "prakerja"

    def _fill_filter(self) -> None:
        counts = self.model.counts()
        wanted = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("Everyone (%1)").replace("%1", format_number(sum(counts.values()))),
                                None)
        for status in STATUS_ORDER:
            if counts.get(status) or status == wanted:
                count = format_number(counts.get(status, 0))
                self.filter_box.addItem(f"{label(self.statuses, status)} ({count})", status)
        if self.is_prakerja():
            self.filter_box.addItem(self.tr("Prakerja: not redeemed yet (%1)").replace(
                "%1", format_number(self.model.unredeemed_count())), UNREDEEMED)
        index = self.filter_box.findData(wanted)
        self.filter_box.setCurrentIndex(max(index, 0))
        self.filter_box.blockSignals(False)
        self.model.set_status_filter(self.filter_box.currentData())

    def _show_counts(self) -> None:
        counts = self.model.counts()
        parts = [f"{label(self.statuses, status)}: {format_number(counts[status])}"
                 for status in STATUS_ORDER if counts.get(status)]
        self.counts_label.setText(" · ".join(parts) if parts else self.tr("Nobody has registered yet."))
        capacity = self.klass.capacity if self.klass is not None else 0
        seated = self.model.seated()
        text = self.tr("Seats: %1 of %2 taken").replace("%1", format_number(seated)).replace(
            "%2", format_number(capacity))
        if seated < capacity:
            text += " · " + self.tr("%1 free").replace("%1", format_number(capacity - seated))
            self.seats_label.setStyleSheet(SEATS_STYLE)
        else:
            text += " · " + self.tr("full")
            self.seats_label.setStyleSheet(FULL_STYLE)
        if self.is_prakerja():
            text += " · " + self.tr("Prakerja: %1 not redeemed yet").replace(
                "%1", format_number(self.model.unredeemed_count()))
        self.seats_label.setText(text)

    def count(self) -> int:
        """Everyone registered in the class (whatever the filter shows)."""
        return len(self.model.all_rows())

    def _filter_changed(self, _index: int) -> None:
        self.model.set_status_filter(self.filter_box.currentData())

    def _search_changed(self, text: str) -> None:
        selected = self.selected_ids()
        self.model.set_search(text)
        self.select_ids(selected)

    # -- selection ------------------------------------------------------------------------------

    def selected_rows(self) -> list[dict]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.row(row) for row in rows]

    def selected_ids(self) -> list[int]:
        return [row["enrollment_id"] for row in self.selected_rows()]

    def select_ids(self, enrollment_ids: list[int], current_id: int | None = None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for enrollment_id in enrollment_ids:
            row = self.model.row_of(enrollment_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        if current_id is not None and (row := self.model.row_of(current_id)) is not None:
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        self.view.selectionModel().select(selection, flags.ClearAndSelect)

    def update_actions(self, *args) -> None:
        count = len(self.view.selectionModel().selectedRows())
        anyone = bool(self.model.all_rows())
        self.status_action.setEnabled(count >= 1)
        self.history_action.setEnabled(count == 1)
        self.prakerja_action.setEnabled(count == 1)
        self.message_action.setEnabled(count >= 1)
        self.message_english_action.setEnabled(count >= 1)
        self.announcement_action.setEnabled(anyone)
        self.letters_action.setEnabled(anyone)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openParticipant.emit(self.model.row(index.row())["participant_id"])

    # -- actions --------------------------------------------------------------------------------

    def _changed(self, select: list[int] | None = None) -> None:
        self.reload()
        if select:
            self.select_ids(select, select[0])
        self.changed.emit()

    def register(self) -> None:
        registered = actions.register(self, self.store, self.class_id)
        if registered:
            # The newcomers must be visible: a status filter would hide them.
            if self.model.row_of(registered[0]) is None:
                self.search.clear()
                self.filter_box.setCurrentIndex(0)
            self._changed(registered)

    def change_status(self) -> None:
        rows = self.selected_rows()
        if rows and actions.change_status(self, self.store, self.class_id, rows):
            self._changed()

    def show_history(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            actions.show_history(self, rows[0], self.klass.code if self.klass else "")

    def edit_prakerja(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and actions.edit_prakerja(self, self.store, rows[0]):
            self._changed()

    def print_announcement(self) -> None:
        actions.print_selection(self, self.class_id, "announcement", self.selected_rows())

    def print_letters(self) -> None:
        actions.print_selection(self, self.class_id, "letters", self.selected_rows())

    def copy_message(self, lang: str) -> None:
        rows = self.selected_rows()
        if rows:
            self.show_note(actions.copy_messages(self, rows, lang))

    def show_note(self, text: str) -> None:
        """A passing line under the table (what was copied); no dialog to click away."""
        self.note_label.setText(text)
        if text:
            self._note_timer.start()
