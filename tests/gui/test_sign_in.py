"""Signing in to the desktop app: the first administrator, wrong passwords, lockout, sign-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from lpks_desktop.core.auth import accounts
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, current_principal, sign_in_as, signed_in
from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core import models as m
from lpks_desktop.core.models import Institution, User
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.gui import app as desktop_app
from lpks_desktop.gui import dialogs, first_run
from lpks_desktop.gui.auth import signing_in
from lpks_desktop.gui.auth.first_admin_dialog import FirstAdminDialog
from lpks_desktop.gui.auth.password_dialog import ChangePasswordDialog
from lpks_desktop.gui.auth.sign_in_dialog import USER_NAME_KEY, SignInDialog

PASSWORD = "kopi-tubruk-2026"


@pytest.fixture
def nobody(store):
    """Start as the app does: nobody signed in yet (the suite's default is the system administrator)."""
    sign_in_as(None)
    yield
    sign_in_as(None)


def answer_with(monkeypatch, *steps):
    """Answer the modal dialogs in order: each step fills in its dialog and returns its result."""
    queue = list(steps)
    seen = []

    def run(dialog):
        seen.append(type(dialog).__name__)
        assert queue, f"unexpected dialog {type(dialog).__name__}"
        return queue.pop(0)(dialog)

    monkeypatch.setattr(dialogs, "_exec", run)
    return seen


def type_sign_in(name: str, password: str):
    def step(dialog: SignInDialog):
        dialog.user_name.setText(name)
        dialog.password.setText(password)
        dialog.sign_in_button.click()
        return dialog.result()
    return step


def make_user(store, name: str, role: str, *, trainer_id=None) -> None:
    with signed_in(accounts.principal_for(User.get(User.role == "admin"))):
        accounts.add_user(store, name, role, PASSWORD, full_name=name.title(), trainer_id=trainer_id)


def test_first_administrator_on_a_fresh_database_then_sign_in(qtbot, store, nobody, monkeypatch):
    assert signing_in.needs_first_admin()
    dialog = FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled()
    dialog.user_name.setText("ketua")
    dialog.full_name.setText("Hj. Rusmilawati")
    dialog.fields.password.setText("pendek")
    # The policy's own words, as the password is typed.
    assert "too short" in dialog.fields.problems.text()
    assert not dialog.create_button.isEnabled()
    dialog.fields.password.setText(PASSWORD)
    dialog.fields.repeat.setText(PASSWORD + "x")
    assert "same password" in dialog.fields.problems.text()
    assert not dialog.create_button.isEnabled()
    dialog.fields.repeat.setText(PASSWORD)
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    admin = User.get(User.username == "ketua")
    assert (admin.role, admin.full_name, admin.active) == ("admin", "Hj. Rusmilawati", True)
    assert PASSWORD not in admin.password_hash
    assert not signing_in.needs_first_admin()

    # Next start: a sign-in, not the first administrator again.
    answer_with(monkeypatch, type_sign_in("ketua", PASSWORD))
    assert signing_in.sign_in(store) is not None
    assert current_principal().username == "ketua" and current_principal().role == "admin"
    assert QSettings().value(USER_NAME_KEY) == "ketua"


def fill_first_admin(name: str):
    def step(dialog: FirstAdminDialog):
        dialog.user_name.setText(name)
        dialog.fields.password.setText(PASSWORD)
        dialog.fields.repeat.setText(PASSWORD)
        dialog.create_button.click()
        return dialog.result()
    return step


def test_an_empty_database_gets_the_wizard_then_its_first_administrator(qtbot, store, nobody, monkeypatch):
    """Demo data from the wizard brings passwordless accounts; the administrator may take one's name."""
    asked = []

    def wizard(self):
        asked.append("wizard")
        # Before any account exists the installation itself writes, as the command line does.
        assert current_principal().username == "system"
        fill_demo(store, participants=12, seed=5)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", wizard)
    asked_dialogs = answer_with(monkeypatch, fill_first_admin("admin"))
    assert desktop_app.start(store) is True
    assert asked + asked_dialogs == ["wizard", "FirstAdminDialog"]
    assert Institution.select().exists()
    admin = User.get(User.username == "admin")
    assert admin.role == "admin" and admin.password_hash
    assert current_principal().username == "admin"
    assert accounts.sign_in(store, "admin", PASSWORD).role == "admin"


def test_a_database_with_records_but_no_account_asks_only_for_the_administrator(
        qtbot, store, nobody, monkeypatch):
    with signed_in(SYSTEM_ADMIN):
        save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})
    monkeypatch.setattr(first_run.FirstRunWizard, "exec", lambda self: pytest.fail("no wizard"))
    asked = answer_with(monkeypatch, fill_first_admin("ketua"))
    assert desktop_app.start(store) is True
    assert asked == ["FirstAdminDialog"]
    assert current_principal().username == "ketua"


