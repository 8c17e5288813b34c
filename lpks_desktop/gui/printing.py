"""Printing the app's PDF documents through Qt print support.

The documents are PDFs made by reportlab. Qt cannot draw a PDF itself here, so each page
is rasterised with PDFium (pypdfium2) and painted onto the printer's page at the page's
physical size: an F4 attendance sheet comes out of the printer as F4, not shrunk to A4.

One page is rendered, painted and freed at a time, at the printer's resolution capped at
``MAX_PRINT_DPI``: a 300 dpi F4 page is about 30 MB, which old office PCs can afford once,
not fifty times over. The preview renders its pages off the GUI thread (with progress and
Cancel) at a lower resolution chosen so all of them fit in ``PREVIEW_BUDGET_BYTES``.

Tests replace ``ask_printer`` (the system print dialog) and answer the preview through
``dialogs.run_modal``, as every other dialog of the app.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QToolBar, QWidget

from ..core.errors import UserError
from ..core.i18n import Text
from . import dialogs, workers

MAX_PRINT_DPI = 300  # office laser printers gain nothing visible above this for forms
PREVIEW_DPI = 120  # sharp at 100 % zoom on the screens in use, still readable when zoomed in
MIN_PREVIEW_DPI = 40
PREVIEW_BUDGET_BYTES = 192 * 1024 * 1024  # all preview pages together
SAME_SIZE_PT = 2.0  # a page within this of A4 or F4 is that paper

POINTS_PER_INCH = 72.0
MM_PER_POINT = 25.4 / POINTS_PER_INCH

# PDFium may only be used by one thread at a time.
_pdfium = threading.RLock()

Progress = Callable[[int, int, str], None]

_PAPERS_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}


# --- page sizes ---------------------------------------------------------------------------------


def _paper_named(width_pt: float, height_pt: float) -> str | None:
    short, long_ = sorted((width_pt, height_pt))
    for name, (w_mm, h_mm) in _PAPERS_MM.items():
        if abs(short - w_mm / MM_PER_POINT) <= SAME_SIZE_PT and abs(long_ - h_mm / MM_PER_POINT) <= SAME_SIZE_PT:
            return name
    return None


def page_size_for(width_pt: float, height_pt: float) -> QPageSize:
    """The portrait QPageSize of a PDF page: A4, F4 (a custom size Qt has no id for), or the
    page's own size."""
    name = _paper_named(width_pt, height_pt)
    if name == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    # Exact match: Qt would otherwise round F4 to its nearest known size (Folio is 210 mm wide).
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    if name == "F4":
        w_mm, h_mm = _PAPERS_MM["F4"]
        return QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter, "F4", exact)
    short, long_ = sorted((width_pt, height_pt))
    return QPageSize(QSizeF(short * MM_PER_POINT, long_ * MM_PER_POINT), QPageSize.Unit.Millimeter, "", exact)


