"""Days no session is planned on: national holidays, collective leave, and an institution's own closures.

Names come from the ``holidays`` package, in Indonesian by default. Building one
year's holidays costs about a millisecond (and far more on the very first call,
while the package loads its calendars), and the schedule generator asks for the
same few years again and again, so each year is built once per process. The
package itself is imported on first use: it takes a tenth of a second, and
building its first calendar loads every country it knows (two tenths more),
which the app's start-up should not wait for.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from ..i18n import Text
from ..models import ClosureDay
from . import settings

COUNTRY = "ID"
PUBLIC = "public"
# Cuti bersama: days the government adds around holidays; binding on civil servants only.
COLLECTIVE_LEAVE = "government"
# The package's language codes for ours.
_PACKAGE_LANGUAGES = {"id": "id", "en": "en_US"}
SEPARATOR = "; "  # as the package joins two holidays falling on one date

INSTITUTION_CLOSED = Text("Libur lembaga", "Institution closed")


def _package_language(language: str) -> str:
    try:
        return _PACKAGE_LANGUAGES[language]
    except KeyError:
        raise ValueError(f"language must be one of {sorted(_PACKAGE_LANGUAGES)}, not {language!r}") from None


@functools.lru_cache(maxsize=None)
def _year(year: int, category: str, package_language: str) -> Mapping[date, str]:
    """One year's holidays of one category; read-only because every caller shares it."""
    import holidays

    days = holidays.country_holidays(COUNTRY, years=year, language=package_language,
                                     categories=(category,))
    return MappingProxyType(dict(sorted(days.items())))


def _add(days: dict[date, str], day: date, name: str) -> None:
    days[day] = f"{days[day]}{SEPARATOR}{name}" if day in days else name


def national_holidays(start: date, end: date, *, collective_leave: bool = False,
                      language: str = "id") -> dict[date, str]:
    """Holidays from ``start`` to ``end`` (both included), by date, in date order.

    ``language`` is "id" (Indonesian names) or "en". With ``collective_leave`` the
    cuti bersama days are included too. Two holidays on one date share one entry,
    their names joined by "; ".
    """
    package_language = _package_language(language)
    categories = (PUBLIC, COLLECTIVE_LEAVE) if collective_leave else (PUBLIC,)
    days: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        for category in categories:
            for day, name in _year(year, category, package_language).items():
                if start <= day <= end:
                    _add(days, day, name)
    return dict(sorted(days.items())) if collective_leave else days


def closed_days(institution_id: int, start: date, end: date, *, collective_leave: bool | None = None,
                language: str = "id") -> dict[date, str]:
    """Every day from ``start`` to ``end`` the institution is closed, with why, in date order.

    National holidays; collective leave when ``collective_leave`` is true (None: as the
    institution's setting says); the institution's closure days, by their reason.
    """
    if collective_leave is None:
        collective_leave = settings.skips_collective_leave(institution_id)
    days = national_holidays(start, end, collective_leave=collective_leave, language=language)
    closures = (ClosureDay.select(ClosureDay.date, ClosureDay.reason)
                .where(ClosureDay.institution == institution_id,
                       ClosureDay.date.between(start, end))
                .order_by(ClosureDay.date).tuples())
    default_reason = INSTITUTION_CLOSED.render(language)
    found = False
    for day, reason in closures:
        _add(days, day, reason.strip() or default_reason)
        found = True
    return dict(sorted(days.items())) if found else days
