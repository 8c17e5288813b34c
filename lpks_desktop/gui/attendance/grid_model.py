"""The attendance grid as a table: people down, sessions across, then each person's rate.

The model holds the grid as the database gave it (``attendance_grid``) and, on
top of it, the clerk's unsaved edits. An edit remembers the cell as it was
first loaded, so the save can tell whether someone else changed it meanwhile
(the cell's version), even after the grid was reloaded or switched to another
session. Edits go through the model's ``QUndoStack``: every keystroke, a
multi-cell edit and "all present" are each one undo step.

The rate columns come from ``class_rates`` and show the state AS SAVED: a row
with unsaved edits says so (italic, a star and its tooltip) rather than
guessing how the institution's rules would count them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, \
    QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoStack

from ...core.services.attendance import AttendanceGrid, GridSession, MarkCell, MarkChange, attendance_grid
from ...core.services.attendance_rates import VERDICT_LABELS, ClassRates, ParticipantRate, class_rates
from .. import i18n
from ..formatting import format_date, format_time
from ..pages.class_labels import enrollment_status_labels, label

# Texts are looked up by literal context and source, as the translation tool finds them.
translate = QCoreApplication.translate

Key = tuple[int, int]  # (session_id, enrollment_id), as the core keys marks
MARKS = ("H", "I", "S", "A")

# Light enough for black letters to read on, apart enough to tell at a glance; the letter is
# always written too, so nothing depends on seeing colour.
MARK_COLOURS = {"H": QColor("#c8e6c9"), "I": QColor("#bbdefb"), "S": QColor("#ffe0a3"),
                "A": QColor("#ffcdd2")}
CELL_TEXT = QColor("#1b1b1b")
LOCKED_BACKGROUND = QColor("#e4e4e4")
LOCKED_TEXT = QColor("#7a7a7a")
VERDICT_COLOURS = {"cannot_reach": QColor("#ffcdd2"), "not_met": QColor("#ffcdd2"),
                   "at_risk": QColor("#ffe0a3")}

PENDING_ROLE = Qt.ItemDataRole.UserRole + 1  # bool: an unsaved edit
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: the mark has a note
LATE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool: a present mark with a late arrival time
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: reloaded because someone else changed it
KEY_ROLE = Qt.ItemDataRole.UserRole + 5  # (session_id, enrollment_id) or None

SIGNS_ROLE = Qt.ItemDataRole.UserRole + 6  # the four above as bits, for the painter in one call
SIGN_NOTE, SIGN_LATE, SIGN_PENDING, SIGN_CONFLICT = 1, 2, 4, 8

SESSION, ARRIVAL, NOTE, RATE, VERDICT = "session", "arrival", "note", "rate", "verdict"

# Looked up on every call of data(): plain ints and ready-made flags, not enum arithmetic.
_DISPLAY, _EDIT, _TOOLTIP = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole),
                             int(Qt.ItemDataRole.ToolTipRole))
_FONT, _ALIGN = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND, _FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True)
class CellValue:
    """What a cell holds, apart from its version; None stands for an empty cell."""

    mark: str
    arrival_time: dt.time | None = None
    note: str = ""

    @classmethod
    def of(cls, cell: MarkCell | None) -> "CellValue | None":
        return None if cell is None else cls(cell.mark, cell.arrival_time, cell.note or "")


@dataclass(frozen=True)
class Pending:
    base: MarkCell | None  # the cell as loaded when first edited; its version guards the save
    value: CellValue | None



def mark_names() -> dict[str, str]:
    return {"H": translate("AttendanceGrid", "Present"), "I": translate("AttendanceGrid", "Excused"),
            "S": translate("AttendanceGrid", "Sick"), "A": translate("AttendanceGrid", "Absent")}


def mark_name(mark: str | None) -> str:
    if not mark:
        return translate("AttendanceGrid", "Not recorded")
    return f"{mark_names().get(mark, mark)} ({mark})"




def parse_time(text: str) -> dt.time | None:
    """A clock time as clerks type it: 8.15, 08:15, 0815, 8; raises ValueError otherwise."""
    cleaned = text.strip().replace(".", ":").replace(",", ":")
    if not cleaned:
        return None
    if ":" not in cleaned:
        if not cleaned.isdigit() or len(cleaned) > 4:
            raise ValueError(text)
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}" if len(cleaned) > 2 else f"{cleaned}:00"
    hours, _, minutes = cleaned.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(text)
    return dt.time(int(hours), int(minutes))


def format_pct(value) -> str:
    """A rate already rounded down by the core, in the interface's number style."""
    if value is None:
        return "—"
    text = f"{value:.1f}"
    if i18n.active_language() == "id":
        text = text.replace(".", ",")
    return f"{text}%"


