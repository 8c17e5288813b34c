"""National holidays, collective leave and institution closure days, as the schedule sees them."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from lpks_desktop.core.models import ClosureDay
from lpks_desktop.core.services import closed_days as closed_module
from lpks_desktop.core.services.closed_days import closed_days, national_holidays
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.settings import SKIP_COLLECTIVE_LEAVE, set_setting

D = dt.date
YEARS = (D(2026, 1, 1), D(2027, 12, 31))


def package(categories=("public",), language="id") -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", years=(2026, 2027), language=language,
                                          categories=categories))


def test_known_2026_and_2027_holidays_have_indonesian_names():
    days = national_holidays(*YEARS)
    assert days[D(2026, 1, 1)] == "Tahun Baru Masehi"
    assert days[D(2026, 3, 19)] == "Hari Suci Nyepi"
    assert days[D(2026, 3, 21)] == "Hari Raya Idul Fitri"
    assert days[D(2026, 3, 22)] == "Hari kedua dari Hari Raya Idul Fitri"
    assert days[D(2026, 5, 27)] == "Hari Raya Idul Adha"
    assert days[D(2026, 6, 1)] == "Hari Lahir Pancasila"
    assert days[D(2026, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"
    assert days[D(2026, 12, 25)] == "Hari Raya Natal"
    assert days[D(2027, 1, 1)] == "Tahun Baru Masehi"
    assert D(2027, 8, 17) in days and D(2027, 12, 25) in days
    # Collective leave is not a national holiday.
    for day in (D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24), D(2026, 12, 24)):
        assert day not in days


def test_national_holidays_are_the_packages_public_holidays():
    assert national_holidays(*YEARS) == package()
    assert list(national_holidays(*YEARS)) == sorted(package())


def test_collective_leave_adds_cuti_bersama():
    days = national_holidays(*YEARS, collective_leave=True)
    expected = package(("public", "government"))
    assert days == expected
    assert list(days) == sorted(days)
    for day in (D(2026, 3, 18), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24)):
        assert days[day].startswith("Cuti Bersama")
    assert days[D(2026, 3, 19)] == "Hari Suci Nyepi"


def test_english_names():
    days = national_holidays(*YEARS, language="en")
    assert days == package(language="en_US")
    assert days[D(2026, 8, 17)] == "Independence Day"
    assert days[D(2026, 12, 25)] == "Christmas Day"
    with pytest.raises(ValueError):
        national_holidays(*YEARS, language="fr")


def test_range_is_inclusive_and_may_be_empty():
    assert national_holidays(D(2026, 8, 17), D(2026, 8, 17)) == {
        D(2026, 8, 17): "Hari Kemerdekaan Republik Indonesia"}
    assert national_holidays(D(2026, 8, 18), D(2026, 8, 24)) == {}
    assert national_holidays(D(2026, 9, 1), D(2026, 8, 1)) == {}
    across = national_holidays(D(2026, 12, 20), D(2027, 1, 10))
    assert D(2026, 12, 25) in across and D(2027, 1, 1) in across


def test_two_holidays_on_one_date_share_one_entry():
    # 13 May 2021: Idul Fitri fell on Ascension Day.
    name = national_holidays(D(2021, 5, 13), D(2021, 5, 13))[D(2021, 5, 13)]
    assert name == "Hari Raya Idul Fitri; Kenaikan Yesus Kristus"


def test_each_year_is_built_once():
    national_holidays(D(2041, 1, 1), D(2041, 12, 31))
    before = closed_module._year.cache_info()
    for _ in range(5):
        national_holidays(D(2041, 1, 1), D(2041, 12, 31), collective_leave=True)
    after = closed_module._year.cache_info()
    assert after.misses <= before.misses + 1  # at most the collective leave of 2041 was new
    assert after.hits >= before.hits + 9


@pytest.fixture
def institutions(store):
    first = save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]
    second = save_institution(store, {"code": "BLK-BLG", "name": "BLK Balangan"})[0]
    store.save(ClosureDay(institution=first, date=D(2026, 3, 25), reason="Rapat kerja tahunan"))
    store.save(ClosureDay(institution=first, date=D(2026, 3, 26), reason="  "))
    store.save(ClosureDay(institution=first, date=D(2026, 3, 19), reason="Kerja bakti"))
    store.save(ClosureDay(institution=first, date=D(2026, 5, 2), reason="Outside the range"))
    store.save(ClosureDay(institution=second, date=D(2026, 3, 27), reason="Milad"))
    return first, second


def test_closed_days_add_the_institutions_own_closures(store, institutions):
    first, second = institutions
    days = closed_days(first.id, D(2026, 3, 1), D(2026, 4, 30))
    assert list(days) == sorted(days)
    assert days[D(2026, 3, 25)] == "Rapat kerja tahunan"
    assert days[D(2026, 3, 26)] == "Libur lembaga"
    assert days[D(2026, 3, 19)] == "Hari Suci Nyepi; Kerja bakti"
    assert D(2026, 3, 27) not in days  # the other institution's closure
    assert D(2026, 5, 2) not in days
    assert D(2026, 3, 20) not in days  # collective leave: not skipped by default
    assert closed_days(first.id, D(2026, 3, 1), D(2026, 4, 30), language="en")[D(2026, 3, 26)] \
        == "Institution closed"
    assert closed_days(second.id, D(2026, 3, 1), D(2026, 4, 30))[D(2026, 3, 27)] == "Milad"


def test_collective_leave_follows_the_institutions_setting_unless_asked(store, institutions):
    first, second = institutions
    set_setting(store, SKIP_COLLECTIVE_LEAVE, True, institution_id=second.id)
    leave = D(2026, 3, 23)
    assert leave not in closed_days(first.id, D(2026, 3, 1), D(2026, 3, 31))
    assert closed_days(second.id, D(2026, 3, 1), D(2026, 3, 31))[leave] \
        == "Cuti Bersama Hari Raya Idul Fitri"
    assert leave in closed_days(first.id, D(2026, 3, 1), D(2026, 3, 31), collective_leave=True)
    assert leave not in closed_days(second.id, D(2026, 3, 1), D(2026, 3, 31), collective_leave=False)
