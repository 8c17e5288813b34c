"""The participant import wizard, driven as a clerk would with messy registrant lists."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from lpks_desktop.core import importing
from lpks_desktop.core import models as m
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.gui import dialogs, document_export, i18n, workers
from lpks_desktop.gui.importing import export_actions, import_dialog
from lpks_desktop.gui.importing.import_dialog import CHECK, COLUMNS, DONE, FILE, ImportDialog
from lpks_desktop.gui.importing.models import ERROR_COLOR, WARNING_COLOR, MappingModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import registrant_files as files  # noqa: E402
from class_scenario import build  # noqa: E402  (tests/core's scenario: institutions, a running class)
from record_checks import row_counts  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
MESSY_ERRORS = {(files.EXCEL_NOTATION_ROW, "B (NIK)"), (files.SHORT_NIK_ROW, "B (NIK)")}


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch):
    """Every message the wizard shows is recorded; a modal window nobody answers fails the test."""
    told = []
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: pytest.fail(f"unexpected dialog {dialog!r}"))
    for name in ("inform", "warn", "error"):
        monkeypatch.setattr(dialogs, name, lambda parent, title, text, kind=name: told.append((kind, text)))
    monkeypatch.setattr(dialogs, "show_user_error",
                        lambda parent, exc, title="": told.append(("user_error", exc.render("en"))))
    return told


@pytest.fixture
def world(store):
    return build(store)


def wizard(qtbot, store, path, **options) -> ImportDialog:
    dialog = ImportDialog(store, None, **options)
    qtbot.addWidget(dialog)
    dialog.file_page.set_path(str(path))
    dialog.show()  # laid out, so clicks land on the buttons
    return dialog


def to_check(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step() == COLUMNS
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step() == CHECK


def problems(dialog) -> list[tuple]:
    model = dialog.check_page.problems_model
    return [(row["row"], row["column"], model.text(row, "kind")) for row in model.rows()]


def answer_yes_no(monkeypatch, answer: bool) -> list[str]:
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no",
                        lambda parent, title, text, default_no=True: asked.append((text, default_no)) or answer)
    return asked


# -- reading and the columns ------------------------------------------------------------------


def test_title_rows_are_skipped_and_each_column_gets_a_suggested_field(qtbot, store, world, tmp_path):
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path)
    dialog = wizard(qtbot, store, path)
    assert dialog.step() == FILE and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step() == COLUMNS
    page = dialog.mapping_page
    assert 'sheet "Peserta": headings in row 4' in page.about.text()
    assert "Rows 1 to 3 above them (titles) are skipped" in page.about.text()
    assert page.mapping() == {1: "nik", 2: "full_name", 3: "sex", 4: "birth_place_date", 5: "address",
                              6: "city", 7: "phone", 8: "education", 9: "notes"}
    first = page.model.row(0)
    assert (first["letter"], first["heading"], first["field"]) == ("A", "No", None)  # ignored
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "suggested from its heading" in page.source.text()
    assert page.notes.text() == "1 column(s) will be ignored." or page.notes.text() == "1 column will be ignored."
    assert not page.sheet_box.isVisibleTo(dialog)  # one sheet only
    # Re-reading from here refreshes the columns and stays, keeping what the clerk chose.
    page.model.setData(page.model.index(9, MappingModel.FIELD_COLUMN), None)
    qtbot.mouseClick(dialog.reread_button, LEFT)
    assert dialog.step() == COLUMNS and 9 not in page.mapping()
    assert page.source.text() == "Your column choices are kept."


def test_a_column_is_chosen_by_hand_in_its_combo_and_a_field_once_only(qtbot, store, world, tmp_path):
    path = tmp_path / "daftar.csv"
    files.write_csv(path)
    text = path.read_text(encoding="utf-8-sig").replace("NIK;", "Identitas;", 1)
    path.write_text(text, encoding="utf-8-sig")
    dialog = wizard(qtbot, store, path)
    qtbot.mouseClick(dialog.next_button, LEFT)
    page = dialog.mapping_page
    assert 1 not in page.mapping()
    assert not dialog.next_button.isEnabled()
    assert page.notes.text() == "Choose the column that holds: NIK."
    combo = page.view.indexWidget(page.model.index(1, MappingModel.FIELD_COLUMN))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("nik"))
    combo.activated.emit(combo.currentIndex())
    assert page.mapping()[1] == "nik" and dialog.next_button.isEnabled()
    # Name taken twice: refused before the rows are read, both columns named.
    page.model.setData(page.model.index(0, MappingModel.FIELD_COLUMN), "full_name")
    assert not dialog.next_button.isEnabled()
    assert page.notes.text() == "Each field can come from one column only: Full name (A, C)."
    assert page.model.index(2, MappingModel.FIELD_COLUMN).data(Qt.ItemDataRole.ForegroundRole) == WARNING_COLOR
    assert page.reset_button.isEnabled()
    qtbot.mouseClick(page.reset_button, LEFT)
    assert 1 not in page.mapping() and page.mapping()[2] == "full_name"
    assert combo.currentData() == ""  # the combo follows the model


def test_a_file_that_is_not_a_list_is_explained_and_the_wizard_stays(qtbot, store, world, tmp_path,
                                                                     no_unanswered_dialogs):
    pdf = tmp_path / "daftar.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n% not a workbook\n")
    dialog = wizard(qtbot, store, pdf)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step() == FILE
    kind, text = no_unanswered_dialogs[-1]
    assert kind == "user_error" and "daftar.xlsx" in text

    numbers = tmp_path / "angka.csv"
    numbers.write_text("1;2;3\n4;5;6\n", encoding="utf-8")
    dialog.file_page.set_path(str(numbers))
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step() == FILE
    assert no_unanswered_dialogs[-1][0] == "warn" and "No header row was found" in no_unanswered_dialogs[-1][1]

    dialog.file_page.set_path(str(tmp_path / "missing.xlsx"))
    assert not dialog.next_button.isEnabled()
    assert "There is no file at" in dialog.next_button.toolTip()


def test_the_sheet_holding_the_list_is_read_and_another_can_be_chosen(qtbot, store, world, tmp_path,
                                                                     no_unanswered_dialogs):
    import xlsxwriter

    path = tmp_path / "rekap.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Rekap").write_string(0, 0, "Rekap pendaftaran: 8 orang")
    sheet = book.add_worksheet("Peserta")
    for column, heading in enumerate(files.HEADINGS):
        sheet.write_string(0, column, heading)
    for index, entry in enumerate(files.people(3)):
        for column, value in enumerate(files.cells(entry, index + 1)):
            sheet.write(index + 1, column, value)
    book.close()
    dialog = wizard(qtbot, store, path)
    qtbot.mouseClick(dialog.next_button, LEFT)
    page = dialog.mapping_page
    assert page.sheet_box.isVisibleTo(dialog) and page.sheet_box.currentText() == "Peserta"
    assert [page.sheet_box.itemText(i) for i in range(page.sheet_box.count())] == ["Rekap", "Peserta"]
    page.sheet_box.setCurrentIndex(0)
    page.sheet_box.activated.emit(0)
    assert "No header row was found" in no_unanswered_dialogs[-1][1]
    assert dialog.sheet.name == "Peserta" and page.sheet_box.currentText() == "Peserta"


# -- checking -----------------------------------------------------------------------------------


def test_a_messy_file_shows_every_problem_and_imports_nothing(qtbot, store, world, tmp_path):
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path)
    before = row_counts()
    dialog = wizard(qtbot, store, path, class_id=world.klass.id)
    to_check(qtbot, dialog)
    found = problems(dialog)
    assert {(row, column) for row, column, kind in found if kind == "Error"} == MESSY_ERRORS
    assert (files.NUMBER_NIK_ROW, "B (NIK)", "Warning") in found  # whole, but a number cell
    report = dialog.check_page.report
    assert (report.errors, report.error_rows, report.new, report.registered) == (2, 2, 6, 6)
    assert dialog.check_page.counts["errors"].number.text() == "2"
    assert dialog.check_page.banner.property("kind") == "error"
    model = dialog.check_page.problems_model
    colours = {model.text(row, "kind"): model.index(number, 4).data(Qt.ItemDataRole.ForegroundRole)
               for number, row in enumerate(model.rows())}
    assert colours == {"Error": ERROR_COLOR, "Warning": WARNING_COLOR}
    assert "Row 6, column B (NIK)" in dialog.check_page.detail.text()
    assert not dialog.import_button.isEnabled() and dialog.valid_only_button.isEnabled()
    dialog.import_all()  # the button is off, and the shortcut path refuses too
    assert dialog.step() == CHECK and row_counts() == before
    # Errors only, then sorted by kind.
    dialog.check_page.show_box.setCurrentIndex(dialog.check_page.show_box.findData("errors"))
    assert {kind for _, _, kind in problems(dialog)} == {"Error"}
    assert dialog.check_page.problems_view.isSortingEnabled()


def test_the_fixed_file_is_read_again_with_one_click_and_imported(qtbot, store, world, tmp_path):
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path)
    dialog = wizard(qtbot, store, path, institution_id=world.sbp.id, class_id=world.klass.id)
    to_check(qtbot, dialog)
    # The clerk keeps "No" as a column to ignore and changes nothing else; fixes the file in Excel.
    entries = files.write_xlsx(path, fixed=True)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
    assert dialog.step() == CHECK and dialog.check_page.report.errors == 0
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert not dialog.valid_only_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.step() == DONE and dialog.imported
    assert dialog.close_button.text() == "Close"
    assert "8 new participants added." in dialog.done_page.summary.text() or \
        "8 new participants added." in dialog.done_page.summary.text()
    stored = {p.nik: p for p in m.Participant.select()}
    assert set(stored) == {entry["nik"] for entry in entries}  # every digit kept
    assert stored[entries[0]["nik"]].phone == "+6281200000001"
    assert m.Enrollment.select().where(m.Enrollment.training_class == world.klass.id).count() == 8
    # The next list with these headings starts from the same column choices.
    again = wizard(qtbot, store, path, institution_id=world.sbp.id)
    qtbot.mouseClick(again.next_button, LEFT)
    assert "last used for lists with these headings" in again.mapping_page.source.text()


def test_existing_participants_show_their_changes_before_and_after(qtbot, store, world, tmp_path):
    entries = files.people(4)
    known = entries[2]
    save_participant(store, {"nik": known["nik"], "full_name": known["name"], "sex": known["sex"],
                             "city": "Amuntai", "phone": "081299998888"})
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path, fixed=True, entries=entries)
    before = row_counts()
    dialog = wizard(qtbot, store, path)
    to_check(qtbot, dialog)
    assert row_counts() == before  # checking writes nothing
    report = dialog.check_page.report
    assert (report.new, report.updated, report.unchanged) == (3, 1, 0)
    assert dialog.check_page.tabs.tabText(1) == "Changes to existing participants (1)"
    model = dialog.check_page.changes_model
    changes = {row["field"]: (model.text(row, "before"), model.text(row, "after")) for row in model.rows()}
    assert changes["Regency/city"] == ("Amuntai", known["city"])
    assert changes["Phone"] == ("0812-9999-8888", "0812-0000-0003")
    assert {row["row"] for row in dialog.check_page.changes_model.rows()} == {files.sheet_row(3)}
    shown = {model.index(number, 5).data() for number in range(model.rowCount())}
    assert "0812-0000-0003" in shown  # as the clerk writes phone numbers
    qtbot.mouseClick(dialog.import_button, LEFT)
    person = m.Participant.get(m.Participant.nik == known["nik"])
    assert (person.city, person.phone) == (known["city"], "+6281200000003")


def test_valid_rows_only_is_asked_first_and_leaves_the_bad_rows_out(qtbot, store, world, tmp_path, monkeypatch):
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path)
    dialog = wizard(qtbot, store, path, class_id=world.klass.id)
    to_check(qtbot, dialog)
    before = row_counts()
    asked = answer_yes_no(monkeypatch, False)
    qtbot.mouseClick(dialog.valid_only_button, LEFT)
    assert row_counts() == before and dialog.step() == CHECK
    text, default_no = asked[0]
    assert default_no  # Enter does not skip rows by accident
    assert "2 row(s) with errors will be left out" in text or "2 rows with errors will be left out" in text
    assert "6 row(s) without errors will be imported" in text or "6 rows without errors will be imported" in text
    answer_yes_no(monkeypatch, True)
    qtbot.mouseClick(dialog.valid_only_button, LEFT)
    assert dialog.step() == DONE and dialog.imported
    assert m.Participant.select().count() == 6
    assert f"{files.EXCEL_NOTATION_ROW}, {files.SHORT_NIK_ROW}" in dialog.done_page.summary.text()


def test_a_closed_class_refuses_the_whole_file_even_valid_rows_only(qtbot, store, world, tmp_path):
    world.klass.status = m.ClassStatus.FINISHED
    store.save(world.klass)
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path, fixed=True)
    dialog = wizard(qtbot, store, path, class_id=world.klass.id)
    assert dialog.file_page.class_id() == world.klass.id  # handed in by the class window
    to_check(qtbot, dialog)
    report = dialog.check_page.report
    assert report.file_errors == 1 and report.importable == 0
    assert not dialog.import_button.isEnabled() and not dialog.valid_only_button.isEnabled()
    assert problems(dialog)[0][:2] == (None, "")
    assert dialog.check_page.problems_model.rows()[0]["field"] == "Class"


def test_cancel_during_a_big_import_leaves_nothing(qtbot, store, world, tmp_path, monkeypatch,
                                                   no_unanswered_dialogs):
    path = tmp_path / "besar.xlsx"
    files.write_xlsx(path, 1500, fixed=True)
    dialog = wizard(qtbot, store, path, class_id=world.klass.id)
    to_check(qtbot, dialog)
    assert dialog.check_page.report.new == 1500
    before = row_counts()
    real_apply = importing.apply_import
    reports = []

    def cancel_midway(store_, plan, **options):
        progress = options["progress"]

        def watched(done, total, label):
            reports.append(done)
            if done >= 500:  # some rows are already written inside the transaction
                next(iter(workers._running)).dialog.request_cancel()
            progress(done, total, label)

        return real_apply(store_, plan, **{**options, "progress": watched})

    monkeypatch.setattr(importing, "apply_import", cancel_midway)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert max(reports) >= 500
    assert dialog.step() == CHECK and not dialog.imported
    assert no_unanswered_dialogs[-1] == ("inform", "The import was cancelled. Nothing was changed.")
    assert row_counts() == before
    assert dialog.import_button.isEnabled()  # the clerk can try again


def test_cancel_while_checking_stays_on_the_columns(qtbot, store, world, tmp_path, monkeypatch):
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path, fixed=True)
    dialog = wizard(qtbot, store, path)
    qtbot.mouseClick(dialog.next_button, LEFT)
    real_plan = importing.plan_import

    def cancelled_plan(*args, **options):
        next(iter(workers._running)).cancel()
        return real_plan(*args, **options)

    monkeypatch.setattr(importing, "plan_import", cancelled_plan)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step() == COLUMNS and dialog.plan is None


# -- the report ---------------------------------------------------------------------------------


def test_the_problem_report_is_copied_and_saved_for_fixing_the_file(qtbot, store, world, tmp_path, monkeypatch):
    path = tmp_path / "daftar.csv"
    files.write_csv(path)
    dialog = wizard(qtbot, store, path)
    to_check(qtbot, dialog)
    qtbot.mouseClick(dialog.check_page.copy_button, LEFT)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tField\tKind\tProblem"
    assert copied[1].startswith(f"{files.EXCEL_NOTATION_ROW}\tB (NIK)\tNIK\tError\tThe NIK \"6,30101E+15\"")
    assert len(copied) == 1 + len(dialog.check_page.problems_model.rows())

    saved, opened = [], []
    monkeypatch.setattr(export_actions, "ask_save_path",
                        lambda parent, title, name, kind: saved.append(name) or str(tmp_path / f"{name}.xlsx"))
    answer_yes_no(monkeypatch, True)
    monkeypatch.setattr(document_export, "open_file", lambda path: opened.append(path) or True)
    written = dialog.save_report()
    assert saved == ["daftar-problems"] and opened == [written]
    rows = CalamineWorkbook.from_path(written).get_sheet_by_index(0).to_python()
    assert rows[0] == ["Row", "Column", "Field", "Kind", "Problem"]
    assert [int(rows[1][0]), rows[1][1], rows[1][3]] == [files.EXCEL_NOTATION_ROW, "B (NIK)", "Error"]
    # Or as CSV, chosen in the save dialog.
    monkeypatch.setattr(export_actions, "ask_save_path",
                        lambda parent, title, name, kind: str(tmp_path / f"{name}.csv"))
    written = dialog.save_report()
    with open(written, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Row", "Column", "Field", "Kind", "Problem"] and len(lines) == len(copied)


def test_messages_from_the_core_follow_the_interface_language(qtbot, qapp, store, world, tmp_path, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path)
    dialog = wizard(qtbot, store, path)
    to_check(qtbot, dialog)
    messages = [row["message"] for row in dialog.check_page.problems_model.rows()]
    assert any("tersimpan sebagai angka oleh Excel" in text for text in messages)
    assert dialog.check_page.detail.text().startswith(f"Baris {files.EXCEL_NOTATION_ROW}, kolom B (NIK)")
    assert dialog.mapping_page.model.label("full_name") == "Nama lengkap"


# -- the entry point and the models -----------------------------------------------------------


def test_open_import_dialog_says_whether_anything_was_imported(qtbot, store, world, tmp_path, monkeypatch):
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path, fixed=True)

    def clerk_imports(dialog):
        dialog.file_page.set_path(str(path))
        dialog.next()
        dialog.next()
        dialog.import_all()
        return 1

    monkeypatch.setattr(dialogs, "_exec", clerk_imports)
    assert import_dialog.open_import_dialog(None, store, institution_id=world.sbp.id) is True
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: dialog.reject() or 0)
    assert import_dialog.open_import_dialog(None, store) is False


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, store, world, tmp_path):
    entries = files.people(8)
    save_participant(store, {"nik": entries[0]["nik"], "full_name": entries[0]["name"],
                             "sex": entries[0]["sex"], "city": "Amuntai"})
    path = tmp_path / "daftar.xlsx"
    files.write_xlsx(path, entries=entries)
    dialog = wizard(qtbot, store, path)
    to_check(qtbot, dialog)
    page = dialog.check_page
    assert page.problems_model.rowCount() and page.changes_model.rowCount() and page.new_model.rowCount()
    for model in (dialog.mapping_page.model, page.problems_model, page.changes_model, page.new_model):
        qtmodeltester.check(model)
    page.problems_model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.problems_model)
