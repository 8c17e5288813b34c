"""The class window's attendance tab: which session it opens on, saving (one transaction, refused,
in conflict with another PC, undone), the rates after a save, closing with unsaved marks, and
the print and recap actions."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.gui import dialogs, document_export
from lpks_desktop.gui.attendance.grid_model import CONFLICT_ROLE
from lpks_desktop.gui.pages.class_window import ATTENDANCE_TAB, ClassWindow

from test_attendance_grid import RATE, build_grid_world, column, press, select

PRINT_MODULE = "lpks_desktop.gui.attendance.print_dialog"
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(store):
    return build_grid_world(store)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """A dialog nobody answers would block the run: it is closed as with Esc. Windows closed at
    the end of a test drop their unsaved marks."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, title, text: "discard")


@pytest.fixture
def said(monkeypatch):
    """What the tab told the clerk, without dialogs: warnings, problems, user errors."""
    told: dict[str, list] = {"warn": [], "problems": [], "errors": []}
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: told["warn"].append(text))
    monkeypatch.setattr(dialogs, "show_problems",
                        lambda parent, title, problems: told["problems"].extend(problems))
    monkeypatch.setattr(dialogs, "show_user_error",
                        lambda parent, exc, title="": told["errors"].append(exc.render("en")))
    return told


@pytest.fixture
def window(qtbot, store, world):
    window = ClassWindow(store, world.klass.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened(window, session_id=None):
    """The tab as the clerk opens it: by clicking it (today's session), or for one session."""
    if session_id is None:
        window.tabs.setCurrentIndex(ATTENDANCE_TAB)
    else:
        window.show_attendance(session_id)
    tab = window.attendance
    tab.view.setFocus()
    return tab


def test_the_tab_opens_on_todays_session_and_can_show_them_all(window, world):
    assert not window.attendance.loaded  # read when first shown
    assert window.tabs.tabText(ATTENDANCE_TAB) == "&Attendance"
    tab = opened(window)
    assert window.tabs.currentIndex() == ATTENDANCE_TAB
    assert window.tabs.tabText(ATTENDANCE_TAB) == "&Attendance (4)"
    assert tab.chosen_session() == world.sessions[3].id  # today's: the latest that has taken place
    assert tab.model.is_single() and tab.model.columnCount() == 5
    # The cursor waits on the first empty cell of the session.
    assert (tab.view.currentIndex().row(), tab.view.currentIndex().column()) == (0, 0)
    assert tab.session_combo.itemText(0) == "All sessions (5)"
    assert tab.session_combo.itemText(5).endswith("(not yet)")
    window.show_attendance(world.sessions[1].id)
    assert tab.chosen_session() == world.sessions[1].id
    window.show_attendance()  # the whole class, as the attendance page asks for it
    assert tab.model.columnCount() == 7 and tab.chosen_session() is None
    # All sessions: the cursor goes to today's column, the last one that can be typed in.
    assert tab.view.currentIndex().column() == 3
    # Four attending, none can miss a session more; three past sessions are not marked yet.
    assert tab.rates_summary().startswith("4 participants at risk, 3 past sessions with participants "
                                          "not yet marked.")
    assert "Excused (I): counted as absent; sick (S): counted as absent." in tab.rates_summary()


def test_typed_marks_are_saved_together_with_ctrl_s_and_the_rates_follow(qtbot, window, world):
    tab = opened(window)
    changed = []
    window.classChanged.connect(changed.append)
    qtbot.keyClicks(tab.view, "hhsa")
    assert tab.pending_label.text() == "4 unsaved changes"
    assert window.tabs.tabText(ATTENDANCE_TAB) == "&Attendance (4) *"
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H"}
    press(qtbot, tab.view, Qt.Key.Key_S, modifier=Ctrl)
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H", (3, "ani"): "H", (3, "budi"): "H",
                             (3, "citra"): "S", (3, "dewi"): "A"}
    assert tab.model.pending_count() == 0 and tab.pending_label.text() == ""
    assert window.tabs.tabText(ATTENDANCE_TAB) == "&Attendance (4)"
    assert tab.status_label.text() == "Saved: 4 marks written."
    assert changed == [world.klass.id]
    # The rates are read again, just after: Budi attended today's 4 JP of the 8 delivered.
    qtbot.waitUntil(lambda: tab.model.data(tab.model.index(1, tab.model.first_rate_column())) == "50.0%")
    assert not tab.model.undo_stack.canUndo()
    # The save can be undone as a whole until the next edit.
    assert tab.undo_save_action.isEnabled()
    tab.undo_save_action.trigger()
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H"}
    assert column(tab.view, 0) == ["", "", "", ""]
    assert not tab.undo_save_action.isEnabled()
    assert changed == [world.klass.id, world.klass.id]


