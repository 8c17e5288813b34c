"""The main window: navigation, institution switcher, status bar, remembered state, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.gui import i18n
from lpks_desktop.gui.app import create_application
from lpks_desktop.gui.main_window import GEOMETRY_KEY, PAGE_KEY, MainWindow


@pytest.fixture
def app(qapp, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "id")
    return create_application([])


@pytest.fixture
def demo_window(app, qtbot, store):
    fill_demo(store, participants=120, seed=3)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_names_the_database_and_the_user(demo_window, store):
    assert store.location.display() in demo_window.database_label.text()
    assert demo_window.database_label.text().startswith("Basis data:")
    assert demo_window.user_label.text().startswith("Pengguna:")


def test_institution_switcher_offers_all_and_each_institution(demo_window):
    box = demo_window.institution_box
    assert box.count() == 4 and box.isEnabled()
    assert box.itemText(0) == "Semua lembaga"
    page = demo_window.go_to("participants")
    everyone = page.model.total
    box.setCurrentIndex(1)
    assert 0 < page.model.total < everyone


def test_find_shortcut_focuses_the_search_box(demo_window, qtbot):
    page = demo_window.go_to("participants")
    qtbot.waitExposed(demo_window)
    demo_window.activateWindow()
    QTest.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus() or demo_window.find_action.shortcut().toString() == "Ctrl+F"


def test_geometry_and_last_page_are_remembered(app, qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.resize(940, 580)  # within the 800x600-ish offscreen screen, or Qt clamps it
    keys = [window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())]
    window.go_to(keys[-1])
    window.close()
    assert QSettings().value(GEOMETRY_KEY) is not None
    assert QSettings().value(PAGE_KEY) == keys[-1]
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.nav.currentRow() == len(keys) - 1


def test_english_when_selected(qapp, qtbot, store, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "en")
    create_application([])
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        assert window.database_label.text().startswith("Database:")
        assert window.institution_box.itemText(0) in ("All institutions", "")
    finally:
        monkeypatch.setenv("LPKS_LANG", "id")
        i18n.install(qapp)


def test_a_class_opens_in_its_own_window_from_the_home_page_and_the_calendar(demo_window, qtbot):
    from lpks_desktop.core.models import TrainingClass

    klass = TrainingClass.get(TrainingClass.status == "running")
    home = demo_window.go_to("home")
    home.openClass.emit(klass.id)
    classes = demo_window.page("classes")
    window = classes.class_window(klass.id)
    assert window is not None and window.isVisible()
    assert demo_window.current_page() is home  # the clerk stays where they were
    demo_window.go_to("calendar").openClass.emit(klass.id)
    assert classes.class_window(klass.id) is window
    window.close()


def test_the_attendance_page_opens_a_class_on_its_attendance_tab(demo_window, qtbot):
    from lpks_desktop.core.models import ClassSession, SessionStatus, TrainingClass

    klass = TrainingClass.get(TrainingClass.status == "running")
    session = (ClassSession.select().where(ClassSession.training_class == klass.id,
                                           ClassSession.status != SessionStatus.CANCELLED)
               .order_by(ClassSession.date).first())
    page = demo_window.go_to("attendance")
    page.openAttendance.emit(klass.id, session.id)
    window = demo_window.page("classes").class_window(klass.id)
    assert window is not None and window.isVisible()
    assert window.tabs.currentWidget() is window.attendance
    assert demo_window.current_page() is page
    window.close()


def test_the_certificates_page_opens_a_class_on_its_certificates_tab(demo_window, qtbot):
    from lpks_desktop.core.models import Certificate

    certificate = Certificate.select().where(Certificate.status == "valid").first()
    class_id = certificate.enrollment.training_class_id
    page = demo_window.go_to("certificates")
    page.openCertificates.emit(class_id, certificate.number)
    window = demo_window.page("classes").class_window(class_id)
    assert window is not None and window.isVisible()
    assert window.tabs.currentWidget() is window.certificates
    chosen = window.certificates.selected_rows()
    assert [row.certificate_number for row in chosen] == [certificate.number]
    assert demo_window.current_page() is page
    window.close()
