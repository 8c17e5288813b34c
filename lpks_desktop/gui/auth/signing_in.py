"""Who uses the app: the first administrator on a database without accounts, else a sign-in.

Used at start-up and after a sign-out. Each step is a modal dialog run through
``dialogs.run_modal``, the one place tests answer for the user.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ...core.auth import accounts
from ...core.auth.session import Principal, sign_in_as
from ...core.store import Store
from .. import dialogs
from .first_admin_dialog import FirstAdminDialog
from .password_dialog import ChangePasswordDialog
from .sign_in_dialog import SignInDialog


def needs_first_admin() -> bool:
    return not accounts.has_accounts()


def create_first_admin(store: Store, parent: QWidget | None = None) -> Principal | None:
    """Ask for the first administrator and sign them in; None when the person quits."""
    dialog = FirstAdminDialog(store, parent)
    try:
        if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.principal is None:
            return None
        sign_in_as(dialog.principal)
        return dialog.principal
    finally:
        dialog.deleteLater()


def sign_in(store: Store, parent: QWidget | None = None) -> Principal | None:
    """Ask for a user name and password and sign that person in; None when they quit.

    Someone whose password an administrator set chooses their own before going on.
    """
    dialog = SignInDialog(store, parent)
    try:
        if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.principal is None:
            return None
        principal, typed = dialog.principal, dialog.password.text()
    finally:
        dialog.deleteLater()
    sign_in_as(principal)
    if accounts.must_change_password(principal.username):
        change = ChangePasswordDialog(store, principal.username, parent, forced=True, current=typed)
        try:
            if dialogs.run_modal(change) != QDialog.DialogCode.Accepted:
                sign_in_as(None)
                return None
        finally:
            change.deleteLater()
    return principal
