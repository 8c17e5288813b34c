"""Certificate settings per institution: design, paper and the file-name pattern, checked."""

from __future__ import annotations

import pytest

from lpks_desktop.core.models import Institution
from lpks_desktop.core.services.settings import (
    CERTIFICATE_DESIGN,
    CERTIFICATE_FILE_PATTERN,
    CERTIFICATE_PAPER,
    certificate_design,
    certificate_file_pattern,
    certificate_paper,
    set_setting,
)
from record_checks import assert_bilingual, refused


@pytest.fixture
def two(store):
    return (store.save(Institution(code="LPK-A", name="LPK Satu")).id,
            store.save(Institution(code="LPK-B", name="LPK Dua")).id)


def test_defaults(store, two):
    first, _ = two
    assert (certificate_design(first), certificate_paper(first), certificate_file_pattern(first)) == (
        "classic", "A4", "{number} {name}")


def test_values_are_per_institution_and_normalised(store, two):
    first, second = two
    assert set_setting(store, CERTIFICATE_DESIGN, " Modern ", first) == "modern"
    assert set_setting(store, CERTIFICATE_PAPER, "f4", first) == "F4"
    assert set_setting(store, CERTIFICATE_FILE_PATTERN, " {seq:03d} {name} {class} ", first) == (
        "{seq:03d} {name} {class}")
    assert (certificate_design(first), certificate_paper(first), certificate_file_pattern(first)) == (
        "modern", "F4", "{seq:03d} {name} {class}")
    assert (certificate_design(second), certificate_paper(second)) == ("classic", "A4")
    set_setting(store, CERTIFICATE_DESIGN, "simple")  # database-wide, behind every institution
    assert (certificate_design(first), certificate_design(second)) == ("modern", "simple")


@pytest.mark.parametrize("key, value, code, words", [
    (CERTIFICATE_DESIGN, "fancy", "certificate_design", "classic, modern, simple"),
    (CERTIFICATE_DESIGN, None, "certificate_design", "not None"),
    (CERTIFICATE_PAPER, "Letter", "paper_size", "A4 or F4"),
    (CERTIFICATE_FILE_PATTERN, "{name}", "file_pattern_not_unique", "{number} or {seq}"),
    (CERTIFICATE_FILE_PATTERN, "{nama} {seq}", "file_pattern_unknown", "{nama} is not known"),
    (CERTIFICATE_FILE_PATTERN, "{seq", "file_pattern_broken", "unmatched"),
    (CERTIFICATE_FILE_PATTERN, "{number:d}", "file_pattern_broken", "wrong placeholder format"),
    (CERTIFICATE_FILE_PATTERN, "sertifikat/{number}", "file_pattern_forbidden", "/ cannot be used"),
    (CERTIFICATE_FILE_PATTERN, "{number}?", "file_pattern_forbidden", "? cannot be used"),
    (CERTIFICATE_FILE_PATTERN, "   ", "file_pattern_empty", "cannot be empty"),
    (CERTIFICATE_FILE_PATTERN, "{seq}" + "x" * 100, "file_pattern_too_long", "at most 100"),
])
def test_bad_values_are_refused_and_nothing_written(store, two, key, value, code, words):
    failure = refused(set_setting, store, key, value, two[0])
    [problem] = failure.problems
    assert problem.code == code and problem.field == key
    assert words in problem.message("en")
    assert_bilingual(problem)
