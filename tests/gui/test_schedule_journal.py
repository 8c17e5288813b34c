"""The trainer journal dialog: saved through the core, refused with the core's words, cleared."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from lpks_desktop.core import models as m
from lpks_desktop.gui.dialogs import ProblemsDialog
from lpks_desktop.gui.schedule import actions
from lpks_desktop.gui.schedule.journal_dialog import JournalDialog

import test_schedule_scenario as scenario
from test_schedule_scenario import TODAY, accept_with, session

# Fixtures of the shared scenario, found by pytest under these names.
clerk, no_real_dialogs, scene = scenario.clerk, scenario.no_real_dialogs, scenario.scene


def past_session(store, scene, **extra):
    return session(store, scene.klass, dt.date(2026, 11, 16), "08:00", "12:00", unit=scene.units[0].id,
                   jp=4, trainers=[(scene.budi, "lead")], **extra)


def test_a_journal_is_refused_without_what_was_taught_then_saved(qtbot, store, scene, clerk):
    row = past_session(store, scene)
    tries = []

    def first_try(dialog: JournalDialog):
        qtbot.addWidget(dialog)
        assert dialog.fields["jp"].value() == 4  # the planned JP
        assert dialog.fields["jp"].editor.maximum() == 5  # 240 minutes hold 5 JP of 45
        assert dialog.header_values["Time"].text() == "08:00–12:00"
        assert dialog.header_values["Trainers"].text() == "Budi Santoso (Lead trainer)"
        dialog.accept()
        tries.append(dialog.fields["taught"].message.text())
        assert dialog.result() == 0 and m.ClassSession.get_by_id(row.id).journal_jp is None
        dialog.fields["taught"].editor.setPlainText("Mengukur lingkar dada, pinggang, panggul")
        dialog.fields["jp"].editor.setValue(3)
        dialog.accept()
        return dialog.result()

    clerk.then(first_try).then(lambda d: d.accept() or 0)  # the warnings shown after saving
    assert actions.write_journal(None, store, row.id) is True
    assert tries == ["Write what was taught in these 4 JP."]
    saved = m.ClassSession.get_by_id(row.id)
    assert (saved.journal_jp, saved.status, saved.journal_taught) == (
        3, "held", "Mengukur lingkar dada, pinggang, panggul")
    shown = clerk.seen[-1]
    assert isinstance(shown, ProblemsDialog)
    assert shown.list.item(0).text() == (
        "Warning: The JP delivered (3) are fewer than planned (4). Say why in the notes.")


def test_a_session_still_to_come_has_no_journal_yet(qtbot, store, scene, clerk):
    later = session(store, scene.klass, TODAY + dt.timedelta(days=3), "08:00", "12:00", jp=4)

    def fill(dialog):
        qtbot.addWidget(dialog)
        dialog.fields["taught"].editor.setPlainText("Membuat pola dasar")

    clerk.then(accept_with(fill))
    assert actions.write_journal(None, store, later.id) is False
    dialog = clerk.seen[0]
    assert not dialog.summary.isHidden()
    assert "has not taken place yet" in dialog.summary.text()
    assert m.ClassSession.get_by_id(later.id).journal_jp is None


def test_a_written_journal_can_be_cleared(qtbot, store, scene, clerk):
    row = past_session(store, scene, journal_jp=4, journal_taught="Mengukur", status="held")

    def clear(dialog: JournalDialog):
        qtbot.addWidget(dialog)
        assert dialog.fields["taught"].value() == "Mengukur"
        assert dialog.clear_button is not None
        dialog.clear_button.click()
        return dialog.result()

    clerk.then(clear).yes()
    assert actions.write_journal(None, store, row.id) is True
    cleared = m.ClassSession.get_by_id(row.id)
    assert (cleared.journal_jp, cleared.journal_taught, cleared.status) == (None, "", "planned")


def test_no_clear_button_without_a_journal(qtbot, store, scene):
    dialog = JournalDialog(store, past_session(store, scene).id)
    qtbot.addWidget(dialog)
    assert dialog.clear_button is None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is not None
