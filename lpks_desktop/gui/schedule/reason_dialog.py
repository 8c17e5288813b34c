"""Asking the clerk why: a written reason kept with the schedule (cancelling, saving anyway).

The OK button stays disabled until the reason holds at least ``MIN_REASON``
characters, so a stray Enter cannot pass an empty reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from .. import dialogs

MIN_REASON = 5


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None,
                 *, placeholder: str = "", reason: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QVBoxLayout()  # what the reason is about, filled by subclasses
        self.reason_label = QLabel(self.tr("&Reason:"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(placeholder)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.reason_label.setBuddy(self.reason)
        self.hint = QLabel(self.tr("At least %n character(s).", "", MIN_REASON), self)
        self.hint.setStyleSheet("color: #5f5f5f;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.reason.setPlainText(reason)
        self._update()
        self.reason.setFocus()

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _update(self) -> None:
        self.ok_button.setEnabled(len(self.text()) >= MIN_REASON)

    def accept(self) -> None:
        if len(self.text()) >= MIN_REASON:
            super().accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str, ok_text: str, *,
               placeholder: str = "") -> str | None:
    """The reason typed, or None when the clerk cancelled."""
    dialog = ReasonDialog(title, prompt, ok_text, parent, placeholder=placeholder)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
