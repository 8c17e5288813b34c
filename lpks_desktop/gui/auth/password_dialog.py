"""Changing one's own password, and an administrator setting a temporary one for someone else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.auth import accounts
from ...core.auth.passwords import password_problems
from ...core.errors import UserError
from ...core.store import Store
from .. import i18n
from ..forms.fields import ERROR_STYLE
from .password_fields import CapsLockWatch, NewPasswordFields, password_edit


class _PasswordDialog(QDialog):
    def __init__(self, store: Store, username: str, parent: QWidget | None):
        super().__init__(parent)
        self.store = store
        self.username = username
        self.setMinimumWidth(480)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _add_new_password(self) -> None:
        self.fields = NewPasswordFields(self.form, self, lambda text: password_problems(text, self.username))
        self.fields.changed.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.fields.acceptable())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> bool:
        if not self.fields.acceptable():
            return False
        try:
            self.store_password()
        except UserError as exc:
            self.say(exc.render(i18n.active_language()))
            return False
        self.accept()
        return True

    def store_password(self) -> None:
        raise NotImplementedError


class ChangePasswordDialog(_PasswordDialog):
    """One's own new password. ``forced``: the administrator set a temporary one, so it must go.

    The current password is asked again, so a PC left signed in does not let a
    passer-by take over the account; after a forced change at sign-in it was
    typed a moment ago and is passed in as ``current``.
    """

    def __init__(self, store: Store, username: str, parent: QWidget | None = None, *,
                 forced: bool = False, current: str | None = None):
        super().__init__(store, username, parent)
        self.forced = forced
        self._known_current = current
        self.setWindowTitle(self.tr("Change password"))
        if forced:
            self.intro.setText(self.tr(
                "Your password was set by an administrator. Choose a password of your own before "
                "you go on; only you will know it."))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        else:
            self.intro.setText(self.tr("Change the password of %1.").replace("%1", username))
        self.current = None
        if current is None:
            self.current = password_edit(self)
            self.current.setAccessibleName(self.tr("Current password"))
            caps = QLabel(self.tr("Caps Lock is on."), self)
            CapsLockWatch(self.current, caps)
            self.form.addRow(self.tr("&Current password:"), self.current)
            self.form.addRow("", caps)
        self._add_new_password()
        (self.current or self.fields.password).setFocus()

    def store_password(self) -> None:
        current = self._known_current if self.current is None else self.current.text()
        accounts.set_password(self.store, self.username, self.fields.value(), current_password=current)


class ResetPasswordDialog(_PasswordDialog):
    """An administrator gives someone a temporary password, to be changed at their next sign-in."""

    def __init__(self, store: Store, username: str, parent: QWidget | None = None):
        super().__init__(store, username, parent)
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr(
            "A temporary password for %1. Tell it to them in person; they must choose their own "
            "the next time they sign in.").replace("%1", username))
        self._add_new_password()
        self.fields.password.setFocus()

    def store_password(self) -> None:
        accounts.set_password(self.store, self.username, self.fields.value())
