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
        # A double-click opens the participant's page instead of the form. ``activated``
        # covers both the double-click and Enter (and single-click where the OS wants it).
        self.table.doubleClicked.disconnect()
        self.table.activated.connect(lambda index: self.open_profile())
        self.view_button.clicked.connect(self.open_profile)
        self.table.selectionModel().selectionChanged.connect(self._update_view_button)
        self.model.modelReset.connect(self._update_view_button)
        self._update_view_button()

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
