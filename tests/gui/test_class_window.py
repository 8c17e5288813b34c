"""The class window: details, schedule with its JP summary, actions by selection, participants, history."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from lpks_desktop.core import models as m
from lpks_desktop.core.services.sessions import cancel_session
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.models.schedule_model import (
    CANCELLED_COLOR,
    JOURNAL,
    NUMBER,
    STATUS,
    TRAINERS,
    UNIT,
    ScheduleModel,
)
from lpks_desktop.gui.models.unit_jp_model import PLANNED_JP, SHORT_COLOR, UnitJpModel
from lpks_desktop.gui.pages.class_window import HISTORY_TAB, ClassWindow

# The classes page tests' data: two institutions, four classes, sessions, participants.
from test_classes_page import add_session, build_world, days

ACTIONS = "lpks_desktop.gui.schedule.actions"


class FakeActions(types.ModuleType):
    """Stands in for gui.schedule.actions: records each call and answers as told."""

    def __init__(self, answer=False, effect=None):
        super().__init__(ACTIONS)
        self.calls: list[tuple] = []
        self.answer = answer
        self.effect = effect
        for name in ("generate_schedule", "add_session", "edit_session", "cancel_sessions",
                     "restore_sessions", "delete_sessions", "assign_trainers", "write_journal",
                     "print_journal"):
            setattr(self, name, self._recorder(name))

    def _recorder(self, name):
        def call(parent, store, *args):
            self.calls.append((name, *args))
            if self.effect:
                self.effect(name, store, *args)
            return self.answer
        return call


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """A question nobody answered would block the run; it is answered by closing it (Esc)."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def actions(monkeypatch):
    fake = FakeActions()
    monkeypatch.setitem(sys.modules, ACTIONS, fake)
    return fake


@pytest.fixture
def window(qtbot, store, world):
    window = ClassWindow(store, world.running.id)
    qtbot.addWidget(window)
    window.show()
    return window


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def select(window: ClassWindow, *rows: int) -> None:
    table, model = window.schedule.table, window.schedule.model
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def enabled(window: ClassWindow) -> set[str]:
    tab = window.schedule
    names = {"generate": tab.generate_action, "add": tab.add_action, "edit": tab.edit_action,
             "cancel": tab.cancel_action, "restore": tab.restore_action, "delete": tab.delete_action,
             "trainers": tab.trainers_action, "journal": tab.journal_action, "print": tab.print_action}
    return {name for name, action in names.items() if action.isEnabled()}


def test_the_window_shows_the_class_its_sessions_and_the_jp_summary(window, world):
    assert window.windowTitle().startswith("SBP-JHT-A — Menjahit Angkatan 1")
    assert not window.isModal()
    details = {key: label.text() for key, label in window.details.items()}
    assert details["program"] == "JHT — Menjahit Pakaian (20 JP)"
    assert details["institution"] == "LPK-SBP — LPK Sapta Bangun Persada"
    assert details["room"] == "Ruang Jahit (20 seats)"
    assert details["seats"] == "2 seated of 16 places"
    assert (details["funding"], details["status"]) == ("APBN", "Running")
    assert details["sessions"] == "3 (and 1 cancelled)"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "&Schedule (4)", "&Participants (3)", "&Attendance", "Ass&essment", "&Certificates",
        "&History (0)"]

    model = window.schedule.model
    assert [cell(model, row, NUMBER) for row in range(4)] == ["1", "2", "–", "3"]
    assert cell(model, 0, UNIT) == "C.141000.001.02 Mengukur Tubuh"
    assert cell(model, 0, TRAINERS) == "Budi Santoso, Sari Wulandari (assistant)"
    assert cell(model, 0, JOURNAL) == "4"
    assert cell(model, 1, JOURNAL) == "—"  # taken place, no journal yet
    assert cell(model, 3, JOURNAL) == ""  # still to come
    assert cell(model, 2, STATUS) == "Cancelled"
    assert cell(model, 2, UNIT, Qt.ItemDataRole.ToolTipRole) == "Cancelled: Listrik padam"
    assert cell(model, 2, UNIT, Qt.ItemDataRole.ForegroundRole).color() == CANCELLED_COLOR
    assert cell(model, 0, UNIT, Qt.ItemDataRole.ForegroundRole) is None

    assert window.schedule.summary_label.text() == (
        "Scheduled: 12 of the program's 20 JP · delivered (journals written): 4 JP · "
        "8 JP still to schedule")
    units = window.schedule.units
    rows = [[cell(units, row, column) for column in range(5)] for row in range(units.rowCount())]
    assert rows == [["C.141000.001.02", "Mengukur Tubuh", "8", "8", "4"],
                    ["C.141000.002.02", "Membuat Pola", "12", "4", "0"]]
    assert cell(units, 1, PLANNED_JP, Qt.ItemDataRole.ForegroundRole).color() == SHORT_COLOR
    assert cell(units, 1, PLANNED_JP, Qt.ItemDataRole.ToolTipRole) == "8 JP short of the program"
    assert cell(units, 0, PLANNED_JP, Qt.ItemDataRole.ForegroundRole) is None


