"""The attendance grid widget: marks typed with real key presses, moving, all present, undo and
redo, the note dialog, locked cells, and the single-session columns."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLineEdit

from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.attendance.grid_model import (CONFLICT_ROLE, LATE_ROLE, LOCKED_BACKGROUND, MARK_COLOURS,
                                                    NOTE_ROLE, PENDING_ROLE, AttendanceGridModel, CellValue,
                                                    parse_time)
from lpks_desktop.gui.attendance.grid_view import AttendanceGridView
from lpks_desktop.gui.attendance.mark_dialog import MarkDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import class_scenario  # noqa: E402  (tests/core's foundation: institutions, a program, a class)

TODAY = dt.date.today()
NAMES = ("Ani Suryani", "Budi Hartono", "Citra Lestari", "Dewi Anggraini", "Eko Prasetyo")
OFFSETS = (-3, -2, -1, 0, 1)  # five daily sessions; the last one is tomorrow
FUTURE = 4  # its column
RATE = 5  # the first column after the sessions in the all-sessions grid
Display = Qt.ItemDataRole.DisplayRole


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@dataclass
class GridWorld:
    store: object
    klass: m.TrainingClass
    sessions: list[m.ClassSession]
    people: dict[str, m.Enrollment]  # by first name, lower case

    def marks(self) -> dict[tuple[int, str], str]:
        """(session index, first name) -> the mark stored in the database."""
        sessions = {s.id: n for n, s in enumerate(self.sessions)}
        people = {e.id: name for name, e in self.people.items()}
        return {(sessions[row.session_id], people[row.enrollment_id]): row.mark
                for row in m.AttendanceMark.select()}

    def mark(self, session: int, who: str) -> m.AttendanceMark | None:
        return m.AttendanceMark.get_or_none(m.AttendanceMark.session == self.sessions[session].id,
                                            m.AttendanceMark.enrollment == self.people[who].id)


def build_grid_world(store) -> GridWorld:
    """Ani, Budi, Citra, Dewi in training; Eko had an H on the first day and then withdrew (shown
    last, read-only). Ani was marked A on the first day. Five sessions from three days ago to
    tomorrow, 08.00-12.00, 4 JP each; the class's minimum is the program's 80%."""
    scenario = class_scenario.build(store)
    klass = scenario.klass
    sessions = [class_scenario.session(store, klass, day(offset), "08:00", "12:00", jp=4,
                                       unit=scenario.units[0].id, trainers=((scenario.budi, "lead"),))
                for offset in OFFSETS]
    people = {}
    for n, name in enumerate(NAMES):
        person = store.save(m.Participant(nik=f"3171011708450{n + 1:03d}", full_name=name, sex="L"))
        people[name.split()[0].lower()] = store.save(
            m.Enrollment(training_class=klass.id, participant=person.id, status=m.EnrollmentStatus.ENROLLED))
    save_marks(store, klass.id, [MarkChange(sessions[0].id, people["eko"].id, "H"),
                                 MarkChange(sessions[0].id, people["ani"].id, "A")])
    eko = people["eko"]
    eko.status = m.EnrollmentStatus.WITHDREW
    store.save(eko)
    return GridWorld(store, klass, sessions, people)


@pytest.fixture
def world(store):
    return build_grid_world(store)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """A dialog nobody answers would block the run: it is closed as with Esc."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


def open_grid(qtbot, world, session_ids=None) -> AttendanceGridView:
    model = AttendanceGridModel(world.klass.id)
    model.load(session_ids)
    view = AttendanceGridView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view


@pytest.fixture
def view(qtbot, world):
    return open_grid(qtbot, world)


def column(view, col: int) -> list[str]:
    model = view.model()
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def row_of(view, row: int) -> list[str]:
    model = view.model()
    return [model.data(model.index(row, col)) for col in range(model.columnCount())]


