"""Settings: data settings in the database, this PC's in QSettings, a real connection test."""

from __future__ import annotations

import os
import socket

import pytest
from PySide6.QtCore import QSettings, Qt

from lpks_desktop.core.database import parse_location
from lpks_desktop.core.models import Institution, Setting
from lpks_desktop.core.services.settings import default_paper, minutes_per_jp
from lpks_desktop.gui import dialogs, i18n, pc_settings
from lpks_desktop.gui.pages.settings_page import SettingsPage

PG_URL = os.environ.get("LPKS_TEST_PG_URL", "").strip()


@pytest.fixture
def page(qtbot, store):
    widget = SettingsPage(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nobody listens once the socket is closed


def run_test_connection(qtbot, page) -> str:
    click(qtbot, page.database.test_button)
    page.database.test_job.wait()
    qtbot.waitUntil(page.database.result.isVisible, timeout=2000)
    return page.database.result.text()


def test_minutes_per_jp_are_saved_in_the_database(qtbot, page):
    assert page.minutes.value() == 45 and not page.save_button.isEnabled()
    type_into(qtbot, page.minutes.lineEdit(), "50")
    assert page.save_button.isEnabled()
    click(qtbot, page.save_button)
    assert minutes_per_jp() == 50
    assert Setting.get(Setting.key == "minutes_per_jp").institution_id is None
    assert page.saved_note.text() == "Saved." and not page.save_button.isEnabled()


def test_paper_size_is_saved_for_the_chosen_institution_only(qtbot, store, page):
    first = store.save(Institution(code="LPK-A", name="LPK Satu"))
    second = store.save(Institution(code="LPK-B", name="LPK Dua"))
    page.set_institution(None)
    assert not page.paper.isEnabled()
    page.set_institution(first.id)
    assert page.paper.isEnabled() and "LPK-A" in page.paper_label.text()
    page.paper.setFocus()
    qtbot.keyClick(page.paper, Qt.Key.Key_Down)
    assert page.paper.currentData() == "F4"
    click(qtbot, page.save_button)
    assert (default_paper(first.id), default_paper(second.id)) == ("F4", "A4")
    assert Setting.select().where(Setting.key == "minutes_per_jp").count() == 0  # untouched
    page.set_institution(second.id)
    assert page.paper.currentData() == "A4"


def test_language_is_kept_in_this_pcs_settings(qtbot, page, monkeypatch):
    monkeypatch.delenv("LPKS_LANG", raising=False)
    page.language.setCurrentIndex(page.language.findData("id"))
    page.language.setCurrentIndex(page.language.findData("en"))
    assert QSettings().value(i18n.LANGUAGE_KEY) == "en" and i18n.language() == "en"
    assert "Restart" in page.language_note.text()
    assert Setting.select().count() == 0


def test_an_unreachable_server_is_reported_as_a_failure(qtbot, page):
    page.database.server_choice.setChecked(True)
    type_into(qtbot, page.database.host, "127.0.0.1")
    type_into(qtbot, page.database.port.lineEdit(), str(closed_port()))
    type_into(qtbot, page.database.dbname, "lpks")
    type_into(qtbot, page.database.user, "clerk")
    text = run_test_connection(qtbot, page)
    assert text.startswith("✖") and "Cannot connect to the PostgreSQL server" in text
    assert "b3261e" in page.database.result.styleSheet()
    assert page.database.test_button.isEnabled()


@pytest.mark.skipif(not PG_URL, reason="LPKS_TEST_PG_URL is not set")
def test_the_test_server_is_reported_as_reachable(qtbot, page):
    fields = pc_settings.location_fields(parse_location(PG_URL))
    page.database.server_choice.setChecked(True)
    type_into(qtbot, page.database.host, fields["host"])
    type_into(qtbot, page.database.port.lineEdit(), str(fields["port"]))
    type_into(qtbot, page.database.dbname, fields["dbname"])
    type_into(qtbot, page.database.user, fields["user"])
    type_into(qtbot, page.database.password, fields["password"])
    text = run_test_connection(qtbot, page)
    assert text.startswith("✔") and "Connected to" in text


def test_a_damaged_file_fails_and_a_new_file_is_not_made_by_testing(qtbot, page, tmp_path):
    damaged = tmp_path / "rusak.db"
    damaged.write_bytes(b"this is not a database" * 100)
    page.database.file_choice.setChecked(True)
    type_into(qtbot, page.database.path, str(damaged))
    assert run_test_connection(qtbot, page).startswith("✖")
    new_file = tmp_path / "baru.db"
    type_into(qtbot, page.database.path, str(new_file))
    assert "no database at" in run_test_connection(qtbot, page)
    assert not new_file.exists()


def test_the_chosen_database_is_remembered_for_the_next_start(qtbot, store, page, tmp_path):
    assert pc_settings.configured_database_url() is None
    page.database.server_choice.setChecked(True)
    type_into(qtbot, page.database.host, "server-lpks")
    type_into(qtbot, page.database.port.lineEdit(), "5433")
    type_into(qtbot, page.database.dbname, "lpks")
    type_into(qtbot, page.database.user, "admin")
    type_into(qtbot, page.database.password, "r@hasia/1")
    click(qtbot, page.database.use_button)
    assert "next time" in page.database.result.text()
    location = pc_settings.configured_location()
    assert (location.host, location.port, location.dbname, location.user, location.password) == (
        "server-lpks", 5433, "lpks", "admin", "r@hasia/1")
    again = SettingsPage(store)
    qtbot.addWidget(again)
    assert again.database.server_choice.isChecked() and again.database.password.text() == "r@hasia/1"
    page.database.file_choice.setChecked(True)
    type_into(qtbot, page.database.path, str(tmp_path / "lpks.db"))
    click(qtbot, page.database.use_button)
    assert pc_settings.configured_location() == parse_location(str(tmp_path / "lpks.db"))


def test_a_location_that_cannot_be_used_is_refused(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_user_error", lambda parent, exc, title="": shown.append(exc))
    page.database.file_choice.setChecked(True)
    type_into(qtbot, page.database.path, r"\\server\data\lpks.db")
    click(qtbot, page.database.use_button)
    assert len(shown) == 1 and "network folder" in shown[0].render("en")
    assert pc_settings.configured_database_url() is None


def test_letterhead_button_asks_for_the_institutions_page(qtbot, page):
    with qtbot.waitSignal(page.openInstitutions, timeout=1000):
        click(qtbot, page.letterhead_button)
