"""The plain main window on an empty and on a demo database, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.gui import i18n
from lpks_desktop.gui.app import create_application
from lpks_desktop.gui.main_window import GEOMETRY_KEY, MainWindow


@pytest.fixture
def app(qapp, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "id")
    return create_application([])


def test_empty_database_explains_how_to_load_demo_data(app, qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.heading.text() == "Selamat datang di LPKS Desktop"
    assert "lpks-desktop demo" in window.summary.text()
    assert store.location.display() in window.database_label.text()
    assert window.database_label.text().startswith("Basis data:")


def test_demo_database_lists_institutions_and_counts(app, qtbot, store):
    fill_demo(store, participants=80, seed=3)
    window = MainWindow(store)
    qtbot.addWidget(window)
    text = window.summary.text()
    assert "Lembaga" in text and text.count("<li>") == 3
    assert "80 peserta" in text


def test_english_when_selected(qapp, qtbot, store, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "en")
    create_application([])
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        assert window.heading.text() == "Welcome to LPKS Desktop"
    finally:
        monkeypatch.setenv("LPKS_LANG", "id")
        i18n.install(qapp)


def test_window_geometry_is_remembered(app, qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 530)  # within the 800x600 offscreen screen, or Qt clamps it
    window.close()
    assert QSettings().value(GEOMETRY_KEY) is not None
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 530)
