"""The core's import plan and result turned into what the wizard shows: rows of readable text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...core.importing import FIELD_LABELS, ImportPlan, ImportResult
from .. import i18n
from .check_page import Report

MAX_ROWS_NAMED = 30  # a done page listing 2,000 skipped row numbers helps nobody


def field_label(field: str, labels: Callable[[str | None], str]) -> str:
    """The field's name as the column combos say it; "" for what is not a field (the file, rows)."""
    if field == "training_class":
        return QCoreApplication.translate("import", "Class")
    return labels(field) if field in FIELD_LABELS else ""


def report(plan: ImportPlan, labels: Callable[[str | None], str], class_label: str = "") -> Report:
    """``labels`` names a field ("nik" -> "NIK"), as the column combos do."""
    lang = i18n.active_language()
    problems = []
    for problem in plan.problems:
        where = f"{problem.letter} ({problem.header})" if problem.letter and problem.header else problem.letter
        problems.append({"row": problem.row, "column_index": problem.column, "column": where,
                         "field": field_label(problem.field, labels), "error": problem.is_error,
                         "message": problem.message(lang), "code": problem.code,
                         "detail": problem.located(lang)})
    changes = []
    for planned in plan.updates:
        for name, (before, after) in planned.changes.items():
            changes.append({"row": planned.row, "nik": planned.nik, "name": planned.full_name,
                            "field": labels(name), "field_key": name, "before": before, "after": after})
    new_rows = [{"row": planned.row, "nik": planned.nik, "name": planned.full_name,
                 "sex": planned.values.get("sex"), "birth": planned.values.get("birth_date"),
                 "city": planned.values.get("city") or "", "phone": planned.values.get("phone")}
                for planned in plan.new_rows]
    valid = len(plan.new_rows) + len(plan.updates) + len(plan.unchanged)
    return Report(
        new=len(plan.new_rows), updated=len(plan.updates), unchanged=len(plan.unchanged),
        errors=len(plan.errors), warnings=len(plan.warnings), error_rows=len(plan.rejected_rows),
        # An error of the whole file (a missing column, a closed class) leaves no valid rows.
        importable=0 if plan.file_errors else valid, file_errors=len(plan.file_errors),
        registered=len(plan.to_register), already_registered=len(plan.already_registered),
        problems=problems, changes=changes, new_rows=new_rows, class_label=class_label)


def _rows_named(rows: list[int]) -> str:
    named = ", ".join(str(row) for row in rows[:MAX_ROWS_NAMED])
    return named + (" …" if len(rows) > MAX_ROWS_NAMED else "")


def summary(result: ImportResult, class_label: str = "") -> tuple[str, list[str]]:
    """The done step's heading and lines."""
    lang = i18n.active_language()
    if result.written:
        heading = QCoreApplication.translate("import", "Import finished")
    else:
        heading = QCoreApplication.translate("import", "Nothing needed to change")
    lines = []
    if result.inserted:
        lines.append(QCoreApplication.translate("import", "%n new participant(s) added.", "", result.inserted))
    if result.updated:
        lines.append(QCoreApplication.translate("import", "%n participant(s) updated.", "", result.updated))
    if result.unchanged:
        lines.append(QCoreApplication.translate("import", "%n participant(s) already up to date.", "",
                                                result.unchanged))
    if class_label and result.registered:
        lines.append(QCoreApplication.translate("import", "%n registered in the class %1.", "", result.registered)
                     .replace("%1", class_label))
    if class_label and result.already_registered:
        lines.append(QCoreApplication.translate(
            "import", "%n were already registered in the class and were left as they were.", "",
            result.already_registered))
    if result.skipped_rows:
        lines.append(QCoreApplication.translate("import", "%n row(s) with errors were left out: %1.", "",
                                                len(result.skipped_rows))
                     .replace("%1", _rows_named(result.skipped_rows)))
    for problem in result.warnings:
        lines.append(QCoreApplication.translate("import", "Warning: %1").replace("%1", problem.message(lang)))
    return heading, lines
