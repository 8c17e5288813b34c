"""One session at a time: add, move (conflicts shown live, hard ones saved only with a reason),
cancel with a reason, restore, delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from lpks_desktop.core import models as m
from lpks_desktop.gui.dialogs import ProblemsDialog
from lpks_desktop.gui.schedule import actions
from lpks_desktop.gui.schedule.conflict_panel import KIND_ROLE
from lpks_desktop.gui.schedule.override_dialog import OverrideDialog
from lpks_desktop.gui.schedule.reason_dialog import ReasonDialog
from lpks_desktop.gui.schedule.session_dialog import SessionDialog

import test_schedule_scenario as scenario
from test_schedule_scenario import accept_with, session

# Fixtures of the shared scenario, found by pytest under these names.
clerk, no_real_dialogs, scene = scenario.clerk, scenario.no_real_dialogs, scenario.scene


def set_times(dialog: SessionDialog, start: str, end: str) -> None:
    dialog.start.editor.setTime(QTime.fromString(start, "HH:mm"))
    dialog.end.editor.setTime(QTime.fromString(end, "HH:mm"))


def set_date(dialog: SessionDialog, day: dt.date) -> None:
    dialog.date.editor.setDate(QDate(day.year, day.month, day.day))


def test_a_new_session_starts_from_sensible_defaults_and_is_saved(qtbot, store, scene, clerk):
    def fill(dialog: SessionDialog):
        qtbot.addWidget(dialog)
        assert dialog.date.value() == scene.planned.start_date  # no sessions yet: the class's start
        assert (dialog.start.value(), dialog.end.value()) == (dt.time(8), dt.time(12))
        assert dialog.jp.value() == 5  # 240 minutes of 45
        assert dialog.unit.value() == scene.units[0].id  # the first unit still short of JP
        assert dialog.topic.value() == "Mengukur Tubuh"
        assert dialog.reason is None  # the class has not started: no history kept
        set_times(dialog, "13:00", "16:00")
        assert dialog.jp.value() == 4  # follows the times until typed
        dialog.lead.editor.set_trainer(scene.budi.id)

    clerk.then(accept_with(fill))
    assert actions.add_session(None, store, scene.planned.id) is True
    saved = m.ClassSession.get(m.ClassSession.training_class == scene.planned.id)
    assert (saved.date, saved.start_time, saved.end_time, saved.jp, saved.unit_id, saved.room_id) == (
        scene.planned.start_date, dt.time(13), dt.time(16), 4, scene.units[0].id, None)
    assert [(t.trainer_id, t.role) for t in saved.trainers] == [(scene.budi.id, "lead")]


def test_a_typed_jp_stays_when_the_times_change(qtbot, store, scene):
    dialog = SessionDialog(store, class_id=scene.planned.id)
    qtbot.addWidget(dialog)
    dialog.jp.editor.setValue(3)
    set_times(dialog, "08:00", "11:00")
    assert dialog.jp.value() == 3
    assert dialog.jp_hint.text() == "180 minutes: 4 JP fit"
    dialog.mark_clean()
    dialog.done(0)


def test_moving_onto_a_booked_room_is_refused_then_saved_with_a_reason(qtbot, store, scene, clerk):
    day = scene.planned.start_date
    busy = session(store, scene.klass, day, "08:00", "12:00", jp=4)  # same room: Ruang Jahit
    mine = session(store, scene.planned, day, "13:00", "16:00", jp=4)
    seen = {}

    def move(dialog: SessionDialog):
        qtbot.addWidget(dialog)
        assert dialog.panel.summary.text() == "No conflicts with other sessions."
        set_times(dialog, "10:00", "13:00")
        dialog.run_live_check()
        seen["live"] = dialog.panel.summary.text()
        seen["rows"] = dialog.panel.model.rowCount()
        dialog.accept()  # the clerk declines to save anyway: still open, nothing written
        seen["after_no"] = (dialog.result(), m.ClassSession.get_by_id(mine.id).start_time)
        dialog.accept()  # and then writes why
        return dialog.result()

    def decline(dialog):
        assert isinstance(dialog, OverrideDialog)
        assert not dialog.ok_button.isEnabled()
        return dialog.reject() or 0

    def write_reason(dialog: OverrideDialog):
        dialog.reason.setPlainText("ok")
        assert not dialog.ok_button.isEnabled()  # too short to explain anything
        dialog.reason.setPlainText("Dua kelompok praktik bersama di ruang jahit")
        assert dialog.ok_button.isEnabled()
        assert dialog.panel.model.rowCount() == 1
        dialog.accept()
        return dialog.result()

    clerk.then(move).then(decline).then(write_reason)
    assert actions.edit_session(None, store, mine.id) is True
    assert seen["live"] == "Conflicts that stop the save: 1"
    assert seen["rows"] == 1
    assert seen["after_no"] == (0, dt.time(13))
    moved = m.ClassSession.get_by_id(mine.id)
    assert (moved.start_time, moved.end_time) == (dt.time(10), dt.time(13))
    override = m.ConflictOverride.get()
    assert (override.session_id, override.other_session_id, override.kind, override.subject_id,
            override.reason) == (busy.id, mine.id, "room", scene.sewing_room.id,
                                 "Dua kelompok praktik bersama di ruang jahit")


def test_an_accepted_conflict_reads_as_accepted_with_its_reason(qtbot, store, scene):
    day = scene.planned.start_date
    busy = session(store, scene.klass, day, "08:00", "12:00", jp=4)
    mine = session(store, scene.planned, day, "10:00", "13:00", jp=4)
    store.save(m.ConflictOverride(session=busy.id, other_session=mine.id, kind="room",
                                  subject_id=scene.sewing_room.id, reason="Praktik bersama"))
    dialog = SessionDialog(store, session_id=mine.id)
    qtbot.addWidget(dialog)
    assert dialog.panel.summary.text() == "Accepted conflicts: 1"
    assert dialog.panel.model.text(0).endswith("(reason: Praktik bersama)")


def test_a_change_after_the_class_started_keeps_its_reason(qtbot, store, scene, clerk):
    row = session(store, scene.klass, dt.date(2026, 12, 1), "08:00", "12:00", jp=5,
                  unit=scene.units[1].id, trainers=[(scene.budi, "lead")])

    def move(dialog: SessionDialog):
        qtbot.addWidget(dialog)
        assert dialog.reason is not None  # the running class keeps a history
        assert dialog.lead.value() == scene.budi.id
        set_date(dialog, dt.date(2026, 12, 2))
        dialog.reason.editor.setText("Instruktur berhalangan")
        dialog.lead.editor.set_trainer(scene.sari.id)

    clerk.then(accept_with(move)).then(lambda d: d.accept() or 0)  # warnings shown afterwards
    assert actions.edit_session(None, store, row.id) is True
    assert m.ClassSession.get_by_id(row.id).date == dt.date(2026, 12, 2)
    assert [t.trainer_id for t in m.SessionTrainer.select().where(
        m.SessionTrainer.session == row.id)] == [scene.sari.id]
    changes = {c.kind: c.reason for c in m.SessionChange.select()}
    assert changes == {"moved": "Instruktur berhalangan", "trainers": "Instruktur berhalangan"}
    warnings = clerk.seen[-1]
    assert isinstance(warnings, ProblemsDialog)  # Sari has no recorded competency for the unit
    shown = [warnings.list.item(n).text() for n in range(warnings.list.count())]
    assert any("Sari Wulandari has no recorded competency" in text for text in shown), shown


def test_cancelling_needs_a_reason(qtbot, store, scene, clerk):
    rows = [session(store, scene.planned, scene.planned.start_date + dt.timedelta(days=n),
                    "08:00", "12:00") for n in range(2)]

    def answer(dialog: ReasonDialog):
        assert dialog.prompt.text().startswith("Cancel 2 session")
        assert not dialog.ok_button.isEnabled()
        dialog.accept()  # Enter with no reason does nothing
        assert dialog.result() == 0
        dialog.reason.setPlainText("  Listrik   padam ")
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        return dialog.result()

    clerk.then(answer)
    assert actions.cancel_sessions(None, store, [r.id for r in rows]) is True
    assert [(s.status, s.cancel_reason) for s in m.ClassSession.select().order_by(m.ClassSession.date)] \
        == [("cancelled", "Listrik padam")] * 2


def test_closing_the_cancel_dialog_cancels_nothing(store, scene, clerk):
    row = session(store, scene.planned, scene.planned.start_date, "08:00", "12:00")
    assert actions.cancel_sessions(None, store, [row.id]) is False
    assert m.ClassSession.get_by_id(row.id).status == "planned"


def test_restoring_onto_a_booked_room_asks_for_a_reason(qtbot, store, scene, clerk):
    day = scene.planned.start_date
    session(store, scene.klass, day, "08:00", "12:00")
    gone = session(store, scene.planned, day, "08:00", "12:00", status="cancelled",
                   cancel_reason="Banjir")

    def reason(dialog: QDialog):
        dialog.reason.setPlainText("Ruang dipakai bergantian")
        dialog.accept()
        return dialog.result()

    clerk.yes().then(reason)
    assert actions.restore_sessions(None, store, [gone.id]) is True
    assert m.ClassSession.get_by_id(gone.id).status == "planned"
    assert m.ConflictOverride.get().reason == "Ruang dipakai bergantian"


def test_deleting_a_session_of_a_started_class_shows_the_core_refusal(store, scene, clerk):
    row = session(store, scene.klass, dt.date(2026, 12, 3), "08:00", "12:00")
    clerk.yes().then(lambda d: d.accept() or 0)
    assert actions.delete_sessions(None, store, [row.id]) is False
    refusal = clerk.seen[-1]
    assert isinstance(refusal, ProblemsDialog)
    assert "cannot be deleted because the class has started" in refusal.list.item(0).text()
    assert m.ClassSession.get_or_none(m.ClassSession.id == row.id) is not None


def test_deleting_sessions_planned_by_mistake(store, scene, clerk):
    rows = [session(store, scene.planned, scene.planned.start_date, start, end)
            for start, end in (("08:00", "10:00"), ("10:00", "12:00"))]
    clerk.yes()
    assert actions.delete_sessions(None, store, [r.id for r in rows]) is True
    assert clerk.texts()[0].startswith("Delete 2 session")
    assert m.ClassSession.select().where(m.ClassSession.training_class == scene.planned.id).count() == 0


def test_a_new_session_after_the_last_one_skips_holidays_and_weekends(qtbot, store, scene):
    session(store, scene.planned, dt.date(2026, 12, 24), "13:00", "16:00", unit=scene.units[0].id, jp=4)
    dialog = SessionDialog(store, class_id=scene.planned.id)
    qtbot.addWidget(dialog)
    assert dialog.date.value() == dt.date(2026, 12, 28)  # not Christmas, not the weekend
    assert (dialog.start.value(), dialog.end.value(), dialog.jp.value()) == (dt.time(13), dt.time(16), 4)


def test_the_conflicts_model_passes_the_model_checks(qtbot, store, scene, qtmodeltester):
    day = scene.planned.start_date
    session(store, scene.klass, day, "08:00", "12:00", trainers=[(scene.sari, "lead")])
    mine = session(store, scene.planned, day, "08:00", "12:00", unit=scene.units[1].id,
                   trainers=[(scene.sari, "lead")])
    dialog = SessionDialog(store, session_id=mine.id)
    qtbot.addWidget(dialog)
    model = dialog.panel.model
    qtmodeltester.check(model)
    kinds = [model.data(model.index(row, 0), KIND_ROLE) for row in range(model.rowCount())]
    assert kinds == ["hard", "hard", "warning"]  # the trainer and the room; Sari lacks the unit
    assert dialog.panel.summary.text() == "Conflicts that stop the save: 2 · Warnings: 1"
