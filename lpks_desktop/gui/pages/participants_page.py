"""Participants: find anyone by name, NIK or phone among all the institution's records.

Enter or a double-click opens the participant's page (everything about them,
with its own Edit button): what a clerk wants when someone at the desk asks
"what is my status?". The toolbar's Edit goes straight to the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from ...core.services.participants import ParticipantListing
from ...core.store import Store
from .. import dialogs
from ..formatting import format_date, format_number, format_phone, format_sex
from ..forms.participant_form import ParticipantForm
from ..models.listing_model import ColumnSpec
from .participant_profile import ParticipantProfileDialog
from .records_page import RecordsPage


class ParticipantsPage(RecordsPage):
    def __init__(self, store: Store, parent: QWidget | None = None):
        columns = [
            ColumnSpec("nik", self.tr("NIK")),
            ColumnSpec("full_name", self.tr("Full name")),
            ColumnSpec("sex", self.tr("Sex"), format_sex),
            ColumnSpec("birth_date", self.tr("Date of birth"), format_date),
            ColumnSpec("city", self.tr("Regency/city")),
            ColumnSpec("phone", self.tr("Phone"), format_phone),
        ]
        super().__init__(store, ParticipantListing(), columns, parent)
        self.title.setText(self.tr("Participants"))
        self.search.setPlaceholderText(self.tr("Search by name, NIK or phone number…"))
        self.sex_filter = QComboBox(self)
        self.sex_filter.addItem(self.tr("Men and women"), "")
        self.sex_filter.addItem(self.tr("Men"), "L")
        self.sex_filter.addItem(self.tr("Women"), "P")
        self.sex_filter.currentIndexChanged.connect(
            lambda: self.model.set_filters(sex=self.sex_filter.currentData()))
        self.filters.addWidget(self.sex_filter)
        for column, width in enumerate((150, 260, 100, 150, 170)):
            self.table.setColumnWidth(column, width)

        self.view_button = QPushButton(self.tr("&View"), self)
        self.view_button.setToolTip(self.tr(
            "Everything about this participant: classes, status, attendance, certificates "
            "(Enter or double-click)"))
        # RecordsPage lays its buttons out in one row; the View button goes before Edit.
        bar = self.layout().itemAt(1).layout()
        bar.insertWidget(bar.indexOf(self.edit_button), self.view_button)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setToolTip(self.tr(
            "Read a participant list (XLSX or CSV, as it came); every problem is shown with its row "
            "before anything is written"))
        self.import_button.clicked.connect(self.import_participants)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(self.tr("Participants as XLSX or CSV; NIK and phone stay text"))
        self.export_button.clicked.connect(self.export_participants)
        for button in (self.import_button, self.export_button):
            bar.insertWidget(bar.indexOf(self.view_button), button)
        # A double-click opens the participant's page instead of the form. ``activated``
        # covers both the double-click and Enter (and single-click where the OS wants it).
        self.table.doubleClicked.disconnect()
        self.table.activated.connect(lambda index: self.open_profile())
        self.view_button.clicked.connect(self.open_profile)
        self.table.selectionModel().selectionChanged.connect(self._update_view_button)
        self.model.modelReset.connect(self._update_view_button)
        self._update_view_button()

    # The import and export code (spreadsheet readers, writers) loads when first used, not at start-up.
    def import_participants(self) -> None:
        from ..importing.import_dialog import open_import_dialog

        if open_import_dialog(self, self.store, institution_id=self.institution_id):
            self.refresh()

    def export_participants(self) -> None:
        from ..importing.export_actions import export_participants

        export_participants(self, self.store, self.institution_id)

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 participants").replace("%1", format_number(count))

    def open_form(self, record_id: int | None) -> int | None:
        form = ParticipantForm(self.store, record_id, self)
        dialogs.run_modal(form)
        return form.saved_id

    def open_profile(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.show_profile(record_id)

    def show_profile(self, record_id: int) -> None:
        """The participant's page; also reached from the home page and class summaries."""
        profile = ParticipantProfileDialog(self.store, record_id, self)
        dialogs.run_modal(profile)
        if profile.edited:
            self.after_save(record_id)

    def _update_view_button(self, *args) -> None:
        self.view_button.setEnabled(self.selected_id() is not None)
