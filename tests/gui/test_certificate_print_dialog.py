"""Printing a class's certificates from the app: the choices and their defaults, real PDFs
printed, previewed and saved (one file, a folder, a ZIP) with the names the pattern gives,
what gets recorded as printed, refusals, and a Cancel that leaves nothing behind."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from lpks_desktop.core import models as m
from lpks_desktop.core.services.certificates import class_certificates, issue_certificates, revoke_certificate
from lpks_desktop.core.services.settings import (CERTIFICATE_DESIGN, CERTIFICATE_FILE_PATTERN, CERTIFICATE_PAPER,
                                                 set_setting)
from lpks_desktop.gui import dialogs, document_export, printing, workers
from lpks_desktop.gui.certificates import print_dialog
from lpks_desktop.gui.certificates.print_dialog import (FOLDER, PDF, PREVIEW, PRINT, ZIP, CertificatePrintDialog,
                                                        print_certificates)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import certificate_world  # noqa: E402  (a class with attendance and results)
from enrollment_world import Clerk  # noqa: E402  (answers modal dialogs in turn)

AFTER = certificate_world.AFTER
SHOTS = Path("/tmp/c7/E")
MM = 72 / 25.4
A4_LANDSCAPE = (297 * MM, 210 * MM)
F4_LANDSCAPE = (330 * MM, 215 * MM)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: dialog.reject() or 0)
    monkeypatch.setattr(document_export, "open_file", lambda path: pytest.fail("nothing should be opened"))


@pytest.fixture
def clerk(monkeypatch):
    answering = Clerk()
    monkeypatch.setattr(dialogs, "_exec", answering)
    return answering


@pytest.fixture
def world(store):
    """Three eligible people with certificates issued, Budi's revoked."""
    built = certificate_world.build(store, participants=3)
    issue_certificates(store, built.klass.id, today=AFTER)
    budi = next(c for c in class_certificates(built.klass.id) if c.participant_name == "Budi Hartono")
    revoke_certificate(store, budi.id, "Issued by mistake")
    built.valid = [c for c in class_certificates(built.klass.id) if c.status == "valid"]
    built.store = store
    return built


def dialog_for(qtbot, store, world, selected=()) -> CertificatePrintDialog:
    dialog = CertificatePrintDialog(store, world.klass.id, selected)
    qtbot.addWidget(dialog)
    return dialog


def page_sizes(path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pypdf.PdfReader(str(path)).pages]


def printed_counts(world) -> dict[str, int]:
    return {c.participant_name: c.printed_count for c in class_certificates(world.klass.id)}


def file_name(row) -> str:
    return f"{row.number.replace('/', '-')} {row.participant_name}.pdf"


def test_the_choices_start_from_the_institutions_settings(qtbot, store, world):
    set_setting(store, CERTIFICATE_DESIGN, "modern", world.institution.id)
    set_setting(store, CERTIFICATE_PAPER, "F4", world.institution.id)
    set_setting(store, CERTIFICATE_FILE_PATTERN, "{seq} {name} {class}", world.institution.id)
    ani, citra = world.valid
    dialog = dialog_for(qtbot, store, world, [citra.id])
    assert dialog.design.currentData() == "modern" and dialog.paper.currentData() == "F4"
    assert dialog.design.currentText().startswith("Modern")
    assert dialog.with_back.isChecked()
    assert dialog.selected_button.isChecked() and dialog.chosen_ids() == [citra.id]
    assert dialog.all_button.text() == "&All valid certificates of the class (2)"  # not the revoked one
    assert dialog.summary.text() == "1 certificates, 2 pages" or dialog.summary.text() == "1 certificate, 2 pages"
    dialog.all_button.setChecked(True)
    assert dialog.chosen_ids() == [ani.id, citra.id]
    assert dialog.summary.text() == "2 certificates, 4 pages"
    dialog.with_back.setChecked(False)
    assert dialog.summary.text() == "2 certificates, 2 pages"

    # The file name pattern matters for the per-person outputs only; its example follows the typing.
    assert not dialog.pattern.isEnabled() and dialog.go_button.text() == "Print…"
    dialog.set_output(ZIP)
    assert dialog.pattern.isEnabled() and dialog.go_button.text() == "Save ZIP…"
    assert dialog.example.text() == "First file: 1 Ani Suryani SBP-JHT-2026-01.pdf"
    dialog.pattern.setText("{name}")
    assert "{number} or {seq}" in dialog.example.text() and not dialog.go_button.isEnabled()
    dialog.pattern.setText("{number} – {name}")
    assert dialog.example.text() == f"First file: {ani.number.replace('/', '-')} – Ani Suryani.pdf"
    assert dialog.go_button.isEnabled()


