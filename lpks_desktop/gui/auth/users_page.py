"""The administrator's page of user accounts: add, change roles, reset passwords, lock and unlock."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ...core.auth import accounts
from ...core.auth.permissions import Action
from ...core.auth.session import current_principal
from ...core.errors import UserError
from ...core.store import Store
from .. import dialogs
from ..table_rows import select_row
from .password_dialog import ResetPasswordDialog
from .role_gate import gate
from .user_dialog import UserDialog
from .users_model import UsersModel


class UsersPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.title = QLabel(self.tr("Users"), self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.note = QLabel(self.tr(
            "Who may sign in to this database, and what each role may do. Passwords are never shown: "
            "a forgotten one is reset to a temporary password its owner then changes."), self)
        self.note.setWordWrap(True)

        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 190, 170, 160, 250)):
            self.table.setColumnWidth(column, width)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setToolTip(self.tr("A new account with a temporary password"))
        self.role_button = QPushButton(self.tr("Edit &role…"), self)
        self.role_button.setToolTip(self.tr("The role of the selected account, and its trainer"))
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.reset_button.setToolTip(self.tr(
            "Give the selected account a temporary password, changed by its owner at the next sign-in"))
        self.lock_button = QPushButton(self.tr("&Lock"), self)
        self.lock_button.setToolTip(self.tr("Stop the selected account from signing in until unlocked"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setToolTip(self.tr(
            "Let the selected account sign in again (also after too many failed attempts)"))
        self.buttons = (self.add_button, self.role_button, self.reset_button, self.lock_button,
                        self.unlock_button)
        for button in self.buttons:
            gate(button, Action.MANAGE_USERS)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        bar = QHBoxLayout()
        for button in self.buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.edit_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.lock_button.clicked.connect(self.lock)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.activated.connect(lambda index: self.edit_role())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected()
        try:
            rows = accounts.list_users()
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Users"))
            rows = []
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.username)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Another administrator may have changed accounts on another PC meanwhile.
        self.refresh()
        super().showEvent(event)

    def selected(self) -> accounts.UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _update_buttons(self, *args) -> None:
        user = self.selected()
        me = current_principal()
        self.role_button.setEnabled(user is not None)
        self.reset_button.setEnabled(user is not None)
        locked = user is not None and self.model.is_locked(user)
        self.lock_button.setEnabled(user is not None and not locked
                                    and (me is None or user.username != me.username))
        self.unlock_button.setEnabled(user is not None and (locked or user.failed_logins > 0))

    # -- actions ----------------------------------------------------------------------------

    def new_record(self) -> None:  # the main window's Ctrl+N
        self.add_user()

    def add_user(self) -> None:
        dialog = UserDialog(self.store, None, self)
        if dialogs.run_modal(dialog) and dialog.saved_username:
            self.refresh()
            self.select(dialog.saved_username)

    def edit_role(self) -> None:
        user = self.selected()
        if user is None or not self.role_button.isEnabled():
            return
        dialog = UserDialog(self.store, user, self)
        if dialogs.run_modal(dialog):
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.store, user.username, self)
        if dialogs.run_modal(dialog):
            dialogs.inform(self, self.tr("Reset password"), self.tr(
                "%1 signs in with the temporary password and then chooses a new one.")
                .replace("%1", user.username))
            self.refresh()

    def lock(self) -> None:
        user = self.selected()
        if user is None or not dialogs.ask_yes_no(
                self, self.tr("Lock"),
                self.tr("Lock the account %1? They cannot sign in until an administrator unlocks it.")
                .replace("%1", user.username)):
            return
        self._run(accounts.lock_user, user.username)

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(accounts.unlock_user, user.username)

    def _run(self, change, username: str) -> None:
        try:
            change(self.store, username)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Users"))
        self.refresh()
