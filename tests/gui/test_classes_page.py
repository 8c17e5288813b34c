"""Classes page and class form: listing, search, status filter, suggestions, refusals, delete and cancel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lpks_desktop.core import models as m
from lpks_desktop.core.services.class_records import save_class
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.services.rooms import save_room
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.forms.class_form import ClassForm
from lpks_desktop.gui.pages.class_window import ClassWindow
from lpks_desktop.gui.pages.classes_page import ClassesPage

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def typed(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass
class World:
    sbp: m.Institution
    stb: m.Institution
    sewing_room: m.Room
    workshop: m.Room
    sewing: m.Program
    welding: m.Program
    units: list[m.CompetencyUnit]
    budi: m.Trainer
    sari: m.Trainer
    running: m.TrainingClass  # SBP-JHT-A: sessions and participants
    planned: m.TrainingClass  # SBP-JHT-B: nothing yet
    finished: m.TrainingClass  # STB-LAS-A
    cancelled: m.TrainingClass  # STB-LAS-B
    sessions: list[m.ClassSession]


def add_class(store, program, code, name, status, start, weeks=4, room=None, funding="apbn"):
    return save_class(store, {
        "program": program.id, "code": code, "name": name, "batch": 1, "start_date": typed(start),
        "end_date": typed(start + dt.timedelta(weeks=weeks)), "room": room.id if room else None,
        "capacity": 16, "funding": funding, "status": status, "notes": ""})[0]


def add_session(store, klass, day, start, end, unit=None, jp=4, trainers=(), **extra):
    row = store.save(m.ClassSession(
        training_class=klass.id, date=day, start_time=dt.time.fromisoformat(start),
        end_time=dt.time.fromisoformat(end), unit=unit.id if unit else None, jp=jp, **extra))
    for trainer, role in trainers:
        store.save(m.SessionTrainer(session=row.id, trainer=trainer.id, role=role))
    return row


def build_world(store) -> World:
    sbp = save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]
    stb = save_institution(store, {"code": "LPK-STB", "name": "LPK Sapta Teknik Balangan"})[0]
    sewing_room = save_room(store, {"institution": sbp.id, "name": "Ruang Jahit", "capacity": 20})[0]
    workshop = save_room(store, {"institution": stb.id, "name": "Bengkel Las", "capacity": 12})[0]
    sewing = save_program(store, {"institution": sbp.id, "code": "JHT", "name": "Menjahit Pakaian",
                                  "total_jp": 20},
                          [{"code": "C.141000.001.02", "title": "Mengukur Tubuh", "jp": 8},
                           {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 12}])[0]
    welding = save_program(store, {"institution": stb.id, "code": "LAS", "name": "Pengelasan SMAW",
                                   "total_jp": 16},
                           [{"code": "C.251100.001.01", "title": "Persiapan Pengelasan", "jp": 16}])[0]
    units = list(m.CompetencyUnit.select().where(m.CompetencyUnit.program == sewing.id)
                 .order_by(m.CompetencyUnit.position))
    budi = store.save(m.Trainer(institution=sbp.id, full_name="Budi Santoso"))
    sari = store.save(m.Trainer(institution=sbp.id, full_name="Sari Wulandari"))
    running = add_class(store, sewing, "SBP-JHT-A", "Menjahit Angkatan 1", "running", days(-14),
                        room=sewing_room)
    planned = add_class(store, sewing, "SBP-JHT-B", "Menjahit Angkatan 2", "planned", days(40),
                        room=sewing_room, funding="self_paid")
    finished = add_class(store, welding, "STB-LAS-A", "Pengelasan Angkatan 1", "finished", days(-120),
                         room=workshop, funding="prakerja")
    cancelled = add_class(store, welding, "STB-LAS-B", "Pengelasan Angkatan 2", "cancelled", days(10),
                          room=workshop, funding="company")
    sessions = [
        add_session(store, running, days(-14), "08:00", "11:00", units[0], trainers=(
            (budi, "lead"), (sari, "assistant")), journal_jp=4, journal_taught="Mengukur badan",
            status="held"),
        add_session(store, running, days(-13), "08:00", "11:00", units[0], trainers=((budi, "lead"),)),
        add_session(store, running, days(-12), "08:00", "11:00", units[1], status="cancelled",
                    cancel_reason="Listrik padam"),
        add_session(store, running, days(7), "13:00", "16:00", units[1], trainers=((sari, "lead"),)),
    ]
    for number, (name, status) in enumerate((("Siti Aminah", "enrolled"), ("Rina Hidayah", "enrolled"),
                                             ("Agus Wibowo", "registered")), start=1):
        person = store.save(m.Participant(nik=f"631101450199000{number}", full_name=name, sex="P"))
        store.save(m.Enrollment(training_class=running.id, participant=person.id, status=status))
    return World(sbp, stb, sewing_room, workshop, sewing, welding, units, budi, sari,
                 running, planned, finished, cancelled, sessions)


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """A question nobody answered would block the run; it is answered by closing it (Esc)."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def page(qtbot, store, world):
    page = ClassesPage(store)
    qtbot.addWidget(page)
    page.show()
    yield page
    for window in list(page._windows.values()):
        window.close()


