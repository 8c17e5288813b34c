"""The TrueType fonts certificates embed, and how text is split between them.

Helvetica, which the other documents use, is not embedded and has no glyphs beyond Latin-1,
so a name such as "Nguyễn Thị Ánh" would print with holes. Certificates use the DejaVu
families shipped under ``resources/fonts`` instead, embedded as subsets.

reportlab's font registry is global and not thread-safe: ``register_fonts`` does the work once
per process under a lock; every function here calls it first.
"""

from __future__ import annotations

import functools
import itertools
import logging
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

SANS = "LPKS-Sans"
SANS_BOLD = "LPKS-Sans-Bold"
SERIF = "LPKS-Serif"
SERIF_BOLD = "LPKS-Serif-Bold"
SERIF_ITALIC = "LPKS-Serif-Italic"

# Registered name -> file under resources/fonts.
FONT_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
}

# Where a character missing from a font is looked for next: the sans faces cover the most.
FALLBACK: dict[str, str] = {
    SERIF: SANS,
    SERIF_ITALIC: SANS,
    SERIF_BOLD: SANS_BOLD,
}

# Printed for a character no font has, so the gap is visible and explained in the log
# rather than an empty box a reader might take for a letter.
REPLACEMENT = "?"

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_widths: dict[str, tuple[dict[int, float], float]] = {}  # font -> (glyph widths, default)


def resources_dir() -> Path:
    """``resources/`` in a frozen build (unpacked beside the code, or next to the executable),
    an installed package or a source checkout. Mirrors the GUI's lookup without Qt."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / "resources"
    package = Path(__file__).resolve().parent.parent
    packaged = package / "resources"
    if packaged.is_dir():
        return packaged
    return package.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register every certificate font with reportlab, once per process."""
    if len(_coverage) == len(FONT_FILES):
        return
    with _lock:
        for name, filename in FONT_FILES.items():
            if name in _coverage:
                continue
            path = fonts_dir() / filename
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _widths[name] = (font.face.charWidths, font.face.defaultWidth)
            _coverage[name] = frozenset(font.face.charToGlyph)


def covers(font: str, char: str) -> bool:
    register_fonts()
    return ord(char) in _coverage[font]


def missing_characters(text: str, font: str = SANS) -> str:
    """The characters of ``text`` (after NFC normalisation) that neither ``font`` nor its
    fallback can draw, in order of first appearance, each once. Empty when all print."""
    register_fonts()
    chain = _chain(font)
    seen: list[str] = []
    for char in normalize(text):
        if not any(ord(char) in _coverage[f] for f in chain) and char not in seen:
            if not _printable_whitespace(char):
                seen.append(char)
    return "".join(seen)


def normalize(text: str) -> str:
    """Composed form: a name typed as "e" + combining accent then uses the font's single
    accented glyph, which every DejaVu face has for Latin letters."""
    return unicodedata.normalize("NFC", text)


def _printable_whitespace(char: str) -> bool:
    return char in "\t\n\r"


def _chain(font: str) -> tuple[str, ...]:
    fallback = FALLBACK.get(font)
    return (font, fallback) if fallback else (font,)


@dataclass(frozen=True)
class Runs:
    """Text split into (font, text) pieces the fonts can draw, and the characters that had
    to be replaced because no font has them."""

    pieces: tuple[tuple[str, str], ...]
    replaced: str = ""

    def width(self, size: float) -> float:
        return sum(text_width(text, font, size) for font, text in self.pieces)

    @property
    def text(self) -> str:
        return "".join(text for _font, text in self.pieces)


def runs(text: str, font: str) -> Runs:
    """``text`` as runs of ``font``, with characters it lacks taken from its fallback; a
    character no font has becomes its unaccented base letter when it has one, else
    ``REPLACEMENT``, and is logged."""
    register_fonts()
    text = normalize(text)
    coverage = _coverage[font]
    if coverage.issuperset(map(ord, text)):  # the usual case, kept cheap
        return Runs(((font, text),))
    chain = _chain(font)
    pieces: list[list] = []
    replaced: list[str] = []

    def add(chosen: str, char: str) -> None:
        if pieces and pieces[-1][0] == chosen:
            pieces[-1][1] += char
        else:
            pieces.append([chosen, char])

    for char in text:
        chosen = next((f for f in chain if ord(char) in _coverage[f]), None)
        if chosen is not None:
            add(chosen, char)
            continue
        if char not in replaced:
            replaced.append(char)
        for sub in _substitute(char, chain):
            add(next(f for f in chain if ord(sub) in _coverage[f]), sub)
    if replaced:
        _warn(text, "".join(replaced))
    return Runs(tuple((f, t) for f, t in pieces), "".join(replaced))


@functools.lru_cache(maxsize=256)
def _warn(text: str, replaced: str) -> None:
    # Cached: a name is measured several times while it is fitted, and logged once.
    log.warning("characters without a glyph in the certificate fonts replaced: %s in %r",
                ", ".join(f"U+{ord(c):04X}" for c in replaced), text)


def _substitute(char: str, chain: tuple[str, ...]) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char)
                   if not unicodedata.combining(c))
    if base and all(any(ord(c) in _coverage[f] for f in chain) for c in base):
        return base
    return REPLACEMENT


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in a registered certificate font, in points: reportlab's own
    measure without its per-character Python loop (it runs for every string on every page)."""
    widths, default = _widths[font]
    return 0.001 * size * sum(map(widths.get, map(ord, text), itertools.repeat(default)))


def text_code(canvas, pieces: Runs, size: float, x: float, y: float) -> str:
    """PDF operators that show the runs from (x, y) in the current fill colour.

    The same operators reportlab's text objects write for a TrueType font, by the route its
    ``ttfonts`` module documents for dynamic fonts (``splitString`` and
    ``getSubsetInternalName``), without building a text object per string: certificates
    show several strings on every one of thousands of pages. Glyph codes go out as hex
    strings, which need no escaping. The operators sit in a q/Q pair so the font they
    select does not outlive them."""
    doc = canvas._doc
    out = [f"q BT 1 0 0 1 {x:.3f} {y:.3f} Tm"]
    for font_name, text in pieces.pieces:
        font = pdfmetrics.getFont(font_name)  # the one the document's resources know
        for subset, chunk in font.splitString(text, doc):
            out.append(f"{font.getSubsetInternalName(subset, doc)} {size:.3f} Tf "
                       f"<{chunk.hex()}> Tj")
    out.append("ET Q")
    return " ".join(out)


def draw_runs(canvas, x: float, y: float, pieces: Runs, size: float) -> None:
    """Draw the runs left to right from ``x`` on the baseline ``y``, in the canvas's
    current fill colour."""
    canvas._code.append(text_code(canvas, pieces, size, x, y))
