"""Telling a clerk that someone else saved the record they are editing, and what they changed.

Shown when a form's save is refused with ``RecordChanged``. Nothing was saved;
the clerk chooses between reloading the other person's version (the form keeps
their own edits to fields the other person did not touch) and going on editing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.record_changes import RecordChanged, local_time_text
from .. import i18n
from .fields import WARNING_STYLE

RELOAD = "reload"
KEEP_EDITING = "keep"
CLOSE = "close"


class RecordChangedDialog(QDialog):
    """``choice`` after it closes: RELOAD, KEEP_EDITING or (record deleted) CLOSE."""

    def __init__(self, changed: RecordChanged, parent: QWidget | None = None):
        super().__init__(parent)
        self.changed = changed
        self.choice = KEEP_EDITING
        self.setWindowTitle(self.tr("Someone else saved this record"))
        self.setMinimumWidth(560)
        lang = i18n.active_language()
        layout = QVBoxLayout(self)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.table: QGridLayout | None = None
        buttons = QDialogButtonBox(self)
        if changed.deleted:
            self.setWindowTitle(self.tr("Someone else deleted this record"))
            self.message.setText(changed.render(lang))
            self.primary = QPushButton(self.tr("Close the form"), self)
            self.primary.clicked.connect(lambda: self._choose(CLOSE))
        else:
            self.message.setText(
                self.tr("%1 saved this record on %2, after you opened it. Your changes were not "
                        "saved, so that theirs are not overwritten.")
                .replace("%1", changed.saved_by_shown or self.tr("Another user"))
                .replace("%2", local_time_text(changed.saved_at)))
            if changed.fields:
                layout.addSpacing(6)
                layout.addLayout(self._field_table(lang))
                layout.addSpacing(6)
            hint = QLabel(self.tr(
                "Reload their version: the form shows what is saved now and keeps your own changes "
                "to the fields they did not change, for you to check and save. Fields you both "
                "changed are marked. Keep editing: the form stays as it is; nothing is saved."), self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            self.primary = QPushButton(self.tr("Reload their version"), self)
            self.primary.clicked.connect(lambda: self._choose(RELOAD))
        self.keep = QPushButton(self.tr("Keep editing"), self)
        self.keep.clicked.connect(lambda: self._choose(KEEP_EDITING))
        buttons.addButton(self.primary, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.RejectRole)
        self.primary.setDefault(True)
        layout.addWidget(buttons)

    def _field_table(self, lang: str) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        headings = (self.tr("Field"), self.tr("When you opened it"), self.tr("Saved now"),
                    self.tr("Your entry"))
        for column, text in enumerate(headings):
            grid.addWidget(self._cell(text, bold=True), 0, column)
        for row, change in enumerate(self.changed.fields, start=1):
            label = change.label_en if lang == "en" else change.label_id
            grid.addWidget(self._cell(label), row, 0)
            grid.addWidget(self._cell(change.started_text.render(lang)), row, 1)
            grid.addWidget(self._cell(change.stored_text.render(lang)), row, 2)
            if change.clashes:
                yours = self._cell(change.yours_text.render(lang))
                yours.setStyleSheet(WARNING_STYLE)
                grid.addWidget(yours, row, 3)
        self.table = grid
        return grid

    def _cell(self, text: str, *, bold: bool = False) -> QLabel:
        cell = QLabel(text, self)
        cell.setTextFormat(Qt.TextFormat.PlainText)
        cell.setWordWrap(True)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        return cell

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != KEEP_EDITING else self.reject()
