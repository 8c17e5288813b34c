"""Certificates across classes: the register of every number issued (buku induk), and checking a
certificate's QR code for an employer who brings one in.

Issuing, reissuing and revoking happen on a class's certificates tab: the page asks the main
window to open it (``openCertificates(class_id, number)``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...core.models import Certificate
from ...core.services.institutions import institution_choices
from ...core.store import Store
from .. import document_export, i18n
from ..delays import query_delay
from ..document_export import safe_file_name
from .register_model import PROGRAM, REASON, REPLACED, REVOKED, VALID, RegisterModel
from .verify_panel import VerifyPanel

SEARCH_DELAY_MS = 250
SUMMARY_STYLE = "color: #4a4f55;"
EMPTY_STYLE = "color: #6b6b6b; font-style: italic;"
ALL = None  # the "all" choice of a filter


def register_years(institution_id: int | None) -> list[int]:
    """Years that have certificates, newest first: the year filter offers only those."""
    query = Certificate.select(Certificate.year).distinct().order_by(Certificate.year.desc())
    if institution_id:
        query = query.where(Certificate.institution == institution_id)
    return [row.year for row in query]


class CertificatesPage(QWidget):
    openCertificates = Signal(int, str)  # noqa: N815 (Qt naming): class id, certificate number to select

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None  # the main window's choice
        self._stale = True

        self.heading = QLabel(self.tr("Certificates"), self)
        self.heading.setObjectName("pageTitle")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.tabs = QTabWidget(self)

        # -- the register --------------------------------------------------------------------------
        register = QWidget(self.tabs)
        self.subheading = QLabel(self.tr(
            "Every certificate number issued, revoked and replaced ones included (buku induk). "
            "Certificates are issued and printed on a class's Certificates tab: double-click a row to "
            "open it."), register)
        self.subheading.setWordWrap(True)
        self.subheading.setStyleSheet(SUMMARY_STYLE)
        self.institution_box = QComboBox(register)
        self.institution_box.setAccessibleName(self.tr("Institution"))
        self.institution_box.setMinimumWidth(220)
        self.year_box = QComboBox(register)
        self.year_box.setAccessibleName(self.tr("Year"))
        self.year_box.setMinimumWidth(100)
        self.status_box = QComboBox(register)
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status_box.addItem(self.tr("Any status"), ALL)
        self.status_box.addItem(self.tr("Valid"), VALID)
        self.status_box.addItem(self.tr("Revoked"), REVOKED)
        self.status_box.addItem(self.tr("Replaced"), REPLACED)
        self.search = QLineEdit(register)
        self.search.setPlaceholderText(self.tr("Search name or number"))
        self.search.setAccessibleName(self.tr("Search name or number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        institution_label = QLabel(self.tr("I&nstitution:"), register)
        institution_label.setBuddy(self.institution_box)
        year_label = QLabel(self.tr("&Year:"), register)
        year_label.setBuddy(self.year_box)
        status_label = QLabel(self.tr("S&tatus:"), register)
        status_label.setBuddy(self.status_box)
        search_label = QLabel(self.tr("Searc&h:"), register)
        search_label.setBuddy(self.search)

        self.open_button = QPushButton(self.tr("&Open class"), register)
        self.open_button.setToolTip(self.tr("Open the selected certificate's class on its Certificates tab (Enter)"))
        self.pdf_button = QPushButton(self.tr("Export register &PDF…"), register)
        self.pdf_button.setToolTip(self.tr("The register for the institution and year chosen, for printing"))
        self.xlsx_button = QPushButton(self.tr("Export register &XLSX…"), register)
        self.xlsx_button.setToolTip(self.tr("The register for the institution and year chosen, as a workbook"))
        self.keys_button = QPushButton(self.tr("&Keys…"), register)
        self.keys_button.setToolTip(self.tr("The institution's signing key; other offices' keys"))
        self.count_label = QLabel(register)
        self.count_label.setStyleSheet(SUMMARY_STYLE)

        self.model = RegisterModel(self)
        self.table = QTableView(register)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Certificate register"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long program names and reasons get a fixed share (their tooltips hold the rest); the
        # last column takes what is left, so nothing hides behind a horizontal scroll bar.
        header.setSectionResizeMode(PROGRAM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(PROGRAM, 190)
        self.table.setColumnWidth(REASON, 200)
        self.table.setStyleSheet("QTableView::item { padding: 0 6px; }")
        self.empty = QLabel(register)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.stack = QStackedWidget(register)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        filters = QHBoxLayout()
        for label, widget in ((institution_label, self.institution_box), (year_label, self.year_box),
                              (status_label, self.status_box)):
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.xlsx_button)
        actions.addWidget(self.keys_button)
        actions.addSpacing(10)
        actions.addWidget(self.count_label, 1)
        register_layout = QVBoxLayout(register)
        register_layout.addWidget(self.subheading)
        register_layout.addLayout(filters)
        register_layout.addLayout(actions)
        register_layout.addWidget(self.stack, 1)

        # -- verifying ------------------------------------------------------------------------------
        self.verify_panel = VerifyPanel(self.tabs)
        self.tabs.addTab(register, self.tr("&Register"))
        self.tabs.addTab(self.verify_panel, self.tr("V&erify a certificate"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self._search_timer = query_delay(self, SEARCH_DELAY_MS, self.refresh)
        self._fill_institutions()
        self._fill_years()
        self._update_buttons()

        self.institution_box.currentIndexChanged.connect(self._institution_chosen)
        self.year_box.currentIndexChanged.connect(self._filter_changed)
        self.status_box.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(lambda text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.table.activated.connect(lambda index: self.open_class())
        self.table.selectionModel().selectionChanged.connect(lambda *args: self._update_buttons())
        self.open_button.clicked.connect(self.open_class)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.keys_button.clicked.connect(self.show_keys)
        self.verify_panel.keysRequested.connect(self.show_keys)
        self.tabs.currentChanged.connect(self._tab_changed)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

    # -- filters -----------------------------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        """The institution chosen at the top of the main window becomes the register's filter."""
        self.institution_id = institution_id or None
        self._fill_institutions()
        self.institution_box.setCurrentIndex(max(self.institution_box.findData(self.institution_id), 0))
        self._reload_when_visible()

    def chosen_institution_id(self) -> int | None:
        value = self.institution_box.currentData()
        return int(value) if value is not None else None

    def chosen_year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def chosen_status(self) -> str | None:
        return self.status_box.currentData()

    def set_year(self, year: int | None) -> None:
        self.year_box.setCurrentIndex(max(self.year_box.findData(year), 0))

    def set_status(self, status: str | None) -> None:
        self.status_box.setCurrentIndex(max(self.status_box.findData(status), 0))

    def _fill_institutions(self) -> None:
        chosen = self.institution_box.currentData()
        self.institution_box.blockSignals(True)
        self.institution_box.clear()
        self.institution_box.addItem(self.tr("All institutions"), ALL)
        for row in institution_choices():
            self.institution_box.addItem(f"{row['code']} — {row['name']}", row["id"])
        self.institution_box.setCurrentIndex(max(self.institution_box.findData(chosen), 0))
        self.institution_box.blockSignals(False)

    def _fill_years(self) -> None:
        """Years with certificates of the institution chosen; the current year is always offered."""
        chosen = self.year_box.currentData()
        years = register_years(self.chosen_institution_id())
        this_year = dt.date.today().year
        if this_year not in years:
            years = sorted([*years, this_year], reverse=True)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("All years"), ALL)
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(self.year_box.findData(chosen), 0))
        self.year_box.blockSignals(False)

    def _institution_chosen(self, *args) -> None:
        self._fill_years()
        self._reload_when_visible()

    def _filter_changed(self, *args) -> None:
        self._reload_when_visible()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------

    def _reload_when_visible(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def certificates_changed(self, *args) -> None:
        """Certificates were issued, reissued or revoked elsewhere (a class window)."""
        self._reload_when_visible()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Always: certificates are issued and revoked in class windows, and the clerk comes
        # back here to see the register; reading it again keeps the filters and the selection.
        self._fill_institutions()
        self._fill_years()
        self.refresh()
        super().showEvent(event)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.verify_panel:
            # Ready for the scanner: whatever it types lands in the code field.
            self.verify_panel.code.setFocus()
            self.verify_panel.code.selectAll()

    def refresh(self) -> None:
        from ...core.services.certificates import certificate_register

        self._stale = False
        current = self.current_certificate()
        rows = certificate_register(institution_id=self.chosen_institution_id(), year=self.chosen_year(),
                                    status=self.chosen_status(), search=self.search.text().strip())
        self.model.set_rows(rows)
        if current is not None:
            self.select_certificate(current.id)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        filtered = bool(self.search.text().strip()) or self.chosen_status() is not None
        self.empty.setText(self.tr("No certificates match the filters and search.") if filtered
                           else self.tr("No certificates issued yet for the institution and year chosen."))
        self._show_count(rows)
        self._update_buttons()

    def _show_count(self, rows) -> None:
        if not rows:
            self.count_label.setText("")
            return
        parts = [self.tr("%n certificates", "", len(rows))]
        revoked = sum(1 for row in rows if row.status == REVOKED)
        replaced = sum(1 for row in rows if row.status == REPLACED)
        if revoked:
            parts.append(self.tr("%n revoked", "", revoked))
        if replaced:
            parts.append(self.tr("%n replaced", "", replaced))
        self.count_label.setText(" · ".join(parts))

    def certificates(self) -> list:
        return self.model.rows()

    def current_certificate(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_certificate(self, certificate_id: int) -> bool:
        row = self.model.row_of(certificate_id)
        if row < 0:
            return False
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.ClearAndSelect | flags.Rows)
        return True

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_certificate() is not None)
        exportable = self.model.rowCount() > 0 or self.chosen_status() is not None or bool(self.search.text())
        self.pdf_button.setEnabled(exportable)
        self.xlsx_button.setEnabled(exportable)

    # -- actions -----------------------------------------------------------------------------------

    def open_class(self) -> None:
        row = self.current_certificate()
        if row is not None:
            self.openCertificates.emit(int(row.class_id), row.number)

    def suggested_name(self, kind: str) -> str:
        institution = self.institution_box.currentText().split(" — ")[0] \
            if self.chosen_institution_id() is not None else "semua-lembaga"
        year = self.chosen_year()
        return safe_file_name(f"buku-induk-sertifikat-{institution}" + (f"-{year}" if year else "")) + f".{kind}"

    def export(self, kind: str) -> str | None:
        """The register (every status: it is the record of numbers) for the institution and year chosen."""
        institution_id, year = self.chosen_institution_id(), self.chosen_year()
        language = i18n.language()  # the document in the interface's language
        title = self.tr("Export certificate register")
        writing = self.tr("Writing the register…")

        def build(path: str, progress) -> str:
            from ...core.services import register_documents

            progress(0, 0, writing)
            if kind == "xlsx":
                register_documents.write_register_xlsx(path, institution_id=institution_id, year=year,
                                                       lang=language)
            else:
                register_documents.write_register_pdf(path, institution_id=institution_id, year=year,
                                                      lang=language)
            return path

        return document_export.export_document(self, title, self.suggested_name(kind), kind, build)

    def show_keys(self):
        from .keys_dialog import show_keys

        return show_keys(self, self.store, self.chosen_institution_id() or self.institution_id)
