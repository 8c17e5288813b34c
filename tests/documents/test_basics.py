"""Paper sizes, labels and the way numbers, dates and money are written."""

from __future__ import annotations

import string
from datetime import date, time
from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from lpks_desktop.documents import paper, words


@pytest.mark.parametrize(("name", "landscape", "expected"), [
    ("A4", False, (210, 297)), ("A4", True, (297, 210)),
    ("F4", False, (215, 330)), ("F4", True, (330, 215)),
    ("folio", False, (215, 330)), (" a4 ", False, (210, 297)),
])
def test_page_sizes(name, landscape, expected):
    width, height = paper.page_size(name, landscape)
    assert (round(width / mm, 3), round(height / mm, 3)) == expected


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="Letter"):
        paper.page_size("Letter")


def test_every_label_has_both_languages_with_the_same_placeholders():
    fields = lambda text: {f for _, f, _, _ in string.Formatter().parse(text) if f}  # noqa: E731
    for key, text in words.LABELS.items():
        assert text.id.strip() and text.en.strip(), key
        assert fields(text.id) == fields(text.en), key


@pytest.mark.parametrize(("amount", "lang", "expected"), [
    (1250000, "id", "Rp 1.250.000"),
    (Decimal("1250000.00"), "id", "Rp 1.250.000"),
    (Decimal("1250000.5"), "id", "Rp 1.250.000,50"),
    (1250000, "en", "Rp 1,250,000"),
    (0, "id", "Rp 0"),
    (-5000, "id", "-Rp 5.000"),
    (None, "id", ""),
])
def test_rupiah(amount, lang, expected):
    assert words.format_rupiah(amount, lang) == expected


def test_times_and_dates_per_language():
    assert words.format_time(time(8, 5)) == "08.05"
    assert words.format_time(time(8, 5), "en") == "08:05"
    assert words.format_time_range(time(8), time(10, 30)) == "08.00\u201310.30"
    assert words.format_date(date(2026, 12, 7), weekday=True) == "Senin, 7 Desember 2026"
    assert words.format_date(date(2026, 12, 7), "en", weekday=True) == "Monday, 7 December 2026"
    assert words.format_month(2026, 11) == "November 2026"


@pytest.mark.parametrize(("start", "end", "lang", "expected"), [
    (date(2026, 12, 7), date(2026, 12, 18), "id", "7 s.d. 18 Desember 2026"),
    (date(2026, 11, 7), date(2026, 12, 18), "en", "7 November to 18 December 2026"),
    (date(2026, 12, 7), date(2027, 1, 8), "id", "7 Desember 2026 s.d. 8 Januari 2027"),
    (date(2026, 12, 7), date(2026, 12, 7), "id", "7 Desember 2026"),
    (None, date(2026, 12, 7), "id", "7 Desember 2026"),
    (None, None, "id", ""),
])
def test_periods(start, end, lang, expected):
    assert words.format_period(start, end, lang) == expected


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        words.check_lang("fr")
