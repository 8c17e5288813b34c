"""Rooms and workshops where classes are held, per institution."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ...core.models import Room
from ...core.services.rooms import RoomListing
from ...core.store import Store
from .. import dialogs
from ..formatting import format_number
from ..forms.room_form import RoomForm
from ..models.listing_model import ColumnSpec
from .records_page import RecordsPage


class RoomsPage(RecordsPage):
    def __init__(self, store: Store, parent: QWidget | None = None):
        columns = [
            ColumnSpec("name", self.tr("Room name")),
            ColumnSpec("institution", self.tr("Institution")),
            ColumnSpec("capacity", self.tr("Capacity"), align_right=True),
            ColumnSpec("location", self.tr("Location")),
        ]
        super().__init__(store, RoomListing(), columns, parent)
        self.title.setText(self.tr("Rooms"))
        self.search.setPlaceholderText(self.tr("Search by room name or location…"))
        for column, width in enumerate((260, 110, 90)):
            self.table.setColumnWidth(column, width)

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 rooms").replace("%1", format_number(count))

    def open_form(self, record_id: int | None) -> int | None:
        room = Room.get_or_none(Room.id == record_id) if record_id is not None else None
        form = RoomForm(self.store, room, self.institution_id, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        if form.warnings:
            dialogs.show_problems(self, form.windowTitle(), form.warnings)
        return form.saved_id
