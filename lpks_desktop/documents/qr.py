"""QR codes on PDF pages: encoded by zxing-cpp and drawn as one tiny 1-bit inline image.

reportlab's own QR widget draws one rectangle per module and costs ~12 ms a code; certificates
carry a unique code on every page, so that alone would cap a batch at a few dozen pages a
second. An inline image of one bit per module (a few hundred bytes) is as sharp at any zoom,
because PDF viewers scale 1-bit images without smoothing, and costs well under a millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from PIL import Image

QUIET_ZONE = 4  # modules of white around the symbol, as the QR standard asks
# The encoder normally tries all eight data masks and keeps the one a penalty score likes
# best, which is most of its time. Any mask is valid and decoders read them all; a fixed one
# makes a code about five times cheaper to encode.
DATA_MASK = 4


@dataclass(frozen=True)
class QrBits:
    """A QR symbol with its quiet zone as packed 1-bit rows (1 = white), ready for PDF."""

    size: int  # modules across, quiet zone included
    data: bytes  # rows padded to whole bytes

    @property
    def modules(self) -> int:
        """Modules across the symbol itself."""
        return self.size - 2 * QUIET_ZONE


def qr_bits(payload: str, ec_level: str = "M") -> QrBits:
    """Encode ``payload``. Raises ``ValueError`` when it does not fit a QR code."""
    try:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level,
                                       data_mask=DATA_MASK)
    except Exception as exc:  # zxing-cpp raises its own error types for too-long input
        raise ValueError(f"cannot encode a QR code of {len(payload)} characters: {exc}") from exc
    image = code.to_image(scale=1, add_quiet_zones=True)
    height, width = image.shape
    packed = (Image.frombytes("L", (width, height), bytes(memoryview(image)))
              .convert("1", dither=Image.Dither.NONE).tobytes())
    return QrBits(size=width, data=packed)


def inline_image_operators(bits: QrBits, x: float, y: float, side: float) -> str:
    """PDF content operators drawing ``bits`` as a square of ``side`` points with its lower
    left corner at (x, y)."""
    return (f"q {side:.3f} 0 0 {side:.3f} {x:.3f} {y:.3f} cm\n"
            f"BI /W {bits.size} /H {bits.size} /BPC 1 /CS /G /F /AHx ID\n"
            f"{bits.data.hex()}>\nEI Q")


def draw_qr(canvas, payload: str, x: float, y: float, side: float) -> QrBits:
    """Draw the QR code of ``payload`` (quiet zone included) into the square of ``side``
    points at (x, y) on a reportlab canvas."""
    bits = qr_bits(payload)
    canvas._code.append(inline_image_operators(bits, x, y, side))
    return bits
