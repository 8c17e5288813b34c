"""What the calendar's views share: class colours, how days are shaded (today, weekends,
holidays), the day headers, and times and dates in words.

The week grid, the month grid and the room board draw from here, so a class has the
same colour and a holiday the same shading in all three.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from ...core.services.calendar_view import CalendarEntry
from ...core.validation.dates import MONTHS_EN, MONTHS_ID, WEEKDAYS_EN, WEEKDAYS_ID
from .. import i18n

# Pastel fills that keep dark text readable; a class keeps its colour from week to week.
# None is grey: grey says cancelled.
CLASS_COLOURS = ("#d6e6fb", "#d9f0d3", "#fde7c8", "#eadcf5", "#cdeeea", "#f9d8de",
                 "#f3f0c4", "#dcd8f4", "#fbd9c4", "#d4e9f7")
TEXT_COLOUR = QColor("#1f2328")
MUTED_TEXT = QColor("#6b6f76")
GRID_LINE = QColor("#dcdfe3")
HALF_HOUR_LINE = QColor("#eef0f2")
HEADER_LINE = QColor("#b9bec5")
WEEKEND_FILL = QColor("#f6f7f8")
HOLIDAY_FILL = QColor("#fbeceb")
HOLIDAY_TEXT = QColor("#a12622")
TODAY_FILL = QColor("#eaf3fe")
TODAY_TEXT = QColor("#0b5cad")
CANCELLED_FILL = QColor("#ececec")
CANCELLED_HATCH = QColor("#c4c4c4")
NOW_LINE = QColor("#d93025")
SELECTED_BORDER = QColor("#0b5cad")
CLASH_COLOUR = QColor("#d93025")
ACCEPTED_CLASH_COLOUR = QColor("#c26a00")


def class_fill(entry: CalendarEntry) -> QColor:
    """A session's fill: its class's colour, grey when it is cancelled."""
    if entry.cancelled:
        return QColor(CANCELLED_FILL)
    return QColor(CLASS_COLOURS[entry.class_id % len(CLASS_COLOURS)])


def day_fill(day: dt.date, today: dt.date, holidays: dict[dt.date, str]) -> QColor | None:
    """The shading of a day's column: a holiday above today above a weekend; None for a plain day."""
    if day in holidays:
        return HOLIDAY_FILL
    if day == today:
        return TODAY_FILL
    if day.weekday() >= 5:
        return WEEKEND_FILL
    return None


def format_time(value: dt.time, lang: str | None = None) -> str:
    """08.00 in Indonesian, 08:00 in English."""
    separator = ":" if (lang or i18n.language()) == "en" else "."
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def time_range(entry: CalendarEntry, lang: str | None = None) -> str:
    lang = lang or i18n.language()
    return f"{format_time(entry.start_time, lang)}–{format_time(entry.end_time, lang)}"


def weekday_name(day: dt.date, lang: str | None = None) -> str:
    return (WEEKDAYS_EN if (lang or i18n.language()) == "en" else WEEKDAYS_ID)[day.weekday()]


def month_name(month: int, lang: str | None = None) -> str:
    return (MONTHS_EN if (lang or i18n.language()) == "en" else MONTHS_ID)[month - 1]


def long_date(day: dt.date, lang: str | None = None) -> str:
    """"Senin, 30 November 2026"."""
    return f"{weekday_name(day, lang)}, {day.day} {month_name(day.month, lang)} {day.year}"


def week_range_text(monday: dt.date) -> str:
    """"30 November – 6 Desember 2026"; the month and year are said once when shared."""
    sunday = monday + dt.timedelta(days=6)
    end = f"{sunday.day} {month_name(sunday.month)} {sunday.year}"
    if monday.year != sunday.year:
        return f"{monday.day} {month_name(monday.month)} {monday.year} – {end}"
    if monday.month != sunday.month:
        return f"{monday.day} {month_name(monday.month)} – {end}"
    return f"{monday.day} – {end}"


def session_tooltip(entry: CalendarEntry, lang: str | None = None) -> list[str]:
    """The lines a session's tooltip starts with: class, unit, when, room, trainers, JP."""
    lang = lang or i18n.language()
    lines = [f"{entry.class_code} — {entry.class_name}"]
    if entry.unit_code or entry.title:
        lines.append(" ".join(part for part in (entry.unit_code, entry.title) if part))
    lines.append(f"{long_date(entry.date, lang)}, {time_range(entry, lang)}")
    room = entry.room_name or QCoreApplication.translate("CalendarTooltip", "not set")
    lines.append(QCoreApplication.translate("CalendarTooltip", "Room: %1").replace("%1", room))
    trainers = ", ".join(entry.trainers) or QCoreApplication.translate("CalendarTooltip", "none yet")
    lines.append(QCoreApplication.translate("CalendarTooltip", "Trainers: %1").replace("%1", trainers))
    lines.append(QCoreApplication.translate("CalendarTooltip", "%1 JP").replace("%1", str(entry.jp)))
    if entry.cancelled:
        lines.append(QCoreApplication.translate("CalendarTooltip", "Cancelled"))
    return lines


@dataclass
class DayHeaders:
    """The heads of seven day columns: weekday, date and, on a closed day, its name.

    ``place`` fits the texts to the columns' widths (short weekday and date when narrow);
    ``paint`` draws them with today in blue and closed days in red. Columns are given as
    (left, width), Monday first.
    """

    font: QFont
    small: QFont
    lines: list[tuple[str, str, str]] | None = None

    def height(self) -> float:
        return 2 * QFontMetrics(self.font).height() + QFontMetrics(self.small).height() + 12

    def place(self, monday: dt.date, holidays: dict[dt.date, str], columns: Sequence[tuple[float, float]],
              lang: str) -> None:
        bold = QFont(self.font)
        bold.setBold(True)
        bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(self.small)
        self.lines = []
        for offset, (_left, width) in enumerate(columns):
            room = int(width - 8)
            day = monday + dt.timedelta(days=offset)
            name = weekday_name(day, lang)
            if bold_metrics.horizontalAdvance(name) > room:
                name = name[:3]
            date_text = f"{day.day} {month_name(day.month, lang)}"
            if small_metrics.horizontalAdvance(date_text) > room:
                date_text = f"{day.day}/{day.month}"
            holiday = small_metrics.elidedText(holidays.get(day, ""), Qt.TextElideMode.ElideRight, room)
            self.lines.append((name, date_text, holiday))

    def paint(self, painter: QPainter, monday: dt.date, today: dt.date, columns: Sequence[tuple[float, float]],
              top: float = 0.0) -> None:
        bold = QFont(self.font)
        bold.setBold(True)
        line = QFontMetrics(self.font).height()
        small_height = QFontMetrics(self.small).height()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for offset, ((name, date_text, holiday), (left, width)) in enumerate(zip(self.lines or [], columns)):
            day = monday + dt.timedelta(days=offset)
            rect = QRectF(left + 4, top + 4, width - 8, line)
            is_today = day == today
            painter.setFont(bold)
            painter.setPen(TODAY_TEXT if is_today else (HOLIDAY_TEXT if holiday else TEXT_COLOUR))
            painter.drawText(rect, align, name)
            painter.setFont(bold if is_today else self.font)
            painter.drawText(rect.translated(0, line), align, date_text)
            if holiday:
                painter.setFont(self.small)
                painter.setPen(HOLIDAY_TEXT)
                painter.drawText(QRectF(rect.x(), top + 4 + 2 * line, rect.width(), small_height), align, holiday)
