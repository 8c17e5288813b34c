"""The first start on a database without accounts: create its first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from ... import APP_NAME
from ...core.auth import accounts
from ...core.auth.passwords import password_problems
from ...core.auth.session import Principal
from ...core.errors import UserError
from ...core.store import Store
from .. import i18n
from ..forms.fields import ERROR_STYLE
from .password_fields import NewPasswordFields


class FirstAdminDialog(QDialog):
    """User name, full name and password (twice) of the account that manages all the others.

    Accepted once the core has created the account; ``principal`` is then the
    new administrator, signed in.
    """

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("First administrator — %1").replace("%1", APP_NAME))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("Create the first administrator"), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        intro = QLabel(self.tr(
            "This database has no user accounts yet. The administrator you create now signs in "
            "with this name and password, and adds, changes and locks the accounts of everyone else."),
            self)
        intro.setWordWrap(True)
        where = QLabel(self.tr("Database: %1").replace("%1", store.location.display()), self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.user_name = QLineEdit(self)
        self.user_name.setMaxLength(64)
        self.user_name.setPlaceholderText(self.tr("e.g. admin or your first name, without spaces"))
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(150)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&User name:"), self.user_name)
        form.addRow(self.tr("&Full name:"), self.full_name)
        self.fields = NewPasswordFields(form, self, self._problems, self.tr("&Password:"))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("&Create and sign in"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.user_name.textChanged.connect(self.fields.check)
        self.user_name.textChanged.connect(self._update_button)
        self.full_name.textChanged.connect(self._update_button)
        self.fields.changed.connect(self._update_button)
        self._update_button()
        self.user_name.setFocus()

    def _problems(self, password: str) -> list:
        return password_problems(password, self.user_name.text().strip())

    def _update_button(self) -> None:
        self.create_button.setEnabled(bool(self.user_name.text().strip()) and self.fields.acceptable())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def create(self) -> bool:
        if not self.create_button.isEnabled():
            return False
        name = self.user_name.text().strip()
        try:
            self.principal = accounts.create_first_admin(
                self.store, name, self.fields.value(), full_name=self.full_name.text().strip())
        except UserError as exc:
            self.say(exc.render(i18n.active_language()))
            return False
        self.accept()
        return True
