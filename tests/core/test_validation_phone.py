import pytest
from hypothesis import given
from hypothesis import strategies as st

from lpks_desktop.core.validation import check_phone, format_phone_local

E164 = "+6281234567890"


def codes(checked):
    return [p.code for p in checked.problems]


@pytest.mark.parametrize("raw", [
    "081234567890", "0812-3456-7890", "0812 3456 7890", "(0812) 3456-7890", "0812.3456.7890",
    "81234567890", "6281234567890", "+6281234567890", "+62 812-3456-7890", "+62 (0)812 3456 7890",
    " 62 812 3456 7890 ", 81234567890, 81234567890.0, 6281234567890.0,
])
def test_all_forms_normalise_to_e164(raw):
    checked = check_phone(raw)
    assert checked.ok and checked.problems == ()
    assert checked.value == E164


def test_landline():
    checked = check_phone("(021) 555-1234")
    assert checked.value == "+62215551234"
    assert format_phone_local(checked.value) == "(021) 5551234"


def test_local_display_form():
    assert format_phone_local(E164) == "0812-3456-7890"
    assert format_phone_local("+6285212345678") == "0852-1234-5678"


def test_local_display_leaves_unparseable_values_alone():
    assert format_phone_local("bukan nomor") == "bukan nomor"
    assert format_phone_local("+62123") == "+62123"


@pytest.mark.parametrize("raw", [None, "", "   ", float("nan")])
def test_empty_is_fine_unless_required(raw):
    assert check_phone(raw) == check_phone(raw, required=False)
    checked = check_phone(raw)
    assert checked.ok and checked.value is None and checked.problems == ()
    required = check_phone(raw, field="hp_wali", required=True)
    assert codes(required) == ["required"]
    assert required.problems[0].field == "hp_wali"
    assert "hp_wali" in required.problems[0].message("id")
    assert "hp_wali" in required.problems[0].message("en")


@pytest.mark.parametrize("raw", ["12345", "0812", "08123456789012345", "0000000000", 812.5, True])
def test_not_a_valid_number(raw):
    checked = check_phone(raw, field="hp")
    assert codes(checked) == ["phone_invalid"]
    assert checked.value is None
    problem = checked.problems[0]
    assert problem.field == "hp" and problem.is_error
    assert str(raw) in problem.message("id") and str(raw) in problem.message("en")


def test_invalid_message_says_what_was_given():
    problem = check_phone("12345").problems[0]
    assert problem.message("id").startswith('Nomor telepon "12345" (5 digit) bukan nomor Indonesia')
    assert problem.message("en").startswith('The phone number "12345" (5 digits) is not a valid')


def test_letters_are_not_read_as_a_keypad():
    checked = check_phone("0812-CALL-ME")
    assert codes(checked) == ["phone_invalid"]
    assert "0812-CALL-ME" in checked.problems[0].message("en")


def test_foreign_number():
    checked = check_phone("+1 202 555 0123")
    assert codes(checked) == ["phone_not_indonesian"]
    assert "+1" in checked.problems[0].message("id")


def test_excel_scientific_notation():
    checked = check_phone("8.12346E+10")
    assert codes(checked) == ["phone_excel_number"]
    assert "Excel" in checked.problems[0].message("id")
    assert "Text" in checked.problems[0].message("en")


# -- properties -----------------------------------------------------------------

# National significant numbers of Indonesian mobiles: 8, an operator digit,
# then 7 to 10 digits (9 to 12 digits in all).
mobile_nsn = st.from_regex(r"\A8[1-35-9][0-9]{7,10}\Z")


@given(mobile_nsn)
def test_all_spellings_of_one_mobile_number_agree(nsn):
    expected = "+62" + nsn
    forms = ["0" + nsn, "62" + nsn, "+62" + nsn, nsn, "+62 " + nsn[:3] + "-" + nsn[3:],
             int(nsn), float(nsn)]
    for form in forms:
        assert check_phone(form).value == expected, form


@given(mobile_nsn)
def test_normalisation_is_idempotent_and_display_form_round_trips(nsn):
    e164 = check_phone("0" + nsn).value
    assert check_phone(e164).value == e164
    assert check_phone(format_phone_local(e164)).value == e164


@given(st.text(alphabet="0123456789 +-().", max_size=20))
def test_any_accepted_value_is_a_fixed_point(raw):
    checked = check_phone(raw)
    if checked.value is not None:
        assert checked.value.startswith("+62")
        assert check_phone(checked.value).value == checked.value


@given(st.one_of(st.text(), st.integers(), st.floats()))
def test_never_raises(raw):
    checked = check_phone(raw)
    assert checked.ok == (not checked.errors)
