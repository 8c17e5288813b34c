"""Exporting participants and class lists: the clerk's choices reach the file, NIKs stay whole."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from PySide6.QtWidgets import QDialog

from lpks_desktop.core import models as m
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.gui import dialogs, document_export, workers
from lpks_desktop.gui.importing import export_actions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from class_scenario import build  # noqa: E402  (tests/core's scenario: institutions, rooms, a class)

NIKS = ("3171011708450001", "3171015708450002", "3171012001000010")  # the last one ends in 0


@pytest.fixture
def world(store):
    scenario = build(store)
    people = []
    for nik, name, sex in zip(NIKS, ("Budi Hartono", "=HYPERLINK(\"x\")", "Ani Lestari"), "LPL"):
        person, _ = save_participant(store, {"nik": nik, "full_name": name, "sex": sex,
                                             "phone": "081234567890"})
        people.append(person)
    # Only the first two have a class (at LPK-SBP); the third is nobody's yet.
    for person in people[:2]:
        store.save(m.Enrollment(training_class=scenario.klass.id, participant=person.id))
    return scenario, people


@pytest.fixture
def saved(tmp_path, monkeypatch):
    """Answers the save dialog with a file in tmp_path, says yes to opening it, records it."""
    asked, opened = [], []

    def choose(parent, title, suggested, kind):
        asked.append((suggested, kind))
        return str(tmp_path / f"{suggested}.{choose.kind or kind}")

    choose.kind = None
    monkeypatch.setattr(export_actions, "ask_save_path", choose)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: True)
    monkeypatch.setattr(document_export, "open_file", lambda path: opened.append(path) or True)
    return asked, opened, choose


def answer_options(monkeypatch, *, institution_id=None, csv_file=False, semicolon=False, accept=True):
    seen = []

    def run(dialog):
        seen.append(dialog)
        if isinstance(dialog, export_actions.ExportParticipantsDialog):
            dialog.institution_box.setCurrentIndex(dialog.institution_box.findData(institution_id or 0))
            dialog.csv_button.setChecked(csv_file)
            dialog.semicolon_box.setChecked(semicolon)
            return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
        raise AssertionError(f"unexpected dialog {dialog!r}")

    monkeypatch.setattr(dialogs, "_exec", run)
    return seen


def sheet_rows(path) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_all_participants_to_xlsx_keep_every_digit_of_the_nik(qtbot, store, world, saved, monkeypatch):
    asked, opened, _ = saved
    answer_options(monkeypatch)
    path = export_actions.export_participants(None, store)
    assert opened == [path] and path.endswith(".xlsx")
    assert asked[0][0] == f"participants-{dt.date.today().isoformat()}" and asked[0][1] == "xlsx"
    rows = sheet_rows(path)
    niks = {row[1] for row in rows[1:]}
    assert niks == set(NIKS)  # text, not 3.17E+15, and the trailing 0 kept
    assert all(isinstance(nik, str) for nik in niks)
    assert "=HYPERLINK(\"x\")" in {row[2] for row in rows[1:]}  # kept as text, never a formula


def test_one_institution_to_csv_with_semicolons(qtbot, store, world, saved, monkeypatch):
    scenario, people = world
    asked, opened, choose = saved
    choose.kind = "csv"
    answer_options(monkeypatch, institution_id=scenario.sbp.id, csv_file=True, semicolon=True)
    path = export_actions.export_participants(None, store, scenario.sbp.id)
    assert asked[0] == (f"participants-LPK-SBP-{dt.date.today().isoformat()}", "csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    niks = {row[1].lstrip("'") for row in rows[1:]}
    assert niks == set(NIKS[:2])  # the third has no class at LPK-SBP


def test_the_options_dialog_counts_who_would_be_exported(qtbot, store, world):
    scenario, _ = world
    dialog = export_actions.ExportParticipantsDialog(scenario.sbp.id)
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "2 participants"
    dialog.institution_box.setCurrentIndex(0)
    assert dialog.count_label.text() == "3 participants"
    assert not dialog.semicolon_box.isEnabled()
    dialog.csv_button.setChecked(True)
    assert dialog.semicolon_box.isEnabled() and dialog.kind() == "csv"


def test_cancelled_options_or_save_dialog_write_nothing(qtbot, store, world, monkeypatch, tmp_path):
    before = set(tmp_path.iterdir())  # the SQLite database lives there too
    started = []
    monkeypatch.setattr(workers, "run_with_progress", lambda *args, **kwargs: started.append(args))
    answer_options(monkeypatch, accept=False)
    assert export_actions.export_participants(None, store) is None
    answer_options(monkeypatch)
    monkeypatch.setattr(export_actions, "ask_save_path", lambda *args: "")
    assert export_actions.export_participants(None, store) is None
    assert started == [] and set(tmp_path.iterdir()) == before


def test_class_list_has_the_class_people_with_status(qtbot, store, world, saved, monkeypatch):
    scenario, people = world
    asked, opened, _ = saved
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: pytest.fail("no question expected"))
    path = export_actions.export_class_list(None, store, scenario.klass.id)
    assert asked == [("class-list-SBP-JHT-2026-01", "xlsx")] and opened == [path]
    rows = sheet_rows(path)
    assert {row[1] for row in rows[1:]} == set(NIKS[:2])
    assert {row[8] for row in rows[1:]} == {"Registered"}


def test_a_file_that_cannot_be_written_is_explained_and_nothing_is_opened(qtbot, store, world, monkeypatch,
                                                                          tmp_path):
    answer_options(monkeypatch)
    monkeypatch.setattr(export_actions, "ask_save_path",
                        lambda *args: str(tmp_path / "missing-folder" / "people.xlsx"))
    shown, opened = [], []
    monkeypatch.setattr(dialogs, "show_user_error", lambda parent, exc, title="": shown.append(exc.render("en")))
    monkeypatch.setattr(document_export, "open_file", opened.append)
    assert export_actions.export_participants(None, store) is None
    assert shown and "does not exist" in shown[0] and opened == []


def test_the_save_dialog_adds_the_extension_of_the_chosen_filter(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    answers = [(str(tmp_path / "people"), "CSV file (*.csv)"), (str(tmp_path / "people.CSV"), ""),
               (str(tmp_path / "people"), "Excel workbook (*.xlsx)"), ("", "")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: answers.pop(0))
    chosen = [export_actions.ask_save_path(None, "Export", "people", "xlsx") for _ in range(4)]
    assert chosen == [str(tmp_path / "people.csv"), str(tmp_path / "people.CSV"),
                      str(tmp_path / "people.xlsx"), ""]
