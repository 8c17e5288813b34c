"""The workload page: JP from written journals per trainer and month, fees, notices, exports."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services.journals import save_journal
from lpks_desktop.core.services.settings import DEFAULT_RATE_PER_JP, set_setting
from lpks_desktop.gui import dialogs, document_export
from lpks_desktop.gui.pages.workload_page import FEE, RATE, WorkloadPage

import test_calendar_page as calendar_tests

# The calendar tests' foundation: two institutions, Budi (Rp 100.000 per JP) and Sari (no rate).
add_session = calendar_tests.add_session
foundation = calendar_tests.foundation
no_real_message_boxes = calendar_tests.no_real_message_boxes

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def journals(store, foundation):
    """November: Budi leads 2 sessions (8 JP written), Sari assists one of them (4 JP) and leads
    one of her own (3 JP); one cancelled session; three sessions (two from the calendar tests)
    without a journal yet. December: Budi leads and Sari assists a session with a 4 JP journal."""
    f = foundation
    lead, assistant = m.TrainerRole.LEAD, m.TrainerRole.ASSISTANT
    first = add_session(store, f.sewing, dt.date(2026, 11, 16), "08:00", "11:00", [(f.budi, lead), (f.sari, assistant)])
    second = add_session(store, f.sewing, dt.date(2026, 11, 17), "08:00", "11:00", [(f.budi, lead)])
    welding = add_session(store, f.welding, dt.date(2026, 11, 18), "13:00", "16:00", [(f.sari, lead)])
    add_session(store, f.welding, dt.date(2026, 11, 19), "13:00", "16:00", [(f.sari, lead)])  # no journal
    add_session(store, f.sewing, dt.date(2026, 11, 20), "08:00", "11:00", [(f.budi, lead)],
                status=m.SessionStatus.CANCELLED)
    for session, jp in ((first, 4), (second, 4), (welding, 3)):
        save_journal(store, session.id, {"taught": "Membuat pola", "jp": jp, "notes": "ok"}, today=TODAY)
    save_journal(store, f.sessions["sewing_wed"].id, {"taught": "Mengukur", "jp": 4, "notes": "ok"}, today=TODAY)
    return f


def open_page(qtbot, store, institution_id=None, month=(2026, 11)) -> WorkloadPage:
    page = WorkloadPage(store, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_institution(institution_id)
    page.set_month(*month)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def table(page: WorkloadPage) -> list[list[str]]:
    model = page.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_figures_match_the_journals_written_in_the_month(qtbot, store, journals):
    page = open_page(qtbot, store)
    assert page.month_box.currentText() == "November" and page.year_box.value() == 2026
    assert table(page) == [
        ["1", "Budi Santoso", "LPK-SBP", "2", "8", "0", "8", "Rp 100.000", "Rp 800.000"],
        ["2", "Sari Wulandari", "LPK-STB", "2", "3", "4", "7", "no rate", "—"],
        ["", "Total", "", "4", "11", "4", "15", "", "Rp 800.000"],
    ]
    assert page.totals.text() == "November 2026: 2 trainers, 15 JP, fees Rp 800.000"
    assert page.missing_notice.isVisible()
    assert page.missing_notice.text().startswith("3 sessions of this month without a trainer journal")
    assert page.rate_notice.isVisible() and "Sari Wulandari" in page.rate_notice.text()
    assert page.model.index(1, RATE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_month_navigation_and_the_institution_switcher(qtbot, store, journals):
    page = open_page(qtbot, store)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert (page.year_month(), page.month_box.currentText()) == ((2026, 12), "December")
    assert table(page) == [
        ["1", "Budi Santoso", "LPK-SBP", "1", "4", "0", "4", "Rp 100.000", "Rp 400.000"],
        ["2", "Sari Wulandari", "LPK-STB", "1", "0", "4", "4", "no rate", "—"],
        ["", "Total", "", "2", "4", "4", "8", "", "Rp 400.000"],
    ]
    # Up to today (2 December) two sessions took place without a journal.
    assert page.missing_notice.text().startswith("2 sessions")
    page.step(-1)
    page.set_institution(journals.stb.id)
    assert [row[1] for row in table(page)] == ["Sari Wulandari", "Total"]
    assert table(page)[0][3:7] == ["1", "3", "0", "3"]  # only her session at STB
    page.set_month(2026, 10)
    assert page.model.rowCount() == 0 and page.table.isHidden() and not page.empty.isHidden()
    assert page.empty.text() == "No journal-recorded JP in October 2026."
    assert page.missing_notice.isHidden() and page.rate_notice.isHidden()
    qtbot.mouseClick(page.this_month_button, Qt.MouseButton.LeftButton)
    assert page.year_month() == (2026, 12)


def test_the_default_rate_is_used_and_marked(qtbot, store, journals):
    set_setting(store, DEFAULT_RATE_PER_JP, 75000, journals.stb.id)
    page = open_page(qtbot, store)
    sari = table(page)[1]
    assert sari[RATE] == "Rp 75.000 (default)" and sari[FEE] == "Rp 525.000"
    assert "default" in page.model.index(1, RATE).data(Qt.ItemDataRole.ToolTipRole)
    assert page.rate_notice.isHidden()
    assert page.totals.text().endswith("fees Rp 1.325.000")


def test_workload_model_passes_the_model_tester(qtbot, qtmodeltester, store, journals):
    page = open_page(qtbot, store)
    qtmodeltester.check(page.model)


@pytest.fixture
def saved_to(tmp_path, monkeypatch):
    asked = []

    def choose(parent, title, suggested, kind):
        asked.append((suggested, kind))
        return str(tmp_path / suggested)

    monkeypatch.setattr(document_export, "ask_save_path", choose)
    opened = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kwargs: True)
    monkeypatch.setattr(document_export, "open_file", opened.append)
    return asked, opened


def test_export_writes_a_real_workbook_and_pdf_and_offers_to_open_them(qtbot, store, journals, saved_to):
    pytest.importorskip("lpks_desktop.documents.workload_xlsx")
    asked, opened = saved_to
    page = open_page(qtbot, store, journals.sbp.id)
    xlsx = page.export("xlsx")
    pdf = page.export("pdf")
    assert asked == [("Honor-Instruktur-2026-11.xlsx", "xlsx"), ("Honor-Instruktur-2026-11.pdf", "pdf")]
    assert opened == [xlsx, pdf]
    with zipfile.ZipFile(xlsx) as book:
        sheet = next(name for name in book.namelist() if name.startswith("xl/worksheets/"))
        strings = book.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in book.namelist() \
            else book.read(sheet).decode()
    assert "Budi Santoso" in strings
    with open(pdf, "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_a_cancelled_save_dialog_builds_nothing(qtbot, store, journals, monkeypatch):
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: "")
    started = []
    monkeypatch.setattr(document_export.workers, "run_with_progress", lambda *args, **kw: started.append(args))
    page = open_page(qtbot, store)
    assert page.export("pdf") is None and started == []
