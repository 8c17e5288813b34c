"""Table models of a generated schedule before it is saved: its sessions, skipped days and units."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.services.schedule_generator import ScheduleDraft
from ..formatting import format_date
from .texts import time_span, unit_label

EQUAL_COLOR = QColor("#1b6e20")
SHORT_COLOR = QColor("#b3261e")
OVER_COLOR = QColor("#8a5a00")


class _Table(QAbstractTableModel):
    """Rows of already formatted cells; ``right`` names the columns aligned right (numbers)."""

    right: tuple[int, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self.headers()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(index.row())
        return None

    def colour(self, row: int) -> QColor | None:
        return None


class DraftSessionsModel(_Table):
    """The planned sessions, numbered; those with a hard clash in red."""

    right = (0, 3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clashes: set[int] = set()

    def set_clashes(self, rows: set[int]) -> None:
        self._clashes = set(rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers()) - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def colour(self, row: int) -> QColor | None:
        return SHORT_COLOR if row in self._clashes else None

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Date"), self.tr("Time"), self.tr("JP"),
                self.tr("Competency unit")]

    def set_draft(self, draft: ScheduleDraft | None) -> None:
        sessions = draft.sessions if draft is not None else []
        self.set_rows([(str(number), format_date(s.date, with_weekday=True),
                        time_span(s.start_time, s.end_time), str(s.jp),
                        unit_label(s.unit_code, s.unit_title) or self.tr("(no unit)"))
                       for number, s in enumerate(sessions, start=1)])


class SkippedDaysModel(_Table):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Why no session")]

    def set_draft(self, draft: ScheduleDraft | None) -> None:
        skipped = draft.skipped if draft is not None else []
        self.set_rows([(format_date(day, with_weekday=True), reason) for day, reason in skipped])


class UnitPlanModel(_Table):
    """Program JP against planned JP per unit: green when equal, red short, amber over."""

    right = (2, 3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._differences: list[int] = []

    def headers(self) -> list[str]:
        return [self.tr("Unit code"), self.tr("Competency unit"), self.tr("Program JP"),
                self.tr("Planned JP")]

    def set_draft(self, draft: ScheduleDraft | None) -> None:
        units = draft.units if draft is not None else []
        self._differences = [u.planned_jp - u.program_jp for u in units]
        self.set_rows([(u.code, u.title or self.tr("JP beyond the units"), str(u.program_jp),
                        str(u.planned_jp)) for u in units])

    def colour(self, row: int) -> QColor | None:
        difference = self._differences[row]
        return EQUAL_COLOR if difference == 0 else (SHORT_COLOR if difference < 0 else OVER_COLOR)
