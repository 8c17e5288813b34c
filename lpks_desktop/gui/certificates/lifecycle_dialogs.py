"""Asking why a certificate is reissued or revoked: both need a reason, which is kept with it.

The dialogs run through ``dialogs.run_modal``, so tests answer them as every other dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.services.certificates import REASON_MAX as MAX_REASON
from .. import dialogs

REISSUE, REVOKE = "reissue", "revoke"
REISSUE_REVOKED = "reissue_revoked"  # a new certificate after a revocation: only ever on purpose


class ReasonDialog(QDialog):
    """What will happen to which certificate, and a reason that must not be empty."""

    def __init__(self, kind: str, number: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setMinimumWidth(460)
        if kind == REVOKE:
            self.setWindowTitle(self.tr("Revoke certificate %1").replace("%1", number))
            explanation = self.tr(
                "Certificate %1 of %2 will be revoked. This cannot be undone: the certificate stops "
                "counting, a check of its QR code reports it as revoked, and its number is never given "
                "to anyone else.").replace("%1", number).replace("%2", name)
            action = self.tr("&Revoke certificate")
        elif kind == REISSUE_REVOKED:
            self.setWindowTitle(self.tr("Reissue certificate %1").replace("%1", number))
            explanation = self.tr(
                "Certificate %1 of %2 was revoked. %2 gets a new certificate with a new number, made "
                "from the records as they are now; %1 stays revoked. Do this only when the reason for "
                "the revocation no longer holds.").replace("%1", number).replace("%2", name)
            action = self.tr("&Reissue certificate")
        else:
            self.setWindowTitle(self.tr("Reissue certificate %1").replace("%1", number))
            explanation = self.tr(
                "%2 gets a new certificate with a new number, made from the records as they are now "
                "(a corrected name, for instance). Certificate %1 is marked as replaced; its number is "
                "never given again.").replace("%1", number).replace("%2", name)
            action = self.tr("&Reissue certificate")
        self.explanation = QLabel(explanation, self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        reason_label = QLabel(self.tr("Reason (required, kept with the certificate):"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("e.g. the name was misspelt") if kind == REISSUE
            else self.tr("e.g. the documents were checked again and are genuine") if kind == REISSUE_REVOKED
            else self.tr("e.g. issued by mistake; the participant did not finish the course"))
        self.reason.setFixedHeight(80)
        reason_label.setBuddy(self.reason)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in the reason box starts a new line; the default button stays Cancel for a revocation.
        self.ok_button.setAutoDefault(False)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(self._reason_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _reason_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))
        self.problem.hide()

    def accept(self) -> None:
        text = self.reason_text()
        if not text:
            self.problem.setText(self.tr("Please write the reason first."))
            self.problem.show()
            self.reason.setFocus()
            return
        if len(text) > MAX_REASON:
            self.problem.setText(self.tr("The reason is too long: at most %1 characters.").replace(
                "%1", str(MAX_REASON)))
            self.problem.show()
            return
        super().accept()


def ask_reason(parent: QWidget | None, kind: str, number: str, name: str) -> str | None:
    """The reason the clerk gave, or None when they cancelled."""
    dialog = ReasonDialog(kind, number, name, parent)
    dialogs.run_modal(dialog)
    if dialog.result() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason_text()
