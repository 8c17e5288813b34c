"""A class's roster as a table: the rows of ``core.services.enrollments.class_roster``.

A class has tens of registrants, a few hundred at most, so the rows are held in
memory; the status filter, the quick search and sorting work on that list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.services.classes import SEATED, STATUS_ORDER
from ..formatting import format_date, format_number, format_phone
from ..pages.class_labels import enrollment_status_labels, label
from ..pages.compact_tables import local_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER, NAME, NIK, STATUS, SINCE, REASON, PHONE, REGISTERED, CARD, CODE, REDEEMED = range(11)
PRAKERJA_COLUMNS = (CARD, CODE, REDEEMED)
UNREDEEMED = "unredeemed"  # a filter beside the statuses: seated in a Prakerja class, not redeemed
SEATED_COLOR = QColor("#1b5e20")
RESERVE_COLOR = QColor("#7a4a00")
OUT_COLOR = QColor("#6b6b6b")
OUT = ("not_passed", "withdrew", "dismissed")


def status_text(row: dict, labels: dict[str, str]) -> str:
    """The status as a clerk says it; a reserve carries its place on the list."""
    text = label(labels, row.get("status"))
    if row.get("status") == "reserve" and row.get("reserve_rank"):
        text += f" #{row['reserve_rank']}"
    return text


def status_rank(status: str | None) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def matches(row: dict, text: str) -> bool:
    """The quick search: name contains the words, or the NIK or phone contains the digits."""
    text = text.strip().casefold()
    if not text:
        return True
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) == len(text.replace(" ", "").replace("-", "").replace("+", "")):
        phone = "".join(ch for ch in (row.get("phone") or "") if ch.isdigit())
        local = "0" + phone[2:] if phone.startswith("62") else phone
        return digits in (row.get("nik") or "") or digits in phone or digits in local
    name = (row.get("full_name") or "").casefold()
    return all(word in name for word in text.split())


class RosterModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[dict] = []
        self._rows: list[dict] = []
        self._status: str | None = None
        self._unredeemed: set[int] = set()
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._labels = enrollment_status_labels()
        self._headers = [self.tr("No."), self.tr("Name"), self.tr("NIK"), self.tr("Status"),
                         self.tr("Since"), self.tr("Reason"), self.tr("Phone"), self.tr("Registered on"),
                         self.tr("Prakerja card"), self.tr("Redeem code"), self.tr("Redeemed on")]

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: list[dict], unredeemed: set[int] = frozenset()) -> None:
        """The roster, and which of its enrollments are Prakerja seats not redeemed yet."""
        self._unredeemed = set(unredeemed)
        self._all = sorted(rows, key=lambda r: (status_rank(r.get("status")), r.get("reserve_rank") or 0,
                                                (r.get("full_name") or "").casefold()))
        self._refilter()

    def set_status_filter(self, status: str | None) -> None:
        """Only rows of ``status`` (None: all; ``UNREDEEMED``: Prakerja data without a redemption)."""
        if status != self._status:
            self._status = status
            self._refilter()

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self._refilter()

    def _keep(self, row: dict) -> bool:
        if self._status == UNREDEEMED:
            if row["enrollment_id"] not in self._unredeemed:
                return False
        elif self._status is not None and row.get("status") != self._status:
            return False
        return matches(row, self._search)

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = [row for row in self._all if self._keep(row)]
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def all_rows(self) -> list[dict]:
        return list(self._all)

    def row(self, index: int) -> dict:
        return self._rows[index]

    def row_of(self, enrollment_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row["enrollment_id"] == enrollment_id:
                return index
        return None

    def counts(self) -> dict[str, int]:
        """Everyone in the class (not only the rows shown) by status."""
        result: dict[str, int] = {}
        for row in self._all:
            result[row["status"]] = result.get(row["status"], 0) + 1
        return result

    def unredeemed_count(self) -> int:
        return len(self._unredeemed)

    def seated(self) -> int:
        return sum(1 for row in self._all if row["status"] in SEATED)

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, STATUS, REASON, CODE):
            return self._text(row, column, index.row()) or None
        if role == ID_ROLE:
            return row["enrollment_id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            status = row.get("status")
            if status in OUT:
                return OUT_COLOR
            if column == STATUS:
                return SEATED_COLOR if status in SEATED else RESERVE_COLOR if status == "reserve" else None
            if column == REDEEMED and row["enrollment_id"] in self._unredeemed:
                return RESERVE_COLOR
        if role == Qt.ItemDataRole.FontRole and column == STATUS and row.get("status") in SEATED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: dict, column: int, position: int) -> str:
        if column == NUMBER:
            return format_number(position + 1)
        if column == NAME:
            return row.get("full_name") or ""
        if column == NIK:
            return row.get("nik") or ""
        if column == STATUS:
            return status_text(row, self._labels)
        if column == SINCE:
            return format_date(local_date(row.get("since")))
        if column == REASON:
            return " ".join((row.get("reason") or "").split())
        if column == PHONE:
            return format_phone(row.get("phone"))
        if column == REGISTERED:
            return format_date(local_date(row.get("registered_at")))
        if column == CARD:
            return row.get("prakerja_card_number") or ""
        if column == CODE:
            return row.get("prakerja_redeem_code") or ""
        if column == REDEEMED:
            if row["enrollment_id"] in self._unredeemed:
                return self.tr("not yet")
            return format_date(local_date(row.get("prakerja_redeemed_at")))
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()]["enrollment_id"] if i.isValid() else None for i in persistent]
        self._sort = (column, order)
        self._sort_rows(column, order)
        positions = {row["enrollment_id"]: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(positions[i], old.column()) if i in positions else QModelIndex()
                         for i, old in zip(ids, persistent)])
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        def key(row: dict):
            if column in (NUMBER, STATUS):
                return (status_rank(row.get("status")), row.get("reserve_rank") or 0,
                        (row.get("full_name") or "").casefold())
            if column == REGISTERED:
                return (row.get("registered_at") or dt.datetime.min,)
            if column == SINCE:
                return (row.get("since") or dt.datetime.min,)
            if column == REDEEMED:
                return (row.get("prakerja_redeemed_at") or dt.datetime.min,)
            return (self._text(row, column, 0).casefold(),)
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