def test_a_cell_saved_twice_in_a_row_is_no_conflict(qtbot, window, world, said):
    tab = opened(window)
    qtbot.keyClicks(tab.view, "h")
    assert tab.save() and world.mark(3, "ani").row_version == 1
    select(tab.view, (0, 0))
    qtbot.keyClicks(tab.view, "a")
    assert tab.model.pending_changes()[0].expected_version == 1  # the version the save gave it
    assert tab.save() and said["warn"] == []
    assert world.mark(3, "ani").mark == "A" and world.mark(3, "ani").row_version == 2
    select(tab.view, (0, 0))
    press(qtbot, tab.view, Qt.Key.Key_Delete)
    assert tab.save() and world.mark(3, "ani") is None
    qtbot.keyClicks(tab.view, "s")
    assert tab.model.pending_changes()[0].expected_version == 0
    assert tab.save() and world.mark(3, "ani").mark == "S"


def test_a_new_edit_ends_the_offer_to_undo_the_save(qtbot, window, world):
    tab = opened(window)
    qtbot.keyClicks(tab.view, "h")
    tab.save_action.trigger()
    assert tab.undo_save_action.isEnabled()
    assert tab.view.currentIndex().row() == 1  # the cursor stays where typing was
    qtbot.keyClicks(tab.view, "i")
    assert not tab.undo_save_action.isEnabled()
    assert column(tab.view, 0) == ["H", "I", "", ""]


def test_a_refused_save_writes_nothing_and_keeps_every_edit(qtbot, window, world, said, monkeypatch):
    tab = opened(window)
    qtbot.keyClicks(tab.view, "hh")

    def arrival_at_night(dialog):
        dialog.arrival_edit.setText("23.00")  # after the session ended: save_marks refuses it
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "_exec", arrival_at_night)
    select(tab.view, (0, 0))
    press(qtbot, tab.view, Qt.Key.Key_Return)
    assert tab.model.data(tab.model.index(0, 1)) == "23:00"
    press(qtbot, tab.view, Qt.Key.Key_S, modifier=Ctrl)
    assert [p.code for p in said["problems"]] == ["arrival_outside_session"]
    assert "Ani Suryani" in said["problems"][0].message("en")
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H"}  # nothing of the two
    assert tab.model.pending_count() == 2 and column(tab.view, 0)[:2] == ["H", "H"]
    assert tab.status_label.text().startswith("Nothing was saved")
    assert [(i.row(), i.column()) for i in tab.view.selectionModel().selectedIndexes()] == [(0, 0)]
    # Corrected, it saves.
    select(tab.view, (0, 1))
    press(qtbot, tab.view, Qt.Key.Key_Delete)
    assert tab.save()
    assert world.mark(3, "ani").mark == "H" and world.mark(3, "ani").arrival_time is None


def test_marks_saved_meanwhile_on_another_pc_are_shown_and_the_other_edits_kept(qtbot, window, world, said):
    tab = opened(window)
    qtbot.keyClicks(tab.view, "hhh")  # Ani, Budi, Citra: today
    # Another PC saves Budi's mark for today after this grid was loaded.
    save_marks(world.store, world.klass.id,
               [MarkChange(world.sessions[3].id, world.people["budi"].id, "S", expected_version=0)])
    press(qtbot, tab.view, Qt.Key.Key_S, modifier=Ctrl)
    assert world.marks()[(3, "budi")] == "S"
    assert (3, "ani") not in world.marks()  # nothing of this save was written
    assert len(said["warn"]) == 1
    assert "Budi Hartono" in said["warn"][0] and "you typed H, saved meanwhile: S" in said["warn"][0]
    assert "Your 2 other changes are kept" in said["warn"][0]
    # Their mark is shown, framed; the clerk's other edits stay.
    model = tab.model
    assert column(tab.view, 0)[:3] == ["H", "S", "H"]
    assert model.data(model.index(1, 0), CONFLICT_ROLE) and not model.data(model.index(0, 0), CONFLICT_ROLE)
    assert model.pending_count() == 2
    assert tab.save()
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H", (3, "ani"): "H", (3, "budi"): "S",
                             (3, "citra"): "H"}


