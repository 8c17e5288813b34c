"""Settings › Backups, the list of backups and the restore dialog, on real databases and files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lpks_desktop.core import models
from lpks_desktop.core.auth.session import CLERK, Principal, signed_in
from lpks_desktop.core.backup import list_backups, make_backup, set_backup_password
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.gui import dialogs, i18n
from lpks_desktop.gui.backup import backup_settings, password_dialog, restore_dialog, settings_section
from lpks_desktop.gui.backup.backups_model import BackupsModel
from lpks_desktop.gui.backup.restore_dialog import RestoreDialog, RestorePlan, run_restore
from lpks_desktop.gui.backup.settings_section import BackupSettingsSection

SHOTS = Path(os.environ["LPKS_SHOTS"]) if os.environ.get("LPKS_SHOTS") else None
PASSWORD = "kunci-cadangan-2026"


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """The default backup folder lives in this test's folder, never the developer's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


@pytest.fixture
def said(monkeypatch):
    """Message boxes answered at once (Yes for questions); what they said is kept."""
    texts = []

    def answer(dialog):
        texts.append(dialog.text() if hasattr(dialog, "text") else dialog.windowTitle())
        if hasattr(dialog, "standardButton"):
            yes = dialog.button(dialogs.Button.Yes)
            if yes is not None:
                yes.click()
        return 0

    monkeypatch.setattr(dialogs, "_exec", answer)
    return texts


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "usb-stick"
    path.mkdir()
    backup_settings.set_backup_folder(path)
    return path


