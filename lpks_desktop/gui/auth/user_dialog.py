"""Adding a user, and changing a user's role (with the trainer record a trainer account belongs to)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from ...core.auth import accounts
from ...core.auth.passwords import password_problems
from ...core.auth.session import TRAINER
from ...core.errors import UserError
from ...core.models import Trainer
from ...core.store import Store
from .. import i18n
from ..forms.fields import ERROR_STYLE
from .password_fields import NewPasswordFields
from .role_gate import role_choices


def _trainer_choices() -> list[tuple[int, str]]:
    query = (Trainer.select(Trainer.id, Trainer.full_name)
             .where(Trainer.archived == False)  # noqa: E712
             .order_by(Trainer.full_name))
    return [(row.id, row.full_name) for row in query]


class UserDialog(QDialog):
    """``user`` None: a new account with a temporary password; else that account's role."""

    def __init__(self, store: Store, user: accounts.UserRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.user = user
        self.saved_username: str | None = None
        self.setMinimumWidth(500)
        self.setWindowTitle(self.tr("Add user") if user is None else
                            self.tr("Role of %1").replace("%1", user.username))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_name = QLineEdit(self)
        self.user_name.setMaxLength(40)
        self.user_name.setPlaceholderText(self.tr("lowercase letters, digits, dots or hyphens"))
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(150)
        self.role = QComboBox(self)
        for code, text in role_choices():
            self.role.addItem(text, code)
        self.trainer = QComboBox(self)
        self.trainer.addItem(self.tr("(choose the trainer)"), None)
        for trainer_id, name in _trainer_choices():
            self.trainer.addItem(name, trainer_id)
        self.role_note = QLabel(self)
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("color: palette(placeholder-text);")
        if user is None:
            form.addRow(self.tr("&User name:"), self.user_name)
            form.addRow(self.tr("&Full name:"), self.full_name)
        else:
            self.user_name.setText(user.username)
            self.full_name.setText(user.full_name)
            shown = QLabel(f"{user.username} — {user.full_name}" if user.full_name else user.username, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("User:"), shown)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.role_note)
        form.addRow(self.tr("&Trainer:"), self.trainer)
        self.fields: NewPasswordFields | None = None
        if user is None:
            intro = QLabel(self.tr("The temporary password is changed by its owner at their first sign-in."),
                           self)
            intro.setWordWrap(True)
            form.addRow(intro)
            self.fields = NewPasswordFields(
                form, self, lambda text: password_problems(text, self.user_name.text().strip()),
                self.tr("Temporary &password:"))
            self.user_name.textChanged.connect(self.fields.check)
        else:
            self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
            self.trainer.setCurrentIndex(max(self.trainer.findData(user.trainer_id), 0))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.role.currentIndexChanged.connect(self._role_changed)
        for signal in (self.user_name.textChanged, self.trainer.currentIndexChanged):
            signal.connect(self._update_ok)
        if self.fields is not None:
            self.fields.changed.connect(self._update_ok)
        self._role_changed()
        (self.user_name if user is None else self.role).setFocus()

    def chosen_role(self) -> str:
        return self.role.currentData()

    def chosen_trainer(self) -> int | None:
        return self.trainer.currentData() if self.chosen_role() == TRAINER else None

    def _role_changed(self, *args) -> None:
        notes = {
            "admin": self.tr("Everything, including user accounts, settings, the audit trail and restoring "
                             "backups."),
            "clerk": self.tr("Day-to-day work: participants, classes, schedules, attendance, assessment, "
                             "certificates, imports and backups."),
            "trainer": self.tr("Only the classes this trainer teaches: sees and prints them, enters "
                               "attendance and writes the journal."),
            "read_only": self.tr("Sees and prints everything, changes nothing (a head of the centre or an "
                                 "inspector)."),
        }
        self.role_note.setText(notes.get(self.chosen_role(), ""))
        self.trainer.setEnabled(self.chosen_role() == TRAINER)
        self._update_ok()

    def _update_ok(self, *args) -> None:
        ready = self.chosen_role() != TRAINER or self.trainer.currentData() is not None
        if self.user is None:
            ready = ready and bool(self.user_name.text().strip()) and self.fields.acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> bool:
        try:
            if self.user is None:
                created = accounts.add_user(self.store, self.user_name.text().strip(), self.chosen_role(),
                                            self.fields.value(), full_name=self.full_name.text().strip(),
                                            trainer_id=self.chosen_trainer())
                self.saved_username = created.username
                # Whoever an administrator gives a password to chooses their own at first sign-in.
                accounts.set_password(self.store, created.username, self.fields.value())
            else:
                accounts.set_role(self.store, self.user.username, self.chosen_role(),
                                  trainer_id=self.chosen_trainer())
                self.saved_username = self.user.username
        except UserError as exc:
            self.say(exc.render(i18n.active_language()))
            return False
        self.accept()
        return True
