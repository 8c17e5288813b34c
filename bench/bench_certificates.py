"""Benchmark: certificates, pages per second into one PDF and separate files per second.

    .venv/bin/python bench/bench_certificates.py [--pages 2000] [--files 300] [--runs 3]
                                                 [--seed 1] [--design classic] [--paper A4]

Every page carries a JPEG background (A4 landscape at 150 dpi), text in the embedded DejaVu
fonts and a unique QR code with a real signed certificate payload (Ed25519, made before the
clock starts). Routes, all in this one run so the machine's noise hits them alike:

1. LPKS Desktop: ``build_certificates_pdf`` with --pages fronts into one PDF.
2. Bare reportlab: a minimal hand-written canvas loop with the same background, font and a
   QR code per page as one 1-bit inline image; once with reportlab's and zxing-cpp's defaults
   ("as written"), once with the two settings the application uses (binary streams, a fixed
   QR mask: "tuned").
3. LPKS Desktop, front and back: --pages / 2 certificates, so the same number of pages.
4. LPKS Desktop, one PDF per person: --files certificates (front and back) into a folder and
   into a ZIP file.

Prints the median wall time over --runs (after one warm-up) and the rate, with the rate by
this process's CPU time beside it (steadier on a busy machine). Targets (issue 7):
at least 1,000 pages/s into one PDF and at least 100 files/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import zxingcpp  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from cryptography.hazmat.primitives.serialization import (  # noqa: E402
    Encoding, NoEncryption, PrivateFormat, PublicFormat)
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from lpks_desktop.core.signing.payload import (  # noqa: E402
    CertificateClaim, encode_payload, key_id_of)
from lpks_desktop.documents.certificate import (  # noqa: E402
    CertificateBatch, CertificatePage, CertificateUnitLine, build_certificates_pdf)
from lpks_desktop.documents.certificate_files import write_certificate_files  # noqa: E402
from lpks_desktop.documents.fonts import SERIF, SERIF_BOLD, register_fonts  # noqa: E402
from lpks_desktop.documents.letterhead import Letterhead  # noqa: E402
from lpks_desktop.documents.paper import page_size  # noqa: E402
from lpks_desktop.documents.qr import DATA_MASK  # noqa: E402

PAGES_TARGET = 1000.0
FILES_TARGET = 100.0
FIRST_NAMES = ("Siti", "Ahmad", "Dewi", "Muhammad", "Nur", "Rina", "Agus", "Putri", "Nguyễn Thị",
               "I Gusti Ayu", "Ni Luh", "Raden Roro")
LAST_NAMES = ("Rahmawati", "Hidayat", "Kusumawardhani", "Saputra", "Lestari", "Wibowo",
              "Anggraeni Setyaningrum", "Ánh", "O'Brien", "Ékawati", "Prawirodirdjo", "Nugroho")
PROGRAM = "Menjahit Busana Wanita Tingkat Dasar"
START, END, ISSUED = dt.date(2026, 11, 2), dt.date(2026, 11, 20), dt.date(2026, 11, 28)
UNITS = (
    CertificateUnitLine("C.141000.001.02", "Mengukur tubuh", 20, "K", None),
    CertificateUnitLine("C.141000.002.02", "Membuat pola busana wanita dengan teknik konstruksi "
                        "datar", 40, "K", None),
    CertificateUnitLine("C.141000.003.02", "Menjahit busana wanita dengan mesin jahit industri",
                        50, "K", None),
    CertificateUnitLine("C.141000.004.02", "Melakukan penyelesaian akhir busana", 10, "K", None),
)


def background_jpeg(rng: random.Random) -> bytes:
    """A certificate background as a designer would supply it: A4 landscape at 150 dpi."""
    width, height = 1754, 1240
    image = Image.new("RGB", (width, height), (250, 246, 232))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(40, 220)
        tone = tuple(rng.randrange(225, 250) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), outline=tone, width=rng.randrange(2, 9))
    image = image.filter(ImageFilter.GaussianBlur(2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def people(rng: random.Random, count: int) -> list[CertificatePage]:
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    key_id = key_id_of(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    out = []
    for seq in range(1, count + 1):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        number = f"{seq:04d}/LPK-SBP/CERT/XI/2026"
        claim = CertificateClaim(key_id, number, name, PROGRAM, START, END, ISSUED)
        out.append(CertificatePage(
            number=number, full_name=name, birth_place="Kabupaten Bandung",
            birth_date=dt.date(1990 + seq % 15, 1 + seq % 12, 1 + seq % 28), issued_on=ISSUED,
            issued_place="Soreang", result_text="KOMPETEN", units=UNITS,
            qr_payload=encode_payload(claim, raw_private)))
    return out


def batch(pages: list[CertificatePage], background: bytes, *, design: str, paper: str,
          with_back: bool) -> CertificateBatch:
    letterhead = Letterhead(name="LPK Sinar Busana Prima", kind_label="Lembaga Pelatihan Kerja Swasta",
                            foundation="Yayasan Bina Karya Mandiri",
                            address_lines=("Jl. Raya Soreang No. 125",), city="Kabupaten Bandung",
                            registration_number="VIN 3204.1.0012", business_id="9120001234567")
    return CertificateBatch(
        letterhead=letterhead, program_name=PROGRAM, skkni_reference="Kepmenaker No. 2 Tahun 2016",
        start_date=START, end_date=END, total_jp=120, head_name="Dra. Sri Wahyuni, M.Pd.",
        head_title="Kepala LPK", background=background, design=design, paper=paper,
        with_back=with_back, lang="id", people=tuple(pages))


# -- bare reportlab ----------------------------------------------------------------------------


def bare_reportlab(pages: list[CertificatePage], background: bytes, paper: str, *,
                   tuned: bool) -> bytes:
    """The same front pages as a developer would write them straight on a canvas."""
    register_fonts()
    width, height = page_size(paper, landscape=True)
    previous = rl_config.useA85
    if tuned:
        rl_config.useA85 = 0
    try:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
        canvas.beginForm("static")
        canvas.drawImage(ImageReader(io.BytesIO(background)), 0, 0, width, height)
        canvas.setFont(SERIF_BOLD, 34)
        canvas.drawCentredString(width / 2, height - 140, "SERTIFIKAT")
        canvas.setFont(SERIF, 11.5)
        canvas.drawCentredString(width / 2, height - 210, "diberikan kepada")
        canvas.drawCentredString(width / 2, height - 300, "telah mengikuti pelatihan " + PROGRAM)
        canvas.endForm()
        options = {"ec_level": "M", **({"data_mask": DATA_MASK} if tuned else {})}
        for page in pages:
            canvas.doForm("static")
            canvas.setFont(SERIF, 11)
            canvas.drawCentredString(width / 2, height - 175, f"Nomor: {page.number}")
            canvas.setFont(SERIF_BOLD, 28)
            canvas.drawCentredString(width / 2, height - 250, page.full_name)
            canvas.setFont(SERIF, 11.5)
            canvas.drawCentredString(width / 2, height - 275, f"{page.birth_place}, {page.birth_date}")
            canvas.drawCentredString(width - 160, 150, f"{page.issued_place}, {page.issued_on}")
            code = zxingcpp.create_barcode(page.qr_payload, zxingcpp.BarcodeFormat.QRCode, **options)
            image = code.to_image(scale=1, add_quiet_zones=True)
            rows, cols = image.shape
            bits = (Image.frombytes("L", (cols, rows), bytes(memoryview(image)))
                    .convert("1", dither=Image.Dither.NONE).tobytes())
            canvas._code.append(f"q 85 0 0 85 40 40 cm\nBI /W {cols} /H {rows} /BPC 1 /CS /G "
                                f"/F /AHx ID\n{bits.hex()}>\nEI Q")
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()
    finally:
        rl_config.useA85 = previous


# -- timing --------------------------------------------------------------------------------------


def timed(work, runs: int) -> tuple[tuple[float, float], object]:
    """Median wall and CPU seconds of ``runs`` calls after a warm-up, and the last result.
    CPU time is this process's own, which other work on a shared machine disturbs less."""
    result = work()  # warm-up: imports, font registration, caches
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return (statistics.median(walls), statistics.median(cpus)), result


