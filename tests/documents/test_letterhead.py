"""The letterhead and signature blocks, on real PDFs read back with pypdf."""

from __future__ import annotations

import io
from datetime import date

from document_checks import all_text, image_count, page_texts, png_bytes
from document_samples import make_letterhead
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from lpks_desktop.core.models import Institution
from lpks_desktop.documents.letterhead import Letterhead, draw_letterhead, letterhead_flowable
from lpks_desktop.documents.pdf import PageSetup, build_pdf
from lpks_desktop.documents.signatures import Signatory, place_and_date, signature_block


def _pdf(story, setup=PageSetup()) -> bytes:
    out = io.BytesIO()
    build_pdf(out, story, setup, title="test")
    return out.getvalue()


def _institution(**changes) -> Institution:
    values = dict(
        code="LPK-SBP", name="LPK Sinar Busana Prima", kind="lpks",
        foundation="Yayasan Bina Karya Mandiri", registration_number="VIN 3204.1.0012",
        license_number="563/0123/DISNAKER/2024", business_id="9120001234567",
        address="Jl. Raya Soreang No. 125\nRT 02/RW 05", village="Cingcin",
        district="Soreang", city="Kabupaten Bandung", province="Jawa Barat",
        postal_code="40912", phone="+6281234567890", email="info@sinarbusana.or.id",
        website="sinarbusana.or.id", logo=None, head_name="Dra. Sri Wahyuni, M.Pd.",
        head_title="Kepala LPK")
    values.update(changes)
    return Institution(**values)


def test_from_institution_reads_the_loaded_fields():
    letterhead = Letterhead.from_institution(_institution())
    assert letterhead.name == "LPK Sinar Busana Prima"
    assert letterhead.kind_label == "Lembaga Pelatihan Kerja Swasta"
    assert letterhead.address_lines == (
        "Jl. Raya Soreang No. 125", "RT 02/RW 05",
        "Cingcin, Kec. Soreang, Kabupaten Bandung, Jawa Barat 40912")
    assert letterhead.phone == "0812-3456-7890"
    assert letterhead.place == "Bandung"
    assert (letterhead.head_name, letterhead.head_title) == ("Dra. Sri Wahyuni, M.Pd.", "Kepala LPK")
    assert letterhead.logo is None


def test_from_institution_takes_a_postgresql_memoryview_logo_and_english_kind():
    logo = png_bytes()
    letterhead = Letterhead.from_institution(
        _institution(logo=memoryview(logo), kind="blk", district="Kecamatan Soreang",
                     city="Kota Bandung"), lang="en")
    assert letterhead.logo == logo and isinstance(letterhead.logo, bytes)
    assert letterhead.kind_label == "Vocational Training Centre"
    assert "Kecamatan Soreang, Kota Bandung" in letterhead.address_lines[-1]
    assert letterhead.place == "Bandung"


def test_letterhead_with_a_png_logo():
    pdf = _pdf(letterhead_flowable(make_letterhead(png_bytes())))
    text = all_text(pdf)
    for expected in ("YAYASAN BINA KARYA MANDIRI", "LEMBAGA PELATIHAN KERJA SWASTA",
                     "LPK SINAR BUSANA PRIMA", "No. Registrasi: VIN 3204.1.0012",
                     "Izin Operasional: 563/0123/DISNAKER/2024", "NIB: 9120001234567",
                     "Jl. Raya Soreang No. 125", "Telp. 0812-3456-7890",
                     "Email: info@sinarbusana.or.id"):
        assert expected in text
    assert image_count(pdf) == 1


def test_letterhead_with_a_jpeg_logo():
    from PIL import Image  # installed with reportlab, which needs it for bitmaps

    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (200, 30, 30)).save(buffer, "JPEG")
    pdf = _pdf(letterhead_flowable(make_letterhead(buffer.getvalue())))
    assert image_count(pdf) == 1


def test_letterhead_without_a_logo_or_with_a_damaged_one():
    for logo in (None, b"not an image at all"):
        pdf = _pdf(letterhead_flowable(make_letterhead(logo)))
        assert image_count(pdf) == 0
        assert "LPK SINAR BUSANA PRIMA" in all_text(pdf)


def test_letterhead_labels_in_english():
    text = all_text(_pdf(letterhead_flowable(make_letterhead(), lang="en")))
    assert "Registration no.: VIN 3204.1.0012" in text
    assert "Operating licence: 563/0123/DISNAKER/2024" in text
    assert "Phone 0812-3456-7890" in text


def test_no_letterhead_is_nothing():
    assert letterhead_flowable(None) == []


def test_draw_letterhead_on_a_canvas():
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(210 * mm, 297 * mm))
    height = draw_letterhead(canvas, make_letterhead(png_bytes()), 20 * mm, 285 * mm, 170 * mm)
    canvas.showPage()
    canvas.save()
    assert 20 * mm < height < 60 * mm
    assert "LPK SINAR BUSANA PRIMA" in all_text(out.getvalue())


def test_place_and_date_leave_dots_for_what_is_unknown():
    assert place_and_date("Bandung", date(2026, 12, 7)) == "Bandung, 7 Desember 2026"
    assert place_and_date("Bandung", date(2026, 12, 7), "en") == "Bandung, 7 December 2026"
    assert place_and_date("Kabupaten Bandung", date(2026, 12, 7)) == "Bandung, 7 Desember 2026"
    assert place_and_date(" Kota  Cimahi", date(2026, 12, 7)) == "Cimahi, 7 Desember 2026"
    blank = place_and_date("", None)
    assert blank.startswith("....") and blank.endswith("....")


def test_signature_block_with_three_columns():
    width = PageSetup().frame_width
    block = signature_block([
        Signatory("Kepala LPK", "Dra. Sri Wahyuni, M.Pd.", "NIP. 19750101 200003 2 001",
                  lead_in="Mengetahui,"),
        Signatory("Bendahara", "Ani Lestari"),
        Signatory("Instruktur", ""),
    ], width=width, place="Bandung", on=date(2026, 12, 31))
    [text] = page_texts(_pdf([block]))
    for expected in ("Mengetahui,", "Kepala LPK", "Dra. Sri Wahyuni, M.Pd.",
                     "NIP. 19750101 200003 2 001", "Bendahara", "Ani Lestari",
                     "Bandung, 31 Desember 2026", "Instruktur", "(......"):
        assert expected in text
