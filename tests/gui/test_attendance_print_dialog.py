"""Printing attendance from the app: the choices, and real documents previewed, printed and saved."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox

from lpks_desktop.core import models as m
from lpks_desktop.core.importing.readers import read_table
from lpks_desktop.core.services.settings import DEFAULT_PAPER, set_setting
from lpks_desktop.gui import dialogs, document_export, printing
from lpks_desktop.gui.attendance import print_dialog
from lpks_desktop.gui.attendance.print_dialog import PrintAttendanceDialog, print_attendance

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import class_scenario  # noqa: E402  (tests/core's scenario: institutions, rooms, program, trainers)

MM = 72 / 25.4
F4 = (215 * MM, 330 * MM)
A4 = (210 * MM, 297 * MM)
MONDAY = dt.date(2026, 11, 2)


class Answers:
    """Answers modal dialogs in order: each queued answer gets the dialog, returns its result."""

    def __init__(self):
        self.queue: list = []
        self.seen: list = []

    def then(self, answer) -> "Answers":
        self.queue.append(answer)
        return self

    def __call__(self, dialog) -> int:
        self.seen.append(dialog)
        if not self.queue:
            dialog.reject()
            return 0
        return self.queue.pop(0)(dialog)

    def messages(self) -> list[str]:
        return [d.text() for d in self.seen if isinstance(d, QMessageBox)]


def yes(dialog) -> int:
    dialog.button(QMessageBox.StandardButton.Yes).click()
    return 0


def ok(dialog) -> int:
    dialog.button(QMessageBox.StandardButton.Ok).click()
    return 0


@pytest.fixture
def answers(monkeypatch):
    answering = Answers()
    monkeypatch.setattr(dialogs, "_exec", answering)
    return answering


@pytest.fixture
def world(store):
    """Class SBP-JHT-2026-01 with 24 participants and five sessions in the week of 2 November
    2026 (Budi teaches four, Sari one), and a second class of the same week taught by Budi."""
    built = class_scenario.build(store)
    session = class_scenario.session
    built.sessions = [session(store, built.klass, MONDAY + dt.timedelta(days=n), "08:00", "12:00",
                              trainers=[(built.sari if n == 4 else built.budi, "lead")])
                      for n in range(5)]
    built.later = session(store, built.klass, MONDAY + dt.timedelta(days=14), "08:00", "12:00",
                          trainers=[(built.budi, "lead")])
    for n in range(24):
        person = store.save(m.Participant(full_name=f"Peserta {n + 1:02d} Wulandari Kusumaningrum",
                                          nik=f"317101010000{n + 1:04d}", sex="P"))
        store.save(m.Enrollment(training_class=built.klass.id, participant=person.id,
                                status=m.EnrollmentStatus.ENROLLED))
    built.other = store.save(m.TrainingClass(
        institution=built.sbp.id, program=built.program.id, code="SBP-JHT-2026-02", name="Menjahit Angkatan 2",
        batch=2, room=built.sewing_room.id, capacity=16, status=m.ClassStatus.RUNNING, start_date=MONDAY))
    built.other_session = session(store, built.other, MONDAY + dt.timedelta(days=2), "13:00", "16:00",
                                  trainers=[(built.budi, "lead")])
    set_setting(store, DEFAULT_PAPER, "F4", built.sbp.id)
    return built


def page_sizes(path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(str(path)).pages]


def dark_share_of_top(path, page: int = 0) -> float:
    """Share of dark pixels in the top fifth of a page (letterhead and title)."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[page].render(scale=0.5).to_pil().convert("L")
    finally:
        document.close()
    top = image.crop((0, 0, image.width, image.height // 5))
    histogram = top.histogram()
    return sum(histogram[:100]) / sum(histogram)


def test_the_choices_follow_what_is_printed(qtbot, store, world):
    dialog = PrintAttendanceDialog(store, world.klass.id, [world.sessions[0].id])
    qtbot.addWidget(dialog)
    assert dialog.kind() == print_dialog.SHEETS
    assert dialog.paper.currentData() == "F4"  # the institution's default
    assert dialog.portrait.isChecked() and not dialog.week_box.isEnabled()
    assert "Monday, 2 November 2026" in dialog.kind_buttons[print_dialog.SHEETS].text()
    assert dialog.summary.text() == "1 session, 1 class, 24 participants, about 2 pages"

    dialog.kind_buttons[print_dialog.GRID].setChecked(True)
    assert dialog.landscape.isChecked() and dialog.with_marks.isEnabled()
    assert dialog.summary.text().startswith("6 sessions, 24 participants, about ")

    dialog.kind_buttons[print_dialog.RECAP].setChecked(True)
    assert dialog.portrait.isChecked()
    dialog.recap_format.setCurrentIndex(dialog.recap_format.findData("xlsx"))
    assert dialog.save_button.text() == "&Save as XLSX…"
    assert not dialog.preview_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not dialog.paper.isEnabled() and not dialog.blank_rows.isEnabled()
    assert "pages" not in dialog.summary.text()

    without_class = PrintAttendanceDialog(store, session_ids=[world.sessions[1].id])
    qtbot.addWidget(without_class)
    assert not without_class.kind_buttons[print_dialog.GRID].isEnabled()
    assert not without_class.kind_buttons[print_dialog.RECAP].isEnabled()
    assert not without_class.only_class.isVisible()


def test_a_week_by_trainer_and_class(qtbot, store, world, tmp_path):
    dialog = PrintAttendanceDialog(store, world.klass.id, week_of=MONDAY + dt.timedelta(days=3))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind() == print_dialog.WEEK and dialog.only_class.isChecked()
    assert dialog.week_label.text() == "2–8 November 2026"
    assert dialog.session_ids() == [s.id for s in world.sessions]

    dialog.only_class.setChecked(False)
    assert dialog.session_ids() == [world.sessions[0].id, world.sessions[1].id, world.sessions[2].id,
                                    world.other_session.id, world.sessions[3].id, world.sessions[4].id]
    assert dialog.summary.text().startswith("6 sessions, 2 classes, 24 participants, about ")

    dialog.trainer.setCurrentIndex(dialog.trainer.findData(world.budi.id))
    assert world.sessions[4].id not in dialog.session_ids() and len(dialog.session_ids()) == 5
    dialog.grab().save(str(tmp_path / "print-attendance-week.png"))

    dialog.next_week.click()
    assert dialog.week_label.text() == "9–15 November 2026"
    assert dialog.summary.text() == "No sessions in this week: nothing to print."
    dialog.next_week.click()
    assert dialog.session_ids() == [world.later.id]
    dialog.previous_week.click()
    dialog.previous_week.click()
    assert dialog.week() == (MONDAY, MONDAY + dt.timedelta(days=6))


def test_the_week_is_saved_as_one_pdf_and_offered_to_open(qtbot, store, world, tmp_path, monkeypatch, answers):
    dialog = PrintAttendanceDialog(store, world.klass.id, trainer_id=world.budi.id, week_of=MONDAY)
    qtbot.addWidget(dialog)
    assert dialog.only_class.isChecked()  # both filters given: that class's sessions of the trainer
    dialog.only_class.setChecked(False)  # a trainer's week: all of their classes
    dialog.show_nik.setChecked(True)
    dialog.blank_rows.setValue(5)
    target = tmp_path / "week.pdf"
    asked, opened = [], []

    def ask_save_path(parent, title, suggested, kind):
        asked.append((suggested, kind))
        return str(target)

    monkeypatch.setattr(document_export, "ask_save_path", ask_save_path)
    monkeypatch.setattr(document_export, "open_file", lambda path: opened.append(path) or True)
    answers.then(yes)

    assert dialog.save() == str(target)
    assert asked == [("Daftar-Hadir-2026-11-02-sd-2026-11-08-Budi-Santoso.pdf", "pdf")]
    assert opened == [str(target)]
    sizes = page_sizes(target)
    assert len(sizes) >= 5
    assert all(w == pytest.approx(F4[0], abs=1) and h == pytest.approx(F4[1], abs=1) for w, h in sizes)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(target)).pages)
    assert "SBP-JHT-2026-02" in text and "3171010100000024" in text
    # Exact once built.
    assert dialog.summary.text() == f"5 sessions, 2 classes, 24 participants, {len(sizes)} pages"


