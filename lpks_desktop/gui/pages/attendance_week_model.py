"""The attendance page's two tables: the week's sessions with how far their attendance has been
entered, and the participants who risk missing the minimum attendance of their program."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.services import attendance_week as week
from ...core.services.attendance_rates import VERDICT_LABELS, format_pct
from ...core.services.attendance_week import WeekSession
from .. import i18n
from ..formatting import format_number
from ..widgets.calendar_style import format_time, month_name, weekday_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

(DAY, TIME, CLASS, UNIT, ROOM, TRAINERS, MARKED, JOURNAL) = range(8)
SESSION_COLUMNS = 8

PROGRESS_COLOURS = {
    week.MARKED: QColor("#1b5e20"),
    week.PARTLY_MARKED: QColor("#8a5a00"),
    week.NOT_MARKED: QColor("#a12622"),
    week.NOT_YET_HELD: QColor("#6b6b6b"),
    week.NO_PEOPLE: QColor("#6b6b6b"),
    week.CANCELLED: QColor("#6b6b6b"),
}
MISSING_COLOUR = QColor("#a12622")
MUTED_COLOUR = QColor("#6b6b6b")
TODAY_FILL = QColor("#eaf3fe")

(R_CLASS, R_PARTICIPANT, R_RATE, R_MINIMUM, R_ALLOWANCE, R_VERDICT) = range(6)
RISK_COLUMNS = 6
CANNOT_REACH_COLOUR = QColor("#a12622")
AT_RISK_COLOUR = QColor("#8a5a00")


def percent_text(value: Decimal | int | None) -> str:
    """80.0% in English, 80,0% in Bahasa Indonesia; rates already come rounded down."""
    if value is None:
        return "—"
    return format_pct(Decimal(value), i18n.language()) + "%"


def short_date(day: dt.date) -> str:
    """"Senin, 30 Nov": the year is the week's, shown above the table."""
    return f"{weekday_name(day)}, {day.day} {month_name(day.month)[:3]}"


class WeekSessionsModel(QAbstractTableModel):
    """The shown week's sessions, in the order the core gives them (date, time, class)."""

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._rows: list[WeekSession] = []
        self._today = today or dt.date.today()

    def set_sessions(self, sessions: list[WeekSession], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(sessions)
        self._today = today
        self.endResetModel()

    def sessions(self) -> list[WeekSession]:
        return list(self._rows)

    def session(self, row: int) -> WeekSession:
        return self._rows[row]

    def row_of(self, session_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry.session_id == session_id:
                return row
        return -1

    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Time"), self.tr("Class"), self.tr("Unit / topic"), self.tr("Room"),
                self.tr("Trainers"), self.tr("Attendance"), self.tr("Journal")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else SESSION_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < SESSION_COLUMNS \
                and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < SESSION_COLUMNS:
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == MARKED:
                return PROGRESS_COLOURS[entry.progress(self._today)]
            if column == JOURNAL and not entry.journal_written and entry.date <= self._today:
                return MISSING_COLOUR
            if column == JOURNAL and not entry.journal_written:
                return MUTED_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole and column == DAY and entry.date == self._today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and entry.date == self._today:
            return TODAY_FILL
        if role == ROW_ROLE:
            return entry
        return None

    def _text(self, entry: WeekSession, column: int) -> str:
        if column == DAY:
            return short_date(entry.date)
        if column == TIME:
            return f"{format_time(entry.start_time)}–{format_time(entry.end_time)}"
        if column == CLASS:
            return entry.class_code
        if column == UNIT:
            return " ".join(part for part in (entry.unit_code, entry.unit_title or entry.topic) if part) \
                or self.tr("(no unit or topic)")
        if column == ROOM:
            return entry.room or "—"
        if column == TRAINERS:
            return ", ".join(entry.trainers) or self.tr("none yet")
        if column == MARKED:
            return self.progress_text(entry)
        if column == JOURNAL:
            if entry.journal_written:
                return self.tr("written, %1 JP").replace("%1", format_number(entry.journal_jp))
            return self.tr("not written") if entry.date <= self._today else "—"
        return ""

    def progress_text(self, entry: WeekSession) -> str:
        progress = entry.progress(self._today)
        if progress == week.CANCELLED:
            return self.tr("cancelled")
        if progress == week.NOT_YET_HELD:
            return self.tr("not yet held")
        if progress == week.NO_PEOPLE:
            return self.tr("nobody enrolled")
        if progress == week.NOT_MARKED:
            return self.tr("not marked (0 of %1)").replace("%1", format_number(entry.people))
        return self.tr("marked %1 of %2").replace("%1", format_number(entry.marked)) \
            .replace("%2", format_number(entry.people))

    def _tooltip(self, entry: WeekSession, column: int) -> str:
        if column == CLASS:
            return f"{entry.class_code} — {entry.class_name}"
        if column == MARKED and entry.marked:
            return self.tr("%1 present of %2 marked").replace("%1", format_number(entry.present)) \
                .replace("%2", format_number(entry.marked))
        if column == JOURNAL and not entry.journal_written and entry.date <= self._today:
            return self.tr("The trainer journal of this session has not been written yet; "
                           "its planned %1 JP count until it is.").replace("%1", format_number(entry.jp))
        return self._text(entry, column)


class AtRiskModel(QAbstractTableModel):
    """Participants of running classes whose attendance is at risk or can no longer reach the minimum.

    Rows are ``(class_info, rate)`` pairs as ``participants_at_risk`` gives them: ``class_info`` a
    dict with class_id, class_code and class_name, ``rate`` a ``ParticipantRate``.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[dict, object]] = []

    def set_rows(self, rows: list[tuple[dict, object]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> tuple[dict, object]:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Class"), self.tr("Participant"), self.tr("Rate"), self.tr("Minimum"),
                self.tr("May still miss"), self.tr("Outlook")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else RISK_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < RISK_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (R_RATE, R_MINIMUM):
                return RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < RISK_COLUMNS:
            return None
        info, rate = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, rate, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (R_ALLOWANCE, R_VERDICT):
                return rate.reason.render(i18n.active_language())
            if column == R_CLASS:
                return f"{info['class_code']} — {info['class_name']}"
            return self._text(info, rate, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (R_RATE, R_MINIMUM):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in (R_ALLOWANCE, R_VERDICT):
            return CANNOT_REACH_COLOUR if rate.verdict == "cannot_reach" else AT_RISK_COLOUR
        if role == ROW_ROLE:
            return info, rate
        return None

    def _text(self, info: dict, rate, column: int) -> str:
        if column == R_CLASS:
            return info["class_code"]
        if column == R_PARTICIPANT:
            return rate.full_name
        if column == R_RATE:
            return percent_text(rate.rate_pct)
        if column == R_MINIMUM:
            return percent_text(rate.min_pct)
        if column == R_ALLOWANCE:
            return self.allowance_text(rate)
        if column == R_VERDICT:
            label = VERDICT_LABELS.get(rate.verdict)
            return label.render(i18n.active_language()) if label is not None else rate.verdict
        return ""

    def allowance_text(self, rate) -> str:
        if rate.verdict == "cannot_reach" or (rate.allowance_jp is not None and rate.allowance_jp < 0):
            return self.tr("can no longer reach %1").replace("%1", percent_text(rate.min_pct))
        if rate.allowance_jp is None:
            return "—"
        if rate.allowance_jp == 0:
            return self.tr("may miss no more JP")
        return self.tr("may miss %n more JP", "", rate.allowance_jp)
