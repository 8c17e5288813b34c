"""Trainers for many sessions at once: a unit's, the chosen ones; clashes and warnings first."""

from __future__ import annotations

import datetime as dt

from lpks_desktop.core import models as m
from lpks_desktop.gui.dialogs import ProblemsDialog
from lpks_desktop.gui.schedule import actions
from lpks_desktop.gui.schedule.override_dialog import OverrideDialog
from lpks_desktop.gui.schedule.trainers_dialog import TrainersDialog

import test_schedule_scenario as scenario
from test_schedule_scenario import session

# Fixtures of the shared scenario, found by pytest under these names.
clerk, no_real_dialogs, scene = scenario.clerk, scenario.no_real_dialogs, scenario.scene


def four_sessions(store, scene) -> list[m.ClassSession]:
    start = scene.planned.start_date
    first, second = scene.units
    return [session(store, scene.planned, start + dt.timedelta(days=day), "08:00", "12:00",
                    unit=unit.id, jp=5)
            for day, unit in ((0, first), (1, first), (2, second), (3, second))]


def trainers_of(session_id) -> list[tuple[int, str]]:
    return [(t.trainer_id, t.role) for t in m.SessionTrainer.select()
            .where(m.SessionTrainer.session == session_id).order_by(m.SessionTrainer.id)]


def test_a_trainer_for_every_session_of_a_unit(qtbot, store, scene, clerk):
    rows = four_sessions(store, scene)
    seen = {}

    def assign(dialog: TrainersDialog):
        qtbot.addWidget(dialog)
        assert dialog.scope_selected.isChecked() and dialog.count.text() == "Sessions to change: 1"
        dialog.scope_unit.setChecked(True)
        dialog.unit.setCurrentIndex(dialog.unit.findData(scene.units[1].id))
        dialog.trainer.set_trainer(scene.budi.id)
        dialog.refresh()
        seen["count"] = dialog.count.text()
        seen["summary"] = dialog.panel.summary.text()
        seen["first"] = dialog.panel.model.text(0)
        qtbot.mouseClick(dialog.assign_button, scenario.LEFT)
        return dialog.result()

    clerk.then(assign).then(lambda d: d.accept() or 0)
    assert actions.assign_trainers(None, store, scene.planned.id, [rows[0].id]) is True
    assert seen["count"] == "Sessions to change: 2"
    assert seen["summary"] == "Warnings: 2"  # Budi has no recorded competency for Membuat Pola
    assert "Budi Santoso has no recorded competency for unit C.141000.002.02" in seen["first"]
    assert [trainers_of(r.id) for r in rows] == [[], [], [(scene.budi.id, "lead")],
                                                 [(scene.budi.id, "lead")]]
    assert isinstance(clerk.seen[-1], ProblemsDialog)  # the same warnings, after saving


def test_a_double_booked_trainer_needs_a_reason(qtbot, store, scene, clerk):
    rows = four_sessions(store, scene)
    busy = session(store, scene.klass, rows[0].date, "10:00", "12:00", jp=2,
                   trainers=[(scene.sari, "lead")])

    def assign(dialog: TrainersDialog):
        qtbot.addWidget(dialog)
        dialog.trainer.set_trainer(scene.sari.id)
        dialog.assistant_choice.setChecked(True)
        dialog.refresh()
        assert dialog.panel.summary.text().startswith("Conflicts that stop the save: 1")
        dialog.assign()
        return dialog.result()

    def reason(dialog: OverrideDialog):
        dialog.reason.setPlainText("Sari mengawasi dua ruangan yang bersebelahan")
        dialog.accept()
        return dialog.result()

    clerk.then(assign).then(reason)
    assert actions.assign_trainers(None, store, scene.planned.id, [rows[0].id]) is True
    assert trainers_of(rows[0].id) == [(scene.sari.id, "assistant")]
    override = m.ConflictOverride.get()
    assert (override.session_id, override.other_session_id, override.kind, override.subject_id) == (
        rows[0].id, busy.id, "trainer", scene.sari.id)
    assert override.reason == "Sari mengawasi dua ruangan yang bersebelahan"


def test_cancelled_sessions_among_the_chosen_are_left_out(qtbot, store, scene):
    rows = four_sessions(store, scene)
    rows[1].status = "cancelled"
    store.save(rows[1])
    dialog = TrainersDialog(store, scene.planned.id, [rows[0].id, rows[1].id])
    qtbot.addWidget(dialog)
    assert dialog.session_ids() == [rows[0].id]
    assert dialog.count.text() == "Sessions to change: 1 · cancelled ones left out: 1"
    assert not dialog.assign_button.isEnabled()  # no trainer chosen yet
    dialog.scope_class.setChecked(True)
    dialog.from_today.setChecked(False)
    assert dialog.session_ids() == [rows[0].id, rows[2].id, rows[3].id]


def test_taking_a_trainer_off_the_chosen_sessions(qtbot, store, scene, clerk):
    rows = four_sessions(store, scene)
    for row in rows[:2]:
        store.save(m.SessionTrainer(session=row.id, trainer=scene.budi.id, role="lead"))

    def remove(dialog: TrainersDialog):
        qtbot.addWidget(dialog)
        dialog.trainer.set_trainer(scene.budi.id)
        dialog.refresh()
        dialog.remove()
        return dialog.result()

    clerk.then(remove).yes()
    assert actions.assign_trainers(None, store, scene.planned.id, [r.id for r in rows[:2]]) is True
    assert clerk.texts()[0].startswith("Take Budi Santoso (LPK-SBP) off 2 session")
    assert [trainers_of(r.id) for r in rows[:2]] == [[], []]
