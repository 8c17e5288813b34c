"""Rooms list and form: per institution, capacity 1-1000, names unique within an institution."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core.models import AuditLog, Room
from lpks_desktop.core.services.rooms import save_room
from lpks_desktop.gui.forms.room_form import RoomForm
from lpks_desktop.gui.pages.rooms_page import RoomsPage

# The programs tests' fixtures and helpers: two institutions, no real message boxes, typing, saving.
from test_programs_page import (  # noqa: F401 (fixtures are found by name)
    institutions,
    no_real_message_boxes,
    run_modal,
    save,
    type_text,
)


@pytest.fixture
def rooms(store, institutions):
    sbp, stb = institutions
    return [save_room(store, {"institution": institution.id, "name": name, "capacity": capacity,
                              "location": location})[0]
            for institution, name, capacity, location in (
                (sbp, "Ruang Jahit", 20, "Gedung A lantai 1"), (sbp, "Aula", 60, "Gedung A"),
                (stb, "Bengkel Las", 16, "Workshop 1"))]


def open_form(qtbot, store, room=None, institution_id=None) -> RoomForm:
    form = RoomForm(store, room, institution_id)
    qtbot.addWidget(form)
    form.show()
    return form


def written() -> tuple[int, int]:
    return Room.select().count(), AuditLog.select().count()


def test_capacity_zero_is_refused_under_the_field_and_nothing_is_written(
        qtbot, store, institutions):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    type_text(qtbot, form.fields["name"].editor, "Ruang Jahit")
    assert form.fields["capacity"].value() == 0  # a new room starts unfilled
    before = written()
    save(qtbot, form)
    assert form.isVisible() and written() == before and before[0] == 0
    message = form.fields["capacity"].message
    assert message.isVisible() and message.text() == "Capacity must be at least 1, got 0."
    type_text(qtbot, form.fields["capacity"].editor, "24")
    save(qtbot, form)
    room = Room.get_by_id(form.saved_id)
    assert (room.institution_id, room.name, room.capacity) == (
        institutions[0].id, "Ruang Jahit", 24)


def test_capacity_above_a_thousand_cannot_be_typed(qtbot, store, institutions):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    type_text(qtbot, form.fields["capacity"].editor, "1500")
    assert 1 <= form.fields["capacity"].value() <= 1000


def test_a_room_name_taken_at_the_institution_is_flagged_while_typing(qtbot, store, institutions,
                                                                      rooms):
    form = open_form(qtbot, store, institution_id=institutions[0].id)
    type_text(qtbot, form.fields["name"].editor, "ruang  jahit")
    type_text(qtbot, form.fields["capacity"].editor, "10")
    form.run_live_check()
    message = form.fields["name"].message
    assert message.isVisible()
    assert message.text() == 'Room name "ruang jahit" already exists at LPK-SBP.'
    before = written()
    save(qtbot, form)
    assert form.isVisible() and written() == before
    form.fields["institution"].set_value(institutions[1].id)  # another institution may have one
    form.run_live_check()
    assert not message.isVisible()
    save(qtbot, form)
    assert Room.get_by_id(form.saved_id).institution_id == institutions[1].id


def test_editing_a_room_keeps_its_own_name_and_saves_the_change(qtbot, store, rooms):
    form = open_form(qtbot, store, rooms[0])
    assert form.windowTitle() == "Room Ruang Jahit"
    type_text(qtbot, form.fields["capacity"].editor, "18")
    form.run_live_check()
    assert not form.fields["name"].message.isVisible()
    save(qtbot, form)
    assert Room.get_by_id(rooms[0].id).capacity == 18


def listed_names(page: RoomsPage) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def test_rooms_list_follows_the_institution_chosen_in_the_main_window(qtbot, store, institutions,
                                                                      rooms):
    page = RoomsPage(store)
    qtbot.addWidget(page)
    page.show()
    assert listed_names(page) == ["Aula", "Bengkel Las", "Ruang Jahit"]
    assert page.count_label.text() == "3 rooms"
    page.set_institution(institutions[1].id)
    assert listed_names(page) == ["Bengkel Las"]
    page.set_institution(institutions[0].id)
    assert listed_names(page) == ["Aula", "Ruang Jahit"]
    row = [page.model.data(page.model.index(0, column)) for column in range(4)]
    assert row == ["Aula", "LPK-SBP", "60", "Gedung A"]
    page.set_institution(None)
    assert len(listed_names(page)) == 3


def test_new_room_from_the_page_is_at_the_chosen_institution_and_selected(
        qtbot, store, institutions, rooms):
    page = RoomsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.set_institution(institutions[1].id)
    seen = {}

    def drive(form):
        seen["institution"] = form.fields["institution"].value()
        type_text(qtbot, form.fields["name"].editor, "Bengkel Listrik")
        type_text(qtbot, form.fields["capacity"].editor, "16")
        type_text(qtbot, form.fields["location"].editor, "Workshop 3")
        save(qtbot, form)

    run_modal(lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton), drive)
    assert seen["institution"] == institutions[1].id
    new = Room.get(Room.name == "Bengkel Listrik")
    assert (new.institution_id, new.capacity, new.location) == (
        institutions[1].id, 16, "Workshop 3")
    assert page.selected_id() == new.id
    assert listed_names(page) == ["Bengkel Las", "Bengkel Listrik"]
