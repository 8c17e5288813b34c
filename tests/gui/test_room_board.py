"""The whole institution's week as rooms by days: rows, cells, time order, clashes, cancelled
sessions, keys and clicks; and the calendar page showing it for "Whole institution"."""

from __future__ import annotations

import datetime as dt

import pytest
import test_calendar_page as calendar_tests
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from lpks_desktop.core import models as m
from lpks_desktop.core.services.calendar_view import CalendarEntry
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.pages.calendar_page import CalendarPage
from lpks_desktop.gui.widgets.calendar_style import (CANCELLED_FILL, CLASH_COLOUR, CLASS_COLOURS, HOLIDAY_FILL,
                                                     TODAY_FILL)
from lpks_desktop.gui.widgets.room_board import (CANCELLED_CODE, CODE, ROOM_CLASHES, TIME_CLASH, RoomBoard,
                                                 room_clashes)

MONDAY = dt.date(2026, 11, 30)
TODAY = dt.date(2026, 12, 2)  # the Wednesday
# The calendar page's two institutions, their rooms, classes and sessions.
foundation = calendar_tests.foundation
ROOMS = {1: ("Ruang Jahit", "LPK-SBP"), 2: ("Bengkel Las", "LPK-STB"), 3: ("Lab Komputer 10", "LPK-SBP"),
         4: ("Lab Komputer 2", "LPK-SBP")}


def entry(session_id: int, day: int, start: str, end: str, *, room: int | None = 1, class_id: int = 1,
          code: str = "SBP-JHT-2026-01", status: str = "planned", trainers=("Budi Santoso",),
          institution: str = "LPK-SBP") -> CalendarEntry:
    return CalendarEntry(
        session_id=session_id, class_id=class_id, class_code=code, class_name="Menjahit Angkatan 1",
        institution_code=institution, date=MONDAY + dt.timedelta(days=day),
        start_time=dt.time.fromisoformat(start), end_time=dt.time.fromisoformat(end), room_id=room,
        room_name=ROOMS[room][0] if room else "", unit_code="C.141000.002.02", title="Membuat Pola", jp=4,
        status=status, trainers=tuple(trainers))


def days_of(*entries: CalendarEntry) -> dict[dt.date, list[CalendarEntry]]:
    days = {MONDAY + dt.timedelta(days=i): [] for i in range(7)}
    for item in entries:
        days[item.date].append(item)
    return days


