"""The "Check status" page: one search box, a person's classes at every institution with the
status, since when and why, read large; several matches to choose from; the core's hint when
nobody is found; and the profile one key away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.gui.enrollment.status_models import (CLASS, INSTITUTION, REASON, SINCE, STATUS,
                                                       PeopleModel, PersonClassesModel)
from lpks_desktop.gui.pages.status_page import StatusPage

import enrollment_world as world
from enrollment_world import new_class, person, registered

scene, no_real_dialogs = world.scene, world.no_real_dialogs


@pytest.fixture
def page(qtbot, scene):
    widget = StatusPage(scene.store)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def siti(scene):
    """Siti: passed the selection at one institution, on the reserve list at another."""
    sewing = new_class(scene, "SBP-JHT-SEL")
    welding = new_class(scene, "STB-LAS-SEL", institution=scene.stb)
    seat = registered(scene.store, sewing, "Siti Aminah", "passed_selection",
                      reason="Nilai tes 82", phone="+6281234567890")
    en.register(scene.store, seat.participant_id, welding.id)
    waiting = m.Enrollment.get(m.Enrollment.training_class == welding.id)
    en.change_status(scene.store, waiting.id, "reserve", reason="Kuota penuh")
    return m.Participant.get_by_id(seat.participant_id)


def search(page: StatusPage, text: str) -> None:
    page.search.setText(text)
    page.run_search()


def answer(page: StatusPage) -> list[list[str]]:
    model = page.classes_model
    return [[model.data(model.index(r, c)) for c in (CLASS, INSTITUTION, STATUS, REASON)]
            for r in range(model.rowCount())]


def test_a_nik_shows_every_class_at_every_institution(page, scene, siti, qtmodeltester):
    page.set_institution(scene.sbp.id)
    search(page, siti.nik)
    assert page.stack.currentWidget() is page.splitter
    assert not page.people_view.isVisibleTo(page)  # one match: no list to choose from
    assert page.name_label.text() == "Siti Aminah"
    assert page.identity_label.text().startswith(f"NIK {siti.nik} · 0812-3456-7890 · Female")
    rows = answer(page)
    assert sorted(row[1:] for row in rows) == [
        ["LPK-SBP", "Passed selection", "Nilai tes 82"], ["LPK-STB", "Reserve list #1", "Kuota penuh"]]
    assert all(row[0].startswith(("SBP-JHT-SEL — ", "STB-LAS-SEL — ")) for row in rows)
    model = page.classes_model
    assert model.data(model.index(0, SINCE))  # the date of the latest change
    assert model.data(model.index(0, STATUS), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, INSTITUTION), Qt.ItemDataRole.ToolTipRole).startswith("LPK Sapta")
    qtmodeltester.check(model)
    qtmodeltester.check(page.people_model)


def test_a_phone_number_as_clerks_write_it_finds_the_person(page, siti):
    search(page, "0812-3456-7890")
    assert page.name_label.text() == "Siti Aminah"
    assert page.found_label.text() == "1 person found"


def test_several_matches_are_listed_and_each_can_be_read(page, scene, siti, qtbot):
    other = person(scene.store, "Siti Rahmawati")
    search(page, "siti")
    assert page.people_view.isVisibleTo(page)
    assert [page.people_model.row(r)["full_name"] for r in range(page.people_model.rowCount())] == [
        "Siti Aminah", "Siti Rahmawati"]
    assert page.name_label.text() == "Siti Aminah"  # the first is shown at once
    page.people_view.setCurrentIndex(page.people_model.index(1, 0))
    assert page.name_label.text() == "Siti Rahmawati"
    assert page.classes_stack.currentWidget() is page.no_classes  # a participant without classes
    opened = []
    page.openParticipant.connect(opened.append)
    page.people_view.activated.emit(page.people_model.index(1, 0))
    page.profile_button.click()
    assert opened == [other.id, other.id]


def test_nobody_found_says_what_to_try(page, siti):
    search(page, "Zulkarnaen")
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == 'Nobody is named "Zulkarnaen". Try part of the name, or search by NIK.'
    search(page, "631")
    assert page.empty_label.text().startswith("Too short")
    search(page, "")
    assert page.empty_label.text() == "Type a NIK, a name or a phone number above."


def test_typing_searches_by_itself_after_a_pause(page, siti, qtbot):
    page.search.setText("Siti Ami")
    qtbot.waitUntil(lambda: page.name_label.text() == "Siti Aminah", timeout=3000)
    page.search.clear()
    assert page.stack.currentWidget() is page.empty_label


def test_a_change_elsewhere_shows_after_refresh_and_the_chosen_person_stays(page, scene, siti):
    person(scene.store, "Siti Rahmawati")
    search(page, "siti")
    page.people_view.setCurrentIndex(page.people_model.index(0, 0))
    seat = m.Enrollment.get(m.Enrollment.participant == siti.id, m.Enrollment.status == "passed_selection")
    en.change_status(scene.store, seat.id, "withdrew", reason="Pindah ke luar kota")
    page.refresh()
    assert page.name_label.text() == "Siti Aminah"
    assert ["Withdrew", "Pindah ke luar kota"] in [row[2:] for row in answer(page)]


def test_the_institution_switcher_does_not_narrow_the_lookup(page, scene, siti):
    page.set_institution(scene.stb.id)
    search(page, siti.nik)
    assert {row[1] for row in answer(page)} == {"LPK-SBP", "LPK-STB"}
    assert "Every institution in this database is searched" in page.note.text()


def test_the_search_box_is_where_the_keyboard_starts(page, siti):
    search(page, "siti")
    page.focus_search()  # Ctrl+F in the main window: the last search, ready to be typed over
    assert page.focusProxy() is page.search and page.search.selectedText() == "siti"


def test_empty_models_keep_the_qt_contract(qtmodeltester):
    qtmodeltester.check(PeopleModel())
    classes = PersonClassesModel()
    classes.set_rows([{"class_code": "X", "class_name": "Y", "status": "registered", "since": None,
                       "start_date": None, "end_date": None}])
    qtmodeltester.check(classes)