def listed(page: ClassesPage, column: int = 0) -> list[str]:
    return [page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())]


def type_text(qtbot, editor, text: str) -> None:
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def press_save(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


# -- the list -------------------------------------------------------------------------------------


def test_classes_are_listed_newest_first_with_their_words(page, world):
    assert listed(page) == ["SBP-JHT-B", "STB-LAS-B", "SBP-JHT-A", "STB-LAS-A"]
    assert page.count_label.text() == "4 classes"
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    row = page.model.row_of(world.running.id)
    shown = [page.model.data(page.model.index(row, column)) for column in range(11)]
    assert shown[:4] == ["SBP-JHT-A", "Menjahit Angkatan 1", "JHT", "LPK-SBP"]
    assert shown[6:] == ["Running", "APBN", "2", "16", "3"]  # 2 seated; the cancelled session not counted
    statuses = {listed(page)[r]: page.model.data(page.model.index(r, 6)) for r in range(4)}
    assert statuses == {"SBP-JHT-A": "Running", "SBP-JHT-B": "Planned", "STB-LAS-A": "Finished",
                        "STB-LAS-B": "Cancelled"}
    fundings = {listed(page)[r]: page.model.data(page.model.index(r, 7)) for r in range(4)}
    assert fundings["SBP-JHT-B"] == "Self-paid" and fundings["STB-LAS-A"] == "Kartu Prakerja"


def test_sorting_by_a_column_header(page, world):
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert listed(page) == ["SBP-JHT-A", "SBP-JHT-B", "STB-LAS-A", "STB-LAS-B"]
    page.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)  # sessions
    assert listed(page)[0] == "SBP-JHT-A"


def test_search_institution_and_status_filters(qtbot, page, world):
    type_text(qtbot, page.search, "pengelasan")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert listed(page) == ["STB-LAS-B", "STB-LAS-A"]
    type_text(qtbot, page.search, "jht-a")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert listed(page) == ["SBP-JHT-A"]
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.set_institution(world.stb.id)
    assert listed(page) == ["STB-LAS-B", "STB-LAS-A"]
    page.set_institution(None)
    page.status_filter.setCurrentIndex(page.status_filter.findData("running"))
    assert listed(page) == ["SBP-JHT-A"]
    page.status_filter.setCurrentIndex(1)  # current: planned, open, running
    assert listed(page) == ["SBP-JHT-B", "SBP-JHT-A"]
    assert page.count_label.text() == "2 classes"


def test_buttons_follow_the_selection(page, world):
    assert not page.open_button.isEnabled() and not page.edit_button.isEnabled()
    assert page.archive_button.isHidden() and page.show_archived.isHidden()
    page.select_id(world.running.id)
    assert page.open_button.isEnabled() and page.cancel_button.isEnabled()
    page.select_id(world.cancelled.id)
    assert page.open_button.isEnabled() and not page.cancel_button.isEnabled()


# -- the form -------------------------------------------------------------------------------------