def test_actions_are_enabled_by_what_is_selected(window):
    always = {"generate", "add", "print"}
    assert enabled(window) == always
    select(window, 0)  # held, in the past
    assert enabled(window) == always | {"edit", "cancel", "delete", "trainers", "journal"}
    select(window, 2)  # cancelled
    assert enabled(window) == always | {"restore", "delete"}
    select(window, 3)  # still to come: no journal yet
    assert enabled(window) == always | {"edit", "cancel", "delete", "trainers"}
    select(window, 0, 1, 2)
    assert enabled(window) == always | {"cancel", "restore", "delete", "trainers"}
    window.schedule.table.clearSelection()
    assert enabled(window) == always


def test_each_action_calls_the_schedule_actions_with_the_right_sessions(window, world, actions):
    ids = [s.id for s in world.sessions]
    tab = window.schedule
    tab.generate_action.trigger()
    tab.add_action.trigger()
    tab.print_action.trigger()
    tab.edit_action.trigger()  # nothing selected: not run
    select(window, 0, 1, 2)
    tab.cancel_action.trigger()
    tab.restore_action.trigger()
    tab.delete_action.trigger()
    tab.trainers_action.trigger()
    select(window, 1)
    tab.edit_action.trigger()
    tab.journal_action.trigger()
    klass = world.running.id
    assert actions.calls == [
        ("generate_schedule", klass), ("add_session", klass), ("print_journal", klass),
        ("cancel_sessions", ids[:2]), ("restore_sessions", [ids[2]]), ("delete_sessions", ids[:3]),
        ("assign_trainers", klass, ids[:2]), ("edit_session", ids[1]), ("write_journal", ids[1])]


