"""Generating a class's schedule: the live preview, skipped holidays, conflicts before saving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services.settings import SKIP_COLLECTIVE_LEAVE, set_setting
from lpks_desktop.gui.schedule import actions
from lpks_desktop.gui.schedule.generator_dialog import GeneratorDialog
from lpks_desktop.gui.schedule.override_dialog import OverrideDialog

import test_schedule_scenario as scenario
from test_schedule_scenario import session

# Fixtures of the shared scenario, found by pytest under these names.
clerk, no_real_dialogs, scene = scenario.clerk, scenario.no_real_dialogs, scenario.scene

# Wednesday before Christmas: 24 December is collective leave, 25 December a national holiday.
START = dt.date(2026, 12, 23)


def open_dialog(qtbot, store, class_id) -> GeneratorDialog:
    dialog = GeneratorDialog(store, class_id)
    qtbot.addWidget(dialog)
    return dialog


def start_on(dialog: GeneratorDialog, day: dt.date) -> None:
    dialog.start.setDate(QDate(day.year, day.month, day.day))
    dialog.refresh()


def column(model, col: int) -> list[str]:
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def planned(class_id) -> list[tuple]:
    return [(s.date, s.start_time, s.end_time, s.jp, s.unit_id) for s in m.ClassSession.select()
            .where(m.ClassSession.training_class == class_id)
            .order_by(m.ClassSession.date, m.ClassSession.start_time)]


def test_the_preview_skips_christmas_and_the_schedule_is_saved(qtbot, store, scene, clerk,
                                                               qtmodeltester):
    def generate(dialog: GeneratorDialog):
        qtbot.addWidget(dialog)
        assert not dialog.collective_leave.isChecked()  # the institution's setting: not skipped
        start_on(dialog, START)
        assert column(dialog.sessions_model, 1) == [
            "Wednesday, 23 December 2026"] * 3 + ["Thursday, 24 December 2026"] * 2 + [
            "Monday, 28 December 2026"]
        assert column(dialog.sessions_model, 2) == [
            "08:00–12:00", "13:00–15:15", "15:15–16:00", "08:00–12:00", "13:00–16:00", "08:00–09:30"]
        assert column(dialog.sessions_model, 4)[1:3] == [
            "C.141000.001.02 Mengukur Tubuh", "C.141000.002.02 Membuat Pola"]
        assert column(dialog.skipped_model, 0) == ["Friday, 25 December 2026"]
        assert column(dialog.skipped_model, 1) == ["Christmas Day"]
        assert column(dialog.units_model, 3) == ["8", "12"]
        assert dialog.jp_label.text() == "Planned 20 JP of the program's 20 JP"
        assert dialog.panel.summary.text() == "No conflicts with other sessions."
        for model in (dialog.sessions_model, dialog.skipped_model, dialog.units_model):
            qtmodeltester.check(model)
        assert dialog.save_button.isEnabled()
        dialog.accept()
        return dialog.result()

    clerk.then(generate)
    assert actions.generate_schedule(None, store, scene.planned.id) is True
    first, second = scene.units
    assert planned(scene.planned.id) == [
        (START, dt.time(8), dt.time(12), 5, first.id),
        (START, dt.time(13), dt.time(15, 15), 3, first.id),
        (START, dt.time(15, 15), dt.time(16), 1, second.id),
        (dt.date(2026, 12, 24), dt.time(8), dt.time(12), 5, second.id),
        (dt.date(2026, 12, 24), dt.time(13), dt.time(16), 4, second.id),
        (dt.date(2026, 12, 28), dt.time(8), dt.time(9, 30), 2, second.id),
    ]
    klass = m.TrainingClass.get_by_id(scene.planned.id)
    assert (klass.start_date, klass.end_date) == (START, dt.date(2026, 12, 28))


def test_the_preview_follows_the_weekdays_after_a_short_pause(qtbot, store, scene):
    dialog = open_dialog(qtbot, store, scene.planned.id)
    start_on(dialog, START)
    before = column(dialog.sessions_model, 1)
    dialog.weekdays[3].setChecked(False)  # no Thursdays
    assert column(dialog.sessions_model, 1) == before  # not yet: the preview waits for a pause
    qtbot.waitUntil(lambda: column(dialog.sessions_model, 1) != before, timeout=2000)
    assert "Thursday, 24 December 2026" not in column(dialog.sessions_model, 1)
    dialog.set_weekdays(set())
    dialog.refresh()
    assert dialog.weekdays_problem.text() == "Choose at least one weekday for the sessions."
    assert dialog.sessions_model.rowCount() == 0 and not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.workdays_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_weekdays() == {0, 1, 2, 3, 4}


def test_unreadable_slots_are_shown_beside_the_field(qtbot, store, scene):
    dialog = open_dialog(qtbot, store, scene.planned.id)
    dialog.slots.setText("08.00-12.00, 25.00-26.00")
    dialog.refresh()
    assert dialog.slots_problem.isVisibleTo(dialog)
    assert dialog.slots_problem.text() == (
        'The slot "25.00-26.00" holds a time that does not exist (hours 0-23, minutes 0-59).')
    assert not dialog.save_button.isEnabled()
    dialog.slots.setText("8-12; 13-16")
    dialog.refresh()
    assert not dialog.slots_problem.isVisibleTo(dialog) and dialog.save_button.isEnabled()


def test_collective_leave_follows_the_institution_setting(qtbot, store, scene):
    set_setting(store, SKIP_COLLECTIVE_LEAVE, True, scene.sbp.id)
    dialog = open_dialog(qtbot, store, scene.planned.id)
    assert dialog.collective_leave.isChecked()
    start_on(dialog, START)
    assert column(dialog.skipped_model, 0) == ["Thursday, 24 December 2026", "Friday, 25 December 2026"]


def test_a_room_clash_is_shown_and_saved_only_with_a_reason(qtbot, store, scene, clerk):
    busy = session(store, scene.klass, START, "08:00", "10:00", jp=2)  # the same room
    asked = []

    def generate(dialog: GeneratorDialog):
        qtbot.addWidget(dialog)
        start_on(dialog, START)
        assert dialog.panel.summary.text() == "Conflicts that stop the save: 1"
        assert "Room Ruang Jahit is already booked by class SBP-JHT-2026-01" in dialog.panel.model.text(0)
        dialog.accept()  # declined below: nothing saved, the dialog stays
        asked.append(planned(scene.planned.id))
        dialog.accept()
        return dialog.result()

    def decline(dialog):
        assert isinstance(dialog, OverrideDialog)
        return dialog.reject() or 0

    def reason(dialog: OverrideDialog):
        dialog.reason.setPlainText("Kelas angkatan 1 hanya memakai dua jam pertama")
        dialog.accept()
        return dialog.result()

    clerk.then(generate).then(decline).then(reason)
    assert actions.generate_schedule(None, store, scene.planned.id) is True
    assert asked == [[]]
    first = m.ClassSession.select().where(m.ClassSession.training_class == scene.planned.id) \
        .order_by(m.ClassSession.date, m.ClassSession.start_time).first()
    override = m.ConflictOverride.get()
    assert (override.session_id, override.other_session_id, override.kind, override.reason) == (
        busy.id, first.id, "room", "Kelas angkatan 1 hanya memakai dua jam pertama")


def test_replacing_planned_sessions_is_asked_first(qtbot, store, scene, clerk):
    for day in (START, START + dt.timedelta(days=1)):
        session(store, scene.planned, day, "08:00", "12:00")

    def generate(dialog: GeneratorDialog):
        qtbot.addWidget(dialog)
        start_on(dialog, dt.date(2027, 1, 11))
        assert dialog.panel.summary.text() == "No conflicts with other sessions."  # not with its own
        lead = scene.budi.id
        dialog.lead.set_trainer(lead)
        dialog.refresh()
        dialog.accept()
        return dialog.result()

    clerk.then(generate).yes()
    assert actions.generate_schedule(None, store, scene.planned.id) is True
    assert clerk.texts()[0].startswith("The class already has 2 planned session")
    rows = planned(scene.planned.id)
    assert rows[0][0] == dt.date(2027, 1, 11) and sum(r[3] for r in rows) == 20
    leads = {t.trainer_id for t in m.SessionTrainer.select().join(m.ClassSession)
             .where(m.ClassSession.training_class == scene.planned.id)}
    assert leads == {scene.budi.id}


def test_saying_no_to_replacing_keeps_the_old_sessions(qtbot, store, scene, clerk):
    old = session(store, scene.planned, START, "08:00", "12:00")

    def generate(dialog: GeneratorDialog):
        qtbot.addWidget(dialog)
        start_on(dialog, dt.date(2027, 1, 11))
        dialog.accept()
        return dialog.result()

    clerk.then(generate)  # the question is closed: No
    assert actions.generate_schedule(None, store, scene.planned.id) is False
    assert [s.id for s in m.ClassSession.select().where(
        m.ClassSession.training_class == scene.planned.id)] == [old.id]
