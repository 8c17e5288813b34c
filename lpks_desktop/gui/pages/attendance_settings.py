"""How excused (izin) and sick (sakit) marks count towards a participant's attendance rate.

Centres differ: some treat a sick note like a day attended, some leave the session out of
the total, most count it as absent. Each institution decides, so the section works on the
institution chosen at the top of the window, like the schedule settings beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ...core.errors import UserError
from ...core.models import Institution
from ...core.services import settings as data_settings
from ...core.services.attendance_rates import ABSENT, EXCLUDED, PRESENT, format_pct, rate_pct
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs, i18n

NOTE_STYLE = "color: #555555;"
EXAMPLE_STYLE = ("color: #1f2328; background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 4px;"
                 " padding: 6px 8px;")

# The worked example under the choices: ten sessions of 4 JP, eight attended, one excused, one sick.
EXAMPLE_JP, EXAMPLE_PRESENT, EXAMPLE_SESSIONS = 4, 8, 10


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def example_rate(excused: str, sick: str) -> tuple[int, int]:
    """(attended JP, counted JP) of the worked example under the given rules."""
    attended = EXAMPLE_PRESENT * EXAMPLE_JP
    counted = EXAMPLE_SESSIONS * EXAMPLE_JP
    for rule in (excused, sick):
        if rule == PRESENT:
            attended += EXAMPLE_JP
        elif rule == EXCLUDED:
            counted -= EXAMPLE_JP
    return attended, counted


def rate_text(attended: int, counted: int) -> str:
    """Rounded down to one decimal, as the rates are everywhere: 79.96 never shows as 80.0."""
    return format_pct(rate_pct(attended, counted), i18n.language())


class AttendanceSettingsSection(QGroupBox):
    """The rules for izin and sakit of the chosen institution, saved with an explicit Save."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Attendance"))
        self.store = store
        self.institution: Institution | None = None
        self._stored: tuple[str, str] = (ABSENT, ABSENT)

        self.scope_note = _note("", self)
        self.excused = self._rule_box()
        self.excused.setAccessibleName(self.tr("How izin (excused) counts"))
        self.sick = self._rule_box()
        self.sick.setAccessibleName(self.tr("How sakit (sick) counts"))
        self.excused_label = QLabel(self.tr("I&zin (I, excused) counts:"), self)
        self.excused_label.setBuddy(self.excused)
        self.sick_label = QLabel(self.tr("Sa&kit (S, sick) counts:"), self)
        self.sick_label.setBuddy(self.sick)
        self.excused_effect = _note("", self)
        self.sick_effect = _note("", self)
        self.example = QLabel(self)
        self.example.setWordWrap(True)
        self.example.setStyleSheet(EXAMPLE_STYLE)
        self.minimum_note = _note(self.tr(
            "The minimum attendance a certificate needs is set for each program, on the program form. "
            "A changed rule applies to every class of the institution, past ones included, the next time "
            "rates are shown or printed."), self)
        self.save_button = QPushButton(self.tr("Save attendance &rules"), self)
        self.save_button.clicked.connect(self.save)
        self.saved_note = _note("", self)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)

        # Label, choice, and what the choice does beside it, where there is room for a sentence.
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        for row, (label, box, effect) in enumerate(((self.excused_label, self.excused, self.excused_effect),
                                                    (self.sick_label, self.sick, self.sick_effect))):
            form.addWidget(label, row, 0)
            form.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            form.addWidget(effect, row, 2)
            label.setMinimumHeight(box.sizeHint().height())
        form.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_note)
        layout.addLayout(form)
        layout.addWidget(self.example)
        layout.addWidget(self.minimum_note)
        layout.addLayout(save_row)

        self.excused.currentIndexChanged.connect(self._edited)
        self.sick.currentIndexChanged.connect(self._edited)
        self.set_institution(None)

    def _rule_box(self) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("as absent"), ABSENT)
        box.addItem(self.tr("as present"), PRESENT)
        box.addItem(self.tr("left out of the total"), EXCLUDED)
        box.setMinimumWidth(220)
        return box

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
        for widget in (self.excused, self.sick, self.excused_label, self.sick_label):
            widget.setEnabled(chosen)
        if chosen:
            self.scope_note.setText(self.tr(
                "For %1 — %2. Each institution decides how excused and sick absences count.")
                .replace("%1", self.institution.code).replace("%2", self.institution.name))
        else:
            self.scope_note.setText(self.tr(
                "How excused and sick absences count is set for each institution: "
                "choose one institution at the top first."))
        self.load_settings()

    # -- the rules ------------------------------------------------------------------------------

    def load_settings(self) -> None:
        if self.institution is not None:
            stored = (data_settings.get_setting(data_settings.ATTENDANCE_EXCUSED_RULE,
                                                institution_id=self.institution_id),
                      data_settings.get_setting(data_settings.ATTENDANCE_SICK_RULE,
                                                institution_id=self.institution_id))
        else:
            stored = (ABSENT, ABSENT)
        for box, value in zip((self.excused, self.sick), stored):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)
        self._stored = (self.excused.currentData(), self.sick.currentData())
        self.save_button.setEnabled(False)
        self._explain()

    def values(self) -> tuple[str, str]:
        return self.excused.currentData(), self.sick.currentData()

    def _edited(self) -> None:
        self.saved_note.setText("")
        self.save_button.setEnabled(self.institution is not None and self.values() != self._stored)
        self._explain()

    def _explain(self) -> None:
        excused, sick = self.values()
        self.excused_effect.setText(self._effect(excused, self.tr("izin")))
        self.sick_effect.setText(self._effect(sick, self.tr("sakit")))
        attended, counted = example_rate(excused, sick)
        self.example.setText(self.tr(
            "Example: 10 sessions of 4 JP, present at 8, one izin, one sakit: rate %1% (%2 of %3 JP).")
            .replace("%1", rate_text(attended, counted)).replace("%2", str(attended))
            .replace("%3", str(counted)))

    def _effect(self, rule: str, mark_name: str) -> str:
        if rule == PRESENT:
            return self.tr("A session marked %1 counts as attended.").replace("%1", mark_name)
        if rule == EXCLUDED:
            return self.tr("A session marked %1 is left out of that participant's total: the rate is "
                           "taken over the other sessions.").replace("%1", mark_name)
        return self.tr("A session marked %1 counts as missed, like alpa.").replace("%1", mark_name)

    def save(self) -> None:
        if self.institution is None:
            return
        values = self.values()
        keys = (data_settings.ATTENDANCE_EXCUSED_RULE, data_settings.ATTENDANCE_SICK_RULE)
        try:
            # Both or neither: a refused second rule must not leave the first one changed.
            with self.store.transaction():
                for key, value, stored in zip(keys, values, self._stored):
                    if value != stored:
                        data_settings.set_setting(self.store, key, value, self.institution_id)
        except ValidationFailed as failure:
            dialogs.show_problems(self, self.tr("Attendance"), failure.problems)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Attendance"))
            return
        self.load_settings()
        self.saved_note.setText(self.tr("Saved."))
