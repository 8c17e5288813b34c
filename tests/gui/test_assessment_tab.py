"""The class window's assessment tab, driven by real key presses: K and B down a column, numbers
typed in place (bad ones refused where typed), Ctrl+S, undo and redo, conflicts with another PC,
certificate holders read-only, the closing question, and a look at the tab."""

from __future__ import annotations

import datetime as dt
import os
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from lpks_desktop.core import models as m
from lpks_desktop.core.services.assessments import ResultChange, assessment_grid, save_results
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.assessment.assessment_tab import AssessmentTab
from lpks_desktop.gui.assessment.grid_model import (CONFLICT_ROLE, LOCKED_BACKGROUND, PENDING_ROLE, POST_TEST,
                                                    RESULT, RESULT_COLOURS, SCORE)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from attendance_world import build_world  # noqa: E402

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
TODAY = dt.date(2026, 11, 30)

# The sewing program's units after the two class_scenario gives it, as an assessor's sheet lists them.
MORE_UNITS = [("C.141000.003.02", "Memotong Bahan", 10, True),
              ("C.141000.004.02", "Menjahit dengan Mesin", 16, True),
              ("C.141000.005.02", "Menyelesaikan Busana", 8, True),
              ("C.141000.009.01", "Memelihara Mesin Jahit", 4, False)]
NAMES = ["Ani Suryani", "Budi Hartono", "Citra Lestari", "Dewi Anggraini", "Eko Prasetyo",
         "Fitri Handayani", "Gilang Ramadhan", "Hana Pertiwi", "Ni Luh Putu Ayu Kusumawardhani",
         "Yohanes Oktavianus Manurung"]


@pytest.fixture
def world(store):
    world = build_world(store, participants=len(NAMES), sessions=0, names=NAMES)
    for position, (code, title, jp, required) in enumerate(MORE_UNITS, start=2):
        store.save(m.CompetencyUnit(program=world.scenario.program.id, code=code, title=title, jp=jp,
                                    position=position, required=required))
    return world


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def said(monkeypatch):
    """What the tab told the clerk in dialogs."""
    told: dict[str, list] = {"warn": [], "problems": [], "errors": []}
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: told["warn"].append(text))
    monkeypatch.setattr(dialogs, "show_problems",
                        lambda parent, title, problems: told["problems"].extend(problems))
    monkeypatch.setattr(dialogs, "show_user_error",
                        lambda parent, exc, title="": told["errors"].append(exc.render("en")))
    return told


def open_tab(qtbot, store, world) -> AssessmentTab:
    tab = AssessmentTab(store, world.klass.id, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1180, 520)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.loaded
    tab.ensure_loaded()
    tab.view.setFocus()
    return tab


@pytest.fixture
def tab(qtbot, store, world):
    return open_tab(qtbot, store, world)


