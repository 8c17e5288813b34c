"""The institution's letterhead (kop surat): logo on the left, the institution's names and
numbers centred, a thick-and-thin double rule underneath."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table, TableStyle

from ..core.validation.phone import format_phone_local
from .styles import INK, styles
from .tables import para
from .words import check_lang, label, town

LOGO_MAX_WIDTH = 26 * mm
LOGO_MAX_HEIGHT = 24 * mm
RULE_GAP = 1.6  # points between the two lines of the double rule


@dataclass(frozen=True)
class Letterhead:
    """What a letterhead prints, as plain data. Numbers are printed as the clerk typed them."""

    name: str
    kind_label: str = ""  # e.g. "Lembaga Pelatihan Kerja Swasta"
    foundation: str = ""  # the yayasan running the institution
    address_lines: tuple[str, ...] = ()
    city: str = ""  # kabupaten/kota as written in the address
    phone: str = ""  # already formatted for print, e.g. "0812-3456-7890"
    email: str = ""
    website: str = ""
    registration_number: str = ""
    license_number: str = ""
    business_id: str = ""  # NIB
    logo: bytes | None = None  # PNG or JPEG
    head_name: str = ""
    head_title: str = ""
    code: str = ""

    @classmethod
    def from_institution(cls, inst, lang: str = "id") -> "Letterhead":
        """The letterhead of an ``Institution`` model instance, from its loaded fields only
        (no query is made)."""
        kind_key = {"lpks": "kind_lpks", "blk": "kind_blk"}.get(getattr(inst, "kind", ""))
        address = [line.strip() for line in (inst.address or "").splitlines() if line.strip()]
        district = (inst.district or "").strip()
        if district and not district.lower().startswith("kec"):
            district = f"Kec. {district}"
        province = " ".join(p for p in ((inst.province or "").strip(),
                                        (inst.postal_code or "").strip()) if p)
        region = ", ".join(p for p in ((inst.village or "").strip(), district,
                                       (inst.city or "").strip(), province) if p)
        if region:
            address.append(region)
        logo = inst.logo
        return cls(
            name=inst.name,
            kind_label=label(kind_key, lang) if kind_key else "",
            foundation=inst.foundation or "",
            address_lines=tuple(address),
            city=(inst.city or "").strip(),
            phone=format_phone_local(inst.phone) if inst.phone else "",
            email=inst.email or "",
            website=inst.website or "",
            registration_number=inst.registration_number or "",
            license_number=inst.license_number or "",
            business_id=inst.business_id or "",
            # PostgreSQL hands blobs back as memoryview.
            logo=bytes(logo) if logo else None,
            head_name=inst.head_name or "",
            head_title=inst.head_title or "",
            code=inst.code or "",
        )

    @property
    def place(self) -> str:
        """The town for "Bandung, 7 Desember 2026": the city without Kabupaten/Kota."""
        return town(self.city)


def logo_image(data: bytes | None, max_width: float = LOGO_MAX_WIDTH,
               max_height: float = LOGO_MAX_HEIGHT) -> Image | None:
    """The logo scaled to fit the box with its proportions kept; None when there is no logo
    or the bytes are not a readable image (a broken logo must not stop a journal printing;
    the institution form checks logos when they are saved)."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # reportlab/Pillow raise many kinds for damaged images
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


class DoubleRule(Flowable):
    """The thick-over-thin rule under an Indonesian letterhead."""

    def __init__(self, thick: float = 2.2, thin: float = 0.7, space_after: float = 3 * mm):
        super().__init__()
        self.thick, self.thin, self.space_after = thick, thin, space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.thick + RULE_GAP + self.thin + self.space_after
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        top = self.height
        canvas.setLineWidth(self.thick)
        canvas.line(0, top - self.thick / 2, self.width, top - self.thick / 2)
        canvas.setLineWidth(self.thin)
        y = top - self.thick - RULE_GAP - self.thin / 2
        canvas.line(0, y, self.width, y)
        canvas.restoreState()


def _joined(items: list[str]) -> str:
    """Items on one line; a long line wraps between items, never inside one."""
    return "  \u00b7  ".join(item.replace(" ", "\u00a0") for item in items)


def _text_lines(letterhead: Letterhead, lang: str) -> list:
    st = styles()
    lines = []
    if letterhead.foundation:
        lines.append(para(letterhead.foundation.upper(), st.lh_foundation))
    if letterhead.kind_label:
        lines.append(para(letterhead.kind_label.upper(), st.lh_kind))
    lines.append(para(letterhead.name.upper(), st.lh_name))
    numbers = [label(key, lang, number=value) for key, value in (
        ("registration", letterhead.registration_number),
        ("license", letterhead.license_number),
        ("business_id", letterhead.business_id)) if value]
    if numbers:
        lines.append(para(_joined(numbers), st.lh_line))
    lines += [para(line, st.lh_line) for line in letterhead.address_lines]
    contacts = []
    if letterhead.phone:
        contacts.append(label("phone", lang, number=letterhead.phone))
    if letterhead.email:
        contacts.append(label("email", lang, address=letterhead.email))
    if letterhead.website:
        contacts.append(label("website", lang, address=letterhead.website))
    if contacts:
        lines.append(para(_joined(contacts), st.lh_line))
    return lines


class LetterheadFlowable(Flowable):
    """The whole letterhead as one flowable, laid out for the width it is given."""

    def __init__(self, letterhead: Letterhead, lang: str = "id"):
        super().__init__()
        self.letterhead = letterhead
        self.lang = check_lang(lang)
        self._table: Table | None = None
        self._rule = DoubleRule()

    def _layout(self, width: float) -> Table:
        logo = logo_image(self.letterhead.logo)
        # The text is centred on the page, not on the space beside the logo, so the side
        # columns are equally wide whether or not there is a logo.
        side = LOGO_MAX_WIDTH + 3 * mm if logo is not None else 0
        table = Table([[logo or "", _text_lines(self.letterhead, self.lang), ""]],
                      colWidths=[side, width - 2 * side, side])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table

    def wrap(self, avail_width, avail_height):
        self._table = self._layout(avail_width)
        _w, table_height = self._table.wrap(avail_width, avail_height)
        _w, rule_height = self._rule.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = table_height + rule_height
        return self.width, self.height

    def draw(self):
        rule_height = self._rule.height
        self._table.drawOn(self.canv, 0, rule_height)
        self._rule.drawOn(self.canv, 0, 0)


def letterhead_flowable(letterhead: Letterhead | None, lang: str = "id") -> list[Flowable]:
    """The letterhead for the top of a story; an empty list when there is none."""
    return [LetterheadFlowable(letterhead, lang)] if letterhead is not None else []


def draw_letterhead(canvas, letterhead: Letterhead, x: float, top: float, width: float,
                    lang: str = "id") -> float:
    """Draw the letterhead straight on a canvas (for pages laid out by hand, such as
    certificates) with its top edge at ``top``. Returns the height used."""
    flowable = LetterheadFlowable(letterhead, lang)
    _w, height = flowable.wrapOn(canvas, width, top)
    flowable.drawOn(canvas, x, top - height)
    return height
