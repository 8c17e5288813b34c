"""Settings stored in the database: defaults, scopes, validation and the audit trail."""

from __future__ import annotations

import json

import pytest

from lpks_desktop.core.models import AuditLog, Institution, Setting
from lpks_desktop.core.services.records import ValidationFailed
from lpks_desktop.core.services.settings import (
    DEFAULT_PAPER,
    MINUTES_PER_JP,
    default_paper,
    get_setting,
    minutes_per_jp,
    set_setting,
)


@pytest.fixture
def two_institutions(store):
    first = store.save(Institution(code="LPK-A", name="LPK Satu"))
    second = store.save(Institution(code="LPK-B", name="LPK Dua"))
    return first.id, second.id


def test_known_settings_have_their_defaults_in_an_empty_database(store):
    assert minutes_per_jp() == 45
    assert default_paper(None) == "A4"
    assert get_setting("unknown_key") is None
    assert get_setting("unknown_key", "fallback") == "fallback"


def test_minutes_per_jp_is_stored_database_wide_and_audited(store):
    assert set_setting(store, MINUTES_PER_JP, "50") == 50
    row = Setting.get(Setting.key == MINUTES_PER_JP)
    assert row.institution_id is None and json.loads(row.value) == 50
    assert minutes_per_jp() == 50
    set_setting(store, MINUTES_PER_JP, 60)
    assert Setting.select().where(Setting.key == MINUTES_PER_JP).count() == 1
    assert minutes_per_jp() == 60
    actions = [(a.action, a.table_name) for a in AuditLog.select().order_by(AuditLog.id)]
    assert actions == [("insert", "setting"), ("update", "setting")]


@pytest.mark.parametrize("bad", [29, 61, "45 menit", True, None, 45.5])
def test_minutes_per_jp_out_of_range_is_refused_and_nothing_written(store, bad):
    with pytest.raises(ValidationFailed) as failure:
        set_setting(store, MINUTES_PER_JP, bad)
    assert [p.field for p in failure.value.errors] == [MINUTES_PER_JP]
    assert "30" in failure.value.errors[0].message("en")
    assert Setting.select().count() == 0


def test_minutes_per_jp_cannot_be_set_per_institution(store, two_institutions):
    with pytest.raises(ValueError):
        set_setting(store, MINUTES_PER_JP, 50, institution_id=two_institutions[0])


def test_paper_size_is_per_institution_with_the_database_default_behind_it(store, two_institutions):
    first, second = two_institutions
    set_setting(store, DEFAULT_PAPER, "f4", institution_id=first)
    assert default_paper(first) == "F4"
    assert default_paper(second) == "A4"
    set_setting(store, DEFAULT_PAPER, "F4")  # database-wide
    assert default_paper(second) == "F4"
    set_setting(store, DEFAULT_PAPER, "A4", institution_id=second)
    assert (default_paper(first), default_paper(second), default_paper(None)) == ("F4", "A4", "F4")
    assert Setting.select().count() == 3


def test_a_bad_paper_size_is_refused(store, two_institutions):
    with pytest.raises(ValidationFailed) as failure:
        set_setting(store, DEFAULT_PAPER, "Letter", institution_id=two_institutions[0])
    assert "A4" in failure.value.errors[0].message("id")
    assert Setting.select().count() == 0


def test_a_damaged_stored_value_reads_as_the_default(store):
    set_setting(store, MINUTES_PER_JP, 50)
    Setting.update(value="200").where(Setting.key == MINUTES_PER_JP).execute()
    assert minutes_per_jp() == 45
    Setting.update(value="not json").where(Setting.key == MINUTES_PER_JP).execute()
    assert minutes_per_jp() == 45


def test_other_keys_keep_any_json_value(store, two_institutions):
    set_setting(store, "letter_footer", {"lines": ["Jl. Merdeka 1", "Paringin"]}, two_institutions[1])
    assert get_setting("letter_footer", institution_id=two_institutions[1]) == {
        "lines": ["Jl. Merdeka 1", "Paringin"]}
    assert get_setting("letter_footer", institution_id=two_institutions[0]) is None


def test_settings_go_with_their_institution(store, two_institutions):
    set_setting(store, DEFAULT_PAPER, "F4", institution_id=two_institutions[0])
    Institution.delete_by_id(two_institutions[0])
    assert Setting.select().count() == 0