def page_layout_for(width_pt: float, height_pt: float) -> QPageLayout:
    """The printer page for a PDF page of this size: same paper, same orientation, no margins
    (the document has its own, and painting from the paper's corner keeps it 1:1)."""
    orientation = (QPageLayout.Orientation.Landscape if width_pt > height_pt
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(page_size_for(width_pt, height_pt), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Point)


def pdf_page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page."""
    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            return [tuple(document.get_page_size(index)) for index in range(len(document))]
        finally:
            document.close()


# --- rendering ----------------------------------------------------------------------------------


def _image(page, dpi: float, grayscale: bool) -> QImage:
    """One page as a QImage that owns its pixels (the PDFium bitmap is freed here)."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=grayscale, rev_byteorder=True)
    try:
        fmt = QImage.Format.Format_Grayscale8 if bitmap.n_channels == 1 else QImage.Format.Format_RGB888
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        bitmap.close()


def _paint(painter: QPainter, printer: QPrinter, image: QImage, size_pt: tuple[float, float]) -> None:
    """Draw a page image over the whole paper; a page of another shape than the paper is
    fitted without distortion and centred."""
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    width_pt, height_pt = size_pt
    scale = min(paper.width() / width_pt, paper.height() / height_pt)
    width, height = width_pt * scale, height_pt * scale
    target = QRectF(paper.x() + (paper.width() - width) / 2, paper.y() + (paper.height() - height) / 2,
                    width, height)
    painter.drawImage(target, image)


def _same_layout(a: QPageLayout, b: QPageLayout) -> bool:
    return a.pageSize().isEquivalentTo(b.pageSize()) and a.orientation() == b.orientation()


def _use_layout(printer: QPrinter, size_pt: tuple[float, float]) -> None:
    wanted = page_layout_for(*size_pt)
    if not _same_layout(printer.pageLayout(), wanted):
        # Some native printers refuse a change once printing has begun; the page is then fitted.
        printer.setPageLayout(wanted)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page indexes in printing order: the chosen range, the order (last page first),
    and the copies the printer driver does not make itself."""
    pages = list(range(page_count))
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        pages = [index for index in pages if ranges.contains(index + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if copies > 1:
        if printer.collateCopies():
            pages = pages * copies
        else:
            pages = [index for index in pages for _ in range(copies)]
    return pages


def render_pdf_to_printer(printer: QPrinter, pdf: bytes, *, dpi: int | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          progress: Progress | None = None) -> int:
    """Print ``pdf`` on ``printer``, page by page; returns the number of pages printed.

    ``dpi`` defaults to the printer's resolution, at most ``MAX_PRINT_DPI``. When
    ``cancelled()`` turns true between pages the job is aborted and ``workers.Cancelled``
    raised. Safe to run off the GUI thread (Qt allows painting on a QPrinter there).
    """
    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            return _render_document(printer, document, dpi, cancelled, progress)
        finally:
            document.close()


def _render_document(printer, document, dpi, cancelled, progress) -> int:
    count = len(document)
    order = pages_to_print(printer, count)
    if not order:
        return 0
    resolution = float(dpi or min(printer.resolution(), MAX_PRINT_DPI))
    grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
    sizes = [tuple(document.get_page_size(index)) for index in range(count)]
    printer.setFullPage(True)
    _use_layout(printer, sizes[order[0]])
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    printed = 0
    try:
        for position, index in enumerate(order):
            if cancelled is not None and cancelled():
                raise workers.Cancelled()
            if progress is not None:
                progress(position, len(order), QCoreApplication.translate("printing", "Printing page %1 of %2…")
                         .replace("%1", str(position + 1)).replace("%2", str(len(order))))
            if position:
                _use_layout(printer, sizes[index])
                printer.newPage()
            page = document[index]
            try:
                image = _image(page, resolution, grayscale)
            finally:
                page.close()
            _paint(painter, printer, image, sizes[index])
            del image  # freed before the next page is rendered
            printed += 1
    except workers.Cancelled:
        printer.abort()  # the pages already sent are withdrawn, not printed as a partial job
        painter.end()
        _discard_partial_file(printer)
        raise
    finally:
        if painter.isActive():
            painter.end()
    if progress is not None:
        progress(len(order), len(order), "")
    return printed


def _discard_partial_file(printer: QPrinter) -> None:
    """Printing to a PDF file cannot be aborted: the pages done so far are written on end.
    A half document must not pass for the whole one, so it is removed."""
    path = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and path:
        try:
            os.unlink(path)
        except OSError:
            pass


class PrinterUnavailable(UserError):
    """The printer (or the file printed to) refused to start the job."""

    def __init__(self):
        super().__init__(Text("Printer tidak dapat dipakai. Periksa apakah printer menyala dan terhubung, "
                              "atau apakah file tujuan dapat ditulis.",
                              "The printer cannot be used. Check that it is switched on and connected, "
                              "or that the file printed to can be written."))


# --- preview ------------------------------------------------------------------------------------


def preview_dpi(sizes: Sequence[tuple[float, float]], budget: int = PREVIEW_BUDGET_BYTES) -> float:
    """The resolution at which all pages' images (3 bytes a pixel) fit in ``budget``."""
    square_inches = sum(w * h for w, h in sizes) / (POINTS_PER_INCH ** 2)
    if not square_inches:
        return PREVIEW_DPI
    fitting = math.sqrt(budget / (3 * square_inches))
    return max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, math.floor(fitting)))


@dataclass
class PreviewPages:
    sizes: list[tuple[float, float]]
    images: list[QImage]


def render_preview_pages(pdf: bytes, *, dpi: float | None = None, progress: Progress | None = None) -> PreviewPages:
    """Every page as an image for the preview (progress may raise ``workers.Cancelled``)."""
    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            sizes = [tuple(document.get_page_size(index)) for index in range(len(document))]
            resolution = dpi or preview_dpi(sizes)
            images = []
            for index in range(len(document)):
                if progress is not None:
                    progress(index, len(document), QCoreApplication.translate("printing", "Preparing page %1 of %2…")
                             .replace("%1", str(index + 1)).replace("%2", str(len(document))))
                page = document[index]
                try:
                    images.append(_image(page, resolution, False))
                finally:
                    page.close()
            return PreviewPages(sizes, images)
        finally:
            document.close()


