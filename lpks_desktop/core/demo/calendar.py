"""The institutions' open days and the school day's slots, with the date and time sums they need."""

from __future__ import annotations

import datetime as dt

from ..services.closed_days import national_holidays

MINUTES_PER_JP = 45
# (start, JP, end when the slot is used in full): the morning keeps a 15-minute break.
SLOTS = ((dt.time(8, 0), 5, dt.time(12, 0)), (dt.time(13, 0), 4, dt.time(16, 0)))
FOUNDATION_DAY = (9, 20)  # "Milad Yayasan": every institution closes
WITA = dt.timedelta(hours=8)  # Balangan's local time; the database keeps UTC


def utc(day: dt.date, clock: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, clock) - WITA


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def plus_minutes(clock: dt.time, minutes: int) -> dt.time:
    total = clock.hour * 60 + clock.minute + minutes
    return dt.time(total // 60, total % 60)


def closure_dates(today: dt.date, institution: str) -> set[dt.date]:
    closed = set()
    for year in range(today.year - 6, today.year + 2):
        closed.add(dt.date(year, *FOUNDATION_DAY))
    # A one-off closure near today, so the demo shows one in the calendar.
    offset = {"LPK-SBP": -38, "LPK-STB": -17, "LPK-SDP": 23}[institution]
    closed.add(today + dt.timedelta(days=offset))
    return closed


class Calendar:
    """Open days of one institution: weekdays that are neither holidays nor closure days."""

    def __init__(self, closed: set[dt.date], today: dt.date):
        # National holidays as the schedule generator skips them, so demo classes look generated.
        self.closed = closed  # the institution's own closures, written as closure days
        self.holidays = set(national_holidays(dt.date(today.year - 7, 1, 1), dt.date(today.year + 2, 12, 31)))

    def is_open(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.closed and day not in self.holidays

    def next_open(self, day: dt.date) -> dt.date:
        while not self.is_open(day):
            day += dt.timedelta(days=1)
        return day

    def open_days_before(self, day: dt.date, count: int) -> dt.date:
        while count:
            day -= dt.timedelta(days=1)
            if self.is_open(day):
                count -= 1
        return day

    def sessions(self, start: dt.date, units: list[tuple[int, int]]) -> list[tuple]:
        """(date, start, end, jp, unit index) meetings covering each unit's JP in order.

        A unit that ends inside a slot hands the rest of the slot to the next unit,
        as trainers do, so every day is full and the class ends as early as it can.
        """
        day, slot = self.next_open(start), 0
        clock, slot_left = SLOTS[0][0], SLOTS[0][1]
        planned = []
        for index, jp in units:
            left = jp
            while left:
                take = min(left, slot_left)
                slot_left -= take
                end = SLOTS[slot][2] if slot_left == 0 else plus_minutes(clock, take * MINUTES_PER_JP)
                planned.append((day, clock, end, take, index))
                left -= take
                clock = end
                if slot_left == 0:
                    slot += 1
                    if slot == len(SLOTS):
                        slot, day = 0, self.next_open(day + dt.timedelta(days=1))
                    clock, slot_left = SLOTS[slot][0], SLOTS[slot][1]
        return planned