def test_double_click_edits_and_ctrl_j_writes_the_journal(qtbot, window, world, actions):
    table = window.schedule.table
    rect = table.visualRect(window.schedule.model.index(1, UNIT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert actions.calls == [("edit_session", world.sessions[1].id)]
    table.setFocus()
    assert window.schedule.journal_action.shortcut() == QKeySequence("Ctrl+J")
    qtbot.keyClick(table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert actions.calls[-1] == ("write_journal", world.sessions[1].id)
    # A cancelled session has nothing to edit: the double-click does nothing.
    rect = table.visualRect(window.schedule.model.index(2, UNIT))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(actions.calls) == 2


def test_a_change_reloads_the_tab_keeping_the_selection(qtbot, store, window, world, actions):
    def cancel(name, store, session_ids):
        for session_id in session_ids:
            cancel_session(store, session_id, "Instruktur sakit")

    actions.effect = lambda name, store, *args: cancel(name, store, *args)
    actions.answer = True
    changed = []
    window.classChanged.connect(changed.append)
    select(window, 1, 3)
    window.schedule.cancel_action.trigger()
    model = window.schedule.model
    assert [cell(model, row, STATUS) for row in range(4)] == ["Held", "Cancelled", "Cancelled", "Cancelled"]
    assert window.schedule.selected_ids() == [world.sessions[1].id, world.sessions[3].id]
    assert enabled(window) >= {"restore"} and "cancel" not in enabled(window)
    assert window.schedule.summary_label.text().startswith("Scheduled: 4 of the program's 20 JP")
    assert window.details["sessions"].text() == "1 (and 3 cancelled)"
    assert changed == [world.running.id]
    # The class has started, so the core recorded both cancellations; the history shows them.
    assert window.tabs.tabText(HISTORY_TAB) == "&History (2)"
    history = window.history.model
    assert history.row(0)["kind"] == "Cancelled" and history.row(0)["reason"] == "Instruktur sakit"
    assert window.history.view.isVisibleTo(window.history)


def test_nothing_changed_means_no_reload(window, actions):
    resets = []
    window.schedule.model.modelReset.connect(lambda: resets.append(True))
    window.schedule.add_action.trigger()
    assert actions.calls == [("add_session", window.class_id)] and not resets


def test_an_action_this_version_lacks_is_said_not_crashed(window, actions, monkeypatch):
    del actions.print_journal
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    window.schedule.print_action.trigger()
    assert warned == ["This version cannot do that yet."]


def test_participants_by_status_and_opening_one(qtbot, window, world):
    tab = window.participants
    model = tab.model
    assert [model.row(r)["full_name"] for r in range(model.rowCount())] == [
        "Rina Hidayah", "Siti Aminah", "Agus Wibowo"]
    assert cell(model, 0, 3) == "In training" and cell(model, 2, 3) == "Registered"
    assert tab.counts_label.text() == "In training: 2 · Registered: 1"
    opened = []
    window.openParticipant.connect(opened.append)
    tab.view.activated.emit(model.index(2, 1))
    assert opened == [model.row(2)["participant_id"]]


def test_an_empty_history_says_when_changes_are_recorded(window):
    assert window.history.empty_label.isVisibleTo(window.history)
    assert not window.history.view.isVisibleTo(window.history)


def test_a_class_deleted_elsewhere_closes_its_window(qtbot, store, world, monkeypatch):
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    add_session(store, world.planned, days(41), "08:00", "12:00")
    window = ClassWindow(store, world.planned.id)
    qtbot.addWidget(window)
    window.show()
    m.ClassSession.delete().where(m.ClassSession.training_class == world.planned.id).execute()
    m.TrainingClass.delete().where(m.TrainingClass.id == world.planned.id).execute()
    window.reload()
    assert warned and not window.isVisible()


def test_schedule_models_keep_the_qt_model_contract(qtmodeltester, window):
    qtmodeltester.check(window.schedule.model)
    qtmodeltester.check(window.schedule.units)
    qtmodeltester.check(window.history.model)
    qtmodeltester.check(window.participants.model)
    empty = ScheduleModel()
    qtmodeltester.check(empty)
    units = UnitJpModel()
    units.set_summary({"units": [], "other_planned_jp": 3, "other_delivered_jp": 1,
                       "program_jp": 0, "planned_jp": 3, "delivered_jp": 1})
    assert cell(units, 0, 1) == "Other sessions (no unit)" and cell(units, 0, 2) == ""
    qtmodeltester.check(units)


def test_cancelling_through_the_real_schedule_actions(qtbot, window, world, monkeypatch):
    from lpks_desktop.gui.schedule.reason_dialog import ReasonDialog

    def clerk(dialog):
        if isinstance(dialog, ReasonDialog):
            dialog.reason.setPlainText("Instruktur sakit mendadak")
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "_exec", clerk)
    select(window, 3)
    window.schedule.cancel_action.trigger()
    assert m.ClassSession.get_by_id(world.sessions[3].id).status == "cancelled"
    assert cell(window.schedule.model, 3, STATUS) == "Cancelled"
    assert window.schedule.selected_ids() == [world.sessions[3].id]
    assert enabled(window) == {"generate", "add", "print", "restore", "delete"}
    assert window.history.model.row(0)["reason"] == "Instruktur sakit mendadak"
