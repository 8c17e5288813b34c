"""Printing PDFs through Qt: real QPrinters writing PDF files, read back with pypdf and PDFium."""

from __future__ import annotations

import io

import pypdf
import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from lpks_desktop.gui import dialogs, printing, workers

A4 = (210 * mm, 297 * mm)
F4 = (215 * mm, 330 * mm)
MARK = 40  # side of each page's marker square, in points


def sample_pdf(size, pages: int = 1) -> bytes:
    """Pages with a heading near the top left and a black square whose place says which page it is."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=size)
    width, height = size
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 36)
        pdf.drawString(40, height - 80, f"DAFTAR HADIR {number}")
        pdf.rect(marker_x(number), 60, MARK, MARK, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def marker_x(number: int) -> float:
    return 40 + 60 * (number - 1)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def dark_share(image, left, top, right, bottom) -> float:
    """Share of dark pixels in a box given in points from the page's top left."""
    box = image.crop((int(left), int(top), int(right), int(bottom))).convert("L")
    histogram = box.histogram()
    return sum(histogram[:100]) / max(sum(histogram), 1)


def rendered_pages(path):
    """Each page of a PDF file as an image at 72 dpi (one pixel a point)."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[n].render(scale=1).to_pil() for n in range(len(document))]
    finally:
        document.close()


def which_page(image) -> int:
    """The page number told by the marker square's place along the bottom."""
    height = image.height
    found = [number for number in range(1, 10)
             if dark_share(image, marker_x(number) + 5, height - 60 - MARK + 5,
                           marker_x(number) + MARK - 5, height - 65) > 0.9]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("landscape", [False, True])
def test_pages_keep_their_paper_and_orientation(qapp, tmp_path, paper, landscape):
    width, height = A4 if paper == "A4" else F4
    if landscape:
        width, height = height, width
    target = tmp_path / "out.pdf"
    printer = pdf_printer(target)

    assert printing.render_pdf_to_printer(printer, sample_pdf((width, height), pages=2)) == 2

    pages = pypdf.PdfReader(str(target)).pages
    assert len(pages) == 2
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height, abs=1)
    images = rendered_pages(target)
    for number, image in enumerate(images, start=1):
        # The heading is where the document put it, the rest of the top band is paper.
        assert dark_share(image, 40, 50, 300, 82) > 0.15
        assert dark_share(image, 40, 120, width - 40, 300) == 0
        assert which_page(image) == number


def test_page_layouts_name_a4_and_f4(qapp):
    layout = printing.page_layout_for(*A4)
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    f4 = printing.page_layout_for(F4[1], F4[0])
    assert f4.orientation() == QPageLayout.Orientation.Landscape
    assert f4.pageSize().id() == QPageSize.PageSizeId.Custom and f4.pageSize().name() == "F4"
    portrait = f4.pageSize().size(QPageSize.Unit.Millimeter)
    assert (portrait.width(), portrait.height()) == pytest.approx((215, 330), abs=0.01)
    assert f4.margins().isNull()
    letter = printing.page_layout_for(612, 792)
    assert letter.pageSize().id() != QPageSize.PageSizeId.A4
    assert letter.pageSize().size(QPageSize.Unit.Point).width() == pytest.approx(612, abs=1)


def test_a_page_range_copies_and_order_are_respected(qapp, tmp_path):
    pdf = sample_pdf(A4, pages=4)

    def printed(configure) -> list[int]:
        target = tmp_path / "range.pdf"
        printer = pdf_printer(target)
        configure(printer)
        printing.render_pdf_to_printer(printer, pdf, dpi=72)
        return [which_page(image) for image in rendered_pages(target)]

    def pages_2_to_3(printer):
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)

    def two_copies_collated(printer):
        pages_2_to_3(printer)
        printer.setCopyCount(2)
        printer.setCollateCopies(True)

    def two_copies_uncollated(printer):
        two_copies_collated(printer)
        printer.setCollateCopies(False)

    def last_first(printer):
        printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)

    assert printed(lambda printer: None) == [1, 2, 3, 4]
    assert printed(pages_2_to_3) == [2, 3]
    assert not pdf_printer(tmp_path / "x.pdf").supportsMultipleCopies()  # so the copies are ours to make
    assert printed(two_copies_collated) == [2, 3, 2, 3]
    assert printed(two_copies_uncollated) == [2, 2, 3, 3]
    assert printed(last_first) == [4, 3, 2, 1]


def test_a_grayscale_printer_gets_the_same_pages(qapp, tmp_path):
    target = tmp_path / "grey.pdf"
    printer = pdf_printer(target)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printing.render_pdf_to_printer(printer, sample_pdf(F4), dpi=100)
    image = rendered_pages(target)[0]
    assert dark_share(image, 40, 50, 300, 82) > 0.15 and which_page(image) == 1


