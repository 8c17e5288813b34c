from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lpks_desktop.core.validation import (
    Severity,
    check_birth_date,
    format_date_en,
    format_date_id,
    parse_date,
)

TODAY = date(2026, 6, 1)
D = date(2026, 11, 28)


def codes(checked):
    return [p.code for p in checked.problems]


@pytest.mark.parametrize("raw", [
    D, datetime(2026, 11, 28, 14, 30), "2026-11-28", "2026-11-28 00:00:00", "2026-11-28T08:15:00",
    "2026/11/28", "28/11/2026", "28-11-2026", "28.11.2026", "28 11 2026", " 28/11/2026 ", "28/11/26",
    "28 November 2026", "28 november 2026", "28 Nov 2026", "28 Nov. 2026", "28-Nov-2026", "28-Nov-26",
    "28 Nopember 2026", "28  NOVEMBER  2026", "Sabtu, 28 November 2026", "Saturday, 28 November 2026",
    46354, 46354.0, 46354.75,
])
def test_accepted_forms(raw):
    checked = parse_date(raw, today=TODAY)
    assert checked.ok and checked.problems == ()
    assert checked.value == D


@pytest.mark.parametrize("raw,expected", [
    ("28 Agustus 2026", date(2026, 8, 28)), ("28 Agu 2026", date(2026, 8, 28)),
    ("28 Agt 2026", date(2026, 8, 28)), ("28 August 2026", date(2026, 8, 28)),
    ("28 Aug 2026", date(2026, 8, 28)), ("28 Mei 2026", date(2026, 5, 28)),
    ("28 May 2026", date(2026, 5, 28)), ("28 Okt 2026", date(2026, 10, 28)),
    ("28 Oct 2026", date(2026, 10, 28)), ("28 Des 2026", date(2026, 12, 28)),
    ("28 Dec 2026", date(2026, 12, 28)), ("5 Pebruari 2026", date(2026, 2, 5)),
    ("1 Maret 2026", date(2026, 3, 1)), ("1 Sept 2026", date(2026, 9, 1)),
    ("Jumat, 4 Desember 2026", date(2026, 12, 4)), ("Jum'at, 4 Desember 2026", date(2026, 12, 4)),
])
def test_month_names_in_both_languages(raw, expected):
    assert parse_date(raw).value == expected


def test_day_first_never_month_first():
    assert parse_date("03/04/2026").value == date(2026, 4, 3)
    checked = parse_date("11/28/2026", field="tanggal_mulai")
    assert codes(checked) == ["date_invalid"]
    assert "11/28/2026" in checked.problems[0].message("en")
    assert "day first" in checked.problems[0].message("en")


@pytest.mark.parametrize("raw,expected", [
    ("28/11/26", date(2026, 11, 28)),
    ("1/1/36", date(2036, 1, 1)),      # a course ten years ahead
    ("1/1/37", date(1937, 1, 1)),
    ("17/08/45", date(1945, 8, 17)),
])
def test_two_digit_years(raw, expected):
    assert parse_date(raw, today=TODAY).value == expected


@pytest.mark.parametrize("raw,expected", [
    ("17/08/30", date(1930, 8, 17)),   # birth dates never land in the future
    ("01/06/26", date(2026, 6, 1)),
    ("02/06/26", date(1926, 6, 2)),
])
def test_two_digit_birth_years_use_the_nik_rule(raw, expected):
    assert check_birth_date(raw, today=TODAY).value == expected


# -- Excel serials ----------------------------------------------------------------

@pytest.mark.parametrize("serial,expected", [
    (1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)),
    (46354, D), (2958465, date(9999, 12, 31)), (45658.999, date(2025, 1, 1)),
])
def test_excel_serials(serial, expected):
    assert parse_date(serial).value == expected


def test_excel_serial_60_is_the_day_that_never_was():
    checked = parse_date(60, field="tgl")
    assert codes(checked) == ["date_invalid"]
    assert "29 Februari 1900" in checked.problems[0].message("id")
    assert "29 February 1900" in checked.problems[0].message("en")


@pytest.mark.parametrize("serial", [0, 0.5, -3, 2958466, float("inf")])
def test_excel_serial_out_of_range(serial):
    checked = parse_date(serial, field="tgl")
    assert codes(checked) == ["date_serial_range"]
    assert "tgl" in checked.problems[0].message("id")
    assert str(serial) in checked.problems[0].message("en")


# -- errors --------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["besok", "2026", "46354", "28/11", "28/11-2026", "2026-11-28-01", True, [2026]])
def test_unrecognised(raw):
    checked = parse_date(raw, field="tanggal_mulai")
    assert codes(checked) == ["date_unrecognised"]
    for lang in ("id", "en"):
        text = checked.problems[0].message(lang)
        assert "tanggal_mulai" in text and f'"{raw}"' in text


def test_unknown_month_name_is_quoted():
    checked = parse_date("28 Novembr 2026", field="tgl")
    assert codes(checked) == ["date_unrecognised"]
    assert '"novembr"' in checked.problems[0].message("id")
    assert "28 Novembr 2026" in checked.problems[0].message("en")


