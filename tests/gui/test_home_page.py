"""The home page on demo data with a fixed today, and the class summary it opens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import ClassSession, Enrollment, Institution, SessionStatus
from lpks_desktop.gui.pages.home_page import HomePage

TODAY = dt.date(2026, 11, 25)  # a Wednesday
SATURDAY = dt.date(2026, 11, 28)


@pytest.fixture
def demo(store):
    fill_demo(store, participants=120, seed=7, today=TODAY)
    return store


def make_page(qtbot, store, day=TODAY) -> HomePage:
    page = HomePage(store, None, today=lambda: day)
    qtbot.addWidget(page)
    page.resize(1010, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def column(section, header: str) -> list[str]:
    model = section.model
    index = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_heading_names_today_in_indonesian(qtbot, demo, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "id")
    page = make_page(qtbot, demo, SATURDAY)
    assert page.heading.text() == "Sabtu, 28 November 2026"


def test_todays_sessions_are_listed_by_time_with_class_room_and_trainer(qtbot, demo):
    page = make_page(qtbot, demo)
    held_today = list(ClassSession.select().where(ClassSession.date == TODAY,
                                                  ClassSession.status != SessionStatus.CANCELLED))
    assert page.sessions.model.rowCount() == len(held_today) > 0
    assert page.sessions.heading.text() == f"Today's sessions ({len(held_today)})"
    times = column(page.sessions, "Time")
    starts = [time[:5] for time in times]
    assert starts == sorted(starts)
    assert sorted(times) == sorted(f"{s.start_time:%H:%M}–{s.end_time:%H:%M}" for s in held_today)
    assert sorted(column(page.sessions, "Class")) == sorted(s.training_class.name for s in held_today)
    assert all(column(page.sessions, "Room")) and all(column(page.sessions, "Trainer"))
    assert not page.sessions.is_empty() and page.sessions.view.isVisible()


def test_a_day_without_sessions_says_so(qtbot, demo):
    page = make_page(qtbot, demo, SATURDAY)
    assert page.sessions.is_empty()
    assert page.sessions.empty.isVisible() and not page.sessions.view.isVisible()
    assert page.sessions.empty.text() == "No sessions today"
    assert not page.running.is_empty()  # classes still run on a weekend


def test_an_empty_database_shows_every_empty_state(qtbot, store):
    page = make_page(qtbot, store)
    assert all(section.is_empty() for section in page.sections())
    assert [s.empty.text() for s in page.sections()] == [
        "No sessions today", "No classes running", "No registrations waiting for a decision",
        "No certificates waiting to be printed"]


def test_running_classes_and_waiting_registrations_show_their_numbers(qtbot, demo):
    page = make_page(qtbot, demo)
    running = page.running.model
    first = running.row(0)
    seated = first["enrolled"]
    assert column(page.running, "Enrolled / capacity")[0] == f"{seated} / {first['capacity']}"
    waiting = Enrollment.select().where(Enrollment.status == "registered").count()
    assert page.waiting.heading.text() == f"Registrations waiting for a decision ({waiting})"
    assert sum(int(n) for n in column(page.waiting, "Waiting")) == waiting


def test_choosing_an_institution_narrows_every_list_and_refresh_sees_changes(qtbot, demo):
    page = make_page(qtbot, demo)
    everyone = page.sessions.model.rowCount()
    institution = Institution.get(Institution.code == "LPK-SBP")
    page.set_institution(institution.id)
    ours = page.sessions.model.rowCount()
    assert 0 < ours < everyone
    assert {page.sessions.model.row(r)["institution_id"] for r in range(ours)} == {institution.id}
    first = page.sessions.model.row(0)["session_id"]
    ClassSession.update(status=SessionStatus.CANCELLED).where(ClassSession.id == first).execute()
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.sessions.model.rowCount() == ours - 1


def test_enter_on_a_running_class_asks_to_open_it(qtbot, demo):
    page = make_page(qtbot, demo)
    view = page.running.view
    view.setFocus()
    view.setCurrentIndex(page.running.model.index(1, 0))
    with qtbot.waitSignal(page.openClass, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [page.running.model.row(1)["class_id"]]
