"""Training programs: their JP, units and attendance rule, per institution."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ...core.models import Program
from ...core.services.programs import ProgramListing
from ...core.store import Store
from .. import dialogs
from ..formatting import format_number
from ..forms.program_form import ProgramForm
from ..models.listing_model import ColumnSpec
from .records_page import RecordsPage


def format_percent(value: int | None) -> str:
    return "" if value is None else f"{format_number(value)}%"


class ProgramsPage(RecordsPage):
    def __init__(self, store: Store, parent: QWidget | None = None):
        columns = [
            ColumnSpec("code", self.tr("Code")),
            ColumnSpec("name", self.tr("Program name")),
            ColumnSpec("institution", self.tr("Institution")),
            ColumnSpec("total_jp", self.tr("Total JP"), align_right=True),
            ColumnSpec("units", self.tr("Units"), align_right=True),
            ColumnSpec("min_attendance_pct", self.tr("Min. attendance"), format_percent,
                       align_right=True),
        ]
        super().__init__(store, ProgramListing(), columns, parent)
        self.title.setText(self.tr("Programs"))
        self.search.setPlaceholderText(self.tr("Search by program code or name…"))
        for column, width in enumerate((120, 320, 110, 80, 60)):
            self.table.setColumnWidth(column, width)

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 programs").replace("%1", format_number(count))

    def open_form(self, record_id: int | None) -> int | None:
        program = Program.get_or_none(Program.id == record_id) if record_id is not None else None
        form = ProgramForm(self.store, program, self.institution_id, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        if form.warnings:
            dialogs.show_problems(self, form.windowTitle(), form.warnings)
        return form.saved_id
