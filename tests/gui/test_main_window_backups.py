"""The main window's part in backups: a restore from Settings hands over to the restored data,
and closing the window makes the backup that is due."""

from lpks_desktop.core import models
from lpks_desktop.core.auth.session import current_principal
from lpks_desktop.core.backup import list_backups, make_backup
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.backup import backup_settings
from lpks_desktop.gui.backup.restore_dialog import RestorePlan
from lpks_desktop.gui.main_window import MainWindow


def _backup_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "backups"
    folder.mkdir()
    backup_settings.set_backup_folder(folder)
    return folder


def test_restore_from_settings_reopens_the_backup_and_signs_everyone_out(qtbot, store, tmp_path,
                                                                         monkeypatch):
    folder = _backup_folder(tmp_path, monkeypatch)
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)
    data_settings.set_setting(store, data_settings.MINUTES_PER_JP, 50)
    info = make_backup(store, folder=folder)
    data_settings.set_setting(store, data_settings.MINUTES_PER_JP, 60)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    got = []
    window.restored.connect(got.append)
    window.go_to("settings").restoreRequested.emit(RestorePlan(info.path, None, info.created_at))
    try:
        assert got and got[0] is not None
        assert current_principal() is None
        assert data_settings.minutes_per_jp() == 50
        assert not window.isVisible()
    finally:
        if got and got[0] is not None:
            got[0].close()
        models.database.initialize(store.db)


def test_closing_the_window_backs_up_what_changed(qtbot, store, tmp_path, monkeypatch):
    folder = _backup_folder(tmp_path, monkeypatch)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    data_settings.set_setting(store, data_settings.MINUTES_PER_JP, 55)
    window.close()
    assert [b.reason for b in list_backups(folder)] == ["auto"]