def _paint_preview(printer: QPrinter, pages: PreviewPages) -> None:
    """What the preview widget records: the prepared images, page by page (fast)."""
    printer.setFullPage(True)
    _use_layout(printer, pages.sizes[0])
    painter = QPainter(printer)
    # Recorded with the pages: the preview then scales them smoothly, so thin rules don't vanish.
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    try:
        for index, image in enumerate(pages.images):
            if index:
                _use_layout(printer, pages.sizes[index])
                printer.newPage()
            _paint(painter, printer, image, pages.sizes[index])
    finally:
        painter.end()


def _is_preview(printer: QPrinter) -> bool:
    # While the preview widget collects its pages the printer paints into QPictures.
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def _print_with_progress(parent: QWidget | None, printer: QPrinter, pdf: bytes, title: str) -> bool:
    job = workers.run_with_progress(
        lambda progress, cancelled: render_pdf_to_printer(printer, pdf, cancelled=cancelled, progress=progress),
        title, parent)
    return job.status == "done"


class PdfPreviewDialog(QPrintPreviewDialog):
    """The system's print preview over prepared page images; its Print button prints the PDF
    itself at the printer's resolution."""

    def __init__(self, pdf: bytes, pages: PreviewPages, title: str, parent: QWidget | None = None):
        self.printer = _new_printer(title, pages.sizes[0])
        super().__init__(self.printer, parent)
        self.pdf, self.pages, self.title = pdf, pages, title
        self.printed = False
        self.setWindowTitle(title)
        self.paintRequested.connect(self._paint)
        self._hide_page_setup()
        self.resize(900, 760)

    def _hide_page_setup(self) -> None:
        """The paper and orientation are the document's: the toolbar's orientation buttons and
        Page setup would change nothing. Qt names neither, so they are found by their place."""
        toolbar = self.findChild(QToolBar)
        if toolbar is None:
            return
        actions = [a for a in toolbar.actions() if not a.isSeparator()]
        for action in actions:
            if action.isCheckable() and not action.objectName():  # portrait, landscape
                action.setVisible(False)
        # Print comes last; Page setup is the other action of its group.
        group = actions[-1].actionGroup() if actions else None
        others = [a for a in group.actions() if a != actions[-1]] if group is not None else []
        if len(others) == 1:
            others[0].setVisible(False)

    def _paint(self, printer: QPrinter) -> None:
        if _is_preview(printer):
            _paint_preview(printer, self.pages)
        else:
            self.printed = _print_with_progress(self, printer, self.pdf, self.title) or self.printed


def _new_printer(title: str, first_size: tuple[float, float]) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(*first_size))
    return printer


def preview_pdf(parent: QWidget | None, pdf: bytes, title: str) -> None:
    """Show ``pdf`` in the print preview; the clerk may print from there."""
    job = workers.run_with_progress(lambda progress, cancelled: render_preview_pages(pdf, progress=progress),
                                    title, parent)
    if job.status != "done":
        return
    pages: PreviewPages = job.result
    if not pages.images:
        dialogs.inform(parent, title, QCoreApplication.translate("printing", "The document has no pages."))
        return
    dialogs.run_modal(PdfPreviewDialog(pdf, pages, title, parent))


# --- printing -----------------------------------------------------------------------------------


def ask_printer(parent: QWidget | None, printer: QPrinter, page_count: int, title: str) -> bool:
    """The system print dialog: which printer, pages, copies. True when the clerk chose Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(page_count, 1))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(option.PrintPageRange, True)
    dialog.setOption(option.PrintCollateCopies, True)
    dialog.setOption(option.PrintToFile, True)
    dialog.setOption(option.PrintSelection, False)
    dialog.setOption(option.PrintCurrentPage, False)
    return dialogs.run_modal(dialog) == QDialog.DialogCode.Accepted


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Ask for a printer, then print ``pdf`` with progress and Cancel. True when it was printed."""
    sizes = pdf_page_sizes(pdf)
    if not sizes:
        dialogs.inform(parent, title, QCoreApplication.translate("printing", "The document has no pages."))
        return False
    printer = _new_printer(title, sizes[0])
    if not ask_printer(parent, printer, len(sizes), title):
        return False
    return _print_with_progress(parent, printer, pdf, title)
