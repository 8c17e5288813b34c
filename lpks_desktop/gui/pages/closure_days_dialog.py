"""Adding closed days: a first and a last day and why, checked by the core as the clerk types.

Sessions already planned on those days are named before anything is saved,
so the clerk knows what to move afterwards; they are not moved here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.services import closure_days
from ...core.services.records import ValidationFailed
from ...core.store import Store
from ...core.validation.problems import Problem
from .. import dialogs, i18n
from ..formatting import format_date
from ..forms.fields import ERROR_STYLE, WARNING_STYLE

NOTE_STYLE = "color: #555555;"
REASON_LENGTH = 200


def _date_edit(day: dt.date, parent: QWidget) -> QDateEdit:
    editor = QDateEdit(QDate(day.year, day.month, day.day), parent)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dd/MM/yyyy")  # day first, as Indonesian paperwork writes it
    editor.setMinimumWidth(130)
    return editor


class ClosureDaysDialog(QDialog):
    def __init__(self, store: Store, institution_id: int, institution_code: str, first: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.institution_id = institution_id
        self.added: list = []
        self.warnings: tuple[Problem, ...] = ()
        self._shown_warnings: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("Closed days of %1").replace("%1", institution_code))
        self.setMinimumWidth(580)

        self.intro = QLabel(self.tr(
            "Schedules made from now on skip these days. A range (a week's break) is added at once."), self)
        self.intro.setWordWrap(True)
        self.first = _date_edit(first, self)
        self.last = _date_edit(first, self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("e.g. Rapat kerja yayasan, Libur semester"))
        self.span = QLabel(self)
        self.span.setWordWrap(True)
        self.span.setStyleSheet(NOTE_STYLE)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&First day:"), self.first)
        form.addRow(self.tr("&Last day:"), self.last)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", self.span)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.first.dateChanged.connect(self._first_changed)
        self.last.dateChanged.connect(self.check)
        self.reason.textChanged.connect(self.check)
        self.reason.setFocus()
        self.check()

    def first_day(self) -> dt.date:
        return self.first.date().toPython()

    def last_day(self) -> dt.date:
        return self.last.date().toPython()

    def _first_changed(self) -> None:
        # A new first day after the last one is a new range: it starts as one day.
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())
        self.check()

    def check(self) -> None:
        """What the core says about the range as it stands; nothing is written."""
        first, last = self.first_day(), self.last_day()
        days = (last - first).days + 1
        if days >= 1:
            self.span.setText(self.tr("%n day(s): %1 to %2", "", days)
                              .replace("%1", format_date(first, with_weekday=True))
                              .replace("%2", format_date(last, with_weekday=True)))
        else:
            self.span.setText("")
        checked = closure_days.check_closure_days(self.institution_id, first, last, self.reason.text())
        self._show(checked.problems)
        self.add_button.setEnabled(checked.ok)

    def _show(self, problems) -> None:
        lang = i18n.active_language()
        errors = [p for p in problems if p.is_error]
        shown = errors or list(problems)
        # A mark besides the colour, so errors and warnings differ in black and white too.
        self.problems.setText("\n".join(("✖ " if p.is_error else "⚠ ") + p.message(lang) for p in shown))
        self.problems.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
        self.problems.setVisible(bool(shown))
        self._shown_warnings = () if errors else tuple(p.message(lang) for p in shown)

    def accept(self) -> None:
        try:
            self.added, warnings = closure_days.add_closure_days(
                self.store, self.institution_id, self.first_day(), self.last_day(), self.reason.text())
        except ValidationFailed as failure:
            self._show(failure.problems)  # what the clerk typed stays for correcting
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.windowTitle())
            return
        lang = i18n.active_language()
        # Sessions planned on another PC since the last check: the clerk has not seen those yet.
        self.warnings = tuple(w for w in warnings if w.message(lang) not in self._shown_warnings)
        super().accept()

    def added_text(self) -> str:
        return self.tr("%n day(s) closed.", "", len(self.added))
