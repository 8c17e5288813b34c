"""The audit trail: who changed what and when, filtered and searched, and a check that nobody
altered or deleted entries afterwards. Read-only: nothing on this page changes anything."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.auth.permissions import Action, allowed
from ...core.services import audit_trail
from ...core.services.listing import ListRequest
from ...core.store import Store
from .. import i18n, workers
from ..delays import query_delay
from ..formatting import format_number
from .audit_model import AuditModel, ChangesModel, action_label, local_time, record_label, table_label

SEARCH_DELAY_MS = 250
# A QDateEdit cannot be empty: its lowest date stands for "no limit" and shows as such.
NO_DATE = QDate(2000, 1, 1)
OK_STYLE = "color: #1b6e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class AuditPage(QWidget):
    """The audit trail, newest first, with a detail pane and the integrity check."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.model = AuditModel(self)
        self.changes_model = ChangesModel(self)
        self.last_report: audit_trail.ChainReport | None = None

        self.title = QLabel(self.tr("Audit trail"), self)
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.check_button = QPushButton(self.tr("Check &integrity"), self)
        self.check_button.setToolTip(self.tr(
            "Recompute the chain of entries and tell whether any entry was altered or deleted "
            "after it was written."))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.refused.hide()

        self.user_combo = QComboBox(self)
        self.table_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        for combo in (self.user_combo, self.table_combo, self.action_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.row_edit = QLineEdit(self)
        self.row_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.row_edit.setPlaceholderText(self.tr("No."))
        self.row_edit.setToolTip(self.tr("Only the record with this number"))
        self.row_edit.setMaximumWidth(80)
        self.date_from = self._date_edit(self.tr("From: any"))
        self.date_to = self._date_edit(self.tr("To: any"))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search in the changes…"))
        self.search.setMinimumWidth(220)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.model.set_request(ListRequest(sort_key="at", descending=True))
        # The indicator must be set before sorting is enabled, which sorts by it at once.
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((215, 120, 170, 170)):
            self.table.setColumnWidth(column, width)

        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTableView(self)
        self.detail.setModel(self.changes_model)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.detail.setAlternatingRowColors(True)
        self.detail.verticalHeader().setVisible(False)
        self.detail.horizontalHeader().setStretchLastSection(True)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail.setColumnWidth(0, 180)
        self.detail.setColumnWidth(1, 300)
        self.detail.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.check_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.user_combo, self.action_combo, self.table_combo, self.row_edit,
                       self.date_from, self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.refused)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._search_timer = query_delay(self, SEARCH_DELAY_MS, self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self._row_timer = query_delay(self, SEARCH_DELAY_MS, self._apply_filters)
        self.row_edit.textChanged.connect(self._row_timer.start)
        for combo in (self.user_combo, self.table_combo, self.action_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._apply_filters)
        self.model.totalChanged.connect(self._show_total)
        self.model.modelReset.connect(self._show_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.check_button.clicked.connect(self.check_integrity)
        self._filling = False
        self._show_selected()

    def _date_edit(self, any_text: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(any_text)
        edit.setDate(NO_DATE)
        return edit

    # -- loading -------------------------------------------------------------------------------------

    def may_read(self) -> bool:
        return allowed(Action.VIEW_AUDIT)

    def refresh(self) -> None:
        if not self.may_read():
            self._refuse()
            return
        self.refused.hide()
        for widget in (self.table, self.detail, self.check_button, self.search):
            widget.setEnabled(True)
        selected = self.selected_id()
        self._fill_combos()
        self.model.reload()
        if selected is not None:
            self.select_id(selected)

    def _refuse(self) -> None:
        self.refused.setText(self.tr("Your role may not view the audit trail. An administrator, "
                                     "or the head of the centre with a read-only account, can."))
        self.refused.show()
        for widget in (self.table, self.detail, self.check_button, self.search):
            widget.setEnabled(False)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Loaded when shown, and fresh each time: entries keep arriving from every screen and PC.
        if not self.model.loaded:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.model.invalidate()
        super().hideEvent(event)

    def _fill_combos(self) -> None:
        self._filling = True
        try:
            self._fill(self.user_combo, self.tr("All users"),
                       [(name, name) for name in audit_trail.usernames()])
            self._fill(self.action_combo, self.tr("All actions"),
                       sorted(((action_label(a), a) for a in audit_trail.actions()),
                              key=lambda pair: pair[0].lower()))
            self._fill(self.table_combo, self.tr("All records"),
                       sorted(((table_label(t), t) for t in audit_trail.table_names()),
                              key=lambda pair: pair[0].lower()))
        finally:
            self._filling = False

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))

    # -- filters -------------------------------------------------------------------------------------

    def _date(self, edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    def _apply_filters(self, *args) -> None:
        if self._filling:
            return
        self._row_timer.stop()
        row = self.row_edit.text().strip()
        self.model.set_filters(
            username=self.user_combo.currentData(), table_name=self.table_combo.currentData(),
            action=self.action_combo.currentData(), row_id=int(row) if row.isdigit() else None,
            date_from=self._date(self.date_from), date_to=self._date(self.date_to))

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _show_total(self, total: int) -> None:
        if self.model.total_is_capped:
            self.count_label.setText(self.tr("more than %1 entries").replace("%1", format_number(total - 1)))
        else:
            self.count_label.setText(self.tr("%n entries", "", total))

    # -- the chosen entry ----------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_id(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _show_selected(self, *args) -> None:
        rows = self.table.selectionModel().selectedRows()
        values = self.model.row_values(rows[0].row()) if rows else None
        if values is None:
            self.detail_title.setText(self.tr("Choose an entry to see what it changed."))
            self.changes_model.clear()
            return
        entry = audit_trail.get_entry(values["id"])
        if entry is None:  # gone since the list was read
            self.changes_model.clear()
            return
        self.detail_title.setText(
            self.tr("Entry no. %1: %2 by %3, %4: %5")
            .replace("%1", str(entry.id)).replace("%2", local_time(values["at"]))
            .replace("%3", entry.username).replace("%4", action_label(entry.action))
            .replace("%5", record_label(entry.table_name, entry.row_id)))
        self.changes_model.set_changes(audit_trail.entry_changes(entry), entry.table_name)
        self.detail.resizeRowsToContents()

    # -- the integrity check -------------------------------------------------------------------------

    def check_integrity(self) -> audit_trail.ChainReport | None:
        """Recompute the chain off the GUI thread and show the verdict above the list."""
        if not self.may_read():
            self._refuse()
            return None
        job = workers.run_with_progress(
            lambda progress, cancelled: audit_trail.verify_chain(progress, cancelled),
            self.tr("Checking the audit trail"), self)
        if job.status != "done":
            return None
        report: audit_trail.ChainReport = job.result
        self.last_report = report
        lang = i18n.active_language()
        if report.ok:
            self.verdict.setStyleSheet(OK_STYLE)
            text = self.tr("✔ %1").replace("%1", report.summary().render(lang))
        elif not report.complete:
            self.verdict.setStyleSheet("")
            text = report.summary().render(lang)
        else:
            self.verdict.setStyleSheet(BAD_STYLE)
            lines = [self.tr("✘ The audit trail was tampered with:")]
            lines += [f"• {problem.render(lang)}" for problem in report.problems]
            text = "\n".join(lines)
            if report.first_bad_id is not None:
                self.select_id(report.first_bad_id)
        self.verdict.setText(text)
        return report