def is_late(value: CellValue | None, session: GridSession) -> bool:
    return bool(value and value.mark == "H" and value.arrival_time and session.start_time
                and value.arrival_time > session.start_time)


def session_heading(session: GridSession) -> str:
    """Two short lines that fit a narrow column: the weekday and the day/month."""
    weekday = QLocale().dayName(session.date.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday}\n{session.date:%d/%m}"


def session_summary(session: GridSession) -> str:
    """One line naming the session: number, date, time."""
    return (translate("AttendanceGrid", "Session %1 · %2 · %3–%4").replace("%1", str(session.number))
            .replace("%2", format_date(session.date, with_weekday=True))
            .replace("%3", format_time(session.start_time)).replace("%4", format_time(session.end_time)))


def session_tooltip(session: GridSession) -> str:
    lines = [session_summary(session) + " · " + translate("AttendanceGrid", "%1 JP").replace("%1", str(session.jp))]
    unit = " ".join(part for part in (session.unit_code, session.unit_title) if part)
    if unit:
        lines.append(unit)
    if session.topic and session.topic != session.unit_title:
        lines.append(session.topic)
    if session.room:
        lines.append(translate("AttendanceGrid", "Room: %1").replace("%1", session.room))
    if session.trainer_names:
        lines.append(translate("AttendanceGrid", "Trainers: %1").replace("%1", ", ".join(session.trainer_names)))
    if not session.editable and session.locked_reason is not None:
        reason = session.locked_reason.render(i18n.active_language())
        lines.append(translate("AttendanceGrid", "Read-only: %1").replace("%1", reason))
    return "\n".join(lines)


