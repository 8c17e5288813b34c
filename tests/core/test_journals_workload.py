"""Trainer journals and the monthly workload they pay: only written JP count, at the right rate."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from class_scenario import build, session
from record_checks import error_fields, refused

from lpks_desktop.core import models as m
from lpks_desktop.core.services.journals import clear_journal, missing_journals, save_journal
from lpks_desktop.core.services.settings import DEFAULT_RATE_PER_JP, MINUTES_PER_JP, set_setting
from lpks_desktop.core.services.workload import trainer_workload

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def world(store):
    return build(store)


def test_a_journal_marks_the_session_held(store, world):
    row = session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", jp=5)
    saved, warnings = save_journal(store, row.id, {"taught": " Mengukur lingkar badan ", "jp": "5",
                                                   "notes": ""}, today=TODAY)
    stored = m.ClassSession.get_by_id(row.id)
    assert (stored.status, stored.journal_jp, stored.journal_taught) == ("held", 5, "Mengukur lingkar badan")
    assert stored.journal_by and stored.journal_at is not None
    assert warnings == ()
    clear_journal(store, row.id)
    stored = m.ClassSession.get_by_id(row.id)
    assert (stored.status, stored.journal_jp, stored.journal_taught) == ("planned", None, "")


def test_journal_problems_are_named_and_nothing_is_written(store, world):
    row = session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", jp=5)
    # 4 hours hold 5 JP of 45 minutes, not 6.
    failure = refused(save_journal, store, row.id, {"taught": "", "jp": 6}, today=TODAY)
    assert error_fields(failure) == {"jp": "jp_beyond_time", "taught": "nothing_taught"}
    assert "08.00" not in failure.errors[0].message("en") and "5 JP" in failure.errors[0].message("en")
    failure = refused(save_journal, store, row.id, {"taught": "x", "jp": "lima"}, today=TODAY)
    assert error_fields(failure) == {"jp": "not_whole_number"}


def test_minutes_per_jp_decide_what_fits(store, world):
    set_setting(store, MINUTES_PER_JP, 60)
    row = session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", jp=4)
    failure = refused(save_journal, store, row.id, {"taught": "x", "jp": 5}, today=TODAY)
    assert error_fields(failure) == {"jp": "jp_beyond_time"}


def test_fewer_jp_than_planned_asks_for_a_note(store, world):
    row = session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", jp=5)
    _, warnings = save_journal(store, row.id, {"taught": "Pola dasar", "jp": 3}, today=TODAY)
    assert [w.code for w in warnings] == ["fewer_than_planned"]
    _, warnings = save_journal(store, row.id, {"taught": "Pola dasar", "jp": 3, "notes": "Listrik padam"},
                               today=TODAY)
    assert warnings == ()


def test_no_journal_for_cancelled_or_future_sessions(store, world):
    cancelled = session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", status="cancelled")
    future = session(store, world.klass, dt.date(2026, 12, 2), "08:00", "12:00")
    assert error_fields(refused(save_journal, store, cancelled.id, {"taught": "x", "jp": 1}, today=TODAY)) == {
        "session": "session_cancelled"}
    failure = refused(save_journal, store, future.id, {"taught": "x", "jp": 1}, today=TODAY)
    assert "Rabu, 2 Desember 2026" in failure.render("id")


def _held(store, world, day, start, end, jp, trainers, klass=None):
    row = session(store, klass or world.klass, day, start, end, jp=jp, trainers=trainers)
    save_journal(store, row.id, {"taught": "Praktik", "jp": jp, "notes": "."}, today=TODAY)
    return m.ClassSession.get_by_id(row.id)  # as the journal left it, for a later save over it


def test_workload_counts_written_jp_per_role_and_month(store, world):
    lead, assistant = "lead", "assistant"
    _held(store, world, dt.date(2026, 11, 2), "08:00", "12:00", 5, [(world.budi, lead), (world.sari, assistant)])
    _held(store, world, dt.date(2026, 11, 3), "08:00", "11:00", 4, [(world.budi, lead)])
    _held(store, world, dt.date(2026, 10, 30), "08:00", "12:00", 5, [(world.budi, lead)])  # October
    session(store, world.klass, dt.date(2026, 11, 4), "08:00", "12:00", trainers=[(world.budi, lead)])  # no journal
    cancelled = _held(store, world, dt.date(2026, 11, 5), "08:00", "12:00", 5, [(world.sari, lead)])
    cancelled.status = "cancelled"
    store.save(cancelled)

    workload = trainer_workload(2026, 11, today=TODAY)
    rows = {r.trainer_name: r for r in workload.rows}
    budi, sari = rows["Budi Santoso"], rows["Sari Wulandari"]
    assert (budi.sessions, budi.lead_jp, budi.assistant_jp, budi.total_jp) == (2, 9, 0, 9)
    assert (budi.rate_per_jp, budi.fee) == (Decimal("100000"), Decimal("900000"))
    assert (sari.sessions, sari.lead_jp, sari.assistant_jp) == (1, 0, 5)
    assert sari.rate_per_jp is None and sari.fee is None and workload.without_rate == [sari]
    assert workload.total_jp == 14 and workload.total_fee == Decimal("900000")
    assert workload.missing_journals == 1 == missing_journals(TODAY, since=dt.date(2026, 11, 1))


def test_default_rate_comes_from_the_institution(store, world):
    set_setting(store, DEFAULT_RATE_PER_JP, "75.000", institution_id=world.stb.id)
    set_setting(store, DEFAULT_RATE_PER_JP, 60000, institution_id=world.sbp.id)
    _held(store, world, dt.date(2026, 11, 2), "08:00", "12:00", 5, [(world.sari, "lead")])
    # Sari's home is LPK-STB: across all institutions its default applies...
    sari = trainer_workload(2026, 11, today=TODAY).rows[0]
    assert (sari.rate_per_jp, sari.rate_is_default, sari.fee) == (Decimal(75000), True, Decimal(375000))
    # ...but LPK-SBP pays for its own classes at its own default.
    sari = trainer_workload(2026, 11, institution_id=world.sbp.id, today=TODAY).rows[0]
    assert sari.fee == Decimal(300000)
    assert trainer_workload(2026, 11, institution_id=world.stb.id, today=TODAY).rows == []
