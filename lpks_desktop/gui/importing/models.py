"""Table models of the import wizard: the column mapping, the problem report and the changes.

Each model holds plain rows (dicts of already readable values) built by the
dialog from the core's results, so the models know nothing of how the core
names things and stay cheap to show for a file with thousands of problems.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...core.exporting import EDUCATION_LABELS, EMPLOYMENT_LABELS
from .. import i18n
from ..formatting import format_date, format_phone, format_sex

ERROR_COLOR = QColor("#b3261e")
WARNING_COLOR = QColor("#8a5a00")
IGNORED_COLOR = QColor("#6b6b6b")
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # the field key behind a mapping row's label


def shown_value(field: str, value) -> str:
    """A stored or planned value as the participant form shows it."""
    if value is None or value == "":
        return ""
    if field == "sex":
        return format_sex(value)
    if field == "phone":
        return format_phone(value)
    if field == "education" and value in EDUCATION_LABELS:
        return EDUCATION_LABELS[value].render(i18n.active_language())
    if field == "employment" and value in EMPLOYMENT_LABELS:
        return EMPLOYMENT_LABELS[value].render(i18n.active_language())
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    return str(value)


def column_letter(index: int) -> str:
    """A spreadsheet's own name for the column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class RowsTable(QAbstractTableModel):
    """Read-only rows of dicts; ``columns`` pairs each dict key with its header."""

    right_aligned: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def columns(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> dict:
        return self._rows[number]

    def rows(self) -> list[dict]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns()):
            return self.columns()[section][1]
        return None

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and index.row() < len(self._rows) and index.column() < len(self.columns())

    def text(self, row: dict, key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        key = self.columns()[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, key)
        return None

    def colour(self, row: dict, key: str) -> QColor | None:
        return None


class MappingModel(RowsTable):
    """One row per column of the sheet; the last column says which field it fills (editable).

    Rows: ``index`` (0-based column), ``letter``, ``heading``, ``samples`` and
    ``field`` (a field key, or None to ignore the column). ``choices`` lists
    (key, label) pairs, None first for "ignore".
    """

    FIELD_COLUMN = 3
    mappingChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, choices: list[tuple[str | None, str]], parent=None):
        super().__init__(parent)
        self.choices = list(choices)
        self._labels = dict(self.choices)

    def columns(self) -> list[tuple[str, str]]:
        return [
            ("letter", QCoreApplication.translate("import", "Column")),
            ("heading", QCoreApplication.translate("import", "Heading in the file")),
            ("samples", QCoreApplication.translate("import", "First values")),
            ("field", QCoreApplication.translate("import", "Import as")),
        ]

    def label(self, field: str | None) -> str:
        return self._labels.get(field, field or "")

    def mapping(self) -> dict[int, str]:
        """Column index -> field, for the columns that are imported."""
        return {row["index"]: row["field"] for row in self._rows if row["field"]}

    def duplicates(self) -> dict[str, list[str]]:
        """Fields chosen for more than one column, with those columns' letters."""
        seen: dict[str, list[str]] = {}
        for row in self._rows:
            if row["field"]:
                seen.setdefault(row["field"], []).append(row["letter"])
        return {field: letters for field, letters in seen.items() if len(letters) > 1}

    def text(self, row: dict, key: str) -> str:
        if key == "field":
            return self.label(row["field"])
        return super().text(row, key)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        if index.column() == self.FIELD_COLUMN and role in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return row["field"]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.FIELD_COLUMN:
            twice = self.duplicates().get(row["field"])
            if twice:
                return QCoreApplication.translate(
                    "import", "%1 is chosen for more than one column: %2").replace(
                    "%1", self.label(row["field"])).replace("%2", ", ".join(twice))
        if role == Qt.ItemDataRole.FontRole and not row["field"]:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def colour(self, row: dict, key: str) -> QColor | None:
        if not row["field"]:
            return IGNORED_COLOR
        if key == "field" and row["field"] in self.duplicates():
            return WARNING_COLOR
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._valid(index) and index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not self._valid(index) or index.column() != self.FIELD_COLUMN \
                or role != Qt.ItemDataRole.EditRole:
            return False
        field = value or None
        if field is not None and field not in self._labels:
            return False
        row = self._rows[index.row()]
        if row["field"] == field:
            return True
        row["field"] = field
        # A duplicate marks other rows too: the whole column is repainted.
        last = len(self._rows) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, self.FIELD_COLUMN))
        self.mappingChanged.emit()
        return True