def test_saving_one_pdf_writes_every_valid_certificate_and_records_the_print(qtbot, store, world, monkeypatch,
                                                                             tmp_path):
    (tmp_path / "out").mkdir()  # tmp_path holds the test's database too
    target = tmp_path / "out" / "certificates.pdf"
    asked = []
    monkeypatch.setattr(document_export, "ask_save_path",
                        lambda parent, title, name, kind: asked.append((title, name, kind)) or str(target))
    dialog = dialog_for(qtbot, store, world)
    dialog.set_output(PDF)
    assert dialog.run() == str(target)
    assert asked == [("Certificates — SBP-JHT-2026-01", "Sertifikat-SBP-JHT-2026-01.pdf", "pdf")]
    sizes = page_sizes(target)
    assert len(sizes) == 4  # two people, front and back
    assert sizes[0] == pytest.approx(A4_LANDSCAPE, abs=1)
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert world.valid[0].number in text
    assert printed_counts(world) == {"Ani Suryani": 1, "Budi Hartono": 0, "Citra Lestari": 1}
    assert [p.name for p in target.parent.iterdir()] == ["certificates.pdf"]  # no temporary file left
    # The interface is in English here, but a certificate is an Indonesian document by default.
    assert "SERTIFIKAT" in text and "CERTIFICATE" not in text


def test_english_certificates_when_chosen(qtbot, store, world, monkeypatch, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "certificates.pdf"
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: str(target))
    dialog = dialog_for(qtbot, store, world)
    assert dialog.language.currentData() == "id"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.set_output(PDF)
    assert dialog.run() == str(target)
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert "CERTIFICATE" in text and "SERTIFIKAT" not in text


def test_a_zip_holds_one_pdf_per_person_named_by_the_pattern(qtbot, store, world, monkeypatch, tmp_path):
    target = tmp_path / "sertifikat.zip"
    monkeypatch.setattr(print_dialog, "ask_zip_path", lambda parent, title, name: str(target))
    dialog = dialog_for(qtbot, store, world)
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    dialog.with_back.setChecked(False)
    dialog.set_output(ZIP)
    written = dialog.run()
    expected = [file_name(row) for row in world.valid]
    assert written == expected
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == expected
        first = archive.read(expected[0])
    out = tmp_path / "first.pdf"
    out.write_bytes(first)
    assert page_sizes(out) == [pytest.approx(F4_LANDSCAPE, abs=1)]  # one page: no back
    assert printed_counts(world)["Ani Suryani"] == 1


def test_a_folder_gets_one_pdf_per_person(qtbot, store, world, monkeypatch, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(print_dialog, "ask_folder", lambda parent, title: str(folder))
    ani, citra = world.valid
    dialog = dialog_for(qtbot, store, world, [citra.id])
    dialog.set_output(FOLDER)
    assert dialog.run() == [file_name(citra)]
    assert sorted(p.name for p in folder.iterdir()) == [file_name(citra)]
    assert len(page_sizes(folder / file_name(citra))) == 2
    assert printed_counts(world) == {"Ani Suryani": 0, "Budi Hartono": 0, "Citra Lestari": 1}


def test_no_folder_or_file_chosen_means_nothing_happens(qtbot, store, world, monkeypatch):
    monkeypatch.setattr(print_dialog, "ask_folder", lambda parent, title: "")
    monkeypatch.setattr(print_dialog, "ask_zip_path", lambda parent, title, name: "")
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: "")
    dialog = dialog_for(qtbot, store, world)
    for kind in (FOLDER, ZIP, PDF):
        dialog.set_output(kind)
        assert dialog.run() is None
    assert set(printed_counts(world).values()) == {0}


