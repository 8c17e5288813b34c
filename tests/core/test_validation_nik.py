from datetime import date, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lpks_desktop.core.validation import Severity, check_nik, nik_birth_date, nik_sex

TODAY = date(2026, 6, 1)
VALID = "3171011708450001"  # Jakarta Selatan, man born 17-08-45
# Regency codes known to python-stdnum's region table.
REGIONS = ["1101", "1271", "3171", "3174", "3273", "3578", "5171", "6471", "7371", "9471"]


def codes(checked):
    return [p.code for p in checked.problems]


# -- accepted ---------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    VALID, f" {VALID} ", "3171 0117 0845 0001", "3171.0117.0845.0001",
    "317101-170845-0001", int(VALID),
])
def test_valid_forms_normalise_to_digits(raw):
    checked = check_nik(raw)
    assert checked.ok and checked.problems == ()
    assert checked.value == VALID


def test_string_ending_in_zero_is_a_real_nik():
    # Typed as text, a final 0 is just a digit; only number cells lose it.
    checked = check_nik("3171011708450000")
    assert checked.ok and checked.value == "3171011708450000"


# -- Excel mangling -----------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "3.17E+15", "3,17E+15", "3.17101E+15", "3.17101170845E15", "3171011708450001.0",
    3171011708450001.0, 3171011708450000, 3.17101e15,
])
def test_excel_numbers_are_rejected_with_their_own_code(raw):
    checked = check_nik(raw)
    assert codes(checked) == ["nik_excel_number"]
    assert checked.value is None and not checked.ok


def test_excel_message_tells_clerk_what_to_do_in_both_languages():
    problem = check_nik("3.17E+15").problems[0]
    assert problem.is_error and problem.field == "nik"
    id_text, en_text = problem.message("id"), problem.message("en")
    assert "3.17E+15" in id_text and "Excel" in id_text and "Teks" in id_text
    assert "ketik ulang" in id_text
    assert "3.17E+15" in en_text and "Excel" in en_text and "Text" in en_text
    assert "retype" in en_text


def test_int_ending_in_zero_names_the_number():
    problem = check_nik(3171011708450000).problems[0]
    assert "3171011708450000" in problem.message("en")


# -- errors -------------------------------------------------------------------

@pytest.mark.parametrize("raw", [None, "", "   ", float("nan")])
def test_empty_is_required(raw):
    checked = check_nik(raw, field="nik_ibu")
    assert codes(checked) == ["required"]
    assert checked.problems[0].field == "nik_ibu"
    assert "nik_ibu" in checked.problems[0].message("id")
    assert "nik_ibu" in checked.problems[0].message("en")


@pytest.mark.parametrize("raw", ["31710117x8450001", "NIK 3171011708450001", "３１７１", True])
def test_non_digits(raw):
    checked = check_nik(raw)
    assert codes(checked) == ["nik_not_digits"]


def test_wrong_length_says_how_many_digits():
    checked = check_nik("317101170845000")
    assert codes(checked) == ["nik_length"]
    assert checked.problems[0].message("id") == (
        'NIK harus 16 digit angka, tertulis 15 digit ("317101170845000").')
    assert checked.problems[0].message("en") == 'NIK must be 16 digits, got 15 ("317101170845000").'


@pytest.mark.parametrize("raw", [
    "3171013002001234",  # 30 February
    "3171011713450001",  # month 13
    "3171010008450001",  # day 00
    "3171018108450001",  # day 81: stdnum alone would read it as 41-40
    "3171013502450001",  # day 35
])
def test_impossible_birth_date(raw):
    checked = check_nik(raw)
    assert codes(checked) == ["nik_date"]
    assert raw[6:12] in checked.problems[0].message("id")
    assert raw in checked.problems[0].message("en")


def test_unknown_region():
    checked = check_nik("9971011708450001")
    assert codes(checked) == ["nik_region"]
    assert "9971" in checked.problems[0].message("id")
    assert "9971" in checked.problems[0].message("en")


def test_regency_missing_from_the_region_list_is_only_a_warning():
    # 6501 is Kabupaten Malinau, Kalimantan Utara (province since 2012), absent from stdnum's list.
    checked = check_nik("6501011708450001")
    assert checked.ok and checked.value == "6501011708450001"
    assert [p.code for p in checked.warnings] == ["nik_regency_unlisted"]
    assert "6501" in checked.warnings[0].message("id")


# -- warnings against the form -------------------------------------------------

