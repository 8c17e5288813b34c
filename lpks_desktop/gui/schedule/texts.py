"""How schedule values read on screen in the interface language: times, spans, weekdays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from .. import i18n
from ..formatting import format_date


def show_time(clock: dt.time | None) -> str:
    """08.00 in Indonesian, 08:00 in English."""
    if clock is None:
        return ""
    return f"{clock:%H.%M}" if i18n.active_language() == "id" else f"{clock:%H:%M}"


def time_span(start: dt.time, end: dt.time) -> str:
    return f"{show_time(start)}–{show_time(end)}"


def session_when(day: dt.date, start: dt.time, end: dt.time) -> str:
    """"Senin, 7 Desember 2026, 08.00–12.00"."""
    return f"{format_date(day, with_weekday=True)}, {time_span(start, end)}"


def weekday_names() -> list[str]:
    """Short weekday names, Monday first (the clerk's calendar starts on Senin)."""
    return [QCoreApplication.translate("schedule", "Mon"),
            QCoreApplication.translate("schedule", "Tue"),
            QCoreApplication.translate("schedule", "Wed"),
            QCoreApplication.translate("schedule", "Thu"),
            QCoreApplication.translate("schedule", "Fri"),
            QCoreApplication.translate("schedule", "Sat"),
            QCoreApplication.translate("schedule", "Sun")]


def role_labels() -> dict[str, str]:
    return {"lead": QCoreApplication.translate("schedule", "Lead trainer"),
            "assistant": QCoreApplication.translate("schedule", "Assistant")}


def unit_label(code: str | None, title: str | None) -> str:
    code, title = code or "", title or ""
    return f"{code} {title}".strip() if code else title


def minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