@pytest.fixture
def section(qtbot, store, folder, said):
    widget = BackupSettingsSection(store)
    qtbot.addWidget(widget)
    widget.resize(820, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_backup_list_model_keeps_the_qt_model_contract(qtmodeltester, store, folder):
    make_backup(store, folder=folder, reason="auto")
    make_backup(store, folder=folder, reason="manual")
    for with_state in (False, True):
        model = BackupsModel(with_state=with_state)
        model.set_backups(list_backups(folder))
        if with_state:
            model.set_state(model.backup(0).path, "✔")
        qtmodeltester.check(model)
        assert model.rowCount() == 2
        assert model.columnCount() == (5 if with_state else 4)
        assert {model.index(row, 1).data() for row in range(2)} == {"Automatic", "By hand"}
        assert model.index(0, 3).data() == "No"


def test_back_up_now_writes_a_backup_the_list_shows(qtbot, section, folder):
    assert section.model.rowCount() == 0 and section.empty_note.isVisible()
    job = section.back_up_now()
    assert job.wait() == "done"
    files = list_backups(folder)
    assert len(files) == 1 and files[0].reason == "manual"
    assert section.model.rowCount() == 1
    assert str(files[0].path) in section.last_result.text()


def test_back_up_to_a_chosen_folder_with_its_own_password(qtbot, section, tmp_path, monkeypatch):
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(settings_section, "choose_folder", lambda *a: str(other))
    monkeypatch.setattr(settings_section, "ask_password", lambda *a, **k: PASSWORD)
    job = section.back_up_to()
    assert job.wait() == "done"
    made = list_backups(other)
    assert len(made) == 1 and made[0].encrypted
    assert b"SQLite format 3" not in made[0].path.read_bytes()


def test_a_missing_usb_stick_is_told_and_nothing_is_written(qtbot, section, said, tmp_path):
    gone = tmp_path / "unplugged"
    backup_settings.set_backup_folder(gone)
    job = section.back_up_now()
    assert job.wait() == "failed"
    assert any(str(gone) in text and "USB" in text for text in said)
    assert not gone.exists()


def test_a_clerk_may_back_up_but_not_restore_or_set_the_password(qtbot, store, folder, said):
    make_backup(store, folder=folder)
    with signed_in(Principal("ani", CLERK)):
        widget = BackupSettingsSection(store)
        qtbot.addWidget(widget)
        widget.select_row(0)
        assert widget.backup_button.isEnabled() and widget.check_button.isEnabled()
        assert not widget.restore_button.isEnabled()
        assert not widget.restore_file_button.isEnabled()
        assert not widget.password_button.isEnabled()
        assert widget.restore_selected() is None


def test_same_disk_as_the_database_is_warned(qtbot, store, tmp_path, said):
    if not store.location.is_sqlite:
        pytest.skip("a server's database has no file on this PC")
    backup_settings.set_backup_folder(tmp_path)  # the database's own folder
    widget = BackupSettingsSection(store)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.folder_warning.isVisible()
    assert "same disk" in widget.folder_warning.text()


def test_check_reports_a_good_backup(qtbot, section, store, folder, said):
    make_backup(store, folder=folder)
    section.refresh_list()
    section.select_row(0)
    job = section.check_selected()
    assert job.wait() == "done"
    assert "passed its check" in said[-1]


def checked_dialog(qtbot, store, path) -> RestoreDialog:
    dialog = RestoreDialog(store.location, path)
    qtbot.addWidget(dialog)
    return dialog


def test_wrong_password_is_said_in_the_restore_dialog(qtbot, store, folder, monkeypatch):
    set_backup_password(store, PASSWORD)
    info = make_backup(store, folder=folder)
    assert info.encrypted
    typed = iter(["not the password", PASSWORD])
    monkeypatch.setattr(restore_dialog, "ask_password", lambda *a, **k: next(typed))
    dialog = checked_dialog(qtbot, store, info.path)
    assert dialog.start_check().wait() == "failed"
    assert "password is wrong" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.password_button.isVisibleTo(dialog)
    # The right password: the dialog shows what the backup holds and what will happen.
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    assert dialog.check_job.wait() == "done"
    assert dialog.restore_button.isEnabled()
    assert "passed its check" in dialog.status.text()
    assert "schema version" in dialog.details.text()
    assert store.location.display() in dialog.consequence.text()
    assert dialog.plan().password == PASSWORD


def test_a_damaged_backup_cannot_be_restored(qtbot, store, folder):
    info = make_backup(store, folder=folder)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    info.path.write_bytes(bytes(data[: len(data) // 2 + 4096]))
    dialog = checked_dialog(qtbot, store, info.path)
    dialog.start_check().wait()
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.status.text() or "failed its check" in dialog.status.text()


def test_restore_brings_back_the_backed_up_data_and_keeps_the_current_one(qtbot, store, folder, said):
    info = make_backup(store, folder=folder)
    data_settings.set_setting(store, data_settings.MINUTES_PER_JP, 50)
    released = []
    reopened, outcome = run_restore(None, store, RestorePlan(info.path, None, info.created_at),
                                    release=lambda: released.append(True))
    try:
        assert released == [True]
        assert reopened is not None and reopened is not store
        assert data_settings.minutes_per_jp() == 45
        assert "was restored" in said[-1]
        if store.location.is_sqlite:
            kept = Path(outcome.kept_aside)
            assert kept.exists() and str(kept) in said[-1]
    finally:
        if reopened is not None:
            reopened.close()
        models.database.initialize(store.db)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_screens_look(qtbot, store, folder, lang, monkeypatch, said):
    """Screenshots for a person to look at (set LPKS_SHOTS to a folder)."""
    monkeypatch.setenv("LPKS_LANG", lang)
    i18n.install(QApplication.instance())
    set_backup_password(store, PASSWORD)
    make_backup(store, folder=folder, reason="auto")
    widget = BackupSettingsSection(store)
    qtbot.addWidget(widget)
    widget.resize(820, 560)
    widget.show()
    widget.select_row(0)
    monkeypatch.setattr(restore_dialog, "ask_password", lambda *a, **k: "wrong password")
    dialog = checked_dialog(qtbot, store, list_backups(folder)[0].path)
    dialog.resize(600, 320)
    dialog.show()
    dialog.start_check().wait()
    ask = password_dialog.PasswordDialog("Backup password", "Type it", confirm=True)
    qtbot.addWidget(ask)
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"backups-section-{lang}.png"))
        dialog.grab().save(str(SHOTS / f"restore-wrong-password-{lang}.png"))
        monkeypatch.setattr(restore_dialog, "ask_password", lambda *a, **k: PASSWORD)
        dialog.start_check().wait()
        QApplication.processEvents()
        dialog.grab().save(str(SHOTS / f"restore-checked-{lang}.png"))
        ask.show()
        ask.grab().save(str(SHOTS / f"password-{lang}.png"))
    assert widget.model.rowCount() == 1