def test_birth_date_mismatch_is_a_warning_and_keeps_the_value():
    checked = check_nik(VALID, birth_date=date(1945, 8, 18))
    assert checked.ok and checked.value == VALID
    assert codes(checked) == ["nik_birth_date_mismatch"]
    problem = checked.warnings[0]
    assert problem.severity is Severity.WARNING
    assert "17-08-45" in problem.message("id") and "18 Agustus 1945" in problem.message("id")
    assert "18 August 1945" in problem.message("en")


@pytest.mark.parametrize("born", [date(1945, 8, 17), date(2045, 8, 17), datetime(1945, 8, 17, 9)])
def test_birth_date_compares_day_month_and_two_digit_year(born):
    assert check_nik(VALID, birth_date=born).problems == ()


@pytest.mark.parametrize("nik,sex", [
    (VALID, "P"), (VALID, "perempuan"), ("3171015708450001", "L"), ("3171015708450001", "Laki-laki"),
])
def test_sex_mismatch_is_a_warning(nik, sex):
    checked = check_nik(nik, sex=sex)
    assert checked.ok and codes(checked) == ["nik_sex_mismatch"]
    assert nik in checked.problems[0].message("en")


@pytest.mark.parametrize("nik,sex", [(VALID, "L"), (VALID, "l"), ("3171015708450001", "P"), (VALID, "")])
def test_sex_matching_or_unknown_gives_no_warning(nik, sex):
    assert check_nik(nik, sex=sex).problems == ()


def test_no_form_checks_when_the_nik_itself_is_invalid():
    checked = check_nik("317101170845000", birth_date=date(2000, 1, 1), sex="P")
    assert codes(checked) == ["nik_length"]


# -- helpers -----------------------------------------------------------------

@pytest.mark.parametrize("nik,expected", [
    ("3171011708450001", date(1945, 8, 17)),
    ("3171015708450001", date(1945, 8, 17)),
    ("3171011708250001", date(2025, 8, 17)),
    ("3171010106260001", date(2026, 6, 1)),   # today: this century
    ("3171010206260001", date(1926, 6, 2)),   # tomorrow in 2026: last century
    ("3171012902000001", date(2000, 2, 29)),
    ("3171013002000001", None),
    ("12345", None),
])
def test_nik_birth_date_picks_a_century_not_in_the_future(nik, expected):
    assert nik_birth_date(nik, today=TODAY) == expected


def test_nik_sex():
    assert nik_sex(VALID) == "L"
    assert nik_sex("3171015708450001") == "P"
    with pytest.raises(ValueError):
        nik_sex("123")


# -- properties ------------------------------------------------------------------

@given(
    region=st.sampled_from(REGIONS),
    district=st.integers(1, 99),
    born=st.dates(date(TODAY.year - 99, 1, 1), TODAY),
    sex=st.sampled_from("LP"),
    serial=st.integers(1, 9999),
)
def test_generated_niks_validate_and_round_trip(region, district, born, sex, serial):
    day = born.day + (40 if sex == "P" else 0)
    nik = f"{region}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    checked = check_nik(nik, birth_date=born, sex=sex)
    assert checked.ok and checked.problems == () and checked.value == nik
    assert nik_birth_date(nik, today=TODAY) == born
    assert nik_sex(nik) == sex


def _encodable(part: str) -> bool:
    dd, mm, yy = int(part[:2]), int(part[2:4]), int(part[4:])
    day = dd - 40 if 41 <= dd <= 71 else dd if 1 <= dd <= 31 else 0
    for year in (1900 + yy, 2000 + yy):
        try:
            date(year, mm, day)
            return True
        except ValueError:
            pass
    return False


@given(prefix=st.sampled_from([r + "01" for r in REGIONS]),
       part=st.from_regex(r"\A[0-9]{6}\Z"), serial=st.from_regex(r"\A[0-9]{4}\Z"))
def test_mangled_date_part_is_rejected(prefix, part, serial):
    assume(not _encodable(part))
    checked = check_nik(prefix + part + serial)
    assert not checked.ok and codes(checked) == ["nik_date"]


@given(st.one_of(st.text(), st.integers(), st.floats(), st.none()))
def test_never_raises_and_ok_means_sixteen_digits(raw):
    checked = check_nik(raw)
    if checked.ok:
        assert len(checked.value) == 16 and checked.value.isdigit()
    else:
        assert checked.value is None and checked.errors