def press(qtbot, view, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in keys:
        qtbot.keyClick(view, key, modifier)


def select(view, *cells: tuple[int, int]) -> None:
    model = view.model()
    selection = QItemSelection()
    for row, col in cells:
        selection.select(model.index(row, col), model.index(row, col))
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(model.index(*cells[0]), flags.NoUpdate)
    view.selectionModel().select(selection, flags.ClearAndSelect)


def type_in_place(qtbot, view, text: str) -> None:
    """Type into an arrival or note cell: the first key opens its editor, Enter commits it."""
    qtbot.keyClicks(view, text[0])
    editors = [editor for editor in view.findChildren(QLineEdit) if editor.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def here(view) -> tuple[int, int]:
    return view.currentIndex().row(), view.currentIndex().column()


# -- what the grid shows ----------------------------------------------------------------------------


def test_people_down_sessions_across_then_the_rates(qtmodeltester, view, world):
    model = view.model()
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 7
    names = [model.headerData(row, Qt.Orientation.Vertical) for row in range(5)]
    assert names == ["1  Ani Suryani", "2  Budi Hartono", "3  Citra Lestari", "4  Dewi Anggraini",
                     "5  Eko Prasetyo"]
    first = model.headerData(0, Qt.Orientation.Horizontal)
    assert first == f"{day(-3):%a}\n{day(-3):%d/%m}"
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Session 1 · ") and "08:00–12:00 · 4 JP" in tip
    assert "C.141000.001.02 Mengukur Tubuh" in tip and "Trainers: Budi Santoso" in tip
    assert "Room: Ruang Jahit" in tip
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (RATE, RATE + 1)] == ["Attended", "Outlook"]

    assert row_of(view, 0)[:5] == ["A", "", "", "", ""]
    assert row_of(view, 4)[:5] == ["H", "", "", "", ""]
    # Letters on light colours; the letter is always written.
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == MARK_COLOURS["A"]
    assert model.data(model.index(4, 0), Qt.ItemDataRole.BackgroundRole) == MARK_COLOURS["H"]
    # Tomorrow's session and the person who withdrew are greyed, and say why.
    assert model.data(model.index(1, FUTURE), Qt.ItemDataRole.BackgroundRole) == LOCKED_BACKGROUND
    future_tip = model.headerData(FUTURE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "has not taken place yet" in future_tip
    assert "has not taken place yet" in model.data(model.index(1, FUTURE), Qt.ItemDataRole.ToolTipRole)
    assert "Read-only" in model.headerData(4, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert not model.is_editable(model.index(4, 1))
    # The rates as saved: Ani was absent from the one delivered session.
    assert model.data(model.index(0, RATE)) == "0.0%"
    assert model.data(model.index(0, RATE + 1)) == "At risk"  # 16 of the 20 JP only if never absent again


def test_columns_are_sized_from_their_headers_and_the_names_fit(view):
    widths = {view.columnWidth(c) for c in range(5)}
    assert len(widths) == 1 and 30 <= widths.pop() <= 80
    name = view.model().headerData(2, Qt.Orientation.Vertical)
    assert view.verticalHeader().width() > view.verticalHeader().fontMetrics().horizontalAdvance(name)


# -- typing -----------------------------------------------------------------------------------------


def test_typing_h_i_s_a_down_a_column_from_the_paper(qtbot, view, world):
    select(view, (0, 1))
    press(qtbot, view, Qt.Key.Key_H, Qt.Key.Key_I)
    qtbot.keyClicks(view, "sA")  # lower or upper case
    assert column(view, 1) == ["H", "I", "S", "A", ""]
    # Eko (read-only) is below Dewi: the cursor stays on the last editable row.
    assert here(view) == (3, 1)
    model = view.model()
    assert model.pending_count() == 4 and model.data(model.index(0, 1), PENDING_ROLE)
    font = model.data(model.index(0, 1), Qt.ItemDataRole.FontRole)
    assert font.bold() and font.italic()
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) == MARK_COLOURS["I"]
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H"}  # nothing saved yet
    # The edited rows' rates say they are as saved.
    assert model.data(model.index(0, RATE)).endswith(" *")
    assert "count once they are saved" in model.data(model.index(0, RATE), Qt.ItemDataRole.ToolTipRole)


def test_arrow_keys_and_tab_move_and_the_letter_goes_where_the_cursor_is(qtbot, view):
    select(view, (0, 1))
    press(qtbot, view, Qt.Key.Key_Right)
    assert here(view) == (0, 2)
    press(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert here(view) == (2, 2)
    press(qtbot, view, Qt.Key.Key_Tab)
    assert here(view) == (2, 3)
    press(qtbot, view, Qt.Key.Key_Left, Qt.Key.Key_Up)
    assert here(view) == (1, 2)
    press(qtbot, view, Qt.Key.Key_S)
    assert column(view, 2) == ["", "S", "", "", ""] and here(view) == (2, 2)


def test_several_cells_take_one_letter_space_toggles_and_delete_clears(qtbot, view):
    model = view.model()
    select(view, (0, 2), (1, 2), (2, 3))
    press(qtbot, view, Qt.Key.Key_I)
    assert column(view, 2)[:3] == ["I", "I", ""] and column(view, 3)[:3] == ["", "", "I"]
    assert model.undo_stack.count() == 1  # one step for the three cells
    press(qtbot, view, Qt.Key.Key_Space)  # not all present: all become H
    assert column(view, 2)[:2] == ["H", "H"] and column(view, 3)[2] == "H"
    press(qtbot, view, Qt.Key.Key_Space)  # all present: all cleared
    assert column(view, 2)[:2] == ["", ""] and column(view, 3)[2] == ""
    select(view, (0, 0))
    press(qtbot, view, Qt.Key.Key_Delete)
    assert column(view, 0)[0] == ""
    assert model.pending_count() == 1  # Ani's saved A, cleared
    press(qtbot, view, Qt.Key.Key_A)
    assert model.pending_count() == 0  # back to what is saved: no longer a change
    select(view, (0, 0))
    press(qtbot, view, Qt.Key.Key_Backspace)
    assert column(view, 0)[0] == "" and model.pending_count() == 1


def test_all_present_fills_only_the_empty_cells_in_one_undo_step(qtbot, view):
    model = view.model()
    select(view, (1, 0))
    press(qtbot, view, Qt.Key.Key_S)
    press(qtbot, view, Qt.Key.Key_H, modifier=Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    # Ani's A and Budi's S stay; Eko (withdrew) keeps his H and nothing is added for him.
    assert column(view, 0) == ["A", "S", "H", "H", "H"]
    assert model.undo_stack.count() == 2
    press(qtbot, view, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert column(view, 0) == ["A", "S", "", "", "H"]
    press(qtbot, view, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert column(view, 0) == ["A", "", "", "", "H"] and model.pending_count() == 0
    press(qtbot, view, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert column(view, 0) == ["A", "S", "", "", "H"]
    press(qtbot, view, Qt.Key.Key_Y, modifier=Qt.KeyboardModifier.ControlModifier)
    assert column(view, 0) == ["A", "S", "H", "H", "H"] and model.pending_count() == 3
    # Several columns chosen: each gets its empty cells filled, still one step.
    select(view, (0, 1), (0, 2))
    assert view.fill_present() == 8
    assert column(view, 1) == column(view, 2) == ["H", "H", "H", "H", ""]
    assert model.undo_stack.count() == 3


def test_a_session_still_to_come_and_a_person_who_left_cannot_be_typed_in(qtbot, view):
    model = view.model()
    select(view, (0, FUTURE))
    qtbot.keyClicks(view, "hH ")
    press(qtbot, view, Qt.Key.Key_H, modifier=Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert column(view, FUTURE) == [""] * 5
    select(view, (4, 0))
    qtbot.keyClicks(view, "a")
    press(qtbot, view, Qt.Key.Key_Delete)
    assert column(view, 0)[4] == "H" and model.pending_count() == 0
    assert model.undo_stack.count() == 0


def test_enter_opens_the_note_and_arrival_dialog_for_the_chosen_cells(qtbot, view, monkeypatch):
    model = view.model()
    shown = []

    def answer(dialog):
        assert isinstance(dialog, MarkDialog)
        shown.append(dialog.heading.text())
        dialog.mark_combo.setCurrentIndex(dialog.mark_combo.findData("H"))
        dialog.arrival_edit.setText("8.25")
        dialog.note_edit.setText("Ban bocor")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "_exec", answer)
    select(view, (1, 3))
    press(qtbot, view, Qt.Key.Key_Return)
    assert shown == [f"2. Budi Hartono · {view.model().session_at(3).date.strftime('%A')}, "
                     f"{day(0).day} {day(0):%B %Y}"]
    key = model.key_at(model.index(1, 3))
    assert model.value(key) == CellValue("H", dt.time(8, 25), "Ban bocor")
    assert model.data(model.index(1, 3), NOTE_ROLE) and model.data(model.index(1, 3), LATE_ROLE)
    tip = model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole)
    assert "Arrived 08:25 (late)" in tip and "Note: Ban bocor" in tip
    # Several cells with different notes: a note left empty keeps each one's own.
    select(view, (0, 0), (1, 3))

    def keep_notes(dialog):
        assert dialog.mixed_mark and dialog.mixed_note
        assert dialog.mark_combo.currentData() == "keep" and dialog.note_edit.text() == ""
        dialog.mark_combo.setCurrentIndex(dialog.mark_combo.findData("S"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "_exec", keep_notes)
    press(qtbot, view, Qt.Key.Key_F2)
    assert model.value(key) == CellValue("S", None, "Ban bocor")  # no arrival time without H
    assert model.value(model.key_at(model.index(0, 0))) == CellValue("S", None, "")
    # Cancelled: nothing changes.
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: QDialog.DialogCode.Rejected)
    steps = model.undo_stack.count()
    press(qtbot, view, Qt.Key.Key_Return)
    assert model.undo_stack.count() == steps


def test_the_dialog_refuses_a_time_that_is_not_one(qtbot, view):
    dialog = MarkDialog("x", [CellValue("H")], view)
    qtbot.addWidget(dialog)
    dialog.arrival_edit.setText("8 pagi")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.isVisibleTo(dialog)
    assert parse_time("0815") == dt.time(8, 15) and parse_time("8") == dt.time(8, 0)
    assert parse_time("13.05") == dt.time(13, 5) and parse_time(" ") is None


def test_one_session_adds_arrival_and_note_columns_typed_in_place(qtbot, world):
    view = open_grid(qtbot, world, [world.sessions[3].id])
    model = view.model()
    assert model.columnCount() == 5 and model.is_single()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 5)] == [
        "Arrival", "Note", "Attended", "Outlook"]
    select(view, (0, 0))
    qtbot.keyClicks(view, "hh")
    # A note on an empty cell is refused on the spot: a note belongs to a mark.
    problems = []
    model.problem.connect(problems.append)
    select(view, (2, 2))
    type_in_place(qtbot, view, "xy")
    assert problems and model.value(model.key_at(model.index(2, 0))) is None
    # Typing in the arrival and note columns edits them in place.
    select(view, (0, 1))
    type_in_place(qtbot, view, "08.40")
    select(view, (0, 2))
    type_in_place(qtbot, view, "Macet")
    key = model.key_at(model.index(0, 0))
    assert model.value(key) == CellValue("H", dt.time(8, 40), "Macet")
    assert model.data(model.index(0, 1)) == "08:40" and model.data(model.index(0, 2)) == "Macet"
    assert model.data(model.index(0, 0), LATE_ROLE)
    # Delete in the note column clears the note only.
    select(view, (0, 2))
    press(qtbot, view, Qt.Key.Key_Delete)
    assert model.value(key) == CellValue("H", dt.time(8, 40), "")
    press(qtbot, view, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert model.value(key).note == "Macet"


def test_edits_survive_switching_between_one_session_and_all(qtbot, world):
    view = open_grid(qtbot, world, [world.sessions[2].id])
    model = view.model()
    select(view, (0, 0))
    qtbot.keyClicks(view, "ia")
    model.load(None)
    assert column(view, 2) == ["I", "A", "", "", ""] and model.pending_count() == 2
    assert model.data(model.index(0, 2), PENDING_ROLE)
    # Undo still reaches the edits, whichever view is shown.
    model.load([world.sessions[3].id])
    model.undo_stack.undo()
    model.load(None)
    assert column(view, 2) == ["I", "", "", "", ""]
    changes = model.pending_changes()
    assert [(c.session_id, c.enrollment_id, c.mark, c.expected_version) for c in changes] == [
        (world.sessions[2].id, world.people["ani"].id, "I", 0)]


def test_a_cell_changed_on_another_pc_keeps_its_loaded_version_in_the_save(qtbot, view, world):
    model = view.model()
    select(view, (0, 0))
    qtbot.keyClicks(view, "h")
    assert model.pending_changes()[0].expected_version == 1  # Ani's A as loaded
    save_marks(world.store, world.klass.id, [MarkChange(world.sessions[0].id, world.people["ani"].id, "I")])
    model.reload()  # the grid shows what is stored, the edit stays on top of it, guarded
    assert column(view, 0)[0] == "H" and model.saved(model.key_at(model.index(0, 0))).mark == "I"
    assert model.pending_changes()[0].expected_version == 1
    assert not model.data(model.index(0, 0), CONFLICT_ROLE)
