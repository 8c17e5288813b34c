"""Calendar queries: a week by room, trainer or class, and the month grid."""

from __future__ import annotations

import datetime as dt

import pytest
from class_scenario import build, session

from lpks_desktop.core import models as m
from lpks_desktop.core.services import calendar_view


@pytest.fixture
def world(store):
    world = build(store)
    other = store.save(m.TrainingClass(
        institution=world.stb.id, program=world.program.id, code="STB-LAS-2026-01", name="Las",
        room=world.workshop.id, capacity=10, status=m.ClassStatus.RUNNING))
    session(store, world.klass, dt.date(2026, 11, 30), "08:00", "12:00", unit=world.units[0],
            trainers=[(world.budi, "lead"), (world.sari, "assistant")])
    session(store, world.klass, dt.date(2026, 12, 1), "08:00", "12:00", room=world.workshop.id,
            status="cancelled", cancel_reason="Listrik padam")
    session(store, other, dt.date(2026, 12, 2), "13:00", "16:00", topic="K3 Las", trainers=[(world.sari, "lead")])
    session(store, world.klass, dt.date(2026, 12, 7), "08:00", "12:00")  # next week
    gone = store.save(m.TrainingClass(
        institution=world.sbp.id, program=world.program.id, code="SBP-JHT-2026-09", name="Batal",
        room=world.sewing_room.id, capacity=10, status=m.ClassStatus.CANCELLED))
    session(store, gone, dt.date(2026, 12, 3), "08:00", "12:00", trainers=[(world.budi, "lead")])
    world.other = other
    return world


def codes(days):
    return {day.isoformat(): [e.class_code for e in entries] for day, entries in days.items() if entries}


def test_week_of_a_room_counts_the_class_room_and_session_rooms(world):
    week = calendar_view.week(dt.date(2026, 12, 2), room_id=world.workshop.id)
    assert list(week)[0] == dt.date(2026, 11, 30) and len(week) == 7
    assert codes(week) == {"2026-12-01": ["SBP-JHT-2026-01"], "2026-12-02": ["STB-LAS-2026-01"]}
    assert week[dt.date(2026, 12, 1)][0].cancelled


def test_week_of_a_trainer_spans_institutions_and_lists_the_lead_first(world):
    week = calendar_view.week(dt.date(2026, 11, 30), trainer_id=world.sari.id)
    assert codes(week) == {"2026-11-30": ["SBP-JHT-2026-01"], "2026-12-02": ["STB-LAS-2026-01"]}
    first = week[dt.date(2026, 11, 30)][0]
    assert first.trainers == ("Budi Santoso", "Sari Wulandari")
    assert (first.room_name, first.unit_code, first.institution_code) == (
        "Ruang Jahit", "C.141000.001.02", "LPK-SBP")
    assert week[dt.date(2026, 12, 2)][0].title == "K3 Las"


def test_cancelled_classes_stay_off_the_calendar(world):
    week = calendar_view.week(dt.date(2026, 11, 30), trainer_id=world.budi.id)
    assert codes(week) == {"2026-11-30": ["SBP-JHT-2026-01"]}


def test_month_grid_starts_on_monday_and_leaves_out_cancelled_sessions(world):
    grid = calendar_view.month_grid(2026, 12)
    assert grid[0][0] == dt.date(2026, 11, 30) and grid[-1][-1] == dt.date(2027, 1, 3)
    assert all(len(week) == 7 for week in grid)
    month = calendar_view.month(2026, 12, institution_id=world.sbp.id)
    assert codes(month) == {"2026-11-30": ["SBP-JHT-2026-01"], "2026-12-07": ["SBP-JHT-2026-01"]}


def test_subjects_for_each_view(world):
    rooms = calendar_view.subjects("room")
    assert [label for _, label in rooms] == ["Ruang Jahit (LPK-SBP)", "Bengkel Las (LPK-STB)"]
    # Sari's home is LPK-STB, but she teaches at LPK-SBP too.
    assert [name for _, name in calendar_view.subjects("trainer", world.sbp.id)] == [
        "Budi Santoso", "Sari Wulandari"]
    assert [name for _, name in calendar_view.subjects("trainer", world.stb.id)] == ["Sari Wulandari"]
    assert len(calendar_view.subjects("class")) == 2
    with pytest.raises(ValueError):
        calendar_view.subjects("planet")
