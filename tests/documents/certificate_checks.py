"""Certificate test helpers: a sample batch, images, reading QR codes back from rendered pages
with zbar, and where each piece of text sits on a page."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from lpks_desktop.documents.certificate import (
    CertificateBatch,
    CertificatePage,
    CertificateUnitLine,
)
from lpks_desktop.documents.letterhead import Letterhead

AWKWARD_NAMES = (
    "Nguyễn Thị Ánh",
    "Muhammad O'Brien",
    "Ñoño Şahin Ōtomo",
    "I Gusti Ayu Putu Ékawati",
    "Raden Roro Ayu Kusumawardhani Anggraeni Setyaningrum Binti Haji Abdurrahman "
    "Wahid Prawirodirdjo Mangkunegoro",
)
UNITS = (
    CertificateUnitLine("C.141000.001.02", "Mengukur Tubuh", 20, "K", Decimal("85.50")),
    CertificateUnitLine("C.141000.002.02", "Membuat Pola Busana Wanita dengan Teknik "
                        "Konstruksi Datar sesuai Ukuran Perorangan", 30, "BK", None),
    CertificateUnitLine("TIK.OP01.001.01", "Mengoperasikan Komputer Personal", 10, "", None),
)


def payload(seq: int) -> str:
    """A code shaped like the real ones: a prefix and ~250 base32 characters, unique."""
    body = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 8)[:244]
    return f"LPKS1:{body}{seq:06d}"


def jpeg_bytes(width: int = 600, height: int = 424) -> bytes:
    image = Image.new("RGB", (width, height), (250, 244, 226))
    draw = ImageDraw.Draw(image)
    for x in range(0, width + height, 30):
        draw.line((x, 0, x - height, height), fill=(236, 226, 200), width=6)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def signature_png() -> bytes:
    image = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 90), (60, 20), (110, 100), (170, 30), (290, 60)],
                               fill=(20, 30, 120, 255), width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def letterhead() -> Letterhead:
    return Letterhead(name="LPK Sinar Busana Prima", kind_label="Lembaga Pelatihan Kerja Swasta",
                      foundation="Yayasan Bina Karya Mandiri",
                      address_lines=("Jl. Raya Soreang No. 125",), city="Kabupaten Bandung",
                      registration_number="VIN 3204.1.0012", license_number="503/123/2024",
                      business_id="9120001234567")


def person(seq: int, name: str, **changes) -> CertificatePage:
    page = CertificatePage(
        number=f"{seq:03d}/LPK-SBP/CERT/XI/2026", full_name=name, birth_place="Bandung",
        birth_date=dt.date(2001, 3, 12), issued_on=dt.date(2026, 11, 28),
        issued_place="Soreang", result_text="KOMPETEN", units=UNITS, qr_payload=payload(seq))
    return replace(page, **changes)


def batch(names=AWKWARD_NAMES, **changes) -> CertificateBatch:
    people = tuple(person(seq, name) for seq, name in enumerate(names, 1))
    base = CertificateBatch(
        letterhead=letterhead(), program_name="Menjahit Busana Wanita",
        skkni_reference="Kepmenaker No. 2 Tahun 2016", start_date=dt.date(2026, 11, 2),
        end_date=dt.date(2026, 11, 20), total_jp=60, head_name="Dra. Sri Wahyuni, M.Pd.",
        head_title="Kepala LPK", head_signature=signature_png(), logo=None, background=None,
        design="classic", paper="A4", with_back=True, lang="id", people=people)
    return replace(base, **changes)


def zbar_available() -> bool:
    return shutil.which("zbarimg") is not None


needs_zbar = pytest.mark.skipif(not zbar_available(), reason="zbarimg (zbar-tools) is not installed")


def read_qr_codes(pdf: bytes | Path, page: int = 0, scale: float = 3) -> list[str]:
    """The QR codes zbar reads on a page rendered by pdfium, as a printer would see it."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    document = pypdfium2.PdfDocument(data)
    try:
        image = document[page].render(scale=scale).to_pil()
    finally:
        document.close()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        result = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True,
                                text=True, timeout=60)
    return [line for line in result.stdout.splitlines() if line]


@dataclass(frozen=True)
class Piece:
    text: str
    x: float
    y: float
    size: float
    font: str


def text_pieces(pdf: bytes, page: int = 0) -> list[Piece]:
    """Every string drawn on a page (its form included) with its position, size and font."""
    found: list[Piece] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        found.append(Piece(text, x, y, font_size * (tm[0] or 1), font))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def render_all(pdf: bytes) -> int:
    """Render every page with pdfium (a damaged page raises); returns the page count."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            document[index].render(scale=0.3)
        return len(document)
    finally:
        document.close()
