"""The trainer journal (jurnal instruktur) of one session: what was taught, for how many JP."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget

from ...core.models import ClassSession, TrainingClass
from ...core.services import journals
from ...core.services.classes import class_schedule
from ...core.store import Store
from ...core.validation.problems import Problem
from .. import dialogs
from ..forms.fields import number_field, text_field
from ..forms.form_dialog import FormDialog
from ..formatting import format_date
from .texts import role_labels, time_span, unit_label


class JournalDialog(FormDialog):
    """Saving marks the session held; ``cleared`` is True when the clerk took the journal back."""

    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None):
        super().__init__(store, "", parent)
        self.session = ClassSession.get_by_id(session_id)
        self.cleared = False
        klass = self.session.training_class
        self.setWindowTitle(self.tr("Trainer journal — %1, %2").replace("%1", klass.code).replace(
            "%2", format_date(self.session.date)))
        self.most_jp = journals.most_jp(self.session)

        self.layout().insertLayout(0, self._header(klass))
        self.taught = self.add_field(text_field("taught", self.tr("What was taught"), self))
        line = self.taught.editor.fontMetrics().lineSpacing()
        self.taught.editor.setFixedHeight(line * 6 + 12)
        self.taught.editor.setPlaceholderText(
            self.tr("e.g. Measuring the body: bust, waist and hip; practice in pairs"))
        self.jp = self.add_field(number_field("jp", self.tr("JP delivered"), self, 0,
                                              max(self.most_jp, 0), self.tr(" JP")))
        self.jp.editor.setToolTip(self.tr("At most %1 JP fit in this session's time.").replace(
            "%1", str(self.most_jp)))
        self.notes = self.add_field(text_field("notes", self.tr("Notes"), self))
        self.notes.editor.setPlaceholderText(
            self.tr("e.g. Started 30 minutes late because of a power cut"))

        self.clear_button: QPushButton | None = None
        if self.session.journal_jp is not None:
            self.clear_button = self.buttons.addButton(self.tr("C&lear journal"),
                                                       QDialogButtonBox.ButtonRole.ResetRole)
            self.clear_button.clicked.connect(self.clear)
        self.resize(620, 480)
        has_journal = self.session.journal_jp is not None
        self.load({"taught": self.session.journal_taught,
                   "jp": self.session.journal_jp if has_journal else min(self.session.jp, self.most_jp),
                   "notes": self.session.journal_notes})
        self.taught.editor.setFocus()

    def _header(self, klass: TrainingClass) -> QFormLayout:
        session = self.session
        trainers = next((row["trainers"] for row in class_schedule(klass.id)
                         if row["session_id"] == session.id), [])
        roles = role_labels()
        rows = [
            (self.tr("Class"), f"{klass.code} — {klass.name}"),
            (self.tr("Date"), format_date(session.date, with_weekday=True)),
            (self.tr("Time"), time_span(session.start_time, session.end_time)),
            (self.tr("Unit"), unit_label(session.unit.code if session.unit_id else "",
                                         session.unit.title if session.unit_id else "")
             or session.topic or self.tr("No unit")),
            (self.tr("Planned"), self.tr("%1 JP").replace("%1", str(session.jp))),
            (self.tr("Trainers"), ", ".join(f"{t['name']} ({roles.get(t['role'], t['role'])})"
                                            for t in trainers) or self.tr("None assigned")),
        ]
        if session.topic and session.unit_id and session.topic != session.unit.title:
            rows.insert(4, (self.tr("Topic"), session.topic))
        header = QFormLayout()
        header.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.header_values: dict[str, QLabel] = {}
        for label, text in rows:
            value = QLabel(text, self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.header_values[label] = value
            header.addRow(f"<b>{label}</b>", value)
        return header

    def reload_record(self) -> None:
        self.session = ClassSession.get_by_id(self.session.id)
        has_journal = self.session.journal_jp is not None
        self.load({"taught": self.session.journal_taught,
                   "jp": self.session.journal_jp if has_journal else min(self.session.jp, self.most_jp),
                   "notes": self.session.journal_notes})

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        session, warnings = journals.save_journal(self.store, self.session.id, values,
                                                   loaded=self.session)
        return session.id, list(warnings)

    def clear(self) -> None:
        if not dialogs.ask_yes_no(self, self.windowTitle(), self.tr(
                "Clear this session's journal? The session counts as not held again and its JP "
                "are no longer paid.")):
            return
        journals.clear_journal(self.store, self.session.id, loaded=self.session)
        self.cleared = True
        self.mark_clean()
        self.done(FormDialog.DialogCode.Accepted)
