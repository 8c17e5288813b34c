"""A week of a whole institution as a board: one row per room in use, seven day columns, and in
each cell that room's sessions of the day as chips in time order.

A busy institution runs ten to fifteen sessions at once; side by side in a time grid each
would be a few pixels wide. By room and day every session keeps a readable chip, and a room
booked twice at the same time stands out in red.

Like the week grid, everything that depends on the data or the width (rows, their heights,
the chips' rectangles and elided texts) is worked out when those change, so a paint draws
only what is ready and only what is in view. The day headers and the room names stay in
place while the rows scroll.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QStaticText
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QSizePolicy, QToolTip, QWidget

from ...core.services.calendar_view import CalendarEntry, week_start
from .. import i18n
from .calendar_style import (ACCEPTED_CLASH_COLOUR, CANCELLED_HATCH, CLASH_COLOUR, GRID_LINE, HEADER_LINE,
                             MUTED_TEXT, SELECTED_BORDER, TEXT_COLOUR, DayHeaders, class_fill, day_fill,
                             format_time, session_tooltip, time_range)
from .text_fit import TextFitter, wrap_text

MIN_DAY_WIDTH = 118
# A day without any session this week (a weekend, most often) gets a narrower column, so the
# days with sessions have room to show class codes whole.
EMPTY_DAY_SHARE = 0.5
MIN_EMPTY_DAY_WIDTH = 76
ROOM_COLUMN_WIDTH = (112, 176)  # narrowest and widest; long room names wrap onto a second line
CELL_PAD = 4.0
CHIP_GAP = 3.0
CHIP_PAD_X = 5.0
CHIP_PAD_Y = 3.0
MARK_WIDTH = 4.0  # the coloured edge of a chip that clashes
ROOM_COLUMN_FILL = QColor("#f8f9fa")
SECONDARY_TEXT = QColor("#3d434a")

# How a chip is laid out, by how wide the day columns are: the time and the class code on
# one line; the start above the end in a narrow column beside the code; or one line each.
ONE_LINE, STACKED, NARROW = "one_line", "stacked", "narrow"

# Text looks, drawn grouped so the painter changes font and pen rarely.
TIME, TIME_CLASH, END_TIME, CODE, TRAINER, NO_TRAINER, CANCELLED_TIME, CANCELLED_CODE, CANCELLED_TRAINER = range(9)
ROOM_NAME, ROOM_NAME_MUTED, ROOM_CODE, ROOM_CLASHES = range(4)  # the room column's


@dataclass(frozen=True)
class Clash:
    """Another session in the same room at an overlapping time; ``reason`` when someone accepted it."""

    other: CalendarEntry
    reason: str = ""


def room_clashes(entries: Iterable[CalendarEntry], others: Iterable[CalendarEntry] = (),
                 accepted: dict[frozenset[int], str] | None = None) -> dict[int, list[Clash]]:
    """The clashes of each of ``entries`` that shares its room with an overlapping session:
    among themselves, or with ``others`` (sessions in the same rooms that are not shown,
    such as another institution's). Cancelled sessions do not count; sessions that only touch
    (08.00-10.00 and 10.00-12.00) do not clash. ``accepted`` maps a pair of session ids to the
    reason the clash was accepted."""
    accepted = accepted or {}
    entries = list(entries)
    shown = {entry.session_id for entry in entries}
    seen: set[int] = set()
    by_room_day: dict[tuple[int, dt.date], list[CalendarEntry]] = defaultdict(list)
    for entry in chain(entries, others):
        if entry.room_id is None or entry.cancelled or entry.session_id in seen:
            continue
        seen.add(entry.session_id)
        by_room_day[(entry.room_id, entry.date)].append(entry)
    found: dict[int, list[Clash]] = {}
    for group in by_room_day.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: (e.start_time, e.end_time, e.session_id))
        for position, first in enumerate(group):
            for second in group[position + 1:]:
                if second.start_time >= first.end_time:
                    break  # sorted by start: the rest start later still
                if not (first.start_time < second.end_time and second.start_time < first.end_time):
                    continue
                reason = accepted.get(frozenset((first.session_id, second.session_id)), "")
                if first.session_id in shown:
                    found.setdefault(first.session_id, []).append(Clash(second, reason))
                if second.session_id in shown:
                    found.setdefault(second.session_id, []).append(Clash(first, reason))
    for clashes in found.values():
        clashes.sort(key=lambda clash: (clash.other.start_time, clash.other.end_time, clash.other.session_id))
    return found


def _natural(text: str) -> tuple:
    """"Lab Komputer 2" before "Lab Komputer 10"."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text))


@dataclass
class Chip:
    """One session on the board: its room's row, its day, its place in the cell, its clashes,
    and once the width is known, its rectangle (board coordinates) and ready texts."""

    entry: CalendarEntry
    row: int
    day: int  # 0 = Monday
    index: int  # in time order within its cell
    clashes: list[Clash] = field(default_factory=list)
    fill: QColor = field(default_factory=QColor)
    rect: QRectF = field(default_factory=QRectF)
    drawn: list[tuple[QPointF, QStaticText, int]] = field(default_factory=list)
    # What it says, worked out once per week shown rather than once per width:
    # (time range, start, end, lead trainer, " +n" for the other trainers)
    words: tuple[str, str, str, str, str] = ("", "", "", "", "")
    text: str = ""  # all of it in one line (for screen readers)

    @property
    def clash(self) -> bool:
        """Booked twice, and not accepted."""
        return any(not clash.reason for clash in self.clashes)

    @property
    def accepted_clash(self) -> bool:
        return bool(self.clashes) and not self.clash


@dataclass
class BoardRow:
    """A room (``room_id`` None: the sessions without one) and its chips by day."""

    room_id: int | None
    name: str
    institution_code: str
    cells: list[list[Chip]] = field(default_factory=lambda: [[] for _ in range(7)])
    top: float = 0.0
    height: float = 0.0
    label: list[tuple[QPointF, QStaticText, int]] = field(default_factory=list)
    label_height: float = 0.0

    def chips(self) -> list[Chip]:
        return [chip for cell in self.cells for chip in cell]

    def clash_count(self) -> int:
        return sum(chip.clash for chip in self.chips())


class RoomBoard(QAbstractScrollArea):
    """Shows one week given by ``set_week`` as rooms by days; asks for other weeks with
    ``weekRequested``.

    Double-click or Enter on a chip emits ``sessionActivated(session_id)`` and
    ``classActivated(class_id)``. PgUp/PgDn ask for the previous/next week, Home for this
    week; the arrow keys move from chip to chip (up and down within a day, left and right
    between days).
    """

    sessionActivated = Signal(int)  # noqa: N815 (Qt naming)
    classActivated = Signal(int)  # noqa: N815
    weekRequested = Signal(object)  # noqa: N815 (the Monday wanted, a datetime.date)

    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self._today = today
        self._monday = week_start(today())
        self._lang = i18n.language()
        self._rows: list[BoardRow] = []
        self._chips: list[Chip] = []
        self._holidays: dict[dt.date, str] = {}
        self._selected: Chip | None = None
        self.empty_text = ""
        # Width-dependent, refreshed by _place()
        self._room_width = float(ROOM_COLUMN_WIDTH[0])
        self._columns: list[tuple[float, float]] = [(0.0, float(MIN_DAY_WIDTH))] * 7  # (left, width)
        self._header_height = 0.0
        self._content = QSize(0, 0)
        self._row_tops: list[float] = []
        self._placed_for: QSize | None = None

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        viewport = self.viewport()
        viewport.setAutoFillBackground(True)
        palette = viewport.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        viewport.setPalette(palette)
        viewport.setMouseTracking(True)
        self._make_fonts()
        self.setAccessibleName(self.tr("Rooms by day"))

    def _make_fonts(self) -> None:
        base = self.font()
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        small_bold = QFont(small)
        small_bold.setBold(True)
        struck = QFont(small_bold)
        struck.setStrikeOut(True)
        italic = QFont(small)
        italic.setItalic(True)
        bold = QFont(base)
        bold.setBold(True)
        base_italic = QFont(base)
        base_italic.setItalic(True)
        self._small = TextFitter(small)
        self._small_bold = TextFitter(small_bold)
        self._struck = TextFitter(struck)
        self._italic = TextFitter(italic)
        self._bold = TextFitter(bold)
        self._base_italic = TextFitter(base_italic)
        self._headers = DayHeaders(QFont(base), small)
        # (fitter, colour) of each text look
        self._looks = {
            TIME: (self._small, TEXT_COLOUR), TIME_CLASH: (self._small_bold, CLASH_COLOUR),
            END_TIME: (self._small, MUTED_TEXT), CODE: (self._small_bold, TEXT_COLOUR),
            TRAINER: (self._small, SECONDARY_TEXT), NO_TRAINER: (self._italic, MUTED_TEXT),
            CANCELLED_TIME: (self._small, MUTED_TEXT), CANCELLED_CODE: (self._struck, MUTED_TEXT),
            CANCELLED_TRAINER: (self._small, MUTED_TEXT),
        }
        self._label_looks = {
            ROOM_NAME: (self._bold, TEXT_COLOUR), ROOM_NAME_MUTED: (self._base_italic, MUTED_TEXT),
            ROOM_CODE: (self._small, MUTED_TEXT), ROOM_CLASHES: (self._small_bold, CLASH_COLOUR),
        }

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FontChange:
            self._make_fonts()
            self._placed_for = None
            self.viewport().update()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------

    def set_week(self, monday: dt.date, days: dict[dt.date, list[CalendarEntry]],
                 holidays: dict[dt.date, str] | None = None, *,
                 rooms: dict[int, tuple[str, str]] | None = None, others: Iterable[CalendarEntry] = (),
                 accepted: dict[frozenset[int], str] | None = None) -> None:
        """Show the week starting ``monday`` with ``days`` as ``calendar_view.week`` gives them.

        ``rooms`` names each room as (name, institution code); a room missing there is named
        from its sessions. ``others`` are sessions not shown that use the same rooms (another
        institution's), so that clashes with them are marked too; ``accepted`` gives the reason
        for each pair of session ids whose clash was accepted.
        """
        self._monday = week_start(monday)
        self._lang = i18n.language()
        entries = [entry for day_entries in days.values() for entry in day_entries
                   if 0 <= (entry.date - self._monday).days < 7]
        clashes = room_clashes(entries, others, accepted)
        rooms = rooms or {}
        by_room: dict[int | None, BoardRow] = {}
        for entry in entries:
            row = by_room.get(entry.room_id)
            if row is None:
                if entry.room_id is None:
                    name, code = "", ""
                else:
                    name, code = rooms.get(entry.room_id, (entry.room_name, entry.institution_code))
                row = by_room[entry.room_id] = BoardRow(entry.room_id, name, code)
            row.cells[(entry.date - self._monday).days].append(Chip(entry, 0, 0, 0))
        self._rows = sorted((row for key, row in by_room.items() if key is not None),
                            key=lambda row: (_natural(row.institution_code), _natural(row.name), row.room_id))
        if None in by_room:
            self._rows.append(by_room[None])
        self._chips = []
        for row_number, row in enumerate(self._rows):
            for day, cell in enumerate(row.cells):
                cell.sort(key=lambda chip: (chip.entry.start_time, chip.entry.end_time,
                                            chip.entry.class_code, chip.entry.session_id))
                for index, chip in enumerate(cell):
                    chip.row, chip.day, chip.index = row_number, day, index
                    chip.clashes = clashes.get(chip.entry.session_id, [])
                    chip.fill = class_fill(chip.entry)
                    entry = chip.entry
                    trainer, others = self._trainer_text(entry)
                    span = time_range(entry, self._lang)
                    chip.words = (span, format_time(entry.start_time, self._lang),
                                  format_time(entry.end_time, self._lang), trainer, others)
                    chip.text = f"{span} {entry.class_code} {trainer}{others}"
                    self._chips.append(chip)
        self._selected = None
        self._set_holidays(holidays)
        self._place()
        self.viewport().update()

    def set_holidays(self, holidays: dict[dt.date, str] | None) -> None:
        """Name the closed days of the week shown (they may arrive after the sessions)."""
        self._set_holidays(holidays)
        self._headers.place(self._monday, self._holidays, self._columns, self._lang)
        self.viewport().update()

    def _set_holidays(self, holidays: dict[dt.date, str] | None) -> None:
        self._holidays = {day: name for day, name in (holidays or {}).items()
                          if 0 <= (day - self._monday).days < 7}

    def monday(self) -> dt.date:
        return self._monday

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def chip_for(self, session_id: int) -> Chip | None:
        for chip in self._chips:
            if chip.entry.session_id == session_id:
                return chip
        return None

    def selected_entry(self) -> CalendarEntry | None:
        return None if self._selected is None else self._selected.entry

    def holidays(self) -> dict[dt.date, str]:
        return dict(self._holidays)

    def header_texts(self) -> list[tuple[str, str, str]]:
        """(weekday, date, holiday) as each day's head shows them."""
        self._ensure_placed()
        return list(self._headers.lines or [])

    def clash_count(self) -> int:
        """Sessions booked into a room already taken at that time (accepted clashes left out)."""
        return sum(chip.clash for chip in self._chips)

    def no_room_text(self) -> str:
        return self.tr("No room")

    # -- geometry ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(ROOM_COLUMN_WIDTH[1] + 7 * 150, 600)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(ROOM_COLUMN_WIDTH[0] + 3 * MIN_DAY_WIDTH, int(self._headers.height()) + 120)

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_view(self, rect: QRectF) -> QRectF:
        """A rectangle on the board in viewport coordinates (as scrolled now)."""
        self._ensure_placed()
        return rect.translated(-self._offset())

    def chip_rect(self, session_id: int) -> QRectF | None:
        """Where a session's chip is in the viewport, or None when it is not on the board."""
        chip = self.chip_for(session_id)
        return None if chip is None else self.to_view(chip.rect)

    def cell_rect(self, row: int, day: int) -> QRectF:
        """A room's cell of one day, in board coordinates."""
        self._ensure_placed()
        board_row = self._rows[row]
        left, width = self._columns[day]
        return QRectF(left, board_row.top, width, board_row.height)

    def header_rect(self, day: int) -> QRectF:
        """A day's head, in viewport coordinates."""
        self._ensure_placed()
        left, width = self._columns[day]
        return QRectF(left - self.horizontalScrollBar().value(), 0, width, self._header_height)

    def _ensure_placed(self) -> None:
        if self._placed_for != self.viewport().size():
            self._place()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def _place(self) -> None:
        """Rows, chips and their texts for the current width; paints reuse them until the next change."""
        viewport = self.viewport().size()
        self._placed_for = viewport
        self._room_width = self._room_column_width()
        day_width = self._place_columns(viewport.width())
        self._header_height = self._headers.height()
        self._headers.place(self._monday, self._holidays, self._columns, self._lang)
        chip_width = day_width - 2 * CELL_PAD
        text_width = int(chip_width - MARK_WIDTH - 2 * CHIP_PAD_X)
        mode, time_width = self._chip_mode(text_width)
        lines = 3 if mode == NARROW else 2
        line = self._small.height
        chip_height = lines * line + 2 * CHIP_PAD_Y
        y = self._header_height
        self._row_tops = []
        for row in self._rows:
            label_height = row.label_height = self._place_label(row, y)
            tallest = max(len(cell) for cell in row.cells)
            cells_height = 2 * CELL_PAD + tallest * chip_height + max(0, tallest - 1) * CHIP_GAP
            row.top, row.height = y, max(label_height, cells_height, 2 * CELL_PAD + chip_height)
            self._row_tops.append(y)
            for day, cell in enumerate(row.cells):
                left = self._columns[day][0] + CELL_PAD
                top = y + CELL_PAD
                for chip in cell:
                    chip.rect = QRectF(left, top, chip_width, chip_height)
                    self._place_chip(chip, mode, text_width, time_width)
                    top += chip_height + CHIP_GAP
            y += row.height
        self._content = QSize(int(self._right()), int(y) + 1)
        self._update_scroll_bars()

    def _place_columns(self, width: int) -> float:
        """Lefts and widths of the days; returns the width of a day with sessions."""
        used = [any(row.cells[day] for row in self._rows) for day in range(7)]
        space = width - self._room_width
        full_days, empty_days = sum(used), 7 - sum(used)
        if full_days in (0, 7):
            full = narrow = max(float(MIN_DAY_WIDTH), space / 7)
        else:
            narrow = max(float(MIN_EMPTY_DAY_WIDTH), EMPTY_DAY_SHARE * space / (full_days + EMPTY_DAY_SHARE * empty_days))
            full = max(float(MIN_DAY_WIDTH), (space - narrow * empty_days) / full_days)
        left = self._room_width
        self._columns = []
        for day in range(7):
            day_width = full if used[day] else narrow
            self._columns.append((left, day_width))
            left += day_width
        return full

    def _right(self) -> float:
        left, width = self._columns[-1]
        return left + width

    def _day_at(self, x: float) -> int | None:
        for day, (left, width) in enumerate(self._columns):
            if left <= x < left + width:
                return day
        return None

    def _update_scroll_bars(self) -> None:
        viewport = self.viewport().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, self._content.height() - viewport.height()))
        vertical.setPageStep(max(1, int(viewport.height() - self._header_height)))
        vertical.setSingleStep(max(1, self._small.height * 2))
        horizontal.setRange(0, max(0, self._content.width() - viewport.width()))
        horizontal.setPageStep(max(1, int(viewport.width() - self._room_width)))
        horizontal.setSingleStep(MIN_DAY_WIDTH // 4)

    def _room_column_width(self) -> float:
        widest = max((max(self._bold.width(row.name or self.no_room_text()), self._small.width(row.institution_code))
                      for row in self._rows), default=0)
        least, most = ROOM_COLUMN_WIDTH
        return float(min(most, max(least, widest + 24)))

    def _place_label(self, row: BoardRow, top: float) -> float:
        """The room's name (two lines at most), its institution and any clashes; returns the height used."""
        width = int(self._room_width - 14)
        x, y = 8.0, top + 5
        row.label = []
        if row.room_id is None:
            look, names = ROOM_NAME_MUTED, [self.no_room_text()]
        else:
            look = ROOM_NAME
            pieces = wrap_text(row.name, self._bold.width, width, 2)
            names = [piece.rstrip() for piece in pieces]
            names[-1] = self._bold.elide("".join(pieces[len(names) - 1:]).strip(), width)
        fitter = self._label_looks[look][0]
        for name in names:
            row.label.append((QPointF(x, y), fitter.static(fitter.elide(name, width)), look))
            y += fitter.height
        if row.institution_code:
            row.label.append((QPointF(x, y), self._small.static(self._small.elide(row.institution_code, width)),
                              ROOM_CODE))
            y += self._small.height
        clashes = row.clash_count()
        if clashes:
            text = self.tr("%n clash(es)", "", clashes)
            row.label.append((QPointF(x, y + 2), self._small_bold.static(self._small_bold.elide(text, width)),
                              ROOM_CLASHES))
            y += self._small_bold.height + 2
        return y - top + 6

    def _chip_mode(self, width: int) -> tuple[str, int]:
        """The layout every chip gets at this width, and the width of the time column."""
        if not self._chips:
            return ONE_LINE, 0
        # Measured bold: a clashing session's time is bold.
        time_width = max(self._small_bold.width(chip.words[0]) for chip in self._chips)
        code_width = max(self._small_bold.width(chip.entry.class_code) for chip in self._chips)
        space = self._small.width(" ") + 2
        if time_width + space + code_width <= width:
            return ONE_LINE, time_width + space
        clock_width = max(self._small_bold.width(word) for chip in self._chips for word in chip.words[1:3])
        if clock_width + 6 + min(code_width, self._small_bold.width("MMMMMMMM")) <= width:
            return STACKED, clock_width + 6
        return NARROW, 0

    def _place_chip(self, chip: Chip, mode: str, width: int, time_width: int) -> None:
        entry = chip.entry
        cancelled = entry.cancelled
        time_look = CANCELLED_TIME if cancelled else (TIME_CLASH if chip.clash else TIME)
        code_look = CANCELLED_CODE if cancelled else CODE
        span, start, end, trainer, others = chip.words
        trainer_look = CANCELLED_TRAINER if cancelled else (TRAINER if entry.trainers else NO_TRAINER)
        line = self._small.height
        x = chip.rect.left() + MARK_WIDTH + CHIP_PAD_X
        y = chip.rect.top() + CHIP_PAD_Y
        # x, y, text, look, width, and what follows the text that must not be elided
        placed: list[tuple[float, float, str, int, int, str]] = []
        if mode == ONE_LINE:
            placed.append((x, y, span, time_look, time_width, ""))
            placed.append((x + time_width, y, entry.class_code, code_look, width - time_width, ""))
            placed.append((x, y + line, trainer, trainer_look, width, others))
        elif mode == STACKED:
            placed.append((x, y, start, time_look, time_width, ""))
            placed.append((x, y + line, end,
                           CANCELLED_TIME if cancelled else END_TIME, time_width, ""))
            placed.append((x + time_width, y, entry.class_code, code_look, width - time_width, ""))
            placed.append((x + time_width, y + line, trainer, trainer_look, width - time_width, others))
        else:
            placed.append((x, y, span, time_look, width, ""))
            placed.append((x, y + line, entry.class_code, code_look, width, ""))
            placed.append((x, y + 2 * line, trainer, trainer_look, width, others))
        chip.drawn = []
        for left, top, text, look, room, suffix in placed:
            fitter = self._looks[look][0]
            if suffix:  # the name gives way, not the count of others teaching too
                text = fitter.elide(text, max(4, room - fitter.width(suffix))) + suffix
            chip.drawn.append((QPointF(left, top), fitter.static(fitter.elide(text, max(4, room))), look))

    def _trainer_text(self, entry: CalendarEntry) -> tuple[str, str]:
        """The lead trainer (the first named), and " +2" when two others teach too."""
        if not entry.trainers:
            return self.tr("No trainer yet"), ""
        return entry.trainers[0], f" +{len(entry.trainers) - 1}" if len(entry.trainers) > 1 else ""

    # -- finding things ------------------------------------------------------------------------

    def _row_at(self, y: float) -> int | None:
        """The row at board height ``y``."""
        position = bisect.bisect_right(self._row_tops, y) - 1
        if 0 <= position < len(self._rows) and y < self._rows[position].top + self._rows[position].height:
            return position
        return None

    def chip_at(self, point: QPointF) -> Chip | None:
        """The chip under a viewport point (None over the headers, room names or empty space)."""
        self._ensure_placed()
        if point.x() < self._room_width or point.y() < self._header_height:
            return None
        board = point + self._offset()
        row = self._row_at(board.y())
        if row is None:
            return None
        day = self._day_at(board.x())
        if day is None:
            return None
        for chip in self._rows[row].cells[day]:
            if chip.rect.contains(board):
                return chip
        return None

    def row_label_at(self, point: QPointF) -> int | None:
        """The row whose room name is under a viewport point."""
        self._ensure_placed()
        if point.x() >= self._room_width or point.y() < self._header_height:
            return None
        return self._row_at(point.y() + self.verticalScrollBar().value())

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        self._ensure_placed()
        painter = QPainter(self.viewport())
        today = self._today()
        width, height = self.viewport().width(), self.viewport().height()
        offset = self._offset()
        body = QRectF(self._room_width, self._header_height, width - self._room_width, height - self._header_height)
        visible = QRectF(body).translated(offset)  # the part of the board in view

        # Day columns, under the heads too.
        painter.save()
        painter.setClipRect(QRectF(self._room_width, 0, width - self._room_width, height))
        painter.translate(-offset.x(), 0)
        for day, (left, day_width) in enumerate(self._columns):
            fill = day_fill(self._monday + dt.timedelta(days=day), today, self._holidays)
            if fill is not None:
                painter.fillRect(QRectF(left, 0, day_width, height), fill)
        painter.setPen(GRID_LINE)
        for left, day_width in self._columns:
            painter.drawLine(QPointF(left + day_width, 0), QPointF(left + day_width, height))
        painter.restore()

        rows = self._visible_rows(visible)
        painter.save()
        painter.setClipRect(body)
        painter.translate(-offset)
        self._paint_row_lines(painter, rows, self._room_width, self._right())
        self._paint_chips(painter, [chip for row in rows for chip in row.chips() if chip.rect.intersects(visible)])
        painter.restore()

        # The room column stays at the left while the days scroll sideways.
        column = QRectF(0, self._header_height, self._room_width, height - self._header_height)
        painter.fillRect(QRectF(0, 0, self._room_width, height), ROOM_COLUMN_FILL)
        painter.save()
        painter.setClipRect(column)
        painter.translate(0, -offset.y())
        self._paint_row_lines(painter, rows, 0, self._room_width)
        self._paint_labels(painter, rows, offset.y() + self._header_height)
        painter.restore()
        painter.setPen(HEADER_LINE)
        painter.drawLine(QPointF(self._room_width, 0), QPointF(self._room_width, height))

        painter.save()
        painter.setClipRect(QRectF(self._room_width, 0, width - self._room_width, self._header_height))
        self._headers.paint(painter, self._monday, today,
                            [(left - offset.x(), day_width) for left, day_width in self._columns])
        painter.restore()
        painter.setPen(MUTED_TEXT)
        painter.setFont(self._small.font)
        painter.drawText(QRectF(8, 0, self._room_width - 12, self._header_height - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.tr("Room"))
        painter.setPen(HEADER_LINE)
        painter.drawLine(QPointF(0, self._header_height), QPointF(width, self._header_height))

        if not self._rows and self.empty_text:
            painter.setPen(MUTED_TEXT)
            painter.setFont(self.font())
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.end()

    def _visible_rows(self, visible: QRectF) -> list[BoardRow]:
        first = max(0, bisect.bisect_right(self._row_tops, visible.top()) - 1)
        last = bisect.bisect_left(self._row_tops, visible.bottom())
        return self._rows[first:last]

    def _paint_row_lines(self, painter: QPainter, rows: list[BoardRow], left: float, right: float) -> None:
        painter.setPen(GRID_LINE)
        for row in rows:
            bottom = row.top + row.height
            painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))

    def _paint_labels(self, painter: QPainter, rows: list[BoardRow], top: float) -> None:
        """The rooms' names; a tall row scrolled half out of view keeps its name in view."""
        shifts = [QPointF(0, max(0.0, min(top - row.top, row.height - row.label_height))) for row in rows]
        for look, (fitter, colour) in self._label_looks.items():
            painter.setFont(fitter.font)
            painter.setPen(colour)
            for row, shift in zip(rows, shifts):
                for point, text, text_look in row.label:
                    if text_look == look:
                        painter.drawStaticText(point + shift, text)

    def _paint_chips(self, painter: QPainter, chips: list[Chip]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for chip in chips:
            rect = chip.rect
            painter.setPen(chip.fill.darker(135))
            painter.setBrush(chip.fill)
            painter.drawRoundedRect(rect, 4, 4)
            if chip.entry.cancelled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(CANCELLED_HATCH, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(rect, 4, 4)
            mark = CLASH_COLOUR if chip.clash else (ACCEPTED_CLASH_COLOUR if chip.accepted_clash else None)
            if mark is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mark)
                painter.drawRoundedRect(QRectF(rect.left(), rect.top(), MARK_WIDTH + 3, rect.height()), 3, 3)
                painter.setBrush(chip.fill)
                painter.drawRect(QRectF(rect.left() + MARK_WIDTH, rect.top() + 1, 4, rect.height() - 2))
                painter.setPen(QPen(mark, 1.5 if chip.clash else 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            if chip is self._selected:
                painter.setPen(QPen(SELECTED_BORDER, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for look, (fitter, colour) in self._looks.items():
            painter.setFont(fitter.font)
            painter.setPen(colour)
            for chip in chips:
                for point, text, text_look in chip.drawn:
                    if text_look == look:
                        painter.drawStaticText(point, text)

    # -- interaction ---------------------------------------------------------------------------

    def tooltip_text(self, chip: Chip) -> str:
        lines = session_tooltip(chip.entry, self._lang)
        for clash in chip.clashes:
            other = clash.other
            text = self.tr("Room also booked for %1 (%2), %3").replace("%1", other.class_code).replace(
                "%2", other.institution_code).replace("%3", time_range(other, self._lang))
            lines.append(("⚠ " if not clash.reason else "") + text)
            if clash.reason:
                lines.append("    " + self.tr("Accepted: %1").replace("%1", clash.reason))
        lines.append(self.tr("Double-click to open the class"))
        return "\n".join(lines)

    def row_tooltip(self, row: BoardRow) -> str:
        held = [chip.entry for chip in row.chips() if not chip.entry.cancelled]
        name = row.name or self.no_room_text()
        lines = [f"{name} ({row.institution_code})" if row.institution_code else name,
                 self.tr("%n session(s) this week", "", len(held)) + " · "
                 + self.tr("%1 JP").replace("%1", str(sum(entry.jp for entry in held)))]
        clashes = row.clash_count()
        if clashes:
            lines.append(self.tr("%n session(s) clash with another in this room", "", clashes))
        return "\n".join(lines)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())
            chip = self.chip_at(point)
            if chip is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(chip), self.viewport())
                return True
            row = self.row_label_at(point)
            if row is not None:
                QToolTip.showText(event.globalPos(), self.row_tooltip(self._rows[row]), self.viewport())
                return True
            for day in range(7):
                date = self._monday + dt.timedelta(days=day)
                if date in self._holidays and self.header_rect(day).contains(point):
                    QToolTip.showText(event.globalPos(), self._holidays[date], self.viewport())
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().viewportEvent(event)

    def _select(self, chip: Chip | None) -> None:
        if chip is self._selected:
            return
        for old in (self._selected, chip):
            if old is not None:
                self.viewport().update(self.to_view(old.rect).adjusted(-2, -2, 2, 2).toAlignedRect())
        self._selected = chip
        if chip is not None:
            self._scroll_to(chip)
            self.setAccessibleDescription(chip.text)

    def _scroll_to(self, chip: Chip) -> None:
        """Scroll so the chip is in view below the day heads and right of the room names."""
        view = self.to_view(chip.rect)
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        if view.top() < self._header_height:
            vertical.setValue(int(vertical.value() - (self._header_height - view.top()) - CELL_PAD))
        elif view.bottom() > self.viewport().height():
            vertical.setValue(int(vertical.value() + view.bottom() - self.viewport().height() + CELL_PAD))
        if view.left() < self._room_width:
            horizontal.setValue(int(horizontal.value() - (self._room_width - view.left()) - CELL_PAD))
        elif view.right() > self.viewport().width():
            horizontal.setValue(int(horizontal.value() + view.right() - self.viewport().width() + CELL_PAD))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._select(self.chip_at(event.position()))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        over = self.chip_at(event.position()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        chip = self.chip_at(event.position())
        if chip is not None:
            self._select(chip)
            self._activate(chip)
            return
        super().mouseDoubleClickEvent(event)

    def _activate(self, chip: Chip) -> None:
        self.sessionActivated.emit(chip.entry.session_id)
        self.classActivated.emit(chip.entry.class_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.weekRequested.emit(self._monday - dt.timedelta(days=7))
        elif key == Qt.Key.Key_PageDown:
            self.weekRequested.emit(self._monday + dt.timedelta(days=7))
        elif key == Qt.Key.Key_Home:
            self.weekRequested.emit(week_start(self._today()))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and self._chips:
            self._select(self._next_chip(key))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self._activate(self._selected)
        else:
            super().keyPressEvent(event)

    def _next_chip(self, key: Qt.Key) -> Chip:
        """The chip an arrow key moves to: up and down through a day (on into the rooms above
        and below), left and right to the nearest day of the same room that has sessions."""
        chip = self._selected
        if chip is None:
            return self._chips[0] if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else self._chips[-1]
        cell = self._rows[chip.row].cells[chip.day]
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            if 0 <= chip.index + step < len(cell):
                return cell[chip.index + step]
            row = chip.row + step
            while 0 <= row < len(self._rows):
                other = self._rows[row].cells[chip.day]
                if other:
                    return other[0] if step > 0 else other[-1]
                row += step
            return chip
        step = 1 if key == Qt.Key.Key_Right else -1
        day = chip.day + step
        while 0 <= day < 7:
            other = self._rows[chip.row].cells[day]
            if other:
                return min(other, key=lambda candidate: abs(candidate.index - chip.index))
            day += step
        return chip
