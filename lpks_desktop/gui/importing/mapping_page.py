"""Step 2 of the import: where the headings are, and which field each column fills."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ..forms.fields import ERROR_STYLE, WARNING_STYLE
from .field_delegate import FieldDelegate
from .models import MappingModel


class MappingPage(QWidget):
    """Shows a ``MappingModel``; ``set_columns`` fills it, ``mapping`` reads what was chosen."""

    changed = Signal()
    sheetChosen = Signal(str)  # noqa: N815 (Qt naming) another worksheet of the workbook

    def __init__(self, choices: list[tuple[str | None, str]], required: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.required = dict(required)  # field -> label; the import cannot go on without them
        self._suggested: dict[int, str] = {}
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_box = QComboBox(self)
        self.sheet_box.setToolTip(self.tr("The workbook has several sheets: choose the one with the list"))
        self.sheet_box.activated.connect(lambda: self.sheetChosen.emit(self.sheet_box.currentText()))
        self.sheet_label = QLabel(self.tr("S&heet:"), self)
        self.sheet_label.setBuddy(self.sheet_box)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)

        self.model = MappingModel(choices, self)
        self.model.mappingChanged.connect(self._mapping_changed)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MappingModel.FIELD_COLUMN, FieldDelegate(choices, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 70)
        self.view.setColumnWidth(1, 230)
        self.view.setColumnWidth(MappingModel.FIELD_COLUMN, 260)

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.reset_button = QPushButton(self.tr("&Suggested columns"), self)
        self.reset_button.setToolTip(self.tr("Go back to the columns suggested from the headings"))
        self.reset_button.clicked.connect(self.reset_to_suggestion)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)

        top = QHBoxLayout()
        top.addWidget(self.about, 1)
        top.addWidget(self.sheet_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.sheet_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def set_columns(self, rows: list[dict], suggested: dict[int, str], about: str, source: str) -> None:
        """``rows`` as ``MappingModel`` takes them (``field`` already filled in)."""
        self._suggested = dict(suggested)
        self.about.setText(about)
        self.source.setText(source)
        self.source.setVisible(bool(source))
        self.model.set_rows(rows)
        # Combos always visible: clerks see at once that the choice can be changed.
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingModel.FIELD_COLUMN))
        self._mapping_changed()

    def show_sheets(self, names: list[str], current: str) -> None:
        """The workbook's sheets, for choosing another; hidden for a CSV or a one-sheet workbook."""
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(names)
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findText(current), 0))
        self.sheet_box.blockSignals(False)
        for widget in (self.sheet_box, self.sheet_label):
            widget.setVisible(len(names) > 1)

    def mapping(self) -> dict[int, str]:
        return self.model.mapping()

    def reset_to_suggestion(self) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, MappingModel.FIELD_COLUMN)
            self.model.setData(index, self._suggested.get(self.model.row(row)["index"]))
            editor = self.view.indexWidget(index)
            if editor is not None:
                self.view.itemDelegateForColumn(MappingModel.FIELD_COLUMN).setEditorData(editor, index)

    def missing(self) -> list[str]:
        """Labels of required fields no column fills."""
        chosen = set(self.mapping().values())
        return [label for field, label in self.required.items() if field not in chosen]

    def problem(self) -> str:
        """Why the next step cannot start yet ("" when it can)."""
        if not self.model.rowCount():
            return self.tr("The file has no columns to import.")
        missing = self.missing()
        if missing:
            return self.tr("Choose the column that holds: %1.").replace("%1", ", ".join(missing))
        twice = self.model.duplicates()
        if twice:
            return self.tr("Each field can come from one column only: %1.").replace(
                "%1", "; ".join(f"{self.model.label(field)} ({', '.join(letters)})"
                                for field, letters in twice.items()))
        return ""

    def _mapping_changed(self) -> None:
        problem = self.problem()
        ignored = sum(1 for row in self.model.rows() if not row["field"])
        if problem:
            self.notes.setText(problem)
            self.notes.setStyleSheet(ERROR_STYLE)
        elif ignored:
            self.notes.setText(self.tr("%n column(s) will be ignored.", "", ignored))
            self.notes.setStyleSheet(WARNING_STYLE)
        else:
            self.notes.setText(self.tr("Every column will be imported."))
            self.notes.setStyleSheet("")
        self.reset_button.setEnabled(self.mapping() != self._suggested)
        self.changed.emit()
