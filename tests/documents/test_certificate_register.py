"""The register of issued certificates (buku induk) as PDF and XLSX, from plain data."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from datetime import date

import pytest
from python_calamine import CalamineWorkbook

from document_checks import page_sizes_mm, page_texts, reader
from document_samples import make_letterhead
from lpks_desktop.documents.certificate_register import (
    RegisterDocument,
    RegisterRow,
    build_certificate_register,
    status_text,
)
from lpks_desktop.documents.certificate_register_xlsx import build_certificate_register_xlsx

NIK = "3204014508010003"


def rows(count: int) -> list[RegisterRow]:
    made = []
    for index in range(1, count + 1):
        made.append(RegisterRow(
            number=index, certificate_number=f"{index:03d}/LPK-SBP/CERT/XI/2026",
            participant_name=f"Peserta Nomor {index}", nik=f"32040145080{index:05d}",
            birth_place="Bandung", birth_date=date(2001, 8, 5), program_name="Menjahit Pakaian Wanita",
            class_code="SBP-JHT-2026-01", start_date=date(2026, 10, 5), end_date=date(2026, 11, 20),
            total_jp=120, issued_on=date(2026, 11, 28), issued_place="Soreang", printed_count=1))
    return made


def document(count: int = 5, **changes) -> RegisterDocument:
    base = RegisterDocument(letterhead=make_letterhead(), institution_name="LPK Sinar Busana Prima",
                            year=2026, rows=tuple(rows(count)), as_of=date(2026, 11, 30))
    return dataclasses.replace(base, **changes)


def pdf(doc: RegisterDocument) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = build_certificate_register(doc, out)
    return out.getvalue(), pages


@pytest.mark.parametrize("paper, size", [("A4", (297, 210)), ("F4", (330, 215))])
def test_landscape_on_either_paper(paper, size):
    data, pages = pdf(document(paper=paper))
    assert pages == 1
    assert page_sizes_mm(data) == [size]


def test_header_and_page_numbers_on_every_page_of_a_long_register():
    data, pages = pdf(document(90))
    texts = page_texts(data)
    assert pages == len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert "Nomor sertifikat" in text
        assert f"Halaman {number} dari {pages}" in text
    assert "BUKU INDUK SERTIFIKAT" in texts[0] and "Tahun 2026" in texts[0]
    assert "(lanjutan)" in texts[1] and "(lanjutan)" not in texts[0]
    joined = " ".join(texts)
    for index in (1, 45, 90):
        assert f"{index:03d}/LPK-SBP/CERT/XI/2026" in joined and f"Peserta Nomor {index}" in joined
    assert "Jumlah 90 sertifikat: 90 berlaku, 0 dicabut, 0 diganti." in texts[-1]
    assert "Dra. Sri Wahyuni, M.Pd." in texts[-1]


def test_nik_shown_by_default_and_left_out_when_asked():
    shown = " ".join(page_texts(pdf(document(3))[0]))
    hidden = " ".join(page_texts(pdf(document(3, with_nik=False))[0]))
    assert "3204014508000001" in shown and "NIK" in shown
    assert "3204014508000001" not in hidden and "NIK" not in hidden


def test_revoked_and_replaced_rows_stay_listed_with_why():
    made = rows(3)
    made[0] = dataclasses.replace(made[0], status="revoked", revoke_reason="Ijazah palsu")
    made[1] = dataclasses.replace(made[1], status="replaced", replaced_by_number="004/LPK-SBP/CERT/XI/2026",
                                  revoke_reason="Nama salah ketik")
    made.append(dataclasses.replace(made[2], number=4, certificate_number="004/LPK-SBP/CERT/XI/2026",
                                    replaces_number="002/LPK-SBP/CERT/XI/2026"))
    text = " ".join(page_texts(pdf(document(rows=tuple(made)))[0]))
    squeezed = text.replace(" ", "")  # the status column wraps long numbers
    assert "Dicabut:Ijazahpalsu" in squeezed
    assert "Digantidengan004/LPK-SBP/CERT/XI/2026" in squeezed
    assert "Pengganti002/LPK-SBP/CERT/XI/2026" in squeezed
    assert "Jumlah 4 sertifikat: 2 berlaku, 1 dicabut, 1 diganti." in text
    assert status_text(made[0], "en") == "Revoked: Ijazah palsu"
    assert status_text(made[1], "en").startswith("Replaced by 004/LPK-SBP/CERT/XI/2026")


def test_english_and_an_empty_register():
    data, pages = pdf(document(0, lang="en", year=None))
    text = page_texts(data)[0]
    assert pages == 1
    assert "REGISTER OF CERTIFICATES" in text and "All years" in text
    assert "No certificates have been issued yet." in text and "Page 1 of 1" in text


def test_long_names_wrap_inside_their_cells():
    made = rows(2)
    long_name = "Nur'aini Siti Rahmawati Kusumaningrum Binti Haji Abdurrahman Wahid Al-Bantani"
    made[0] = dataclasses.replace(made[0], participant_name=long_name)
    data, _pages = pdf(document(rows=tuple(made)))
    text = page_texts(data)[0]
    assert "Kusumaningrum" in text and "Al-Bantani" in text
    assert reader(data).metadata.title == "Buku induk sertifikat LPK Sinar Busana Prima 2026"


def sheet_rows(data: bytes) -> list[list]:
    return CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()


def test_xlsx_same_columns_nik_as_text_dates_as_dates_formulas_as_text():
    made = rows(3)
    made[1] = dataclasses.replace(made[1], participant_name='=HYPERLINK("http://x","y")',
                                  nik="0204014508010003", status="revoked", revoke_reason="Data keliru")
    out = io.BytesIO()
    build_certificate_register_xlsx(document(rows=tuple(made)), out)
    table = sheet_rows(out.getvalue())
    header_at = next(i for i, r in enumerate(table) if r[0] == "No.")
    header = table[header_at]
    assert header[:4] == ["No.", "Nomor sertifikat", "Nama peserta", "NIK"]
    assert "Tanggal lahir" in header and "Tanggal terbit" in header and "Status" in header
    body = [dict(zip(header, r)) for r in table[header_at + 1:header_at + 4]]
    assert [r["Nomor sertifikat"] for r in body] == [f"{i:03d}/LPK-SBP/CERT/XI/2026" for i in (1, 2, 3)]
    assert body[1]["NIK"] == "0204014508010003"
    assert body[1]["Nama peserta"] == '=HYPERLINK("http://x","y")'
    assert body[0]["Tanggal lahir"] == date(2001, 8, 5) and body[0]["Tanggal terbit"] == date(2026, 11, 28)
    assert body[0]["JP"] == 120
    assert body[1]["Status"] == "Dicabut" and body[1]["Keterangan"] == "Dicabut: Data keliru"
    raw = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere
    assert "<autoFilter" in xml and 'state="frozen"' in xml


def test_xlsx_without_nik_column():
    out = io.BytesIO()
    build_certificate_register_xlsx(document(2, with_nik=False, lang="en"), out)
    table = sheet_rows(out.getvalue())
    header = next(r for r in table if r[0] == "No.")
    assert "NIK" not in header and "Certificate number" in header
