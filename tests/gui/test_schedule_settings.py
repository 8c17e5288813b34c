"""Schedules and fees in Settings: per institution, fee typed the Indonesian way, closed days, holidays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.core.services.closure_days import add_closure_days, closure_days
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.pages.closure_days_dialog import ClosureDaysDialog
from lpks_desktop.gui.pages.schedule_settings import ScheduleSettingsSection, holiday_rows
from lpks_desktop.gui.pages.settings_page import SettingsPage

D = dt.date


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    """A question nobody patched would block the run; it is answered by closing it (Esc)."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def institutions(store):
    return [save_institution(store, {"code": code, "name": name})[0] for code, name in (
        ("LPK-SBP", "LPK Sapta Bangun Persada"), ("LPK-STB", "LPK Sapta Teknik Balangan"))]


@pytest.fixture
def section(qtbot, store, institutions):
    widget = ScheduleSettingsSection(store)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_institution(institutions[0].id)
    return widget


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_fee(qtbot, section, text: str) -> None:
    section.fee.setFocus()
    section.fee.selectAll()
    qtbot.keyClick(section.fee, Qt.Key.Key_Delete)
    qtbot.keyClicks(section.fee, text)


def answer_closure_dialog(monkeypatch, qtbot, first: D, last: D, reason: str, seen: dict | None = None):
    """The clerk fills the "Add closed days" dialog and clicks Add."""
    def run(dialog):
        if not isinstance(dialog, ClosureDaysDialog):
            return 0
        dialog.show()
        dialog.first.setDate(QDate(first.year, first.month, first.day))
        dialog.last.setDate(QDate(last.year, last.month, last.day))
        dialog.reason.setFocus()
        qtbot.keyClicks(dialog.reason, reason)
        if seen is not None:
            seen.update(problems=dialog.problems.text() if dialog.problems.isVisible() else "",
                        span=dialog.span.text())
        click(qtbot, dialog.add_button)
        return dialog.result()
    monkeypatch.setattr(dialogs, "_exec", run)


def closure_rows(section) -> list[tuple[str, str]]:
    model = section.closures
    return [(model.data(model.index(row, 0)), model.data(model.index(row, 1)))
            for row in range(model.rowCount())]


def test_all_institutions_explains_that_these_settings_are_per_institution(qtbot, section, institutions):
    section.set_institution(None)
    assert "choose one institution at the top first" in section.scope_note.text()
    assert not section.skip_leave.isEnabled() and not section.fee.isEnabled()
    assert not section.save_button.isEnabled()
    assert not section.closure_view.isVisible() and not section.add_button.isVisible()
    assert section.holidays.rowCount() > 10  # national holidays hold for every institution
    section.set_institution(institutions[1].id)
    assert section.skip_leave.isEnabled() and section.closure_view.isVisible()
    assert "LPK-STB" in section.scope_note.text()


def test_fee_and_collective_leave_are_saved_for_the_chosen_institution_only(qtbot, section, institutions):
    sbp, stb = institutions
    assert section.fee.text() == "" and not section.skip_leave.isChecked()
    assert not section.save_button.isEnabled()
    type_fee(qtbot, section, "75000")
    assert section.fee.text() == "75.000" and section.fee.cursorPosition() == 6
    assert section.save_button.isEnabled()
    section.skip_leave.setFocus()
    qtbot.keyClick(section.skip_leave, Qt.Key.Key_Space)
    assert section.skip_leave.isChecked()
    click(qtbot, section.save_button)
    assert data_settings.default_rate_per_jp(sbp.id) == 75000
    assert data_settings.skips_collective_leave(sbp.id) is True
    assert data_settings.default_rate_per_jp(stb.id) is None
    assert data_settings.skips_collective_leave(stb.id) is False
    assert section.saved_note.text() == "Saved." and not section.save_button.isEnabled()
    # Back to what is stored: nothing to save.
    type_fee(qtbot, section, "75.0001")
    assert section.fee.text() == "750.001" and section.save_button.isEnabled()
    type_fee(qtbot, section, "75000")
    assert not section.save_button.isEnabled()
    section.set_institution(stb.id)
    assert section.fee.text() == "" and not section.skip_leave.isChecked()
    section.set_institution(sbp.id)
    assert section.fee.text() == "75.000" and section.skip_leave.isChecked()
    # Emptied: no default fee any more.
    type_fee(qtbot, section, "")
    click(qtbot, section.save_button)
    assert data_settings.default_rate_per_jp(sbp.id) is None