@pytest.fixture
def board(qtbot):
    widget = RoomBoard(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1340, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(board: RoomBoard, *entries: CalendarEntry, **details) -> None:
    board.set_week(MONDAY, days_of(*entries), {}, rooms=ROOMS, **details)


def texts(chip) -> list[str]:
    return [text.text() for _point, text, _look in chip.drawn]


def colours_in(board: RoomBoard, rect) -> set[str]:
    image = board.viewport().grab().toImage()
    return {image.pixelColor(QPoint(int(x), int(y))).name()
            for x in range(int(rect.left()), int(rect.right()))
            for y in range(int(rect.top()), int(rect.bottom()))}


def test_sessions_land_in_their_rooms_row_and_days_column(board):
    show(board, entry(1, 0, "08:00", "12:00", room=1), entry(2, 3, "13:00", "16:00", room=2, class_id=2,
                                                            code="STB-LAS-2026-01", institution="LPK-STB"),
         entry(3, 1, "08:00", "10:00", room=4), entry(4, 1, "10:00", "12:00", room=3),
         entry(5, 4, "08:00", "10:00", room=None))
    rows = board.rows()
    # By institution, then by name the way people count: "Lab Komputer 2" before "... 10".
    assert [(row.name, row.institution_code) for row in rows] == [
        ("Lab Komputer 2", "LPK-SBP"), ("Lab Komputer 10", "LPK-SBP"), ("Ruang Jahit", "LPK-SBP"),
        ("Bengkel Las", "LPK-STB"), ("", "")]
    assert rows[-1].room_id is None  # the sessions without a room come last
    for session_id, row, day in ((1, 2, 0), (2, 3, 3), (3, 0, 1), (4, 1, 1), (5, 4, 4)):
        chip = board.chip_for(session_id)
        assert (chip.row, chip.day) == (row, day)
        assert board.cell_rect(row, day).contains(chip.rect)
    first = board.chip_for(1)
    assert texts(first)[:2] == ["08:00–12:00", "SBP-JHT-2026-01"] or texts(first)[:2] == ["08:00", "12:00"]
    assert "SBP-JHT-2026-01" in texts(first) and "Budi Santoso" in texts(first)  # whole, at this width
    labels = [text.text() for _point, text, _look in rows[-1].label]
    assert labels == ["No room"]


def test_a_cell_is_in_time_order_and_its_row_grows_to_fit(board):
    show(board, entry(1, 2, "13:00", "16:00"), entry(2, 2, "08:00", "10:00"), entry(3, 2, "10:00", "12:00"),
         entry(4, 2, "16:00", "17:00"), entry(5, 0, "08:00", "12:00", room=2))
    cell = board.rows()[0].cells[2]
    assert [chip.entry.session_id for chip in cell] == [2, 3, 1, 4]
    tops = [chip.rect.top() for chip in cell]
    assert tops == sorted(tops)
    for above, below in zip(cell, cell[1:]):
        assert above.rect.bottom() < below.rect.top()
    busy, quiet = board.rows()
    assert busy.height > 3 * quiet.height / 2
    assert busy.top + busy.height <= quiet.top
    assert board.cell_rect(0, 2).contains(cell[-1].rect)


def test_a_room_booked_twice_at_once_is_marked_red(board):
    show(board, entry(1, 1, "08:00", "12:00"), entry(2, 1, "09:00", "11:00", class_id=2, code="SBP-BRS-2026-01"),
         entry(3, 1, "12:00", "14:00"),  # touches the first: no clash
         entry(4, 1, "09:00", "11:00", room=2),  # another room
         entry(5, 1, "10:00", "11:00", status="cancelled"),  # cancelled: does not count
         entry(6, 1, "09:00", "10:00", room=None), entry(7, 1, "09:00", "10:00", room=None))
    clashing = {chip.entry.session_id for chip in board.chips() if chip.clash}
    assert clashing == {1, 2}
    assert [clash.other.session_id for clash in board.chip_for(1).clashes] == [2]
    assert board.clash_count() == 2 and board.rows()[0].clash_count() == 2
    warning = [text.text() for _point, text, look in board.rows()[0].label if look == ROOM_CLASHES]
    assert len(warning) == 1 and "2" in warning[0]  # "2 clashes" under the room's name
    assert any(look == TIME_CLASH for _point, _text, look in board.chip_for(2).drawn)
    assert not any(look == TIME_CLASH for _point, _text, look in board.chip_for(3).drawn)
    red = CLASH_COLOUR.name()
    edge = board.chip_rect(1)
    assert red in colours_in(board, edge.adjusted(1, 4, -(edge.width() - 5), -4))
    calm = board.chip_rect(3)
    assert red not in colours_in(board, calm.adjusted(1, 4, -(calm.width() - 5), -4))
    tip = board.tooltip_text(board.chip_for(1))
    assert "Room also booked for SBP-BRS-2026-01 (LPK-SBP), 09:00–11:00" in tip


def test_accepted_clashes_and_clashes_with_other_institutions(board):
    borrowed = entry(9, 2, "09:00", "11:00", class_id=5, code="STB-LAS-2026-01", institution="LPK-STB")
    show(board, entry(1, 2, "08:00", "12:00"), entry(2, 2, "11:00", "13:00", class_id=2),
         others=[borrowed], accepted={frozenset((1, 2)): "Praktik bersama"})
    first, second = board.chip_for(1), board.chip_for(2)
    assert first.clash  # with the other institution's session, not accepted
    assert [clash.other.session_id for clash in first.clashes] == [9, 2]  # by time
    assert not second.clash and second.accepted_clash
    assert board.chip_for(9) is None  # not shown, only checked against
    tip = board.tooltip_text(second)
    assert "Accepted: Praktik bersama" in tip
    assert room_clashes([entry(1, 0, "08:00", "10:00")], [entry(1, 0, "08:00", "10:00")]) == {}


def test_cancelled_sessions_are_grey_hatched_and_struck(board):
    show(board, entry(1, 0, "08:00", "12:00", status="cancelled", class_id=3),
         entry(2, 1, "08:00", "12:00", class_id=3))
    cancelled, held = board.chip_for(1), board.chip_for(2)
    assert any(look == CANCELLED_CODE for _point, _text, look in cancelled.drawn)
    assert any(look == CODE for _point, _text, look in held.drawn)
    inside = board.chip_rect(1).adjusted(4, 4, -4, -4)
    colours = colours_in(board, inside)
    assert CANCELLED_FILL.name() in colours and CLASS_COLOURS[3] not in colours
    assert CLASS_COLOURS[3] in colours_in(board, board.chip_rect(2).adjusted(4, 4, -4, -4))
    assert "Cancelled" in board.tooltip_text(cancelled)


def test_double_click_and_enter_open_the_session_and_its_class(board, qtbot):
    show(board, entry(7, 1, "08:00", "10:00", class_id=42), entry(8, 1, "10:00", "12:00", class_id=43),
         entry(9, 3, "13:00", "15:00", class_id=44), entry(10, 1, "08:00", "10:00", room=2, class_id=45))
    sessions, classes = [], []
    board.sessionActivated.connect(sessions.append)
    board.classActivated.connect(classes.append)
    qtbot.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, pos=board.chip_rect(7).center().toPoint())
    assert (sessions, classes) == ([7], [42])
    assert board.selected_entry().session_id == 7
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Down)  # the next in the day
    assert board.selected_entry().session_id == 8
    qtbot.keyClick(board, Qt.Key.Key_Right)  # the room's next day with sessions
    assert board.selected_entry().session_id == 9
    qtbot.keyClick(board, Qt.Key.Key_Left)  # back, to the first of the day (the nearest in place)
    assert board.selected_entry().session_id == 7
    qtbot.keyClick(board, Qt.Key.Key_Down)
    qtbot.keyClick(board, Qt.Key.Key_Down)  # on into the room below
    assert board.selected_entry().session_id == 10
    with qtbot.waitSignal(board.classActivated) as opened:
        qtbot.keyClick(board, Qt.Key.Key_Return)
    assert opened.args == [45]
    empty = board.cell_rect(0, 5).center() - QPointF(board.horizontalScrollBar().value(),
                                                     board.verticalScrollBar().value())
    with qtbot.assertNotEmitted(board.classActivated):
        qtbot.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, pos=empty.toPoint())


