"""JP of a class's schedule against its program: planned, delivered, per competency unit."""

from __future__ import annotations

import datetime as dt

import pytest
from class_scenario import build, session

from lpks_desktop.core import models as m
from lpks_desktop.core.services.schedule_summary import jp_summary


@pytest.fixture
def world(store):
    return build(store)


def test_a_class_without_sessions_plans_nothing_yet(store, world):
    summary = jp_summary(world.klass.id)
    assert (summary["program_jp"], summary["planned_jp"], summary["delivered_jp"]) == (20, 0, 0)
    assert [(u["code"], u["title"], u["program_jp"], u["planned_jp"], u["delivered_jp"])
            for u in summary["units"]] == [
        ("C.141000.001.02", "Mengukur Tubuh", 8, 0, 0), ("C.141000.002.02", "Membuat Pola", 12, 0, 0)]
    assert [u["unit_id"] for u in summary["units"]] == [u.id for u in world.units]
    assert (summary["other_planned_jp"], summary["other_delivered_jp"]) == (0, 0)


def test_cancelled_sessions_do_not_count_and_journals_give_the_delivered_jp(store, world):
    measure, pattern = world.units
    day = dt.date(2026, 11, 2)
    session(store, world.klass, day, "08:00", "11:00", unit=measure.id, jp=4, journal_jp=3,
            journal_taught="Mengukur lingkar badan")
    session(store, world.klass, day + dt.timedelta(days=1), "08:00", "11:00", unit=measure.id, jp=4)
    session(store, world.klass, day + dt.timedelta(days=2), "08:00", "11:00", unit=pattern.id, jp=4,
            status=m.SessionStatus.CANCELLED, cancel_reason="Listrik padam")
    session(store, world.klass, day + dt.timedelta(days=3), "08:00", "11:00", unit=pattern.id, jp=4,
            journal_jp=4, status=m.SessionStatus.HELD)
    session(store, world.klass, day + dt.timedelta(days=4), "08:00", "09:30", jp=2, journal_jp=2,
            topic="Pembukaan dan orientasi")
    summary = jp_summary(world.klass.id)
    assert [(u["planned_jp"], u["delivered_jp"]) for u in summary["units"]] == [(8, 3), (4, 4)]
    assert (summary["other_planned_jp"], summary["other_delivered_jp"]) == (2, 2)
    assert (summary["program_jp"], summary["planned_jp"], summary["delivered_jp"]) == (20, 14, 9)


def test_sessions_of_other_classes_are_not_counted(store, world):
    other = store.save(m.TrainingClass(
        institution=world.sbp.id, program=world.program.id, code="SBP-JHT-2026-02",
        name="Menjahit Angkatan 2", capacity=16))
    session(store, other, dt.date(2026, 12, 1), "08:00", "12:00", unit=world.units[0].id, jp=5)
    session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", unit=world.units[0].id, jp=5)
    assert jp_summary(world.klass.id)["planned_jp"] == 5
    assert jp_summary(other.id)["units"][0]["planned_jp"] == 5


def test_an_unknown_class_is_not_found(store, world):
    with pytest.raises(m.TrainingClass.DoesNotExist):
        jp_summary(world.klass.id + 1000)
