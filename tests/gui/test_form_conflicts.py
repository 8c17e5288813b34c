"""A form whose record someone else saved meanwhile: the save is refused, the clerk reloads."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.models import AuditLog, Participant, Room
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.core.services.records import delete_or_refuse
from lpks_desktop.core.services.rooms import save_room
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.forms import record_changed_dialog as changed_dialog
from lpks_desktop.gui.forms.participant_form import ParticipantForm
from lpks_desktop.gui.forms.room_form import RoomForm

TODAY = dt.date(2026, 11, 25)
PERSON = {"nik": "3171014506990002", "full_name": "Siti Ma'rufah", "sex": "P",
          "birth_date": "05/06/1999", "phone": "0812-3456-7890", "city": "Bogor"}
SHOTS = None  # a folder name to save screenshots into while working on the look


def open_form(qtbot, store, participant_id) -> ParticipantForm:
    form = ParticipantForm(store, participant_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    return form


def type_into(qtbot, form, key: str, text: str) -> None:
    editor = form.fields[key].editor
    editor.clear()
    qtbot.keyClicks(editor, text)


def click_save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def answer_with(monkeypatch, choice: str, shown: list):
    """Answer the conflict dialog as the clerk would, keeping it for the test to look at."""
    def clerk(dialog):
        if isinstance(dialog, changed_dialog.RecordChangedDialog):
            shown.append(dialog)
            if SHOTS:
                dialog.show()
                dialog.grab().save(f"{SHOTS}/conflict_dialog.png")
            {changed_dialog.RELOAD: dialog.primary, changed_dialog.CLOSE: dialog.primary,
             changed_dialog.KEEP_EDITING: dialog.keep}[choice].click()
            return dialog.result()
        raise AssertionError(f"unexpected dialog {dialog!r}")
    monkeypatch.setattr(dialogs, "_exec", clerk)


def budi_saves(store, person_id: int, values: dict) -> None:
    with acting_as("budi"):
        save_participant(store, values, Participant.get_by_id(person_id), today=TODAY)


@pytest.fixture
def person(store) -> Participant:
    saved, _ = save_participant(store, dict(PERSON), today=TODAY)
    return saved


def test_a_save_over_another_clerks_save_is_refused_and_shows_what_they_changed(
        store, person, qtbot, monkeypatch):
    form = open_form(qtbot, store, person.id)
    type_into(qtbot, form, "city", "Depok")
    budi_saves(store, person.id, {"phone": "0813-1111-2222", "city": "Bekasi"})
    updates_before = AuditLog.select().where(AuditLog.action == "update").count()
    shown = []
    answer_with(monkeypatch, changed_dialog.KEEP_EDITING, shown)

    click_save(qtbot, form)

    (dialog,) = shown
    assert "budi saved this record" in dialog.message.text()
    cells = [[dialog.table.itemAtPosition(row, column).widget().text()
              if dialog.table.itemAtPosition(row, column) else ""
              for column in range(4)] for row in range(dialog.table.rowCount())]
    assert cells[1:] == [["Regency/city", "Bogor", "Bekasi", "Depok"],
                         ["Phone", "+6281234567890", "+6281311112222", ""]]
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert form.fields["city"].value() == "Depok"  # kept editing: the form is as the clerk left it
    stored = Participant.get_by_id(person.id)
    assert (stored.city, stored.phone) == ("Bekasi", "+6281311112222")
    assert AuditLog.select().where(AuditLog.action == "update").count() == updates_before
    form.mark_clean()  # the clerk's edits stay unsaved; closing at teardown need not ask


def test_reloading_keeps_the_clerks_other_edits_and_marks_the_clash(store, person, qtbot, monkeypatch):
    form = open_form(qtbot, store, person.id)
    type_into(qtbot, form, "city", "Depok")
    type_into(qtbot, form, "province", "Jawa Barat")
    budi_saves(store, person.id, {"phone": "0813-1111-2222", "city": "Bekasi"})
    shown = []
    answer_with(monkeypatch, changed_dialog.RELOAD, shown)

    click_save(qtbot, form)

    assert len(shown) == 1 and form.isVisible()
    assert form.fields["phone"].value() == "0813-1111-2222"   # theirs
    assert form.fields["city"].value() == "Bekasi"            # theirs; the clerk's clashed
    assert form.fields["province"].value() == "Jawa Barat"    # the clerk's own, kept
    qtbot.waitUntil(lambda: form.fields["city"].message.isVisible(), timeout=2000)
    assert form.fields["city"].message.text() == "budi saved this value; you had entered: Depok"
    assert form.fields["phone"].message.text() == "Changed by budi."
    assert form.change_banner.isVisible() and "budi" in form.change_banner.text()
    if SHOTS:
        form.grab().save(f"{SHOTS}/reloaded_form.png")

    click_save(qtbot, form)  # now over the version it shows

    assert form.result() == QDialog.DialogCode.Accepted
    stored = Participant.get_by_id(person.id)
    assert (stored.phone, stored.city, stored.province) == ("+6281311112222", "Bekasi", "Jawa Barat")


def test_a_record_deleted_meanwhile_offers_to_close_the_form(store, person, qtbot, monkeypatch):
    form = open_form(qtbot, store, person.id)
    type_into(qtbot, form, "city", "Depok")
    with acting_as("budi"):
        delete_or_refuse(store, Participant.get_by_id(person.id))
    shown = []
    answer_with(monkeypatch, changed_dialog.CLOSE, shown)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel",
                        lambda *a: pytest.fail("the clerk already chose to close"))

    click_save(qtbot, form)

    assert "was deleted by budi" in shown[0].message.text()
    assert form.result() == QDialog.DialogCode.Rejected and not form.isVisible()
    assert Participant.get_or_none(Participant.id == person.id) is None


def test_the_room_form_reloads_too(store, qtbot, monkeypatch):
    institution, _ = save_institution(store, {"code": "BLK-01", "name": "BLK Satu", "city": "Bogor"})
    room, _ = save_room(store, {"institution": institution.id, "name": "Lab 1", "capacity": 16})
    form = RoomForm(store, Room.get_by_id(room.id))
    qtbot.addWidget(form)
    form.show()
    type_into(qtbot, form, "location", "Gedung B")
    with acting_as("budi"):
        save_room(store, {"capacity": 20}, Room.get_by_id(room.id))
    answer_with(monkeypatch, changed_dialog.RELOAD, [])

    click_save(qtbot, form)
    assert form.fields["capacity"].value() == 20 and form.fields["location"].value() == "Gedung B"
    click_save(qtbot, form)

    assert form.result() == QDialog.DialogCode.Accepted
    stored = Room.get_by_id(room.id)
    assert (stored.capacity, stored.location) == (20, "Gedung B")


def test_a_journal_written_meanwhile_is_shown_and_reloaded_not_overwritten(qtbot, store, monkeypatch):
    from lpks_desktop.core.models import ClassSession
    from lpks_desktop.core.services import journals
    from lpks_desktop.gui.schedule.journal_dialog import JournalDialog

    from certificate_register_world import class_scenario  # puts the core tests' helpers in reach

    build, session = class_scenario.build, class_scenario.session

    day = dt.date(2026, 3, 2)
    held = session(store, build(store).klass, day, "08:00", "12:00", jp=4)
    dialog = JournalDialog(store, held.id)
    qtbot.addWidget(dialog)
    dialog.show()
    with acting_as("sari"):
        journals.save_journal(store, held.id, {"taught": "Mengukur badan", "jp": 4, "notes": ""},
                              today=day)
    type_into(qtbot, dialog, "taught", "Pola dasar")
    shown = []
    answer_with(monkeypatch, changed_dialog.RELOAD, shown)
    click_save(qtbot, dialog)
    assert shown and shown[0].changed.saved_by == "sari"
    assert ClassSession.get_by_id(held.id).journal_taught == "Mengukur badan"
    assert dialog.session.row_version == ClassSession.get_by_id(held.id).row_version
