"""Thinning out automatic backups: daily for two weeks, weekly for two months, monthly for a year.

Only automatic backups are ever deleted; backups made by hand and those taken
before a restore stay until someone removes them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from .naming import BackupInfo, list_backups

DAYS, WEEKS, MONTHS = 14, 8, 12


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def kept(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The automatic backups to keep: the newest of each of the last 14 days, 8 weeks, 12 months."""
    autos = sorted((b for b in backups if b.reason == "auto"), key=lambda b: b.created_at, reverse=True)
    keep: set[Path] = set()
    if autos:
        keep.add(autos[0].path)  # the newest one, whatever its age
    today = now.date()
    this_week = today - dt.timedelta(days=today.weekday())
    seen_days: set = set()
    seen_weeks: set = set()
    seen_months: set = set()
    for backup in autos:  # newest first: the first seen in a period is that period's newest
        day = backup.created_at.date()
        if day > today:
            keep.add(backup.path)  # a clock set back: keep rather than guess
            continue
        week = day - dt.timedelta(days=day.weekday())
        month = _month_index(day)
        if (today - day).days < DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
        if (this_week - week).days // 7 < WEEKS and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(backup.path)
        if _month_index(today) - month < MONTHS and month not in seen_months:
            seen_months.add(month)
            keep.add(backup.path)
    return keep


def rotate(folder, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups the schedule no longer keeps; returns what was deleted."""
    backups = list_backups(folder)
    keep = kept(backups, now or dt.datetime.now())
    deleted = []
    for backup in backups:
        if backup.reason != "auto" or backup.path in keep:
            continue
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # a read-only stick: the next rotation tries again
        deleted.append(backup.path)
    return deleted
