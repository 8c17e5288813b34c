"""Each role is offered only what the core would let it do: pages, buttons, class windows."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from lpks_desktop.core import models as m
from lpks_desktop.core.auth.permissions import Action
from lpks_desktop.core.auth.session import Principal, signed_in
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.auth.role_gate import gate, is_gated
from lpks_desktop.gui.main_window import MainWindow
from lpks_desktop.gui.pages.class_window import (ASSESSMENT_TAB, ATTENDANCE_TAB, CERTIFICATES_TAB,
                                                 HISTORY_TAB, PARTICIPANTS_TAB, SCHEDULE_TAB, ClassWindow)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from class_scenario import build, session  # noqa: E402  (institutions, a program, trainers, a class)

HEAD = Principal("kepala", "read_only", user_id=90, full_name="Kepala LPK")
CLERK = Principal("siti", "clerk", user_id=91, full_name="Siti Rahma")


@pytest.fixture
def world(store):
    scenario = build(store)
    session(store, scenario.klass, dt.date(2026, 11, 3), "08:00", "12:00", unit=scenario.units[0],
            trainers=[(scenario.budi, "lead")])
    other = store.save(m.TrainingClass(
        institution=scenario.stb.id, program=scenario.program.id, code="STB-JHT-2026-02",
        name="Menjahit Angkatan 2", batch=2, capacity=10, status=m.ClassStatus.RUNNING,
        start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 11, 30)))
    session(store, other, dt.date(2026, 11, 4), "08:00", "12:00", trainers=[(scenario.sari, "lead")])
    scenario.other = other
    return scenario


def trainer_of(world) -> Principal:
    return Principal("budi", "trainer", user_id=92, trainer_id=world.budi.id, full_name="Budi Santoso")


def window_for(qtbot, store, principal) -> MainWindow:
    with signed_in(principal):
        window = MainWindow(store)
    qtbot.addWidget(window)
    return window


def test_gate_keeps_a_control_disabled_when_its_page_enables_it_again(qtbot):
    button, action = QPushButton("Save"), QAction("Save")
    qtbot.addWidget(button)
    with signed_in(HEAD):
        assert gate(button, Action.EDIT_PARTICIPANTS) is False
        assert gate(action, Action.EDIT_PARTICIPANTS) is False
        assert gate(QPushButton("Print"), Action.PRINT) is True
    assert not button.isEnabled() and not action.isEnabled()
    assert button.toolTip() == "Not for your role (read-only): it may not change participants."
    button.setEnabled(True)  # as a page does when a row is selected
    action.setEnabled(True)
    assert not button.isEnabled() and not action.isEnabled()
    assert is_gated(button) and is_gated(action)


def test_read_only_sees_every_record_but_no_button_that_changes_one(qtbot, store, world):
    window = window_for(qtbot, store, HEAD)
    offered = window.offered_keys()
    assert "users" not in offered
    assert {"participants", "classes", "programs", "trainers", "settings", "certificates",
            "audit"} <= set(offered)
    with signed_in(HEAD):
        participants = window.go_to("participants")
        participants.refresh()
        classes = window.go_to("classes")
        settings = window.go_to("settings")
        programs = window.go_to("programs")
    for button in (participants.new_button, participants.edit_button, participants.delete_button,
                   participants.import_button, classes.new_button, classes.cancel_button,
                   programs.new_button, settings.save_button, settings.schedules.save_button,
                   settings.certificates.keys_button, settings.letterhead_button):
        assert not button.isEnabled() and is_gated(button), button.text()
        assert "read-only" in button.toolTip()
    assert participants.export_button.isEnabled() and not is_gated(participants.export_button)
    # Ctrl+N on the page does not open a form the core would refuse to save.
    opened = []
    participants.open_form = lambda record_id: opened.append(record_id)
    window.go_to("participants")
    window.new_action.trigger()
    assert opened == []
    # A selection enables Edit and Delete for a clerk; for a read-only user they stay off.
    with signed_in(HEAD):
        classes.refresh()
    assert classes.select_id(world.klass.id)
    assert not classes.edit_button.isEnabled() and not classes.delete_button.isEnabled()
    assert classes.open_button.isEnabled()


def test_read_only_class_window_shows_everything_and_saves_nothing(qtbot, store, world):
    with signed_in(HEAD):
        window = ClassWindow(store, world.klass.id)
    qtbot.addWidget(window)
    assert all(window.tabs.isTabVisible(tab) for tab in range(window.tabs.count()))
    assert not window.edit_button.isEnabled() and not window.import_button.isEnabled()
    assert window.export_button.isEnabled()
    for action in (window.schedule.add_action, window.schedule.journal_action,
                   window.attendance.save_action, window.attendance.present_action,
                   window.assessment.save_action, window.participants.register_action):
        assert not action.isEnabled(), action.text()
    assert window.schedule.print_action.isEnabled() and window.attendance.print_action.isEnabled()
    assert not window.certificates.issue_button.isEnabled()
    assert not window.certificates.revoke_button.isEnabled()
    # The grids can be read and scrolled, not typed into.
    assert is_gated(window.attendance.view) and is_gated(window.assessment.view)
    assert window.attendance.view.editTriggers() == window.attendance.view.EditTrigger.NoEditTriggers
    window.schedule.table.selectRow(0)
    assert window.schedule.run("edit") is False  # a double-click would edit: not offered


def test_trainer_sees_home_attendance_and_only_their_own_classes(qtbot, store, world, monkeypatch):
    trainer = trainer_of(world)
    window = window_for(qtbot, store, trainer)
    assert window.offered_keys() == ["home", "attendance"]
    with signed_in(trainer):
        page = window.go_to("attendance")
        assert page.trainer_id() == world.budi.id
        assert not page.trainer_box.isEnabled()
        assert page.splitter.widget(1).isHidden()  # participants at risk in every class
        # Their own week's sheets: printing is theirs.
        assert not is_gated(page.print_week_button) and not is_gated(page.print_selected_button)

        warned = []
        monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
        assert window.open_class(world.other.id) is None
        assert warned and "trainer" in warned[0]
        own = window.open_class(world.klass.id)
    assert own is not None
    qtbot.addWidget(own)
    visible = [tab for tab in range(own.tabs.count()) if own.tabs.isTabVisible(tab)]
    assert visible == [SCHEDULE_TAB, ATTENDANCE_TAB]
    for hidden in (PARTICIPANTS_TAB, ASSESSMENT_TAB, CERTIFICATES_TAB, HISTORY_TAB):
        assert not own.tabs.isTabVisible(hidden)
    # Schedule read-only; journal, attendance and printing are theirs.
    for action in (own.schedule.add_action, own.schedule.edit_action, own.schedule.delete_action,
                   own.schedule.trainers_action):
        assert is_gated(action) and not action.isEnabled()
    assert not is_gated(own.schedule.journal_action) and not is_gated(own.schedule.print_action)
    assert not is_gated(own.attendance.save_action) and not is_gated(own.attendance.view)
    assert own.attendance.print_action.isEnabled()
    assert not own.edit_button.isEnabled() and not own.import_button.isEnabled()


def test_clerk_lacks_users_settings_editing_and_revoking(qtbot, store, world):
    window = window_for(qtbot, store, CLERK)
    offered = window.offered_keys()
    assert "users" not in offered and "audit" not in offered
    assert "settings" in offered
    with signed_in(CLERK):
        settings = window.go_to("settings")
        participants = window.go_to("participants")
        class_window = ClassWindow(store, world.klass.id)
    qtbot.addWidget(class_window)
    assert not settings.save_button.isEnabled() and "clerk" in settings.save_button.toolTip()
    assert not settings.certificates.keys_button.isEnabled()
    assert settings.letterhead_button.isEnabled()  # institutions are records a clerk keeps
    assert participants.new_button.isEnabled() and participants.import_button.isEnabled()
    assert not class_window.certificates.revoke_button.isEnabled()
    assert not is_gated(class_window.certificates.issue_button)
    assert not is_gated(class_window.attendance.save_action)


def test_administrator_is_offered_every_page_and_refused_nothing(qtbot, store, world):
    admin = Principal("admin", "admin", user_id=1)
    window = window_for(qtbot, store, admin)
    keys = [window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())]
    assert window.offered_keys() == keys and "users" in keys
    with signed_in(admin):
        for key in keys:
            window.go_to(key)
        class_window = ClassWindow(store, world.klass.id)
    qtbot.addWidget(class_window)
    for key, page in window._page_widgets.items():
        assert not any(is_gated(child) for child in page.findChildren(QPushButton)), key
    assert not any(is_gated(action) for action in class_window.findChildren(QAction))
