"""The result shape shared by every validator.

GUI forms, the CLI and spreadsheet import all need the same three things from
a check: the cleaned value to store, whether it may be stored, and what to
tell the clerk. Validators therefore never raise for bad input; they return a
``Checked`` that carries all of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from ..i18n import Text

T = TypeVar("T")


class Severity(StrEnum):
    # A warning never blocks saving: it flags data that is legal but worth a
    # second look (e.g. a NIK whose birth date disagrees with the form).
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field; ``code`` is stable, ``text`` is for people."""

    field: str
    severity: Severity
    code: str
    text: Text

    def message(self, lang: str | None = None) -> str:
        return self.text.render(lang)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True)
class Checked(Generic[T]):
    """The normalised value (None when unusable) and every problem found."""

    value: T | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


def error(field: str, code: str, text: Text) -> Problem:
    return Problem(field, Severity.ERROR, code, text.format(field=field))


def warning(field: str, code: str, text: Text) -> Problem:
    return Problem(field, Severity.WARNING, code, text.format(field=field))


def invalid(field: str, code: str, text: Text) -> Checked:
    return Checked(None, (error(field, code, text),))


REQUIRED = Text(
    "{field} wajib diisi.",
    "{field} is required.",
)


def is_blank(raw: object) -> bool:
    """Empty in any of the ways a form or a spreadsheet cell can be empty.

    Spreadsheet readers hand over empty cells as None or NaN, and clerks leave
    cells holding only spaces.
    """
    if raw is None:
        return True
    if isinstance(raw, float) and math.isnan(raw):
        return True
    return isinstance(raw, str) and not raw.strip()


def shown(raw: object) -> str:
    """The raw input as the clerk would recognise it, for quoting in messages."""
    if isinstance(raw, str):
        return raw.strip()
    return str(raw)
