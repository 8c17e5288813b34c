"""Settings for schedules and fees of one institution: collective leave, default fee, closed days.

Each institution decides these for itself (a BLK follows the government's
collective leave, many LPKS do not), so the section works on the institution
chosen at the top of the window. The national holidays of the year are listed
beside the institution's own closed days: schedules skip them anyway, and the
clerk should not enter them twice.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QColor, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import Institution
from ...core.services import closure_days
from ...core.services import settings as data_settings
from ...core.services.closed_days import national_holidays
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs
from ..formatting import format_date
from ..models.listing_model import ColumnSpec
from .compact_tables import RowsModel, compact_table
from .closure_days_dialog import ClosureDaysDialog

NOTE_STYLE = "color: #555555;"
MUTED = QColor("#6b6b6b")
YEARS = (2000, 2100)
TABLE_HEIGHT = 190


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def rupiah(amount: int | None) -> str:
    """75000 -> "75.000": thousands separated by dots whatever the interface language."""
    return "" if amount is None else f"{amount:,}".replace(",", ".")


class FeeEdit(QLineEdit):
    """Whole rupiah, regrouped by thousands as the clerk types; empty means "not set"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,15}"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(160)
        self.textEdited.connect(self._regroup)

    def amount(self) -> int | None:
        digits = re.sub(r"\D", "", self.text())
        return int(digits) if digits else None

    def set_amount(self, amount: int | None) -> None:
        self.setText(rupiah(amount))

    def _regroup(self, text: str) -> None:
        digits = re.sub(r"\D", "", text)
        grouped = rupiah(int(digits)) if digits else ""
        if grouped == text:
            return
        # Keep the cursor after the digit it followed, the dots moving around it.
        before = len(re.sub(r"\D", "", text[:self.cursorPosition()]))
        before -= len(digits) - len(grouped.replace(".", ""))  # leading zeros dropped
        self.setText(grouped)
        position = seen = 0
        while position < len(grouped) and seen < before:
            seen += grouped[position] != "."
            position += 1
        self.setCursorPosition(position)


class HolidaysModel(RowsModel):
    """National holidays; collective leave greyed while the institution's schedules keep it."""

    def __init__(self, columns: list[ColumnSpec], parent=None):
        super().__init__(columns, parent)
        self.collective_leave_skipped = False

    def set_collective_leave_skipped(self, skipped: bool) -> None:
        if skipped != self.collective_leave_skipped:
            self.collective_leave_skipped = skipped
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1),
                                      [Qt.ItemDataRole.ForegroundRole])

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount():
            row = self.row(index.row())
            if row["collective"] and not self.collective_leave_skipped:
                return MUTED
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.row() < self.rowCount():
            return self.row(index.row()).get("tooltip") or super().data(index, role)
        return super().data(index, role)


