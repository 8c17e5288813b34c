"""Date and time editors as Indonesian clerks read them: "Senin, 7 Desember 2026" and 08.00."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget

from .. import i18n


def date_edit(parent: QWidget, value: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar popup; the locale (set by the language) names the weekday."""
    editor = QDateEdit(parent)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dddd, d MMMM yyyy")
    editor.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    set_date(editor, value or dt.date.today())
    return editor


def set_date(editor: QDateEdit, value: dt.date) -> None:
    editor.setDate(QDate(value.year, value.month, value.day))


def date_of(editor: QDateEdit) -> dt.date:
    return editor.date().toPython()


def time_edit(parent: QWidget, value: dt.time | None = None) -> QTimeEdit:
    editor = QTimeEdit(parent)
    editor.setDisplayFormat("HH.mm" if i18n.active_language() == "id" else "HH:mm")
    if value is not None:
        set_time(editor, value)
    return editor


def set_time(editor: QTimeEdit, value: dt.time) -> None:
    editor.setTime(QTime(value.hour, value.minute))


def time_of(editor: QTimeEdit) -> dt.time:
    value = editor.time()
    return dt.time(value.hour(), value.minute())