def test_picking_a_program_fills_in_the_suggestion_and_the_form_saves_a_new_class(
        qtbot, page, world, monkeypatch):
    seen = {}

    def clerk(dialog):
        if not isinstance(dialog, ClassForm):
            return 0
        programs = dialog.fields["program"].editor
        assert [programs.itemText(i) for i in range(programs.count())] == [
            "— choose a program —", "LPK-SBP · JHT — Menjahit Pakaian", "LPK-STB · LAS — Pengelasan SMAW"]
        type_text(qtbot, dialog.fields["name"].editor, "Kelas Pagi")  # typed before the program
        dialog.fields["program"].set_value(world.sewing.id)
        seen.update(dialog.values())
        type_text(qtbot, dialog.fields["start_date"].editor, typed(days(60)))
        type_text(qtbot, dialog.fields["end_date"].editor, typed(days(80)))
        type_text(qtbot, dialog.fields["capacity"].editor, "18")
        press_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(dialogs, "_exec", clerk)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    year = TODAY.year
    # The core's suggestion: the next batch of the program this year; the last class's capacity and room.
    assert seen["code"] == f"LPK-SBP-JHT-{year}-0{seen['batch']}"
    assert seen["name"] == "Kelas Pagi"  # what the clerk typed is kept
    assert (seen["capacity"], seen["room"], seen["funding"]) == (16, world.sewing_room.id, "self_paid")
    new = m.TrainingClass.get(m.TrainingClass.name == "Kelas Pagi")
    assert (new.program_id, new.institution_id, new.capacity, new.start_date) == (
        world.sewing.id, world.sbp.id, 18, days(60))
    assert page.selected_id() == new.id
    assert page.count_label.text() == "5 classes"


def test_the_only_program_of_the_institution_is_chosen_at_once(qtbot, store, world):
    form = ClassForm(store, None, world.stb.id)
    qtbot.addWidget(form)
    assert form.fields["program"].value() == world.welding.id
    assert form.fields["room"].value() == world.workshop.id  # the program's last class's room
    assert not form.is_dirty()  # nothing typed: Esc closes without asking


def test_bad_input_shows_the_cores_problems_beside_the_fields_and_saves_nothing(qtbot, store, world):
    form = ClassForm(store, None, world.sbp.id)
    qtbot.addWidget(form)
    form.show()
    form.fields["program"].set_value(world.sewing.id)
    type_text(qtbot, form.fields["code"].editor, "sbp-jht-a")
    type_text(qtbot, form.fields["start_date"].editor, "31/02/2027")
    type_text(qtbot, form.fields["capacity"].editor, "0")
    form.run_live_check()
    code_message = form.fields["code"].message
    assert code_message.isVisible()  # shown while typing, before Save
    assert 'The class code "sbp-jht-a" is already used by the class Menjahit Angkatan 1' in code_message.text()
    before = (m.TrainingClass.select().count(), m.AuditLog.select().count())
    press_save(qtbot, form)
    assert form.isVisible() and form.saved_id is None
    assert (m.TrainingClass.select().count(), m.AuditLog.select().count()) == before
    assert "February 2027 has only 28 days" in form.fields["start_date"].message.text()
    assert form.fields["capacity"].message.text() == "Capacity must be at least 1, got 0."
    assert form.fields["code"].value() == "sbp-jht-a"  # what was typed is kept
    type_text(qtbot, form.fields["code"].editor, "SBP-JHT-C")
    type_text(qtbot, form.fields["start_date"].editor, "1/3/2027")
    type_text(qtbot, form.fields["end_date"].editor, "1/2/2027")
    form.run_live_check()
    assert "The end date (1 February 2027) is before the start date" in form.fields["end_date"].message.text()
    type_text(qtbot, form.fields["end_date"].editor, "31/3/2027")
    type_text(qtbot, form.fields["capacity"].editor, "12")
    press_save(qtbot, form)
    assert not form.isVisible()
    assert m.TrainingClass.get_by_id(form.saved_id).code == "SBP-JHT-C"


def test_editing_a_class_keeps_its_code_and_saves_the_change(qtbot, store, world):
    form = ClassForm(store, world.planned)
    qtbot.addWidget(form)
    form.show()
    assert form.windowTitle() == "Class SBP-JHT-B"
    assert form.fields["start_date"].value() == typed(days(40))
    assert form.fields["room"].value() == world.sewing_room.id
    form.run_live_check()
    assert not form.fields["code"].message.isVisible()  # its own code is not "taken"
    form.fields["status"].set_value("open")
    press_save(qtbot, form)
    assert m.TrainingClass.get_by_id(world.planned.id).status == "open"
    assert m.TrainingClass.get_by_id(world.planned.id).code == "SBP-JHT-B"