def holiday_rows(year: int) -> list[dict]:
    """The year's holidays by their Indonesian names; ``collective`` marks cuti bersama."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    public = national_holidays(first, last)
    everything = national_holidays(first, last, collective_leave=True)
    english = national_holidays(first, last, collective_leave=True, language="en")
    return [{"date": day, "name": name, "collective": day not in public,
             "tooltip": english.get(day, "")} for day, name in everything.items()]


class ScheduleSettingsSection(QGroupBox):
    """Collective leave, the default fee per JP and the closed days of the chosen institution."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Schedules and fees"))
        self.store = store
        self.institution: Institution | None = None
        self._stored: tuple[bool, int | None] = (False, None)

        self.scope_note = _note("", self)
        self.skip_leave = QCheckBox(self.tr("Skip collective leave (cuti bersama) when generating schedules"),
                                    self)
        self.fee = FeeEdit(self)
        self.fee.setPlaceholderText(self.tr("not set"))
        fee_row = QHBoxLayout()
        self.currency = QLabel(self.tr("Rp"), self)
        fee_row.addWidget(self.currency)
        fee_row.addWidget(self.fee)
        fee_row.addStretch(1)
        self.fee_label = QLabel(self.tr("Default &fee per JP:"), self)
        self.fee_label.setBuddy(self.fee)
        self.fee_note = _note(self.tr(
            "Paid for trainers who have no fee of their own. Empty: workload reports show JP without "
            "money for them."), self)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.clicked.connect(self.save)
        self.saved_note = _note("", self)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)
        settings_form = QFormLayout()
        settings_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        settings_form.addRow(self.skip_leave)
        settings_form.addRow(self.fee_label, fee_row)
        settings_form.addRow(self.fee_note)
        settings_form.addRow(save_row)

        self.year = QSpinBox(self)
        self.year.setRange(*YEARS)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(dt.date.today().year)
        self.year.setMinimumWidth(90)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)

        self.closures_label = QLabel(self)
        self.closures_label.setStyleSheet("font-weight: 600;")
        self.closures = RowsModel([
            ColumnSpec("date", self.tr("Date"), lambda d: format_date(d, with_weekday=True)),
            ColumnSpec("reason", self.tr("Reason"), lambda r: r or self.tr("(no reason given)")),
            ColumnSpec("holiday", self.tr("Also a holiday")),
        ], self)
        self.closure_view = compact_table(self.closures, self, (220, 0, 230), stretch=1)
        self.closure_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.closure_view.setFixedHeight(TABLE_HEIGHT)
        self.closure_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_note = _note("", self)
        self.add_button = QPushButton(self.tr("&Add closed days…"), self)
        self.add_button.clicked.connect(self.add_days)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.closure_view, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        closure_buttons = QHBoxLayout()
        closure_buttons.addWidget(self.add_button)
        closure_buttons.addWidget(self.remove_button)
        closure_buttons.addWidget(self.empty_note, 1)

        self.holidays_label = QLabel(self)
        self.holidays_label.setStyleSheet("font-weight: 600;")
        self.holidays = HolidaysModel([
            ColumnSpec("date", self.tr("Date"), lambda d: format_date(d, with_weekday=True)),
            ColumnSpec("name", self.tr("Holiday")),
            ColumnSpec("collective", self.tr("Kind"),
                       lambda c: self.tr("Collective leave") if c else self.tr("National holiday")),
        ], self)
        self.holiday_view = compact_table(self.holidays, self, (220, 0, 130), stretch=1)
        self.holiday_view.setFixedHeight(TABLE_HEIGHT)
        self.holidays_note = _note("", self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_note)
        layout.addLayout(settings_form)
        layout.addSpacing(6)
        layout.addLayout(year_row)
        layout.addWidget(self.closures_label)
        layout.addWidget(self.closure_view)
        layout.addLayout(closure_buttons)
        layout.addSpacing(6)
        layout.addWidget(self.holidays_label)
        layout.addWidget(self.holidays_note)
        layout.addWidget(self.holiday_view)

        self.skip_leave.toggled.connect(self._edited)
        self.skip_leave.toggled.connect(self.holidays.set_collective_leave_skipped)
        self.fee.textChanged.connect(self._edited)
        self.year.valueChanged.connect(lambda _year: self.load_year())
        self.set_institution(None)

    # -- which institution -------------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        self.institution = Institution.get_or_none(Institution.id == institution_id) \
            if institution_id else None
        self.refresh()

    @property
    def institution_id(self) -> int | None:
        return self.institution.id if self.institution else None

    def refresh(self) -> None:
        chosen = self.institution is not None
        for widget in (self.skip_leave, self.fee, self.fee_label, self.currency, self.fee_note):
            widget.setEnabled(chosen)
        # Without an institution there are no closed days to show; the holidays hold for all.
        for widget in (self.closures_label, self.closure_view, self.add_button, self.remove_button,
                       self.empty_note):
            widget.setVisible(chosen)
        if chosen:
            self.scope_note.setText(self.tr("For %1 — %2. Each institution sets these for itself.")
                                    .replace("%1", self.institution.code).replace("%2", self.institution.name))
        else:
            self.scope_note.setText(self.tr(
                "Collective leave, the default fee and closed days are set for each institution: "
                "choose one institution at the top first."))
        self.load_settings()
        self.load_year()

    # -- collective leave and the default fee -------------------------------------------------

    def load_settings(self) -> None:
        skip = data_settings.skips_collective_leave(self.institution_id) if self.institution else False
        fee = data_settings.default_rate_per_jp(self.institution_id) if self.institution else None
        for editor in (self.skip_leave, self.fee):
            editor.blockSignals(True)
        self.skip_leave.setChecked(skip)
        self.fee.set_amount(fee)
        for editor in (self.skip_leave, self.fee):
            editor.blockSignals(False)
        self._stored = (skip, fee)
        self.save_button.setEnabled(False)
        self.holidays.set_collective_leave_skipped(skip)

    def values(self) -> tuple[bool, int | None]:
        return self.skip_leave.isChecked(), self.fee.amount()

    def _edited(self) -> None:
        self.saved_note.setText("")
        self.save_button.setEnabled(self.institution is not None and self.values() != self._stored)

    def save(self) -> None:
        if self.institution is None:
            return
        skip, fee = self.values()
        stored_skip, stored_fee = self._stored
        try:
            # The fee first: it is the one that can be refused, and then nothing is written.
            if fee != stored_fee:
                data_settings.set_setting(self.store, data_settings.DEFAULT_RATE_PER_JP,
                                          "" if fee is None else fee, self.institution_id)
            if skip != stored_skip:
                data_settings.set_setting(self.store, data_settings.SKIP_COLLECTIVE_LEAVE, skip,
                                          self.institution_id)
        except ValidationFailed as failure:
            dialogs.show_problems(self, self.tr("Schedules and fees"), failure.problems)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Schedules and fees"))
            return
        self.load_settings()
        self.saved_note.setText(self.tr("Saved."))

    # -- the year's closed days and holidays --------------------------------------------------

    def load_year(self, select: list[int] | None = None) -> None:
        year = self.year.value()
        holidays = holiday_rows(year)
        # Only the holidays every schedule skips: closing on one collective leave day is a real choice.
        names = {row["date"]: row["name"] for row in holidays if not row["collective"]}
        rows = closure_days.closure_days(self.institution_id, year) if self.institution else []
        for row in rows:
            row["holiday"] = names.get(row["date"], "")  # closed anyway: the entry changes nothing
        self.closures.set_rows(rows)
        self.closures_label.setText(self.tr("Closed days of the institution in %1").replace("%1", str(year)))
        self.empty_note.setText(self._count_text(rows))
        if select:
            self._select(select)
        self.holidays.set_rows(holidays)
        self.holidays_label.setText(self.tr("National holidays %1").replace("%1", str(year)))
        self.holidays_note.setText(self.tr(
            "Every schedule skips these holidays; collective leave only when the box above is ticked "
            "(greyed while it is not). Holiday dates set by the moon are estimates until the government "
            "announces them."))
        self._selection_changed()

    def _count_text(self, rows: list[dict]) -> str:
        if self.institution is None:
            return ""
        if not rows:
            return self.tr("None yet: only the national holidays are skipped.")
        text = self.tr("%n day(s) entered.", "", len(rows))
        on_holidays = sum(1 for row in rows if row["holiday"])
        if on_holidays:
            text += " " + self.tr("%n of them fall on a holiday and change nothing.", "", on_holidays)
        return text

    def _select(self, ids: list[int]) -> None:
        wanted = set(ids)
        selection = self.closure_view.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(self.closures.rowCount()):
            if self.closures.row(row)["id"] in wanted:
                index = self.closures.index(row, 0)
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            self.closure_view.scrollTo(first)

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.closure_view.selectionModel().selectedRows()}
        return [self.closures.row(row)["id"] for row in sorted(rows)]

    def _selection_changed(self, *args) -> None:
        self.remove_button.setEnabled(self.institution is not None and bool(self.selected_ids()))

    def add_days(self) -> None:
        if self.institution is None:
            return
        today = dt.date.today()
        start = today if self.year.value() == today.year else dt.date(self.year.value(), 1, 1)
        dialog = ClosureDaysDialog(self.store, self.institution.id, self.institution.code, start, self)
        if dialogs.run_modal(dialog) != ClosureDaysDialog.DialogCode.Accepted:
            return
        first = dialog.first_day()
        self.year.blockSignals(True)
        self.year.setValue(first.year)  # show what was added, in its own year
        self.year.blockSignals(False)
        self.load_year(select=[row.id for row in dialog.added])
        self.empty_note.setText(dialog.added_text())
        if dialog.warnings:
            dialogs.show_problems(self, dialog.windowTitle(), dialog.warnings)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.institution is None:
            return
        if not dialogs.ask_yes_no(self, self.tr("Remove closed days"), self.tr(
                "Open %1 again on %n day(s)? Schedules made from now on may use them.", "", len(ids))
                .replace("%1", self.institution.code)):
            return
        try:
            closure_days.remove_closure_days(self.store, ids)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Remove closed days"))
            return
        self.load_year()
