"""Training certificates (sertifikat pelatihan): the front with the letterhead, the person's
name, the program, the result, the head's signature and a signed QR code; the back with the
competency units and their results.

Speed comes from drawing what every page shares (background, border, letterhead, titles,
labels, the head's signature, the frame of the unit table) once into a form XObject that each
page reuses, so a page itself holds only a few strings and one tiny QR image.
"""

from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Callable, Sequence

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..core.i18n import Text
from .certificate_designs import DEFAULT_DESIGN, DESIGN_LABELS, DESIGNS, Design, design
from .fonts import draw_runs, register_fonts, runs
from .letterhead import Letterhead
from .output import Destination, write_output
from .paper import page_size, paper_name
from .pdf import BUILD_LOCK, CREATOR
from .qr import draw_qr
from .words import check_lang, format_date, format_period, label

__all__ = ["DESIGNS", "DESIGN_LABELS", "DEFAULT_DESIGN", "CertificateUnitLine", "CertificatePage",
           "CertificateBatch", "build_certificates_pdf", "as_batches", "certificate_labels", "result_label"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 25  # certificates between progress calls
QR_SIDE = 33 * mm  # quiet zone included: the symbol itself is about 29 mm
NAME_MAX = {"classic": 30.0, "modern": 30.0, "simple": 28.0}
NAME_FLOOR = 18.0  # below this a long name goes on two lines

LABELS: dict[str, Text] = {
    "title": Text("SERTIFIKAT", "CERTIFICATE"),
    "subtitle": Text("Sertifikat Pelatihan", "Training Certificate"),
    "number": Text("Nomor: {number}", "Number: {number}"),
    "awarded_to": Text("diberikan kepada", "is awarded to"),
    "born": Text("Tempat, tanggal lahir: {born}", "Place and date of birth: {born}"),
    "completed": Text("telah mengikuti pelatihan", "has completed the training"),
    "held": Text("yang diselenggarakan pada {period} dengan jumlah {jp} jam pelajaran (JP)",
                 "held {period}, {jp} lesson hours (JP) in all"),
    "held_no_jp": Text("yang diselenggarakan pada {period}", "held {period}"),
    "declared": Text("dan dinyatakan", "and is declared"),
    "scan": Text("Pindai untuk memeriksa keaslian", "Scan to check authenticity"),
    "back_title": Text("DAFTAR UNIT KOMPETENSI", "LIST OF COMPETENCY UNITS"),
    "back_number": Text("Lampiran sertifikat nomor {number}",
                        "Attached to certificate number {number}"),
    "back_name": Text("atas nama {name}", "awarded to {name}"),
    "unit_code": Text("Kode Unit", "Unit Code"),
    "unit_title": Text("Judul Unit Kompetensi", "Competency Unit Title"),
    "result": Text("Hasil", "Result"),
    "score": Text("Nilai", "Score"),
    "total_jp": Text("Jumlah JP", "Total JP"),
    "skkni": Text("Acuan: {reference}", "Standard: {reference}"),
    "result_K": Text("Kompeten", "Competent"),
    "result_BK": Text("Belum kompeten", "Not yet competent"),
    "overall_K": Text("KOMPETEN", "COMPETENT"),
    "overall_BK": Text("BELUM KOMPETEN", "NOT YET COMPETENT"),
    "pdf_title": Text("Sertifikat Pelatihan {program}", "Training certificates {program}"),
}


def certificate_labels(key: str, lang: str = "id", **params) -> str:
    text = LABELS[key]
    return (text.format(**params) if params else text).render(lang)


def result_label(result: str | None, lang: str = "id", overall: bool = False) -> str:
    """``Kompeten``/``Belum kompeten`` for a unit's K/BK (``KOMPETEN`` for the whole
    certificate); a dash for a unit not assessed; anything else as given."""
    key = (result or "").strip().upper()
    if key in ("K", "BK"):
        return certificate_labels(("overall_" if overall else "result_") + key, lang)
    return (result or "").strip() or "\u2013"


@dataclass(frozen=True)
class CertificateUnitLine:
    code: str
    title: str
    jp: int
    result: str  # "K", "BK" or "" (not assessed)
    score: Decimal | None = None


@dataclass(frozen=True)
class CertificatePage:
    """One person's certificate."""

    number: str
    full_name: str
    birth_place: str = ""
    birth_date: date | None = None
    issued_on: date | None = None
    issued_place: str = ""
    result_text: str = ""  # e.g. "KOMPETEN"
    units: tuple[CertificateUnitLine, ...] = ()
    qr_payload: str = ""


@dataclass(frozen=True)
class CertificateBatch:
    """Everything a run of certificates prints, as plain data."""

    letterhead: Letterhead
    program_name: str
    skkni_reference: str = ""
    start_date: date | None = None
    end_date: date | None = None
    total_jp: int | None = None
    head_name: str = ""
    head_title: str = ""
    head_signature: bytes | None = None
    logo: bytes | None = None
    background: bytes | None = None
    design: str = DEFAULT_DESIGN
    paper: str = "A4"
    with_back: bool = True
    lang: str = "id"
    people: tuple[CertificatePage, ...] = field(default_factory=tuple)


# -- images ----------------------------------------------------------------------------------


def _image(data: bytes | None, *, flatten: bool = False) -> ImageReader | None:
    """An image reader for PNG/JPEG bytes; None for no or unreadable bytes (a damaged image
    must not stop a batch; the institution form checks images when saved). ``flatten``
    re-encodes anything but a JPEG as one, once, because reportlab embeds a JPEG as it is
    but decodes and recompresses other formats in every document it is drawn into."""
    if not data:
        return None
    try:
        if flatten and not data.startswith(b"\xff\xd8"):
            with PILImage.open(io.BytesIO(data)) as im:
                im = im.convert("RGBA")
                page = PILImage.new("RGB", im.size, "white")
                page.paste(im, mask=im.getchannel("A"))
                buffer = io.BytesIO()
                page.save(buffer, "JPEG", quality=90)
                data = buffer.getvalue()
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        return reader
    except Exception:  # Pillow and reportlab raise many kinds for damaged images
        log.warning("a certificate image could not be read and is left out", exc_info=True)
        return None


def _fit(reader: ImageReader, max_width: float, max_height: float) -> tuple[float, float]:
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


# -- text helpers ----------------------------------------------------------------------------


def _draw(canvas, text: str, font: str, size: float, x: float, y: float,
          align: str = "left", max_width: float | None = None, min_size: float = 5.0) -> float:
    """Draw one line; shrink it (down to ``min_size``) when it is wider than ``max_width``.
    Returns the size used."""
    pieces = runs(text, font)
    width = pieces.width(size)
    if max_width is not None and width > max_width > 0:
        size = max(min_size, size * max_width / width)
        width = pieces.width(size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    draw_runs(canvas, x, y, pieces, size)
    return size


def name_layout(name: str, font: str, max_size: float, width: float, *,
                floor: float = NAME_FLOOR) -> tuple[float, list[str]]:
    """The size and lines for a name in a box ``width`` wide: the largest size down to
    ``floor`` on one line; below that, two lines split at the space that balances them best,
    at ``floor`` or whatever smaller size makes both fit (a name never overflows)."""
    pieces = runs(name, font)
    one = pieces.width(1.0)
    if one <= 0:
        return max_size, [name]
    size = min(max_size, width / one)
    if size >= floor:
        return size, [name]
    words = name.split()
    if len(words) < 2:
        return width / one, [name]
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        widest = max(runs(line, font).width(1.0) for line in lines)
        fit = width / widest
        if best is None or fit > best[0]:
            best = (fit, lines)
    fit, lines = best
    return min(fit, floor, max_size), lines


# -- layout ----------------------------------------------------------------------------------


@dataclass
class _Unit:
    code: str
    title_lines: list[str]
    jp: int
    height: float


class _Renderer:
    """Positions and static drawing for one batch; draws pages on any canvas, so the single
    PDF and the per-person files share it."""

    def __init__(self, batch: CertificateBatch):
        register_fonts()
        self.batch = batch
        self.lang = check_lang(batch.lang)
        self.design: Design = design(batch.design)
        self.size = page_size(paper_name(batch.paper), landscape=True)
        width, height = self.size
        left, top, right, bottom = self.design.inset
        self.left, self.right = left, width - right
        self.top, self.bottom = height - top, bottom
        self.cx = (self.left + self.right) / 2
        self.text_width = (self.right - self.left) * 0.9
        self.background = _image(batch.background, flatten=True)
        self.logo = _image(batch.logo)
        self.signature = _image(batch.head_signature)
        self.show_scores = any(u.score is not None for p in batch.people for u in p.units)
        results = {p.result_text for p in batch.people}
        self.shared_result = results.pop() if len(results) == 1 else None
        issues = {(p.issued_place.strip(), p.issued_on) for p in batch.people}
        self.shared_place_date = issues.pop() if len(issues) == 1 else None
        d = self.design
        # Fill colours as PDF operators, written straight into each page's content: cheaper
        # than the canvas's colour calls, made several times on every page.
        self._fills = {name: "%.4f %.4f %.4f rg" % (c.red, c.green, c.blue) for name, c in (
            ("ink", d.ink), ("muted", d.muted), ("accent", d.accent),
            ("name", d.accent if d.name != "simple" else d.ink))}
        self._layout_front()
        self._back_forms: dict[tuple, tuple[str, dict]] = {}
        self.prefix = ""

    # front ------------------------------------------------------------------------------

    def _layout_front(self) -> None:
        d = self.design
        y = self.top
        self.letterhead_top = y
        if d.letterhead:
            y -= 25 * mm
        else:
            y -= 2 * mm
        self.title_y = y - 11 * mm
        self.subtitle_y = self.title_y - 7.5 * mm
        self.number_y = self.subtitle_y - 7 * mm
        self.awarded_y = self.number_y - 9 * mm
        self.name_top = self.awarded_y - 3 * mm
        self.name_box = 17 * mm  # two lines at the two-line size, or one large line
        self.born_y = self.name_top - self.name_box - 5.5 * mm
        self.completed_y = self.born_y - 8 * mm
        self.program_y = self.completed_y - 7.5 * mm
        self.held_y = self.program_y - 6.5 * mm
        self.result_y = self.held_y - 8.5 * mm
        # The bottom block: QR on the left, the head's signature on the right.
        self.qr_x = self.left + 4 * mm
        self.qr_y = self.bottom + 9 * mm
        self.sign_x = self.right - 55 * mm
        self.sign_name_y = self.bottom + 12 * mm
        self.sign_image_top = self.sign_name_y + 24 * mm
        self.sign_title_y = self.sign_image_top + 2.5 * mm
        self.sign_date_y = self.sign_title_y + 5 * mm
        # Paper taller than the text needs (F4, or no letterhead): the middle block moves down
        # a little so it does not hang from the top.
        spare = self.result_y - self.sign_date_y - 14 * mm
        if spare > 0:
            shift = spare * 0.35
            for name in ("title_y", "subtitle_y", "number_y", "awarded_y", "name_top", "born_y",
                         "completed_y", "program_y", "held_y", "result_y"):
                setattr(self, name, getattr(self, name) - shift)

    def draw_front_static(self, canvas) -> None:
        b, d, lang = self.batch, self.design, self.lang
        width, height = self.size
        if self.background is not None:
            canvas.drawImage(self.background, 0, 0, width, height)
        d.decorate(d, canvas, width, height)
        if d.letterhead:
            self._draw_letterhead(canvas)
        canvas.setFillColor(d.accent)
        canvas.setFont(d.bold, 34)
        title = certificate_labels("title", lang)
        spacing = d.title_spacing
        title_width = stringWidth(title, d.bold, 34) + spacing * (len(title) - 1)
        text = canvas.beginText(self.cx - title_width / 2, self.title_y)
        text.setFont(d.bold, 34)
        text.setCharSpace(spacing)
        text.textOut(title)
        text.setCharSpace(0)  # character spacing is PDF text state: it would outlive the title
        canvas.drawText(text)
        canvas.setFillColor(d.ink)
        _draw(canvas, certificate_labels("subtitle", lang), d.regular, 14, self.cx,
              self.subtitle_y, "center")
        _draw(canvas, certificate_labels("awarded_to", lang), d.italic, 11.5, self.cx,
              self.awarded_y, "center")
        _draw(canvas, certificate_labels("completed", lang), d.regular, 11.5, self.cx,
              self.completed_y, "center")
        canvas.setFillColor(d.accent)
        _draw(canvas, b.program_name, d.bold, 16, self.cx, self.program_y, "center",
              max_width=self.text_width, min_size=9)
        canvas.setFillColor(d.ink)
        period = format_period(b.start_date, b.end_date, lang)
        if period:
            key = "held" if b.total_jp else "held_no_jp"
            _draw(canvas, certificate_labels(key, lang, period=period, jp=b.total_jp),
                  d.regular, 11.5, self.cx, self.held_y, "center", max_width=self.text_width)
        # A result and a place and date of issue that every certificate shares (the usual
        # case: a class issued on one day) belong to the form too.
        self._fill(canvas, "ink")
        if self.shared_result is not None:
            self._draw_result(canvas, self.shared_result)
        if self.shared_place_date is not None:
            self._draw_place_date(canvas, b.people[0])
        # QR caption; the number under it is drawn per page.
        canvas.setFillColor(d.muted)
        _draw(canvas, certificate_labels("scan", lang), d.regular, 7, self.qr_x + QR_SIDE / 2,
              self.qr_y - 3.2 * mm, "center", max_width=QR_SIDE + 16 * mm)
        # The head's block.
        canvas.setFillColor(d.ink)
        head_title = b.head_title or label("head_default", lang)
        _draw(canvas, head_title, d.regular, 11, self.sign_x, self.sign_title_y, "center",
              max_width=100 * mm)
        if self.signature is not None:
            w, h = _fit(self.signature, 48 * mm, 20 * mm)
            canvas.drawImage(self.signature, self.sign_x - w / 2,
                             self.sign_image_top - 2 * mm - h, w, h, mask="auto")
        if b.head_name:
            size = _draw(canvas, b.head_name, d.bold, 11, self.sign_x, self.sign_name_y,
                         "center", max_width=100 * mm, min_size=7)
            line = min(runs(b.head_name, d.bold).width(size), 100 * mm)
            canvas.setStrokeColor(d.ink)
            canvas.setLineWidth(0.6)
            canvas.line(self.sign_x - line / 2, self.sign_name_y - 1.8,
                        self.sign_x + line / 2, self.sign_name_y - 1.8)

    def _draw_letterhead(self, canvas) -> None:
        # Drawn here rather than by letterhead.draw_letterhead: that one sets Helvetica, which
        # is not embedded and cannot print every institution or place name.
        b, d, lang = self.batch, self.design, self.lang
        lh = b.letterhead
        lines: list[tuple[str, str, float, object]] = []
        if lh.foundation:
            lines.append((lh.foundation.upper(), d.regular, 8.5, d.muted))
        if lh.kind_label:
            lines.append((lh.kind_label.upper(), d.regular, 8.5, d.muted))
        lines.append((lh.name.upper(), d.bold, 15, d.accent))
        numbers = [label(key, lang, number=value) for key, value in (
            ("registration", lh.registration_number), ("license", lh.license_number),
            ("business_id", lh.business_id)) if value]
        if numbers:
            lines.append(("  \u00b7  ".join(numbers), d.regular, 7.5, d.ink))
        address = ", ".join(lh.address_lines)
        if address:
            lines.append((address, d.regular, 7.5, d.ink))
        logo_w = logo_h = 0.0
        if self.logo is not None:
            logo_w, logo_h = _fit(self.logo, 24 * mm, 21 * mm)
        max_text = (self.right - self.left) - 2 * (logo_w + 4 * mm)
        widths = [min(max_text, runs(t, f).width(s)) for t, f, s, _c in lines]
        block = max(widths) if widths else 0
        text_cx = self.cx
        if self.logo is not None:
            # Logo and text as one group, centred on the page.
            group = logo_w + 4 * mm + block
            logo_x = self.cx - group / 2
            text_cx = logo_x + logo_w + 4 * mm + block / 2
            canvas.drawImage(self.logo, logo_x, self.letterhead_top - 1 * mm - logo_h,
                             logo_w, logo_h, mask="auto")
        y = self.letterhead_top - 1 * mm
        for text, font, size, colour in lines:
            y -= size * 1.25
            canvas.setFillColor(colour)
            _draw(canvas, text, font, size, text_cx, y, "center", max_width=max_text)
        canvas.setFillColor(d.ink)

    def _fill(self, canvas, name: str) -> None:
        canvas._code.append(self._fills[name])

    def _draw_result(self, canvas, result_text: str) -> None:
        """"dan dinyatakan KOMPETEN", the result in the name's colour; nothing for none."""
        if not result_text:
            return
        d = self.design
        lead = certificate_labels("declared", self.lang) + " "
        lead_runs, result_runs = runs(lead, d.regular), runs(result_text, d.bold)
        lead_width = lead_runs.width(11.5)
        x = self.cx - (lead_width + result_runs.width(14)) / 2
        draw_runs(canvas, x, self.result_y, lead_runs, 11.5)
        self._fill(canvas, "name")
        draw_runs(canvas, x + lead_width, self.result_y, result_runs, 14)
        self._fill(canvas, "ink")

    def _draw_place_date(self, canvas, page: CertificatePage) -> None:
        place_date = ", ".join(p for p in (
            page.issued_place.strip() or self.batch.letterhead.place,
            format_date(page.issued_on, self.lang) if page.issued_on else "") if p)
        if place_date:
            _draw(canvas, place_date, self.design.regular, 11, self.sign_x, self.sign_date_y,
                  "center", max_width=100 * mm)

    def draw_front_person(self, canvas, page: CertificatePage) -> None:
        d, lang = self.design, self.lang
        self._fill(canvas, "ink")
        _draw(canvas, certificate_labels("number", lang, number=page.number), d.regular, 11,
              self.cx, self.number_y, "center", max_width=self.text_width)
        # The name: as large as fits, two lines for very long names.
        size, lines = name_layout(page.full_name, d.bold, NAME_MAX.get(d.name, 30.0),
                                  self.text_width)
        self._fill(canvas, "name")
        if len(lines) == 1:
            y = self.name_top - self.name_box / 2 - size * 0.35
            _draw(canvas, lines[0], d.bold, size, self.cx, y, "center")
        else:
            leading = size * 1.15
            y = self.name_top - self.name_box / 2 + leading / 2 - size * 0.35
            for line in lines:
                _draw(canvas, line, d.bold, size, self.cx, y, "center")
                y -= leading
        self._fill(canvas, "ink")
        born = ", ".join(p for p in (page.birth_place.strip(),
                                     format_date(page.birth_date, lang) if page.birth_date
                                     else "") if p)
        if born:
            _draw(canvas, certificate_labels("born", lang, born=born), d.regular, 11.5,
                  self.cx, self.born_y, "center", max_width=self.text_width)
        if self.shared_result is None:
            self._draw_result(canvas, page.result_text)
        if self.shared_place_date is None:
            self._draw_place_date(canvas, page)
        if page.qr_payload:
            draw_qr(canvas, page.qr_payload, self.qr_x, self.qr_y, QR_SIDE)
        self._fill(canvas, "muted")
        _draw(canvas, page.number, d.regular, 7, self.qr_x + QR_SIDE / 2,
              self.qr_y - 6.4 * mm, "center", max_width=QR_SIDE + 30 * mm)

    # back -------------------------------------------------------------------------------

    def back_form(self, canvas, page: CertificatePage) -> tuple[str, dict]:
        """The form holding the back's static parts for the page's list of units (one per
        distinct list; a class shares one), and the row positions for its results."""
        key = tuple((u.code, u.title, u.jp) for u in page.units)
        found = self._back_forms.get(key)
        if found is None:
            name = f"{self.prefix}back{len(self._back_forms)}"
            canvas.beginForm(name)
            rows = self._draw_back_static(canvas, page.units)
            canvas.endForm()
            found = self._back_forms[key] = (name, rows)
        return found

    def _columns(self) -> list[tuple[str, float]]:
        total = self.right - self.left
        cols = [("no", 11 * mm), ("code", 40 * mm), ("title", 0.0), ("jp", 15 * mm),
                ("result", 36 * mm)]
        if self.show_scores:
            cols.append(("score", 17 * mm))
        fixed = sum(w for _n, w in cols)
        return [(n, w or total - fixed) for n, w in cols]

    def _draw_back_static(self, canvas, units: Sequence[CertificateUnitLine]) -> dict:
        b, d, lang = self.batch, self.design, self.lang
        width, height = self.size
        # The back has the design's border but not the background picture, which belongs to
        # the front and would make the table hard to read.
        d.decorate(d, canvas, width, height)
        canvas.setFillColor(d.accent)
        y = self.top - 14 * mm if d.name != "simple" else self.top - 2 * mm
        _draw(canvas, certificate_labels("back_title", lang), d.bold, 18, self.cx, y, "center")
        canvas.setFillColor(d.ink)
        y -= 7 * mm
        _draw(canvas, b.program_name, d.bold, 12, self.cx, y, "center",
              max_width=self.text_width, min_size=8)
        self.back_of_y = y - 6 * mm
        table_top = self.back_of_y - 11 * mm
        cols = self._columns()
        reserve = 16 * mm  # total line and the SKKNI reference under the table
        available = table_top - self.bottom - reserve
        title_width = dict(cols)["title"] - 4
        size = 9.5
        while True:
            leading = size * 1.25
            header_h = leading + 4
            laid = []
            for u in units:
                lines = simpleSplit(u.title, d.regular, size, title_width) or [""]
                laid.append(_Unit(u.code, lines, u.jp, len(lines) * leading + 4))
            total_h = header_h + sum(u.height for u in laid) + leading + 4
            if total_h <= available or size <= 5:
                break
            size -= 0.5
        x_of, x = {}, self.left
        for col, w in cols:
            x_of[col] = (x, w)
            x += w
        canvas.setStrokeColor(d.ink)
        canvas.setLineWidth(0.5)
        heads = {"no": label("no", lang), "code": certificate_labels("unit_code", lang),
                 "title": certificate_labels("unit_title", lang), "jp": label("jp", lang),
                 "result": certificate_labels("result", lang),
                 "score": certificate_labels("score", lang)}
        top = table_top
        # A light tint of the accent (not transparency: a form's resources cannot carry the
        # graphics state that alpha needs).
        tint = d.accent if d.name != "simple" else d.ink
        canvas.setFillColorRGB(*(0.88 + 0.12 * c for c in (tint.red, tint.green, tint.blue)))
        canvas.rect(self.left, top - header_h, self.right - self.left, header_h, stroke=0, fill=1)
        canvas.setFillColor(d.ink)
        baseline = top - header_h + 2 + size * 0.3
        for col, (cx, w) in x_of.items():
            _draw(canvas, heads[col], d.bold, size, cx + w / 2, baseline, "center",
                  max_width=w - 4)
        row_top = top - header_h
        result_rows = []
        for index, unit in enumerate(laid, 1):
            first = row_top - 2 - size
            _draw(canvas, str(index), d.regular, size, x_of["no"][0] + x_of["no"][1] / 2, first,
                  "center")
            _draw(canvas, unit.code, d.regular, size, x_of["code"][0] + 2, first,
                  max_width=x_of["code"][1] - 4)
            line_y = first
            for line in unit.title_lines:
                _draw(canvas, line, d.regular, size, x_of["title"][0] + 2, line_y)
                line_y -= leading
            _draw(canvas, str(unit.jp), d.regular, size, x_of["jp"][0] + x_of["jp"][1] / 2,
                  first, "center")
            result_rows.append(first)
            row_top -= unit.height
            canvas.line(self.left, row_top, self.right, row_top)
        # The total row.
        total_h = leading + 4
        total_y = row_top - 2 - size
        _draw(canvas, certificate_labels("total_jp", lang), d.bold, size,
              x_of["title"][0] + x_of["title"][1] - 2, total_y, "right")
        jp_total = b.total_jp if b.total_jp is not None else sum(u.jp for u in units)
        _draw(canvas, str(jp_total), d.bold, size, x_of["jp"][0] + x_of["jp"][1] / 2, total_y,
              "center")
        bottom = row_top - total_h
        canvas.rect(self.left, bottom, self.right - self.left, table_top - bottom)
        canvas.line(self.left, top - header_h, self.right, top - header_h)
        for col, (cx, _w) in list(x_of.items())[1:]:
            canvas.line(cx, table_top, cx, bottom)
        if b.skkni_reference:
            canvas.setFillColor(d.muted)
            _draw(canvas, certificate_labels("skkni", lang, reference=b.skkni_reference),
                  d.italic, 9, self.left, bottom - 6 * mm, max_width=self.right - self.left)
        return {"size": size, "rows": result_rows, "x": x_of}

    def draw_back_person(self, canvas, page: CertificatePage, rows: dict) -> None:
        d, lang = self.design, self.lang
        self._fill(canvas, "ink")
        _draw(canvas, certificate_labels("back_number", lang, number=page.number), d.regular, 10,
              self.cx, self.back_of_y, "center", max_width=self.text_width)
        _draw(canvas, certificate_labels("back_name", lang, name=page.full_name), d.regular, 10,
              self.cx, self.back_of_y - 5 * mm, "center", max_width=self.text_width)
        size = rows["size"]
        x_result, w_result = rows["x"]["result"]
        score = rows["x"].get("score")
        for unit, y in zip(page.units, rows["rows"]):
            _draw(canvas, result_label(unit.result, lang), d.regular, size,
                  x_result + w_result / 2, y, "center", max_width=w_result - 4)
            if score is not None and unit.score is not None:
                _draw(canvas, _format_score(unit.score, lang), d.regular, size,
                      score[0] + score[1] / 2, y, "center")

    # a whole document -------------------------------------------------------------------

    def new_canvas(self, buffer, title: str = "") -> Canvas:
        canvas = Canvas(buffer, pagesize=self.size, pageCompression=1,
                        initialFontName=self.design.regular, initialFontSize=10,
                        lang="id-ID" if self.lang == "id" else "en")
        canvas.setTitle(title or certificate_labels("pdf_title", self.lang,
                                                    program=self.batch.program_name))
        canvas.setAuthor(self.batch.letterhead.name)
        canvas.setCreator(CREATOR)
        return canvas

    def draw_document(self, canvas, people: Sequence[CertificatePage],
                      progress: Progress | None = None, every: int = PROGRESS_EVERY, *,
                      prefix: str = "", done_before: int = 0, total: int | None = None) -> int:
        """Draw the certificates of ``people`` on ``canvas``; returns the pages drawn. Forms
        are named with ``prefix`` so several batches can share one canvas; progress counts
        from ``done_before`` out of ``total`` (default: these people)."""
        self._back_forms = {}
        self.prefix = prefix
        canvas.setPageSize(self.size)
        front = f"{prefix}front"
        canvas.beginForm(front)
        self.draw_front_static(canvas)
        canvas.endForm()
        pages = 0
        total = len(people) if total is None else total
        if progress is not None and done_before == 0:
            progress(0, total)
        for done, page in enumerate(people, done_before + 1):
            canvas.doForm(front)
            self.draw_front_person(canvas, page)
            canvas.showPage()
            pages += 1
            if self.batch.with_back:
                name, rows = self.back_form(canvas, page)
                canvas.doForm(name)
                self.draw_back_person(canvas, page, rows)
                canvas.showPage()
                pages += 1
            if progress is not None and (done % every == 0 or done == total):
                progress(done, total)
        return pages


def as_batches(batch: CertificateBatch | Sequence[CertificateBatch]) -> list[CertificateBatch]:
    """One batch, or several printed one after another (certificates of one class whose
    snapshots differ, e.g. issued before and after the program was renamed)."""
    batches = [batch] if isinstance(batch, CertificateBatch) else list(batch)
    if not batches or not all(b.people for b in batches):
        raise ValueError("a certificate batch needs at least one person")
    return batches


def draw_batches(canvas_of: Callable[["_Renderer"], Canvas], batches: Sequence[CertificateBatch],
                 progress: Progress | None, every: int = PROGRESS_EVERY) -> tuple[Canvas, int]:
    """Draw the batches one after another on one canvas (made by ``canvas_of`` from the
    first batch's renderer); returns the canvas, not yet saved, and the pages drawn."""
    total = sum(len(b.people) for b in batches)
    canvas, pages, done = None, 0, 0
    for index, batch in enumerate(batches):
        renderer = _Renderer(batch)
        if canvas is None:
            canvas = canvas_of(renderer)
        pages += renderer.draw_document(canvas, batch.people, progress, every,
                                        prefix=f"b{index}" if index else "",
                                        done_before=done, total=total)
        done += len(batch.people)
    return canvas, pages


@contextlib.contextmanager
def binary_streams():
    """Streams written as compressed binary, not ASCII85 text: a quarter smaller, and
    reportlab's pure-Python ASCII85 encoder was half the time of a large batch. reportlab reads
    the switch from its global config while pages and images are made, so it is flipped only
    for this build, under ``BUILD_LOCK``, which every PDF build in the process holds."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def _format_score(score: Decimal, lang: str) -> str:
    text = f"{Decimal(score).normalize():f}"
    return text.replace(".", ",") if lang == "id" else text


def build_certificates_pdf(out: Destination,
                           batch: CertificateBatch | Sequence[CertificateBatch], *,
                           progress: Progress | None = None) -> int:
    """Write every certificate of ``batch`` (or of several batches, one after another) into
    one PDF, each front followed by its back when ``with_back``, and return the number of
    pages. ``progress(done, total)`` is called with the certificates done every few
    certificates; an exception it raises (a Cancel) stops the build and nothing is written."""
    batches = as_batches(batch)
    buffer = io.BytesIO()
    with BUILD_LOCK, binary_streams():
        canvas, pages = draw_batches(lambda renderer: renderer.new_canvas(buffer), batches,
                                     progress)
        canvas.save()
    write_output(out, buffer.getvalue())
    return pages
