"""Finding the header row under title rows and reading what each heading means."""

from __future__ import annotations

import pytest

from lpks_desktop.core.importing import Sheet, detect_header, header_signature, suggest_mapping
from lpks_desktop.core.importing.headers import field_for, is_ignored_heading, normalise


@pytest.mark.parametrize("heading, field", [
    ("NIK", "nik"), ("No. NIK", "nik"), ("Nomor Induk Kependudukan (NIK)", "nik"), ("No KTP", "nik"),
    ("NIK (16 digit)", "nik"), ("National ID number", "nik"),
    ("Nama", "full_name"), ("Nama Lengkap", "full_name"), ("NAMA LENGKAP SESUAI KTP", "full_name"),
    ("Full name", "full_name"), ("Nama Peserta", "full_name"),
    ("Jenis Kelamin", "sex"), ("L/P", "sex"), ("Jenis Kelamin (L/P)", "sex"), ("JK", "sex"), ("Gender", "sex"),
    ("Tempat Lahir", "birth_place"), ("Tanggal Lahir", "birth_date"), ("Tgl. Lahir", "birth_date"),
    ("Tgl Lahir (dd-mm-yyyy)", "birth_date"), ("Date of birth", "birth_date"),
    ("Tempat, Tanggal Lahir", "birth_place_date"), ("TTL", "birth_place_date"),
    ("Alamat", "address"), ("Alamat Lengkap", "address"), ("Desa/Kelurahan", "village"), ("Kel/Desa", "village"),
    ("Kecamatan", "district"), ("Kabupaten/Kota", "city"), ("Kab/Kota", "city"), ("Provinsi", "province"),
    ("No. HP", "phone"), ("No. WA", "phone"), ("No. HP/WA", "phone"), ("Telepon", "phone"),
    ("No HP yang aktif", "phone"), ("WhatsApp", "phone"), ("Phone number", "phone"),
    ("Email", "email"), ("E-mail", "email"), ("Alamat Email", "email"),
    ("Pendidikan Terakhir", "education"), ("Pendidikan", "education"), ("Last education", "education"),
    ("Status Pekerjaan", "employment"), ("Pekerjaan", "employment"),
    ("No. Kartu Prakerja", "prakerja_card_number"), ("Nomor Kartu Prakerja", "prakerja_card_number"),
    ("Kode Voucher/Redeem", "prakerja_redeem_code"), ("Kode Redeem", "prakerja_redeem_code"),
    ("Keterangan", "notes"),
    ("Nama Ibu Kandung", None), ("Nama Lengkap Ibu", None), ("No. KK", None), ("Nomor Rekening", None),
    ("", None), ("Kolom1", None),
])
def test_headings_in_indonesian_and_english(heading, field):
    assert field_for(heading) == field


def test_row_numbers_and_signatures_are_known_but_not_imported():
    for heading in ("No", "No.", "No Urut", "TTD", "Tanda Tangan", "Umur"):
        assert is_ignored_heading(heading), heading
    assert not is_ignored_heading("No. HP")


def test_normalising_headings():
    assert normalise("  No. HP / WA  ") == "no hp wa"
    assert normalise("Jenis Kelamin (L/P)") == "jenis kelamin"
    assert normalise("(L/P)") == "l p"
    assert normalise("ＮＩＫ") == "nik"  # full-width letters from some Asian-locale keyboards


def _sheet(rows, merged=()):
    return Sheet("Data", rows, "xlsx", merged=list(merged))


def test_the_header_row_is_found_below_title_rows():
    sheet = _sheet([["DAFTAR NAMA PESERTA PELATIHAN BARISTA"], ["LPK Sapta Bangun Persada"],
                    ["Periode: Desember 2026"], [], ["No", "Nama", "NIK", "Alamat"], [1, "Budi", "6311", "Jl"]])
    header = detect_header(sheet)
    assert (header.row, header.data_start) == (4, 5)
    assert [(c.letter, c.heading) for c in header.columns] == [("A", "No"), ("B", "Nama"), ("C", "NIK"),
                                                                ("D", "Alamat")]
    assert header.columns[1].samples == ["Budi"]


def test_no_header_row_is_none():
    assert detect_header(_sheet([["a", "b"], ["c", "d"]])) is None
    # A title naming one field is not a header row.
    assert detect_header(_sheet([["Nama"], ["Budi"]])) is None


def test_a_merged_heading_over_two_sub_headings():
    rows = [["No", "Nama", "Tempat, Tanggal Lahir", None, "Alamat", None, None],
            [None, None, "Tempat", "Tanggal", "Jalan", "Desa", "Kecamatan"],
            [1, "Budi", "Paringin", "17-08-1995", "Jl. A", "Lok Batu", "Paringin"]]
    header = detect_header(_sheet(rows, merged=[(0, 2, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1)]))
    assert header.data_start == 2
    assert [c.shown for c in header.columns] == [
        "No", "Nama", "Tempat, Tanggal Lahir / Tempat", "Tempat, Tanggal Lahir / Tanggal",
        "Alamat / Jalan", "Alamat / Desa", "Alamat / Kecamatan"]
    assert suggest_mapping(header.headings) == {1: "full_name", 2: "birth_place", 3: "birth_date",
                                                4: "address", 5: "village", 6: "district"}


def test_sub_headings_without_merges_as_a_csv_has_them():
    rows = [["Nama", "NIK", "TTL", "", "Jenis Kelamin", ""],
            ["", "", "Tempat", "Tgl", "L", "P"],
            ["Budi", "6311011708950001", "Paringin", "17-08-1995", "v", ""]]
    header = detect_header(Sheet("x", rows, "csv"))
    assert header.data_start == 2
    assert suggest_mapping(header.headings) == {0: "full_name", 1: "nik", 2: "birth_place", 3: "birth_date",
                                                4: "sex_male_mark", 5: "sex_female_mark"}


def test_a_data_row_under_a_merged_heading_is_not_a_sub_header():
    rows = [["NIK", "Nama Lengkap", None], [6311011708950001.0, "Budi", "Santoso"]]
    header = detect_header(_sheet(rows, merged=[(0, 1, 0, 2)]))
    assert header.data_start == 1


def test_a_row_of_column_numbers_under_the_headings_is_skipped():
    rows = [["No", "Nama", "NIK"], [1, 2, 3], [1, "Budi", "6311011708950001"]]
    header = detect_header(_sheet(rows))
    assert (header.skipped_numbering_row, header.data_start) == (1, 2)


def test_columns_with_values_but_no_heading_can_still_be_mapped():
    rows = [["Nama", "NIK", None], ["Budi", "6311011708950001", "catatan"]]
    header = detect_header(_sheet(rows))
    assert [(c.letter, c.heading, c.samples) for c in header.columns][-1] == ("C", "", ["catatan"])


def test_each_field_is_suggested_once_the_leftmost_first():
    assert suggest_mapping(["No", "Nama", "No. HP", "No. WA", "NIK"]) == {1: "full_name", 2: "phone", 4: "nik"}
    assert suggest_mapping({3: "NIK", 7: "Nama"}) == {3: "nik", 7: "full_name"}


def test_the_signature_is_the_same_for_the_same_template():
    one = header_signature(["No", "Nama Lengkap", "NIK", ""])
    assert one == header_signature(["NO", " nama  lengkap", "NIK"])  # case, spaces, trailing blanks
    assert one != header_signature(["No", "NIK", "Nama Lengkap"])
    assert len(one) == 16
