"""The attendance page: the week's sessions with their marked counts, week navigation, the
trainer and class filters, opening a session's attendance, printing, participants at risk."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.core.services.journals import save_journal
from lpks_desktop.gui import dialogs, i18n
from lpks_desktop.gui.pages.attendance_page import AttendancePage
from lpks_desktop.gui.pages.attendance_week_model import (
    CLASS,
    DAY,
    JOURNAL,
    MARKED,
    R_ALLOWANCE,
    R_CLASS,
    R_MINIMUM,
    R_PARTICIPANT,
    R_RATE,
    R_VERDICT,
    ROOM,
    TIME,
    TRAINERS,
    UNIT,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import class_scenario  # noqa: E402  (institutions, rooms, a program, trainers, a running class)

D = dt.date
TODAY = D(2026, 11, 18)  # a Wednesday
LEAD, ASSISTANT = m.TrainerRole.LEAD, m.TrainerRole.ASSISTANT
# Delivered sessions 9-13 and 16-17 November, one mark per session and person ("." none).
MARKS = {"Ani Suryani": "HHHHHHH", "Budi Hartono": "HAHHAHH", "Citra Lestari": "AAHHHAH",
         "Dewi Anggraini": "HHHHHH."}


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


@pytest.fixture
def world(store):
    """SBP's sewing class (minimum 80%) has sessions of 4 JP each weekday from 9 November; Wednesday
    18th is cancelled; Budi leads them all, Sari assists on Monday 16th. Seven are delivered (28 JP)
    and three remain (12 JP), so 32 JP are needed: Ani and Dewi are on track, Budi may miss
    nothing more, Citra can no longer make it. STB's welding class (Sari) has nobody yet."""
    s = class_scenario.build(store)
    add = class_scenario.session
    s.sessions = {}
    for day in (9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23):
        trainers = [(s.budi, LEAD)] + ([(s.sari, ASSISTANT)] if day == 16 else [])
        status = m.SessionStatus.CANCELLED if day == 18 else m.SessionStatus.PLANNED
        s.sessions[day] = add(store, s.klass, D(2026, 11, day), "08:00", "12:00", trainers=trainers,
                              status=status, unit=s.units[day % 2].id)
    s.welding = store.save(m.TrainingClass(
        institution=s.stb.id, program=s.program.id, code="STB-LAS-2026-01", name="Las Angkatan 1",
        batch=1, room=s.workshop.id, capacity=12, status=m.ClassStatus.RUNNING))
    s.welding_monday = add(store, s.welding, D(2026, 11, 16), "13:00", "16:00", jp=3, trainers=[(s.sari, LEAD)],
                           topic="Las listrik dasar")
    s.people = {}
    for number, name in enumerate(MARKS, start=1):
        person = store.save(m.Participant(nik=f"31710101000000{number:02d}", full_name=name, sex="P"))
        s.people[name] = store.save(m.Enrollment(training_class=s.klass.id, participant=person.id,
                                                 status=m.EnrollmentStatus.ENROLLED))
    delivered = (9, 10, 11, 12, 13, 16, 17)
    changes = [MarkChange(s.sessions[day].id, s.people[name].id, mark)
               for name, marks in MARKS.items() for day, mark in zip(delivered, marks) if mark != "."]
    save_marks(store, s.klass.id, changes, today=TODAY)
    save_journal(store, s.sessions[16].id, {"taught": "Mengukur tubuh", "jp": 4, "notes": ""}, today=TODAY)
    return s


