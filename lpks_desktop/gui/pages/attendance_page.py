"""Attendance across classes: the week's sessions with how far their marks have been entered,
the week's sheets to print, and the participants who risk missing their program's minimum.

Entering marks happens in the class window's attendance tab: the page asks the main window to
open it (``openAttendance(class_id, session_id)``, session 0 meaning the whole class).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSizePolicy, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from ...core.services import attendance_week as week
from ...core.services import calendar_view
from ...core.services.attendance_week import WeekSession, week_bounds
from ...core.store import Store
from ..formatting import format_number
from ..widgets.calendar_style import week_range_text
from .attendance_week_model import R_PARTICIPANT, UNIT, AtRiskModel, WeekSessionsModel

EMPTY_STYLE = "color: #6b6b6b; font-style: italic;"
SUMMARY_STYLE = "color: #4a4f55;"
ALL = None  # the "everyone" / "all classes" choice of a filter


def _table(model, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setStyleSheet("QTableView::item { padding: 0 6px; }")
    return view


def _empty(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(EMPTY_STYLE)
    return label


class AttendancePage(QWidget):
    openAttendance = Signal(int, int)  # noqa: N815 (Qt naming): class id, session id (0: all sessions)
    openClass = Signal(int)  # noqa: N815

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None
        self._today = today
        self._monday = week_bounds(today())[0]
        self._stale = True
        self._sessions: list[WeekSession] = []
        self._shown: tuple | None = None  # the week and filters last loaded

        self.heading = QLabel(self.tr("Attendance"), self)
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subheading = QLabel(self.tr(
            "The week's sessions and how far their attendance has been entered. Double-click a session "
            "(or press Enter) to enter its marks."), self)
        self.subheading.setWordWrap(True)

        # -- the week and the filters ------------------------------------------------------------
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.previous_button.setFixedWidth(36)
        self.this_week_button = QPushButton(self.tr("This &week"), self)
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.setFixedWidth(36)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.date_edit.setAccessibleName(self.tr("A day of the week to show"))
        self.date_edit.setToolTip(self.tr("Any day of the week to show"))
        self.range_label = QLabel(self)
        self.range_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trainer_box = QComboBox(self)
        self.trainer_box.setAccessibleName(self.tr("Trainer"))
        self.trainer_box.setMinimumWidth(200)
        self.trainer_box.setMaxVisibleItems(25)
        self.class_box = QComboBox(self)
        self.class_box.setAccessibleName(self.tr("Class"))
        self.class_box.setMinimumWidth(240)
        self.class_box.setMaxVisibleItems(25)
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.class_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        trainer_label = QLabel(self.tr("T&rainer:"), self)
        trainer_label.setBuddy(self.trainer_box)
        class_label = QLabel(self.tr("C&lass:"), self)
        class_label.setBuddy(self.class_box)

        # -- the week's sessions ------------------------------------------------------------------
        self.enter_button = QPushButton(self.tr("&Enter attendance…"), self)
        self.enter_button.setToolTip(self.tr("Open the class's attendance for the selected session (Enter)"))
        self.print_selected_button = QPushButton(self.tr("Print &selected sheets…"), self)
        self.print_selected_button.setToolTip(self.tr("Attendance sheets of the selected sessions"))
        self.print_week_button = QPushButton(self.tr("&Print the week's sheets…"), self)
        self.print_week_button.setToolTip(self.tr(
            "Attendance sheets of every session of the week shown, for the trainer chosen"))
        self.summary_label = QLabel(self)
        self.summary_label.setStyleSheet(SUMMARY_STYLE)
        self.summary_label.setWordWrap(True)

        self.model = WeekSessionsModel(self, today())
        self.table = _table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Sessions of the week"))
        self.empty = _empty(self.tr("No sessions this week."), self)
        self.sessions_stack = QStackedWidget(self)
        self.sessions_stack.addWidget(self.table)
        self.sessions_stack.addWidget(self.empty)

        # -- participants at risk -----------------------------------------------------------------
        self.risk_heading = QLabel(self.tr("Participants at risk in running classes"), self)
        self.risk_heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.risk_note = QLabel(self.tr(
            "Those who cannot miss one more session without falling below their program's minimum, and "
            "those who can no longer reach it. Double-click to open the class's attendance."), self)
        self.risk_note.setWordWrap(True)
        self.risk_note.setStyleSheet(SUMMARY_STYLE)
        self.risk_model = AtRiskModel(self)
        self.risk_table = _table(self.risk_model, self)
        self.risk_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.risk_table.horizontalHeader().setSectionResizeMode(R_PARTICIPANT, QHeaderView.ResizeMode.Stretch)
        self.risk_table.setAccessibleName(self.tr("Participants at risk"))
        self.risk_empty = _empty(self.tr("Nobody is at risk."), self)
        self.risk_stack = QStackedWidget(self)
        self.risk_stack.addWidget(self.risk_table)
        self.risk_stack.addWidget(self.risk_empty)

        # -- layout ---------------------------------------------------------------------------------
        picker = QHBoxLayout()
        picker.addWidget(self.previous_button)
        picker.addWidget(self.this_week_button)
        picker.addWidget(self.next_button)
        picker.addWidget(self.date_edit)
        picker.addSpacing(10)
        picker.addWidget(self.range_label)
        picker.addStretch(1)
        picker.addWidget(trainer_label)
        picker.addWidget(self.trainer_box)
        picker.addSpacing(6)
        picker.addWidget(class_label)
        picker.addWidget(self.class_box, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.enter_button)
        actions.addWidget(self.print_selected_button)
        actions.addWidget(self.print_week_button)
        actions.addSpacing(10)
        actions.addWidget(self.summary_label, 1)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(actions)
        upper_layout.addWidget(self.sessions_stack, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.risk_heading)
        lower_layout.addWidget(self.risk_note)
        lower_layout.addWidget(self.risk_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 220])  # the week first; the list at risk is usually short

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(picker)
        layout.addWidget(self.splitter, 1)

        self._set_date_edit(self._monday)
        self._fill_filters()
        self._update_buttons()

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_week_button.clicked.connect(self.go_to_this_week)
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.trainer_box.currentIndexChanged.connect(self._filter_changed)
        self.class_box.currentIndexChanged.connect(self._filter_changed)
        self.enter_button.clicked.connect(self.enter_attendance)
        self.print_selected_button.clicked.connect(self.print_selected)
        self.print_week_button.clicked.connect(self.print_week)
        # activated: Enter, and a double-click where the platform opens items on double-click.
        self.table.activated.connect(lambda index: self.enter_attendance())
        self.table.selectionModel().selectionChanged.connect(lambda *args: self._update_buttons())
        self.risk_table.activated.connect(self._risk_activated)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

    # -- what is shown ---------------------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        self.institution_id = institution_id or None
        self._fill_filters()
        self._reload_when_visible()

    def week(self) -> tuple[dt.date, dt.date]:
        """Monday and Sunday of the week shown."""
        return self._monday, self._monday + dt.timedelta(days=6)

    def show_week(self, day: dt.date) -> None:
        """The week holding ``day``."""
        monday = week_bounds(day)[0]
        self._set_date_edit(day)
        if monday != self._monday:
            self._monday = monday
            self._reload_when_visible()

    def step(self, weeks: int) -> None:
        self.show_week(self._monday + dt.timedelta(days=7 * weeks))

    def go_to_this_week(self) -> None:
        self.show_week(self._today())

    def trainer_id(self) -> int | None:
        value = self.trainer_box.currentData()
        return int(value) if value is not None else None

    def class_id(self) -> int | None:
        value = self.class_box.currentData()
        return int(value) if value is not None else None

    def set_trainer(self, trainer_id: int | None) -> None:
        self.trainer_box.setCurrentIndex(max(self.trainer_box.findData(trainer_id), 0))

    def set_class(self, class_id: int | None) -> None:
        self.class_box.setCurrentIndex(max(self.class_box.findData(class_id), 0))

    def sessions(self) -> list[WeekSession]:
        """The sessions listed (cancelled ones are counted in the summary, not listed)."""
        return self.model.sessions()

    def selected_sessions(self) -> list[WeekSession]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.session(row) for row in rows]

    def current_session(self) -> WeekSession | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.model.session(index.row())
        selected = self.selected_sessions()
        return selected[0] if len(selected) == 1 else None

    def select_session(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row >= 0:
            # Explicit flags: selectRow() would follow the keyboard modifiers held at the time.
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)

    # -- loading ---------------------------------------------------------------------------------

    def _set_date_edit(self, day: dt.date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def _date_chosen(self, value: QDate) -> None:
        self.show_week(value.toPython())

    def _fill_filters(self) -> None:
        """Trainers and classes of the institution; a choice that still exists stays chosen."""
        for box, kind, everyone in ((self.trainer_box, "trainer", self.tr("Everyone")),
                                    (self.class_box, "class", self.tr("All classes"))):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, ALL)
            for subject_id, label in calendar_view.subjects(kind, self.institution_id):
                box.addItem(label, subject_id)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
            box.blockSignals(False)

    def _filter_changed(self, *args) -> None:
        self._reload_when_visible()

    def _reload_when_visible(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def marks_changed(self, *args) -> None:
        """Marks, sessions or journals changed elsewhere (a class window): reload when seen."""
        self._reload_when_visible()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Always: the clerk comes back here after entering marks in a class window, and the
        # whole reload of a busy week costs a few tens of milliseconds.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the week and the participants at risk (after marks were saved elsewhere, too)."""
        self._stale = False
        today = self._today()
        selected = {entry.session_id for entry in self.selected_sessions()}
        current = self.table.currentIndex()
        current_id = self.model.session(current.row()).session_id if current.isValid() else None
        shown = (self._monday, self.institution_id, self.trainer_id(), self.class_id())
        # The same list reloaded keeps its place; another week or filter starts at the top.
        scrolled = self.table.verticalScrollBar().value() if shown == self._shown else 0
        self._shown = shown
        self._sessions = week.week_sessions(self._monday, institution_id=self.institution_id,
                                            trainer_id=self.trainer_id(), class_id=self.class_id())
        listed = [entry for entry in self._sessions if not entry.cancelled]
        self.model.set_sessions(listed, today)
        for session_id in selected:
            row = self.model.row_of(session_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0), self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows)
        row = self.model.row_of(current_id) if current_id is not None else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, current.column()), self.table.selectionModel().SelectionFlag.NoUpdate)
        self.table.verticalScrollBar().setValue(scrolled)
        self.range_label.setText(week_range_text(self._monday))
        self.sessions_stack.setCurrentWidget(self.table if listed else self.empty)
        self.empty.setText(self._empty_text())
        self._show_summary(today)
        self._load_risks(today)
        self._update_buttons()

    def _empty_text(self) -> str:
        if self.trainer_id() is not None or self.class_id() is not None:
            return self.tr("No sessions this week for the trainer or class chosen.")
        return self.tr("No sessions this week.")

    def _show_summary(self, today: dt.date) -> None:
        shown = [entry for entry in self._sessions if not entry.cancelled]
        progress = [entry.progress(today) for entry in shown]
        parts = [self.tr("%n sessions", "", len(shown))]
        complete = progress.count(week.MARKED)
        waiting = progress.count(week.NOT_MARKED) + progress.count(week.PARTLY_MARKED)
        if complete:
            parts.append(self.tr("%n fully marked", "", complete))
        if waiting:
            parts.append(self.tr("%n waiting for marks", "", waiting))
        missing_journals = sum(1 for entry in shown if not entry.journal_written and entry.date <= today)
        if missing_journals:
            parts.append(self.tr("%n without a journal", "", missing_journals))
        cancelled = len(self._sessions) - len(shown)
        if cancelled:
            parts.append(self.tr("%n cancelled (not listed)", "", cancelled))
        self.summary_label.setText(" · ".join(parts) if shown or cancelled else "")

    def _load_risks(self, today: dt.date) -> None:
        from ...core.services.attendance_rates import participants_at_risk

        rows = participants_at_risk(self.institution_id, today=today)
        chosen_class = self.class_id()
        if chosen_class is not None:
            rows = [row for row in rows if row[0]["class_id"] == chosen_class]
        # Those who can no longer make it first, then the tightest allowance, then by class and name.
        rows.sort(key=lambda row: (row[1].verdict != "cannot_reach",
                                   row[1].allowance_jp if row[1].allowance_jp is not None else 0,
                                   row[0]["class_code"], row[1].number))
        self.risk_model.set_rows(rows)
        self.risk_stack.setCurrentWidget(self.risk_table if rows else self.risk_empty)
        if rows:
            self.risk_heading.setText(self.tr("Participants at risk in running classes (%1)")
                                      .replace("%1", format_number(len(rows))))
        else:
            self.risk_heading.setText(self.tr("Participants at risk in running classes"))

    def _update_buttons(self) -> None:
        selected = self.selected_sessions()
        self.enter_button.setEnabled(len(selected) == 1 or self.current_session() is not None)
        self.print_selected_button.setEnabled(bool(selected))
        self.print_week_button.setEnabled(bool(self.model.rowCount()))

    # -- actions ---------------------------------------------------------------------------------

    def enter_attendance(self) -> None:
        entry = self.current_session()
        if entry is not None:
            self.openAttendance.emit(entry.class_id, entry.session_id)

    def _risk_activated(self, index) -> None:
        if index.isValid():
            info, _rate = self.risk_model.row(index.row())
            self.openAttendance.emit(int(info["class_id"]), 0)

    def print_week(self) -> None:
        """The dialog on the shown week's sheets, for the trainer (and class) chosen here."""
        from ..attendance.print_dialog import print_attendance

        print_attendance(self, self.store, trainer_id=self.trainer_id(), week_of=self._monday,
                         class_id=self.class_id(), institution_id=self.institution_id)

    def print_selected(self) -> None:
        selected = self.selected_sessions()
        if not selected:
            return
        from ..attendance.print_dialog import print_attendance

        print_attendance(self, self.store, session_ids=[entry.session_id for entry in selected])

