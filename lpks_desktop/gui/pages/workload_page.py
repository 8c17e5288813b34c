"""Trainer workload for one month: JP taught per trainer (from the trainer journal), rate and fee,
exported for the head to sign and pay (honor instruktur)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget)

from ...core.services.workload import TrainerWorkload, Workload, trainer_workload
from ...core.store import Store
from ...core.validation.dates import MONTHS_EN, MONTHS_ID
from .. import document_export, i18n
from ..formatting import format_number
from ..forms.trainer_form import format_rupiah

NOTICE_STYLE = ("QLabel { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 4px;"
                " padding: 6px 8px; color: #5c3b00; }")
(NUMBER, TRAINER, HOME, SESSIONS, LEAD_JP, ASSISTANT_JP, TOTAL_JP, RATE, FEE) = range(9)
RIGHT_ALIGNED = {NUMBER, SESSIONS, LEAD_JP, ASSISTANT_JP, TOTAL_JP, RATE, FEE}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_RATE_COLOUR = QColor("#a12622")


def month_names() -> tuple[str, ...]:
    return MONTHS_EN if i18n.language() == "en" else MONTHS_ID


class WorkloadModel(QAbstractTableModel):
    """One row per trainer who taught in the month, then a totals row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._workload: Workload | None = None
        self._rows: list[TrainerWorkload] = []

    def set_workload(self, workload: Workload) -> None:
        self.beginResetModel()
        self._workload = workload
        self._rows = list(workload.rows)
        self.endResetModel()

    def workload(self) -> Workload | None:
        return self._workload

    def trainer_rows(self) -> list[TrainerWorkload]:
        return list(self._rows)

    def is_total_row(self, row: int) -> bool:
        return bool(self._rows) and row == len(self._rows)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Trainer"), self.tr("Home institution"), self.tr("Sessions"),
                self.tr("JP lead"), self.tr("JP assistant"), self.tr("Total JP"), self.tr("Rate per JP"),
                self.tr("Fee")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        if parent.isValid():
            return 0
        return len(self._rows) + 1 if self._rows else 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 9

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 9:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in RIGHT_ALIGNED:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount() or not 0 <= index.column() < 9:
            return None
        column = index.column()
        if self.is_total_row(index.row()):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._total_text(column)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        else:
            row = self._rows[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._text(index.row(), row, column)
            if role == Qt.ItemDataRole.ToolTipRole and column in (RATE, FEE):
                return self._rate_tip(row)
            if role == Qt.ItemDataRole.ForegroundRole and column in (RATE, FEE) and row.rate_per_jp is None:
                return NO_RATE_COLOUR
            if role == ROW_ROLE:
                return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, number: int, row: TrainerWorkload, column: int) -> str:
        if column == NUMBER:
            return format_number(number + 1)
        if column == TRAINER:
            return row.trainer_name
        if column == HOME:
            return row.institution_code
        if column == SESSIONS:
            return format_number(row.sessions)
        if column == LEAD_JP:
            return format_number(row.lead_jp)
        if column == ASSISTANT_JP:
            return format_number(row.assistant_jp)
        if column == TOTAL_JP:
            return format_number(row.total_jp)
        if column == RATE:
            if row.rate_per_jp is None:
                return self.tr("no rate")
            text = format_rupiah(row.rate_per_jp)
            return self.tr("%1 (default)").replace("%1", text) if row.rate_is_default else text
        if column == FEE:
            return "—" if row.fee is None else format_rupiah(row.fee)
        return ""

    def _total_text(self, column: int) -> str:
        rows = self._rows
        if column == TRAINER:
            return self.tr("Total")
        if column == SESSIONS:
            return format_number(sum(r.sessions for r in rows))
        if column == LEAD_JP:
            return format_number(sum(r.lead_jp for r in rows))
        if column == ASSISTANT_JP:
            return format_number(sum(r.assistant_jp for r in rows))
        if column == TOTAL_JP:
            return format_number(sum(r.total_jp for r in rows))
        if column == FEE:
            return format_rupiah(sum((r.fee for r in rows if r.fee is not None), Decimal(0)))
        return ""

    def _rate_tip(self, row: TrainerWorkload) -> str:
        if row.rate_per_jp is None:
            return self.tr("Neither the trainer nor the institution has a fee per JP: "
                           "set one on the trainer or in Settings.")
        if row.rate_is_default:
            return self.tr("The institution's default fee per JP (the trainer has no own rate).")
        return self.tr("The trainer's own fee per JP.")


class WorkloadPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None
        self._today = today
        self._stale = True

        self.heading = QLabel(self.tr("Trainer workload"), self)
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subheading = QLabel(self.tr("JP taught per trainer in the month, from the trainer "
                                         "journal, with the fee per JP."), self)
        self.subheading.setWordWrap(True)

        self.previous_button = QPushButton("◀", self)
        self.previous_button.setToolTip(self.tr("Previous month (Alt+Left)"))
        self.previous_button.setFixedWidth(36)
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next month (Alt+Right)"))
        self.next_button.setFixedWidth(36)
        self.month_box = QComboBox(self)
        self.month_box.addItems(list(month_names()))
        self.month_box.setAccessibleName(self.tr("Month"))
        self.year_box = QSpinBox(self)
        self.year_box.setRange(2000, 2100)
        self.year_box.setAccessibleName(self.tr("Year"))
        self.year_box.setGroupSeparatorShown(False)
        self.this_month_button = QPushButton(self.tr("This &month"), self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        first = today()
        self.month_box.setCurrentIndex(first.month - 1)
        self.year_box.setValue(first.year)

        self.model = WorkloadModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TRAINER, QHeaderView.ResizeMode.Stretch)
        # Figures need air between them; the padding widens every fitted column alike.
        self.table.setStyleSheet("QTableView::item { padding: 0 10px; }")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b6b6b; font-style: italic;")
        self.empty.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setStyleSheet("font-weight: 600;")
        self.missing_notice = QLabel(self)
        self.missing_notice.setWordWrap(True)
        self.missing_notice.setStyleSheet(NOTICE_STYLE)
        self.rate_notice = QLabel(self)
        self.rate_notice.setWordWrap(True)
        self.rate_notice.setStyleSheet(NOTICE_STYLE)

        picker = QHBoxLayout()
        picker.addWidget(self.previous_button)
        picker.addWidget(self.month_box)
        picker.addWidget(self.year_box)
        picker.addWidget(self.next_button)
        picker.addWidget(self.this_month_button)
        picker.addStretch(1)
        picker.addWidget(self.refresh_button)
        picker.addWidget(self.xlsx_button)
        picker.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(picker)
        layout.addWidget(self.missing_notice)
        layout.addWidget(self.rate_notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.totals)

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_month_button.clicked.connect(self.go_to_this_month)
        self.refresh_button.clicked.connect(self.refresh)
        self.month_box.currentIndexChanged.connect(self._picker_changed)
        self.year_box.valueChanged.connect(self._picker_changed)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        self._show_workload(None)

    # -- what is shown ---------------------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        self.institution_id = institution_id or None
        self._reload_when_visible()

    def year_month(self) -> tuple[int, int]:
        return self.year_box.value(), self.month_box.currentIndex() + 1

    def set_month(self, year: int, month: int) -> None:
        for widget in (self.month_box, self.year_box):
            widget.blockSignals(True)
        self.year_box.setValue(year)
        self.month_box.setCurrentIndex(month - 1)
        for widget in (self.month_box, self.year_box):
            widget.blockSignals(False)
        self._reload_when_visible()

    def step(self, months: int) -> None:
        year, month = self.year_month()
        index = year * 12 + month - 1 + months
        self.set_month(index // 12, index % 12 + 1)

    def go_to_this_month(self) -> None:
        today = self._today()
        self.set_month(today.year, today.month)

    def _picker_changed(self, *args) -> None:
        self._reload_when_visible()

    def _reload_when_visible(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        year, month = self.year_month()
        self._show_workload(trainer_workload(year, month, self.institution_id, today=self._today()))
        self._stale = False

    def workload(self) -> Workload | None:
        return self.model.workload()

    def _show_workload(self, workload: Workload | None) -> None:
        if workload is not None:
            self.model.set_workload(workload)
        has_rows = bool(workload and workload.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.xlsx_button.setEnabled(workload is not None)
        self.pdf_button.setEnabled(workload is not None)
        if workload is None:
            for label in (self.missing_notice, self.rate_notice, self.totals):
                label.setVisible(False)
            return
        month_text = f"{month_names()[workload.month - 1]} {workload.year}"
        self.empty.setText(self.tr("No journal-recorded JP in %1.").replace("%1", month_text))
        self.totals.setText(self.tr("%1: %2 trainers, %3 JP, fees %4").replace("%1", month_text)
                            .replace("%2", format_number(len(workload.rows)))
                            .replace("%3", format_number(workload.total_jp))
                            .replace("%4", format_rupiah(workload.total_fee)))
        self.totals.setVisible(has_rows)
        missing = workload.missing_journals
        self.missing_notice.setText(self.tr(
            "%n session(s) of this month without a trainer journal are not counted. "
            "Write their journals to include them.", "", missing))
        self.missing_notice.setVisible(missing > 0)
        without_rate = workload.without_rate
        self.rate_notice.setText(self.tr(
            "No fee per JP for %1: their fee is left blank. Set a rate on the trainer, or a default "
            "fee per JP in Settings.").replace("%1", ", ".join(r.trainer_name for r in without_rate)))
        self.rate_notice.setVisible(bool(without_rate))

    # -- export ----------------------------------------------------------------------------------

    def suggested_name(self, kind: str) -> str:
        year, month = self.year_month()
        return f"Honor-Instruktur-{year}-{month:02d}.{kind}"

    def export(self, kind: str) -> str | None:
        """Write the shown month's workload as an Excel workbook ("xlsx") or a PDF report."""
        if self._stale or self.workload() is None:
            self.refresh()
        workload = self.workload()
        title = self.tr("Export trainer workload")
        collecting, writing = self.tr("Collecting the workload…"), self.tr("Writing the file…")
        language = i18n.language()  # the document in the interface's language

        def build(path: str, progress) -> str:
            from ...core.services.journal_documents import workload_document

            progress(0, 2, collecting)
            document = workload_document(workload, lang=language)
            progress(1, 2, writing)
            if kind == "xlsx":
                from ...documents.workload_xlsx import build_workload_xlsx
                build_workload_xlsx(document, path)
            else:
                from ...documents.workload_report import build_workload_report
                build_workload_report(document, path)
            return path

        return document_export.export_document(self, title, self.suggested_name(kind), kind, build)
