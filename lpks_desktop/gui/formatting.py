"""How values look on screen: dates the Indonesian way, phones as clerks write them."""

from __future__ import annotations

import datetime as dt
import decimal

from PySide6.QtCore import QCoreApplication

from ..core.validation import format_date_en, format_date_id, format_phone_local
from . import i18n


def format_date(value: dt.date | None, with_weekday: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    formatter = format_date_en if i18n.language() == "en" else format_date_id
    return formatter(value, with_weekday=with_weekday)


def format_time(value: dt.time | None) -> str:
    """A clock time as each language writes it: 08.00 in Indonesian, 08:00 in English."""
    if value is None:
        return ""
    separator = "." if i18n.active_language() == "id" else ":"
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def format_sex(value: str | None) -> str:
    if value == "L":
        return QCoreApplication.translate("formatting", "Male")
    if value == "P":
        return QCoreApplication.translate("formatting", "Female")
    return ""


def format_phone(value: str | None) -> str:
    return format_phone_local(value) if value else ""


def format_yes_no(value: bool | None) -> str:
    if value:
        return QCoreApplication.translate("formatting", "Yes")
    return QCoreApplication.translate("formatting", "No")


def format_number(value: int | float | decimal.Decimal | None) -> str:
    if value is None:
        return ""
    separator = "." if i18n.language() == "id" else ","
    if isinstance(value, int):
        return f"{value:,}".replace(",", separator)
    return str(value)


def format_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return format_yes_no(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, (int, decimal.Decimal)):
        return format_number(value)
    return str(value)