def test_the_recap_workbook_is_saved(qtbot, store, world, tmp_path, monkeypatch, answers):
    dialog = PrintAttendanceDialog(store, world.klass.id)
    qtbot.addWidget(dialog)
    dialog.kind_buttons[print_dialog.RECAP].setChecked(True)
    dialog.recap_format.setCurrentIndex(dialog.recap_format.findData("xlsx"))
    target = tmp_path / "rekap.xlsx"
    asked = []
    monkeypatch.setattr(document_export, "ask_save_path",
                        lambda parent, title, suggested, kind: asked.append((suggested, kind)) or str(target))
    monkeypatch.setattr(document_export, "open_file", lambda path: True)
    answers.then(lambda box: 0)  # "Open it now?": closed, meaning No
    assert dialog.save() == str(target)
    assert asked == [("Rekap-Kehadiran-SBP-JHT-2026-01.xlsx", "xlsx")]
    sheet = read_table(target)
    cells = " ".join(str(cell) for row in sheet.rows for cell in row)
    assert "Peserta 01 Wulandari Kusumaningrum" in cells and "SBP-JHT-2026-01" in cells


def test_printing_the_grid_goes_to_the_chosen_printer(qtbot, store, world, tmp_path, monkeypatch):
    dialog = PrintAttendanceDialog(store, world.klass.id)
    qtbot.addWidget(dialog)
    dialog.kind_buttons[print_dialog.GRID].setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    target = tmp_path / "printed.pdf"
    asked = []

    def choose(parent, printer, page_count, title):
        asked.append((page_count, title, printer.pageLayout().pageSize().name()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(printing, "ask_printer", choose)
    assert dialog.print_() is True
    pages = dialog.pages_built
    assert asked == [(pages, "Attendance grid — SBP-JHT-2026-01", "A4")]
    sizes = page_sizes(target)
    assert len(sizes) == pages
    assert sizes[0] == pytest.approx((A4[1], A4[0]), abs=1)  # landscape
    assert dark_share_of_top(target) > 0.005  # the letterhead and title came through


def test_the_preview_shows_the_sheets(qtbot, store, world, tmp_path, answers):
    dialog = PrintAttendanceDialog(store, world.klass.id, [s.id for s in world.sessions[:2]])
    qtbot.addWidget(dialog)
    seen = {}

    def look(preview) -> int:
        widget = preview.findChild(QPrintPreviewWidget)
        preview.show()
        widget.updatePreview()
        seen["pages"] = widget.pageCount()
        seen["title"] = preview.windowTitle()
        preview.grab().save(str(tmp_path / "preview-sheets.png"))
        preview.reject()
        return 0

    answers.then(look)
    assert dialog.preview() is True
    assert seen == {"pages": dialog.pages_built, "title": "Attendance sheets"}
    assert dialog.pages_built >= 2


def test_a_week_without_sessions_prints_nothing_and_says_so(qtbot, store, world, monkeypatch, answers):
    dialog = PrintAttendanceDialog(store, world.klass.id, week_of=MONDAY + dt.timedelta(days=7))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(printing, "ask_printer", lambda *args: pytest.fail("nothing should be printed"))
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: pytest.fail("nothing should be saved"))
    answers.then(ok).then(ok).then(ok)
    assert dialog.print_() is False
    assert dialog.preview() is False
    assert dialog.save() is None
    assert answers.messages() == [
        "There are no sessions from Monday, 9 November 2026 to Sunday, 15 November 2026 for this choice. "
        "Nothing was printed."] * 3


def test_print_attendance_opens_the_dialog(qtbot, store, world, answers):
    def look(dialog) -> int:
        assert isinstance(dialog, PrintAttendanceDialog)
        assert dialog.trainer.currentData() == world.sari.id and dialog.kind() == print_dialog.WEEK
        assert dialog.session_ids() == [world.sessions[4].id]
        dialog.reject()
        return 0

    answers.then(look)
    print_attendance(None, store, trainer_id=world.sari.id, week_of=MONDAY)
    assert len(answers.seen) == 1


def test_page_estimates_grow_with_people_and_paper():
    assert print_dialog.estimate_sheet_pages(10, "A4", False) == 1
    assert print_dialog.estimate_sheet_pages(45, "A4", False) >= 2
    assert print_dialog.estimate_sheet_pages(45, "F4", False) <= print_dialog.estimate_sheet_pages(45, "A4", False)
    assert print_dialog.estimate_grid_pages(40, 60, "F4", True) >= 3
    assert print_dialog.date_range(dt.date(2026, 11, 30), dt.date(2026, 12, 6)) == "30 November – 6 December 2026"
    assert print_dialog.date_range(dt.date(2026, 12, 28), dt.date(2027, 1, 3)) == "28 December 2026 – 3 January 2027"


def test_a_weeks_sheets_stay_within_the_institution_shown(qtbot, store, world):
    from lpks_desktop.core.services.attendance_documents import week_session_ids

    everywhere = week_session_ids(MONDAY, MONDAY + dt.timedelta(days=6))
    dialog = PrintAttendanceDialog(store, week_of=MONDAY, institution_id=world.klass.institution_id + 1000)
    qtbot.addWidget(dialog)
    assert everywhere and dialog.session_ids() == []
    dialog = PrintAttendanceDialog(store, week_of=MONDAY, institution_id=world.klass.institution_id)
    qtbot.addWidget(dialog)
    assert dialog.session_ids() == week_session_ids(MONDAY, MONDAY + dt.timedelta(days=6),
                                                    institution_id=world.klass.institution_id)