@pytest.mark.parametrize("raw", ["31/02/2026", "29/02/2025", "31 April 2026", "0/1/2026", "2026-02-30"])
def test_days_that_do_not_exist(raw):
    checked = parse_date(raw, field="tgl")
    assert codes(checked) == ["date_invalid"]
    assert raw in checked.problems[0].message("id") and raw in checked.problems[0].message("en")


def test_days_that_do_not_exist_say_why():
    problem = parse_date("31/02/2026", field="tgl").problems[0]
    assert problem.message("id") == (
        'tgl: "31/02/2026" bukan tanggal yang benar, karena Februari 2026 hanya punya 28 hari.')
    assert problem.message("en") == 'tgl: "31/02/2026" is not a real date: February 2026 has only 28 days.'


@pytest.mark.parametrize("raw", [None, "", "  ", float("nan")])
def test_blank(raw):
    assert parse_date(raw) == parse_date(raw, required=False)
    assert parse_date(raw).value is None and parse_date(raw).problems == ()
    required = parse_date(raw, field="tgl_mulai", required=True)
    assert codes(required) == ["required"] and required.problems[0].field == "tgl_mulai"


# -- birth dates ------------------------------------------------------------------

def test_birth_date_in_future_is_an_error():
    checked = check_birth_date("02/06/2026", today=TODAY)
    assert codes(checked) == ["birth_date_future"] and checked.value is None
    assert "2 Juni 2026" in checked.problems[0].message("id")
    assert "2 June 2026" in checked.problems[0].message("en")


@pytest.mark.parametrize("born,warns", [
    (date(2016, 6, 2), True),    # 9
    (date(2016, 6, 1), False),   # 10 today
    (date(1926, 6, 1), False),   # 100 today
    (date(1925, 6, 1), True),    # 101
])
def test_age_boundaries(born, warns):
    checked = check_birth_date(born, today=TODAY)
    assert checked.ok
    assert codes(checked) == (["birth_date_unlikely_age"] if warns else [])


@pytest.mark.parametrize("raw,age", [("01/01/2020", 6), ("31/05/1925", 101)])
def test_unlikely_age_is_a_warning(raw, age):
    checked = check_birth_date(raw, today=TODAY, field="tgl_lahir")
    assert checked.ok and checked.value is not None
    problem = checked.problems[0]
    assert problem.code == "birth_date_unlikely_age" and problem.severity is Severity.WARNING
    assert f"{age} tahun" in problem.message("id") and f"{age} years" in problem.message("en")
    assert "tgl_lahir" in problem.message("id")


def test_plausible_birth_date():
    checked = check_birth_date("17 Agustus 1995", today=TODAY)
    assert checked.ok and checked.problems == () and checked.value == date(1995, 8, 17)


def test_birth_date_is_required_by_default():
    assert codes(check_birth_date("")) == ["required"]
    assert check_birth_date("", required=False).problems == ()


def test_birth_date_passes_parse_errors_through():
    assert codes(check_birth_date("31/02/2000", field="tgl_lahir")) == ["date_invalid"]


# -- formatting -----------------------------------------------------------------

def test_format():
    assert format_date_id(D) == "28 November 2026"
    assert format_date_id(D, with_weekday=True) == "Sabtu, 28 November 2026"
    assert format_date_en(D) == "28 November 2026"
    assert format_date_en(D, with_weekday=True) == "Saturday, 28 November 2026"
    assert format_date_id(date(2026, 8, 1), True) == "Sabtu, 1 Agustus 2026"
    assert format_date_id(date(2026, 5, 3), True) == "Minggu, 3 Mei 2026"
    assert format_date_en(date(2026, 5, 3), True) == "Sunday, 3 May 2026"


# -- properties --------------------------------------------------------------------

any_date = st.dates(date(1900, 1, 1), date(2100, 12, 31))


@given(any_date)
def test_written_forms_round_trip(d):
    forms = [
        d.isoformat(), d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}", d.strftime("%d-%m-%Y"),
        d.strftime("%d.%m.%Y"), format_date_id(d), format_date_id(d, with_weekday=True),
        format_date_en(d), format_date_en(d, with_weekday=True), format_date_id(d).upper(),
    ]
    for form in forms:
        assert parse_date(form).value == d, form


@given(st.dates(date(1900, 3, 1), date(9999, 12, 31)), st.floats(0, 0.999))
def test_excel_serial_round_trip(d, fraction):
    serial = (d - date(1899, 12, 30)).days
    assert parse_date(serial).value == d
    assert parse_date(serial + fraction).value == d


@given(st.dates(date(1900, 1, 1), date(1900, 2, 28)))
def test_excel_serial_before_the_leap_bug(d):
    assert parse_date((d - date(1899, 12, 31)).days).value == d


@given(st.one_of(st.text(), st.integers(), st.floats()))
def test_never_raises(raw):
    checked = parse_date(raw)
    assert checked.ok == (not checked.errors)


@given(st.dates(date(1900, 1, 1), TODAY))
def test_birth_dates_in_the_past_are_never_errors(born):
    checked = check_birth_date(born, today=TODAY)
    assert checked.ok and checked.value == born
    assert all(p.severity is Severity.WARNING for p in checked.problems)


def test_birth_date_tomorrow_is_future():
    assert not check_birth_date(TODAY + timedelta(days=1), today=TODAY).ok
