"""Attendance rules in Settings: how izin and sakit count, per institution, saved explicitly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.core.services.attendance_rates import attendance_rules
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.gui import dialogs, i18n
from lpks_desktop.gui.pages.attendance_settings import AttendanceSettingsSection, example_rate
from lpks_desktop.gui.pages.settings_page import SettingsPage

EXCUSED, SICK = data_settings.ATTENDANCE_EXCUSED_RULE, data_settings.ATTENDANCE_SICK_RULE


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def institutions(store):
    return [save_institution(store, {"code": code, "name": name})[0] for code, name in (
        ("LPK-SBP", "LPK Sapta Bangun Persada"), ("LPK-STB", "LPK Sapta Teknik Balangan"))]


@pytest.fixture
def section(qtbot, store, institutions):
    widget = AttendanceSettingsSection(store)
    qtbot.addWidget(widget)
    widget.resize(760, 420)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_institution(institutions[0].id)
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, box, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the box and move down to it."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    while box.currentText() != text:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentIndex() != before, f"{text!r} is not offered"


def test_without_an_institution_the_rules_cannot_be_changed(qtbot, section):
    section.set_institution(None)
    assert "choose one institution at the top first" in section.scope_note.text()
    assert not section.excused.isEnabled() and not section.sick.isEnabled()
    assert not section.save_button.isEnabled()
    section.save()  # nothing to save for: writes nothing
    assert m.Setting.select().count() == 0


def test_rules_are_saved_for_the_chosen_institution_and_read_back(qtbot, section, institutions):
    sbp, stb = institutions
    assert section.excused.currentText() == "as absent" and section.sick.currentText() == "as absent"
    assert [section.sick.itemText(i) for i in range(section.sick.count())] == [
        "as absent", "as present", "left out of the total"]
    assert not section.save_button.isEnabled()
    assert "rate 80.0% (32 of 40 JP)" in section.example.text()
    choose(qtbot, section.sick, "as present")
    assert section.save_button.isEnabled()
    assert section.sick_effect.text() == "A session marked sakit counts as attended."
    assert "rate 90.0% (36 of 40 JP)" in section.example.text()
    choose(qtbot, section.excused, "left out of the total")
    assert "left out of that participant's total" in section.excused_effect.text()
    assert "rate 100.0% (36 of 36 JP)" in section.example.text()
    click(qtbot, section.save_button)
    assert section.saved_note.text() == "Saved." and not section.save_button.isEnabled()
    assert data_settings.get_setting(EXCUSED, institution_id=sbp.id) == "excluded"
    assert data_settings.get_setting(SICK, institution_id=sbp.id) == "present"
    assert attendance_rules(sbp.id).excused == "excluded" and attendance_rules(sbp.id).sick == "present"
    assert attendance_rules(stb.id).excused == "absent" and attendance_rules(stb.id).sick == "absent"
    stored = {row.key: row.institution_id for row in m.Setting.select()}
    assert stored == {EXCUSED: sbp.id, SICK: sbp.id}

    section.set_institution(stb.id)
    assert section.excused.currentData() == "absent" and section.sick.currentData() == "absent"
    section.set_institution(sbp.id)
    assert section.excused.currentData() == "excluded" and section.sick.currentData() == "present"
    # Back to what is stored: nothing to save.
    choose(qtbot, section.sick, "as absent")
    assert section.save_button.isEnabled()
    choose(qtbot, section.sick, "as present")
    assert not section.save_button.isEnabled()


def test_a_rule_the_core_refuses_is_shown_and_nothing_is_saved(qtbot, section, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_problems", lambda parent, title, problems: shown.append(list(problems)))
    choose(qtbot, section.excused, "as present")
    # A value the core does not know (as an older or newer program might offer) on the second box.
    section.sick.addItem("half", "half")
    section.sick.setCurrentIndex(section.sick.count() - 1)
    before = m.Setting.select().count()
    click(qtbot, section.save_button)
    assert len(shown) == 1 and shown[0][0].field == SICK
    assert "not half" in shown[0][0].message("en")
    assert m.Setting.select().count() == before  # the excused rule was not saved alone either
    assert section.save_button.isEnabled() and section.saved_note.text() == ""


def test_the_worked_example_follows_the_rules():
    assert example_rate("absent", "absent") == (32, 40)
    assert example_rate("present", "present") == (40, 40)
    assert example_rate("excluded", "absent") == (32, 36)
    assert example_rate("excluded", "excluded") == (32, 32)


def test_the_settings_page_carries_the_section_for_the_chosen_institution(qtbot, store, institutions):
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert not page.attendance.excused.isEnabled()
    data_settings.set_setting(store, SICK, "excluded", institutions[1].id)
    page.set_institution(institutions[1].id)
    assert page.attendance.excused.isEnabled() and page.attendance.sick.currentData() == "excluded"
    assert "LPK-STB" in page.attendance.scope_note.text()


def test_indonesian_decimal_comma_in_the_example(qtbot, store, institutions, monkeypatch, qapp):
    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    widget = AttendanceSettingsSection(store)
    qtbot.addWidget(widget)
    widget.set_institution(institutions[0].id)
    widget.excused.setCurrentIndex(widget.excused.findData("excluded"))
    assert "88,8" in widget.example.text()  # 32 of 36 JP is 88.88…, rounded down
