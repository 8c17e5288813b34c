"""Programs list and form: units typed in the form's table, checked live and saved by the core."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from lpks_desktop.core.models import AuditLog, ClassSession, CompetencyUnit, Program, TrainingClass
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import program_units, save_program
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.forms.program_form import ProgramForm
from lpks_desktop.gui.forms.units_editor import CODE, JP, REQUIRED, TITLE, UnitsModel
from lpks_desktop.gui.models.listing_model import ARCHIVED_COLOR
from lpks_desktop.gui.pages.programs_page import ProgramsPage

UNITS = [
    {"code": "C.141000.001.02", "title": "Mengukur Tubuh", "jp": 10},
    {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 20},
    {"code": "TIK.OP01.001.01", "title": "Menjahit", "jp": 30, "required": False},
]


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """A question nobody patched would block the run; it is answered by closing it (Esc)."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def institutions(store):
    return [save_institution(store, {"code": code, "name": name})[0] for code, name in (
        ("LPK-SBP", "LPK Sapta Bangun Persada"), ("LPK-STB", "LPK Sapta Teknik Balangan"))]


@pytest.fixture
def program(store, institutions):
    values = {"institution": institutions[0].id, "code": "JHT", "name": "Menjahit Pakaian",
              "total_jp": 60}
    return save_program(store, values, UNITS)[0]


def written() -> tuple[int, int, int]:
    return Program.select().count(), CompetencyUnit.select().count(), AuditLog.select().count()


def open_form(qtbot, store, program=None, institution_id=None) -> ProgramForm:
    form = ProgramForm(store, program, institution_id)
    qtbot.addWidget(form)
    form.show()
    return form


