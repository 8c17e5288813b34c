"""Signing in: the user name (remembered on this PC), the password, and the core's answer as it is."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from ... import APP_NAME
from ...core.auth import accounts
from ...core.auth.session import Principal
from ...core.errors import UserError
from ...core.store import Store
from .. import i18n
from ..forms.fields import ERROR_STYLE
from .password_fields import CapsLockWatch, password_edit

USER_NAME_KEY = "sign_in/user_name"


class SignInDialog(QDialog):
    """Asks for a user name and password until the core accepts them, or the person quits.

    ``principal`` holds who signed in once the dialog is accepted. Nothing here
    decides whether a password is right or an account locked: the core's
    message (wrong password, locked until when) is shown word for word.
    """

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", APP_NAME))
        self.setMinimumWidth(440)

        heading = QLabel(self.tr("Sign in to %1").replace("%1", APP_NAME), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        where = QLabel(self.tr("Database: %1").replace("%1", store.location.display()), self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.user_name = QLineEdit(self)
        self.user_name.setMaxLength(64)
        self.user_name.setAccessibleName(self.tr("User name"))
        self.password = password_edit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.caps = QLabel(self.tr("Caps Lock is on."), self)
        CapsLockWatch(self.password, self.caps)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.caps)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        remembered = QSettings().value(USER_NAME_KEY, "")
        self.user_name.setText(str(remembered or ""))
        (self.password if self.user_name.text() else self.user_name).setFocus()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def try_sign_in(self) -> bool:
        """Ask the core; accept on success, else show its message and let the person try again."""
        name = self.user_name.text().strip()
        if not name:
            self.say(self.tr("Type your user name."))
            self.user_name.setFocus()
            return False
        try:
            principal = accounts.sign_in(self.store, name, self.password.text())
        except UserError as exc:
            self.say(exc.render(i18n.active_language()))
            self.password.clear()
            self.password.setFocus()
            return False
        self.principal = principal
        QSettings().setValue(USER_NAME_KEY, name)
        self.say("")
        self.accept()
        return True
