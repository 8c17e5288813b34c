"""Participants: find anyone by name, NIK or phone among all the institution's records."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...core.services.participants import ParticipantListing
from ...core.store import Store
from ..formatting import format_date, format_number, format_phone, format_sex
from ..models.listing_model import ColumnSpec
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

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 participants").replace("%1", format_number(count))
