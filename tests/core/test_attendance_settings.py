"""The rules for I (izin) and S (sakit) marks: settings per institution."""

from __future__ import annotations

import json

import pytest
from record_checks import assert_bilingual, writes_nothing

from lpks_desktop.core.models import AuditLog, Institution, Setting
from lpks_desktop.core.services.records import ValidationFailed
from lpks_desktop.core.services.settings import (
    ATTENDANCE_EXCUSED_RULE,
    ATTENDANCE_RULES,
    ATTENDANCE_SICK_RULE,
    KNOWN,
    get_setting,
    set_setting,
    settings_for,
)

KEYS = (ATTENDANCE_EXCUSED_RULE, ATTENDANCE_SICK_RULE)


@pytest.fixture
def institutions(store):
    return (store.save(Institution(code="LPK-A", name="LPK Satu")).id,
            store.save(Institution(code="LPK-B", name="LPK Dua")).id)


def test_the_rules_are_known_per_institution_settings_defaulting_to_absent(store):
    assert ATTENDANCE_RULES == ("absent", "present", "excluded")
    for key in KEYS:
        assert KNOWN[key].per_institution and KNOWN[key].default == "absent"
        assert get_setting(key) == "absent"
        assert get_setting(key, institution_id=12345) == "absent"


@pytest.mark.parametrize("key", KEYS)
def test_each_institution_keeps_its_own_rule_over_the_database_wide_one(store, institutions, key):
    first, second = institutions
    assert set_setting(store, key, " Present ", institution_id=first) == "present"
    assert set_setting(store, key, "excluded") == "excluded"
    assert get_setting(key, institution_id=first) == "present"
    assert get_setting(key, institution_id=second) == "excluded"
    assert settings_for(key, [first, second]) == {first: "present", second: "excluded"}
    stored = Setting.get(Setting.key == key, Setting.institution == first)
    assert json.loads(stored.value) == "present"
    assert [(a.action, a.table_name) for a in AuditLog.select().order_by(AuditLog.id)][-2:] == [
        ("insert", "setting"), ("insert", "setting")]


def test_the_two_rules_are_independent(store, institutions):
    first, _ = institutions
    set_setting(store, ATTENDANCE_SICK_RULE, "present", institution_id=first)
    assert get_setting(ATTENDANCE_EXCUSED_RULE, institution_id=first) == "absent"
    assert settings_for(ATTENDANCE_EXCUSED_RULE, [first]) == {first: "absent"}


@pytest.mark.parametrize("key, words", [(ATTENDANCE_EXCUSED_RULE, ("izin", "excused")),
                                        (ATTENDANCE_SICK_RULE, ("sakit", "sick"))])
@pytest.mark.parametrize("bad", ["hadir", "", None, 1, True, "absent or present"])
def test_any_other_value_is_refused_in_both_languages(store, institutions, key, words, bad):
    with writes_nothing(), pytest.raises(ValidationFailed) as caught:
        set_setting(store, key, bad, institution_id=institutions[0])
    [problem] = caught.value.errors
    assert (problem.field, problem.code) == (key, "attendance_rule")
    assert_bilingual(problem)
    assert words[0] in problem.message("id") and words[1] in problem.message("en")
    assert "excluded" in problem.message("en") and str(bad) in problem.message("en")


def test_a_damaged_stored_value_falls_back(store, institutions):
    first, _ = institutions
    store.save(Setting(key=ATTENDANCE_SICK_RULE, institution=first, value='"maybe"'))
    assert get_setting(ATTENDANCE_SICK_RULE, institution_id=first) == "absent"
    assert settings_for(ATTENDANCE_SICK_RULE, [first]) == {first: "absent"}