def report(label: str, count: int, unit: str, seconds: tuple[float, float],
           target: float | None = None, extra: str = "") -> None:
    wall, cpu = seconds
    rate = count / wall
    verdict = "" if target is None else ("  ok" if rate >= target else f"  BELOW {target:,.0f}")
    print(f"{label:<54} {count:>5} {unit:<5} {wall * 1000:>7.0f} ms {rate:>7,.0f} {unit}/s "
          f"(CPU {count / cpu:>6,.0f}/s){verdict}{extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--design", default="classic", choices=("classic", "modern", "simple"))
    parser.add_argument("--paper", default="A4", choices=("A4", "F4"))
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    background = background_jpeg(rng)
    everyone = people(rng, max(args.pages, args.files))
    fronts = everyone[:args.pages]
    print(f"background JPEG {len(background) // 1024} KiB; QR payload {len(fronts[0].qr_payload)} "
          f"characters; design {args.design}, paper {args.paper}; median of {args.runs} runs")

    def one_pdf(with_back: bool, count: int):
        out = io.BytesIO()
        pages = build_certificates_pdf(out, batch(everyone[:count], background, design=args.design,
                                                  paper=args.paper, with_back=with_back))
        return pages, len(out.getvalue())

    seconds, (pages, size) = timed(lambda: one_pdf(False, args.pages), args.runs)
    report("LPKS Desktop, fronts into one PDF", pages, "pages", seconds, PAGES_TARGET,
           f"  ({size / pages / 1024:.1f} KiB a page)")
    for tuned, label in ((False, "bare reportlab, as written"),
                         (True, "bare reportlab, tuned (binary streams, fixed QR mask)")):
        seconds, data = timed(lambda: bare_reportlab(fronts, background, args.paper, tuned=tuned),
                              args.runs)
        report(label, len(fronts), "pages", seconds, None,
               f"  ({len(data) / len(fronts) / 1024:.1f} KiB a page)")
    seconds, (pages, size) = timed(lambda: one_pdf(True, args.pages // 2), args.runs)
    report("LPKS Desktop, front and back into one PDF", pages, "pages", seconds, PAGES_TARGET)

    files = batch(everyone[:args.files], background, design=args.design, paper=args.paper,
                  with_back=True)
    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(10**6))

        def to_folder():
            return write_certificate_files(Path(folder) / f"run{next(counter)}", files,
                                           file_pattern="{number} {name}")

        def to_zip():
            return write_certificate_files(Path(folder) / f"run{next(counter)}.zip", files,
                                           file_pattern="{number} {name}", as_zip=True)

        seconds, names = timed(to_folder, args.runs)
        report("LPKS Desktop, one PDF per person, into a folder", len(names), "files", seconds,
               FILES_TARGET)
        seconds, names = timed(to_zip, args.runs)
        report("LPKS Desktop, one PDF per person, into a ZIP", len(names), "files", seconds,
               FILES_TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
