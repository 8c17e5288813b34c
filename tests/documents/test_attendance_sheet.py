"""Session attendance sheets (daftar hadir), built with reportlab and read back with pypdf:
paper sizes, the heading repeated on continuation pages, page numbers per sheet in a bundle,
long names wrapping inside their column, the alternating signature boxes."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from document_checks import all_text, page_texts, png_bytes, reader
from document_samples import make_letterhead
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from lpks_desktop.documents.attendance_sheet import (
    AttendanceSheet,
    SheetOptions,
    SheetPerson,
    build_attendance_sheets,
)
from lpks_desktop.documents.paper import page_size
from lpks_desktop.documents.pdf import PageSetup

LONG_NAME = ("Raden Roro Siti Nurhaliza Kusumawardhani Putri Anggraeni Setyaningrum "
             "Binti Haji Muhammad Abdurrahman Wahid Al-Banjari")


def people(count: int, *, long_at: int | None = None) -> list[SheetPerson]:
    return [SheetPerson(n, LONG_NAME if n == long_at else f"Peserta Nomor {n:02d}",
                        f"3204{n:012d}") for n in range(1, count + 1)]


def make_sheet(count: int = 12, **changes) -> AttendanceSheet:
    values = dict(
        letterhead=make_letterhead(png_bytes()), class_code="SBP-MJH-2026-03",
        class_name="Menjahit Busana Wanita", date=date(2026, 11, 2), start_time=time(8),
        end_time=time(12), program_name="Menjahit Pakaian Wanita", batch=3, session_number=7,
        time_zone="WIB", room="Ruang Jahit 1", trainer_names=("Budi Santoso, S.Pd.",),
        unit_code="C.141000.001.02", unit_title="Menggunakan mesin jahit industri",
        topic="Menjahit lurus", jp=4, people=people(count))
    values.update(changes)
    return AttendanceSheet(**values)


def build(sheets, **options) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_attendance_sheets(sheets, out, SheetOptions(**options))
    return pages, out.getvalue()


def text_runs(pdf: bytes, page: int) -> list[tuple[str, float, float, float]]:
    """(text, x, y, width) of every text run drawn on a page, in points."""
    runs = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        a, b, c, d, e, f = tm
        A, B, C, D, E, F = cm
        x, y = e * A + f * C + E, e * B + f * D + F
        name = str((font or {}).get("/BaseFont", "/Helvetica")).lstrip("/")
        # pypdf may start a run with the space that separated it from the previous one.
        runs.append((text.strip(), x + stringWidth(text[:len(text) - len(text.lstrip())], name, size),
                     y, stringWidth(text.strip(), name, size * (A or 1))))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize(("paper", "landscape"), [
    ("A4", False), ("A4", True), ("F4", False), ("F4", True)])
def test_paper_sizes_are_exact(paper, landscape):
    pages, pdf = build([make_sheet(45)], paper=paper, landscape=landscape, show_nik=True)
    width, height = page_size(paper, landscape)
    boxes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]
    assert len(boxes) == pages >= 2
    for box in boxes:
        assert box[0] == pytest.approx(width, abs=0.5) and box[1] == pytest.approx(height, abs=0.5)
    # The sizes Indonesians know: A4 210 x 297 mm, F4 215 x 330 mm.
    expected = {"A4": (210, 297), "F4": (215, 330)}[paper]
    assert (round(boxes[0][0] / mm), round(boxes[0][1] / mm)) == (
        expected[::-1] if landscape else expected)


def test_content_of_a_sheet_in_indonesian():
    pages, pdf = build([make_sheet(12)], show_nik=True)
    assert pages == 1
    text = all_text(pdf)
    for expected in (
        "LPK SINAR BUSANA PRIMA", "DAFTAR HADIR PESERTA", "Pertemuan ke-7",
        "Program pelatihan", "Menjahit Pakaian Wanita", "SBP-MJH-2026-03", "Angkatan",
        "Hari/Tanggal", "Senin, 2 November 2026", "08.00\u201312.00 WIB (4 JP)", "Ruang Jahit 1",
        "Instruktur", "Budi Santoso, S.Pd.", "C.141000.001.02 Menggunakan mesin jahit industri",
        "Menjahit lurus", "No.", "Nama peserta", "NIK", "Tanda tangan", "Keterangan",
        "Peserta Nomor 12", "3204000000000012", "Bandung, 2 November 2026", "Halaman 1 dari 1",
        "Daftar hadir \u00b7 SBP-MJH-2026-03 \u00b7 2 November 2026",
    ):
        assert expected in text, expected


def test_english_labels():
    _pages, pdf = build([make_sheet(3, time_zone="")], lang="en")
    text = all_text(pdf)
    for expected in ("PARTICIPANT ATTENDANCE SHEET", "Session 7", "Day/Date",
                     "Monday, 2 November 2026", "08:00\u201312:00 (4 JP)", "Participant name",
                     "Signature", "Remarks", "Trainer", "Page 1 of 1"):
        assert expected in text, expected
    assert "Halaman" not in text and "NIK" not in text  # no NIK column unless asked


def test_45_participants_paginate_with_the_heading_repeated():
    pages, pdf = build([make_sheet(45)], show_nik=True)
    texts = page_texts(pdf)
    assert pages == len(texts) >= 2
    for number, text in enumerate(texts, 1):
        assert f"Halaman {number} dari {pages}" in text
        assert "Nama peserta" in text and "Tanda tangan" in text
    for text in texts[1:]:
        assert "SBP-MJH-2026-03 \u2013 Menjahit Busana Wanita \u00b7 Pertemuan ke-7 \u00b7 " \
               "Senin, 2 November 2026 (lanjutan)" in text
        assert "LPK SINAR BUSANA PRIMA" not in text
    assert "(lanjutan)" not in texts[0]
    joined = " ".join(texts)
    for n in range(1, 46):
        assert f"Peserta Nomor {n:02d} 3204{n:012d}" in joined
    # The signature never stands alone: at least the last three rows come with it.
    assert "Budi Santoso, S.Pd." in texts[-1]
    for n in (43, 44, 45):
        assert f"Peserta Nomor {n}" in texts[-1]


def test_a_bundle_numbers_each_sheet_on_its_own_and_starts_each_on_a_new_page():
    second = make_sheet(45, class_code="SBP-JHT-2026-01", class_name="Menjahit Dasar",
                        date=date(2026, 11, 3), session_number=2)
    pages, pdf = build([make_sheet(45), second, make_sheet(5, date=date(2026, 11, 4))],
                       show_nik=True)
    texts = page_texts(pdf)
    per_sheet = (pages - 1) // 2
    assert pages == 2 * per_sheet + 1
    for index in range(per_sheet):
        assert f"Halaman {index + 1} dari {per_sheet}" in texts[index]
        assert f"Halaman {index + 1} dari {per_sheet}" in texts[per_sheet + index]
    assert "Halaman 1 dari 1" in texts[-1]
    # Each sheet opens with its own letterhead and title.
    for start in (0, per_sheet, 2 * per_sheet):
        assert "LPK SINAR BUSANA PRIMA" in texts[start] and "DAFTAR HADIR PESERTA" in texts[start]
    assert "Selasa, 3 November 2026" in texts[per_sheet]
    assert "Daftar hadir \u00b7 SBP-JHT-2026-01 \u00b7 3 November 2026" in texts[per_sheet + 1]


def test_a_very_long_name_wraps_inside_its_column():
    pages, pdf = build([make_sheet(6, people=people(6, long_at=4))], show_nik=True)
    setup = PageSetup("A4", False)
    margins = setup.used_margins
    left, right = margins.left * mm, setup.size[0] - margins.right * mm
    runs = text_runs(pdf, 0)
    text = all_text(pdf)
    assert LONG_NAME in text  # every word printed, none cut off
    for run_text, x, _y, width in runs:
        assert left - 0.5 <= x and x + width <= right + 0.5, run_text
    name_runs = [(x, y, w) for t, x, y, w in runs if any(word in t for word in ("Raden", "Wahid", "Banjari"))]
    assert len({round(y) for _x, y, _w in name_runs}) >= 2  # more than one line
    nik_runs = [t for t, *_ in runs if "3204000000000004" in t]
    assert nik_runs == ["3204000000000004"]  # 16 digits on one line
    # The wrapped name stays left of the NIK column.
    nik_x = next(x for t, x, _y, _w in runs if t == "3204000000000004")
    assert all(x + w <= nik_x for x, _y, w in name_runs)


def test_signature_boxes_alternate_left_and_right():
    _pages, pdf = build([make_sheet(6)])
    runs = text_runs(pdf, 0)
    slot_x = {}
    for text, x, _y, _w in runs:
        head = text.split(".")[0]
        if head.isdigit() and text.count(".") > 5:
            slot_x[int(head)] = x
    assert sorted(slot_x) == [1, 2, 3, 4, 5, 6]
    odd = {slot_x[n] for n in (1, 3, 5)}
    even = {slot_x[n] for n in (2, 4, 6)}
    assert len(odd) == 1 and len(even) == 1 and max(odd) < min(even)


def test_blank_rows_for_walk_ins_are_numbered_after_the_list():
    _pages, pdf = build([make_sheet(3)], blank_rows=2)
    runs = [t for t, *_ in text_runs(pdf, 0)]
    assert "4. " in " ".join(runs) and any(t.startswith("5.") for t in runs)
    assert "Peserta Nomor 03" in all_text(pdf)


def test_several_trainers_sign_side_by_side_the_lead_last():
    _pages, pdf = build([make_sheet(2, trainer_names=("Budi Santoso, S.Pd.", "Rina Marlina"))])
    assert "Budi Santoso, S.Pd.; Rina Marlina" in all_text(pdf)
    runs = text_runs(pdf, 0)
    # The info block names both in one run; the signatures name each alone.
    signed = [(t, x) for t, x, _y, _w in runs if t in ("Rina Marlina", "Budi Santoso, S.Pd.")]
    assert [t for t, _x in sorted(signed, key=lambda item: item[1])] == [
        "Rina Marlina", "Budi Santoso, S.Pd."]


def test_no_sheets_is_a_programming_error():
    with pytest.raises(ValueError):
        build([])
