"""Certificates as one PDF: paper, embedded fonts, names that fit and read back, every design,
backgrounds, QR codes a real decoder reads, static parts drawn once, progress and Cancel."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from lpks_desktop.documents.certificate import (
    DESIGN_LABELS,
    DESIGNS,
    CertificateUnitLine,
    build_certificates_pdf,
    name_layout,
)
from lpks_desktop.documents.certificate_designs import design as design_of
from lpks_desktop.documents.fonts import register_fonts
from lpks_desktop.documents.paper import page_size

from certificate_checks import (
    AWKWARD_NAMES,
    batch,
    jpeg_bytes,
    needs_zbar,
    payload,
    person,
    read_qr_codes,
    render_all,
    text_pieces,
)
from document_checks import page_texts, png_bytes

STANDARD_14 = {"Courier", "Helvetica", "Times", "Symbol", "ZapfDingbats"}


def pdf_of(b) -> bytes:
    out = io.BytesIO()
    build_certificates_pdf(out, b)
    return out.getvalue()


def clean(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_pages_are_exactly_the_paper_in_landscape(paper):
    data = pdf_of(batch(paper=paper, names=AWKWARD_NAMES[:2]))
    width, height = page_size(paper, landscape=True)
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) == 4  # front and back for each person
    for page in pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.01)
    assert round(width / mm) == {"A4": 297, "F4": 330}[paper]


def test_fronts_only_without_the_back():
    data = pdf_of(batch(names=AWKWARD_NAMES[:3], with_back=False))
    assert len(PdfReader(io.BytesIO(data)).pages) == 3


def _fonts(data: bytes) -> list:
    """Every font object in the file, wherever it is used (pages or forms)."""
    reader = PdfReader(io.BytesIO(data))
    fonts, seen = [], set()

    def walk(resources):
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key not in seen:
                seen.add(key)
                fonts.append(ref.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return fonts


def test_every_font_is_an_embedded_truetype_font_none_of_the_standard_14():
    data = pdf_of(batch())
    fonts = _fonts(data)
    assert len(fonts) >= 3  # regular, bold, italic of the classic design
    for font in fonts:
        base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
        assert not any(base.startswith(name) for name in STANDARD_14), base
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
        assert "/ToUnicode" in font  # so the names can be searched and copied


def test_the_modern_and_simple_designs_embed_sans_fonts():
    for name in ("modern", "simple"):
        bases = {str(f["/BaseFont"]).split("+")[-1] for f in _fonts(pdf_of(batch(design=name)))}
        assert bases <= {"DejaVuSans", "DejaVuSans-Bold"}, bases


@pytest.mark.parametrize("design", DESIGNS)
def test_awkward_names_read_back_exactly_from_the_pdf(design):
    data = pdf_of(batch(design=design))
    texts = page_texts(data)
    for index, name in enumerate(AWKWARD_NAMES):
        front, back = texts[2 * index], texts[2 * index + 1]
        assert name in clean(front) or name.split()[0] in front
        # The name on the front, however it was split into lines, and whole on the back.
        assert all(word in front for word in name.split())
        assert name in clean(back)


def test_a_name_typed_with_combining_accents_prints_as_composed_letters():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert decomposed != "Nguyễn Thị Ánh"
    data = pdf_of(batch(names=[decomposed]))
    assert "Nguyễn Thị Ánh" in page_texts(data)[0]


def _name_pieces(data: bytes, name: str, page: int = 0):
    words = set(name.split())
    return [p for p in text_pieces(data, page)
            if set(p.text.split()) and set(p.text.split()) <= words]


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_a_long_name_is_shrunk_or_wrapped_and_never_leaves_its_box(design, paper):
    long_name = AWKWARD_NAMES[-1]
    data = pdf_of(batch(names=[long_name, "Siti Aminah"], design=design, paper=paper))
    d = design_of(design)
    width, _height = page_size(paper, landscape=True)
    left, _top, right, _bottom = d.inset
    box_left, box_right = left, width - right
    pieces = _name_pieces(data, long_name)
    assert len(pieces) == 2, pieces  # two lines
    for piece in pieces:
        drawn = stringWidth(piece.text.strip(), d.bold, piece.size)
        assert piece.x >= box_left - 0.01
        assert piece.x + drawn <= box_right + 0.01
        assert piece.size >= 10  # still readable
    short = _name_pieces(pdf_of(batch(names=["Siti Aminah"], design=design, paper=paper)),
                         "Siti Aminah")
    assert len(short) == 1 and short[0].size > pieces[0].size


def test_name_layout_shrinks_first_then_wraps_then_shrinks_the_two_lines():
    register_fonts()
    font = design_of("classic").bold
    size, lines = name_layout("Siti Aminah", font, 30, 500)
    assert (size, lines) == (30, ["Siti Aminah"])
    medium = "Muhammad Rizky Pratama Kusumawardhana"
    size, lines = name_layout(medium, font, 30, 500)
    assert lines == [medium] and 18 <= size < 30
    assert stringWidth(medium, font, size) <= 500 + 1e-6
    very_long = " ".join(["Kusumawardhani"] * 12)
    size, lines = name_layout(very_long, font, 30, 500)
    assert len(lines) == 2 and size < 18
    assert all(stringWidth(line, font, size) <= 500 + 1e-6 for line in lines)
    one_word = "Abdurrahmanwahidprawirodirdjomangkunegoro" * 2
    size, lines = name_layout(one_word, font, 30, 500)
    assert lines == [one_word] and stringWidth(one_word, font, size) <= 500 + 1e-6


def test_a_character_no_font_has_is_replaced_visibly_and_logged_never_a_crash(caplog):
    with caplog.at_level("WARNING"):
        data = pdf_of(batch(names=["Wang 王 Lee"]))
    front = page_texts(data)[0]
    assert "Wang ? Lee" in front
    assert "王" not in front
    assert any("U+738B" in record.getMessage() for record in caplog.records)


def test_every_design_with_and_without_a_background_renders(tmp_path):
    for name in DESIGNS:
        assert DESIGN_LABELS[name].render("id") and DESIGN_LABELS[name].render("en")
        for background in (None, jpeg_bytes(), png_bytes(120, 80, (240, 230, 200))):
            data = pdf_of(batch(design=name, background=background, names=AWKWARD_NAMES[:2]))
            assert render_all(data) == 4
            front = PdfReader(io.BytesIO(data)).pages[0]
            # The signature, the QR code and, when there is one, the background.
            assert len(front.images) == (3 if background else 2)


def test_an_unreadable_image_is_left_out_rather_than_stopping_the_batch():
    data = pdf_of(batch(background=b"not an image", head_signature=b"\x89PNG broken",
                        logo=b"junk"))
    assert render_all(data) == 2 * len(AWKWARD_NAMES)


def test_static_parts_are_drawn_once_and_reused_by_every_page():
    jpeg = jpeg_bytes()
    names = [f"Peserta Nomor {i}" for i in range(20)]
    data = pdf_of(batch(names=names, background=jpeg))
    reader = PdfReader(io.BytesIO(data))
    forms = set()
    for page in reader.pages[::2]:
        xobjects = page["/Resources"]["/XObject"]
        assert len(xobjects) == 1
        forms.add(next(iter(xobjects.values())).idnum)
    assert len(forms) == 1  # one form for all fronts
    backs = {next(iter(p["/Resources"]["/XObject"].values())).idnum for p in reader.pages[1::2]}
    assert len(backs) == 1  # the same units: one back form
    assert data.count(jpeg[:64]) == 1  # the background is embedded once
    # A page itself holds only its own few strings and the QR image.
    for page in reader.pages[:4]:
        assert len(page.get_contents().get_data()) < 3000


def test_people_with_other_units_get_a_back_form_of_their_own():
    other = (CertificateUnitLine("C.141000.009.01", "Menjahit Kerah", 8, "K", None),)
    b = batch(names=["Siti Aminah", "Dewi Lestari", "Rina Wati"])
    b = replace(b, people=(b.people[0], replace(b.people[1], units=other), b.people[2]))
    data = pdf_of(b)
    reader = PdfReader(io.BytesIO(data))
    backs = [next(iter(p["/Resources"]["/XObject"].values())).idnum for p in reader.pages[1::2]]
    assert backs[0] == backs[2] != backs[1]
    texts = page_texts(data)
    assert "C.141000.009.01" in texts[3] and "C.141000.001.02" not in texts[3]


@needs_zbar
@pytest.mark.parametrize("design", DESIGNS)
def test_the_qr_code_read_by_zbar_is_the_payload(design):
    data = pdf_of(batch(design=design, background=jpeg_bytes(), names=AWKWARD_NAMES[:3]))
    for index in range(3):
        assert read_qr_codes(data, page=2 * index) == [payload(index + 1)]


@needs_zbar
def test_the_qr_code_reads_on_f4_and_without_a_background():
    data = pdf_of(batch(paper="F4", names=["Siti Aminah"]))
    assert read_qr_codes(data) == [payload(1)]


def test_a_certificate_without_a_code_prints_without_one():
    b = batch(names=["Siti Aminah"])
    b = replace(b, people=(replace(b.people[0], qr_payload=""),))
    data = pdf_of(b)
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1  # the signature only


def test_front_and_back_say_what_the_certificate_certifies():
    texts = [clean(t) for t in page_texts(pdf_of(batch(names=["Siti Aminah"])))]
    front, back = texts
    for expected in ("SERTIFIKAT", "Sertifikat Pelatihan", "Nomor: 001/LPK-SBP/CERT/XI/2026",
                     "diberikan kepada", "Siti Aminah", "Bandung, 12 Maret 2001",
                     "Menjahit Busana Wanita", "2 s.d. 20 November 2026", "60 jam pelajaran",
                     "KOMPETEN", "Soreang, 28 November 2026", "Kepala LPK",
                     "Dra. Sri Wahyuni, M.Pd.", "Pindai untuk memeriksa keaslian",
                     "LPK SINAR BUSANA PRIMA", "VIN 3204.1.0012", "503/123/2024"):
        assert expected in front, expected
    for expected in ("DAFTAR UNIT KOMPETENSI", "Kode Unit", "C.141000.001.02", "Mengukur Tubuh",
                     "TIK.OP01.001.01", "Kompeten", "Belum kompeten", "85,5", "Jumlah JP 60",
                     "Kepmenaker No. 2 Tahun 2016", "001/LPK-SBP/CERT/XI/2026", "Siti Aminah"):
        assert expected in back, expected


def test_labels_and_dates_in_english():
    front, back = (clean(t) for t in page_texts(pdf_of(batch(names=["Siti Aminah"], lang="en"))))
    for expected in ("CERTIFICATE", "is awarded to", "12 March 2001", "Training Certificate",
                     "Scan to check authenticity", "2 to 20 November 2026"):
        assert expected in front, expected
    assert "LIST OF COMPETENCY UNITS" in back and "Not yet competent" in back


def test_many_long_units_stay_on_the_back_page():
    units = tuple(CertificateUnitLine(f"C.141000.{i:03d}.02", "Menerapkan prosedur keselamatan, "
                                      "kesehatan kerja dan lingkungan hidup di tempat kerja "
                                      f"bagian {i}", 4, "K", Decimal(80)) for i in range(1, 31))
    b = batch(names=["Siti Aminah"])
    b = replace(b, people=(replace(b.people[0], units=units),), total_jp=120)
    data = pdf_of(b)
    back = clean(page_texts(data)[1])
    assert all(u.code in back for u in units)
    bottom = design_of("classic").inset[3]
    assert min(p.y for p in text_pieces(data, 1)) >= bottom - 0.01


def test_progress_is_reported_and_an_exception_from_it_writes_nothing(tmp_path):
    calls = []
    names = [f"Peserta {i}" for i in range(60)]
    out = tmp_path / "sertifikat.pdf"
    pages = build_certificates_pdf(out, batch(names=names), progress=lambda d, t: calls.append((d, t)))
    assert pages == 120 and out.exists()
    assert calls[0] == (0, 60) and calls[-1] == (60, 60)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls) and len(calls) >= 3

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        if done >= 25:
            raise Cancelled()

    target = tmp_path / "batal.pdf"
    with pytest.raises(Cancelled):
        build_certificates_pdf(target, batch(names=names), progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sertifikat.pdf"]


def test_several_batches_print_one_after_another_each_with_its_own_program():
    first = batch(names=["Siti Aminah"])
    second = replace(batch(names=["Dewi Lestari"], paper="F4"), program_name="Menjahit Kebaya",
                     people=(person(2, "Dewi Lestari"),))
    data = pdf_of([first, second])
    texts = page_texts(data)
    assert "Menjahit Busana Wanita" in texts[0] and "Menjahit Kebaya" in texts[2]
    assert "002/LPK-SBP" in texts[2]
    sizes = [round(float(p.mediabox.width) / mm) for p in PdfReader(io.BytesIO(data)).pages]
    assert sizes == [297, 297, 330, 330]


def test_an_empty_batch_or_unknown_design_is_refused():
    with pytest.raises(ValueError):
        pdf_of(batch(names=[]))
    with pytest.raises(ValueError):
        pdf_of(batch(design="baroque"))
    with pytest.raises(ValueError):
        pdf_of(batch(paper="Letter"))


def test_a_date_of_issue_or_result_that_differs_between_people_prints_per_page():
    import datetime as dt

    b = batch(names=["Siti Aminah", "Dewi Lestari"])
    later = replace(b.people[1], issued_on=dt.date(2026, 12, 7), issued_place="Bandung",
                    result_text="")
    texts = [clean(t) for t in page_texts(pdf_of(replace(b, people=(b.people[0], later))))]
    assert "Soreang, 28 November 2026" in texts[0] and "KOMPETEN" in texts[0]
    assert "Bandung, 7 Desember 2026" in texts[2] and "Soreang, 28" not in texts[2]
    assert "dinyatakan" not in texts[2] and "KOMPETEN" not in texts[2]
