"""lpks-desktop.ico, drawn from the app's SVG icon at the sizes Windows asks for.

Each size is rendered from the vector (not scaled down from one bitmap), so the 16 px icon in
the taskbar stays sharp. Qt renders, Pillow writes the ICO: both are already the app's dependencies.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


class IconInvalid(ValueError):
    pass


def render_png(svg: Path, size: int) -> bytes:
    """``svg`` drawn on a transparent ``size``×``size`` square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QPainter needs one)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise IconInvalid(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return png_bytes(image)


def png_bytes(image) -> bytes:
    """A QImage encoded as PNG, in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(svg: Path, ico: Path, sizes: tuple[int, ...] = ICO_SIZES) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA") for size in sorted(sizes)]
    largest = images[-1]
    partial = ico.with_name(f".{ico.name}.part")
    largest.save(partial, format="ICO", sizes=[image.size for image in images], append_images=images[:-1])
    os.replace(partial, ico)
