"""Certificate numbers: Roman months, the pattern, and a sequence that never repeats or skips."""

from __future__ import annotations

import datetime as dt

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.services.certificate_numbers import (
    format_certificate_number,
    lock_sequence,
    next_sequence_value,
    roman_month,
)
from lpks_desktop.core.services.institutions import save_institution


def test_roman_months():
    assert [roman_month(n) for n in range(1, 13)] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    for bad in (0, 13):
        with pytest.raises(ValueError):
            roman_month(bad)


def test_pattern_parts():
    on = dt.date(2026, 11, 28)
    assert format_certificate_number(
        m.DEFAULT_CERTIFICATE_PATTERN, seq=12, institution_code="LPK-SBP", program_code="JHT",
        on=on) == "012/LPK-SBP/CERT/XI/2026"
    assert format_certificate_number(
        "{institution}.{program}.{year}.{month:02d}.{seq:05d}", seq=7, institution_code="BLK-X",
        program_code="LAS", on=dt.date(2027, 3, 1)) == "BLK-X.LAS.2027.03.00007"
    assert format_certificate_number("{seq}-{month_roman}", seq=1234, institution_code="A",
                                     program_code="B", on=dt.date(2026, 9, 1)) == "1234-IX"


def _institution(store, code="LPK-SBP"):
    return save_institution(store, {"code": code, "name": f"LPK {code}"})[0]


def _take(store, institution_id, year, count=1):
    with store.transaction():
        return next_sequence_value(institution_id, year, count=count)


def test_values_run_per_institution_and_year(store):
    sbp, stb = _institution(store), _institution(store, "LPK-STB")
    assert [_take(store, sbp.id, 2026) for _ in range(3)] == [1, 2, 3]
    assert _take(store, sbp.id, 2027) == 1
    assert _take(store, stb.id, 2026) == 1
    assert _take(store, sbp.id, 2026, count=5) == 4  # 4..8 taken together
    assert _take(store, sbp.id, 2026) == 9
    stored = {(s.institution_id, s.year): s.last_value for s in m.NumberSequence.select()}
    assert stored == {(sbp.id, 2026): 9, (sbp.id, 2027): 1, (stb.id, 2026): 1}
    assert {s.kind for s in m.NumberSequence.select()} == {"certificate"}


def test_a_failed_transaction_gives_its_value_back(store):
    sbp = _institution(store)
    assert _take(store, sbp.id, 2026) == 1
    with pytest.raises(RuntimeError):
        with store.transaction():
            assert next_sequence_value(sbp.id, 2026) == 2
            raise RuntimeError("the issue fails after taking its number")
    assert _take(store, sbp.id, 2026) == 2
    # The very first value of a year, rolled back with the row that holds it.
    with pytest.raises(RuntimeError):
        with store.transaction():
            assert next_sequence_value(sbp.id, 2030) == 1
            raise RuntimeError("fails")
    assert not m.NumberSequence.select().where(m.NumberSequence.year == 2030).exists()
    assert _take(store, sbp.id, 2030) == 1


def test_the_sequence_never_falls_behind_numbers_already_used(store):
    """Certificates copied in from elsewhere, or a lost sequence row: the next value still
    comes after the highest one used, never onto it."""
    import certificate_world

    world = certificate_world.build(store, participants=1)
    sbp = world.institution
    store.save(m.Certificate(enrollment=world.enrollments[0].id, institution=sbp.id,
                             number="manual-7", year=2026, sequence_value=7,
                             issued_on=dt.date(2026, 12, 1)))
    assert _take(store, sbp.id, 2026) == 8
    assert _take(store, sbp.id, 2026) == 9


def test_locking_the_sequence_takes_nothing(store):
    sbp = _institution(store)
    with store.transaction():
        assert lock_sequence(sbp.id, 2026) == 0
    assert _take(store, sbp.id, 2026) == 1
    with store.transaction():
        assert lock_sequence(sbp.id, 2026) == 1
    assert _take(store, sbp.id, 2026) == 2
