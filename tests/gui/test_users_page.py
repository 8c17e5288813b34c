"""The administrator's Users page: the accounts table and each change, all through the core."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lpks_desktop.core import models as m
from lpks_desktop.core.auth import accounts
from lpks_desktop.core.auth.session import signed_in
from lpks_desktop.core.models import User
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.auth.password_dialog import ResetPasswordDialog
from lpks_desktop.gui.auth.user_dialog import UserDialog
from lpks_desktop.gui.auth.users_model import LAST_SIGN_IN, ROLE, STATE, TRAINER, USERNAME, UsersModel
from lpks_desktop.gui.auth.users_page import UsersPage

PASSWORD = "kopi-tubruk-2026"


@pytest.fixture
def admin(store):
    principal = accounts.create_first_admin(store, "admin", PASSWORD, full_name="Hj. Rusmilawati")
    with signed_in(principal):
        yield principal


@pytest.fixture
def page(qtbot, store, admin):
    widget = UsersPage(store)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def trainer(store):
    institution = m.Institution.create(code="LPK-SBP", name="LPK Sapta Bangun Persada")
    return m.Trainer.create(institution=institution.id, full_name="Budi Santoso")


def cell(page, username: str, column: int) -> str:
    return page.model.index(page.model.row_of(username), column).data()


def ok(dialog) -> int:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result()


def test_model_passes_the_model_tester(qtmodeltester, store, admin):
    model = UsersModel()
    model.set_rows(accounts.list_users())
    qtmodeltester.check(model)


def test_adding_a_trainer_account_with_a_temporary_password(qtbot, store, page, trainer, monkeypatch):
    def fill(dialog: UserDialog):
        dialog.user_name.setText("budi")
        dialog.full_name.setText("Budi Santoso")
        dialog.role.setCurrentIndex(dialog.role.findData("trainer"))
        dialog.fields.password.setText("sementara-123")
        dialog.fields.repeat.setText("sementara-123")
        # A trainer account must name its trainer before it can be saved.
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.trainer.setCurrentIndex(dialog.trainer.findData(trainer.id))
        return ok(dialog)

    monkeypatch.setattr(dialogs, "_exec", fill)
    page.add_button.click()
    user = User.get(User.username == "budi")
    assert (user.role, user.trainer_id, user.must_change_password) == ("trainer", trainer.id, True)
    assert cell(page, "budi", ROLE) == "trainer" and cell(page, "budi", TRAINER) == "Budi Santoso"
    assert "must choose a new password" in cell(page, "budi", STATE)
    assert cell(page, "budi", LAST_SIGN_IN) == "Never"
    assert page.selected().username == "budi"


def test_a_refused_account_shows_the_core_message_and_writes_nothing(qtbot, store, page, monkeypatch):
    messages = []

    def fill(dialog: UserDialog):
        dialog.user_name.setText("admin")  # taken
        dialog.fields.password.setText("sementara-123")
        dialog.fields.repeat.setText("sementara-123")
        ok(dialog)
        messages.append(dialog.message.text())
        return dialog.result()

    monkeypatch.setattr(dialogs, "_exec", fill)
    page.add_button.click()
    assert messages == ["The user name admin is already taken."]
    assert User.select().count() == 1


def test_role_reset_lock_and_unlock(qtbot, store, page, monkeypatch):
    accounts.add_user(store, "siti", "clerk", PASSWORD, full_name="Siti Rahma")
    page.refresh()
    assert page.select("siti")
    assert page.lock_button.isEnabled() and not page.unlock_button.isEnabled()

    def to_read_only(dialog: UserDialog):
        dialog.role.setCurrentIndex(dialog.role.findData("read_only"))
        return ok(dialog)

    monkeypatch.setattr(dialogs, "_exec", to_read_only)
    page.role_button.click()
    assert User.get(User.username == "siti").role == "read_only"
    assert cell(page, "siti", ROLE) == "read-only"

    def reset(dialog):
        if isinstance(dialog, ResetPasswordDialog):
            dialog.fields.password.setText("sementara-456")
            dialog.fields.repeat.setText("sementara-456")
            return ok(dialog)
        return QDialog.DialogCode.Accepted  # the note that says what happens next

    monkeypatch.setattr(dialogs, "_exec", reset)
    page.reset_button.click()
    assert accounts.must_change_password("siti")

    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: True)
    page.lock_button.click()
    assert not User.get(User.username == "siti").active
    assert cell(page, "siti", STATE) == "Locked by an administrator"
    assert page.unlock_button.isEnabled() and not page.lock_button.isEnabled()
    page.unlock_button.click()
    assert User.get(User.username == "siti").active
    assert cell(page, "siti", STATE).startswith("Yes")


def test_a_lockout_after_failed_sign_ins_shows_until_when_and_can_be_lifted(qtbot, store, page):
    accounts.add_user(store, "siti", "clerk", PASSWORD)
    for _attempt in range(5):
        with pytest.raises(accounts.SignInFailed):
            accounts.sign_in(store, "siti", "wrong guess")
    page.refresh()
    assert cell(page, "siti", STATE).startswith("Locked until ")
    assert page.select("siti") and page.unlock_button.isEnabled()
    page.unlock_button.click()
    row = User.get(User.username == "siti")
    assert row.locked_until is None and row.failed_logins == 0


def test_locking_the_only_administrator_is_refused_with_the_core_message(qtbot, store, page, monkeypatch):
    accounts.add_user(store, "kedua", "admin", PASSWORD)
    accounts.lock_user(store, "kedua")
    page.refresh()
    assert page.select("admin")
    # One's own account is not offered for locking.
    assert not page.lock_button.isEnabled()
    shown = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: True)
    page._run(accounts.lock_user, "admin")
    assert shown and "only active administrator" in shown[0]
    assert User.get(User.username == "admin").active


def test_last_sign_in_is_shown_on_this_pc_clock(qtbot, store, page):
    accounts.add_user(store, "siti", "clerk", PASSWORD)
    accounts.sign_in(store, "siti", PASSWORD, now=dt.datetime(2026, 11, 3, 1, 30))
    page.refresh()
    assert "2026" in cell(page, "siti", LAST_SIGN_IN)
    assert cell(page, "siti", USERNAME) == "siti"
