"""The page frame every PDF shares: paper, margins, metadata, a footer with
"Halaman X dari Y", and the one-build-at-a-time lock."""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .output import Destination, write_output
from .paper import page_size, paper_name
from .styles import FONT, MUTED
from .words import check_lang, label

# reportlab is not thread-safe (global font and image caches, shared sequencers):
# every build in this process goes through this lock.
BUILD_LOCK = threading.Lock()

CREATOR = "LPKS Desktop"


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres. The wider left margin leaves room for a binder or a
    staple, as Indonesian paperwork is filed on the left."""

    top: float = 12
    right: float = 15
    bottom: float = 16
    left: float = 20


PORTRAIT_MARGINS = Margins()
LANDSCAPE_MARGINS = Margins(top=12, right=15, bottom=16, left=15)


@dataclass(frozen=True)
class PageSetup:
    paper: str = "A4"
    landscape: bool = False
    margins: Margins | None = None  # None: the default for the orientation

    @property
    def size(self) -> tuple[float, float]:
        return page_size(self.paper, self.landscape)

    @property
    def used_margins(self) -> Margins:
        if self.margins is not None:
            return self.margins
        return LANDSCAPE_MARGINS if self.landscape else PORTRAIT_MARGINS

    @property
    def frame_width(self) -> float:
        """The width flowables may use, in points."""
        m = self.used_margins
        return self.size[0] - (m.left + m.right) * mm


def _numbered_canvas(footer_left: str, lang: str, margins: Margins, page_counts: list[int]):
    """A canvas class that holds pages back until the end, so each footer can say how many
    pages there are in all."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            page_counts.append(total)
            for number, state in enumerate(self._held_pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            y = margins.bottom * mm - 8 * mm
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            if footer_left:
                self.drawString(margins.left * mm, y, footer_left)
            self.drawRightString(width - margins.right * mm, y,
                                 label("page_of", lang, page=number, pages=total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(out: Destination, story: Sequence[Flowable], setup: PageSetup, *,
              title: str, author: str = "", subject: str = "", footer_left: str = "",
              lang: str = "id") -> int:
    """Lay out ``story`` on pages of ``setup`` and write the PDF to ``out`` (a path or a
    binary file object). Returns the number of pages."""
    check_lang(lang)
    paper_name(setup.paper)  # reject an unknown paper before doing any work
    margins = setup.used_margins
    size = setup.size
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=size, title=title, author=author, subject=subject, creator=CREATOR,
        lang="id-ID" if lang == "id" else "en",
        leftMargin=margins.left * mm, rightMargin=margins.right * mm,
        topMargin=margins.top * mm, bottomMargin=margins.bottom * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=size)])
    page_counts: list[int] = []
    with BUILD_LOCK:
        doc.build(list(story), canvasmaker=_numbered_canvas(footer_left, lang, margins, page_counts))
    write_output(out, buffer.getvalue())
    return page_counts[-1]
