"""A painted week: seven day columns (Monday first), hour rows, sessions as blocks placed by time.

Everything that depends on the data or the size (which sessions share a day side by
side, their rectangles, their elided texts) is worked out when the data or the size
changes, so a paint only draws what is ready: a week of a few hundred sessions
stays smooth to scroll and hover over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QStaticText
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.services.calendar_view import CalendarEntry, week_start
from .. import i18n
from .calendar_style import (CANCELLED_HATCH, GRID_LINE, HALF_HOUR_LINE, HEADER_LINE, MUTED_TEXT, NOW_LINE,
                             SELECTED_BORDER, TEXT_COLOUR, DayHeaders, class_fill, day_fill, format_time,
                             session_tooltip, time_range)
from .text_fit import TextFitter

DEFAULT_HOURS = (7, 18)  # a training day; widened when a session falls outside
MIN_HOUR_HEIGHT = 44
GUTTER_WIDTH = 54
BLOCK_GAP = 2.0

# What the third line of a block names, by what the calendar is shown for: the room's
# own calendar names who teaches, a trainer's names where, a class's and the whole
# institution's both.
SHOW_TRAINER, SHOW_ROOM, SHOW_BOTH = "trainer", "room", "both"
DETAIL_FOR_KIND = {"room": SHOW_TRAINER, "trainer": SHOW_ROOM, "class": SHOW_BOTH, "all": SHOW_BOTH}

def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def hour_range(entries: list[CalendarEntry], default: tuple[int, int] = DEFAULT_HOURS) -> tuple[int, int]:
    """The hours to show: the default day, widened to whole hours around every session."""
    first, last = default
    for entry in entries:
        first = min(first, entry.start_time.hour)
        end = _minutes(entry.end_time)
        last = max(last, end // 60 + (1 if end % 60 else 0))
    return max(0, first), min(24, last)


@dataclass
class Block:
    """One session as drawn: its day, its lane among overlapping sessions, and once the size
    is known, its rectangle and the lines of text that fit in it."""

    entry: CalendarEntry
    day: int  # 0 = Monday
    lane: int = 0
    lanes: int = 1
    rect: QRectF = field(default_factory=QRectF)
    lines: list[tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    fill: QColor = field(default_factory=QColor)
    border: QColor = field(default_factory=QColor)
    # Ready to draw: (top-left, laid-out text, bold)
    drawn: list[tuple[QPointF, QStaticText, bool]] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # what the lines are made of


def lay_out_day(entries: list[CalendarEntry], day: int) -> list[Block]:
    """Sessions of one day in lanes: sessions that overlap (directly or through a chain of
    others) share the day's width side by side; the others get all of it."""
    blocks = [Block(entry, day) for entry in sorted(
        entries, key=lambda e: (e.start_time, e.end_time, e.class_code, e.session_id))]
    group: list[Block] = []
    lane_ends: list[dt.time] = []
    group_end: dt.time | None = None

    def close_group() -> None:
        for block in group:
            block.lanes = len(lane_ends)

    for block in blocks:
        start, end = block.entry.start_time, block.entry.end_time
        if group_end is not None and start >= group_end:
            close_group()
            group, lane_ends, group_end = [], [], None
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                block.lane = lane
                lane_ends[lane] = end
                break
        else:
            block.lane = len(lane_ends)
            lane_ends.append(end)
        group.append(block)
        group_end = end if group_end is None else max(group_end, end)
    close_group()
    return blocks


