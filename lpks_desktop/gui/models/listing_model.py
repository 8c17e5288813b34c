"""A table model over a core ``Listing``: sorted and searched in SQL, rows paged in on scroll."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...core.services.listing import PAGE_SIZE, Listing, ListRequest
from ..formatting import format_value

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_COUNT_CAP = 1000
ARCHIVED_COLOR = QColor("#8a8a8a")


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    formatter: Callable[[Any], str] | None = None
    align_right: bool = False


class ListingModel(QAbstractTableModel):
    """Shows a listing's rows page by page; the view asks for more as the user scrolls.

    ``total`` is the number of rows matching the current request, known before
    they are all loaded, so the screen can say "1,234 participants".
    """

    totalChanged = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, listing: Listing, columns: list[ColumnSpec], parent=None,
                 page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._listing = listing
        self._columns = columns
        self._column_index = {spec.key: listing.keys.index(spec.key) + 1 for spec in columns}
        self._page_size = page_size
        self._request = ListRequest(sort_key=listing.default_sort or None)
        self._rows: list[tuple] = []
        self._total = 0
        self._loaded = False  # nothing is queried until the list is first shown
        self._total_capped = False
        self._exhausted = False
        self._busy = False
        self._archived_at = listing.keys.index("archived") + 1 if "archived" in listing.keys else None

    # -- what to show -------------------------------------------------------------------------

    @property
    def listing(self) -> Listing:
        return self._listing

    @property
    def request(self) -> ListRequest:
        return self._request

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_is_capped(self) -> bool:
        """True when there are more than ``SEARCH_COUNT_CAP`` matches and ``total`` is not exact."""
        return self._total_capped

    @property
    def loaded(self) -> bool:
        return self._loaded

    def set_request(self, request: ListRequest) -> None:
        self._request = request
        if self._loaded:
            self.reload()

    def invalidate(self) -> None:
        """Forget the rows; the next ``reload`` (e.g. when shown again) fetches fresh ones."""
        self._loaded = False

    def set_search(self, text: str) -> None:
        if text != self._request.search:
            self.set_request(replace(self._request, search=text))

    def set_filters(self, **filters) -> None:
        self.set_request(replace(self._request, filters={**self._request.filters, **filters}))

    def reload(self) -> None:
        """Start again from the first page, e.g. after a save elsewhere."""
        # Slots on modelReset and rowsInserted (views, Qt's model tester) may ask for
        # more rows before the change has finished; the guard keeps them from paging
        # into a half-done one.
        self._busy = True
        self.beginResetModel()
        self._loaded = True
        # An unfiltered list is counted exactly (an index makes it cheap); a search is
        # counted up to SEARCH_COUNT_CAP, enough to say "more than 1,000".
        cap = SEARCH_COUNT_CAP if self._request.search.strip() else None
        self._total = self._listing.count(self._request, cap)
        self._total_capped = cap is not None and self._total > cap
        self._rows = self._listing.page(self._request, 0, self._page_size)
        self._exhausted = len(self._rows) < self._page_size
        try:
            self.endResetModel()
        finally:
            self._busy = False
        self.totalChanged.emit(self._total)

    def record_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        for index, row in enumerate(self._rows):
            if row[0] == record_id:
                return index
        return None

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or self._busy:
            return False
        return len(self._rows) < self._total or (self._total_capped and not self._exhausted)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._busy:
            return
        more = self._listing.page(self._request, len(self._rows), self._page_size)
        if len(more) < self._page_size:
            self._exhausted = True
        if not more:
            self._total = len(self._rows)  # rows vanished since counting (another PC deleted)
            return
        first = len(self._rows)
        self._busy = True
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        try:
            self.endInsertRows()
        finally:
            self._busy = False

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        spec = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[self._column_index[spec.key]]
            return spec.formatter(value) if spec.formatter else format_value(value)
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._archived_at and row[self._archived_at]:
            return QBrush(ARCHIVED_COLOR)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self.set_request(replace(self._request, sort_key=self._columns[column].key,
                                     descending=order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> int:
        keys = [spec.key for spec in self._columns]
        return keys.index(self._request.sort_key) if self._request.sort_key in keys else -1
