"""The form for one training program and the competency units it covers."""

from __future__ import annotations

from typing import Any

import peewee
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.models import CertificateUnitsRule, Institution, Program
from ...core.services import programs
from ...core.services.institutions import list_institutions
from ...core.services.record_fields import duplicate_row
from ...core.services.record_forms import Form
from ...core.store import Store
from ...core.validation import check_unit_code
from ...core.validation.problems import Problem, is_blank
from .fields import choice_field, line_field, number_field, text_field
from .form_dialog import FormDialog
from .units_editor import UnitsEditor

DEFAULT_MIN_ATTENDANCE = 80
MAX_TOTAL_JP = 5000


def format_score(value) -> str:
    """70, 70.5, 70.25: a stored score as a clerk would type it, without trailing zeros."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def institution_choices(current_id: int | None = None) -> list[tuple[str, int]]:
    """Active institutions as "code — name", plus the record's own one should it be archived."""
    rows = [(row["id"], row["code"], row["name"]) for row in list_institutions()]
    if current_id and all(row[0] != current_id for row in rows):
        own = Institution.get_or_none(Institution.id == current_id)
        if own is not None:
            rows.append((own.id, own.code, own.name))
    return [(f"{code} — {name}", institution_id) for institution_id, code, name in rows]


def live_unit_problems(units: list[dict]) -> list[Problem]:
    """What can be said about the rows while they are typed: code shapes and repeated codes.

    Blank cells are left to the save, so a row just added is not red before
    anything is typed in it.
    """
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for row, unit in enumerate(units):
        if not str(unit.get("code") or "").strip():
            continue
        field = f"units[{row}].code"
        checked = check_unit_code(unit["code"], field=field)
        problems.extend(checked.problems)
        if checked.value in seen:
            problems.append(duplicate_row(field, *programs.UNIT_LABELS["code"], checked.value,
                                          seen[checked.value]))
        elif checked.value:
            seen[checked.value] = row
    return problems


def _is_unit_problem(problem: Problem) -> bool:
    return problem.field == "units" or problem.field.startswith("units[")


class ProgramForm(FormDialog):
    def __init__(self, store: Store, program: Program | None = None,
                 institution_id: int | None = None, parent: QWidget | None = None):
        title = (self.tr("New program") if program is None
                 else self.tr("Program %1").replace("%1", program.code))
        super().__init__(store, title, parent)
        self.program = program
        own_institution = program.institution_id if program is not None else institution_id
        self.add_field(choice_field("institution", self.tr("Institution"), self,
                                    institution_choices(own_institution)))
        self.add_field(line_field("code", self.tr("Program code"), self, max_length=30,
                                  placeholder=self.tr("e.g. JHT-01")))
        self.add_field(line_field("name", self.tr("Program name"), self))
        description = self.add_field(text_field("description", self.tr("Description"), self))
        # A text box's height is fixed but its policy still claims spare height; the units take it.
        description.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_field(number_field("total_jp", self.tr("Total JP"), self, 0, MAX_TOTAL_JP,
                                    self.tr(" JP")))
        self.add_field(number_field("min_attendance_pct", self.tr("Minimum attendance"), self,
                                    0, 100, " %"))
        self.add_field(line_field("skkni_reference", self.tr("SKKNI reference"), self,
                                  placeholder=self.tr("e.g. Kepmenaker No. 2 Tahun 2016")))
        self.add_field(line_field("kbli_code", self.tr("KBLI code"), self, max_length=10))
        self.add_section(self.tr("Certificate"))
        self.add_field(choice_field("certificate_units_rule", self.tr("Certificate needs"), self, [
            (self.tr("required units competent"), CertificateUnitsRule.REQUIRED),
            (self.tr("all units competent"), CertificateUnitsRule.ALL),
            (self.tr("no unit results (attendance only)"), CertificateUnitsRule.NONE)]))
        self.add_field(line_field("certificate_min_score", self.tr("Minimum score (optional)"), self,
                                  max_length=10,
                                  placeholder=self.tr("e.g. 70; blank: scores are not needed")))
        self.add_section(self.tr("Competency units"))
        self.units = UnitsEditor(self)
        self.form.addRow(self.units)

        self.fields["total_jp"].changed.connect(
            lambda: self.units.set_total_jp(self.fields["total_jp"].value()))
        self.units.changed.connect(self.run_live_check)
        self.resize(820, 760)

        if program is None:
            self.units.set_units([])
            self.load({"institution": institution_id, "total_jp": 0,
                       "min_attendance_pct": DEFAULT_MIN_ATTENDANCE,
                       "certificate_units_rule": CertificateUnitsRule.REQUIRED})
        else:
            self._load_program(program)
        self.units.set_total_jp(self.fields["total_jp"].value())

    def _load_program(self, program: Program) -> None:
        self.program = program
        self.units.set_units(programs.program_units(program.id))
        self.load({key: getattr(program, key) for key in programs.LABELS}
                  | {"institution": program.institution_id,
                     "certificate_min_score": format_score(program.certificate_min_score)})

    def reload_record(self) -> None:
        self._load_program(Program.get_by_id(self.program.id))
        self.units.set_total_jp(self.fields["total_jp"].value())

    def restore_value(self, key: str, value: Any) -> None:
        if key != "units":
            super().restore_value(key, value)
            return
        # The clerk's rows, with what the reload knows of each kept unit (whether it is in use).
        known = {unit["id"]: unit for unit in programs.program_units(self.program.id)}
        self.units.set_units([{**known.get(row.get("id"), {}), **row} for row in value])
        self.run_live_check()

    def values(self) -> dict[str, Any]:
        return {**super().values(), "units": self.units.model.units()}

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        problems = live_unit_problems(values["units"])
        problems.extend(programs.optional_score(values.get("certificate_min_score"), "certificate_min_score",
                                                *programs.LABELS["certificate_min_score"]).problems)
        code = values.get("code")
        if not is_blank(code) and values.get("institution"):
            # The same words as the save's refusal: the core's own check, read-only.
            form = Form(self.program or Program(), values, programs.LABELS)
            code = code.strip()
            other = form.clash(Program, Program.institution == values["institution"],
                               peewee.fn.LOWER(Program.code) == code.lower())
            if other is not None:
                form.refuse_taken("code", code, f'"{other.name}"')
            problems.extend(form.problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems([p for p in problems if not _is_unit_problem(p)])
        self.units.show_problems([p for p in problems if _is_unit_problem(p)])

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        units = values.pop("units")
        program, warnings = programs.save_program(self.store, values, units, self.program)
        return program.id, list(warnings)
