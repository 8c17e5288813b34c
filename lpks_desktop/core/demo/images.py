"""The demo institutions' logos and their heads' signatures, drawn here so that demo letterheads
and certificates show every part a real one has. Drawn from the institution's code alone, so
the demo stays the same from run to run and its random sequence is not disturbed."""

from __future__ import annotations

import colorsys
import io
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

from ...documents.fonts import fonts_dir

_LOGO_SIZE = 240
_SIGNATURE_SIZE = (420, 140)
_INK = (24, 42, 110, 255)


def _rng(code: str, purpose: str) -> random.Random:
    return random.Random(zlib.crc32(f"{purpose}:{code}".encode()))


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def logo_png(code: str) -> bytes:
    """A round emblem in a colour of its own with the code's letters after "LPK-", e.g. SBP."""
    rng = _rng(code, "logo")
    hue = rng.random()
    colour = tuple(int(255 * c) for c in colorsys.hsv_to_rgb(hue, 0.65, 0.55)) + (255,)
    image = Image.new("RGBA", (_LOGO_SIZE, _LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, _LOGO_SIZE - 4, _LOGO_SIZE - 4), fill=colour)
    draw.ellipse((18, 18, _LOGO_SIZE - 18, _LOGO_SIZE - 18), outline=(255, 255, 255, 255), width=5)
    letters = code.split("-")[-1][:3].upper()
    font = ImageFont.truetype(str(fonts_dir() / "DejaVuSans-Bold.ttf"), 78)
    draw.text((_LOGO_SIZE / 2, _LOGO_SIZE / 2), letters, font=font, fill=(255, 255, 255, 255),
              anchor="mm")
    return _png(image)


def signature_png(code: str) -> bytes:
    """A handwritten-looking stroke: loops along a baseline and a final flourish."""
    rng = _rng(code, "signature")
    width, height = _SIGNATURE_SIZE
    image = Image.new("RGBA", _SIGNATURE_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    loops = rng.randint(4, 6)
    advance = (width - 150) / loops
    heights = [rng.uniform(22, 46) for _ in range(loops + 1)]
    for step in range(loops * 24 + 1):
        t = step / 24
        height_now = heights[int(t)]
        # A prolate cycloid: the pen runs back a little on every stroke, which draws the loops.
        x = 40 + t * advance - 24 * math.sin(2 * math.pi * t) + 0.25 * height_now
        y = height * 0.6 - height_now * (1 - math.cos(2 * math.pi * t)) / 2
        points.append((x, y))
    end_x, end_y = points[-1]
    points += [(end_x + 25, end_y + 10), (end_x + 70, end_y - 6), (width - 20, end_y - 34)]
    draw.line(points, fill=_INK, width=4, joint="curve")
    draw.line([(24, height * 0.78), (width * 0.7, height * 0.72)], fill=_INK, width=3)
    return _png(image)

