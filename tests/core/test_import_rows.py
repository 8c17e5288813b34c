"""One row of a list, as clerks type it: the values read and the problems placed in their cells."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from import_sheets import excel_serial

from lpks_desktop.core.importing import Sheet, detect_header, suggest_mapping
from lpks_desktop.core.importing.rows import RowChecker, cell_text

TODAY = dt.date(2026, 11, 28)
HEADINGS = ["Nama", "NIK", "L/P", "Tgl Lahir", "No HP", "Pendidikan", "Pekerjaan", "Email", "No. Kartu Prakerja"]


def check(**cells):
    """Check one row holding ``cells`` by field (a valid person for the rest)."""
    values = {"full_name": "Budi Santoso", "nik": "6311011708950001", "sex": "L", "birth_date": "17-08-1995",
              "phone": "", "education": "", "employment": "", "email": "", "prakerja_card_number": "", **cells}
    order = ["full_name", "nik", "sex", "birth_date", "phone", "education", "employment", "email",
             "prakerja_card_number"]
    header = detect_header(Sheet("x", [HEADINGS], "xlsx"))
    checker = RowChecker(suggest_mapping(header.headings), header, today=TODAY)
    return checker.check([values[name] for name in order], 7)


def codes(found):
    return [(p.letter, p.code) for p in found.problems]


@pytest.mark.parametrize("typed", ["17-08-1995", "17/8/95", "17/08/1995", "17 Agustus 1995", "17 Agt 1995",
                                   "17.08.1995", "1995-08-17", float(excel_serial(dt.date(1995, 8, 17))),
                                   dt.date(1995, 8, 17), dt.datetime(1995, 8, 17)])
def test_birth_dates_as_typed_and_as_excel_serials(typed):
    found = check(birth_date=typed)
    assert found.values["birth_date"] == dt.date(1995, 8, 17) and codes(found) == []


@pytest.mark.parametrize("typed, sex", [("L", "L"), ("P", "P"), ("l", "L"), ("Laki-laki", "L"),
                                        ("LAKI - LAKI", "L"), ("Perempuan", "P"), ("M", "L"), ("F", "P"),
                                        ("Male", "L"), ("Wanita", "P"), ("Pria", "L"), ("Lk", "L"),
                                        ("Pr", "P")])
def test_sex_words(typed, sex):
    nik = "6311011708950001" if sex == "L" else "6311015708950001"
    found = check(sex=typed, nik=nik)
    assert found.values["sex"] == sex and codes(found) == []


@pytest.mark.parametrize("typed, code", [("SMA/SMK", "sma"), ("SMK", "sma"), ("SLTA", "sma"), ("Paket C", "sma"),
                                         ("S1", "s1"), ("D4", "s1"), ("S-1", "s1"), ("D3", "d3"), ("D-III", "d3"),
                                         ("SD", "sd"), ("SMP/MTs", "smp"), ("Tidak Sekolah", "none"),
                                         ("Sarjana", "s1"), ("S2", "s2"), ("sma", "sma")])
def test_education_words(typed, code):
    found = check(education=typed)
    assert found.values["education"] == code and codes(found) == []


@pytest.mark.parametrize("typed, code", [("Belum Bekerja", "unemployed"), ("Tidak bekerja", "unemployed"),
                                         ("IRT", "unemployed"), ("Karyawan Swasta", "employed"),
                                         ("Wiraswasta", "self_employed"), ("Petani", "self_employed"),
                                         ("Pelajar/Mahasiswa", "student"), ("Korban PHK", "laid_off"),
                                         ("laid_off", "laid_off")])
def test_employment_words(typed, code):
    found = check(employment=typed)
    assert found.values["employment"] == code and codes(found) == []


@pytest.mark.parametrize("typed", ["081234567890", "0812-3456-7890", "0812 3456 7890", "+62 812-3456-7890",
                                   "6281234567890", "81234567890", 81234567890.0, "(0812) 3456 7890"])
def test_phones_as_typed_and_without_the_zero_excel_dropped(typed):
    found = check(phone=typed)
    assert found.values["phone"] == "+6281234567890" and codes(found) == []


def test_a_landline_still_goes_through_the_full_check():
    found = check(phone="(0511) 3252 111")
    assert found.values["phone"] == "+625113252111" and codes(found) == []


def test_problems_name_their_cell():
    found = check(nik=3.17101e15, sex="X", birth_date="32/13/1995", phone="0812", education="Kuliah",
                  employment="Astronot", email="budi@", prakerja_card_number=1234567890123456.0)
    assert codes(found) == [("C", "not_a_choice"), ("D", "date_invalid"), ("B", "nik_excel_number"),
                            ("E", "phone_invalid"), ("H", "email_invalid"), ("F", "not_a_choice"),
                            ("G", "not_a_choice"), ("I", "prakerja_card_excel_number")]
    assert all(p.row == 7 for p in found.problems)
    assert found.problems[0].header == "L/P"
    assert not found.ok


def test_blank_sex_is_taken_from_the_nik_with_a_warning():
    found = check(sex="", nik="6311015708950001")
    assert found.values["sex"] == "P" and codes(found) == [("C", "sex_from_nik")]
    assert found.ok


def test_a_nik_disagreeing_with_the_birth_date_warns():
    found = check(birth_date="18-08-1995")
    assert codes(found) == [("B", "nik_birth_date_mismatch")] and found.ok


def test_cells_shown_as_the_clerk_sees_them():
    assert cell_text(12.0) == "12" and cell_text(dt.date(1995, 8, 17)) == "17-08-1995"
    assert cell_text(None) == "" and cell_text(True) == "TRUE" and cell_text(1.5) == "1.5"


@given(st.text(alphabet="0123456789", min_size=8, max_size=11))
def test_quick_phone_agrees_with_the_phone_library(rest):
    """The import's shortcut for mobile numbers must accept exactly what phonenumbers accepts."""
    import phonenumbers

    from lpks_desktop.core.importing.rows import _quick_phone

    national = "8" + rest
    expected = phonenumbers.is_valid_number(phonenumbers.PhoneNumber(country_code=62, national_number=int(national)))
    assert (_quick_phone("0" + national) == "+62" + national) is expected
