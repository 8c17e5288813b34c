"""A problem found in an imported file, placed where the clerk will look for it."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import Text
from ..validation import Problem, Severity
from .readers import column_letter

AT_CELL = Text("Baris {row}, kolom {letter} ({header})", "Row {row}, column {letter} ({header})")
AT_ROW = Text("Baris {row}", "Row {row}")
AT_COLUMN = Text("Kolom {letter} ({header})", "Column {letter} ({header})")
AT_FILE = Text("Berkas", "File")


@dataclass(frozen=True)
class ImportProblem(Problem):
    """A ``Problem`` with its place in the sheet.

    ``row`` is the sheet row as Excel numbers it (None: not one row, e.g. a
    missing column); ``column`` the 0-based column (None: the whole row or
    file); ``header`` the column's heading as written in the file.
    """

    row: int | None = None
    column: int | None = None
    header: str = ""

    @property
    def letter(self) -> str:
        return column_letter(self.column) if self.column is not None else ""

    def where(self, lang: str | None = None) -> str:
        params = {"row": self.row, "letter": self.letter, "header": self.header or self.field}
        if self.row is not None and self.column is not None:
            return AT_CELL.format(**params).render(lang)
        if self.row is not None:
            return AT_ROW.format(**params).render(lang)
        if self.column is not None:
            return AT_COLUMN.format(**params).render(lang)
        return AT_FILE.render(lang)

    def located(self, lang: str | None = None) -> str:
        """"Baris 7, kolom C (NIK): <message>", as the report prints it."""
        return f"{self.where(lang)}: {self.message(lang)}"

    def as_dict(self, lang: str | None = None) -> dict:
        return {"row": self.row, "column": self.letter or None, "header": self.header,
                "field": self.field, "code": self.code, "severity": str(self.severity),
                "message": self.message(lang)}


class FoundProblems:
    """What a checked file answers about its ``problems``: a plan is ``ok`` without errors."""

    problems: list[ImportProblem]

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.is_error]


def placed(problem: Problem, row: int | None, column: int | None, header: str) -> ImportProblem:
    return ImportProblem(problem.field, problem.severity, problem.code, problem.text,
                         row, column, header)


def file_problem(field: str, code: str, text: Text, *, severity: Severity = Severity.ERROR,
                 row: int | None = None, column: int | None = None, header: str = "") -> ImportProblem:
    return ImportProblem(field, severity, code, text.format(field=field), row, column, header)
