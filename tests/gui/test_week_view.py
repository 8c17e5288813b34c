"""The painted week: where sessions land, side by side when they overlap, holidays, keys, clicks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication

from lpks_desktop.core.services.calendar_view import CalendarEntry
from lpks_desktop.gui.widgets.calendar_style import (CANCELLED_FILL, CLASS_COLOURS, HOLIDAY_FILL, TODAY_FILL,
                                                     week_range_text)
from lpks_desktop.gui.widgets.text_fit import wrap_text
from lpks_desktop.gui.widgets.week_view import WeekView, hour_range

MONDAY = dt.date(2026, 11, 30)
TODAY = dt.date(2026, 12, 2)  # the Wednesday


def entry(session_id: int, day: int, start: str, end: str, *, class_id: int = 1, code: str = "SBP-JHT-2026-01",
          status: str = "planned", room: str = "Ruang Jahit", trainers=("Budi Santoso",),
          title: str = "Membuat Pola") -> CalendarEntry:
    return CalendarEntry(
        session_id=session_id, class_id=class_id, class_code=code, class_name="Menjahit Angkatan 1",
        institution_code="LPK-SBP", date=MONDAY + dt.timedelta(days=day),
        start_time=dt.time.fromisoformat(start), end_time=dt.time.fromisoformat(end), room_id=1,
        room_name=room, unit_code="C.141000.002.02", title=title, jp=4, status=status,
        trainers=tuple(trainers))


def days_of(*entries: CalendarEntry) -> dict[dt.date, list[CalendarEntry]]:
    days = {MONDAY + dt.timedelta(days=i): [] for i in range(7)}
    for item in entries:
        days[item.date].append(item)
    return days


@pytest.fixture
def view(qtbot):
    widget = WeekView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_session_lands_in_its_day_column_between_its_hours(view):
    view.set_week(MONDAY, days_of(entry(1, 1, "08:00", "10:00"), entry(2, 4, "13:00", "16:30")))
    assert view.hours() == (7, 18)
    tuesday = view.block_for(1)
    column = view.day_rect(1)
    assert column.left() <= tuesday.rect.left() and tuesday.rect.right() <= column.right()
    assert tuesday.rect.top() == pytest.approx(view.y_for(dt.time(8)), abs=2)
    assert tuesday.rect.bottom() == pytest.approx(view.y_for(dt.time(10)), abs=2)
    hour = view.y_for(dt.time(9)) - view.y_for(dt.time(8))
    assert tuesday.rect.height() == pytest.approx(2 * hour, abs=3)
    assert tuesday.rect.width() > column.width() - 8  # alone in its day: the whole width
    friday = view.block_for(2)
    assert view.day_rect(4).contains(friday.rect.center())
    assert friday.rect.height() == pytest.approx(3.5 * hour, abs=3)
    assert friday.rect.top() > tuesday.rect.bottom()


def test_overlapping_sessions_are_side_by_side_and_touching_ones_are_not(view):
    view.set_week(MONDAY, days_of(
        entry(1, 2, "08:00", "12:00", class_id=1), entry(2, 2, "09:00", "11:00", class_id=2),
        entry(3, 2, "12:00", "14:00", class_id=1),  # starts as the first ends: not an overlap
        entry(4, 3, "08:00", "10:00"), entry(5, 3, "09:00", "11:00"), entry(6, 3, "10:00", "12:00")))
    first, second, after = view.block_for(1), view.block_for(2), view.block_for(3)
    assert (first.lane, first.lanes, second.lane, second.lanes) == (0, 2, 1, 2)
    assert not first.rect.intersects(second.rect)
    assert second.rect.left() > first.rect.left()
    assert first.rect.width() == pytest.approx(second.rect.width(), abs=1)
    assert first.rect.width() < view.day_rect(2).width() / 2
    assert (after.lane, after.lanes) == (0, 1)
    assert after.rect.width() > view.day_rect(2).width() - 8
    # A chain (8-10 with 9-11, 9-11 with 10-12): two lanes, the third reuses the first's.
    chain = [view.block_for(i) for i in (4, 5, 6)]
    assert [(b.lane, b.lanes) for b in chain] == [(0, 2), (1, 2), (0, 2)]
    for one in chain:
        for other in chain:
            if one is not other:
                assert not one.rect.intersects(other.rect)


def test_hours_widen_to_sessions_outside_the_usual_day(view):
    assert hour_range([entry(1, 0, "06:30", "07:30"), entry(2, 1, "17:00", "19:15")]) == (6, 20)
    view.set_week(MONDAY, days_of(entry(1, 0, "06:30", "07:30"), entry(2, 1, "17:00", "19:15")))
    assert view.hours() == (6, 20)
    assert view.block_for(1).rect.top() == pytest.approx(view.y_for(dt.time(6, 30)), abs=2)
    assert view.block_for(2).rect.bottom() <= view.height()
    view.set_week(MONDAY, days_of(entry(1, 0, "08:00", "10:00")))
    assert view.hours() == (7, 18)


def pixel(view, point: QPointF) -> QColor:
    return view.grab().toImage().pixelColor(QPoint(int(point.x()), int(point.y())))


def test_cancelled_sessions_are_greyed_and_hatched(view):
    view.set_week(MONDAY, days_of(entry(1, 0, "08:00", "12:00", status="cancelled", class_id=3),
                                  entry(2, 1, "08:00", "12:00", class_id=3)))
    cancelled, held = view.block_for(1), view.block_for(2)
    assert ("Cancelled", False) in cancelled.lines
    assert all(text != "Cancelled" for text, _ in held.lines)
    image = view.grab().toImage()
    rect = cancelled.rect.adjusted(3, 3, -3, -3)
    colours = {image.pixelColor(QPoint(int(x), int(y))).name()
               for x in range(int(rect.left()), int(rect.right()))
               for y in range(int(rect.bottom()) - 20, int(rect.bottom()))}
    assert CANCELLED_FILL.name() in colours and len(colours) > 1  # grey, with the hatching on it
    assert CLASS_COLOURS[3] not in colours
    bottom_left = QPointF(held.rect.left() + 4, held.rect.bottom() - 4)
    assert pixel(view, bottom_left).name() == CLASS_COLOURS[3]


def test_holidays_are_shaded_and_named_and_today_is_highlighted(view):
    christmas = dt.date(2026, 12, 25)
    view.set_week(dt.date(2026, 12, 21), {dt.date(2026, 12, 21) + dt.timedelta(days=i): [] for i in range(7)},
                  {christmas: "Christmas Day", dt.date(2027, 1, 1): "New Year's Day"})
    assert view.holidays() == {christmas: "Christmas Day"}
    friday = view.day_rect(4)
    assert pixel(view, QPointF(friday.center().x(), friday.bottom() - 5)).name() == HOLIDAY_FILL.name()
    assert "Christmas Day" in [line[2] for line in view.header_texts()]
    view.set_week(MONDAY, days_of())
    wednesday = view.day_rect(2)
    assert pixel(view, QPointF(wednesday.center().x() + 20, wednesday.top() + 5)).name() == TODAY_FILL.name()


def test_each_block_names_what_the_view_is_not_about(view):
    item = entry(1, 0, "08:00", "12:00", room="Ruang Jahit", trainers=("Budi Santoso", "Sari Wulandari"))
    view.set_week(MONDAY, days_of(item), kind="room")
    texts = [text for text, _ in view.block_for(1).lines]
    assert texts[0] == "SBP-JHT-2026-01"
    assert any("Budi Santoso" in text for text in texts) and not any("Ruang Jahit" in t for t in texts)
    view.set_week(MONDAY, days_of(item), kind="trainer")
    texts = [text for text, _ in view.block_for(1).lines]
    assert "Ruang Jahit" in texts and not any("Budi" in text for text in texts)
    assert "08:00–12:00" in texts
    tip = view.tooltip_text(item)
    assert "SBP-JHT-2026-01 — Menjahit Angkatan 1" in tip
    assert "Monday, 30 November 2026, 08:00–12:00" in tip
    assert "Budi Santoso, Sari Wulandari" in tip and "Ruang Jahit" in tip


def test_double_click_and_enter_open_the_session_and_its_class(view, qtbot):
    view.set_week(MONDAY, days_of(entry(7, 1, "08:00", "10:00", class_id=42),
                                  entry(8, 3, "13:00", "15:00", class_id=43)))
    centre = view.block_for(7).rect.center().toPoint()
    sessions, classes = [], []
    view.sessionActivated.connect(sessions.append)
    view.classActivated.connect(classes.append)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert (sessions, classes) == ([7], [42])
    assert view.selected_entry().session_id == 7
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_entry().session_id == 8
    with qtbot.waitSignal(view.classActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [43]
    empty = QPoint(int(view.day_rect(6).center().x()), int(view.day_rect(6).center().y()))
    with qtbot.assertNotEmitted(view.classActivated):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=empty)


def test_page_keys_ask_for_other_weeks(view, qtbot):
    view.set_week(dt.date(2027, 1, 13), {})  # any day: the view shows its week
    assert view.monday() == dt.date(2027, 1, 11)
    asked = []
    view.weekRequested.connect(asked.append)
    view.setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home):
        qtbot.keyClick(view, key)
    assert asked == [dt.date(2027, 1, 18), dt.date(2027, 1, 4), MONDAY]


def test_narrow_blocks_wrap_the_class_code_instead_of_cutting_it(view):
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance("SBP-JHT-")
    lines = wrap_text("SBP-JHT-2026-01", metrics.horizontalAdvance, width)
    assert "".join(lines) == "SBP-JHT-2026-01" and len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap_text("Membuat Pola Dasar", metrics.horizontalAdvance, 10_000) == ["Membuat Pola Dasar"]
    many = [entry(i, 2, "08:00", "12:00", class_id=i) for i in range(1, 4)]
    view.set_week(MONDAY, days_of(*many))
    narrow = view.block_for(1)
    assert narrow.lanes == 3
    code_lines = [text for text, bold in narrow.lines if bold]
    assert len(code_lines) > 1 and code_lines[0] == "SBP-"
    assert "".join(code_lines).startswith("SBP-JHT-")


def test_week_range_in_words():
    assert week_range_text(MONDAY) == "30 November – 6 December 2026"
    assert week_range_text(dt.date(2026, 12, 7)) == "7 – 13 December 2026"
    assert week_range_text(dt.date(2026, 12, 28)) == "28 December 2026 – 3 January 2027"


def test_week_range_in_indonesian(monkeypatch, qapp):
    monkeypatch.setenv("LPKS_LANG", "id")
    assert week_range_text(MONDAY) == "30 November – 6 Desember 2026"
    QApplication.processEvents()
