"""Choosing how to print a class's selection results: the announcement list, or one letter per person.

Paper A4 or F4 (the institution's default first) and the language of the
document: Bahasa Indonesia unless asked otherwise, whatever the interface
language, since the papers go to the participants. NIKs are partly hidden
unless asked (the announcement is posted on a wall). Letters go to everyone
with a selection result, or only to the people chosen in the roster. The
dialog says beforehand who is left out for want of a result.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from ...core.models import Enrollment, Participant, TrainingClass
from ...core.services.selection_documents import RESULT_OF
from ...core.services.settings import PAPER_SIZES, default_paper
from ..formatting import format_number

ANNOUNCEMENT, LETTERS = "announcement", "letters"
NAMED = 5  # names in a hint; more are counted
HINT_STYLE = "color: #8a5300;"


def named(names: list[str], more_text: str) -> str:
    shown = ", ".join(names[:NAMED])
    if len(names) > NAMED:
        shown += " " + more_text.replace("%1", format_number(len(names) - NAMED))
    return shown


class SelectionPrintDialog(QDialog):
    def __init__(self, class_id: int, kind: str, selected: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.klass = TrainingClass.get_by_id(class_id)
        self.kind = kind
        self.selected = selected
        if kind == ANNOUNCEMENT:
            self.setWindowTitle(self.tr("Print the selection announcement — %1")
                                .replace("%1", self.klass.code))
            about = self.tr("The list of who passed the selection, who is on the reserve list and who "
                            "did not pass, on the institution's letterhead, to post or to send.")
        else:
            self.setWindowTitle(self.tr("Print selection letters — %1").replace("%1", self.klass.code))
            about = self.tr("One letter per person telling them their selection result and what to do "
                            "next, on the institution's letterhead.")
        intro = QLabel(about, self)
        intro.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.paper = QComboBox(self)
        labels = {"A4": self.tr("A4 (210 × 297 mm)"), "F4": self.tr("F4 / folio (215 × 330 mm)")}
        for size in PAPER_SIZES:
            self.paper.addItem(labels.get(size, size), size)
        self.paper.setCurrentIndex(max(self.paper.findData(default_paper(self.klass.institution_id)), 0))
        form.addRow(self.tr("&Paper"), self.paper)
        self.language = QComboBox(self)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        form.addRow(self.tr("&Language"), self.language)
        self.number_edit = QLineEdit(self)
        self.number_edit.setMaxLength(80)
        self.number_edit.setPlaceholderText(self.tr("e.g. 012/LPK-SBP/SEL/XI/2026; blank: a dotted line"))
        form.addRow(self.tr("Letter &number"), self.number_edit)
        self.full_nik = QCheckBox(self.tr("Print the &full NIK (otherwise the birth date part is hidden)"),
                                  self)
        form.addRow("", self.full_nik)

        self.everyone = QRadioButton(self.tr("&Everyone with a selection result"), self)
        self.only_selected = QRadioButton(self.tr("Only the %1 &chosen in the list")
                                          .replace("%1", format_number(len(selected))), self)
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.only_selected)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setMaxLength(300)
        self.notes_edit.setPlaceholderText(self.tr("optional, printed last among the provisions"))
        if kind == LETTERS:
            who = QVBoxLayout()
            who.addWidget(self.everyone)
            who.addWidget(self.only_selected)
            form.addRow(self.tr("Letters for"), who)
            self.only_selected.setEnabled(bool(selected))
            (self.only_selected if selected else self.everyone).setChecked(True)
            self.notes_edit.hide()
        else:
            self.everyone.setChecked(True)
            self.everyone.hide()
            self.only_selected.hide()
            form.addRow(self.tr("Extra &note"), self.notes_edit)

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet(HINT_STYLE)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save as PDF…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.everyone.toggled.connect(self._update_hint)
        self._update_hint()

    def _waiting(self) -> list[str]:
        """Names of the class's registrants without a selection result (status registered)."""
        query = (Participant.select(Participant.full_name).join(Enrollment)
                 .where(Enrollment.training_class == self.klass.id, Enrollment.status == "registered")
                 .order_by(Participant.full_name).tuples())
        return [name for (name,) in query]

    def _with_result(self) -> int:
        return (Enrollment.select().where(Enrollment.training_class == self.klass.id,
                                          Enrollment.status.in_(list(RESULT_OF))).count())

    def _update_hint(self, *args) -> None:
        more = self.tr("and %1 more")
        text, blocked = "", False
        if self.kind == LETTERS and self.only_selected.isChecked():
            without = [row["full_name"] for row in self.selected if row["status"] not in RESULT_OF]
            if without:
                text = self.tr("No selection result yet for %1: set passed, reserve list or not passed "
                               "first, or leave them out.").replace("%1", named(without, more))
                blocked = True
        elif self.kind == LETTERS and not self._with_result():
            text = self.tr("Nobody in this class has a selection result yet.")
            blocked = True
        else:
            waiting = self._waiting()
            if waiting:
                text = (self.tr("Still waiting for a result, so not in the announcement: %1.")
                        if self.kind == ANNOUNCEMENT
                        else self.tr("Still waiting for a result, so without a letter: %1.")
                        ).replace("%1", named(waiting, more))
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.ok_button.setEnabled(not blocked)

    def chosen_paper(self) -> str:
        return self.paper.currentData()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def number(self) -> str:
        return self.number_edit.text().strip()

    def show_full_nik(self) -> bool:
        return self.full_nik.isChecked()

    def notes(self) -> str:
        return self.notes_edit.text().strip() if self.kind == ANNOUNCEMENT else ""

    def enrollment_ids(self) -> list[int] | None:
        """Whose letters: None for everyone with a result, else the chosen registrants."""
        if self.kind == LETTERS and self.only_selected.isChecked():
            return [row["enrollment_id"] for row in self.selected]
        return None

    def suggested_name(self) -> str:
        if self.kind == ANNOUNCEMENT:
            return f"Pengumuman-Seleksi-{self.klass.code}.pdf"
        ids = self.enrollment_ids()
        if ids is not None and len(ids) == 1:
            return f"Surat-Seleksi-{self.klass.code}-{self.selected[0]['full_name']}.pdf"
        return f"Surat-Seleksi-{self.klass.code}.pdf"

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()
