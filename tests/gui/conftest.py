from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Each GUI test gets its own settings file, never the developer's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def english_unless_a_test_asks(qapp, monkeypatch):
    """Translators are global to the application: each test starts in English and leaves it so.

    A test that wants Bahasa Indonesia sets LPKS_LANG=id and installs it itself.
    """
    from lpks_desktop.gui import i18n

    monkeypatch.setenv("LPKS_LANG", "en")
    i18n.install(qapp)
    yield
    monkeypatch.setenv("LPKS_LANG", "en")
    i18n.install(qapp)
