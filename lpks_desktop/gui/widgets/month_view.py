"""A month at a glance: one cell per day with its sessions, holidays named; a click opens that week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QWidget)

from ...core.services.calendar_view import CalendarEntry
from ...core.validation.dates import WEEKDAYS_EN, WEEKDAYS_ID
from .. import i18n
from .calendar_style import (HOLIDAY_FILL, HOLIDAY_TEXT, MUTED_TEXT, TEXT_COLOUR, TODAY_FILL, TODAY_TEXT,
                             WEEKEND_FILL, format_time, month_name)

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 2
HOLIDAY_ROLE = Qt.ItemDataRole.UserRole + 3
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 4
COUNT_ROLE = Qt.ItemDataRole.UserRole + 5
OUTSIDE_FILL = QColor("#fafafa")


class MonthModel(QAbstractTableModel):
    """The weeks of a month's grid (Monday first, four to six of them) by seven days."""

    def __init__(self, parent=None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self._today = today
        self._year, self._month = today().year, today().month
        self._weeks: list[list[dt.date]] = []
        self._days: dict[dt.date, list[CalendarEntry]] = {}
        self._holidays: dict[dt.date, str] = {}

    def set_month(self, year: int, month: int, days: dict[dt.date, list[CalendarEntry]],
                  holidays: dict[dt.date, str] | None = None) -> None:
        """``days`` as ``calendar_view.month`` gives them: every day of the grid, in order."""
        self.beginResetModel()
        self._year, self._month = year, month
        ordered = sorted(days)
        self._weeks = [ordered[i:i + 7] for i in range(0, len(ordered), 7)]
        self._days = days
        self._holidays = dict(holidays or {})
        self.endResetModel()

    def set_holidays(self, holidays: dict[dt.date, str] | None) -> None:
        """Name the closed days (they may arrive after the sessions)."""
        self._holidays = dict(holidays or {})
        if self._weeks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._weeks) - 1, 6))

    def year_month(self) -> tuple[int, int]:
        return self._year, self._month

    def day_at(self, index: QModelIndex | QPersistentModelIndex) -> dt.date | None:
        if not index.isValid() or index.row() >= len(self._weeks) or index.column() >= 7:
            return None
        return self._weeks[index.row()][index.column()]

    def index_of(self, day: dt.date) -> QModelIndex:
        for row, week in enumerate(self._weeks):
            if day in week:
                return self.index(row, week.index(day))
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return (WEEKDAYS_EN if i18n.language() == "en" else WEEKDAYS_ID)[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._weeks):
            return str(self._weeks[section][0].isocalendar()[1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        day = self.day_at(index)
        if day is None:
            return None
        entries = self._days.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._summary(day, entries)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._details(day, entries)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._summary(day, entries).replace("\n", ", ")
        if role == DATE_ROLE:
            return day
        if role == ENTRIES_ROLE:
            return entries
        if role == HOLIDAY_ROLE:
            return self._holidays.get(day, "")
        if role == IN_MONTH_ROLE:
            return day.month == self._month
        if role == COUNT_ROLE:
            return len(entries)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if self.day_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def count_text(self, count: int) -> str:
        return self.tr("%n session(s)", "", count)

    def _summary(self, day: dt.date, entries: list[CalendarEntry]) -> str:
        lines = [str(day.day)]
        holiday = self._holidays.get(day)
        if holiday:
            lines.append(holiday)
        if entries:
            lines.append(self.count_text(len(entries)))
        return "\n".join(lines)

    def _details(self, day: dt.date, entries: list[CalendarEntry]) -> str:
        weekdays = WEEKDAYS_EN if i18n.language() == "en" else WEEKDAYS_ID
        lines = [f"{weekdays[day.weekday()]}, {day.day} {month_name(day.month)} {day.year}"]
        if day in self._holidays:
            lines.append(self._holidays[day])
        for entry in entries:
            lines.append(f"{format_time(entry.start_time)}–{format_time(entry.end_time)}  "
                         f"{entry.class_code}  {entry.title}".rstrip())
        if not entries:
            lines.append(self.tr("No sessions"))
        lines.append(self.tr("Click to see this week"))
        return "\n".join(lines)


class DayCellDelegate(QStyledItemDelegate):
    """Paints a day: its number, a holiday's name, a count badge and the first sessions."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        day: dt.date = index.data(DATE_ROLE)
        if day is None:
            return
        entries: list[CalendarEntry] = index.data(ENTRIES_ROLE) or []
        holiday: str = index.data(HOLIDAY_ROLE) or ""
        in_month: bool = bool(index.data(IN_MONTH_ROLE))
        today = self.parent().today() if hasattr(self.parent(), "today") else dt.date.today()
        rect: QRect = option.rect
        painter.save()
        fill = None
        if holiday:
            fill = HOLIDAY_FILL
        elif day == today:
            fill = TODAY_FILL
        elif not in_month:
            fill = OUTSIDE_FILL
        elif day.weekday() >= 5:
            fill = WEEKEND_FILL
        if fill is not None:
            painter.fillRect(rect, fill)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(11, 92, 173, 28))
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
        inner = rect.adjusted(5, 3, -5, -3)
        y = inner.top()

        painter.setFont(bold)
        painter.setPen(TODAY_TEXT if day == today else (TEXT_COLOUR if in_month else MUTED_TEXT))
        painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day))
        if entries:
            badge = str(len(entries))
            width = max(small_metrics.horizontalAdvance(badge) + 10, small_metrics.height() + 2)
            badge_rect = QRect(inner.right() - width + 1, y + 1, width, small_metrics.height() + 1)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#0b5cad") if in_month else QColor("#9aa3ad"))
            painter.drawRoundedRect(badge_rect, badge_rect.height() / 2, badge_rect.height() / 2)
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        y += metrics.height()
        painter.setFont(small)
        line = small_metrics.height()
        if holiday and y + line <= inner.bottom() + 1:
            painter.setPen(HOLIDAY_TEXT)
            painter.drawText(QRect(inner.left(), y, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             small_metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, inner.width()))
            y += line
        room = max(0, (inner.bottom() + 1 - y) // line)
        shown = entries if len(entries) <= room else entries[:max(0, room - 1)]
        painter.setPen(TEXT_COLOUR if in_month else MUTED_TEXT)
        for entry in shown:
            text = f"{format_time(entry.start_time)} {entry.class_code}"
            painter.drawText(QRect(inner.left(), y, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
            y += line
        hidden = len(entries) - len(shown)
        if hidden and room:
            painter.setPen(MUTED_TEXT)
            more = QCoreApplication.translate("MonthView", "+%1 more").replace("%1", str(hidden))
            painter.drawText(QRect(inner.left(), y, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
        painter.restore()


class MonthView(QTableView):
    """The month grid. Clicking a day (or Enter on it) emits ``dayActivated(date)``;
    PgUp/PgDn ask for the previous/next month with ``monthRequested(-1 | 1)``."""

    dayActivated = Signal(object)  # noqa: N815 (Qt naming; a datetime.date)
    monthRequested = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self._today = today
        self.month_model = MonthModel(self, today)
        self.setModel(self.month_model)
        self.setItemDelegate(DayCellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setMouseTracking(True)
        self.setGridStyle(Qt.PenStyle.SolidLine)
        self.setStyleSheet("QTableView { gridline-color: #dcdfe3; background: #ffffff; }")
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        horizontal.setHighlightSections(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        vertical.setMinimumSectionSize(48)
        vertical.setVisible(False)
        self.setAccessibleName(self.tr("Month calendar"))
        self.clicked.connect(self._day_chosen)
        self.activated.connect(self._day_chosen)

    def today(self) -> dt.date:
        return self._today()

    def set_month(self, year: int, month: int, days: dict[dt.date, list[CalendarEntry]],
                  holidays: dict[dt.date, str] | None = None) -> None:
        self.month_model.set_month(year, month, days, holidays)

    def set_holidays(self, holidays: dict[dt.date, str] | None) -> None:
        self.month_model.set_holidays(holidays)

    def _day_chosen(self, index: QModelIndex) -> None:
        day = self.month_model.day_at(index)
        if day is not None:
            self.dayActivated.emit(day)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_PageUp:
            self.monthRequested.emit(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.monthRequested.emit(1)
        else:
            super().keyPressEvent(event)