class ProblemsModel(RowsTable):
    """Every problem of the file: sheet row, column, field, error or warning, message.

    Rows: ``row`` (sheet row number or None), ``column`` (letter and heading),
    ``field`` (label), ``error`` (bool), ``message``. Sorting happens here (a
    report holds a few thousand rows at most); ``show`` narrows it to errors or
    warnings.
    """

    right_aligned = ("row",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[dict] = []
        self._show = "all"
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def columns(self) -> list[tuple[str, str]]:
        return [
            ("row", QCoreApplication.translate("import", "Row")),
            ("column", QCoreApplication.translate("import", "Column")),
            ("field", QCoreApplication.translate("import", "Field")),
            ("kind", QCoreApplication.translate("import", "Kind")),
            ("message", QCoreApplication.translate("import", "Problem")),
        ]

    def set_rows(self, rows: list[dict]) -> None:
        self._all = list(rows)
        self._refill()

    def show(self, which: str) -> None:
        """"all", "errors" or "warnings"."""
        self._show = which
        self._refill()

    def all_rows(self) -> list[dict]:
        return list(self._all)

    def _refill(self) -> None:
        rows = self._all
        if self._show == "errors":
            rows = [row for row in rows if row["error"]]
        elif self._show == "warnings":
            rows = [row for row in rows if not row["error"]]
        super().set_rows(self._sorted(rows))

    def _sorted(self, rows: list[dict]) -> list[dict]:
        column, order = self._sort
        key = self.columns()[column][0] if 0 <= column < len(self.columns()) else "row"

        def sort_key(row: dict):
            # The sheet's order breaks ties: row, then errors before warnings, then column.
            place = (row["row"] if row["row"] is not None else -1, not row["error"], row.get("column_index", -1))
            if key == "row":
                return place
            if key == "kind":
                return (not row["error"], place)
            return (self.text(row, key).casefold(), place)

        return sorted(rows, key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def text(self, row: dict, key: str) -> str:
        if key == "kind":
            return (QCoreApplication.translate("import", "Error") if row["error"]
                    else QCoreApplication.translate("import", "Warning"))
        return super().text(row, key)

    def colour(self, row: dict, key: str) -> QColor | None:
        return ERROR_COLOR if row["error"] else WARNING_COLOR


class ChangesModel(RowsTable):
    """What an import would change in participants already in the database: one row per field.

    Rows hold the values as stored (``field_key``, ``before``, ``after``); they are made
    readable only when shown, so ten thousand changes cost nothing until scrolled to.
    """

    right_aligned = ("row",)

    def columns(self) -> list[tuple[str, str]]:
        return [
            ("row", QCoreApplication.translate("import", "Row")),
            ("nik", QCoreApplication.translate("import", "NIK")),
            ("name", QCoreApplication.translate("import", "Name")),
            ("field", QCoreApplication.translate("import", "Field")),
            ("before", QCoreApplication.translate("import", "Now")),
            ("after", QCoreApplication.translate("import", "After the import")),
        ]

    def text(self, row: dict, key: str) -> str:
        if key in ("before", "after"):
            return shown_value(row["field_key"], row[key])
        return super().text(row, key)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and self._valid(index) \
                and self.columns()[index.column()][0] == "after":
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class NewRowsModel(RowsTable):
    """The people the import would add: sheet row, NIK, name and where they come from.

    Rows hold the planned values (``sex`` code, ``birth`` date, ``phone`` as stored), made
    readable only when shown: formatting 10,000 phone numbers up front takes seconds.
    """

    right_aligned = ("row",)

    def columns(self) -> list[tuple[str, str]]:
        return [
            ("row", QCoreApplication.translate("import", "Row")),
            ("nik", QCoreApplication.translate("import", "NIK")),
            ("name", QCoreApplication.translate("import", "Name")),
            ("sex", QCoreApplication.translate("import", "Sex")),
            ("birth", QCoreApplication.translate("import", "Date of birth")),
            ("city", QCoreApplication.translate("import", "Regency/city")),
            ("phone", QCoreApplication.translate("import", "Phone")),
        ]

    def text(self, row: dict, key: str) -> str:
        if key == "sex":
            return format_sex(row.get("sex"))
        if key == "birth":
            return format_date(row.get("birth"))
        if key == "phone":
            return shown_value("phone", row.get("phone"))
        return super().text(row, key)