def test_page_keys_ask_for_other_weeks(board, qtbot):
    board.set_week(dt.date(2027, 1, 13), {})
    assert board.monday() == dt.date(2027, 1, 11)
    asked = []
    board.weekRequested.connect(asked.append)
    board.setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home):
        qtbot.keyClick(board, key)
    assert asked == [dt.date(2027, 1, 18), dt.date(2027, 1, 4), MONDAY]


def pixel(board: RoomBoard, point: QPointF) -> QColor:
    return board.viewport().grab().toImage().pixelColor(QPoint(int(point.x()), int(point.y())))


def test_holidays_are_shaded_and_named_and_today_is_highlighted(board):
    christmas = dt.date(2026, 12, 25)
    monday = dt.date(2026, 12, 21)
    board.set_week(monday, {}, {christmas: "Christmas Day", dt.date(2027, 1, 1): "New Year's Day"})
    assert board.holidays() == {christmas: "Christmas Day"}
    assert board.header_texts()[4][2] == "Christmas Day"
    friday = board.header_rect(4)
    assert pixel(board, QPointF(friday.center().x(), board.viewport().height() - 5)).name() == HOLIDAY_FILL.name()
    show(board, entry(1, 0, "08:00", "12:00"))
    wednesday = board.header_rect(2)
    assert pixel(board, QPointF(wednesday.center().x(), board.viewport().height() - 5)).name() == TODAY_FILL.name()


def test_days_without_sessions_give_room_to_those_with(board):
    show(board, entry(1, 0, "08:00", "12:00"), entry(2, 4, "08:00", "12:00"))
    widths = [board.header_rect(day).width() for day in range(7)]
    assert widths[0] == widths[4] > widths[5] == widths[6] == widths[1]
    board.set_week(MONDAY, days_of())
    widths = [board.header_rect(day).width() for day in range(7)]
    assert max(widths) - min(widths) < 1


