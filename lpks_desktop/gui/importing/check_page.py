"""Step 3 of the import: what the file would do, and everything wrong with it, at once."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ..formatting import format_number
from .models import ChangesModel, NewRowsModel, ProblemsModel, RowsTable

BANNER_STYLES = {
    "error": "background: #fbe9e7; color: #8c1d18; border: 1px solid #e6b8b3;",
    "warning": "background: #fff4e0; color: #6b4500; border: 1px solid #ecd3a4;",
    "ok": "background: #e8f3e9; color: #1b5e20; border: 1px solid #b9d9bc;",
}
COUNT_COLOURS = {"errors": "#b3261e", "warnings": "#8a5a00"}


@dataclass
class Report:
    """What the check found, already in readable rows (built by the dialog from the core's plan)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    warnings: int = 0
    error_rows: int = 0  # sheet rows with at least one error: skipped by "valid rows only"
    importable: int = 0  # rows "valid rows only" would import
    file_errors: int = 0  # errors of the whole file: "valid rows only" cannot get round them
    registered: int = 0  # people the import would register into the chosen class
    already_registered: int = 0
    problems: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    new_rows: list[dict] = field(default_factory=list)
    class_label: str = ""


def report_table(model: RowsTable, parent: QWidget, stretch: int, widths: dict[int, int]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view


class CountBox(QFrame):
    """One figure of the summary: a big number over its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("0", self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_count(self, count: int, colour: str = "") -> None:
        self.number.setText(format_number(count))
        style = "font-size: 16pt; font-weight: 600;"
        self.number.setStyleSheet(style + (f" color: {colour};" if colour and count else ""))


class CheckPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = Report()
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setMargin(8)

        self.counts = {
            "new": CountBox(self.tr("new"), self),
            "updated": CountBox(self.tr("updated"), self),
            "unchanged": CountBox(self.tr("unchanged"), self),
            "registered": CountBox(self.tr("into the class"), self),
            "errors": CountBox(self.tr("errors"), self),
            "warnings": CountBox(self.tr("warnings"), self),
        }
        count_row = QHBoxLayout()
        for box in self.counts.values():
            count_row.addWidget(box)
        count_row.addStretch(1)

        self.problems_model = ProblemsModel(self)
        self.problems_view = report_table(self.problems_model, self, 4, {0: 55, 1: 170, 2: 130, 3: 75})
        self.problems_view.setSortingEnabled(True)
        self.problems_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.show_box = QComboBox(self)
        self.show_box.addItem(self.tr("All problems"), "all")
        self.show_box.addItem(self.tr("Errors only"), "errors")
        self.show_box.addItem(self.tr("Warnings only"), "warnings")
        self.show_box.currentIndexChanged.connect(
            lambda: self.problems_model.show(self.show_box.currentData()))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the chosen problems (all of them when none is chosen) "
                                            "to paste into a spreadsheet or a message"))
        self.copy_button.clicked.connect(self.copy_problems)
        QShortcut(QKeySequence.StandardKey.Copy, self.problems_view, self.copy_problems,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.save_report_button = QPushButton(self.tr("Save the re&port…"), self)
        self.save_report_button.setToolTip(self.tr(
            "Save the problems as an Excel or CSV file, to fix them in the registrant list"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Show:"), self))
        tools.addWidget(self.show_box)
        tools.addStretch(1)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.save_report_button)
        problems_tab = QWidget(self)
        problems_layout = QVBoxLayout(problems_tab)
        problems_layout.setContentsMargins(4, 6, 4, 4)
        problems_layout.addLayout(tools)
        problems_layout.addWidget(self.problems_view, 1)
        # The whole message of the chosen problem: long ones do not fit in their cell.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 6)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        problems_layout.addWidget(self.detail)
        self.problems_view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.problems_model.modelReset.connect(self._show_detail)
        self.problems_model.layoutChanged.connect(self._show_detail)

        self.changes_model = ChangesModel(self)
        self.changes_view = report_table(self.changes_model, self, 5, {0: 55, 1: 150, 2: 200, 3: 150, 4: 220})
        self.new_model = NewRowsModel(self)
        self.new_view = report_table(self.new_model, self, 2, {0: 55, 1: 150, 3: 100, 4: 150, 5: 150, 6: 130})

        self.tabs = QTabWidget(self)
        self.tabs.addTab(problems_tab, "")
        self.tabs.addTab(self.changes_view, "")
        self.tabs.addTab(self.new_view, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(count_row)
        layout.addWidget(self.tabs, 1)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.counts["new"].set_count(report.new)
        self.counts["updated"].set_count(report.updated)
        self.counts["unchanged"].set_count(report.unchanged)
        self.counts["registered"].set_count(report.registered)
        self.counts["registered"].setVisible(bool(report.class_label))
        self.counts["errors"].set_count(report.errors, COUNT_COLOURS["errors"])
        self.counts["warnings"].set_count(report.warnings, COUNT_COLOURS["warnings"])
        self.problems_model.set_rows(report.problems)
        self.changes_model.set_rows(report.changes)
        self.new_model.set_rows(report.new_rows)
        self.tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", format_number(len(report.problems))))
        self.tabs.setTabText(1, self.tr("Changes to existing participants (%1)").replace(
            "%1", format_number(report.updated)))
        self.tabs.setTabText(2, self.tr("New participants (%1)").replace("%1", format_number(report.new)))
        self.copy_button.setEnabled(bool(report.problems))
        self.save_report_button.setEnabled(bool(report.problems))
        self._show_banner(report)
        # The tab that needs attention first: problems, else the changes to people already known.
        self.tabs.setCurrentIndex(0 if report.problems or not report.changes else 1)
        if self.problems_model.rowCount():
            # Current but not selected: Copy and Save still take every problem until some are chosen.
            self.problems_view.selectionModel().setCurrentIndex(
                self.problems_model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_banner(self, report: Report) -> None:
        if report.file_errors:
            text = self.tr(
                "%n error(s) in the file: nothing can be imported as it is. The first problems in the list "
                "concern the whole file or the class: fix them (in the file, the column choices or the "
                "class) and press Re-read file.", "", report.errors)
            kind = "error"
        elif report.errors:
            text = self.tr(
                "%n error(s) in the file: nothing can be imported as it is. Fix them in the file, save it "
                "and press Re-read file. Or import only the rows without errors.", "", report.errors)
            kind = "error"
        elif report.warnings:
            text = self.tr("Ready to import. %n warning(s) are worth a look first; they do not stop the "
                           "import.", "", report.warnings)
            kind = "warning"
        elif report.new or report.updated or report.registered:
            text = self.tr("Ready to import: no problems found.")
            kind = "ok"
        else:
            text = self.tr("Nothing to import: everyone in the file is already in the database as it is.")
            kind = "warning"
        if report.class_label and kind != "error" and report.registered:
            text += " " + self.tr("%n person(s) will be registered in %1.", "", report.registered).replace(
                "%1", report.class_label)
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES[kind])
        self.banner.setProperty("kind", kind)

    def _show_detail(self, *args) -> None:
        index = self.problems_view.currentIndex()
        if not index.isValid() or index.row() >= self.problems_model.rowCount():
            self.detail.setText(self.tr("Choose a problem to read all of it.") if self.problems_model.rowCount()
                                else "")
            self.detail.setStyleSheet("")
            return
        row = self.problems_model.row(index.row())
        self.detail.setText(row.get("detail") or row["message"])
        self.detail.setStyleSheet("color: %s;" % ("#b3261e" if row["error"] else "#8a5a00"))

    # -- the report as text ---------------------------------------------------------------------

    def chosen_problems(self) -> list[dict]:
        rows = sorted({index.row() for index in self.problems_view.selectionModel().selectedRows()})
        if not rows:
            return self.problems_model.rows()
        return [self.problems_model.row(row) for row in rows]

    def copy_problems(self) -> None:
        QApplication.clipboard().setText(problems_as_text(self.chosen_problems(), self.problems_model))


def problems_as_text(rows: list[dict], model: ProblemsModel) -> str:
    """Tab-separated, with headers: pastes into Excel as a table and reads fine in a message."""
    keys = [key for key, _ in model.columns()]
    lines = ["\t".join(header for _, header in model.columns())]
    for row in rows:
        lines.append("\t".join(model.text(row, key).replace("\t", " ").replace("\n", " ") for key in keys))
    return "\n".join(lines) + "\n"
