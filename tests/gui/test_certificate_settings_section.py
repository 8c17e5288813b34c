"""Certificate settings per institution (design, paper, background image, file names, number
pattern with the next numbers, keys) and what a program asks of a certificate."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from lpks_desktop.core import models as m
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.core.services.certificate_numbers import roman_month
from lpks_desktop.core.signing import institution_key
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.forms.program_form import ProgramForm
from lpks_desktop.gui.pages import certificate_settings
from lpks_desktop.gui.pages.certificate_settings import CertificateSettingsSection, next_numbers

import certificate_register_world  # noqa: I001  (tests/gui)

SHOTS = Path(os.environ.get("LPKS_SHOTS", "")) if os.environ.get("LPKS_SHOTS") else None
DESIGN, PAPER, FILES = (data_settings.CERTIFICATE_DESIGN, data_settings.CERTIFICATE_PAPER,
                        data_settings.CERTIFICATE_FILE_PATTERN)


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes answered at once; what they said is kept."""
    said = []
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: said.append(getattr(dialog, "text", lambda: "")()) or 0)
    return said


@pytest.fixture
def world(store):
    return certificate_register_world.build(store)


@pytest.fixture
def section(qtbot, store, world, warnings):
    widget = CertificateSettingsSection(store)
    qtbot.addWidget(widget)
    widget.resize(820, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_institution(world.sbp.id)
    return widget


def picture(path: Path, kind: str = "PNG", size=(297, 210)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8f0e0"))
    assert image.save(str(path), kind)
    return path


def choose_file(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(certificate_settings, "choose_background_file", lambda *args: str(path))


def test_without_an_institution_nothing_can_be_changed(qtbot, section, store):
    section.set_institution(None)
    assert "choose one institution at the top first" in section.scope_note.text()
    for widget in (section.design, section.paper, section.choose_button, section.file_pattern,
                   section.number_pattern, section.keys_button):
        assert not widget.isEnabled()
    assert not section.save_button.isEnabled()
    before = m.Setting.select().count()
    assert section.save() is False and section.choose_background() is False
    assert m.Setting.select().count() == before


def test_design_paper_and_file_names_are_saved_for_the_chosen_institution(qtbot, section, world):
    sbp, stb = world.sbp, world.stb
    assert section.design.currentData() == "classic" and section.paper.currentData() == "A4"
    assert section.file_pattern.text() == "{number} {name}"
    # The example is the institution's next number with a person's name, as the files are named.
    following = next_numbers(sbp, sbp.certificate_number_pattern, count=1)[0].replace("/", "-")
    assert section.file_example.text() == f"Example: <b>{following} Ani Suryani.pdf</b>"
    section.design.setCurrentIndex(section.design.findData("modern"))
    section.paper.setCurrentIndex(section.paper.findData("F4"))
    section.file_pattern.selectAll()
    qtbot.keyClicks(section.file_pattern, "{seq:02d} {name} ({class})")
    qtbot.waitUntil(lambda: "12 Ani Suryani (SBP-JHT-2026-01).pdf" in section.file_example.text(), timeout=2000)
    assert section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.saved_note.text() == "Saved." and not section.save_button.isEnabled()
    assert data_settings.get_setting(DESIGN, institution_id=sbp.id) == "modern"
    assert data_settings.get_setting(PAPER, institution_id=sbp.id) == "F4"
    assert data_settings.get_setting(FILES, institution_id=sbp.id) == "{seq:02d} {name} ({class})"
    assert data_settings.get_setting(DESIGN, institution_id=stb.id) == "classic"  # only SBP's changed
    section.set_institution(stb.id)
    assert section.design.currentData() == "classic" and section.paper.currentData() == "A4"
    section.set_institution(sbp.id)
    assert section.design.currentData() == "modern" and section.paper.currentData() == "F4"
    assert section.file_pattern.text() == "{seq:02d} {name} ({class})"


def test_a_bad_file_name_pattern_is_shown_while_typing_and_refused_with_nothing_written(
        qtbot, section, world, warnings):
    section.design.setCurrentIndex(section.design.findData("simple"))
    section.file_pattern.selectAll()
    qtbot.keyClicks(section.file_pattern, "{number} {nama}")
    qtbot.waitUntil(section.file_problem.isVisible, timeout=2000)
    assert "{nama}" in section.file_problem.text()
    assert section.file_example.text() == "Example: none until the pattern is corrected"
    before = m.Setting.select().count()
    assert section.save() is False
    assert warnings  # the problems were shown
    # All or nothing: the design chosen with it was not saved either.
    assert m.Setting.select().count() == before
    assert data_settings.get_setting(DESIGN, institution_id=world.sbp.id) == "classic"


def test_number_pattern_preview_shows_the_next_three_numbers_and_saves_to_the_institution(
        qtbot, section, world, store):
    today = dt.date.today()
    # SBP holds numbers 1 to 4 of 2026 in the world; the preview is of today's year.
    last = 4 if today.year == 2026 else 0
    expected = [f"{last + n:03d}/LPK-SBP/CERT/{roman_month(today.month)}/{today.year}"
                for n in (1, 2, 3)]
    assert next_numbers(world.sbp, world.sbp.certificate_number_pattern) == expected
    assert section.number_preview.text() == "Next numbers: " + " · ".join(f"<b>{n}</b>" for n in expected)
    section.number_pattern.selectAll()
    qtbot.keyClicks(section.number_pattern, "SRT-{program}-{seq:04d}/{institution}/{year}")
    qtbot.waitUntil(lambda: f"SRT-JHT-{last + 1:04d}/LPK-SBP/{today.year}" in section.number_preview.text(),
                    timeout=2000)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert m.Institution.get_by_id(world.sbp.id).certificate_number_pattern == \
        "SRT-{program}-{seq:04d}/{institution}/{year}"
    # Without {seq} every number would be the same: shown at once, refused at Save.
    section.number_pattern.selectAll()
    qtbot.keyClicks(section.number_pattern, "{institution}/CERT/{year}")
    qtbot.waitUntil(section.number_problem.isVisible, timeout=2000)
    assert "{seq}" in section.number_problem.text()
    assert section.number_preview.text() == "Next numbers: none until the pattern is corrected"
    assert section.save() is False
    assert m.Institution.get_by_id(world.sbp.id).certificate_number_pattern.startswith("SRT-")


def test_background_image_is_stored_shown_and_removed(qtbot, section, world, monkeypatch, tmp_path):
    assert section.thumbnail.text() == "No background" and not section.clear_button.isEnabled()
    image = picture(tmp_path / "latar.png")
    choose_file(monkeypatch, image)
    qtbot.mouseClick(section.choose_button, Qt.MouseButton.LeftButton)
    stored = m.Institution.get_by_id(world.sbp.id).certificate_background
    assert bytes(stored) == image.read_bytes()
    assert not section.thumbnail.pixmap().isNull() and section.clear_button.isEnabled()
    assert section.saved_note.text() == "Background saved."
    assert m.Institution.get_by_id(world.stb.id).certificate_background is None
    if SHOTS:
        section.grab().save(str(SHOTS / "certificate_settings.png"))
    # A JPEG is as good; the section reads it back after switching institutions.
    jpeg = picture(tmp_path / "latar.jpg", "JPG")
    choose_file(monkeypatch, jpeg)
    assert section.choose_background()
    section.set_institution(world.stb.id)
    section.set_institution(world.sbp.id)
    assert bytes(m.Institution.get_by_id(world.sbp.id).certificate_background) == jpeg.read_bytes()
    assert not section.thumbnail.pixmap().isNull()
    qtbot.mouseClick(section.clear_button, Qt.MouseButton.LeftButton)
    assert m.Institution.get_by_id(world.sbp.id).certificate_background is None
    assert section.thumbnail.text() == "No background" and section.saved_note.text() == "Background removed."


def test_files_that_are_not_pictures_or_too_large_are_refused(qtbot, section, world, monkeypatch, tmp_path,
                                                             warnings):
    not_a_picture = tmp_path / "latar.png"
    not_a_picture.write_text("this is a letter, not a picture")
    choose_file(monkeypatch, not_a_picture)
    assert section.choose_background() is False
    assert warnings[-1] == "latar.png is not a PNG or JPEG picture; choose a PNG or JPEG file."
    # A PNG header on something that is no picture is no better.
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    choose_file(monkeypatch, fake)
    assert section.choose_background() is False
    assert "fake.png is not a PNG or JPEG picture" in warnings[-1]
    huge = tmp_path / "scan.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (6 * 1024 * 1024))
    choose_file(monkeypatch, huge)
    assert section.choose_background() is False
    assert warnings[-1].startswith("scan.png is 6.0 MB; a background may be at most 5 MB.")
    assert m.Institution.get_by_id(world.sbp.id).certificate_background is None
    assert section.thumbnail.text() == "No background"


def test_keys_button_opens_the_institutions_key(qtbot, section, world, store, monkeypatch):
    opened = []
    monkeypatch.setattr(dialogs, "run_modal", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(section.keys_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].key_id.text() == institution_key(store, world.sbp.id).key_id


def test_settings_page_shows_the_section_for_the_chosen_institution(qtbot, store, world, warnings):
    """Where the lead places the section: it follows the institution like the attendance rules."""
    from lpks_desktop.gui.pages.settings_page import SettingsPage

    page = SettingsPage(store)
    qtbot.addWidget(page)
    section = getattr(page, "certificates", None)
    if section is None:
        pytest.skip("the settings page does not hold the certificate section yet")
    page.set_institution(world.stb.id)
    assert section.institution_id == world.stb.id


# -- what a program asks of a certificate -----------------------------------------------------------

def open_program_form(qtbot, store, program) -> ProgramForm:
    form = ProgramForm(store, program)
    qtbot.addWidget(form)
    form.show()
    return form


def test_program_certificate_rules_are_saved_from_the_program_form(qtbot, store, world, warnings):
    program = world.scenario.program
    form = open_program_form(qtbot, store, program)
    rule, score = form.fields["certificate_units_rule"], form.fields["certificate_min_score"]
    assert rule.value() == "required" and score.value() == ""
    assert [rule.editor.itemText(i) for i in range(rule.editor.count())] == [
        "required units competent", "all units competent", "no unit results (attendance only)"]
    rule.set_value("all")
    score.editor.selectAll()
    qtbot.keyClicks(score.editor, "70,5")  # the Indonesian decimal comma
    form.accept()
    stored = m.Program.get_by_id(program.id)
    assert stored.certificate_units_rule == "all" and stored.certificate_min_score == Decimal("70.5")
    form = open_program_form(qtbot, store, stored)
    assert form.fields["certificate_min_score"].value() == "70.5"
    assert form.fields["certificate_units_rule"].value() == "all"
    form.fields["certificate_min_score"].set_value("")
    form.fields["certificate_units_rule"].set_value("none")
    form.accept()
    stored = m.Program.get_by_id(program.id)
    assert stored.certificate_units_rule == "none" and stored.certificate_min_score is None


def test_a_minimum_score_out_of_range_is_shown_and_nothing_is_saved(qtbot, store, world, warnings):
    program = world.scenario.program
    form = open_program_form(qtbot, store, program)
    score = form.fields["certificate_min_score"]
    score.editor.selectAll()
    qtbot.keyClicks(score.editor, "120")
    qtbot.waitUntil(score.message.isVisible, timeout=2000)
    assert "from 0 to 100" in score.message.text()
    versions = m.Program.get_by_id(program.id).row_version
    form.accept()
    assert form.isVisible() and m.Program.get_by_id(program.id).row_version == versions
    score.editor.selectAll()
    qtbot.keyClicks(score.editor, "70.125")
    form.accept()
    assert "at most two decimals" in score.message.text()
    assert m.Program.get_by_id(program.id).certificate_min_score is None