@pytest.fixture
def cancel_during_the_batch(monkeypatch):
    """The clerk presses Cancel as soon as the documents layer reports its first step (after
    the work has begun), whatever the speed of the machine."""
    original = workers._Thread._progress
    calls = []

    def pressing_cancel(self, done, total, label):
        calls.append((done, total))
        if len(calls) == 2:
            self._flag.set()
        return original(self, done, total, label)

    monkeypatch.setattr(workers._Thread, "_progress", pressing_cancel)
    return calls


@pytest.mark.parametrize("kind", [FOLDER, ZIP, PDF])
def test_cancel_during_a_batch_leaves_no_files(qtbot, store, world, monkeypatch, tmp_path, kind,
                                               cancel_during_the_batch):
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(print_dialog, "ask_folder", lambda parent, title: str(folder))
    monkeypatch.setattr(print_dialog, "ask_zip_path", lambda parent, title, name: str(folder / "c.zip"))
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: str(folder / "c.pdf"))
    dialog = dialog_for(qtbot, store, world)
    dialog.set_output(kind)
    assert dialog.run() is None
    assert len(cancel_during_the_batch) >= 2  # the work was under way when Cancel came
    assert list(folder.iterdir()) == []
    assert set(printed_counts(world).values()) == {0}


def test_printing_goes_to_the_chosen_printer_and_counts(qtbot, store, world, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"
    asked = []

    def choose(parent, printer, page_count, title):
        asked.append((page_count, title))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(printing, "ask_printer", choose)
    dialog = dialog_for(qtbot, store, world)
    assert dialog.output() == PRINT
    assert dialog.run() is True
    assert asked == [(4, "Certificates — SBP-JHT-2026-01")]
    assert len(page_sizes(target)) == 4
    assert printed_counts(world) == {"Ani Suryani": 1, "Budi Hartono": 0, "Citra Lestari": 1}

    monkeypatch.setattr(printing, "ask_printer", lambda *args: False)  # the clerk closed the print dialog
    assert dialog.run() is False
    assert printed_counts(world)["Ani Suryani"] == 1


def test_the_preview_shows_the_certificates_without_counting_a_print(qtbot, store, world, clerk):
    dialog = dialog_for(qtbot, store, world)
    dialog.set_output(PREVIEW)
    assert dialog.run() is True
    preview = clerk.seen[-1]
    assert isinstance(preview, printing.PdfPreviewDialog)
    assert len(preview.pages.images) == 4
    assert set(printed_counts(world).values()) == {0}


def test_a_class_without_valid_certificates_is_refused_clearly(qtbot, store, clerk):
    world = certificate_world.build(store, participants=2)
    clerk.ok()
    assert print_certificates(None, store, world.klass.id) is None
    assert clerk.texts() == ["This class has no valid certificates to print. Issue them first with \"Issue "
                             "certificates\"; revoked and replaced certificates are never printed."]


def test_a_revoked_certificate_among_the_chosen_is_refused_by_number(qtbot, store, world, clerk, monkeypatch,
                                                                     tmp_path):
    """Another PC revokes Citra's certificate while the dialog is open."""
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(document_export, "ask_save_path", lambda *args: str(folder / "c.pdf"))
    citra = world.valid[1]
    dialog = dialog_for(qtbot, store, world)
    revoke_certificate(store, citra.id, "Withdrawn")
    dialog.set_output(PDF)
    clerk.ok()
    assert dialog.run() is None
    assert citra.number in clerk.texts()[0]
    assert list(folder.iterdir()) == []
    assert m.Certificate.get_by_id(world.valid[0].id).printed_count == 0


def test_screenshot_of_the_dialog(qtbot, store, world):
    dialog = dialog_for(qtbot, store, world, [world.valid[0].id])
    dialog.set_output(ZIP)
    dialog.show()
    qtbot.waitExposed(dialog)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "certificate_print_dialog.png"))
