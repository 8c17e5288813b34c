"""The installer's pictures, drawn from the app's SVG icon when the installer is built.

Modern UI shows a tall picture on the left of the welcome and finish pages (164×314) and a small
one in the header of every other page (150×57); both must be 24-bit BMP files. Drawing them here
from the icon keeps them in step with it and keeps binary pictures out of the repository: Qt
draws (the icon and the name, in the bundled DejaVu Sans Bold so every machine draws the same),
Pillow writes the BMP.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import icon

WELCOME_SIZE = (164, 314)
HEADER_SIZE = (150, 57)
# The icon's own colours: its teal background and its gold seal.
TEAL = "#0f6e6e"
GOLD = "#f2b134"
NAME = ("LPKS", "Desktop")


class BitmapInvalid(ValueError):
    pass


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def _font_family(font_file: Path) -> str:
    from PySide6.QtGui import QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(font_file))
    if font_id < 0:
        raise BitmapInvalid(f"{font_file} is not a font Qt can load")
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def _draw(size: tuple[int, int], paint) -> bytes:
    """A ``size`` picture painted by ``paint(painter)``, as PNG bytes."""
    from PySide6.QtGui import QImage, QPainter

    _app = _qt()  # noqa: F841  (QPainter needs one)
    image = QImage(*size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint(painter)
    painter.end()
    return icon.png_bytes(image)


def _renderer(svg: Path):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BitmapInvalid(f"{svg} is not an SVG image Qt can draw")
    return renderer


def welcome_png(svg: Path, font_file: Path) -> bytes:
    """The welcome and finish pages' picture: the icon on the app's teal, its name beneath."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    renderer = _renderer(svg)
    _qt()
    family = _font_family(font_file)
    width, height = WELCOME_SIZE

    def paint(painter):
        painter.fillRect(0, 0, width, height, QColor(TEAL))
        # The icon is itself teal: a lighter disc behind it sets it apart.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 40))
        painter.drawEllipse(QRectF(width / 2 - 60, 46, 120, 120))
        renderer.render(painter, QRectF(width / 2 - 48, 58, 96, 96))
        painter.setPen(QColor("#ffffff"))
        font = QFont(family)
        font.setBold(True)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.drawText(QRectF(0, 182, width, 28), Qt.AlignmentFlag.AlignCenter, NAME[0])
        painter.drawText(QRectF(0, 208, width, 28), Qt.AlignmentFlag.AlignCenter, NAME[1])
        painter.fillRect(QRectF(width / 2 - 24, 246, 48, 4), QColor(GOLD))

    return _draw(WELCOME_SIZE, paint)


def header_png(svg: Path, font_file: Path) -> bytes:
    """The header's picture (shown at its right): the name and the icon on white, as the
    header itself is white."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    renderer = _renderer(svg)
    _qt()
    family = _font_family(font_file)
    width, height = HEADER_SIZE

    def paint(painter):
        painter.fillRect(0, 0, width, height, QColor("#ffffff"))
        icon = 44
        renderer.render(painter, QRectF(width - icon - 6, (height - icon) / 2, icon, icon))
        painter.setPen(QColor(TEAL))
        font = QFont(family)
        font.setBold(True)
        font.setPixelSize(13)
        painter.setFont(font)
        text = QRectF(0, 0, width - icon - 12, height)
        painter.drawText(text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "\n".join(NAME))

    return _draw(HEADER_SIZE, paint)


def _write_bmp(png: bytes, target: Path) -> None:
    from PIL import Image

    partial = target.with_name(f".{target.name}.part")
    with Image.open(io.BytesIO(png)) as image:
        image.convert("RGB").save(partial, format="BMP")
    os.replace(partial, target)


def write_bitmaps(svg: Path, font_file: Path, folder: Path) -> tuple[Path, Path]:
    """welcome.bmp and header.bmp in ``folder``; returns their paths."""
    welcome, header = folder / "welcome.bmp", folder / "header.bmp"
    _write_bmp(welcome_png(svg, font_file), welcome)
    _write_bmp(header_png(svg, font_file), header)
    return welcome, header
