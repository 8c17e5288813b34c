"""Institutions: the LPKS and BLK kept in this database, with their letterhead details."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...core.models import InstitutionKind
from ...core.services.institutions import InstitutionListing
from ...core.store import Store
from ..forms.institution_form import InstitutionForm
from ..formatting import format_number
from ..models.listing_model import ColumnSpec
from .records_page import RecordsPage


class InstitutionsPage(RecordsPage):
    # The institution switcher lists institutions too; it reloads when this fires.
    institutionsChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, parent: QWidget | None = None):
        kinds = {InstitutionKind.LPKS: "LPKS", InstitutionKind.BLK: "BLK",
                 InstitutionKind.OTHER: self.tr("Other")}
        columns = [
            ColumnSpec("code", self.tr("Code")),
            ColumnSpec("name", self.tr("Name")),
            ColumnSpec("kind", self.tr("Kind"), lambda kind: kinds.get(kind, kind or "")),
            ColumnSpec("city", self.tr("Regency/city")),
            ColumnSpec("head_name", self.tr("Head")),
        ]
        super().__init__(store, InstitutionListing(), columns, parent)
        self.title.setText(self.tr("Institutions"))
        self.search.setPlaceholderText(self.tr("Search by code, name or city…"))
        for column, width in enumerate((110, 320, 70, 170)):
            self.table.setColumnWidth(column, width)

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 institutions").replace("%1", format_number(count))

    def set_institution(self, institution_id: int | None) -> None:
        """Every institution is listed whichever one the switcher shows."""
        self.institution_id = institution_id

    def open_form(self, record_id: int | None) -> int | None:
        form = InstitutionForm(self.store, record_id, self)
        return form.saved_id if form.exec() == QDialog.DialogCode.Accepted else None

    def after_save(self, record_id: int) -> None:
        super().after_save(record_id)
        self.institutionsChanged.emit()

    def toggle_archived(self) -> None:
        super().toggle_archived()
        self.institutionsChanged.emit()

    def delete_record(self) -> None:
        super().delete_record()
        self.institutionsChanged.emit()
