"""Importing marks from a file through the attendance tab: a clean file is shown change by change
and saved on agreement, a file with problems lists them by row and column and writes nothing,
and the template to fill in is saved where the clerk says."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from lpks_desktop.core.importing.attendance import plan_attendance_import
from lpks_desktop.gui import dialogs, document_export
from lpks_desktop.gui.attendance import import_flow
from lpks_desktop.gui.attendance.import_flow import ImportProblemsDialog, ImportReviewDialog
from lpks_desktop.gui.pages.class_window import ATTENDANCE_TAB, ClassWindow

from test_attendance_grid import build_grid_world, column, day


@pytest.fixture
def world(store):
    return build_grid_world(store)


class Clerk:
    """Answers each modal dialog: the review is agreed to (or not), messages are noted."""

    def __init__(self, agree: bool = True):
        self.agree = agree
        self.seen: list[QDialog] = []
        self.messages: list[str] = []

    def __call__(self, dialog) -> int:
        self.seen.append(dialog)
        if isinstance(dialog, QMessageBox):
            self.messages.append(dialog.text())
            return 0
        if isinstance(dialog, ImportReviewDialog) and self.agree:
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    def shown(self, kind) -> list:
        return [dialog for dialog in self.seen if isinstance(dialog, kind)]


@pytest.fixture
def clerk(monkeypatch):
    answering = Clerk()
    monkeypatch.setattr(dialogs, "_exec", answering)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, title, text: "discard")
    return answering


@pytest.fixture
def tab(qtbot, store, world):
    window = ClassWindow(store, world.klass.id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(ATTENDANCE_TAB)  # opens on today's session
    return window.attendance


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def nik(n: int) -> str:
    return f"3171011708450{n:03d}"  # as build_grid_world gives them, 1 = Ani


def choose_file(monkeypatch, path: Path | None) -> list[str]:
    asked = []
    monkeypatch.setattr(import_flow, "ask_open_path",
                        lambda parent, title: asked.append(title) or (str(path) if path else ""))
    return asked


def rows_of(model) -> list[dict]:
    return [model.row(n) for n in range(model.rowCount())]


def test_a_clean_file_is_shown_change_by_change_then_saved_and_the_grid_reloads(
        tab, world, clerk, monkeypatch, tmp_path):
    path = write_csv(tmp_path / "absen.csv", [
        ["NIK", "Nama", "Tanggal", "Kehadiran", "Keterangan"],
        [nik(1), "Ani Suryani", f"{day(0):%d/%m/%Y}", "H", ""],
        [nik(2), "Budi Hartono", f"{day(0):%d/%m/%Y}", "sakit", "demam"],
        [nik(1), "Ani Suryani", f"{day(-3):%d/%m/%Y}", "I", "surat menyusul"],
    ])
    choose_file(monkeypatch, path)
    changed = []
    tab.changed.connect(lambda: changed.append(True))
    tab.import_action.trigger()
    review = clerk.shown(ImportReviewDialog)[0]
    rows = rows_of(review.model)
    assert [(r["row"], r["person"], r["before"], r["after"]) for r in rows] == [
        ("2", "1. Ani Suryani", "—", "H"), ("3", "2. Budi Hartono", "—", "S · demam"),
        ("4", "1. Ani Suryani", "A", "I · surat menyusul")]
    assert rows[0]["session"].startswith(f"{day(0):%A}")
    assert review.save_button.text() == "&Save 3 marks"
    assert world.marks() == {(0, "ani"): "I", (0, "eko"): "H", (3, "ani"): "H", (3, "budi"): "S"}
    assert clerk.messages == ["3 marks saved from the file."]
    assert column(tab.view, 0) == ["H", "S", "", ""]  # today's session, read again
    assert changed == [True]


def test_declining_the_review_writes_nothing(tab, world, clerk, monkeypatch, tmp_path):
    clerk.agree = False
    path = write_csv(tmp_path / "absen.csv", [["NIK", "Tanggal", "Kehadiran"], [nik(3), f"{day(-1):%d/%m/%Y}", "A"]])
    choose_file(monkeypatch, path)
    tab.import_action.trigger()
    assert len(clerk.shown(ImportReviewDialog)) == 1
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H"}


def test_a_file_with_problems_lists_each_at_its_row_and_column_and_writes_nothing(
        tab, world, clerk, monkeypatch, tmp_path):
    path = write_csv(tmp_path / "absen.csv", [
        ["NIK", "Nama", "Tanggal", "Kehadiran"],
        [nik(1), "Ani Suryani", f"{day(0):%d/%m/%Y}", "H"],  # fine, but not saved: the file has errors
        [nik(2), "Budi Hartono", f"{day(0):%d/%m/%Y}", "X"],
        ["3171011708459999", "Orang Lain", f"{day(-1):%d/%m/%Y}", "H"],
    ])
    choose_file(monkeypatch, path)
    tab.import_action.trigger()
    assert not clerk.shown(ImportReviewDialog)
    problems = clerk.shown(ImportProblemsDialog)[0]
    rows = rows_of(problems.model)
    assert {row["row"] for row in rows if row["kind"] == "Error"} == {"3", "4"}
    mark_problem = next(row for row in rows if row["row"] == "3")
    assert mark_problem["column"] == "D (Kehadiran)"
    assert problems.heading.text().startswith("Nothing was imported")
    assert world.marks() == {(0, "ani"): "A", (0, "eko"): "H"}
    assert column(tab.view, 0) == ["", "", "", ""]


def test_no_file_chosen_means_nothing_happens(tab, world, clerk, monkeypatch):
    asked = choose_file(monkeypatch, None)
    tab.import_action.trigger()
    assert asked == ["Import marks"] and clerk.seen == []


def test_unsaved_marks_are_settled_before_an_import(qtbot, tab, world, clerk, monkeypatch, tmp_path):
    asked = choose_file(monkeypatch, None)
    tab.view.setFocus()
    qtbot.keyClicks(tab.view, "a")
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, title, text: "cancel")
    tab.import_action.trigger()
    assert asked == [] and tab.model.pending_count() == 1
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, title, text: "save")
    tab.import_action.trigger()
    assert asked == ["Import marks"] and world.marks()[(3, "ani")] == "A"


def test_the_template_is_saved_where_the_clerk_says_and_reads_back(tab, world, clerk, monkeypatch, tmp_path):
    target = tmp_path / "isian.xlsx"
    suggested = []
    monkeypatch.setattr(document_export, "ask_save_path",
                        lambda parent, title, name, kind: suggested.append((name, kind)) or str(target))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: False)  # don't open it
    tab.template_action.trigger()
    assert suggested == [("isian-kehadiran-SBP-JHT-2026-01.xlsx", "xlsx")]
    plan = plan_attendance_import(target, world.klass.id)
    assert plan.ok and plan.changes == [] and plan.unchanged == 1  # Ani's A; Eko (withdrew) is not listed
