"""Kartu Prakerja data of one registrant: card number, redeem code and when it was redeemed.

The redemption is the proof of attendance for offline Prakerja training, so
the dialog asks for the moment it happened (default: now). A refusal (a code
already used by someone else, a card number of the wrong length) is shown
beside its field with what was typed kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.services import enrollments
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs, i18n
from ..forms.fields import ERROR_STYLE

# The core's field name for each editor (its problems name these).
FIELD_NAMES = {"card_number": "prakerja_card_number", "redeem_code": "prakerja_redeem_code",
               "redeemed_at": "prakerja_redeemed_at"}


def to_local(value: dt.datetime | None) -> QDateTime:
    """A stored UTC moment (None: now) as the PC's local time for the editor, to the minute."""
    if value is None:
        local = dt.datetime.now()
    else:
        local = (value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value).astimezone()
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def to_utc(value: QDateTime) -> dt.datetime:
    """The editor's local time as a naive UTC moment, the way timestamps are stored."""
    date, time = value.date(), value.time()
    local = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


class PrakerjaDialog(QDialog):
    def __init__(self, store: Store, row: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.row = row
        self.saved = False
        self.warnings: tuple = ()
        self.setWindowTitle(self.tr("Kartu Prakerja — %1").replace("%1", row["full_name"]))

        intro = QLabel(self.tr("For offline Prakerja training the participant redeems their code at "
                               "the institution; the redemption is the proof of attendance."), self)
        intro.setWordWrap(True)
        self.card_number = QLineEdit(row.get("prakerja_card_number") or "", self)
        self.card_number.setPlaceholderText(self.tr("16 digits"))
        self.card_number.setMaxLength(30)
        self.redeem_code = QLineEdit(row.get("prakerja_redeem_code") or "", self)
        self.redeem_code.setMaxLength(40)
        self.redeem_code.setPlaceholderText(self.tr("as shown in the participant's Prakerja dashboard"))
        redeemed_at = row.get("prakerja_redeemed_at")
        self.redeemed = QCheckBox(self.tr("Re&deemed on"), self)
        self.redeemed.setChecked(redeemed_at is not None)
        self.redeemed_at = QDateTimeEdit(to_local(redeemed_at), self)
        self.redeemed_at.setCalendarPopup(True)
        self.redeemed_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.redeemed_at.setEnabled(self.redeemed.isChecked())
        self.redeemed.toggled.connect(self.redeemed_at.setEnabled)
        self.redeemed.toggled.connect(self._redeemed_toggled)
        when = QHBoxLayout()
        when.addWidget(self.redeemed)
        when.addWidget(self.redeemed_at)
        when.addStretch(1)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text, editor in (("card_number", self.tr("&Card number"), self.card_number),
                                  ("redeem_code", self.tr("&Redeem code"), self.redeem_code)):
            form.addRow(text, editor)
            self.errors[key] = self._error_label()
            form.addRow("", self.errors[key])
        form.addRow(self.tr("Redemption"), when)
        self.errors["redeemed_at"] = self._error_label()
        form.addRow("", self.errors["redeemed_at"])
        self.summary = self._error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        (self.redeem_code if self.card_number.text() else self.card_number).setFocus()

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def _redeemed_toggled(self, checked: bool) -> None:
        if checked and self.row.get("prakerja_redeemed_at") is None:
            self.redeemed_at.setDateTime(to_local(None))

    def values(self) -> dict:
        """For ``set_prakerja``: None leaves a value as it is, "" clears it."""
        stored = self.row.get("prakerja_redeemed_at")
        if not self.redeemed.isChecked():
            redeemed = "" if stored is not None else None
        elif stored is not None and self.redeemed_at.dateTime() == to_local(stored):
            redeemed = None  # untouched: the stored moment keeps its seconds
        else:
            redeemed = to_utc(self.redeemed_at.dateTime())
        return {"card_number": self.card_number.text().strip(),
                "redeem_code": self.redeem_code.text().strip(),
                "redeemed_at": redeemed}

    def show_problems(self, problems) -> None:
        lang = i18n.active_language()
        shown: dict[str, list[str]] = {key: [] for key in self.errors}
        elsewhere = []
        for problem in problems:
            key = next((k for k, name in FIELD_NAMES.items() if problem.field == name), None)
            (shown[key] if key else elsewhere).append(problem.message(lang))
        for key, label in self.errors.items():
            label.setText("\n".join(shown[key]))
            label.setVisible(bool(shown[key]))
        self.summary.setText("\n".join(elsewhere))
        self.summary.setVisible(bool(elsewhere))

    def accept(self) -> None:
        try:
            _, self.warnings = enrollments.set_prakerja(self.store, self.row["enrollment_id"],
                                                        **self.values())
        except ValidationFailed as failure:
            self.show_problems(list(failure.problems))
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.windowTitle())
            return
        self.saved = True
        super().accept()
