"""Texts fitted to a width: wrapped at sensible places or elided, measured once and remembered.

Calendars repeat the same class codes, rooms and names in boxes of the same few widths,
and measuring text is what laying out a busy week spends its time on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QStaticText, QTransform

_BREAK_AFTER = " -–./,·"


def wrap_text(text: str, measure: Callable[[str], int], width: int, most: int = 8) -> list[str]:
    """``text`` broken into at most ``most`` lines no wider than ``width``, after spaces, hyphens,
    dots and the like (a class code "SBP-JHT-2026-01" breaks at its hyphens); a piece wider than
    a line is cut by characters. Lines keep their trailing space: joined, they give ``text``.
    ``measure`` gives a text's width (``QFontMetrics.horizontalAdvance``, or a cache of it)."""
    pieces: list[str] = []
    current = ""
    for char in text:
        current += char
        if char in _BREAK_AFTER:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if measure((line + piece).rstrip()) <= width:
            line += piece
            continue
        if line:
            lines.append(line)
        while len(piece) > 1 and measure(piece.rstrip()) > width:
            cut = len(piece) - 1
            while cut > 1 and measure(piece[:cut]) > width:
                cut -= 1
            lines.append(piece[:cut])
            piece = piece[cut:]
        line = piece
        if len(lines) >= most:
            break
    if line:
        lines.append(line)
    if len(lines) > most:
        lines[most - 1:] = ["".join(lines[most - 1:])]
    return lines


class TextFitter:
    """Widths, wrapped and elided texts in one font, remembered: a week repeats the same
    class codes, rooms and names in blocks of the same few widths, and measuring text is
    what laying out a busy week spends its time on."""

    LIMIT = 20_000  # entries kept before starting over; a week needs a few thousand

    def __init__(self, font: QFont):
        self.font = QFont(font)
        self.metrics = QFontMetrics(font)
        self.height = self.metrics.height()
        self.ascent = self.metrics.ascent()
        self._widths: dict[str, int] = {}
        self._wrapped: dict[tuple[str, int, int], list[str]] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._static: dict[str, QStaticText] = {}

    def width(self, text: str) -> int:
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) > self.LIMIT:
                self._widths.clear()
            found = self._widths[text] = self.metrics.horizontalAdvance(text)
        return found

    def wrap(self, text: str, width: int, most: int) -> list[str]:
        key = (text, width, most)
        found = self._wrapped.get(key)
        if found is None:
            if len(self._wrapped) > self.LIMIT:
                self._wrapped.clear()
            found = self._wrapped[key] = wrap_text(text, self.width, width, most)
        return found

    def elide(self, text: str, width: int) -> str:
        if self.width(text) <= width:
            return text
        key = (text, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > self.LIMIT:
                self._elided.clear()
            found = self._elided[key] = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return found

    def static(self, text: str) -> QStaticText:
        """The text laid out once, drawn many times (QPainter.drawText lays it out on every call)."""
        found = self._static.get(text)
        if found is None:
            if len(self._static) > self.LIMIT:
                self._static.clear()
            found = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self.font)
            self._static[text] = found
        return found
