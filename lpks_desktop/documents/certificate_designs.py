"""The built-in certificate designs: typefaces, colours and the page decoration (borders,
bands) each draws behind the text. Decorations are drawn once per document, into the
certificate's static form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm

from ..core.i18n import Text
from .fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC

DESIGNS = ("classic", "modern", "simple")
DEFAULT_DESIGN = "classic"
DESIGN_LABELS: dict[str, Text] = {
    "classic": Text("Klasik (huruf berkait, bingkai ganda berornamen)",
                    "Classic (serif type, ornamental double border)"),
    "modern": Text("Modern (huruf tanpa kait, pita berwarna)",
                   "Modern (sans-serif type, coloured band)"),
    "simple": Text("Sederhana (tanpa hiasan, untuk kertas sertifikat pracetak)",
                   "Simple (no decoration, for pre-printed certificate paper)"),
}


@dataclass(frozen=True)
class Design:
    name: str
    regular: str
    bold: str
    italic: str
    ink: colors.Color
    accent: colors.Color  # titles and decoration
    muted: colors.Color
    letterhead: bool  # False: the paper is pre-printed with the institution's own
    # Room the decoration takes on each side of the page, in points (left, top, right, bottom).
    inset: tuple[float, float, float, float]
    decorate: Callable[["Design", object, float, float], None]
    title_spacing: float = 0.0  # extra points between the letters of the title


def _classic_border(design: Design, canvas, width: float, height: float) -> None:
    """A thick-and-thin double frame with small diamonds at the corners and the middle of
    each side."""
    canvas.saveState()
    canvas.setStrokeColor(design.accent)
    outer = 8 * mm
    canvas.setLineWidth(3)
    canvas.rect(outer, outer, width - 2 * outer, height - 2 * outer)
    inner = outer + 2.6 * mm
    canvas.setLineWidth(0.8)
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.setFillColor(design.accent)
    mid = (outer + inner) / 2
    points = [(mid, mid), (width - mid, mid), (mid, height - mid), (width - mid, height - mid),
              (width / 2, mid), (width / 2, height - mid), (mid, height / 2),
              (width - mid, height / 2)]
    r = 2.4 * mm
    for x, y in points:
        path = canvas.beginPath()
        path.moveTo(x, y - r)
        path.lineTo(x + r, y)
        path.lineTo(x, y + r)
        path.lineTo(x - r, y)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    # A quarter-circle flourish inside each corner of the inner frame.
    canvas.setLineWidth(0.6)
    flourish = 9 * mm
    for cx, cy, start in ((inner, inner, 0), (width - inner, inner, 90),
                          (width - inner, height - inner, 180), (inner, height - inner, 270)):
        canvas.arc(cx - flourish, cy - flourish, cx + flourish, cy + flourish, start, 90)
    canvas.restoreState()


def _modern_band(design: Design, canvas, width: float, height: float) -> None:
    """A coloured band down the left edge with a thin accent line beside it."""
    canvas.saveState()
    canvas.setFillColor(design.accent)
    band = 16 * mm
    canvas.rect(0, 0, band, height, stroke=0, fill=1)
    canvas.setFillColor(colors.Color(0.93, 0.63, 0.13))
    canvas.rect(band + 1.5 * mm, 0, 1.2 * mm, height, stroke=0, fill=1)
    canvas.setStrokeColor(design.accent)
    canvas.setLineWidth(0.6)
    canvas.line(band + 6 * mm, height - 7 * mm, width - 8 * mm, height - 7 * mm)
    canvas.line(band + 6 * mm, 7 * mm, width - 8 * mm, 7 * mm)
    canvas.restoreState()


def _nothing(design: Design, canvas, width: float, height: float) -> None:
    return None


_NAVY = colors.Color(0.10, 0.17, 0.36)
_GOLD = colors.Color(0.55, 0.42, 0.13)
_TEAL = colors.Color(0.02, 0.36, 0.45)

_DESIGNS: dict[str, Design] = {
    "classic": Design("classic", SERIF, SERIF_BOLD, SERIF_ITALIC, ink=colors.black,
                      accent=_GOLD, muted=colors.Color(0.3, 0.3, 0.3), letterhead=True,
                      inset=(16 * mm, 14 * mm, 16 * mm, 14 * mm), decorate=_classic_border,
                      title_spacing=6),
    "modern": Design("modern", SANS, SANS_BOLD, SANS, ink=colors.Color(0.1, 0.1, 0.12),
                     accent=_TEAL, muted=colors.Color(0.35, 0.35, 0.38), letterhead=True,
                     inset=(26 * mm, 11 * mm, 12 * mm, 10 * mm), decorate=_modern_band,
                     title_spacing=3),
    # Pre-printed certificate paper has its own letterhead and border: leave the top free.
    "simple": Design("simple", SANS, SANS_BOLD, SANS, ink=colors.black, accent=colors.black,
                     muted=colors.Color(0.25, 0.25, 0.25), letterhead=False,
                     inset=(18 * mm, 40 * mm, 18 * mm, 12 * mm), decorate=_nothing),
}


def design(name: str | None) -> Design:
    """The design called ``name`` (None: the default). Raises ``ValueError`` for others."""
    key = (name or DEFAULT_DESIGN).strip().lower()
    if key not in _DESIGNS:
        raise ValueError(f"unknown certificate design {name!r}; expected one of {', '.join(DESIGNS)}")
    return _DESIGNS[key]
