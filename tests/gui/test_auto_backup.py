"""Automatic backups: when something changed and not otherwise, on closing, one at a time, and a
failure told once without blocking the clerk."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from lpks_desktop.core.backup import list_backups
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.backup import backup_settings, running
from lpks_desktop.gui.backup.auto_backup import AutoBackup


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "backups"
    path.mkdir()
    backup_settings.set_backup_folder(path)
    return path


@pytest.fixture
def said(monkeypatch):
    texts = []
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: texts.append(dialog.text()) or 0)
    return texts


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def auto(store, window):
    return AutoBackup(store, window, start_timer=False)


def change_something(store, minutes: int) -> None:
    data_settings.set_setting(store, data_settings.MINUTES_PER_JP, minutes)


def test_backs_up_when_something_changed_and_not_otherwise(qtbot, store, folder, auto, window):
    job = auto.check()
    assert job.wait() == "done" and job.result is not None
    first = list_backups(folder)
    assert [b.reason for b in first] == ["auto"]
    assert str(first[0].path) in window.statusBar().currentMessage()
    # Nothing changed since: no second backup, even on closing.
    assert auto.check().wait() == "done"
    assert list_backups(folder) == first
    assert auto.on_close() is True
    assert list_backups(folder) == first


def test_while_open_a_change_waits_for_the_daily_backup_but_closing_saves_it(
        qtbot, store, folder, auto):
    auto.check().wait()
    first = list_backups(folder)
    change_something(store, 50)
    assert auto.check().wait() == "done"  # the last automatic backup is not a day old yet
    assert list_backups(folder) == first
    assert auto.on_close() is True
    made = auto.job.result
    assert made is not None and made.reason == "auto" and made.path != first[0].path
    # Rotation keeps one backup of a day: the folder still holds one.
    assert len(list_backups(folder)) == 1
    from lpks_desktop.core.backup import backup_due

    assert not backup_due(store, folder, closing=True)


def test_turned_off_means_no_backup(qtbot, store, folder, auto):
    backup_settings.set_automatic_enabled(False)
    assert auto.check() is None
    assert auto.on_close() is True
    assert list_backups(folder) == []


def test_never_two_backups_at_once(qtbot, store, folder, auto):
    gate = threading.Event()
    other = running.start(lambda progress, cancelled: gate.wait(30), "another backup", show_dialog=False)
    try:
        assert auto.check() is None
    finally:
        gate.set()
        other.wait()
    assert auto.check().wait() == "done"
    assert len(list_backups(folder)) == 1


def test_a_failure_is_shown_once_without_blocking(qtbot, store, tmp_path, auto, window, said):
    unplugged = tmp_path / "usb-stick-removed"
    backup_settings.set_backup_folder(unplugged)
    reasons = []
    auto.failedWith.connect(reasons.append)
    assert auto.check().wait() == "failed"
    box = auto.failure_box
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert str(unplugged) in box.text() and "USB" in box.text()
    assert said == []  # nothing modal
    box.close()
    auto.failure_box = None
    assert auto.check().wait() == "failed"
    assert auto.failure_box is None  # the same trouble is not shown again
    assert len(reasons) == 2 and str(unplugged) in window.statusBar().currentMessage()
    assert not unplugged.exists()


def test_closing_backs_up_with_a_dialog_and_cancel_leaves_nothing(qtbot, store, folder, auto, monkeypatch):
    from lpks_desktop.gui import workers

    shown = []
    original = workers.Job.start

    def start_and_cancel(job):
        started = original(job)
        if job.dialog is not None:
            shown.append(job.dialog.windowTitle())
            job.dialog.request_cancel()
        return started

    monkeypatch.setattr(workers.Job, "start", start_and_cancel)
    assert auto.on_close() is True
    assert shown == ["Backing up before closing"]
    assert list_backups(folder) == []
    assert [p.name for p in folder.iterdir() if p.name.endswith(".partial")] == []