def open_page(qtbot, store, institution_id=None) -> AttendancePage:
    page = AttendancePage(store, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_institution(institution_id)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def column(model, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def cell_rect(view, row: int, col: int = 0):
    return view.visualRect(view.model().index(row, col))


def double_click(qtbot, view, row: int, col: int = 0) -> None:
    centre = cell_rect(view, row, col).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_weeks_sessions_with_their_marked_counts(qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    assert page.week() == (D(2026, 11, 16), D(2026, 11, 22))
    assert page.range_label.text() == "16 – 22 November 2026"
    model = page.model
    assert column(model, DAY) == ["Monday, 16 Nov", "Tuesday, 17 Nov", "Thursday, 19 Nov", "Friday, 20 Nov"]
    assert column(model, TIME) == ["08:00–12:00"] * 4
    assert column(model, CLASS) == ["SBP-JHT-2026-01"] * 4
    assert column(model, UNIT)[0] == "C.141000.001.02 Mengukur Tubuh"
    assert column(model, ROOM) == ["Ruang Jahit"] * 4
    assert column(model, TRAINERS)[0] == "Budi Santoso, Sari Wulandari"
    assert column(model, MARKED) == ["marked 4 of 4", "marked 3 of 4", "not yet held", "not yet held"]
    assert column(model, JOURNAL) == ["written, 4 JP", "not written", "—", "—"]
    assert model.index(0, MARKED).data(Qt.ItemDataRole.ToolTipRole) == "3 present of 4 marked"
    summary = page.summary_label.text()
    assert summary == ("4 sessions · 1 fully marked · 1 waiting for marks · 1 without a journal · "
                       "1 cancelled (not listed)")
    assert page.table.isVisible() and not page.empty.isVisible()


def test_marks_saved_elsewhere_show_after_a_refresh(qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    save_marks(store, world.klass.id, [MarkChange(world.sessions[17].id, world.people["Dewi Anggraini"].id, "S")],
               today=TODAY)
    assert page.model.index(1, MARKED).data() == "marked 3 of 4"
    page.select_session(world.sessions[17].id)
    page.marks_changed()  # what a class window's attendance tab says after saving
    assert page.model.index(1, MARKED).data() == "marked 4 of 4"
    assert [entry.session_id for entry in page.selected_sessions()] == [world.sessions[17].id]
    assert page.current_session().session_id == world.sessions[17].id
    # Coming back to the page (after entering marks in a class window) shows what is stored now.
    save_marks(store, world.klass.id, [MarkChange(world.sessions[17].id, world.people["Dewi Anggraini"].id, None)],
               today=TODAY)
    page.hide()
    page.marks_changed()  # hidden: nothing reloaded until it is shown again
    assert page.model.index(1, MARKED).data() == "marked 4 of 4"
    page.show()
    assert page.model.index(1, MARKED).data() == "marked 3 of 4"


def test_week_navigation(qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.week()[0] == D(2026, 11, 9)
    assert page.range_label.text() == "9 – 15 November 2026"
    assert column(page.model, MARKED) == ["marked 4 of 4"] * 5
    assert page.date_edit.date().toPython() == D(2026, 11, 9)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.week()[0] == D(2026, 11, 23)
    assert column(page.model, MARKED) == ["not yet held"]
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.text() == "No sessions this week."
    assert not page.print_week_button.isEnabled()
    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    assert page.week()[0] == D(2026, 11, 16) and page.model.rowCount() == 4
    # Any day of a week chosen in the date field shows that week.
    page.date_edit.setDate(QDate(2026, 11, 14))
    assert page.week()[0] == D(2026, 11, 9) and page.model.rowCount() == 5
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.week()[0] == D(2026, 11, 16)
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.week()[0] == D(2026, 11, 9)


def test_trainer_and_class_filters(qtbot, store, world):
    page = open_page(qtbot, store)  # all institutions
    assert page.model.rowCount() == 5
    assert page.trainer_box.itemText(0) == "Everyone"
    assert [page.trainer_box.itemText(i) for i in range(1, page.trainer_box.count())] == [
        "Budi Santoso", "Sari Wulandari"]
    page.set_trainer(world.sari.id)
    assert column(page.model, CLASS) == ["SBP-JHT-2026-01", "STB-LAS-2026-01"]
    assert column(page.model, MARKED) == ["marked 4 of 4", "nobody enrolled"]
    page.set_class(world.welding.id)
    assert column(page.model, CLASS) == ["STB-LAS-2026-01"]
    assert column(page.model, UNIT) == ["Las listrik dasar"]
    page.set_trainer(world.budi.id)
    assert page.model.rowCount() == 0
    assert page.empty.text() == "No sessions this week for the trainer or class chosen."
    page.set_class(None)
    page.set_trainer(None)
    assert page.model.rowCount() == 5
    # The institution switcher narrows both the sessions and the choices.
    page.set_institution(world.stb.id)
    assert column(page.model, CLASS) == ["STB-LAS-2026-01"]
    assert [page.class_box.itemText(i) for i in range(page.class_box.count())] == [
        "All classes", "STB-LAS-2026-01 – Las Angkatan 1"]


def test_a_chosen_trainer_stays_chosen_when_the_institution_changes(qtbot, store, world):
    page = open_page(qtbot, store)
    page.set_trainer(world.sari.id)
    page.set_institution(world.sbp.id)  # Sari teaches at SBP too
    assert page.trainer_id() == world.sari.id and page.model.rowCount() == 1


def test_a_session_opens_its_attendance(qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    assert not page.enter_button.isEnabled()
    with qtbot.waitSignal(page.openAttendance) as opened:
        double_click(qtbot, page.table, 1, MARKED)
    assert opened.args == [world.klass.id, world.sessions[17].id]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.enter_button.isEnabled()
    with qtbot.waitSignal(page.openAttendance) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [world.klass.id, world.sessions[16].id]
    page.select_session(world.sessions[20].id)
    with qtbot.waitSignal(page.openAttendance) as opened:
        qtbot.mouseClick(page.enter_button, Qt.MouseButton.LeftButton)
    assert opened.args == [world.klass.id, world.sessions[20].id]


def test_the_selection_survives_a_refresh(qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    page.select_session(world.sessions[19].id)
    page.refresh()
    assert [entry.session_id for entry in page.selected_sessions()] == [world.sessions[19].id]


def test_participants_at_risk(qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    model = page.risk_model
    assert page.risk_table.isVisible() and not page.risk_empty.isVisible()
    assert column(model, R_PARTICIPANT) == ["Citra Lestari", "Budi Hartono"]  # can no longer make it first
    assert column(model, R_CLASS) == ["SBP-JHT-2026-01"] * 2
    assert column(model, R_RATE) == ["57.1%", "71.4%"]  # 16 of 28 JP, 20 of 28 JP
    assert column(model, R_MINIMUM) == ["80.0%", "80.0%"]
    assert column(model, R_ALLOWANCE) == ["can no longer reach 80.0%", "may miss no more JP"]
    assert column(model, R_VERDICT) == ["Cannot reach the minimum", "At risk"]
    assert model.index(0, R_VERDICT).data(Qt.ItemDataRole.ToolTipRole)  # the one-line reason
    assert page.risk_heading.text() == "Participants at risk in running classes (2)"
    with qtbot.waitSignal(page.openAttendance) as opened:
        double_click(qtbot, page.risk_table, 1, R_PARTICIPANT)
    assert opened.args == [world.klass.id, 0]


def test_allowance_in_words_follows_the_institutions_rules(qtbot, store, world):
    from lpks_desktop.core.services.settings import ATTENDANCE_SICK_RULE, set_setting

    page = open_page(qtbot, store, world.sbp.id)
    # At SBP a sick day now leaves the session out of the total; Budi was sick on the 13th.
    set_setting(store, ATTENDANCE_SICK_RULE, "excluded", world.sbp.id)
    save_marks(store, world.klass.id, [MarkChange(world.sessions[13].id, world.people["Budi Hartono"].id, "S")],
               today=TODAY)
    page.refresh()
    rows = {page.risk_model.index(row, R_PARTICIPANT).data():
            [page.risk_model.index(row, col).data() for col in (R_RATE, R_ALLOWANCE, R_VERDICT)]
            for row in range(page.risk_model.rowCount())}
    # Budi: 20 of 24 JP; with 12 JP to come, 29 of 36 are needed: 3 JP to spare, less than a session.
    assert rows == {"Citra Lestari": ["57.1%", "can no longer reach 80.0%", "Cannot reach the minimum"],
                    "Budi Hartono": ["83.3%", "may miss 3 more JP", "At risk"]}


def test_nobody_at_risk_and_no_sessions(qtbot, store, world):
    page = open_page(qtbot, store, world.stb.id)
    assert page.risk_model.rowCount() == 0
    assert page.risk_empty.isVisible() and page.risk_empty.text() == "Nobody is at risk."
    page.step(2)
    assert page.empty.isVisible() and page.empty.text() == "No sessions this week."
    assert page.summary_label.text() == ""


def test_the_class_filter_narrows_the_risks_too(qtbot, store, world):
    page = open_page(qtbot, store)
    page.set_class(world.welding.id)
    assert page.risk_model.rowCount() == 0 and page.risk_empty.isVisible()
    page.set_class(world.klass.id)
    assert page.risk_model.rowCount() == 2


def test_printing_this_weeks_and_the_selected_sheets(qtbot, store, world, monkeypatch):
    from lpks_desktop.gui.attendance import print_dialog

    asked = []
    monkeypatch.setattr(print_dialog, "print_attendance",
                        lambda parent, store, **choices: asked.append((parent, choices)))
    page = open_page(qtbot, store, world.sbp.id)
    page.set_trainer(world.budi.id)
    qtbot.mouseClick(page.print_week_button, Qt.MouseButton.LeftButton)
    assert asked[-1][0] is page
    assert asked[-1][1] == {"trainer_id": world.budi.id, "week_of": D(2026, 11, 16), "class_id": None,
                            "institution_id": world.sbp.id}
    page.set_trainer(None)
    page.set_class(world.klass.id)
    qtbot.mouseClick(page.print_week_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1] == {"trainer_id": None, "week_of": D(2026, 11, 16), "class_id": world.klass.id,
                            "institution_id": world.sbp.id}
    assert not page.print_selected_button.isEnabled()
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert page.print_selected_button.isEnabled()
    qtbot.mouseClick(page.print_selected_button, Qt.MouseButton.LeftButton)
    assert list(asked[-1][1]["session_ids"]) == [world.sessions[16].id, world.sessions[19].id]


def test_the_real_print_dialog_opens_on_the_weeks_sheets(qtbot, store, world, monkeypatch):
    from lpks_desktop.gui.attendance.print_dialog import WEEK, PrintAttendanceDialog

    opened = []
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: opened.append(dialog) or 0)
    page = open_page(qtbot, store, world.sbp.id)
    page.set_trainer(world.sari.id)
    qtbot.mouseClick(page.print_week_button, Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    assert isinstance(dialog, PrintAttendanceDialog) and dialog.kind() == WEEK
    assert dialog.week() == (D(2026, 11, 16), D(2026, 11, 22))
    # The page shows SBP's sessions, so its week's sheets are SBP's: Sari's Monday there.
    assert dialog.session_ids() == [world.sessions[16].id]
    page.select_session(world.sessions[16].id)
    qtbot.mouseClick(page.print_selected_button, Qt.MouseButton.LeftButton)
    assert opened[-1].session_ids() == [world.sessions[16].id]
    # With all institutions shown, Sari's week takes in the welding class at STB as well.
    page.set_institution(None)
    qtbot.mouseClick(page.print_week_button, Qt.MouseButton.LeftButton)
    assert opened[-1].session_ids() == [world.sessions[16].id, world.welding_monday.id]


def test_dates_times_and_rates_the_indonesian_way(qtbot, store, world, monkeypatch, qapp):
    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    page = open_page(qtbot, store, world.sbp.id)
    page.step(-1)
    assert page.range_label.text() == "9 – 15 November 2026"
    assert column(page.model, DAY)[:2] == ["Senin, 9 Nov", "Selasa, 10 Nov"]
    assert column(page.model, TIME)[0] == "08.00–12.00"
    assert column(page.risk_model, R_RATE) == ["57,1%", "71,4%"]
    assert column(page.risk_model, R_VERDICT) == ["Tidak mungkin tercapai", "Berisiko"]


def test_models_keep_the_qt_model_contract(qtmodeltester, qtbot, store, world):
    page = open_page(qtbot, store, world.sbp.id)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.risk_model)