def test_cancelling_stops_between_pages(qapp, tmp_path):
    asked = []

    def cancelled():
        asked.append(True)
        return len(asked) > 1  # after the first page

    target = tmp_path / "c.pdf"
    with pytest.raises(workers.Cancelled):
        printing.render_pdf_to_printer(pdf_printer(target), sample_pdf(A4, 3), dpi=72, cancelled=cancelled)
    assert len(asked) == 2
    assert not target.exists()  # no half document left behind


def test_cancel_pressed_while_progress_is_reported_aborts_the_job(qapp, tmp_path):
    """The progress callback of ``workers`` raises Cancelled once Cancel was pressed."""
    reported = []

    def progress(done, total, label):
        reported.append((done, total, label))
        if done == 1:
            raise workers.Cancelled()

    target = tmp_path / "p.pdf"
    with pytest.raises(workers.Cancelled):
        printing.render_pdf_to_printer(pdf_printer(target), sample_pdf(A4, 3), dpi=72, progress=progress)
    assert [done for done, _total, _label in reported] == [0, 1]
    assert reported[0] == (0, 3, "Printing page 1 of 3…")
    assert not target.exists()


def test_a_printer_that_cannot_start_is_a_user_error(qapp, tmp_path):
    printer = pdf_printer(tmp_path / "no-such-folder" / "x.pdf")
    with pytest.raises(printing.PrinterUnavailable):
        printing.render_pdf_to_printer(printer, sample_pdf(A4))


def test_print_pdf_asks_for_a_printer_then_prints_off_the_gui_thread(qapp, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"
    seen = []

    def choose(parent, printer, page_count, title):
        seen.append((page_count, title, printer.pageLayout().orientation(), printer.pageLayout().pageSize().name()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(3, 3)
        return True

    monkeypatch.setattr(printing, "ask_printer", choose)
    assert printing.print_pdf(None, sample_pdf((F4[1], F4[0]), pages=3), "Daftar hadir") is True
    # The dialog opened on the document's own paper, landscape.
    assert seen == [(3, "Daftar hadir", QPageLayout.Orientation.Landscape, "F4")]
    pages = pypdf.PdfReader(str(target)).pages
    assert len(pages) == 1
    assert (float(pages[0].mediabox.width), float(pages[0].mediabox.height)) == pytest.approx(
        (F4[1], F4[0]), abs=1)
    assert which_page(rendered_pages(target)[0]) == 3


def test_nothing_is_printed_when_the_print_dialog_is_cancelled(qapp, tmp_path, monkeypatch):
    dialogs_seen = []

    def answer(dialog):
        dialogs_seen.append((type(dialog), dialog.minPage(), dialog.maxPage(),
                             dialog.testOption(QPrintDialog.PrintDialogOption.PrintPageRange)))
        dialog.reject()
        return 0

    monkeypatch.setattr(dialogs, "_exec", answer)
    assert printing.print_pdf(None, sample_pdf(A4, pages=5), "Daftar hadir") is False
    assert dialogs_seen == [(QPrintDialog, 1, 5, True)]


def test_the_preview_shows_every_page_and_prints_from_there(qapp, tmp_path, monkeypatch):
    target = tmp_path / "from-preview.pdf"
    seen = {}

    def answer(dialog):
        assert isinstance(dialog, printing.PdfPreviewDialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        dialog.resize(900, 700)
        dialog.show()
        qapp.processEvents()
        widget.updatePreview()
        seen["pages"] = widget.pageCount()
        seen["title"] = dialog.windowTitle()
        toolbar = dialog.findChild(QToolBar)
        shown = {a.text() for a in toolbar.actions() if a.isVisible()}
        seen["setup shown"] = sorted(shown & {"Portrait", "Landscape", "Page setup"})
        seen["print shown"] = "Print" in shown
        dialog.grab().save(str(tmp_path / "preview.png"))
        # What the Print button does once a printer is chosen: the same paintRequested, real engine.
        dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer.setOutputFileName(str(target))
        widget.print()
        dialog.accept()
        return 1

    monkeypatch.setattr(dialogs, "_exec", answer)
    printing.preview_pdf(None, sample_pdf(F4, pages=3), "Pratinjau")
    # The document fixes paper and orientation: the buttons that would change them are hidden.
    assert seen == {"pages": 3, "title": "Pratinjau", "setup shown": [], "print shown": True}
    pages = pypdf.PdfReader(str(target)).pages
    assert len(pages) == 3 and float(pages[0].mediabox.height) == pytest.approx(F4[1], abs=1)
    assert [which_page(image) for image in rendered_pages(target)] == [1, 2, 3]


def test_the_preview_resolution_shrinks_with_the_page_count():
    assert printing.preview_dpi([A4]) == printing.PREVIEW_DPI
    many = printing.preview_dpi([F4] * 400)
    assert printing.MIN_PREVIEW_DPI <= many < printing.PREVIEW_DPI
    pixels = 400 * (F4[0] / 72 * many) * (F4[1] / 72 * many) * 3
    assert pixels <= printing.PREVIEW_BUDGET_BYTES or many == printing.MIN_PREVIEW_DPI
    assert printing.preview_dpi([F4] * 100_000) == printing.MIN_PREVIEW_DPI
