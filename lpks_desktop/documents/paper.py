"""Paper sizes in daily use in Indonesia: A4 and F4 (folio), either way round."""

from __future__ import annotations

from reportlab.lib.units import mm

# F4 is the Indonesian folio: a little wider than A4 and 33 cm tall.
PAPERS_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
PAPER_NAMES = tuple(PAPERS_MM)
_ALIASES = {"FOLIO": "F4"}


def paper_name(paper: str) -> str:
    """The canonical name ("A4" or "F4") of a paper as settings or users spell it."""
    key = str(paper).strip().upper()
    key = _ALIASES.get(key, key)
    if key not in PAPERS_MM:
        raise ValueError(f"unknown paper {paper!r}; expected one of {', '.join(PAPER_NAMES)}")
    return key


def page_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    """Width and height in points, ready for reportlab."""
    width, height = PAPERS_MM[paper_name(paper)]
    if landscape:
        width, height = height, width
    return width * mm, height * mm