def test_closing_with_unsaved_marks_asks_save_discard_or_cancel(qtbot, store, world, monkeypatch):
    answers = []
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel",
                        lambda parent, title, text: answers.append(text) or choice)
    for choice in ("cancel", "discard", "save"):
        window = ClassWindow(store, world.klass.id)
        qtbot.addWidget(window)
        window.show()
        tab = opened(window)
        qtbot.keyClicks(tab.view, "i")
        window.close()
        if choice == "cancel":
            assert window.isVisible() and tab.model.pending_count() == 1
            tab.model.discard()
            window.close()
        assert not window.isVisible()
        qtbot.waitUntil(lambda: True)
    assert answers == ["1 attendance mark is not saved yet. Save it before closing?"] * 3
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H", (3, "ani"): "I"}  # saved once, by "save"


def test_print_calls_the_print_dialog_with_the_session_on_show(window, world, monkeypatch):
    calls = []
    fake = types.ModuleType(PRINT_MODULE)
    fake.print_attendance = lambda parent, store, **choices: calls.append(choices)
    monkeypatch.setitem(sys.modules, PRINT_MODULE, fake)
    tab = opened(window)
    tab.print_action.trigger()
    tab.show_session(None)
    select(tab.view, (0, 1), (2, 2))
    tab.print_action.trigger()
    assert calls == [{"class_id": world.klass.id, "session_ids": [world.sessions[3].id]},
                     {"class_id": world.klass.id, "session_ids": [world.sessions[1].id, world.sessions[2].id]}]


def test_printing_with_unsaved_marks_offers_to_save_them_first(qtbot, window, world, monkeypatch):
    fake = types.ModuleType(PRINT_MODULE)
    fake.print_attendance = lambda parent, store, **choices: None
    monkeypatch.setitem(sys.modules, PRINT_MODULE, fake)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, default_no=True: asked.append(text) or True)
    tab = opened(window)
    qtbot.keyClicks(tab.view, "a")
    tab.print_action.trigger()
    assert asked == ["Printouts show saved marks only. Save your 1 unsaved change first?"]
    assert world.marks()[(3, "ani")] == "A"


def test_the_recap_is_exported_where_the_clerk_says(window, world, tmp_path, monkeypatch):
    documents = pytest.importorskip("lpks_desktop.core.services.attendance_documents")
    if not hasattr(documents, "write_recap_xlsx"):
        pytest.skip("the recap is not in this version yet")
    target = tmp_path / "rekap.xlsx"
    suggested = []
    monkeypatch.setattr(document_export, "ask_save_path",
                        lambda parent, title, name, kind: suggested.append(name) or str(target))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: False)  # don't open it
    tab = opened(window)
    assert tab.export_recap("xlsx") == str(target)
    assert suggested == ["rekap-kehadiran-SBP-JHT-2026-01.xlsx"]
    assert target.stat().st_size > 0


def test_a_reload_keeps_unsaved_marks_and_follows_new_sessions(qtbot, window, world, store):
    tab = opened(window)
    qtbot.keyClicks(tab.view, "s")
    tab.show_session(None)
    store.save(m.ClassSession(training_class=world.klass.id, date=dt.date.today() - dt.timedelta(days=7),
                              start_time=dt.time(8), end_time=dt.time(12), jp=4))
    window.reload()
    assert tab.model.columnCount() == 8 and tab.session_combo.count() == 7
    assert column(tab.view, 4)[0] == "S" and tab.model.pending_count() == 1
    assert tab.model.first_rate_column() == RATE + 1