class AttendanceGridModel(QAbstractTableModel):
    """People by sessions. ``load`` reads the grid; edits stay pending until saved."""

    pendingChanged = Signal(int)  # noqa: N815 (Qt naming) the number of unsaved cells
    problem = Signal(str)  # an edit refused on the spot (a time that is not a time, ...)

    def __init__(self, class_id: int, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.class_id = class_id
        self.today = today
        self.session_ids: list[int] | None = None
        self.grid: AttendanceGrid | None = None
        self.rates: ClassRates | None = None
        self._rates_by_person: dict[int, ParticipantRate] = {}
        self.pending: dict[Key, Pending] = {}
        # The base of every cell edited since the last save, pending or undone: a redo after
        # switching to another session must still know what the cell held when it was edited.
        self._bases: dict[Key, MarkCell | None] = {}
        self.conflicts: set[Key] = set()
        self.undo_stack = QUndoStack(self)
        self._columns: list[tuple[str, GridSession | None]] = []
        self._column_of: dict[int, int] = {}
        self._row_of: dict[int, int] = {}
        self._cache: dict[tuple[int, int], dict] = {}
        self._headings: list[str] = []
        self._names: list[str] = []
        self._status_labels = enrollment_status_labels()
        self._bold_italic = QFont()
        self._bold_italic.setBold(True)
        self._bold_italic.setItalic(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading --------------------------------------------------------------------------------

    def load(self, session_ids: Sequence[int] | None = None, *, rates: bool = True) -> None:
        """Read the grid (all sessions, or ``session_ids``) and the rates; unsaved edits stay."""
        self.session_ids = list(session_ids) if session_ids is not None else None
        grid = attendance_grid(self.class_id, session_ids=self.session_ids, today=self.today)
        self.set_grid(grid)
        if rates:
            self.load_rates()

    def reload(self) -> None:
        self.load(self.session_ids)

    def load_rates(self) -> None:
        self.set_rates(class_rates(self.class_id, today=self.today))

    def set_grid(self, grid: AttendanceGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        single = len(grid.sessions) == 1 and self.session_ids is not None
        self._columns = [(SESSION, session) for session in grid.sessions]
        if single:
            self._columns += [(ARRIVAL, grid.sessions[0]), (NOTE, grid.sessions[0])]
        self._columns += [(RATE, None), (VERDICT, None)]
        self._column_of = {session.id: column for column, session in enumerate(grid.sessions)}
        self._row_of = {person.enrollment_id: row for row, person in enumerate(grid.people)}
        self._headings = [session_heading(session) if kind == SESSION else "" for kind, session in self._columns]
        self._names = [f"{person.number}  {person.full_name}" for person in grid.people]
        self._cache.clear()
        for key in list(self._bases):
            if key[0] in self._column_of and key[1] in self._row_of:
                pending = self.pending.get(key)
                if pending is None:
                    self._bases[key] = grid.marks.get(key)
                elif CellValue.of(grid.marks.get(key)) == pending.value:
                    # What the database now holds is what the clerk typed: no longer an edit.
                    del self.pending[key]
                    self._bases[key] = grid.marks.get(key)
        self.endResetModel()
        self.pendingChanged.emit(len(self.pending))

    def set_rates(self, rates: ClassRates | None) -> None:
        self.rates = rates
        self._rates_by_person = {row.enrollment_id: row for row in rates.rows} if rates else {}
        self._cache.clear()
        if self.rowCount() and self.columnCount():
            first = self.first_rate_column()
            self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, first + 1))

    # -- shape ----------------------------------------------------------------------------------

    @property
    def sessions(self) -> list[GridSession]:
        return self.grid.sessions if self.grid else []

    @property
    def people(self) -> list:
        return self.grid.people if self.grid else []

    def is_single(self) -> bool:
        return any(kind == ARRIVAL for kind, _ in self._columns)

    def column_kind(self, column: int) -> str | None:
        return self._columns[column][0] if 0 <= column < len(self._columns) else None

    def session_at(self, column: int) -> GridSession | None:
        """The session of a mark column (and, in single-session mode, of its arrival/note columns)."""
        return self._columns[column][1] if 0 <= column < len(self._columns) else None

    def session_column(self, session_id: int) -> int | None:
        return self._column_of.get(session_id)

    def row_of(self, enrollment_id: int) -> int | None:
        return self._row_of.get(enrollment_id)

    def first_rate_column(self) -> int:
        return len(self._columns) - 2

    def key_at(self, index: QModelIndex) -> Key | None:
        if not index.isValid() or self.grid is None:
            return None
        session = self.session_at(index.column())
        if session is None or not 0 <= index.row() < len(self.grid.people):
            return None
        return session.id, self.grid.people[index.row()].enrollment_id

    def index_of(self, key: Key, kind: str = SESSION) -> QModelIndex:
        row, column = self._row_of.get(key[1]), self._column_of.get(key[0])
        if row is None or column is None:
            return QModelIndex()
        if kind != SESSION:
            column = next((c for c, (k, _) in enumerate(self._columns) if k == kind), None)
            if column is None:
                return QModelIndex()
        return self.index(row, column)

    def is_editable(self, index: QModelIndex) -> bool:
        """Whether the cell's mark may change: its session has taken place and its person attends."""
        session = self.session_at(index.column())
        if session is None or self.grid is None or not 0 <= index.row() < len(self.grid.people):
            return False
        return bool(session.editable and self.grid.people[index.row()].editable)

    def locked_reason(self, index: QModelIndex) -> str:
        session = self.session_at(index.column())
        if session is None or self.grid is None:
            return ""
        lang = i18n.active_language()
        if not session.editable:
            if session.locked_reason is not None:
                return session.locked_reason.render(lang)
            return self.tr("This session is read-only.")
        person = self.grid.people[index.row()]
        if not person.editable:
            return self.tr("%1 is %2: marks already given can be read, not changed.").replace(
                "%1", person.full_name).replace("%2", label(self._status_labels, person.status).lower())
        return ""

    # -- values ---------------------------------------------------------------------------------

    def saved(self, key: Key) -> CellValue | None:
        return CellValue.of(self.grid.marks.get(key)) if self.grid else None

    def value(self, key: Key) -> CellValue | None:
        pending = self.pending.get(key)
        return pending.value if pending is not None else self.saved(key)

    def pending_count(self) -> int:
        return len(self.pending)

    def pending_changes(self) -> list[MarkChange]:
        """Every unsaved edit as the core saves it, each guarded by the version it was made on."""
        changes = []
        for (session_id, enrollment_id), pending in sorted(self.pending.items()):
            value = pending.value
            changes.append(MarkChange(
                session_id, enrollment_id, value.mark if value else None,
                value.arrival_time if value else None, value.note if value else "",
                expected_version=pending.base.version if pending.base is not None else 0))
        return changes

    def apply(self, values: Mapping[Key, CellValue | None]) -> None:
        """Put ``values`` in their cells as unsaved edits (or drop the edit where a value equals the
        saved one). The undo commands call this; screens call ``edit``."""
        rows, columns = [], []
        for key, value in values.items():
            if key not in self._bases:
                self._bases[key] = self.grid.marks.get(key) if self.grid else None
            base = self._bases[key]
            if CellValue.of(base) == value:
                self.pending.pop(key, None)
            else:
                self.pending[key] = Pending(base, value)
            self.conflicts.discard(key)
            if (row := self._row_of.get(key[1])) is not None \
                    and (column := self._column_of.get(key[0])) is not None:
                rows.append(row)
                columns.append(column)
        if rows:
            self._forget_rows(set(rows))
            last = len(self._columns) - 1
            # One signal for the block touched; the rate columns change look (as-saved star) too.
            self.dataChanged.emit(self.index(min(rows), min(columns)), self.index(max(rows), last))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(rows), max(rows))
        self.pendingChanged.emit(len(self.pending))

    def edit(self, values: Mapping[Key, CellValue | None], text: str) -> int:
        """Change cells as one undo step; returns how many actually changed."""
        from .undo import SetCellsCommand

        after = {key: value for key, value in values.items() if self.value(key) != value}
        if not after:
            return 0
        before = {key: self.value(key) for key in after}
        self.undo_stack.push(SetCellsCommand(self, before, after, text))
        return len(after)

    def editable_keys(self, indexes: Iterable[QModelIndex]) -> list[Key]:
        """The distinct keys of the editable cells among ``indexes`` (any column of a session)."""
        keys: dict[Key, None] = {}
        for index in indexes:
            if self.is_editable(index) and (key := self.key_at(index)) is not None:
                keys[key] = None
        return list(keys)

    def set_marks(self, indexes: Iterable[QModelIndex], mark: str | None) -> int:
        """Give every editable cell among ``indexes`` ``mark`` (None clears). A note stays with
        the cell; an arrival time only with a present mark, where lateness means something."""
        values = {}
        for key in self.editable_keys(indexes):
            current = self.value(key)
            if mark is None:
                values[key] = None
            else:
                values[key] = CellValue(mark, current.arrival_time if current and mark == "H" else None,
                                        current.note if current else "")
        text = self.tr("Clear marks") if mark is None else self.tr("Mark %1").replace("%1", mark)
        return self.edit(values, text)

    def toggle_present(self, indexes: Iterable[QModelIndex]) -> int:
        """Present where any cell is not; cleared when all already are."""
        keys = self.editable_keys(indexes)
        if not keys:
            return 0
        all_present = all((value := self.value(key)) is not None and value.mark == "H" for key in keys)
        return self.set_marks([self.index_of(key) for key in keys], None if all_present else "H")

    def fill_present(self, columns: Iterable[int]) -> int:
        """Every EMPTY editable cell of these session columns becomes H, as one step."""
        values = {}
        for column in sorted(set(columns)):
            if self.column_kind(column) != SESSION:
                continue
            for row in range(self.rowCount()):
                index = self.index(row, column)
                key = self.key_at(index)
                if self.is_editable(index) and key is not None and self.value(key) is None:
                    values[key] = CellValue("H")
        return self.edit(values, self.tr("All present"))

    def set_detail(self, key: Key, *, arrival_time=..., note=...) -> bool:
        """Change a marked cell's arrival time or note (``...``: keep). Refused on an empty cell."""
        current = self.value(key)
        if current is None:
            self.problem.emit(self.tr("Give a mark first: a note or an arrival time belongs to a mark."))
            return False
        arrival = current.arrival_time if arrival_time is ... else arrival_time
        if arrival is not None and current.mark != "H":
            self.problem.emit(self.tr("An arrival time belongs to a present (H) mark."))
            return False
        value = CellValue(current.mark, arrival, current.note if note is ... else note.strip())
        self.edit({key: value}, self.tr("Change note") if arrival_time is ... else self.tr("Change arrival time"))
        return True

    def discard(self) -> None:
        """Forget every unsaved edit."""
        self.beginResetModel()
        self.clear_edits()
        self.endResetModel()
        self.pendingChanged.emit(0)

    def clear_edits(self) -> None:
        """After a save: nothing is pending and there is nothing left to undo; the caller reloads."""
        self._cache.clear()
        self.pending.clear()
        self._bases.clear()
        self.conflicts.clear()
        self.undo_stack.clear()

    def adopt_saved(self, versions: Mapping[Key, int]) -> bool:
        """After a save: the saved edits become the loaded cells, with the versions the save gave
        them, without reading the grid again. False when a cell's new version is unknown (the
        database already held that value): the caller then reloads. Either way nothing is pending."""
        complete = all(key in versions for key in self.pending)
        if complete and self.grid is not None:
            for key, pending in self.pending.items():
                if key[0] not in self._column_of:
                    continue  # another session's cell: read from the database when shown
                if pending.value is None:
                    self.grid.marks.pop(key, None)
                else:
                    value = pending.value
                    self.grid.marks[key] = MarkCell(value.mark, value.arrival_time, value.note, versions[key])
        self.clear_edits()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        self.pendingChanged.emit(0)
        return complete

    def set_conflicts(self, keys: Iterable[Key]) -> None:
        """Frame the cells someone else changed (until they are edited or saved)."""
        self.conflicts = set(keys)
        self._cache.clear()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def drop_pending(self, keys: Iterable[Key]) -> None:
        for key in keys:
            self.pending.pop(key, None)
            self._bases.pop(key, None)
        self._cache.clear()
        self.pendingChanged.emit(len(self.pending))

    def row_has_pending(self, enrollment_id: int) -> bool:
        return any(key[1] == enrollment_id for key in self.pending)

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.grid is None else len(self._columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._columns[index.column()][0] in (ARRIVAL, NOTE) and self.is_editable(index):
            return _EDITABLE_FLAGS
        return _FLAGS

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._person_header(section, role)
        if not 0 <= section < len(self._columns):
            return None
        kind, session = self._columns[section]
        if kind == SESSION:
            if role == _DISPLAY:
                return self._headings[section]
            if role == _TOOLTIP:
                return session_tooltip(session)
            if role == _FOREGROUND and not session.editable:
                return LOCKED_TEXT
            return None
        if role == _DISPLAY:
            return {ARRIVAL: self.tr("Arrival"), NOTE: self.tr("Note"), RATE: self.tr("Attended"),
                    VERDICT: self.tr("Outlook")}[kind]
        if role == _TOOLTIP:
            return {ARRIVAL: self.tr("Arrival time of a late participant (hh:mm); empty: on time"),
                    NOTE: self.tr("A note to the mark (e.g. the reason for an absence)"),
                    RATE: self._rate_header_tip(),
                    VERDICT: self.tr("Whether the participant meets the minimum, or still can")}[kind]
        return None

    def _rate_header_tip(self) -> str:
        text = self.tr("Attended JP over counted JP, as last saved")
        if self.grid is not None:
            text += "\n" + self.tr("Minimum for the certificate: %1%").replace("%1", str(self.grid.min_pct))
        return text

    def _person_header(self, row: int, role):
        if not 0 <= row < len(self.grid.people):
            return None
        person = self.grid.people[row]
        if role == _DISPLAY:
            return self._names[row]
        if role == _TOOLTIP:
            lines = [person.full_name]
            if person.nik:
                lines.append(self.tr("NIK %1").replace("%1", person.nik))
            lines.append(label(self._status_labels, person.status))
            if not person.editable:
                lines.append(self.tr("Read-only: no longer attending"))
            return "\n".join(lines)
        if role == _FOREGROUND and not person.editable:
            return LOCKED_TEXT
        if role == _FONT and self.row_has_pending(person.enrollment_id):
            return self._italic
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks each visible cell for a dozen roles: they are worked out once per cell
        # and kept until the cell changes, so a repaint costs dictionary look-ups only.
        row = index.row()
        if row < 0 or self.grid is None:
            return None
        if role == _TOOLTIP:
            return self._tooltip(index)
        column = index.column()
        roles = self._cache.get((row, column))
        if roles is None:
            roles = self._cache[(row, column)] = self._roles(row, column)
        return roles.get(role)

    def cell_roles(self, row: int, column: int) -> dict:
        """Every role of a cell but its tooltip, at once: what the grid's painter reads."""
        roles = self._cache.get((row, column))
        if roles is None:
            roles = self._cache[(row, column)] = self._roles(row, column)
        return roles

    def _forget_rows(self, rows: Iterable[int]) -> None:
        columns = len(self._columns)
        for row in rows:
            for column in range(columns):
                self._cache.pop((row, column), None)

    def _roles(self, row: int, column: int) -> dict:
        kind, session = self._columns[column]
        person = self.grid.people[row]
        if kind in (RATE, VERDICT):
            return self._rate_roles(person, kind)
        key = (session.id, person.enrollment_id)
        value = self.value(key)
        pending = key in self.pending
        editable = session.editable and person.editable
        roles: dict = {KEY_ROLE: key}
        if pending:
            roles[_FONT] = self._bold_italic
        if kind == SESSION:
            roles[_DISPLAY] = value.mark if value else ""
            background = MARK_COLOURS.get(value.mark) if value else (None if editable else LOCKED_BACKGROUND)
            if background is not None:
                roles[_BACKGROUND] = background
            roles[_FOREGROUND] = CELL_TEXT if editable else LOCKED_TEXT
            roles[_ALIGN] = _CENTER
            note, late, conflict = bool(value and value.note), is_late(value, session), key in self.conflicts
            roles.update({PENDING_ROLE: pending, NOTE_ROLE: note, LATE_ROLE: late, CONFLICT_ROLE: conflict,
                          SIGNS_ROLE: note * SIGN_NOTE | late * SIGN_LATE | pending * SIGN_PENDING
                          | conflict * SIGN_CONFLICT})
            return roles
        text = "" if value is None else (format_time(value.arrival_time) if kind == ARRIVAL else value.note)
        roles[_DISPLAY] = roles[_EDIT] = text
        if not editable:
            roles[_FOREGROUND] = LOCKED_TEXT
        if kind == ARRIVAL:
            roles[_ALIGN] = _CENTER
        return roles

    def _rate_roles(self, person, kind: str) -> dict:
        rate = self._rates_by_person.get(person.enrollment_id)
        if rate is None:
            return {_DISPLAY: "" if self.rates is None else "—"}
        stale = self.row_has_pending(person.enrollment_id)
        text = format_pct(rate.rate_pct) if kind == RATE else \
            VERDICT_LABELS[rate.verdict].render(i18n.active_language())
        roles: dict = {_DISPLAY: text + (" *" if stale else "")}
        if stale:
            roles[_FONT] = self._italic
        if kind == RATE:
            roles[_ALIGN] = _RIGHT
        elif rate.verdict in VERDICT_COLOURS:
            roles[_BACKGROUND] = VERDICT_COLOURS[rate.verdict]
            roles[_FOREGROUND] = CELL_TEXT
        return roles

    def _tooltip(self, index: QModelIndex) -> str | None:
        kind, session = self._columns[index.column()]
        person = self.grid.people[index.row()]
        if kind in (RATE, VERDICT):
            rate = self._rates_by_person.get(person.enrollment_id)
            return self._rate_tooltip(rate, self.row_has_pending(person.enrollment_id)) if rate else None
        key = (session.id, person.enrollment_id)
        value = self.value(key)
        if kind == SESSION:
            return self._mark_tooltip(index, key, session, value, key in self.pending)
        if not self.is_editable(index):
            return self.locked_reason(index)
        if value is None:
            return self.tr("Give a mark first")
        return value.note if kind == NOTE else None

    def _mark_tooltip(self, index, key: Key, session: GridSession, value: CellValue | None,
                      pending: bool) -> str:
        person = self.grid.people[index.row()]
        lines = [f"{person.full_name} · {format_date(session.date, with_weekday=True)}",
                 mark_name(value.mark if value else None)]
        if value is not None and value.arrival_time is not None:
            late = is_late(value, session)
            lines.append((self.tr("Arrived %1 (late)") if late else self.tr("Arrived %1"))
                         .replace("%1", format_time(value.arrival_time)))
        if value is not None and value.note:
            lines.append(self.tr("Note: %1").replace("%1", value.note))
        if pending:
            lines.append(self.tr("Not saved yet (saved: %1)").replace("%1", mark_name(
                self.saved(key).mark if self.saved(key) else None)))
        if key in self.conflicts:
            lines.append(self.tr("Someone else changed this mark while you were editing; this is their mark."))
        reason = self.locked_reason(index)
        if reason:
            lines.append(reason)
        return "\n".join(lines)

    def _rate_tooltip(self, rate: ParticipantRate, stale: bool) -> str:
        lang = i18n.active_language()
        lines = []
        if stale:
            lines.append(self.tr("* As last saved: your unsaved changes count once they are saved."))
        lines.append(rate.reason.render(lang))
        lines.append(self.tr("Attended %1 of %2 JP counted (%3 JP delivered, %4 JP still to come)")
                     .replace("%1", str(rate.attended_jp)).replace("%2", str(rate.counted_jp))
                     .replace("%3", str(rate.delivered_jp)).replace("%4", str(rate.remaining_jp)))
        counts = " · ".join(f"{mark} {rate.counts.get(mark, 0)}" for mark in MARKS)
        if rate.unmarked:
            counts += " · " + self.tr("not recorded %1").replace("%1", str(rate.unmarked))
        if rate.late:
            counts += " · " + self.tr("late %1").replace("%1", str(rate.late))
        lines.append(counts)
        return "\n".join(lines)
