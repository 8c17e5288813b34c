import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lpks_desktop.core.validation import UNIT_CODE_FORMATS, check_unit_code


def codes(checked):
    return [p.code for p in checked.problems]


@pytest.mark.parametrize("raw", [
    "C.141000.001.02", "M.702090.001.01", "J.620100.001.01", "A.011000.001.01", "U.990000.999.99",
    "TIK.OP01.001.01", "TIK.PR02.001.01", "PAR.UJ01.001.01", "PAR.HT01.001.01", "LAS.OO02.001.01",
    "PLK.MP01.003.01", "TI.OP01.001.01", "ABCD.ABCD04.001.01",
])
def test_accepted_codes(raw):
    checked = check_unit_code(raw)
    assert checked.ok and checked.problems == ()
    assert checked.value == raw


@pytest.mark.parametrize("raw,expected", [
    ("c.141000.001.02", "C.141000.001.02"),
    ("  tik.op01.001.01\t", "TIK.OP01.001.01"),
    ("Par.Uj01.001.01", "PAR.UJ01.001.01"),
])
def test_trimmed_and_uppercased(raw, expected):
    assert check_unit_code(raw).value == expected


@pytest.mark.parametrize("raw", [
    "C.141000.001.02 X", "TIK. OP01.001.01", "C.141000 .001.02", "TIK.OP01\u00a0.001.01",
])
def test_internal_whitespace(raw):
    checked = check_unit_code(raw)
    assert codes(checked) == ["unit_code_whitespace"]
    assert raw.strip() in checked.problems[0].message("id")


@pytest.mark.parametrize("raw", [
    "C.14100.001.02",       # five digits
    "C.1410000.001.02",     # seven digits
    "C.141000.01.02",
    "C.141000.001.2",
    "V.141000.001.02",      # no KBLI category V
    "CC.141000.001.02",
    "C141000.001.02",
    "C-141000-001-02",
    "C.141000.001.02.",
    "TIK.OP1.001.01",
    "TIK.OP001.001.01",
    "TIK.O01.001.01",
    "T.OP01.001.01",
    "TIKOP.OP01.001.01",
    "TIK.OP01.001",
    "TIK.OP01.0001.01",
    "INA.5230.113.01",      # digit sub-sector: neither prescribed shape
    "TIK.OPXYZ01.001.01",
    "tık.op01.001.01",      # dotless i would uppercase to I
    "TIK.OP0１.001.01",      # full-width digit
    "KODE UNIT",
])
def test_rejected_codes(raw):
    checked = check_unit_code(raw)
    assert checked.value is None and not checked.ok
    assert codes(checked) in (["unit_code_format"], ["unit_code_whitespace"])


def test_format_message_quotes_value_and_examples_in_both_languages():
    problem = check_unit_code("C.14100.001.02", field="kode_unit").problems[0]
    assert problem.field == "kode_unit" and problem.is_error
    assert problem.message("id") == (
        'Kode unit "C.14100.001.02" bukan kode unit kompetensi SKKNI '
        "(contoh: C.141000.001.02 atau TIK.OP01.001.01).")
    assert problem.message("en") == (
        'The unit code "C.14100.001.02" is not an SKKNI competency unit code '
        "(e.g. C.141000.001.02 or TIK.OP01.001.01).")


def test_formats_text():
    assert UNIT_CODE_FORMATS.render("id") == "contoh: C.141000.001.02 atau TIK.OP01.001.01"
    assert UNIT_CODE_FORMATS.render("en") == "e.g. C.141000.001.02 or TIK.OP01.001.01"


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_empty_is_required(raw):
    checked = check_unit_code(raw, field="kode_unit")
    assert codes(checked) == ["required"]
    assert "kode_unit" in checked.problems[0].message("en")


def test_non_text_is_rejected():
    assert codes(check_unit_code(141000)) == ["unit_code_format"]


# -- properties -----------------------------------------------------------------

def digits(n):
    return st.text(string.digits, min_size=n, max_size=n)


def letters(lo, hi):
    return st.text(string.ascii_uppercase, min_size=lo, max_size=hi)


current_codes = st.builds(
    lambda cat, group, unit, version: f"{cat}.{group}.{unit}.{version}",
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTU"), digits(6), digits(3), digits(2))
legacy_codes = st.builds(
    lambda sector, sub, kelompok, unit, version: f"{sector}.{sub}{kelompok}.{unit}.{version}",
    letters(2, 4), letters(2, 4), digits(2), digits(3), digits(2))
valid_codes = st.one_of(current_codes, legacy_codes)


@given(valid_codes)
def test_generated_codes_are_accepted(code):
    assert check_unit_code(code).value == code
    assert check_unit_code(code.lower()).value == code
    assert check_unit_code(f"  {code} ").value == code


def _digit_runs(code):
    """(start, end) of each all-digit group, whose length is fixed by its position."""
    runs, start = [], None
    for i, c in enumerate(code + "."):
        if c.isdigit() and start is None:
            start = i
        elif not c.isdigit() and start is not None:
            runs.append((start, i))
            start = None
    return runs


@given(valid_codes, st.data())
def test_mutations_are_rejected(code, data):
    kind = data.draw(st.sampled_from(
        ["extra_digit", "drop_digit", "append", "prepend", "separator", "drop_dot",
         "letter_for_digit", "digit_for_letter", "space"]))
    runs = _digit_runs(code)
    if kind == "extra_digit":
        start, end = data.draw(st.sampled_from(runs))
        at = data.draw(st.integers(start, end))
        mutated = code[:at] + data.draw(st.sampled_from(string.digits)) + code[at:]
    elif kind == "drop_digit":
        start, end = data.draw(st.sampled_from(runs))
        at = data.draw(st.integers(start, end - 1))
        mutated = code[:at] + code[at + 1:]
    elif kind == "append":
        mutated = code + data.draw(st.sampled_from(string.ascii_uppercase + string.digits + ".-/"))
    elif kind == "prepend":
        # A letter in front could just lengthen a legacy sector, so only
        # characters that can never start a code.
        mutated = data.draw(st.sampled_from(string.digits + ".-/")) + code
    elif kind == "separator":
        mutated = code.replace(".", data.draw(st.sampled_from("-,/_:")))
    elif kind == "drop_dot":
        at = data.draw(st.sampled_from([i for i, c in enumerate(code) if c == "."]))
        mutated = code[:at] + code[at + 1:]
    elif kind == "letter_for_digit":
        at = data.draw(st.sampled_from([i for i, c in enumerate(code) if c.isdigit()]))
        mutated = code[:at] + data.draw(st.sampled_from(string.ascii_uppercase)) + code[at + 1:]
    elif kind == "digit_for_letter":
        at = data.draw(st.sampled_from([i for i, c in enumerate(code) if c.isalpha()]))
        mutated = code[:at] + data.draw(st.sampled_from(string.digits)) + code[at + 1:]
    else:
        at = data.draw(st.integers(1, len(code) - 1))
        mutated = code[:at] + " " + code[at:]
    checked = check_unit_code(mutated)
    assert checked.value is None and not checked.ok, (kind, mutated)


@given(st.text())
def test_never_raises(raw):
    checked = check_unit_code(raw)
    assert checked.ok == (checked.value is not None)
