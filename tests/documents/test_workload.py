"""Trainer workload and fees: the PDF and the XLSX."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest
from document_checks import Sheet, all_text, page_sizes_mm, page_texts
from document_samples import make_workload, workload_rows

from lpks_desktop.documents.workload_report import WorkloadRow, build_workload_report
from lpks_desktop.documents.workload_xlsx import build_workload_xlsx


def _pdf(report) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_workload_report(report, out)
    return pages, out.getvalue()


def _xlsx(report) -> Sheet:
    out = io.BytesIO()
    build_workload_xlsx(report, out)
    return Sheet(out.getvalue())


def test_totals_sum_only_the_known_fees():
    totals = make_workload().totals()
    assert (totals.sessions, totals.lead_jp, totals.assistant_jp, totals.total_jp) == (20, 64, 26, 90)
    assert totals.fee == Decimal("5500000") and totals.unpriced == 1


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("A4", True, (297, 210)), ("F4", True, (330, 215)),
    ("A4", False, (210, 297)), ("F4", False, (215, 330)),
])
def test_paper_and_orientation(paper, landscape, size):
    pages, pdf = _pdf(make_workload(paper=paper, landscape=landscape))
    assert page_sizes_mm(pdf) == [size] * pages


def test_landscape_is_the_default():
    assert page_sizes_mm(_pdf(make_workload())[1]) == [(297, 210)]


def test_pdf_content():
    _, pdf = _pdf(make_workload())
    text = all_text(pdf)
    for expected in (
        "REKAPITULASI JAM MENGAJAR DAN HONOR INSTRUKTUR", "Bulan Desember 2026",
        "Nama instruktur", "Lembaga asal", "Pertemuan", "JP utama", "JP asisten", "Jumlah JP",
        "Honor per JP", "Jumlah honor (Rp)",
        "Budi Santoso, S.Pd. LPK-SBP 10 40 10 50 Rp 50.000 Rp 2.500.000",
        "Agus Salim LPK-SBP 6 24 0 24 Rp 125.000 Rp 3.000.000",
        "Jumlah 20 64 26 90 Rp 5.500.000",
        "*) Belum ada tarif honor per JP",
        "Mengetahui,", "Kepala LPK", "Dra. Sri Wahyuni, M.Pd.", "Dibuat oleh,",
        "Staf Administrasi", "Siti Aminah", "Bandung, 2 Januari 2027", "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    # No rate: the fee is blank, never zero.
    assert "Rina Marlina BLK-SRG 4 0 16 16 *) 3 Agus Salim" in text
    assert "Rp 0" not in text


def test_pdf_in_english_without_letterhead_or_missing_rates():
    rows = [r for r in workload_rows() if r.rate_per_jp is not None]
    _, pdf = _pdf(make_workload(rows, lang="en", letterhead=None, head_name="Ir. Joko",
                                head_title="Head of BLK"))
    text = all_text(pdf)
    for expected in ("TRAINER WORKLOAD AND FEES", "Month: December 2026", "Home institution",
                     "Lead JP", "Assistant JP", "Rate per JP", "Fee (Rp)", "Rp 2,500,000",
                     "Total 16 64 10 74 Rp 5,500,000", "Acknowledged by,", "Prepared by,",
                     "Head of BLK", "Ir. Joko", "Page 1 of 1"):
        assert expected in text, expected
    assert "*)" not in text and "LPK SINAR" not in text


def test_a_hundred_trainers_split_over_pages():
    pages, pdf = _pdf(make_workload(workload_rows(100)))
    texts = page_texts(pdf)
    assert pages == len(texts) > 1
    for number, text in enumerate(texts, 1):
        assert f"Halaman {number} dari {pages}" in text
    assert all("Honor per JP" in t for t in texts if "Instruktur 0" in t)
    assert "Instruktur 100" in " ".join(texts) and "Siti Aminah" in texts[-1]


def test_empty_month():
    _, pdf = _pdf(make_workload([]))
    assert "Tidak ada kegiatan mengajar pada bulan ini." in all_text(pdf)
    sheet = _xlsx(make_workload([]))
    totals_row = int(sheet.find("Jumlah")[1:])
    assert sheet.row(totals_row) == {"A": "Jumlah", "D": 0, "E": 0, "F": 0, "G": 0, "I": 0}


def test_xlsx_cells_are_numbers_with_formulas_for_totals():
    sheet = _xlsx(make_workload())
    assert sheet.values["A1"] == "LPK SINAR BUSANA PRIMA"
    assert sheet.values["A2"] == "REKAPITULASI JAM MENGAJAR DAN HONOR INSTRUKTUR"
    assert sheet.values["A3"] == "Bulan Desember 2026"
    header = sheet.row(5)
    assert list(header.values()) == [
        "No.", "Nama instruktur", "Lembaga asal", "Pertemuan", "JP utama", "JP asisten",
        "Jumlah JP", "Honor per JP", "Jumlah honor (Rp)"]
    assert sheet.row(6) == {"A": 1, "B": "Budi Santoso, S.Pd.", "C": "LPK-SBP", "D": 10,
                            "E": 40, "F": 10, "G": 50, "H": 50000, "I": 2500000}
    # No rate: a marker, and no fee value at all (blank, not zero).
    assert sheet.row(7) == {"A": 2, "B": "Rina Marlina", "C": "BLK-SRG", "D": 4, "E": 0,
                            "F": 16, "G": 16, "H": "*)"}
    assert sheet.row(9) == {"A": "Jumlah", "D": 20, "E": 64, "F": 26, "G": 90, "I": 5500000}
    assert sheet.formulas["D9"] == "SUM(D6:D8)" and sheet.formulas["I9"] == "SUM(I6:I8)"
    assert any(str(v).startswith("*) Belum ada tarif honor per JP") for v in sheet.values.values())
    assert "Siti Aminah" in sheet.values.values()
    assert "Bandung, 2 Januari 2027" in sheet.values.values()


def test_xlsx_layout_frozen_header_filters_and_paper():
    sheet = _xlsx(make_workload(paper="F4"))
    assert 'state="frozen"' in sheet.xml and 'topLeftCell="A6"' in sheet.xml
    assert '<autoFilter ref="A5:I8"/>' in sheet.xml
    assert 'paperSize="14"' in sheet.xml and 'orientation="landscape"' in sheet.xml
    assert 'name="Honor 2026-12"' in sheet.workbook_xml
    assert "_xlnm.Print_Titles" in sheet.workbook_xml
    portrait = _xlsx(make_workload(paper="A4", landscape=False))
    assert 'paperSize="9"' in portrait.xml and 'orientation="portrait"' in portrait.xml


def test_xlsx_money_with_sen_keeps_them():
    rows = [WorkloadRow("Dewi", "LPK-SBP", 1, 3, 0, 3, Decimal("33333.33"), Decimal("99999.99"))]
    out = io.BytesIO()
    build_workload_xlsx(make_workload(rows), out)
    assert Sheet(out.getvalue()).row(6)["I"] == 99999.99
    with zipfile.ZipFile(out) as archive:
        assert '"Rp "#,##0.00' in archive.read("xl/styles.xml").decode().replace("&quot;", '"')


def test_xlsx_in_english_without_letterhead(tmp_path):
    target = tmp_path / "honor.xlsx"
    build_workload_xlsx(make_workload(lang="en", letterhead=None), target)
    sheet = Sheet(target.read_bytes())
    assert sheet.values["A1"] == "TRAINER WORKLOAD AND FEES"
    assert sheet.values["A2"] == "Month: December 2026"
    assert "Fee (Rp)" in sheet.values.values() and "Total" in sheet.values.values()
    assert 'name="Fees 2026-12"' in sheet.workbook_xml
    assert [p.name for p in tmp_path.iterdir()] == ["honor.xlsx"]
