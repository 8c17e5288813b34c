"""Printing a class's trainer journal: the options, then a real PDF written off the GUI thread."""

from __future__ import annotations

import datetime as dt

import pypdf

from lpks_desktop.core import models as m
from lpks_desktop.core.services.settings import DEFAULT_PAPER, set_setting
from lpks_desktop.gui import document_export
from lpks_desktop.gui.schedule import actions
from lpks_desktop.gui.schedule.print_dialog import PrintJournalDialog

import test_schedule_scenario as scenario
from test_schedule_scenario import session

# Fixtures of the shared scenario, found by pytest under these names.
clerk, no_real_dialogs, scene = scenario.clerk, scenario.no_real_dialogs, scenario.scene

F4_POINTS = (215 / 25.4 * 72, 330 / 25.4 * 72)


def journal_sessions(store, scene) -> None:
    for day, trainer in ((2, scene.budi), (3, scene.sari), (4, scene.budi)):
        session(store, scene.klass, dt.date(2026, 11, day), "08:00", "12:00", unit=scene.units[0].id,
                jp=4, trainers=[(trainer, "lead")], journal_jp=4, status="held",
                journal_taught="Mengukur lingkar badan dan panjang lengan")


def test_the_journal_is_written_as_a_pdf_and_offered_to_open(qtbot, store, scene, clerk, tmp_path,
                                                              monkeypatch):
    journal_sessions(store, scene)
    set_setting(store, DEFAULT_PAPER, "F4", scene.sbp.id)
    target = tmp_path / "Jurnal.pdf"
    asked, opened = [], []

    def ask_save_path(parent, title, suggested, kind):
        asked.append((suggested, kind))
        return str(target)

    monkeypatch.setattr(document_export, "ask_save_path", ask_save_path)
    monkeypatch.setattr(document_export, "open_file", lambda path: opened.append(path) or True)

    def choose(dialog: PrintJournalDialog):
        qtbot.addWidget(dialog)
        assert dialog.chosen_paper() == "F4"  # the institution's default
        assert [dialog.trainer.itemText(n) for n in range(dialog.trainer.count())] == [
            "All trainers", "Budi Santoso", "Sari Wulandari"]
        dialog.landscape.setChecked(True)
        dialog.accept()
        return dialog.result()

    clerk.then(choose).yes()  # then: open it now? Yes
    assert actions.print_journal(None, store, scene.klass.id) is True
    assert asked == [("Jurnal-SBP-JHT-2026-01.pdf", "pdf")]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pdf = pypdf.PdfReader(str(target))
    assert len(pdf.pages) >= 1
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(v) for v in reversed(F4_POINTS))
    assert "Mengukur lingkar badan" in "".join(page.extract_text() for page in pdf.pages)
    assert opened == [str(target)]


def test_one_trainers_journal_gets_its_own_file_name(qtbot, store, scene, clerk, tmp_path, monkeypatch):
    journal_sessions(store, scene)
    asked = []
    monkeypatch.setattr(document_export, "ask_save_path",
                        lambda parent, title, suggested, kind: asked.append(suggested) or str(tmp_path / "s.pdf"))

    def choose(dialog: PrintJournalDialog):
        qtbot.addWidget(dialog)
        dialog.trainer.setCurrentIndex(dialog.trainer.findData(scene.sari.id))
        dialog.accept()
        return dialog.result()

    clerk.then(choose)  # "open it now?" closed: No
    assert actions.print_journal(None, store, scene.klass.id) is True
    assert asked == ["Jurnal-SBP-JHT-2026-01-Sari-Wulandari.pdf"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(tmp_path / "s.pdf")).pages)
    assert "Sari Wulandari" in text


def test_closing_the_options_writes_nothing(store, scene, clerk, monkeypatch):
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: (_ for _ in ()).throw(AssertionError))
    assert actions.print_journal(None, store, scene.klass.id) is False
    assert m.ClassSession.select().count() == 0