def test_the_rooms_offered_are_the_programs_institutions(qtbot, store, world):
    form = ClassForm(store)
    qtbot.addWidget(form)
    rooms = form.fields["room"].editor
    form.fields["program"].set_value(world.welding.id)
    assert [rooms.itemData(i) for i in range(rooms.count())] == [None, world.workshop.id]
    form.fields["program"].set_value(world.sewing.id)
    assert [rooms.itemData(i) for i in range(rooms.count())] == [None, world.sewing_room.id]


# -- delete and cancel ----------------------------------------------------------------------------


def answer_questions(monkeypatch, *answers: bool) -> list[str]:
    asked = []
    replies = list(answers)

    def ask(parent, title, text, *, default_no=True):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    return asked


def test_a_class_with_participants_cannot_be_deleted_and_may_be_cancelled_instead(
        qtbot, page, world, monkeypatch):
    asked = answer_questions(monkeypatch, True, False)
    page.select_id(world.running.id)
    before = m.AuditLog.select().count()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("Delete the class SBP-JHT-A and its 4 session")
    assert asked[1].startswith('The class "SBP-JHT-A" cannot be deleted because 3 enrollments')
    assert asked[1].endswith("Cancel the class instead?")
    assert m.TrainingClass.get_by_id(world.running.id).status == "running"
    assert m.ClassSession.select().where(m.ClassSession.training_class == world.running.id).count() == 4
    assert m.AuditLog.select().count() == before
    # Asked again, the clerk takes the offer.
    asked.clear()
    answer_questions(monkeypatch, True, True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert m.TrainingClass.get_by_id(world.running.id).status == "cancelled"
    assert page.selected_id() == world.running.id
    assert page.model.data(page.model.index(page.model.row_of(world.running.id), 6)) == "Cancelled"


def test_a_class_without_participants_is_deleted_with_its_sessions(qtbot, page, world, monkeypatch):
    add_session(page.store, world.planned, days(41), "08:00", "12:00", world.units[0])
    asked = answer_questions(monkeypatch, True)
    changed = []
    page.classesChanged.connect(lambda: changed.append(True))
    page.select_id(world.planned.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "its 1 session" in asked[0]
    assert not m.TrainingClass.select().where(m.TrainingClass.id == world.planned.id).exists()
    assert listed(page) == ["STB-LAS-B", "SBP-JHT-A", "STB-LAS-A"] and changed


def test_cancel_class_asks_then_sets_the_status(qtbot, page, world, monkeypatch):
    answer_questions(monkeypatch, False)
    page.select_id(world.planned.id)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert m.TrainingClass.get_by_id(world.planned.id).status == "planned"
    answer_questions(monkeypatch, True)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert m.TrainingClass.get_by_id(world.planned.id).status == "cancelled"
    assert not page.cancel_button.isEnabled()


# -- opening a class ------------------------------------------------------------------------------


def test_enter_opens_one_window_per_class(qtbot, page, world):
    page.select_id(world.running.id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(world.running.id), 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    window = page.class_window(world.running.id)
    assert isinstance(window, ClassWindow) and window.isVisible()
    assert not window.isModal()
    assert page.open_class(world.running.id) is window  # opened again: the same window
    other = page.open_class(world.finished.id)
    assert other is not window and len(page._windows) == 2
    window.close()
    assert page.class_window(world.running.id) is None
    assert page.open_class(world.running.id) is not window


def test_a_change_in_the_class_window_refreshes_the_list(qtbot, page, world, monkeypatch):
    window = page.open_class(world.planned.id)
    changed = []
    page.classesChanged.connect(lambda: changed.append(True))

    def clerk(dialog):
        dialog.fields["status"].set_value("open")
        press_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(dialogs, "_exec", clerk)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)
    assert window.details["status"].text() == "Open for registration"
    row = page.model.row_of(world.planned.id)
    assert page.model.data(page.model.index(row, 6)) == "Open for registration" and changed


def test_classes_page_in_indonesian(qtbot, store, world, monkeypatch, qapp):
    from lpks_desktop.gui import i18n

    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    page = ClassesPage(store)
    qtbot.addWidget(page)
    page.show()
    row = page.model.row_of(world.running.id)
    assert page.model.data(page.model.index(row, 4)) == f"{days(-14).day} " + \
        ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
         .split()[days(-14).month - 1]) + f" {days(-14).year}"



def test_opening_a_class_deleted_meanwhile_says_so(page, world, monkeypatch):
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    assert page.open_class(world.planned.id + 1000) is None
    assert warned == ["This class no longer exists; another user may have deleted it."]