def test_many_rooms_scroll_and_the_keys_keep_the_chosen_session_in_view(board, qtbot):
    many = {room: (f"Ruang {room}", "LPK-SBP") for room in range(1, 31)}
    entries = [CalendarEntry(
        session_id=room, class_id=room, class_code=f"SBP-K{room:02d}", class_name="Kelas", institution_code="LPK-SBP",
        date=MONDAY, start_time=dt.time(8), end_time=dt.time(12), room_id=room, room_name=many[room][0],
        unit_code="", title="", jp=4, status="planned", trainers=()) for room in many]
    board.set_week(MONDAY, days_of(*entries), rooms=many)
    assert board.verticalScrollBar().maximum() > 0
    board.setFocus()
    for _ in range(30):
        qtbot.keyClick(board, Qt.Key.Key_Down)
    assert board.selected_entry().session_id == 30
    shown = board.chip_rect(30)
    assert shown.bottom() <= board.viewport().height() and shown.top() >= board.header_rect(0).bottom()
    assert "No trainer yet" in texts(board.chip_for(30))


def test_an_empty_week_says_so(board):
    board.empty_text = "No sessions this week"
    board.set_week(MONDAY, days_of())
    assert board.rows() == [] and board.chips() == []
    board.viewport().grab()  # paints without error


def test_narrow_columns_keep_the_class_code_whole(board):
    show(board, entry(1, 0, "08:00", "12:00", trainers=("Hj. Rusmilawati, S.Pd.", "Mahyuni")))
    for width in (1600, 1100, 900):
        board.resize(width, 500)
        chip = board.chip_for(1)
        assert "SBP-JHT-2026-01" in texts(chip)
        assert texts(chip)[-1].endswith(" +1")  # the count of other trainers survives eliding
        assert board.cell_rect(0, 0).contains(chip.rect)


# -- the calendar page -----------------------------------------------------------------------


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: 0)


def test_the_page_shows_the_whole_institution_as_a_room_board(qtbot, store, foundation):
    ids, shown_ids = calendar_tests.ids, calendar_tests.shown_ids
    page = calendar_tests.open_page(qtbot, store, foundation.stb.id)
    page.set_kind("all")
    assert page.shows_room_board() and page.stack.currentWidget() is page.room_board
    assert shown_ids(page) == ids(foundation, "welding_tue", "welding_wed_sewing_room")
    board = page.room_board
    assert [(row.name, row.institution_code) for row in board.rows()] == [
        ("Ruang Jahit", "LPK-SBP"), ("Bengkel Las", "LPK-STB")]  # the borrowed room is named as its owner's
    borrowed = board.chip_for(foundation.sessions["welding_wed_sewing_room"].id)
    # The sewing class (another institution, not shown) has the room then: a clash all the same.
    assert borrowed.clash and borrowed.clashes[0].other.session_id == foundation.sessions["sewing_wed"].id
    assert "1 room clash" in page.summary_label.text()

    low, high = sorted((borrowed.entry.session_id, foundation.sessions["sewing_wed"].id))
    store.save(m.ConflictOverride(session=low, other_session=high, kind="room",
                                  subject_id=foundation.sewing_room.id, reason="Ruang cukup luas"))
    page.refresh()
    borrowed = board.chip_for(foundation.sessions["welding_wed_sewing_room"].id)
    assert borrowed.accepted_clash and "clash" not in page.summary_label.text()

    with qtbot.waitSignal(page.openClass) as opened:
        qtbot.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton,
                          pos=board.chip_rect(borrowed.entry.session_id).center().toPoint())
    assert opened.args == [foundation.welding.id]
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_PageDown)
    assert page.range_label.text() == "7 – 13 December 2026" and board.monday() == dt.date(2026, 12, 7)

    page.set_mode("month")
    assert page.stack.currentWidget() is page.month_view
    page.set_kind("room")
    page.set_mode("week")
    assert not page.shows_room_board() and page.stack.currentWidget() is page.week_scroll


def test_the_board_names_holidays_in_indonesian(qtbot, store, monkeypatch, qapp):
    from lpks_desktop.core.services.institutions import save_institution
    from lpks_desktop.gui import i18n

    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})
    page = CalendarPage(store, today=lambda: dt.date(2026, 12, 23))
    qtbot.addWidget(page)
    page.set_kind("all")
    page.resize(1366, 720)
    page.show()
    qtbot.waitUntil(lambda: not page.holidays_pending(), timeout=10_000)
    assert page.room_board.holidays()[dt.date(2026, 12, 25)] == "Hari Raya Natal"
    assert [line[0] for line in page.room_board.header_texts()][:2] == ["Senin", "Selasa"]
    page.grab()  # paints without error