def test_a_fee_the_core_refuses_is_shown_and_nothing_is_saved(qtbot, section, institutions, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_problems", lambda parent, title, problems: shown.append(list(problems)))
    type_fee(qtbot, section, "250000000")
    section.skip_leave.setChecked(True)
    before = m.Setting.select().count()
    click(qtbot, section.save_button)
    assert len(shown) == 1 and shown[0][0].field == "default_rate_per_jp"
    assert "whole rupiah" in shown[0][0].message("en")
    assert m.Setting.select().count() == before  # the flag was not saved alone either
    assert section.fee.text() == "250.000.000" and section.save_button.isEnabled()  # kept for correcting


def test_a_range_of_closed_days_is_added_listed_and_one_removed(qtbot, store, section, institutions,
                                                                monkeypatch):
    sbp = institutions[0]
    section.year.setValue(2027)
    assert section.closures.rowCount() == 0
    seen = {}
    answer_closure_dialog(monkeypatch, qtbot, D(2027, 7, 5), D(2027, 7, 9), "Libur semester", seen)
    click(qtbot, section.add_button)
    assert seen["span"] == "5 days: Monday, 5 July 2027 to Friday, 9 July 2027"
    assert seen["problems"] == ""
    assert [(row["date"], row["reason"]) for row in closure_days(sbp.id)] == [
        (D(2027, 7, n), "Libur semester") for n in range(5, 10)]
    assert closure_rows(section)[0] == ("Monday, 5 July 2027", "Libur semester")
    assert len(section.selected_ids()) == 5  # what was just added is selected
    assert section.empty_note.text() == "5 days closed."
    # Remove Wednesday: asked first; "No" keeps it.
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **kw: asked.append(text) or False)
    section.closure_view.selectRow(2)
    click(qtbot, section.remove_button)
    assert len(closure_days(sbp.id)) == 5 and "Open LPK-SBP again on 1 day?" in asked[0]
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args, **kw: True)
    section.closure_view.setFocus()
    qtbot.keyClick(section.closure_view, Qt.Key.Key_Delete)
    assert [row["date"].day for row in closure_days(sbp.id)] == [5, 6, 8, 9]
    assert [date for date, _ in closure_rows(section)] == [
        "Monday, 5 July 2027", "Tuesday, 6 July 2027", "Thursday, 8 July 2027", "Friday, 9 July 2027"]
    assert not section.remove_button.isEnabled()  # nothing selected any more


def test_days_added_in_another_year_are_shown_in_their_year(qtbot, section, monkeypatch):
    section.year.setValue(2026)
    answer_closure_dialog(monkeypatch, qtbot, D(2028, 1, 3), D(2028, 1, 3), "Rapat kerja yayasan")
    click(qtbot, section.add_button)
    assert section.year.value() == 2028
    assert closure_rows(section) == [("Monday, 3 January 2028", "Rapat kerja yayasan")]
    assert section.closures_label.text() == "Closed days of the institution in 2028"


def test_planned_sessions_are_named_in_the_dialog_before_adding(qtbot, store, section, institutions,
                                                                monkeypatch):
    sbp = institutions[0]
    program = store.save(m.Program(institution=sbp.id, code="JHT", name="Menjahit", total_jp=20))
    klass = store.save(m.TrainingClass(institution=sbp.id, program=program.id, code="SBP-JHT-2027-01",
                                       name="Menjahit 1", capacity=16))
    for day in (D(2027, 7, 6), D(2027, 7, 7)):
        store.save(m.ClassSession(training_class=klass.id, date=day, start_time=dt.time(8),
                                  end_time=dt.time(12), jp=4))
    shown = []
    monkeypatch.setattr(dialogs, "show_problems", lambda *args: shown.append(args))
    seen = {}
    answer_closure_dialog(monkeypatch, qtbot, D(2027, 7, 5), D(2027, 7, 9), "Libur semester", seen)
    click(qtbot, section.add_button)
    assert seen["problems"].replace("\u00a0", " ").startswith(
        "⚠ 2 session(s) are already planned on these days, in SBP-JHT-2027-01 (2).")
    assert shown == []  # seen in the dialog already: not told twice
    assert m.ClosureDay.select().count() == 5
    assert m.ClassSession.select().where(m.ClassSession.date == D(2027, 7, 6)).count() == 1  # not moved


