"""Trainers: who teaches, what they may teach, and whose certificates need renewing."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QDialog, QStyledItemDelegate, QWidget

from ...core.services.trainers import WARN_DAYS, TrainerListing
from ...core.store import Store
from ..forms.trainer_form import TrainerForm
from ..formatting import format_date, format_number, format_phone
from ..models.listing_model import ColumnSpec
from .records_page import RecordsPage

EXPIRED_COLOR = QColor("#b3261e")
EXPIRING_COLOR = QColor("#8a5a00")
EXPIRY_COLUMN = 4


class ExpiryDelegate(QStyledItemDelegate):
    """Paints a certification expiry red when passed and amber when near.

    The list model hands views only display text, so the page remembers which
    texts it wrote for which state; the text itself also says it, for whoever
    cannot tell the colours apart.
    """

    def __init__(self, colors: dict[str, QColor], parent: QWidget):
        super().__init__(parent)
        self.colors = colors

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt naming)
        super().initStyleOption(option, index)
        color = self.colors.get(index.data())
        if color is not None:
            option.palette.setColor(QPalette.ColorRole.Text, color)
            font = option.font
            font.setBold(True)
            option.font = font


class TrainersPage(RecordsPage):
    def __init__(self, store: Store, parent: QWidget | None = None):
        colors: dict[str, QColor] = {}

        def expiry(value: date | None) -> str:
            if value is None:
                return ""
            days = (value - date.today()).days
            if days < 0:
                text = self.tr("%1 (expired)").replace("%1", format_date(value))
                colors[text] = EXPIRED_COLOR
            elif days == 0:
                text = self.tr("%1 (expires today)").replace("%1", format_date(value))
                colors[text] = EXPIRING_COLOR
            elif days <= WARN_DAYS:
                text = self.tr("%1 (in %n day(s))", "", days).replace("%1", format_date(value))
                colors[text] = EXPIRING_COLOR
            else:
                text = format_date(value)
            return text

        columns = [
            ColumnSpec("full_name", self.tr("Name")),
            ColumnSpec("institution", self.tr("Institution")),
            ColumnSpec("phone", self.tr("Phone"), format_phone),
            ColumnSpec("units", self.tr("Units"), format_number, align_right=True),
            ColumnSpec("next_expiry", self.tr("Next certificate expiry"), expiry),
        ]
        super().__init__(store, TrainerListing(), columns, parent)
        self.title.setText(self.tr("Trainers"))
        self.search.setPlaceholderText(self.tr("Search by name, NIK or phone number…"))
        self.table.setItemDelegateForColumn(EXPIRY_COLUMN, ExpiryDelegate(colors, self.table))

        self.expiry_filter = QComboBox(self)
        self.expiry_filter.addItem(self.tr("All certificates"), None)
        self.expiry_filter.addItem(self.tr("Certificates expiring or expired"), WARN_DAYS)
        self.expiry_filter.setToolTip(self.tr(
            "Trainers with a certificate that has expired or expires within %1 days")
            .replace("%1", format_number(WARN_DAYS)))
        self.expiry_filter.currentIndexChanged.connect(
            lambda: self.model.set_filters(expiring_within_days=self.expiry_filter.currentData()))
        self.filters.addWidget(self.expiry_filter)
        for column, width in enumerate((260, 110, 150, 70)):
            self.table.setColumnWidth(column, width)

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 trainers").replace("%1", format_number(count))

    def open_form(self, record_id: int | None) -> int | None:
        form = TrainerForm(self.store, record_id, self, institution_id=self.institution_id)
        return form.saved_id if form.exec() == QDialog.DialogCode.Accepted else None
