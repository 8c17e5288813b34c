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


class SectionStart(Flowable):
    """Where a new section of a bound document begins (e.g. one attendance sheet of a week's
    bundle): pages from here on are numbered "Halaman 1 dari N" again, N counting only the
    section's own pages. Put it first on a fresh page. A document without one is a single
    section, numbered as a whole."""

    def __init__(self, footer_left: str | None = None):
        super().__init__()
        self.footer_left = footer_left  # None: the document's footer

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        begin = getattr(self.canv, "begin_section", None)
        if begin is not None:
            begin(self.footer_left)


def _numbered_canvas(footer_left: str, lang: str, margins: Margins, page_counts: list[int]):
    """A canvas class that holds pages back until the end, so each footer can say how many
    pages there are in all (or in the page's section, see ``SectionStart``)."""
    # Page index (0-based) where each section starts, with its footer text. Kept outside the
    # canvas's __dict__, which is swapped page by page.
    sections: list[tuple[int, str]] = []

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def begin_section(self, footer: str | None) -> None:
            index = len(self._held_pages)  # the page being drawn
            if sections and sections[-1][0] == index:
                sections.pop()
            sections.append((index, footer_left if footer is None else footer))

        def save(self):
            total = len(self._held_pages)
            page_counts.append(total)
            starts = sections if sections and sections[0][0] == 0 else [(0, footer_left)] + sections
            bounds = [start for start, _ in starts[1:]] + [total]
            numbered: list[tuple[int, int, str]] = []
            for (start, footer), end in zip(starts, bounds):
                numbered += [(n, end - start, footer) for n in range(1, end - start + 1)]
            for state, (number, count, footer) in zip(self._held_pages, numbered):
                self.__dict__.update(state)
                self._footer(number, count, footer)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int, footer: str) -> None:
            width, _height = self._pagesize
            y = margins.bottom * mm - 8 * mm
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            if footer:
                self.drawString(margins.left * mm, y, footer)
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


def build_class_pdf(out: Destination, doc, story_of, name: str) -> int:
    """Build a class's document (grid, recap): ``doc`` carries ``paper``, ``landscape``,
    ``class_code``, ``class_name``, ``letterhead`` and ``lang``; ``story_of(doc, width)`` lays it
    out; ``name`` is the document's name, for the PDF's title and the footer."""
    setup = PageSetup(doc.paper, doc.landscape)
    return build_pdf(out, story_of(doc, setup.frame_width), setup,
                     title=f"{name} {doc.class_code}".strip(),
                     author=doc.letterhead.name if doc.letterhead else "",
                     subject=doc.class_name,
                     footer_left=" \u00b7 ".join(p for p in (name, doc.class_code) if p),
                     lang=doc.lang)
