"""A session or its journal opened by one clerk and saved meanwhile by another: the later save
is refused with what changed, nothing written."""

import datetime as dt

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.record_changes import RecordChanged
from lpks_desktop.core.services import journals, sessions

from class_scenario import build, session
from record_checks import writes_nothing

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def held(store):
    world = build(store)
    return session(store, world.klass, DAY, "08:00", "12:00", jp=4)


def test_a_session_moved_by_someone_else_is_not_moved_again_over_it(store, held):
    opened = m.ClassSession.get_by_id(held.id)
    with acting_as("budi"):
        sessions.update_session(store, held.id, {"topic": "Pola dasar"}, today=DAY)
    with writes_nothing(), pytest.raises(RecordChanged) as refused:
        sessions.update_session(store, held.id, {"start_time": "09:00", "end_time": "12:00"},
                                today=DAY, loaded=opened)
    assert refused.value.saved_by == "budi"
    assert [f.field for f in refused.value.fields] == ["topic"]
    assert m.ClassSession.get_by_id(held.id).start_time == dt.time(8, 0)


def test_a_journal_written_meanwhile_is_not_overwritten(store, held):
    opened = m.ClassSession.get_by_id(held.id)
    with acting_as("sari"):
        journals.save_journal(store, held.id, {"taught": "Mengukur badan", "jp": 4, "notes": ""},
                              today=DAY)
    with writes_nothing(), pytest.raises(RecordChanged) as refused:
        journals.save_journal(store, held.id, {"taught": "Pola", "jp": 3, "notes": ""}, today=DAY,
                              loaded=opened)
    assert "journal_taught" in [f.field for f in refused.value.fields]
    assert m.ClassSession.get_by_id(held.id).journal_taught == "Mengukur badan"
    with pytest.raises(RecordChanged):
        journals.clear_journal(store, held.id, loaded=opened)


def test_the_opened_version_saves_when_nobody_else_did(store, held):
    opened = m.ClassSession.get_by_id(held.id)
    saved, _ = journals.save_journal(store, held.id, {"taught": "Pola", "jp": 3, "notes": ""},
                                     today=DAY, loaded=opened)
    assert saved.journal_jp == 3
    reopened = m.ClassSession.get_by_id(held.id)
    sessions.update_session(store, held.id, {"topic": "Pola dasar"}, today=DAY, loaded=reopened)
    assert m.ClassSession.get_by_id(held.id).topic == "Pola dasar"