def column(tab, col: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def select(tab, *cells: tuple[int, int]) -> None:
    """Explicit selection flags: a Shift or Ctrl left pressed by an earlier test must not extend it."""
    model = tab.model
    selection = QItemSelection()
    for row, col in cells:
        selection.select(model.index(row, col), model.index(row, col))
    flags = QItemSelectionModel.SelectionFlag
    tab.view.selectionModel().setCurrentIndex(model.index(*cells[0]), flags.NoUpdate)
    tab.view.selectionModel().select(selection, flags.ClearAndSelect)


def press(qtbot, tab, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in keys:
        qtbot.keyClick(tab.view, key, modifier)


def here(tab) -> tuple[int, int]:
    return tab.view.currentIndex().row(), tab.view.currentIndex().column()


def type_number(qtbot, tab, text: str, *, commit=True) -> QLineEdit:
    """A digit on the grid opens the cell's editor with that digit; the rest goes into the editor."""
    qtbot.keyClicks(tab.view, text[0])
    editors = [editor for editor in tab.view.findChildren(QLineEdit) if editor.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], text[1:])
    if commit:
        qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    return editors[0]


def stored() -> dict[tuple[str, str], tuple]:
    return {(row.enrollment.participant.full_name, row.unit.code):
            (row.result, row.score, row.pre_test, row.post_test) for row in m.Assessment.select()}


def test_the_grid_shows_people_units_and_a_summary(tab):
    model = tab.model
    assert model.rowCount() == 10 and model.columnCount() == 7
    assert model.headerData(0, Qt.Orientation.Vertical) == "1  Ani Suryani"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "C.141000.001.02\nrequired"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "C.141000.009.01\noptional"
    tip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Menjahit dengan Mesin" in tip and "16 JP" in tip and "Required (wajib)" in tip
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Competent"
    assert column(tab, 6)[0] == "K 0 of 6"
    assert here(tab) == (0, 0)  # the first cell without a result


def test_k_and_b_down_a_column_then_ctrl_s_saves(qtbot, tab, said):
    press(qtbot, tab, Qt.Key.Key_K, Qt.Key.Key_K, Qt.Key.Key_B, Qt.Key.Key_K)
    assert column(tab, 0)[:5] == ["K", "K", "BK", "K", ""]
    assert here(tab) == (4, 0)  # went down after each
    assert tab.model.pending_count() == 4
    assert tab.pending_label.text() == "4 unsaved changes"
    assert tab.model.data(tab.model.index(2, 0), PENDING_ROLE)
    assert column(tab, 6)[:3] == ["K 1 of 6", "K 1 of 6", "K 0 of 6"]
    assert stored() == {}
    press(qtbot, tab, Qt.Key.Key_S, modifier=Ctrl)
    assert tab.model.pending_count() == 0 and tab.pending_label.text() == ""
    assert stored() == {("Ani Suryani", "C.141000.001.02"): ("K", None, None, None),
                        ("Budi Hartono", "C.141000.001.02"): ("K", None, None, None),
                        ("Citra Lestari", "C.141000.001.02"): ("BK", None, None, None),
                        ("Dewi Anggraini", "C.141000.001.02"): ("K", None, None, None)}
    assert m.Assessment.get().assessed_on == TODAY
    assert tab.status_label.text() == "Saved: 4 results written."
    # Undo last save puts the cells back (empty) in the database.
    assert tab.undo_save_action.isEnabled()
    tab.undo_save_action.trigger()
    assert stored() == {}
    assert column(tab, 0)[:4] == ["", "", "", ""]


def test_ctrl_z_undoes_and_ctrl_shift_z_redoes_pending_edits(qtbot, tab):
    press(qtbot, tab, Qt.Key.Key_K, Qt.Key.Key_B)
    press(qtbot, tab, Qt.Key.Key_Z, modifier=Ctrl)
    assert column(tab, 0)[:2] == ["K", ""]
    press(qtbot, tab, Qt.Key.Key_Z, modifier=Ctrl)
    assert column(tab, 0)[:2] == ["", ""] and tab.model.pending_count() == 0
    press(qtbot, tab, Qt.Key.Key_Z, modifier=Ctrl | Shift)
    press(qtbot, tab, Qt.Key.Key_Y, modifier=Ctrl)
    assert column(tab, 0)[:2] == ["K", "BK"] and tab.model.pending_count() == 2
    # Delete clears the chosen cell; arrows move.
    select(tab, (1, 0))
    press(qtbot, tab, Qt.Key.Key_Delete)
    assert column(tab, 0)[:2] == ["K", ""]
    press(qtbot, tab, Qt.Key.Key_Right)
    assert here(tab) == (1, 1)


def test_a_score_typed_in_score_mode(qtbot, tab):
    press(qtbot, tab, Qt.Key.Key_K)
    tab.show_mode(SCORE)
    assert tab.model.mode == SCORE
    select(tab, (0, 0))
    assert column(tab, 0)[0] == ""  # the result is there, the score not yet
    type_number(qtbot, tab, "85.5")
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    assert column(tab, 0)[0] == "85.5"
    assert here(tab) == (1, 0)  # Enter goes on down the column
    type_number(qtbot, tab, "70")
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    # A number out of range is refused in the editor, which stays open with the reason shown.
    editor = type_number(qtbot, tab, "120")
    assert tab.view.state() == QAbstractItemView.State.EditingState
    assert "between 0 and 100" in tab.status_label.text()
    qtbot.keyClicks(editor, "9")  # the text was selected: typing replaces it
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    assert column(tab, 0)[:3] == ["85.5", "70", "9"]
    assert tab.status_label.text() == ""  # the refusal went with the correction
    # Letters mean nothing in a score column: a hint, not an edit.
    press(qtbot, tab, Qt.Key.Key_K)
    assert tab.view.state() != QAbstractItemView.State.EditingState
    assert "number from 0 to 100" in tab.status_label.text()
    tab.show_mode(POST_TEST)
    select(tab, (0, 1))
    type_number(qtbot, tab, "66,25")
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    press(qtbot, tab, Qt.Key.Key_S, modifier=Ctrl)
    assert stored() == {("Ani Suryani", "C.141000.001.02"): ("K", Decimal("85.5"), None, None),
                        ("Budi Hartono", "C.141000.001.02"): (None, Decimal("70"), None, None),
                        ("Citra Lestari", "C.141000.001.02"): (None, Decimal("9"), None, None),
                        ("Ani Suryani", "C.141000.002.02"): (None, None, None, Decimal("66.25"))}
    tab.show_mode(RESULT)
    assert column(tab, 0)[:2] == ["K", ""]


def test_enter_edits_a_result_from_a_list(qtbot, tab):
    select(tab, (2, 1))
    press(qtbot, tab, Qt.Key.Key_Return)
    assert tab.view.state() == QAbstractItemView.State.EditingState
    [editor] = [combo for combo in tab.view.findChildren(QComboBox) if combo.isVisible()]
    editor.setCurrentIndex(editor.findData("BK"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)
    assert column(tab, 1)[2] == "BK"
    # Other letters and digits mean nothing for a result: a hint says what does.
    press(qtbot, tab, Qt.Key.Key_X, Qt.Key.Key_7)
    assert column(tab, 1)[2] == "BK" and tab.model.pending_count() == 1
    assert tab.status_label.text() == "Type K (competent) or B (not yet competent)."


def test_ctrl_shift_k_marks_the_column_competent(qtbot, tab):
    select(tab, (1, 2))
    press(qtbot, tab, Qt.Key.Key_B)
    select(tab, (0, 2))
    press(qtbot, tab, Qt.Key.Key_K, modifier=Ctrl | Shift)
    # The one BK stays: only cells without a result are filled.
    assert column(tab, 2) == ["K", "BK"] + ["K"] * 8
    press(qtbot, tab, Qt.Key.Key_Z, modifier=Ctrl)  # one step
    assert column(tab, 2) == ["", "BK"] + [""] * 8
    select(tab, (3, 3), (4, 3))
    press(qtbot, tab, Qt.Key.Key_K, modifier=Ctrl | Shift)
    assert column(tab, 3)[2:6] == ["", "K", "K", ""]


def test_a_refused_save_keeps_the_edits(qtbot, store, world, tab, said):
    press(qtbot, tab, Qt.Key.Key_K, Qt.Key.Key_K)
    # Budi withdraws on another PC meanwhile.
    budi = world.person("Budi Hartono")
    budi.status = m.EnrollmentStatus.WITHDREW
    store.save(budi)
    press(qtbot, tab, Qt.Key.Key_S, modifier=Ctrl)
    assert [p.message("en") for p in said["problems"]] == [
        "Budi Hartono, C.141000.001.02: this participant is not taking part in the training "
        "(status: Withdrew); no results can be kept."]
    assert stored() == {}
    assert tab.model.pending_count() == 2
    assert "Nothing was saved" in tab.status_label.text()
    assert here(tab) == (1, 0)  # the refused cell


def test_a_conflict_shows_their_value_and_keeps_other_edits(qtbot, store, world, tab, said):
    press(qtbot, tab, Qt.Key.Key_K, Qt.Key.Key_K)
    unit = tab.model.units[0].id
    # Another PC saves Ani's result first.
    save_results(store, world.klass.id, [ResultChange(unit, world.person("Ani Suryani").id, "BK",
                                                      expected_version=0)], today=TODAY)
    press(qtbot, tab, Qt.Key.Key_S, modifier=Ctrl)
    assert len(said["warn"]) == 1
    assert "Ani Suryani, C.141000.001.02: you typed K, saved meanwhile: BK" in said["warn"][0]
    assert column(tab, 0)[:2] == ["BK", "K"]
    assert tab.model.data(tab.model.index(0, 0), CONFLICT_ROLE)
    assert tab.model.pending_count() == 1  # Budi's K is kept
    press(qtbot, tab, Qt.Key.Key_S, modifier=Ctrl)
    assert stored()[("Budi Hartono", "C.141000.001.02")][0] == "K"
    assert stored()[("Ani Suryani", "C.141000.001.02")][0] == "BK"


def test_a_certificate_holder_is_greyed_and_skipped(qtbot, store, world):
    ani = world.person("Ani Suryani")
    store.save(m.Certificate(enrollment=ani.id, institution=world.scenario.sbp.id,
                             number="001/LPK-SBP/CERT/XI/2026", year=2026, sequence_value=1,
                             issued_on=TODAY))
    tab = open_tab(qtbot, store, world)
    model = tab.model
    assert not model.is_editable(model.index(0, 0))
    assert here(tab) == (1, 0)  # the cursor starts on the first person who can be assessed
    tip = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "001/LPK-SBP/CERT/XI/2026" in tip and "Revoke the certificate first" in tip
    assert "Revoke" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    select(tab, (0, 0))
    press(qtbot, tab, Qt.Key.Key_K)
    assert model.pending_count() == 0 and column(tab, 0)[0] == ""


def test_closing_with_unsaved_results_asks(qtbot, tab, monkeypatch):
    press(qtbot, tab, Qt.Key.Key_K)
    answers = iter(["cancel", "save"])
    asked = []

    def ask(parent, title, text):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", ask)
    assert tab.has_unsaved_changes() and not tab.maybe_save()
    assert tab.has_unsaved()
    assert tab.maybe_save() and not tab.has_unsaved()
    assert asked[0] == "1 assessment result is not saved yet. Save it before closing?"
    assert stored() == {("Ani Suryani", "C.141000.001.02"): ("K", None, None, None)}


def _colour_at(tab, row: int, col: int):
    """The colour painted near a cell's top right corner (away from its letter and unsaved bar)."""
    rect = tab.view.visualRect(tab.model.index(row, col))
    image = tab.view.viewport().grab().toImage()
    return image.pixelColor(QPoint(rect.right() - 4, rect.top() + 4)).name()


def test_a_look_at_the_tab(qtbot, store, world, tmp_path):
    """A class half assessed, with scores, one certificate holder and unsaved edits, saved as images
    (into LPKS_SHOT_DIR when set, to look at them)."""
    units = [u.id for u in assessment_grid(world.klass.id).units]
    results = ["K K K K K K", "K K BK K K .", "K BK . . . .", "K K K K K K", "BK BK K . . .",
               "K K K K BK K", ". . . . . .", "K K K K K .", "K K K BK K K", "K K K K K K"]
    changes = []
    for person, row in zip(world.enrollments, results):
        for n, (unit, result) in enumerate(zip(units, row.split())):
            if result != ".":
                changes.append(ResultChange(unit, person.id, result, score=str(70 + (person.id * 7 + n * 3) % 30)))
    save_results(store, world.klass.id, changes, today=TODAY)
    store.save(m.Certificate(enrollment=world.enrollments[0].id, institution=world.scenario.sbp.id,
                             number="001/LPK-SBP/CERT/XI/2026", year=2026, sequence_value=1, issued_on=TODAY))
    tab = open_tab(qtbot, store, world)
    assert here(tab) == (6, 0)  # Gilang, the one not assessed yet
    press(qtbot, tab, Qt.Key.Key_K)
    select(tab, (2, 2))
    press(qtbot, tab, Qt.Key.Key_B)
    # The count's label grows once the layout has caught up with its new text.
    qtbot.waitUntil(lambda: tab.pending_label.width() >= tab.pending_label.sizeHint().width())
    folder = Path(os.environ.get("LPKS_SHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert tab.grab().save(str(folder / "assessment_results.png"))
    assert _colour_at(tab, 0, 0) == LOCKED_BACKGROUND.name()  # the certificate holder
    assert _colour_at(tab, 1, 0) == RESULT_COLOURS["K"].name()
    assert _colour_at(tab, 1, 2) == RESULT_COLOURS["BK"].name()
    assert column(tab, 6)[:3] == ["K 6 of 6", "K 4 of 6", "K 1 of 6"]
    assert tab.pending_label.text() == "2 unsaved changes"
    tab.show_mode(SCORE)
    assert tab.grab().save(str(folder / "assessment_scores.png"))
    assert column(tab, 0)[0] not in ("", "K")