def test_the_dialog_keeps_the_range_in_order_and_shows_the_cores_errors(qtbot, store, institutions):
    dialog = ClosureDaysDialog(store, institutions[0].id, "LPK-SBP", D(2027, 3, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.add_button.isEnabled() and dialog.windowTitle() == "Closed days of LPK-SBP"
    dialog.first.setDate(QDate(2027, 3, 20))  # after the last day: the range becomes one day
    assert dialog.last_day() == D(2027, 3, 20)
    dialog.last.setDate(QDate(2027, 3, 18))
    assert not dialog.add_button.isEnabled()
    assert dialog.problems.text() == (
        "✖ The last day (Thursday, 18 March 2027) is before the first day (Saturday, 20 March 2027).")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cannot add a refused range
    assert dialog.isVisible() and m.ClosureDay.select().count() == 0
    dialog.last.setDate(QDate(2027, 3, 22))
    assert dialog.add_button.isEnabled() and not dialog.problems.isVisible()
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Renovasi")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible() and len(dialog.added) == 3
    assert [row["reason"] for row in closure_days(institutions[0].id)] == ["Renovasi"] * 3


def test_the_years_holidays_are_listed_with_collective_leave_marked(qtbot, section):
    section.year.setValue(2027)
    model = section.holidays
    rows = [[model.data(model.index(row, column)) for column in range(3)] for row in range(model.rowCount())]
    names = [name for _, name, _ in rows]
    assert any(name.startswith("Hari Raya Idul Fitri") for name in names)
    assert ["Wednesday, 10 March 2027", "Hari Raya Idul Fitri (perkiraan)", "National holiday"] in rows
    assert ["Tuesday, 9 March 2027", "Cuti Bersama Hari Raya Idul Fitri", "Collective leave"] in rows
    assert section.holidays_label.text() == "National holidays 2027"
    leave_row = names.index("Cuti Bersama Hari Raya Idul Fitri")
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(leave_row, 1), foreground) is not None  # greyed: schedules keep it
    assert model.data(model.index(names.index("Hari Suci Nyepi"), 1), foreground) is None
    section.skip_leave.setChecked(True)
    assert model.data(model.index(leave_row, 1), foreground) is None  # now skipped like a holiday
    click(qtbot, section.save_button)
    section.set_institution(section.institution_id)
    assert model.data(model.index(leave_row, 1), foreground) is None
    assert model.data(model.index(leave_row, 1), Qt.ItemDataRole.ToolTipRole)  # its English name


def test_the_settings_page_carries_the_section_for_the_chosen_institution(qtbot, store, institutions):
    page = SettingsPage(store)
    qtbot.addWidget(page)
    assert not page.schedules.fee.isEnabled()
    add_closure_days(store, institutions[1].id, D(2026, 12, 28), D(2026, 12, 31), "Libur akhir tahun")
    page.schedules.year.setValue(2026)
    page.set_institution(institutions[1].id)
    assert page.schedules.fee.isEnabled() and page.schedules.closures.rowCount() == 4


def test_table_models_keep_the_qt_model_contract(qtmodeltester, store, section, institutions):
    add_closure_days(store, institutions[0].id, D(2027, 1, 4), D(2027, 1, 8), "Rapat kerja yayasan")
    section.year.setValue(2027)
    assert section.closures.rowCount() == 5
    # 5 January is a national holiday already: the entry is shown as changing nothing.
    assert [section.closures.data(section.closures.index(row, 2)) for row in range(5)] == [
        "", "Isra Mikraj Nabi Muhammad", "", "", ""]
    qtmodeltester.check(section.closures)
    qtmodeltester.check(section.holidays)
    section.holidays.set_rows(holiday_rows(2030))
    section.holidays.set_collective_leave_skipped(True)
    qtmodeltester.check(section.holidays)
