"""The class attendance grid: participants by session dates, split into column blocks that
each repeat No and Nama, blank to fill in by hand or with the recorded marks."""

from __future__ import annotations

import io
from datetime import date, time, timedelta

import pytest
from document_checks import all_text, page_texts, png_bytes, reader
from document_samples import make_letterhead

from lpks_desktop.documents.attendance_grid import (
    ClassGridDocument,
    GridColumn,
    GridRow,
    build_class_grid,
    layout,
    session_heading,
)
from lpks_desktop.documents.paper import page_size
from lpks_desktop.documents.pdf import PageSetup

LONG_NAME = "Raden Roro Siti Nurhaliza Kusumawardhani Putri Anggraeni Setyaningrum Binti Haji Muhammad"


def sessions(count: int, first: date = date(2026, 11, 2)) -> list[GridColumn]:
    """``count`` sessions on working days from a Monday."""
    out, day = [], first
    for number in range(1, count + 1):
        out.append(GridColumn(number, day, time(8), time(12), 4))
        day += timedelta(days=3 if day.weekday() == 4 else 1)
    return out


def rows(count: int, session_count: int, *, marks: bool = False) -> list[GridRow]:
    cycle = "HHHHIHSHHA"
    return [GridRow(n, f"Peserta Nomor {n:02d}", f"3204{n:012d}",
                    tuple(cycle[(n + i) % len(cycle)] for i in range(session_count)) if marks else ())
            for n in range(1, count + 1)]


def make_grid(people: int = 12, session_count: int = 10, **changes) -> ClassGridDocument:
    values = dict(
        letterhead=make_letterhead(png_bytes()), class_code="SBP-MJH-2026-03",
        class_name="Menjahit Busana Wanita", program_name="Menjahit Pakaian Wanita", batch=3,
        period_start=date(2026, 11, 2), period_end=date(2027, 1, 29), room="Ruang Jahit 1",
        trainer_names=("Budi Santoso, S.Pd.", "Rina Marlina"), sessions=sessions(session_count),
        rows=rows(people, session_count, marks=changes.get("with_marks", False)),
        issued_on=date(2027, 1, 29))
    values.update(changes)
    return ClassGridDocument(**values)


def build(doc) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_class_grid(doc, out)
    return pages, out.getvalue()


@pytest.mark.parametrize(("paper", "landscape"), [
    ("A4", True), ("A4", False), ("F4", True), ("F4", False)])
def test_paper_sizes_are_exact(paper, landscape):
    pages, pdf = build(make_grid(40, 20, paper=paper, landscape=landscape))
    width, height = page_size(paper, landscape)
    assert pages >= 2
    for page in reader(pdf).pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(height, abs=0.5)


def test_a_blank_grid_in_indonesian():
    pages, pdf = build(make_grid(8, 10))
    assert pages == 1
    text = all_text(pdf)
    for expected in ("DAFTAR HADIR KELAS", "Menjahit Pakaian Wanita", "SBP-MJH-2026-03",
                     "2 November 2026 s.d. 29 Januari 2027", "Ruang Jahit 1",
                     "Budi Santoso, S.Pd.; Rina Marlina", "No.", "Nama peserta", "Pertemuan",
                     "Sen 02/11", "Jum 06/11", "Sen 09/11", "Jum 13/11", "Peserta Nomor 08",
                     "Isi dengan H (hadir), I (izin), S (sakit) atau A (alpa).",
                     "Mengetahui,", "Kepala LPK", "Dra. Sri Wahyuni, M.Pd.", "Instruktur",
                     "Halaman 1 dari 1"):
        assert expected in text, expected
    assert "NIK" not in text and "Jumlah" not in text
    assert " 1 2 3 4 5 6 7 8 9 10 " in text


def test_english_headings():
    _pages, pdf = build(make_grid(3, 5, lang="en", with_marks=True))
    text = all_text(pdf)
    for expected in ("CLASS ATTENDANCE GRID", "Participant name", "Session", "Mon 02/11",
                     "Fri 06/11", "Total", "H = present", "Acknowledged by,", "Page 1 of 1"):
        assert expected in text, expected
    assert session_heading(GridColumn(1, date(2026, 11, 4)), "id") == "Rab\n04/11"


def test_sixty_sessions_on_f4_landscape_split_into_column_blocks():
    doc = make_grid(40, 60, paper="F4", with_marks=True, show_nik=True)
    pages, pdf = build(doc)
    texts = page_texts(pdf)
    setup = PageSetup("F4", True)
    lay = layout(doc, setup.frame_width)
    assert len(lay.blocks) >= 2
    # Every session in exactly one block, in order.
    assert [i for block in lay.blocks for i in block] == list(range(60))
    for block in lay.blocks:
        first, last = doc.sessions[block[0]].number, doc.sessions[block[-1]].number
        caption = f"Pertemuan {first}\u2013{last} dari 60"
        shown = [t for t in texts if caption in t]
        assert shown, caption
        for text in shown:
            assert "Nama peserta" in text and "NIK" in text and "Peserta Nomor" in text
    # Each block starts on a page of its own; every participant is on every block.
    joined = " ".join(texts)
    for n in (1, 40):
        assert joined.count(f"Peserta Nomor {n:02d}") == len(lay.blocks)
    assert "Jumlah" in texts[-1] and "Jumlah" not in texts[0]
    assert all(f"Halaman {i} dari {pages}" in t for i, t in enumerate(texts, 1))


def test_block_widths_fit_the_frame():
    for paper, landscape in (("A4", True), ("A4", False), ("F4", True)):
        for count in (1, 7, 20, 33, 60):
            for marks in (False, True):
                doc = make_grid(2, count, paper=paper, landscape=landscape, with_marks=marks,
                                show_nik=True)
                width = PageSetup(paper, landscape).frame_width
                lay = layout(doc, width)
                for index, block in enumerate(lay.blocks):
                    totals = 4 * lay.total if (marks and index == len(lay.blocks) - 1) else 0
                    used = lay.no + lay.nik + len(block) * lay.session + totals
                    assert used <= width - 40 * 2.83, (paper, landscape, count, marks)


def test_a_twenty_session_grid_fits_one_block_on_a4_landscape():
    doc = make_grid(40, 20)
    lay = layout(doc, PageSetup("A4", True).frame_width)
    assert len(lay.blocks) == 1


def test_recorded_marks_totals_and_greyed_leavers():
    people = [GridRow(1, "Ani", marks=("H", "I", "A", "")),
              GridRow(2, "Budi", marks=("H", "H", "S", "H")),
              GridRow(3, "Citra", marks=("S", "A", "", ""), inactive=True)]
    _pages, pdf = build(make_grid(session_count=4, rows=people, with_marks=True))
    text = all_text(pdf)
    assert "Ani H I A 1 1 0 1" in text
    assert "Budi H H S H 3 0 1 0" in text
    assert "Citra (tidak aktif) S A 0 0 1 1" in text
    assert "H = hadir, I = izin, S = sakit, A = alpa; kosong = belum dicatat." in text


def test_long_names_wrap_and_blank_rows_follow():
    people = [GridRow(1, LONG_NAME), GridRow(2, "Budi")]
    _pages, pdf = build(make_grid(session_count=20, rows=people, blank_rows=3))
    text = all_text(pdf)
    assert LONG_NAME in text
    assert " 3 4 5 " in text


def test_a_class_without_sessions_still_prints():
    pages, pdf = build(make_grid(5, 0))
    text = all_text(pdf)
    assert pages == 1 and "Peserta Nomor 05" in text
    assert "Kelas ini belum memiliki pertemuan." in text