class WeekView(QWidget):
    """Shows one week given by ``set_week``; asks for other weeks with ``weekRequested``.

    Double-click or Enter on a session emits ``sessionActivated(session_id)`` and
    ``classActivated(class_id)``. PgUp/PgDn ask for the previous/next week, Home for
    this week; the arrow keys step from session to session.
    """

    sessionActivated = Signal(int)  # noqa: N815 (Qt naming)
    classActivated = Signal(int)  # noqa: N815
    weekRequested = Signal(object)  # noqa: N815 (the Monday wanted, a datetime.date)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self._today = today
        self._monday = week_start(today())
        self._lang = i18n.language()
        self._entries: list[CalendarEntry] = []
        self._holidays: dict[dt.date, str] = {}
        self._detail = SHOW_BOTH
        self._hours = DEFAULT_HOURS
        self._blocks: list[Block] = []
        self._selected: int | None = None  # index into _blocks
        self.empty_text = ""
        # Size-dependent, refreshed by _place()
        self._header_height = 0.0
        self._hour_height = float(MIN_HOUR_HEIGHT)
        self._day_width = 0.0
        self._hour_labels: list[tuple[float, str]] = []
        self._placed_for: QSize | None = None

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.setPalette(palette)
        self._make_fonts()
        self.setAccessibleName(self.tr("Week calendar"))

    def _make_fonts(self) -> None:
        base = self.font()
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        small_bold = QFont(small)
        small_bold.setBold(True)
        self._strike_bold = QFont(small_bold)
        self._strike_bold.setStrikeOut(True)
        self._small = TextFitter(small)
        self._small_bold = TextFitter(small_bold)
        self._small_strike = TextFitter(self._strike_bold)
        self._headers = DayHeaders(QFont(base), small)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FontChange:
            self._make_fonts()
            self._placed_for = None
            self.updateGeometry()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def set_week(self, monday: dt.date, days: dict[dt.date, list[CalendarEntry]],
                 holidays: dict[dt.date, str] | None = None, kind: str = "all") -> None:
        """Show the week starting ``monday`` with ``days`` as ``calendar_view.week`` gives them;
        ``holidays`` name the days closed; ``kind`` (room/trainer/class/all) is what the
        calendar is shown for, which decides what each block names besides the class."""
        self._monday = week_start(monday)
        self._lang = i18n.language()
        self._entries = [entry for day_entries in days.values() for entry in day_entries]
        self._detail = DETAIL_FOR_KIND.get(kind, SHOW_BOTH)
        self._hours = hour_range(self._entries)
        by_day: dict[int, list[CalendarEntry]] = {}
        for entry in self._entries:
            offset = (entry.date - self._monday).days
            if 0 <= offset < 7:
                by_day.setdefault(offset, []).append(entry)
        self._blocks = [block for offset in sorted(by_day) for block in lay_out_day(by_day[offset], offset)]
        cancelled = self.tr("Cancelled")
        for block in self._blocks:
            entry = block.entry
            block.fill = class_fill(entry)
            block.border = block.fill.darker(135)
            block.texts = self._texts(entry, cancelled)
        self._selected = None
        self._set_holidays(holidays)
        self.updateGeometry()
        self._place()
        self.update()

    def set_holidays(self, holidays: dict[dt.date, str] | None) -> None:
        """Name the closed days of the week shown (they may arrive after the sessions)."""
        self._set_holidays(holidays)
        self._place_header()
        self.update()

    def _set_holidays(self, holidays: dict[dt.date, str] | None) -> None:
        self._holidays = {day: name for day, name in (holidays or {}).items()
                          if 0 <= (day - self._monday).days < 7}

    def _texts(self, entry: CalendarEntry, cancelled: str) -> dict[str, str]:
        """What a block may say, worked out once per week shown rather than once per size."""
        if self._detail == SHOW_ROOM:
            detail = entry.room_name
        elif self._detail == SHOW_TRAINER:
            detail = ", ".join(entry.trainers)
        else:
            detail = " · ".join(part for part in (entry.room_name, ", ".join(entry.trainers)) if part)
        return {
            "code": entry.class_code,
            "code_with_time": f"{format_time(entry.start_time, self._lang)} {entry.class_code}",
            "status": cancelled if entry.cancelled else "",
            "title": " ".join(part for part in (entry.unit_code, entry.title) if part),
            # A unit code is a long run of digits: in a narrow block the unit's title says more.
            "short_title": entry.title or entry.unit_code,
            "detail": detail,
            "time": time_range(entry, self._lang),
        }

    def monday(self) -> dt.date:
        return self._monday

    def hours(self) -> tuple[int, int]:
        return self._hours

    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def block_for(self, session_id: int) -> Block | None:
        for block in self._blocks:
            if block.entry.session_id == session_id:
                return block
        return None

    def selected_entry(self) -> CalendarEntry | None:
        return None if self._selected is None else self._blocks[self._selected].entry

    def holidays(self) -> dict[dt.date, str]:
        return dict(self._holidays)

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        first, last = self._hours
        return QSize(GUTTER_WIDTH + 7 * 90, int(self._header_needed() + (last - first) * MIN_HOUR_HEIGHT) + 1)

    def _header_needed(self) -> float:
        return self._headers.height()

    def day_rect(self, day: int) -> QRectF:
        """The body (below the header) of day ``day`` (0 = Monday)."""
        self._ensure_placed()
        x = GUTTER_WIDTH + day * self._day_width
        return QRectF(x, self._header_height, self._day_width, self.height() - self._header_height)

    def _columns(self) -> list[tuple[float, float]]:
        return [(GUTTER_WIDTH + day * self._day_width, self._day_width) for day in range(7)]

    def header_rect(self, day: int) -> QRectF:
        self._ensure_placed()
        return QRectF(GUTTER_WIDTH + day * self._day_width, 0, self._day_width, self._header_height)

    def y_for(self, value: dt.time) -> float:
        self._ensure_placed()
        return self._header_height + (_minutes(value) - self._hours[0] * 60) * self._hour_height / 60

    def _ensure_placed(self) -> None:
        if self._placed_for != self.size():
            self._place()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._place()
        super().resizeEvent(event)

    def _place(self) -> None:
        """Rectangles and texts for the current size; paints reuse them until the next change."""
        self._placed_for = self.size()
        first, last = self._hours
        self._header_height = self._header_needed()
        body = max(1.0, self.height() - self._header_height)
        self._hour_height = max(body / max(1, last - first), 1.0)
        self._day_width = max(1.0, (self.width() - GUTTER_WIDTH) / 7)
        self._place_header()
        self._hour_labels = [(self._header_height + (hour - first) * self._hour_height,
                              format_time(dt.time(hour), self._lang)) for hour in range(first, last)]
        line_height = self._small.height
        for block in self._blocks:
            lane_width = self._day_width / block.lanes
            left = GUTTER_WIDTH + block.day * self._day_width + block.lane * lane_width
            top = self._header_height + (_minutes(block.entry.start_time) - first * 60) * self._hour_height / 60
            bottom = self._header_height + (_minutes(block.entry.end_time) - first * 60) * self._hour_height / 60
            block.rect = QRectF(left + BLOCK_GAP, top + 1, max(2.0, lane_width - 2 * BLOCK_GAP - 1),
                                max(4.0, bottom - top - 2))
            room = max(1, int((block.rect.height() - 4) // line_height))
            block.lines = self._block_lines(block, room, int(max(4.0, block.rect.width() - 8)))
            y = block.rect.top() + 2
            x = block.rect.left() + 4
            block.drawn = []
            for text, bold in block.lines:
                fitter = (self._small_strike if block.entry.cancelled else self._small_bold) if bold else self._small
                block.drawn.append((QPointF(x, y), fitter.static(text), bold))
                y += line_height

    def _place_header(self) -> None:
        self._headers.place(self._monday, self._holidays, self._columns(), self._lang)

    def header_texts(self) -> list[tuple[str, str, str]]:
        """(weekday, date, holiday) as each day's head shows them."""
        self._ensure_placed()
        return list(self._headers.lines or [])

    def _block_lines(self, block: Block, room: int, width: int) -> list[tuple[str, bool]]:
        """The lines of a block: class code, unit, room or trainer, time. A narrow block
        (overlapping sessions side by side) wraps each over several lines rather than
        cutting all of them to "SBP-J…"; what matters most gets a line first."""
        texts = block.texts
        wide = width >= self._small_bold.width("M") * 14
        fields = [(texts["code"] if room > 1 else texts["code_with_time"], True, 3),
                  (texts["status"], False, 1),
                  (texts["title"] if wide else texts["short_title"], False, 3),
                  (texts["detail"], False, 2), (texts["time"], False, 2)]
        wrapped = [(self._small_bold if bold else self._small).wrap(text, width, most) if text else []
                   for text, bold, most in fields]
        given = [0] * len(fields)
        left = room
        for position in (0, 1, 4, 2, 3):  # one line each, by importance
            if left and wrapped[position]:
                given[position], left = 1, left - 1
        for position in (0, 2, 3, 4):  # then the rest of what they need
            extra = min(left, len(wrapped[position]) - given[position])
            if extra > 0:
                given[position] += extra
                left -= extra
        lines = []
        for (_text, bold, _most), pieces, count in zip(fields, wrapped, given):
            if not count:
                continue
            fitter = self._small_bold if bold else self._small
            shown = [piece.rstrip() for piece in pieces[:count]]
            # The last line shown carries whatever did not get a line, elided.
            shown[-1] = fitter.elide("".join(pieces[count - 1:]).strip(), width)
            lines.extend((piece, bold) for piece in shown)
        return lines

    def block_at(self, point: QPointF) -> int | None:
        self._ensure_placed()
        # Later blocks are drawn on top: look from the end.
        for index in range(len(self._blocks) - 1, -1, -1):
            if self._blocks[index].rect.contains(point):
                return index
        return None

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        self._ensure_placed()
        painter = QPainter(self)
        clip = QRectF(event.rect())
        today = self._today()
        self._paint_backgrounds(painter, today)
        self._paint_grid(painter)
        self._paint_header(painter, today)
        self._paint_blocks(painter, clip)
        self._paint_now(painter, today)
        if not self._blocks and self.empty_text:
            painter.setPen(MUTED_TEXT)
            body = QRectF(GUTTER_WIDTH, self._header_height, self.width() - GUTTER_WIDTH,
                          self.height() - self._header_height)
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.end()

    def _paint_backgrounds(self, painter: QPainter, today: dt.date) -> None:
        for offset in range(7):
            fill = day_fill(self._monday + dt.timedelta(days=offset), today, self._holidays)
            if fill is not None:
                x = GUTTER_WIDTH + offset * self._day_width
                painter.fillRect(QRectF(x, 0, self._day_width, self.height()), fill)

    def _paint_grid(self, painter: QPainter) -> None:
        width, height = self.width(), self.height()
        painter.setFont(self._small.font)
        painter.setPen(HALF_HOUR_LINE)
        for y, _label in self._hour_labels:
            half = y + self._hour_height / 2
            painter.drawLine(QPointF(GUTTER_WIDTH, half), QPointF(width, half))
        painter.setPen(GRID_LINE)
        for y, _label in self._hour_labels[1:]:
            painter.drawLine(QPointF(GUTTER_WIDTH - 4, y), QPointF(width, y))
        for offset in range(8):
            x = GUTTER_WIDTH + offset * self._day_width
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
        painter.setPen(MUTED_TEXT)
        for y, label in self._hour_labels:
            x = GUTTER_WIDTH - 8 - self._small.width(label)
            painter.drawStaticText(QPointF(x, y + 1), self._small.static(label))
        painter.setPen(QPen(HEADER_LINE))
        painter.drawLine(QPointF(0, self._header_height), QPointF(width, self._header_height))

    def _paint_header(self, painter: QPainter, today: dt.date) -> None:
        self._headers.paint(painter, self._monday, today, self._columns())

    def _paint_blocks(self, painter: QPainter, clip: QRectF) -> None:
        visible = [(index, block) for index, block in enumerate(self._blocks) if block.rect.intersects(clip)]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for index, block in visible:
            selected = index == self._selected
            painter.setPen(QPen(SELECTED_BORDER, 2.0) if selected else block.border)
            painter.setBrush(block.fill)
            painter.drawRoundedRect(block.rect, 4, 4)
            if block.entry.cancelled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(CANCELLED_HATCH, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(block.rect, 4, 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Texts after the shapes, grouped by look, so the painter switches pen and font rarely.
        for cancelled in (False, True):
            painter.setPen(MUTED_TEXT if cancelled else TEXT_COLOUR)
            for bold in (False, True):
                fitter = (self._small_strike if cancelled else self._small_bold) if bold else self._small
                painter.setFont(fitter.font)
                for _index, block in visible:
                    if block.entry.cancelled != cancelled:
                        continue
                    painter.setClipRect(block.rect)
                    for point, text, is_bold in block.drawn:
                        if is_bold == bold:
                            painter.drawStaticText(point, text)
        painter.setClipping(False)

    def _paint_now(self, painter: QPainter, today: dt.date) -> None:
        offset = (today - self._monday).days
        if not 0 <= offset < 7:
            return
        now = dt.datetime.now().time()
        first, last = self._hours
        if not first * 60 <= _minutes(now) <= last * 60:
            return
        y = self.y_for(now)
        x = GUTTER_WIDTH + offset * self._day_width
        painter.setPen(QPen(NOW_LINE, 2))
        painter.drawLine(QPointF(x, y), QPointF(x + self._day_width, y))

    # -- interaction ---------------------------------------------------------------------------

    def tooltip_text(self, entry: CalendarEntry) -> str:
        lines = session_tooltip(entry, self._lang)
        lines.append(self.tr("Double-click to open the class"))
        return "\n".join(lines)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())
            index = self.block_at(point)
            if index is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(self._blocks[index].entry), self)
                return True
            for offset in range(7):
                day = self._monday + dt.timedelta(days=offset)
                if day in self._holidays and self.header_rect(offset).contains(point):
                    QToolTip.showText(event.globalPos(), self._holidays[day], self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def _select(self, index: int | None) -> None:
        if index == self._selected:
            return
        for old in (self._selected, index):
            if old is not None:
                self.update(self._blocks[old].rect.adjusted(-2, -2, 2, 2).toAlignedRect())
        self._selected = index

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._select(self.block_at(event.position()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        index = self.block_at(event.position())
        if index is not None:
            self._select(index)
            self._activate(index)
            return
        super().mouseDoubleClickEvent(event)

    def _activate(self, index: int) -> None:
        entry = self._blocks[index].entry
        self.sessionActivated.emit(entry.session_id)
        self.classActivated.emit(entry.class_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.weekRequested.emit(self._monday - dt.timedelta(days=7))
        elif key == Qt.Key.Key_PageDown:
            self.weekRequested.emit(self._monday + dt.timedelta(days=7))
        elif key == Qt.Key.Key_Home:
            self.weekRequested.emit(week_start(self._today()))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up) and self._blocks:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            order = sorted(range(len(self._blocks)), key=lambda i: (
                self._blocks[i].day, self._blocks[i].entry.start_time, self._blocks[i].lane))
            if self._selected is None:
                position = 0 if step > 0 else len(order) - 1
            else:
                position = (order.index(self._selected) + step) % len(order)
            self._select(order[position])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self._activate(self._selected)
        else:
            super().keyPressEvent(event)