def test_quitting_the_first_administrator_ends_the_start(qtbot, store, nobody, monkeypatch):
    monkeypatch.setattr(first_run.FirstRunWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    answer_with(monkeypatch, lambda dialog: QDialog.DialogCode.Rejected)
    assert desktop_app.start(store) is False
    assert current_principal() is None
    assert not User.select().exists()


def test_wrong_password_says_so_and_lets_the_person_try_again(qtbot, store, nobody):
    accounts.create_first_admin(store, "admin", PASSWORD)
    QSettings().setValue(USER_NAME_KEY, "admin")
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.user_name.text() == "admin"  # remembered on this PC
    dialog.password.setText("not-the-password")
    assert dialog.try_sign_in() is False
    assert dialog.message.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    assert current_principal() is None
    dialog.user_name.setText("nobody-here")
    dialog.password.setText(PASSWORD)
    assert dialog.try_sign_in() is False
    assert dialog.message.text() == "Wrong user name or password."
    dialog.user_name.setText("admin")
    dialog.password.setText(PASSWORD)
    assert dialog.try_sign_in() is True
    assert dialog.principal.username == "admin"


def test_lockout_message_after_five_failures(qtbot, store, nobody):
    accounts.create_first_admin(store, "admin", PASSWORD)
    make_user(store, "siti", "clerk")
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("siti")
    for _attempt in range(4):
        dialog.password.setText("wrong guess")
        dialog.try_sign_in()
        assert dialog.message.text() == "Wrong user name or password."
    dialog.password.setText("wrong guess")
    dialog.try_sign_in()
    message = dialog.message.text()
    assert "locked until" in message and "siti" in message, message
    # Even the right password is refused while the lock lasts, with the same message.
    dialog.password.setText(PASSWORD)
    assert dialog.try_sign_in() is False
    assert "locked until" in dialog.message.text()
    assert current_principal() is None


def test_caps_lock_is_guessed_from_the_letters_typed(qtbot, store, nobody):
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.caps.isHidden()
    qtbot.keyClicks(dialog.password, "A")  # upper case without Shift
    assert not dialog.caps.isHidden()
    qtbot.keyClicks(dialog.password, "b")
    assert dialog.caps.isHidden()


def test_a_password_set_by_an_administrator_is_changed_at_sign_in(qtbot, store, nobody, monkeypatch):
    accounts.create_first_admin(store, "admin", PASSWORD)
    make_user(store, "siti", "clerk")
    with signed_in(accounts.principal_for(User.get(User.username == "admin"))):
        accounts.set_password(store, "siti", "sementara-123")

    def change(dialog: ChangePasswordDialog):
        assert dialog.forced and dialog.current is None
        dialog.fields.password.setText("milik-siti-sendiri")
        dialog.fields.repeat.setText("milik-siti-sendiri")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    seen = answer_with(monkeypatch, type_sign_in("siti", "sementara-123"), change)
    principal = signing_in.sign_in(store)
    assert seen == ["SignInDialog", "ChangePasswordDialog"]
    assert principal.username == "siti" and current_principal() == principal
    assert not accounts.must_change_password("siti")
    sign_in_as(None)
    with pytest.raises(accounts.SignInFailed):
        accounts.sign_in(store, "siti", "sementara-123")
    assert accounts.sign_in(store, "siti", "milik-siti-sendiri").username == "siti"


def test_sign_out_then_a_clerk_signs_in_without_the_users_page(qtbot, store, nobody, monkeypatch):
    admin = accounts.create_first_admin(store, "admin", PASSWORD)
    make_user(store, "siti", "clerk")
    sign_in_as(admin)
    window = desktop_app.open_main_window(store)
    qtbot.addWidget(window)
    assert "users" in window.offered_keys()
    assert "admin" in window.user_label.text() and "administrator" in window.user_label.text()

    seen = answer_with(monkeypatch, type_sign_in("siti", PASSWORD))
    assert window.sign_out_action.isEnabled()
    window.sign_out_action.trigger()
    assert seen == ["SignInDialog"]
    assert current_principal().username == "siti"
    clerk_window = desktop_app._windows[0]
    qtbot.addWidget(clerk_window)
    assert clerk_window is not window and clerk_window.isVisible() and not window.isVisible()
    assert "users" not in clerk_window.offered_keys()
    assert "participants" in clerk_window.offered_keys()
    users_row = [clerk_window.nav.item(row).data(Qt.ItemDataRole.UserRole)
                 for row in range(clerk_window.nav.count())].index("users")
    assert clerk_window.nav.item(users_row).isHidden()
    assert "clerk" in clerk_window.user_label.text()


def test_quitting_at_sign_in_after_a_sign_out_ends_the_app(qtbot, store, nobody, monkeypatch):
    admin = accounts.create_first_admin(store, "admin", PASSWORD)
    sign_in_as(admin)
    window = desktop_app.open_main_window(store)
    qtbot.addWidget(window)
    quits = []
    monkeypatch.setattr(desktop_app.QCoreApplication, "quit", lambda: quits.append(True))
    answer_with(monkeypatch, lambda dialog: QDialog.DialogCode.Rejected)
    window.sign_out()
    assert quits == [True] and current_principal() is None and desktop_app._windows == []


def test_sign_out_stops_when_a_class_window_keeps_unsaved_work(qtbot, store, nobody, monkeypatch):
    admin = accounts.create_first_admin(store, "admin", PASSWORD)
    sign_in_as(admin)
    institution = Institution.create(code="LPK-SBP", name="LPK Sapta Bangun Persada")
    program = m.Program.create(institution=institution.id, code="JHT", name="Menjahit", total_jp=20)
    klass = m.TrainingClass.create(institution=institution.id, program=program.id, code="SBP-JHT-01",
                                   name="Menjahit 1", batch=1, capacity=10)
    window = desktop_app.open_main_window(store)
    qtbot.addWidget(window)
    class_window = window.open_class(klass.id)
    qtbot.addWidget(class_window)
    # The person answers Cancel to "save the marks first?": the class window stays open.
    monkeypatch.setattr(class_window.attendance, "has_unsaved", lambda: True)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda *args: "cancel")
    answer_with(monkeypatch)  # no sign-in dialog may appear
    assert window.sign_out() is False
    assert current_principal() == admin and class_window.isVisible() and window.isVisible()
    monkeypatch.setattr(class_window.attendance, "has_unsaved", lambda: False)
    answer_with(monkeypatch, type_sign_in("admin", PASSWORD))
    assert window.sign_out() is True
    assert not class_window.isVisible() and window.class_windows() == []
