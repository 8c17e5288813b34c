"""The attendance recap as PDF and as XLSX (read back with python-calamine and as raw XML)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, time
from decimal import Decimal

import pytest
from document_checks import Sheet, all_text, page_texts, png_bytes, reader
from document_samples import make_letterhead
from python_calamine import CalamineWorkbook

from lpks_desktop.documents.attendance_grid import ClassGridDocument, GridColumn, GridRow
from lpks_desktop.documents.attendance_recap import (
    RecapDocument,
    RecapRow,
    build_attendance_recap,
    format_rate,
)
from lpks_desktop.documents.attendance_xlsx import build_recap_xlsx
from lpks_desktop.documents.paper import page_size

ROWS = [
    RecapRow(1, "Ani Suryani", "3204010101000001", (9, 1, 0, 0), 0, 1, 36, 40, Decimal("90.0"), 80,
             "on_track", "Aman", "Hadir 36 dari 40 JP."),
    RecapRow(2, "Budi Hartono", "0204010101000002", (8, 0, 1, 1), 0, 0, 32, 40, Decimal("80.0"), 80,
             "at_risk", "Berisiko"),
    RecapRow(3, "Citra Lestari", "3204010101000003", (7, 0, 1, 1), 1, 0, 31, 40, Decimal("77.5"), 80,
             "cannot_reach", "Tidak mungkin tercapai"),
    RecapRow(4, "=HYPERLINK(\"http://x\")", "3204010101000004", (0, 0, 0, 0), 10, 0, 0, 40,
             Decimal("0.0"), 80, "cannot_reach", "Tidak mungkin tercapai"),
    RecapRow(5, "Dodi Keluar", "3204010101000005", (2, 0, 0, 3), 0, 0, 8, 20, Decimal("40.0"), 80,
             "not_met", "Tidak memenuhi", inactive=True),
]


def make_recap(rows=ROWS, **changes) -> RecapDocument:
    values = dict(
        letterhead=make_letterhead(png_bytes()), class_code="SBP-MJH-2026-03",
        class_name="Menjahit Busana Wanita", program_name="Menjahit Pakaian Wanita", batch=3,
        period_start=date(2026, 11, 2), period_end=date(2026, 12, 18),
        trainer_names=("Budi Santoso, S.Pd.",), min_pct=80, delivered_sessions=10,
        delivered_jp=40, remaining_sessions=5, remaining_jp=20, excused_rule="present",
        sick_rule="excluded", unmarked_dates=[date(2026, 11, 9)], rows=rows,
        as_of=date(2026, 11, 20), issued_on=date(2026, 11, 20))
    values.update(changes)
    return RecapDocument(**values)


def make_grid(lang: str = "id") -> ClassGridDocument:
    columns = [GridColumn(1, date(2026, 11, 2), time(8), time(12), 4),
               GridColumn(2, date(2026, 11, 3), time(8), time(12), 4)]
    rows = [GridRow(r.number, r.full_name, r.nik, ("H", "A") if r.number % 2 else ("I", ""),
                    inactive=r.inactive) for r in ROWS]
    return ClassGridDocument(letterhead=None, class_code="SBP-MJH-2026-03", class_name="x",
                             sessions=columns, rows=rows, with_marks=True, show_nik=True, lang=lang)


def build(doc) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_attendance_recap(doc, out)
    return pages, out.getvalue()


def test_recap_pdf_in_indonesian():
    pages, pdf = build(make_recap())
    assert pages == 1
    text = all_text(pdf)
    for expected in (
        "REKAPITULASI KEHADIRAN PESERTA", "Keadaan per 20 November 2026", "SBP-MJH-2026-03",
        "Kehadiran minimum", "80%", "Pertemuan terlaksana", "10 pertemuan (40 JP)",
        "Pertemuan tersisa", "5 pertemuan (20 JP)", "Nama peserta", "NIK", "Belum dicatat",
        "JP hadir / dihitung", "Kehadiran", "Min.", "Status",
        "Ani Suryani 3204010101000001 9 1 0 0 \u2013 36 / 40 90,0% 80% Aman",
        "Citra Lestari 3204010101000003 7 0 1 1 1 31 / 40 77,5% 80% Tidak mungkin tercapai",
        "Dodi Keluar (tidak aktif)",
        "Izin (I) dihitung sebagai hadir.",
        "Sakit (S) dihitung tidak masuk perhitungan",
        "Persentase dibulatkan ke bawah.",
        "Kehadiran belum lengkap dicatat pada 1 pertemuan: 9 November 2026.",
        "Bandung, 20 November 2026", "Kepala LPK", "Dra. Sri Wahyuni, M.Pd.", "Halaman 1 dari 1",
    ):
        assert expected in text, expected


def test_recap_pdf_in_english_and_paper_sizes():
    for paper, landscape in (("A4", False), ("F4", True)):
        _pages, pdf = build(make_recap(lang="en", paper=paper, landscape=landscape))
        width, height = page_size(paper, landscape)
        box = reader(pdf).pages[0].mediabox
        assert float(box.width) == pytest.approx(width, abs=0.5)
        assert float(box.height) == pytest.approx(height, abs=0.5)
        text = all_text(pdf)
        for expected in ("PARTICIPANT ATTENDANCE RECAP", "As of 20 November 2026",
                         "Minimum attendance", "JP attended / counted", "90.0%",
                         "Excused (I) is counted as attended.", "Page 1 of 1"):
            assert expected in text, expected


def test_a_long_recap_repeats_its_header():
    rows = [RecapRow(n, f"Peserta Nomor {n:02d}", f"3204{n:012d}", (10, 0, 0, 0), 0, 0, 40, 40,
                     Decimal("100.0"), 80, "meets", "Memenuhi") for n in range(1, 61)]
    pages, pdf = build(make_recap(rows))
    texts = page_texts(pdf)
    assert pages >= 2
    for text in texts[1:]:
        assert "Nama peserta" in text and "SBP-MJH-2026-03" in text and "(lanjutan)" in text
    assert "Dra. Sri Wahyuni, M.Pd." in texts[-1] and "Peserta Nomor 58" in texts[-1]


def test_rates_show_rounded_down_values_as_given():
    assert format_rate(Decimal("79.9"), "id") == "79,9%"
    assert format_rate(Decimal("100.0"), "en") == "100.0%"
    assert format_rate(None, "id") == "\u2013"


def test_recap_xlsx_reads_back_with_nik_as_text_and_rates_as_numbers():
    out = io.BytesIO()
    build_recap_xlsx(make_recap(), make_grid(), out)
    data = out.getvalue()
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    assert book.sheet_names == ["Rekap", "Presensi"]
    recap = book.get_sheet_by_name("Rekap").to_python()
    header_index = next(i for i, row in enumerate(recap) if row[:3] == ["No.", "Nama peserta", "NIK"])
    header = recap[header_index]
    body = recap[header_index + 1:header_index + 1 + len(ROWS)]
    col = {name: header.index(name) for name in ("NIK", "H", "Kehadiran", "Min.", "Status")}
    assert [r[col["NIK"]] for r in body] == [r.nik for r in ROWS]  # text, leading 0 kept
    assert body[1][col["NIK"]] == "0204010101000002"
    assert body[2][col["Kehadiran"]] == pytest.approx(0.775)
    assert body[0][col["Min."]] == pytest.approx(0.8)
    assert body[0][col["H"]] == 9
    assert body[2][col["Status"]] == "Tidak mungkin tercapai"
    assert body[3][1] == "=HYPERLINK(\"http://x\")"  # the name as text

    raw = Sheet(data)  # the first sheet, as XML
    assert not raw.formulas  # the name was not written as a formula
    styles = zipfile.ZipFile(io.BytesIO(data)).read("xl/styles.xml").decode()
    assert 'formatCode="0.0%"' in styles and 'quotePrefix="1"' in styles
    assert "<pane" in raw.xml and 'state="frozen"' in raw.xml

    grid = book.get_sheet_by_name("Presensi").to_python()
    people = [row for row in grid if row and row[1] in {r.full_name for r in ROWS}
              | {f"{r.full_name} (tidak aktif)" for r in ROWS}]
    assert [row[2] for row in people] == [r.nik for r in ROWS]
    assert people[0][3:5] == ["H", "A"] and people[0][5:9] == [1, 0, 0, 1]
    assert any(row[3:5] == ["Sen 02/11", "Sel 03/11"] for row in grid)


def test_recap_xlsx_in_english():
    out = io.BytesIO()
    build_recap_xlsx(make_recap(lang="en"), make_grid("en"), out)
    book = CalamineWorkbook.from_filelike(io.BytesIO(out.getvalue()))
    assert book.sheet_names == ["Recap", "Marks"]
    rows = book.get_sheet_by_name("Recap").to_python()
    assert ["No.", "Participant name", "NIK"] == next(r[:3] for r in rows if r[0] == "No.")
