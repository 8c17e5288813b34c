"""A generated schedule is checked against every other class before it is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from class_scenario import build, session
from record_checks import writes_nothing

from lpks_desktop.core import models as m
from lpks_desktop.core.services.conflicts import ConflictsFound, all_conflicts
from lpks_desktop.core.services.schedule_generator import TimeSlot, draft_for_class, save_draft

MON_FRI = {0, 1, 2, 3, 4}
MORNING = [TimeSlot(dt.time(8), dt.time(12))]


@pytest.fixture
def world(store):
    world = build(store)
    # A class at the other institution where Budi already teaches on Monday 7 December 2026.
    welding = store.save(m.TrainingClass(
        institution=world.stb.id, program=world.program.id, code="STB-LAS-2026-01", name="Las",
        room=world.workshop.id, capacity=10, status=m.ClassStatus.RUNNING))
    world.busy = session(store, welding, dt.date(2026, 12, 7), "10:00", "12:00", trainers=[(world.budi, "lead")])
    # The sewing room is booked on Tuesday morning by another sewing class, until 08:00 only on Wednesday.
    other = store.save(m.TrainingClass(
        institution=world.sbp.id, program=world.program.id, code="SBP-JHT-2026-02", name="Menjahit 2",
        room=world.sewing_room.id, capacity=10))
    session(store, other, dt.date(2026, 12, 8), "07:00", "09:00")
    session(store, other, dt.date(2026, 12, 9), "06:00", "08:00")  # ends as ours starts: no clash
    world.klass.status = m.ClassStatus.PLANNED
    store.save(world.klass)
    return world


def test_hard_clashes_refuse_the_schedule_and_keep_the_old_one(store, world):
    old = session(store, world.klass, dt.date(2026, 12, 1), "08:00", "12:00")
    draft = draft_for_class(world.klass.id, dt.date(2026, 12, 7), MON_FRI, MORNING)
    with writes_nothing(), pytest.raises(ConflictsFound) as caught:
        save_draft(store, world.klass.id, draft, trainer_id=world.budi.id)
    found = {(c.kind, c.date) for c in caught.value.conflicts}
    assert found == {("trainer", dt.date(2026, 12, 7)), ("room", dt.date(2026, 12, 8))}
    assert m.ClassSession.get_or_none(id=old.id) is not None


def test_accepted_clashes_are_saved_with_their_reason(store, world):
    draft = draft_for_class(world.klass.id, dt.date(2026, 12, 7), MON_FRI, MORNING)
    saved = save_draft(store, world.klass.id, draft, trainer_id=world.budi.id,
                       override_reason="Ruang dipakai bergantian; Budi datang setelah jam 12")
    assert len(saved) == len(draft.sessions)
    assert all(s.trainers.get().trainer_id == world.budi.id for s in saved)
    overrides = list(m.ConflictOverride.select())
    assert {(o.kind, o.reason.startswith("Ruang")) for o in overrides} == {("trainer", True), ("room", True)}
    everything = all_conflicts()
    assert everything and all(c.overridden for c in everything)


def test_a_schedule_without_clashes_saves_without_a_reason(store, world):
    draft = draft_for_class(world.klass.id, dt.date(2026, 12, 14), MON_FRI, MORNING)
    saved = save_draft(store, world.klass.id, draft, trainer_id=world.sari.id)
    assert saved[0].date == dt.date(2026, 12, 14) and not m.ConflictOverride.select().exists()