def type_text(qtbot, editor, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def fill(qtbot, form: ProgramForm, code="JHT", name="Menjahit Pakaian", total_jp="60") -> None:
    type_text(qtbot, form.fields["code"].editor, code)
    type_text(qtbot, form.fields["name"].editor, name)
    type_text(qtbot, form.fields["total_jp"].editor, total_jp)


def set_cell(qtbot, form: ProgramForm, row: int, column: int, text: str) -> None:
    """Type into a cell as a clerk does: start editing, type, Enter."""
    table = form.units.table
    index = form.units.model.index(row, column)
    if table.indexWidget(index) is None:  # Add opens the new row's code for typing already
        table.setCurrentIndex(index)
        table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call
    assert table.indexWidget(index) is None


def add_unit(qtbot, form: ProgramForm, code: str, title: str, jp: int) -> int:
    qtbot.mouseClick(form.units.add_button, Qt.MouseButton.LeftButton)
    row = form.units.current_row()
    set_cell(qtbot, form, row, CODE, code)
    set_cell(qtbot, form, row, TITLE, title)
    set_cell(qtbot, form, row, JP, str(jp))
    return row


def save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def select_row(form: ProgramForm, row: int) -> None:
    form.units.table.setCurrentIndex(form.units.model.index(row, TITLE))


def test_a_new_program_and_its_typed_units_are_saved_in_order(qtbot, store, institutions):
    form = open_form(qtbot, store, institution_id=institutions[1].id)
    assert form.fields["institution"].value() == institutions[1].id  # the main window's choice
    assert form.fields["min_attendance_pct"].value() == 80
    fill(qtbot, form, code="LAS", name="Pengelasan SMAW", total_jp="40")
    add_unit(qtbot, form, "C.251100.001.01", "Persiapan Pengelasan", 15)
    add_unit(qtbot, form, "tik.op01.001.01", "Mengoperasikan Komputer", 25)  # typed in lower case
    assert form.units.model.unit(1)["code"] == "TIK.OP01.001.01"
    # Space on the Required cell unticks it, from the keyboard.
    form.units.table.setCurrentIndex(form.units.model.index(1, REQUIRED))
    qtbot.keyClick(form.units.table, Qt.Key.Key_Space)
    assert form.units.sum_label.text() == "Unit JP total: 40 of 40"
    save(qtbot, form)
    assert not form.isVisible()
    stored = Program.get_by_id(form.saved_id)
    assert (stored.institution_id, stored.code, stored.total_jp, stored.min_attendance_pct) == (
        institutions[1].id, "LAS", 40, 80)
    units = program_units(stored.id)
    assert [(u["code"], u["jp"], u["position"], u["required"]) for u in units] == [
        ("C.251100.001.01", 15, 1, True), ("TIK.OP01.001.01", 25, 2, False)]


def test_a_bad_unit_code_is_refused_on_its_row_and_nothing_is_written(qtbot, store, institutions):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    fill(qtbot, form, total_jp="30")
    add_unit(qtbot, form, "C.141000.001.02", "Mengukur Tubuh", 10)
    add_unit(qtbot, form, "C.14100.001.02", "Membuat Pola", 20)
    form.run_live_check()
    # Shown while typing, before any Save: the row, the column and the accepted shapes.
    message = form.units.problems_label.text()
    assert form.units.problems_label.isVisible()
    assert message.startswith('Row 2, Unit code: The unit code "C.14100.001.02"')
    assert "C.141000.001.02 or TIK.OP01.001.01" in message
    assert form.units.model.row_has_problem(1) and not form.units.model.row_has_problem(0)
    assert form.units.model.data(form.units.model.index(1, CODE),
                                 Qt.ItemDataRole.ToolTipRole) in message
    before = written()
    save(qtbot, form)
    assert form.isVisible() and form.saved_id is None
    assert written() == before and before[:2] == (0, 0)
    assert "Row 2, Unit code" in form.units.problems_label.text()
    # Corrected, the same form saves.
    set_cell(qtbot, form, 1, CODE, "C.141000.002.02")
    form.run_live_check()
    assert not form.units.problems_label.isVisible()
    save(qtbot, form)
    assert [u["code"] for u in program_units(form.saved_id)] == [
        "C.141000.001.02", "C.141000.002.02"]


def test_unit_problems_found_only_at_save_are_shown_on_their_rows(qtbot, store, institutions):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    fill(qtbot, form, total_jp="10")
    add_unit(qtbot, form, "C.141000.001.02", "Mengukur", 10)
    qtbot.mouseClick(form.units.add_button, Qt.MouseButton.LeftButton)
    set_cell(qtbot, form, 1, CODE, "C.141000.002.02")  # no title
    before = written()
    save(qtbot, form)
    assert written() == before and before[:2] == (0, 0)
    assert "Row 2, Title: Unit title (row 2) is required." in form.units.problems_label.text()
    assert form.units.model.row_has_problem(1)


def test_units_jp_must_add_up_to_the_total(qtbot, store, institutions):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    fill(qtbot, form, total_jp="80")
    add_unit(qtbot, form, "C.141000.001.02", "Mengukur Tubuh", 38)
    add_unit(qtbot, form, "C.141000.002.02", "Membuat Pola", 40)
    label = form.units.sum_label
    assert label.text() == "Unit JP total: 78 of 80"
    assert "#b3261e" in label.styleSheet()  # red while they differ
    before = written()
    save(qtbot, form)
    assert written() == before and before[:2] == (0, 0) and form.isVisible()
    refusal = form.units.problems_label.text()
    assert "78" in refusal and "80" in refusal and "must be equal" in refusal
    set_cell(qtbot, form, 0, JP, "40")
    assert label.text() == "Unit JP total: 80 of 80" and label.styleSheet() == ""
    save(qtbot, form)
    assert Program.get_by_id(form.saved_id).total_jp == 80


def test_units_added_removed_and_reordered_keep_their_new_positions(qtbot, store, program):
    first, second, third = program_units(program.id)
    form = open_form(qtbot, store, program)
    assert form.units.sum_label.text() == "Unit JP total: 60 of 60"
    select_row(form, 2)
    qtbot.mouseClick(form.units.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.units.up_button, Qt.MouseButton.LeftButton)
    assert form.units.current_row() == 0 and not form.units.up_button.isEnabled()
    select_row(form, 1)  # the first unit, now second
    qtbot.mouseClick(form.units.remove_button, Qt.MouseButton.LeftButton)
    select_row(form, 1)
    add_unit(qtbot, form, "C.141000.009.02", "Finishing", 10)  # inserted after the current row
    assert [u["code"] for u in form.units.model.units()] == [
        third["code"], second["code"], "C.141000.009.02"]
    save(qtbot, form)
    after = program_units(program.id)
    assert [(u["id"], u["position"]) for u in after[:2]] == [(third["id"], 1), (second["id"], 2)]
    assert (after[2]["code"], after[2]["position"]) == ("C.141000.009.02", 3)
    assert not CompetencyUnit.select().where(CompetencyUnit.id == first["id"]).exists()


def test_a_program_code_is_unique_within_its_institution(qtbot, store, institutions, program):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    fill(qtbot, form, code="jht", name="Menjahit Lanjutan", total_jp="10")
    add_unit(qtbot, form, "C.141000.001.02", "Mengukur Tubuh", 10)
    form.run_live_check()
    problem = form.fields["code"].message
    assert problem.isVisible() and '"jht" is already used by "Menjahit Pakaian"' in problem.text()
    before = written()
    save(qtbot, form)
    assert written() == before and form.isVisible()
    # The same code at the other institution is fine.
    form.fields["institution"].set_value(institutions[1].id)
    form.run_live_check()
    assert not problem.isVisible()
    save(qtbot, form)
    assert Program.get_by_id(form.saved_id).institution_id == institutions[1].id


def schedule_session(store, program, unit_id: int) -> None:
    """A class of the program with one session on the unit, as the schedule screen would save it."""
    training_class = store.save(TrainingClass(
        institution=program.institution_id, program=program.id, code="JHT-2026-1",
        name="Menjahit Angkatan 1", capacity=16))
    store.save(ClassSession(training_class=training_class.id, date=dt.date(2026, 11, 30),
                            start_time=dt.time(8), end_time=dt.time(11), unit=unit_id, jp=4))


def test_a_unit_in_use_cannot_be_removed(qtbot, store, program, monkeypatch):
    units = program_units(program.id)
    schedule_session(store, program, units[1]["id"])
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    form = open_form(qtbot, store, program)
    select_row(form, 1)
    qtbot.mouseClick(form.units.remove_button, Qt.MouseButton.LeftButton)
    assert form.units.model.rowCount() == 3
    assert len(warned) == 1
    assert warned[0].startswith(
        'The competency unit "C.141000.002.02" cannot be deleted because 1 session')
    select_row(form, 2)  # a unit nothing uses goes at once
    qtbot.mouseClick(form.units.remove_button, Qt.MouseButton.LeftButton)
    assert form.units.model.rowCount() == 2 and len(warned) == 1


def test_a_unit_put_in_use_meanwhile_is_refused_by_the_core(qtbot, store, program, monkeypatch):
    """Another PC schedules a session on the unit while the form is open: the save says so."""
    units = program_units(program.id)
    form = open_form(qtbot, store, program)
    select_row(form, 2)
    qtbot.mouseClick(form.units.remove_button, Qt.MouseButton.LeftButton)
    set_cell(qtbot, form, 0, JP, "40")  # still adds up to 60
    schedule_session(store, program, units[2]["id"])
    shown = []
    monkeypatch.setattr(dialogs, "show_user_error", lambda parent, exc, title="": shown.append(exc))
    before = written()
    save(qtbot, form)
    assert form.isVisible() and written() == before
    assert len(shown) == 1 and "cannot be deleted because 1 session" in shown[0].render("en")
    assert [u["jp"] for u in program_units(program.id)] == [10, 20, 30]


def test_closing_with_unsaved_units_asks_first(qtbot, store, program, monkeypatch):
    answers = ["cancel", "discard"]
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel",
                        lambda parent, title, text: asked.append(text) or answers.pop(0))
    form = open_form(qtbot, store, program)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not asked and not form.isVisible()  # nothing changed: closes without a question
    form = open_form(qtbot, store, program)
    select_row(form, 0)
    qtbot.mouseClick(form.units.down_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(asked) == 1 and form.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not form.isVisible()
    assert [u["code"] for u in program_units(program.id)] == [u["code"] for u in UNITS]


def run_modal(trigger, drive) -> None:
    """Click something that opens a modal form, and drive the form once it is up."""
    def handle():
        dialog = QApplication.activeModalWidget()
        try:
            drive(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.done(0)
    QTimer.singleShot(0, handle)
    trigger()


def test_new_program_from_the_page_is_listed_and_selected(qtbot, store, institutions, program):
    page = ProgramsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.set_institution(institutions[1].id)
    assert page.model.rowCount() == 0  # JHT belongs to the other institution
    seen = {}

    def drive(form):
        seen["institution"] = form.fields["institution"].value()
        fill(qtbot, form, code="LST", name="Instalasi Listrik", total_jp="16")
        add_unit(qtbot, form, "F.432100.001.01", "Memasang Instalasi", 16)
        save(qtbot, form)

    run_modal(lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), drive)
    assert seen["institution"] == institutions[1].id
    new = Program.get(Program.code == "LST")
    assert page.selected_id() == new.id
    assert page.count_label.text() == "1 programs"
    row = [page.model.data(page.model.index(0, column)) for column in range(6)]
    assert row == ["LST", "Instalasi Listrik", "LPK-STB", "16", "1", "80%"]


def test_archiving_a_program_hides_it_and_shows_it_greyed_among_archived(
        qtbot, store, program, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: True)
    page = ProgramsPage(store)
    qtbot.addWidget(page)
    page.show()
    assert page.select_id(program.id)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert Program.get_by_id(program.id).archived
    assert page.model.rowCount() == 0
    page.show_archived.setChecked(True)
    assert page.model.record_id(0) == program.id
    colour = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color()
    assert colour == ARCHIVED_COLOR


def test_units_model_keeps_qt_model_contract(qtmodeltester):
    model = UnitsModel()
    model.set_units([{**unit, "id": n, "required": unit.get("required", True)}
                     for n, unit in enumerate(UNITS, 1)])
    qtmodeltester.check(model)
    model.add_unit(1)
    assert model.move_unit(0, 1) == 1 and model.move_unit(3, 1) == 3
    model.move_unit(3, -1)
    model.remove_unit(0)
    model.setData(model.index(0, REQUIRED), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(0, JP), -5)
    model.set_problems({1: {"code": "wrong"}})
    assert [u.get("id") for u in model.units()] == [1, 3, 2]
    assert model.units()[0]["required"] is False
    qtmodeltester.check(model)


def test_deleting_an_archived_program_in_use_says_why_it_stays(qtbot, store, program, monkeypatch):
    from lpks_desktop.core.models import TrainingClass

    store.save(TrainingClass(institution=program.institution_id, program=program.id, code="JHT-01",
                             name="Menjahit 1", capacity=10))
    program.archived = True
    store.save(program)
    told = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: True)
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: told.append(text))
    page = ProgramsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.show_archived.setChecked(True)
    assert page.select_id(program.id)
    page.delete_record()
    assert Program.get_or_none(id=program.id) is not None
    assert len(told) == 1 and "1 class" in told[0]
