"""The participant form, the participant's page (profile) and the participant list's actions."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lpks_desktop.core import models
from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import (
    AttendanceMark,
    AuditLog,
    Certificate,
    ClassSession,
    Enrollment,
    Participant,
    SessionStatus,
    TrainingClass,
)
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.gui import dialogs, i18n
from lpks_desktop.gui.forms.fields import ERROR_STYLE, WARNING_STYLE
from lpks_desktop.gui.forms.participant_form import ParticipantForm
from lpks_desktop.gui.pages.participant_profile import ParticipantProfileDialog
from lpks_desktop.gui.pages.participants_page import ParticipantsPage

TODAY = dt.date(2026, 11, 25)
NIK = "3171014506990002"  # a woman born 05-06-99
PERSON = {"nik": NIK, "full_name": "Siti Ma'rufah", "sex": "P", "birth_date": "05/06/1999",
          "phone": "0812-3456-7890"}


@pytest.fixture(autouse=True)
def english(qapp, monkeypatch):
    """The texts asserted on are the English sources, whatever an earlier test installed."""
    monkeypatch.setenv("LPKS_LANG", "en")
    i18n.install(qapp)


def row_counts() -> dict[str, int]:
    """Rows in every table, the audit log included."""
    return {model._meta.table_name: model.select().count() for model in models.ALL_MODELS}


def open_form(qtbot, store, participant_id=None) -> ParticipantForm:
    form = ParticipantForm(store, participant_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    return form


def fill(qtbot, form: ParticipantForm, values: dict) -> None:
    """Type as a clerk would: text into the line edits, a pick in the drop-downs."""
    for key, value in values.items():
        editor = form.fields[key].editor
        if hasattr(editor, "findData"):
            editor.setCurrentIndex(editor.findData(value))
        else:
            qtbot.keyClicks(editor, value)


def click_save(qtbot, form: ParticipantForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def shown_problem(qtbot, form: ParticipantForm, key: str) -> tuple[str, str]:
    """The message under a field once the live check has run, and its style."""
    message = form.fields[key].message
    qtbot.waitUntil(message.isVisible, timeout=2000)
    return message.text(), message.styleSheet()


@pytest.mark.parametrize("nik, expected", [
    ("3.17E+15", "was stored as a number by Excel"),
    ("317101450699000", "NIK must be 16 digits, got 15"),
])
def test_a_bad_nik_is_shown_inline_and_save_writes_nothing(store, qtbot, nik, expected):
    form = open_form(qtbot, store)
    fill(qtbot, form, {**PERSON, "nik": nik})
    text, style = shown_problem(qtbot, form, "nik")
    assert expected in text and style == ERROR_STYLE
    before = row_counts()
    click_save(qtbot, form)
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert row_counts() == before
    assert expected in form.fields["nik"].message.text()


def test_a_nik_disagreeing_with_the_birth_date_warns_but_saves(store, qtbot):
    form = open_form(qtbot, store)
    fill(qtbot, form, {**PERSON, "birth_date": "6 Juni 1999"})
    text, style = shown_problem(qtbot, form, "nik")
    assert "encodes the birth date 05-06-99" in text and style == WARNING_STYLE
    audit_before = AuditLog.select().count()
    click_save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    saved = Participant.get(Participant.nik == NIK)
    assert saved.id == form.saved_id and saved.birth_date == dt.date(1999, 6, 6)
    assert [w.code for w in form.warnings] == ["nik_birth_date_mismatch"]
    assert AuditLog.select().count() == audit_before + 1


@pytest.mark.parametrize("typed", ["18/12/1996", "18-12-1996", "18 Desember 1996", "18 December 1996"])
def test_the_birth_date_is_read_as_clerks_type_it_and_said_in_words(store, qtbot, typed):
    form = open_form(qtbot, store)
    fill(qtbot, form, {"birth_date": typed, "phone": "85640652607"})
    qtbot.waitUntil(lambda: form.birth_hint.text() != "", timeout=2000)
    assert form.birth_hint.text() == "Wednesday, 18 December 1996 (age 29)"
    assert form.phone_hint.text() == "Saved as 0856-4065-2607"
    assert not form.fields["birth_date"].message.isVisible()


def test_a_nik_already_registered_is_refused_inline_naming_its_holder(store, qtbot):
    save_participant(store, PERSON, today=TODAY)
    form = open_form(qtbot, store)
    fill(qtbot, form, {**PERSON, "full_name": "Siti Lain", "phone": "0813-1111-2222"})
    text, style = shown_problem(qtbot, form, "nik")
    assert "already used by \"Siti Ma'rufah\"" in text and style == ERROR_STYLE
    before = row_counts()
    click_save(qtbot, form)
    assert form.isVisible() and row_counts() == before
    assert "Siti Ma'rufah" in form.fields["nik"].message.text()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_closing_with_unsaved_edits_asks_first(store, qtbot, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel",
                        lambda parent, title, text: asked.append(text) or answer)
    form = open_form(qtbot, store)
    fill(qtbot, form, PERSON)
    qtbot.keyClick(form.fields["full_name"].editor, Qt.Key.Key_Escape)
    assert len(asked) == 1
    saved = Participant.select().where(Participant.nik == NIK).count()
    if answer == "cancel":
        assert form.isVisible() and saved == 0
        assert form.fields["full_name"].value() == PERSON["full_name"]
    elif answer == "discard":
        assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected and saved == 0
    else:
        assert form.result() == QDialog.DialogCode.Accepted and saved == 1


def test_closing_an_untouched_form_asks_nothing(store, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel",
                        lambda *args: pytest.fail("asked about unsaved edits that do not exist"))
    person, _ = save_participant(store, PERSON, today=TODAY)
    form = open_form(qtbot, store, person.id)
    qtbot.keyClick(form.fields["nik"].editor, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_editing_changes_only_what_was_edited(store, qtbot):
    person, _ = save_participant(store, {**PERSON, "education": "sma", "address": "Jl. Mawar 3\nRT 01"},
                                 today=TODAY)
    form = open_form(qtbot, store, person.id)
    assert form.fields["birth_date"].value() == "05/06/1999"
    assert form.fields["phone"].value() == "0812-3456-7890"
    assert form.fields["education"].value() == "sma"
    last_before = AuditLog.select().order_by(AuditLog.id.desc()).first().id
    fill(qtbot, form, {"city": "Paringin"})
    click_save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    entries = list(AuditLog.select().where(AuditLog.id > last_before))
    assert [(e.action, e.row_id, json.loads(e.changes)) for e in entries] == [
        ("update", person.id, {"city": ["", "Paringin"]})]


@pytest.fixture
def demo(store):
    fill_demo(store, participants=40, seed=5, today=TODAY)
    return store


def show_page(qtbot, store, person: Participant) -> ParticipantsPage:
    """The participant list, searched down to ``person`` and with them selected."""
    page = ParticipantsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, person.nik)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    page.table.setCurrentIndex(page.model.index(0, 1))
    assert page.selected_id() == person.id
    return page


@pytest.mark.parametrize("archive_instead", [True, False])
def test_deleting_a_participant_with_enrollments_is_refused_and_archiving_offered(
        demo, qtbot, monkeypatch, archive_instead):
    person = Participant.select().join(Enrollment).first()
    questions = []

    def answer(parent, title, text, default_no=True):
        questions.append(text)
        return len(questions) == 1 or archive_instead

    monkeypatch.setattr(dialogs, "ask_yes_no", answer)
    page = show_page(qtbot, demo, person)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    assert "cannot be deleted" in questions[1] and "Archive it instead?" in questions[1]
    stored = Participant.get_or_none(Participant.id == person.id)
    assert stored is not None and stored.archived is archive_instead
    assert page.model.total == (0 if archive_instead else 1)


def test_enter_and_double_click_open_the_participants_page_and_edit_opens_the_form(
        demo, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: opened.append(dialog) or 0)
    person = Participant.select().first()
    page = show_page(qtbot, demo, person)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    cell = page.table.visualRect(page.model.index(0, 1)).center()
    # A real double-click is a click, then the double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert [type(d) for d in opened] == [ParticipantProfileDialog, ParticipantProfileDialog,
                                         ParticipantForm]
    assert {d.participant_id for d in opened} == {person.id}


def _enroll_elsewhere(store, person: Participant, marks: int) -> Enrollment:
    """Put ``person`` in a running class of an institution they have not been to,
    present at only the first ``marks`` of its held sessions."""
    been = [row.institution_id for row in TrainingClass.select(TrainingClass.institution)
            .join(Enrollment).where(Enrollment.participant == person.id)]
    held = (ClassSession.select().join(TrainingClass)
            .where(TrainingClass.institution.not_in(been), ClassSession.status == SessionStatus.HELD)
            .order_by(ClassSession.date))
    klass = held.first().training_class
    enrollment = store.save(Enrollment(training_class=klass, participant=person, status="enrolled"))
    for session in held.where(ClassSession.training_class == klass.id).limit(marks):
        store.save(AttendanceMark(session=session, enrollment=enrollment, mark="H"))
    return enrollment


def test_the_profile_shows_classes_at_two_institutions_attendance_and_certificates(demo, qtbot):
    certificate = Certificate.select().where(Certificate.status == "valid").first()
    earned = certificate.enrollment
    person = earned.participant
    added = _enroll_elsewhere(demo, person, marks=2)
    dialog = ParticipantProfileDialog(demo, person.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()

    cards = {card.enrollment["id"]: card.body.text() for card in dialog.cards}
    assert set(cards) == {e.id for e in person.enrollments}
    assert earned.training_class.institution.name in cards[earned.id]
    assert added.training_class.institution.name in cards[added.id]
    assert added.training_class.institution_id != earned.training_class.institution_id
    assert certificate.number in cards[earned.id]
    assert "meets the minimum" in cards[earned.id] and "Completed" in cards[earned.id]

    held = ClassSession.select().where(ClassSession.training_class == added.training_class_id,
                                       ClassSession.status == SessionStatus.HELD)
    # A session counts the JP its trainer journal gives, once written; rates round down.
    delivered = sum(s.jp if s.journal_jp is None else s.journal_jp for s in held)
    attended = sum(s.jp if s.journal_jp is None else s.journal_jp
                   for s in held.order_by(ClassSession.date).limit(2))
    rate = QLocale().toString(1000 * attended // delivered / 10, "f", 1)
    assert f"Attended {attended} of {delivered} JP delivered: {rate}%" in cards[added.id]
    assert "below the minimum" in cards[added.id] and "In training" in cards[added.id]
    assert "No certificate issued." in cards[added.id]
    assert dialog.tabs.tabText(0) == f"Classes ({len(cards)})"


def test_the_profile_tells_a_replaced_certificate_from_a_valid_one(demo, qtbot):
    # The demo reissues one misspelt certificate: the old number is replaced, not valid.
    old = Certificate.select().where(Certificate.status == "replaced").get()
    new = Certificate.select().where(Certificate.replaces == old.id).get()
    dialog = ParticipantProfileDialog(demo, old.enrollment.participant_id, today=TODAY)
    qtbot.addWidget(dialog)
    card = next(c.body.text() for c in dialog.cards if c.enrollment["id"] == old.enrollment_id)
    assert f"{old.number}</b></td><td>" in card.replace("\n", "")
    replaced_row = card.split(old.number, 1)[1].split("</tr>", 1)[0]
    assert "Replaced by a reissue" in replaced_row and old.revoke_reason in replaced_row
    assert "Valid" not in replaced_row
    assert "Valid" in card.split(new.number, 1)[1].split("</tr>", 1)[0]


def test_a_profile_without_classes_says_so(store, qtbot):
    person, _ = save_participant(store, PERSON, today=TODAY)
    dialog = ParticipantProfileDialog(store, person.id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.cards == []
    texts = [label.text() for label in dialog.tabs.widget(0).findChildren(type(dialog.header))]
    assert any(text.startswith("Not yet registered in any class") for text in texts)
    assert "Siti Ma&#x27;rufah" in dialog.header.text() and "age 27" in dialog.header.text()


def test_edit_on_the_profile_saves_through_the_form_and_shows_the_change(store, qtbot, monkeypatch):
    person, _ = save_participant(store, PERSON, today=TODAY)

    def clerk(dialog):
        dialog.fields["full_name"].editor.selectAll()
        qtbot.keyClicks(dialog.fields["full_name"].editor, "Siti Maimunah")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "_exec", clerk)
    dialog = ParticipantProfileDialog(store, person.id, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert Participant.get_by_id(person.id).full_name == "Siti Maimunah"
    assert dialog.edited and "Siti Maimunah" in dialog.header.text()
