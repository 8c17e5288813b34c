"""Fonts and paragraph styles shared by every printed document.

The standard Helvetica family covers the Latin alphabet Bahasa Indonesia needs and is built
into every PDF reader, so nothing is embedded or registered here. Certificates, where names
with any diacritic must print as written, embed TrueType fonts registered in ``fonts.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"
FONT_BOLD_ITALIC = "Helvetica-BoldOblique"

INK = colors.black
GRID = colors.Color(0.35, 0.35, 0.35)  # thin table rules: visible on cheap printers, not heavy
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
TOTAL_FILL = colors.Color(0.94, 0.94, 0.94)
CANCELLED_FILL = colors.Color(0.93, 0.93, 0.93)
MUTED = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    info_label: ParagraphStyle
    info_value: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_muted_center: ParagraphStyle
    header: ParagraphStyle
    header_small: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle
    lh_foundation: ParagraphStyle
    lh_kind: ParagraphStyle
    lh_name: ParagraphStyle
    lh_line: ParagraphStyle


def _style(name: str, size: float, *, font: str = FONT, align: int = TA_LEFT,
           leading: float | None = None, color=INK, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.22,
                          alignment=align, textColor=color, **extra)


@functools.cache
def styles() -> Styles:
    """The shared styles. Built once; callers must not modify them (copy with ``clone``)."""
    return Styles(
        body=_style("body", 10),
        small=_style("small", 8),
        note=_style("note", 8.5, leading=11),
        title=_style("title", 13, font=FONT_BOLD, align=TA_CENTER, leading=16, spaceAfter=1),
        subtitle=_style("subtitle", 10, align=TA_CENTER, leading=13),
        info_label=_style("info_label", 9.5),
        info_value=_style("info_value", 9.5, font=FONT_BOLD),
        cell=_style("cell", 8.5, leading=10.4),
        cell_center=_style("cell_center", 8.5, leading=10.4, align=TA_CENTER),
        cell_right=_style("cell_right", 8.5, leading=10.4, align=TA_RIGHT),
        cell_bold=_style("cell_bold", 8.5, leading=10.4, font=FONT_BOLD),
        cell_muted=_style("cell_muted", 8, leading=9.8, font=FONT_ITALIC, color=MUTED),
        cell_muted_center=_style("cell_muted_center", 8, leading=9.8, font=FONT_ITALIC,
                                 color=MUTED, align=TA_CENTER),
        header=_style("header", 8.5, leading=10.2, font=FONT_BOLD, align=TA_CENTER),
        header_small=_style("header_small", 7.5, leading=9, font=FONT_BOLD, align=TA_CENTER),
        sign=_style("sign", 10, align=TA_CENTER, leading=12.5),
        sign_name=_style("sign_name", 10, font=FONT_BOLD, align=TA_CENTER, leading=12.5),
        lh_foundation=_style("lh_foundation", 10.5, font=FONT_BOLD, align=TA_CENTER, leading=13),
        lh_kind=_style("lh_kind", 9.5, align=TA_CENTER, leading=12),
        lh_name=_style("lh_name", 15, font=FONT_BOLD, align=TA_CENTER, leading=18),
        lh_line=_style("lh_line", 8, align=TA_CENTER, leading=10),
    )
