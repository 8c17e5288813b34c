"""The calendar: a week (or a month) of sessions for one room, trainer or class, or for
the whole institution. A week of one room, trainer or class is a time grid; the whole
institution's week, too busy for that, is a board of rooms by days. Double-clicking a
session asks the main window to open its class (``openClass(class_id)``); a trainer's
schedule for the shown week or month can be printed."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from ...core.services import calendar_view
from ...core.services.calendar_view import CalendarEntry, week_start
from ...core.store import Store
from .. import document_export, i18n, workers
from ..formatting import format_number
from ..widgets.calendar_style import month_name, week_range_text
from ..widgets.month_view import MonthView
from ..widgets.room_board import RoomBoard
from ..widgets.week_view import WeekView

KINDS = ("room", "trainer", "class", "all")
WEEK, MONTH = "week", "month"
KIND_KEY = "calendar/kind"
MODE_KEY = "calendar/mode"
SUBJECT_KEY = "calendar/subject_{kind}"
HOLIDAYS_DELAY_MS = 150


_holidays_loaded = False  # the holidays package is slow only the first time in a process


def holiday_language() -> str:
    return "en" if i18n.language() == "en" else "id"


def holidays_between(institution_id: int | None, first: dt.date, last: dt.date) -> dict[dt.date, str]:
    """National holidays, and for a chosen institution its own closure days (and collective
    leave when it skips those), named in the interface language."""
    global _holidays_loaded
    from ...core.services import closed_days

    if institution_id:
        found = closed_days.closed_days(institution_id, first, last, language=holiday_language())
    else:
        found = closed_days.national_holidays(first, last, language=holiday_language())
    _holidays_loaded = True
    return found


def _load_holidays(first: dt.date, last: dt.date, language: str) -> None:
    """Run in the background once: importing the holidays package and building the first
    year's calendar takes about half a second, which the first week shown must not wait for."""
    from ...core.services import closed_days

    closed_days.national_holidays(first, last, language=language)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class CalendarPage(QWidget):
    openClass = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None
        self._today = today
        self._anchor = today()  # a day of the week or month shown
        self._stale = True
        self._entries: list[CalendarEntry] = []
        self._holiday_span: tuple[dt.date, dt.date] | None = None
        self._holiday_job: workers.Job | None = None
        self._holiday_timer = QTimer(self)
        self._holiday_timer.setSingleShot(True)
        self._holiday_timer.setInterval(HOLIDAYS_DELAY_MS)
        self._holiday_timer.timeout.connect(self._start_loading_holidays)
        settings = QSettings()
        kind = str(settings.value(KIND_KEY, "room"))
        self._kind = kind if kind in KINDS else "room"
        mode = str(settings.value(MODE_KEY, WEEK))
        self._mode = mode if mode in (WEEK, MONTH) else WEEK

        self.heading = QLabel(self.tr("Calendar"), self)
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")

        self.kind_box = QComboBox(self)
        for key, label in self.kind_labels().items():
            self.kind_box.addItem(label, key)
        self.kind_box.setAccessibleName(self.tr("Show the calendar of"))
        self.subject_box = QComboBox(self)
        self.subject_box.setMinimumWidth(320)
        self.subject_box.setMaxVisibleItems(25)
        self.subject_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.subject_box.setAccessibleName(self.tr("Room, trainer or class"))
        self.week_button = QPushButton(self.tr("&Week"), self)
        self.month_button = QPushButton(self.tr("M&onth"), self)
        self.mode_group = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.print_button = QPushButton(self.tr("&Print schedule…"), self)
        self.print_button.setToolTip(self.tr("The trainer's schedule for the week or month shown, as PDF"))

        self.previous_button = QPushButton("◀", self)
        self.previous_button.setFixedWidth(36)
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.next_button = QPushButton("▶", self)
        self.next_button.setFixedWidth(36)
        self.range_label = QLabel(self)
        self.range_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self)
        self.summary_label.setStyleSheet("color: #4a4f55;")

        self.week_view = WeekView(self, today)
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setWidget(self.week_view)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.week_scroll.setFocusProxy(self.week_view)
        self.room_board = RoomBoard(self, today)
        self.month_view = MonthView(self, today)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.week_scroll)
        self.stack.addWidget(self.room_board)
        self.stack.addWidget(self.month_view)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.kind_box)
        top.addWidget(self.subject_box, 1)
        top.addSpacing(12)
        top.addWidget(self.week_button)
        top.addWidget(self.month_button)
        top.addWidget(self.print_button)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.next_button)
        navigation.addSpacing(10)
        navigation.addWidget(self.range_label)
        navigation.addStretch(1)
        navigation.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(navigation)
        layout.addWidget(self.stack, 1)

        self.kind_box.setCurrentIndex(KINDS.index(self._kind))
        (self.week_button if self._mode == WEEK else self.month_button).setChecked(True)
        self._fill_subjects()
        self._update_controls()

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.subject_box.currentIndexChanged.connect(self._subject_changed)
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.print_button.clicked.connect(self.print_schedule)
        self.week_view.weekRequested.connect(self.show_week)
        self.week_view.classActivated.connect(self.openClass)
        self.room_board.weekRequested.connect(self.show_week)
        self.room_board.classActivated.connect(self.openClass)
        self.month_view.dayActivated.connect(self.show_week)
        self.month_view.monthRequested.connect(self.step)

    # -- labels --------------------------------------------------------------------------------

    def kind_labels(self) -> dict[str, str]:
        return {"room": self.tr("By room"), "trainer": self.tr("By trainer"),
                "class": self.tr("By class"), "all": self.tr("Whole institution")}

    def empty_subjects_text(self, kind: str) -> str:
        return {"room": self.tr("No rooms yet"), "trainer": self.tr("No trainers yet"),
                "class": self.tr("No classes yet")}.get(kind, "")

    # -- state ---------------------------------------------------------------------------------

    def kind(self) -> str:
        return self._kind

    def mode(self) -> str:
        return self._mode

    def subject_id(self) -> int | None:
        if self._kind == "all":
            return None
        value = self.subject_box.currentData()
        return int(value) if value is not None else None

    def shown_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day whose sessions are shown (a week, or the month itself)."""
        if self._mode == WEEK:
            monday = week_start(self._anchor)
            return monday, monday + dt.timedelta(days=6)
        return month_bounds(self._anchor.year, self._anchor.month)

    def entries(self) -> list[CalendarEntry]:
        return list(self._entries)

    def shows_room_board(self) -> bool:
        """The whole institution's week is shown room by day rather than as a time grid."""
        return self._mode == WEEK and self._kind == "all"

    def week_widget(self) -> QWidget:
        """What shows the week: the room board or the time grid."""
        return self.room_board if self.shows_room_board() else self.week_view

    def set_institution(self, institution_id: int | None) -> None:
        self.institution_id = institution_id or None
        self._fill_subjects()
        self._update_controls()
        self._reload_when_visible()

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(kind))

    def set_subject(self, subject_id: int) -> None:
        index = self.subject_box.findData(subject_id)
        if index >= 0:
            self.subject_box.setCurrentIndex(index)

    def set_mode(self, mode: str) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        QSettings().setValue(MODE_KEY, mode)
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        self._update_controls()
        self._reload_when_visible()

    def show_week(self, day: dt.date) -> None:
        """The week holding ``day``, in the week view."""
        self._anchor = day
        if self._mode != WEEK:
            self.set_mode(WEEK)
        else:
            self._reload_when_visible()
        self.week_widget().setFocus()

    def show_month(self, year: int, month: int) -> None:
        self._anchor = dt.date(year, month, 1)
        if self._mode != MONTH:
            self.set_mode(MONTH)
        else:
            self._reload_when_visible()

    def step(self, delta: int) -> None:
        """Previous (-1) or next (1) week or month."""
        if self._mode == WEEK:
            self._anchor = week_start(self._anchor) + dt.timedelta(days=7 * delta)
        else:
            index = self._anchor.year * 12 + self._anchor.month - 1 + delta
            self._anchor = dt.date(index // 12, index % 12 + 1, 1)
        self._reload_when_visible()

    def go_today(self) -> None:
        self._anchor = self._today()
        self._reload_when_visible()

    # -- reacting ------------------------------------------------------------------------------

    def _kind_changed(self, index: int) -> None:
        self._kind = KINDS[index]
        QSettings().setValue(KIND_KEY, self._kind)
        self._fill_subjects()
        self._update_controls()
        self._reload_when_visible()

    def _subject_changed(self, index: int) -> None:
        subject = self.subject_id()
        if subject is not None:
            QSettings().setValue(SUBJECT_KEY.format(kind=self._kind), subject)
        self._update_controls()
        self._reload_when_visible()

    def _fill_subjects(self) -> None:
        box = self.subject_box
        box.blockSignals(True)
        box.clear()
        if self._kind == "all":
            box.setPlaceholderText(self.tr("Every session of the institution"))
            box.setEnabled(False)
        else:
            choices = calendar_view.subjects(self._kind, self.institution_id)
            for subject_id, label in choices:
                box.addItem(label, subject_id)
            box.setPlaceholderText(self.empty_subjects_text(self._kind))
            box.setEnabled(bool(choices))
            remembered = QSettings().value(SUBJECT_KEY.format(kind=self._kind))
            index = box.findData(int(remembered)) if str(remembered or "").isdigit() else -1
            box.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        box.blockSignals(False)

    def _update_controls(self) -> None:
        in_week = self._mode == WEEK
        if not in_week:
            self.stack.setCurrentWidget(self.month_view)
        else:
            self.stack.setCurrentWidget(self.room_board if self.shows_room_board() else self.week_scroll)
        self.print_button.setVisible(self._kind == "trainer")
        self.print_button.setEnabled(self._kind == "trainer" and self.subject_id() is not None)
        unit = self.tr("week") if in_week else self.tr("month")
        self.previous_button.setToolTip(self.tr("Previous %1 (PgUp)").replace("%1", unit))
        self.next_button.setToolTip(self.tr("Next %1 (PgDn)").replace("%1", unit))
        self.today_button.setToolTip(self.tr("Back to today (Home)") if in_week else self.tr("Back to this month"))

    def _reload_when_visible(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _subject_filter(self) -> dict | None:
        """What ``calendar_view`` is asked for; None when there is nothing to show."""
        if self._kind == "all":
            return {"institution_id": self.institution_id}
        subject = self.subject_id()
        if subject is None:
            return None
        return {f"{self._kind}_id": subject}

    def refresh(self) -> None:
        self._stale = False
        subject = self._subject_filter()
        first, last = self.shown_range()
        if self._mode == WEEK:
            monday = first
            days = calendar_view.week(monday, **subject) if subject is not None else {
                monday + dt.timedelta(days=i): [] for i in range(7)}
            self._entries = [entry for day in days.values() for entry in day]
            if self.shows_room_board():
                self.room_board.empty_text = self.tr("No sessions this week")
                self.room_board.set_week(monday, days, {}, **calendar_view.room_board_details(
                    self._entries, first, last, self.institution_id))
            else:
                self.week_view.empty_text = (self.tr("No sessions this week") if subject is not None
                                             else self.empty_subjects_text(self._kind))
                self.week_view.set_week(monday, days, {}, self._kind)
            self.range_label.setText(week_range_text(monday))
            self._show_holidays(first, last)
        else:
            year, month = self._anchor.year, self._anchor.month
            if subject is not None:
                days = calendar_view.month(year, month, **subject)
            else:
                days = {day: [] for week in calendar_view.month_grid(year, month) for day in week}
            grid = sorted(days)
            self._entries = [entry for day in days.values() for entry in day
                             if first <= entry.date <= last]
            self.month_view.set_month(year, month, days, {})
            self.range_label.setText(f"{month_name(month)} {year}")
            self._show_holidays(grid[0], grid[-1])
        self._show_summary()

    def _show_holidays(self, first: dt.date, last: dt.date) -> None:
        self._holiday_span = (first, last)
        if _holidays_loaded:
            self._apply_holidays()
        elif self._holiday_job is None and not self._holiday_timer.isActive():
            # Started a moment later: loading them competes with the first paint for Python.
            self._holiday_timer.start()

    def _start_loading_holidays(self) -> None:
        if _holidays_loaded:
            self._apply_holidays()
            return
        first, last = self._holiday_span
        language = holiday_language()
        self._holiday_job = workers.run_in_background(
            lambda progress, cancelled: _load_holidays(first, last, language),
            self.tr("Loading holidays"), self, show_dialog=False)
        self._holiday_job.finished.connect(self._holidays_ready)

    def _holidays_ready(self) -> None:
        job, self._holiday_job = self._holiday_job, None
        if job is not None and job.status == "done":  # a failure went to the crash handler
            self._apply_holidays()

    def holidays_pending(self) -> bool:
        """True while the holidays are still being loaded (only the first time in a process)."""
        return self._holiday_job is not None or self._holiday_timer.isActive()

    def _apply_holidays(self) -> None:
        first, last = self._holiday_span
        found = holidays_between(self.institution_id, first, last)
        if self._mode == WEEK:
            self.week_widget().set_holidays(found)
        else:
            self.month_view.set_holidays(found)

    def _show_summary(self) -> None:
        held = [entry for entry in self._entries if not entry.cancelled]
        cancelled = len(self._entries) - len(held)
        text = self.tr("%n session(s)", "", len(held))
        text += " · " + self.tr("%1 JP").replace("%1", format_number(sum(entry.jp for entry in held)))
        if cancelled:
            text += " · " + self.tr("%n cancelled", "", cancelled)
        clashes = self.room_board.clash_count() if self.shows_room_board() else 0
        if clashes:
            text += " · " + self.tr("%n room clash(es)", "", clashes)
        self.summary_label.setText(text)

    # -- printing ------------------------------------------------------------------------------

    def print_schedule(self) -> str | None:
        """The shown trainer's schedule for the shown week or month, as a PDF."""
        trainer_id = self.subject_id() if self._kind == "trainer" else None
        if trainer_id is None:
            return None
        first, last = self.shown_range()
        name = document_export.safe_file_name(self.subject_box.currentText())
        period = f"{first:%Y-%m}" if self._mode == MONTH else f"{first:%Y-%m-%d}"
        title = self.tr("Print trainer schedule")
        collecting, writing = self.tr("Collecting the sessions…"), self.tr("Writing the file…")
        language = i18n.language()  # the document in the interface's language

        def build(path: str, progress) -> str:
            from ...core.services.journal_documents import trainer_schedule_document
            from ...documents.trainer_schedule import build_trainer_schedule

            progress(0, 2, collecting)
            document = trainer_schedule_document(trainer_id, first, last, lang=language)
            progress(1, 2, writing)
            build_trainer_schedule(document, path)
            return path

        return document_export.export_document(self, title, f"Jadwal-{name}-{period}.pdf", "pdf", build)
