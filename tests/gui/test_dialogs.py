"""The helper module for every question and message to the user.

Other screens' tests patch ``dialogs.ask_yes_no`` and friends; here ``dialogs._exec``
is patched to answer as the user would, by clicking a button of the real box.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lpks_desktop import APP_NAME
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.i18n import Text
from lpks_desktop.core.validation.problems import error, warning
from lpks_desktop.gui import dialogs, i18n

Btn = QMessageBox.StandardButton


@pytest.fixture
def language(qapp, monkeypatch):
    def install(lang: str) -> None:
        monkeypatch.setenv("LPKS_LANG", lang)
        i18n.install(qapp)

    install("en")
    yield install
    monkeypatch.setenv("LPKS_LANG", "en")
    i18n.install(qapp)


@pytest.fixture
def user(monkeypatch, language):
    """Stands in for the person at the keyboard: ``user.click = Btn.Yes``, or None to close the window."""
    class User:
        click: Btn | None = None
        shown: list = []

    def answer(dialog):
        User.shown.append(dialog)
        if isinstance(dialog, QMessageBox) and User.click is not None:
            dialog.button(User.click).click()
        else:
            dialog.reject()
        return 0

    User.shown = []
    monkeypatch.setattr(dialogs, "_exec", answer)
    return User


@pytest.mark.parametrize(("click", "expected"), [(Btn.Yes, True), (Btn.No, False), (None, False)])
def test_ask_yes_no(user, click, expected):
    user.click = click
    assert dialogs.ask_yes_no(None, "Hapus", "Hapus peserta ini?") is expected


def test_ask_yes_no_defaults_to_no_unless_asked(user):
    user.click = Btn.No
    dialogs.ask_yes_no(None, "t", "x")
    dialogs.ask_yes_no(None, "t", "x", default_no=False)
    first, second = user.shown
    assert first.defaultButton() is first.button(Btn.No)
    assert second.defaultButton() is second.button(Btn.Yes)
    assert first.escapeButton() is first.button(Btn.No)


@pytest.mark.parametrize(("click", "expected"), [
    (Btn.Save, "save"), (Btn.Discard, "discard"), (Btn.Cancel, "cancel"), (None, "cancel")])
def test_ask_save_discard_cancel(user, click, expected):
    user.click = click
    assert dialogs.ask_save_discard_cancel(None, "Formulir", "Simpan perubahan?") == expected


def test_questions_use_indonesian_buttons(user, language):
    language("id")
    user.click = Btn.Save
    dialogs.ask_save_discard_cancel(None, "t", "x")
    box = user.shown[0]
    assert [box.button(b).text() for b in (Btn.Save, Btn.Discard, Btn.Cancel)] == ["Simpan", "Buang", "Batal"]


@pytest.mark.parametrize(("function", "icon"), [
    (dialogs.inform, QMessageBox.Icon.Information),
    (dialogs.warn, QMessageBox.Icon.Warning),
    (dialogs.error, QMessageBox.Icon.Critical)])
def test_messages_show_text_as_plain_text(user, function, icon):
    function(None, "", "Nama <b>Siti</b> & Co")
    box = user.shown[0]
    assert box.icon() == icon
    assert box.textFormat() == Qt.TextFormat.PlainText  # typed names are not HTML
    assert box.text() == "Nama <b>Siti</b> & Co"
    assert box.windowTitle() == APP_NAME


def test_user_error_in_the_interface_language(user, language):
    exc = UserError(Text("Disk penuh saat menulis ke {where}.", "The disk is full writing to {where}.",
                         {"where": "D:\\lpks.db"}))
    dialogs.show_user_error(None, exc)
    language("id")
    dialogs.show_user_error(None, exc, "Simpan")
    english, indonesian = user.shown
    assert english.text() == "The disk is full writing to D:\\lpks.db."
    assert english.windowTitle() == "Cannot continue"
    assert indonesian.text() == "Disk penuh saat menulis ke D:\\lpks.db."
    assert indonesian.windowTitle() == "Simpan"


def _problems():
    return [
        warning("Telepon", "phone_odd", Text("{field} tampak tidak biasa.", "{field} looks unusual.")),
        error("NIK", "nik_length", Text("{field} harus 16 angka.", "{field} must have 16 digits.")),
        error("Nama", "required", Text("{field} wajib diisi.", "{field} is required.")),
    ]


def test_problems_list_errors_first_and_apart_from_warnings(user):
    dialogs.show_problems(None, "Peserta", _problems())
    dialog = user.shown[0]
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    assert [i.text() for i in items] == [
        "Error: NIK must have 16 digits.", "Error: Nama is required.", "Warning: Telepon looks unusual."]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == ["error", "error", "warning"]
    assert items[0].foreground().color() != items[2].foreground().color()
    assert items[0].icon().cacheKey() != items[2].icon().cacheKey()
    assert dialog.summary.text().splitlines() == [
        "2 errors must be corrected before the data can be saved.",
        "1 warning: worth a second look, but saving is allowed."]


def test_problems_in_indonesian(user, language):
    language("id")
    dialogs.show_problems(None, "Peserta", _problems()[:2])
    dialog = user.shown[0]
    assert dialog.list.item(0).text() == "Kesalahan: NIK harus 16 angka."
    assert dialog.list.item(1).text() == "Peringatan: Telepon tampak tidak biasa."
    assert dialog.summary.text().startswith("1 kesalahan harus diperbaiki")


def test_callers_patch_one_function(monkeypatch):
    """The pattern for screens' tests: no window opens, the answer is scripted."""
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **kw: asked.append(text) or True)
    assert dialogs.ask_yes_no(None, "t", "Hapus?") is True
    assert asked == ["Hapus?"]
