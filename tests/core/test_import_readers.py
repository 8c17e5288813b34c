"""Reading registrant lists: workbooks and CSVs as offices write them, and files refused quickly."""

from __future__ import annotations

import datetime as dt
import struct
import time
import zipfile

import pytest
import xlsxwriter
from import_sheets import Formatted, Serial, write_csv, write_xlsx

from lpks_desktop.core.importing import MAX_COLUMNS, ReadRefused, column_letter, read_table
from lpks_desktop.core.importing.headers import detect_header


def refused(path, *words, seconds: float = 1.0) -> str:
    started = time.perf_counter()
    with pytest.raises(ReadRefused) as caught:
        read_table(path)
    assert time.perf_counter() - started < seconds, "refusing must be quick"
    indonesian, english = caught.value.render("id"), caught.value.render("en")
    assert indonesian != english and path.name in english
    for word in words:
        assert word in english, english
    return english


def test_column_letters():
    assert [column_letter(i) for i in (0, 2, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "C", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_workbook_cells_keep_their_sheet_places_and_types(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [
        ["DAFTAR PESERTA PELATIHAN MENJAHIT"],
        [],
        [None, "NIK", "Nama", "Tgl Lahir", "HP"],
        [None, 3171011708950000, "Budi", Serial(34928), 81234567890],
        [None, "3171015708950002", "Siti", dt.date(1995, 8, 17), "0812-3456-7890"],
        [None, Formatted(3171011708950000, "0"), "Ani", Formatted(dt.date(1995, 8, 17), "dd-mm-yyyy"), None],
    ], hidden_rows=range(6, 40))
    sheet = read_table(path)
    assert sheet.kind == "xlsx" and sheet.name == "Peserta"
    assert len(sheet.rows) == 6  # hidden empty rows after the data are not rows
    assert sheet.cell(0, 0) == "DAFTAR PESERTA PELATIHAN MENJAHIT"
    assert sheet.cell(2, 1) == "NIK"
    assert sheet.cell(3, 1) == 3171011708950000.0 and isinstance(sheet.cell(3, 1), float)
    assert sheet.cell(3, 3) == 34928.0
    assert sheet.cell(4, 3) == dt.date(1995, 8, 17)
    assert sheet.cell(4, 4) == "0812-3456-7890"
    assert sheet.cell(5, 3) == dt.date(1995, 8, 17)


def test_the_sheet_with_the_list_is_chosen_over_an_instructions_sheet(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [["NIK", "Nama Lengkap"], ["3171011708950001", "Budi"]],
                      first_sheet={"Petunjuk": [["Isi data peserta pada lembar berikutnya."]]},
                      extra_sheets={"Rekap": [["Jumlah", 1]]})
    sheet = read_table(path, choose=lambda s: detect_header(s) is not None)
    assert sheet.name == "Peserta"
    assert sheet.sheet_names == ["Petunjuk", "Peserta", "Rekap"]
    assert read_table(path, "Rekap").cell(0, 0) == "Jumlah"
    with pytest.raises(ReadRefused) as caught:
        read_table(path, "Data")
    assert "Petunjuk, Peserta, Rekap" in caught.value.render("en")


def test_merged_title_and_header_ranges_are_reported(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [[], [], ["No", "Nama", "TTL", None], [None, None, "Tempat", "Tanggal"]],
                      merges=[(0, 0, 0, 3, "DAFTAR PESERTA"), (2, 2, 2, 3, "TTL")])
    sheet = read_table(path)
    assert (2, 2, 2, 3) in sheet.merged and (0, 0, 0, 3) in sheet.merged
    assert sheet.cell(0, 0) == "DAFTAR PESERTA"


def test_csv_from_an_indonesian_excel_cp1252_with_semicolons(tmp_path):
    rows = [["DAFTAR PESERTA"], [], ["No", "Nama Lengkap", "NIK", "Alamat"],
            ["1", "Désiré Simanjuntak", "3171011708950001", "Jl. Merdeka, No. 5"]]
    sheet = read_table(write_csv(tmp_path / "list.csv", rows, encoding="cp1252", delimiter=";"))
    assert sheet.kind == "csv" and sheet.encoding == "cp1252" and sheet.delimiter == ";"
    assert sheet.cell(3, 1) == "Désiré Simanjuntak"
    assert sheet.cell(3, 3) == "Jl. Merdeka, No. 5"
    assert sheet.rows[1] == []


def test_csv_utf8_with_bom_and_commas(tmp_path):
    rows = [["Nama", "NIK", "Kota"], ["Ṣiti Nurḥaliza", "3171015708950002", "Banjarmasin; Kalsel"]]
    sheet = read_table(write_csv(tmp_path / "list.csv", rows, bom=True))
    assert sheet.encoding == "utf-8-sig" and sheet.delimiter == ","
    assert sheet.cell(0, 0) == "Nama"  # no BOM glued to the first heading
    assert sheet.cell(1, 0) == "Ṣiti Nurḥaliza"


def test_csv_utf16_tab_separated_as_excel_unicode_text(tmp_path):
    path = tmp_path / "list.txt"
    path.write_bytes("NIK\tNama\r\n3171011708950001\tBudi\r\n".encode("utf-16"))
    sheet = read_table(path)
    assert sheet.delimiter == "\t" and sheet.cell(1, 1) == "Budi"


def test_empty_and_blank_files(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(empty, "empty")
    blank = tmp_path / "blank.csv"
    blank.write_text("\r\n;;;\r\n  \r\n")
    refused(blank, "no data")
    book = xlsxwriter.Workbook(str(tmp_path / "nothing.xlsx"))
    book.add_worksheet("Kosong")
    book.close()
    refused(tmp_path / "nothing.xlsx", "no visible worksheet")


def test_a_missing_file(tmp_path):
    refused(tmp_path / "gone.xlsx", "not found")


def test_a_png_renamed_xlsx_is_refused(tmp_path):
    path = tmp_path / "peserta.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)
    assert "a PNG picture, not a spreadsheet" in refused(path)
    pdf = tmp_path / "peserta.csv"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    refused(pdf, "a PDF document")


def test_binary_junk_is_not_read_as_csv(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 10)
    refused(path, "a binary file")


def _cfb(*streams: str) -> bytes:
    """Enough of an OLE compound file for the check: its magic and stream names in UTF-16."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"".join(
        name.encode("utf-16-le") + b"\x00" * 16 for name in streams)


def test_encrypted_workbook_and_old_xls(tmp_path):
    locked = tmp_path / "peserta.xlsx"
    locked.write_bytes(_cfb("EncryptionInfo", "EncryptedPackage"))
    refused(locked, "password")
    old = tmp_path / "peserta.xls"
    old.write_bytes(_cfb("Workbook", "SummaryInformation"))
    refused(old, "Save As", ".xlsx", "Excel 97-2003")


def test_html_and_ods_and_docx_and_plain_zip(tmp_path):
    html = tmp_path / "export.xls"
    html.write_text("<html><body><table><tr><td>NIK</td></tr></table></body></html>")
    refused(html, "web page", "Save As")
    for name, entries, words in (
            ("list.ods", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}, ("OpenDocument",)),
            ("list.xlsx", {"word/document.xml": b"<w/>"}, ("a Word document",)),
            ("list.xlsx", {"a.txt": b"hello"}, ("a ZIP archive",)),
            ("list.xlsb", {"xl/workbook.bin": b"\x00"}, ("binary Excel", "Save As"))):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            for entry, content in entries.items():
                archive.writestr(entry, content)
        refused(path, *words)


def _minimal_xlsx(sheet_xml: bytes, path, *, compression=zipfile.ZIP_DEFLATED, workbook_extra=b""):
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                               b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                               b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                               b'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                               b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
                               b'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
                               b'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                               b'</Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                       b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                       b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                       b'</Relationships>',
        "xl/workbook.xml": workbook_extra + b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                           b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                           b'relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets>'
                           b'</workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                                      b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                                      b'Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                      b'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                                      b'</Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


_SHEET = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
          b'main"><sheetData>%s</sheetData></worksheet>')


def test_a_hand_made_minimal_workbook_reads(tmp_path):
    path = _minimal_xlsx(_SHEET % b'<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c>'
                                 b'<c r="B1"><v>5</v></c></row>', tmp_path / "min.xlsx")
    sheet = read_table(path)
    assert sheet.name == "Data" and sheet.rows == [["NIK", 5.0]]


def test_zip_bomb_refused_from_the_declared_sizes(tmp_path):
    # 60 MB of one repeated cell compresses to ~60 KB: a ratio no real sheet has.
    cell = b'<c r="A1"><v>1</v></c>'
    sheet = _SHEET % (b'<row r="1">' + cell * (60 * 2**20 // len(cell)) + b"</row>")
    path = _minimal_xlsx(sheet, tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2 * 2**20
    refused(path, "expand", "xl/worksheets/sheet1.xml", seconds=2.0)


def test_zip_entry_lying_about_its_size_is_refused(tmp_path):
    xml = _SHEET % (b'<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c></row>' * 2000)
    path = _minimal_xlsx(xml, tmp_path / "liar.xlsx")
    data = bytearray(path.read_bytes())
    # Declare the sheet 100 bytes long in both its local header and the central directory.
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04")
    while data[local + 30:local + 30 + len(name)] != name:
        local = data.find(b"PK\x03\x04", local + 4)
    struct.pack_into("<I", data, local + 22, 100)
    central = data.find(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, 100)
    path.write_bytes(bytes(data))
    refused(path, "damaged")


def test_doctype_entities_refused(tmp_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
              b'"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    path = _minimal_xlsx(_SHEET % b'<row r="1"><c r="A1"><v>1</v></c></row>', tmp_path / "lol.xlsx",
                         workbook_extra=laughs)
    refused(path, "DOCTYPE", "xl/workbook.xml")


def test_a_value_far_outside_the_list_refused_before_the_parser_allocates(tmp_path):
    path = tmp_path / "far.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Peserta")
    sheet.write_row(0, 0, ["NIK", "Nama"])
    sheet.write(1048575, 16383, "x")  # XFD1048576: 17 billion cells from A1
    book.close()
    refused(path, "XFD1048576", "Delete that cell")
    book = xlsxwriter.Workbook(str(tmp_path / "wide.xlsx"))
    book.add_worksheet("Peserta").write(0, MAX_COLUMNS, "x")
    book.close()
    refused(tmp_path / "wide.xlsx", f"{column_letter(MAX_COLUMNS)}1")


def test_far_cells_without_value_do_not_count(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "styled.xlsx"))
    sheet = book.add_worksheet("Peserta")
    sheet.write_row(0, 0, ["NIK", "Nama"])
    sheet.write_blank(500000, 300, None, book.add_format({"bold": True}))
    book.close()
    assert read_table(tmp_path / "styled.xlsx").rows == [["NIK", "Nama"]]


def test_too_many_csv_rows(tmp_path, monkeypatch):
    from lpks_desktop.core.importing import readers

    monkeypatch.setattr(readers, "MAX_ROWS", 50)
    path = tmp_path / "long.csv"
    path.write_text("NIK;Nama\n" + "3171011708950001;Budi\n" * 60)
    refused(path, "more than 50 rows")


def test_a_file_too_large(tmp_path, monkeypatch):
    from lpks_desktop.core.importing import readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_bytes(b"a;b\n" * 400)
    refused(path, "too large")


def test_damaged_zip(tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", [["NIK", "Nama"]])
    path.write_bytes(path.read_bytes()[:-200])
    refused(path, "damaged")
