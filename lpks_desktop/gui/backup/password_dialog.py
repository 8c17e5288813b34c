"""Asking for a backup password: once to open a backup, twice (typed again) to set one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .. import dialogs
from ..forms.fields import ERROR_STYLE

MIN_LENGTH = 8


class PasswordDialog(QDialog):
    """``confirm`` asks for the password twice, for a new password."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *, confirm: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.confirm = confirm
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setVisible(confirm)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.first)
        if confirm:
            form.addRow(self.tr("Type it again:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def password(self) -> str:
        return self.first.text()

    def _refusal(self) -> str:
        if not self.first.text():
            return self.tr("Type the password.")
        if self.confirm and len(self.first.text()) < MIN_LENGTH:
            return self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_LENGTH))
        if self.confirm and self.first.text() != self.second.text():
            return self.tr("The two passwords differ. Type the same password twice.")
        return ""

    def accept(self) -> None:
        refusal = self._refusal()
        if refusal:
            self.problem.setText(refusal)
            self.problem.setVisible(True)
            return
        super().accept()


def ask_password(parent: QWidget | None, title: str, prompt: str, *, confirm: bool = False) -> str | None:
    """The password typed, or None when the clerk cancelled. Tests replace this function."""
    dialog = PasswordDialog(title, prompt, parent, confirm=confirm)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.password()
