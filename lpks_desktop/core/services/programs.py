"""Training programs and the competency units they cover."""

from __future__ import annotations

from decimal import Decimal

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import (Assessment, CertificateUnitsRule, ClassSession, CompetencyUnit, Institution, Program,
                      TrainingClass)
from ..validation import Checked, check_unit_code
from ..validation.problems import error, is_blank, shown
from .listing import Listing, ListRequest, contains
from .record_fields import SHARED_LABELS, labels
from .record_forms import (
    Form,
    child_forms,
    child_rows,
    editable_copy,
    refuse_repeats,
    replace_children,
)
from .records import (
    choice,
    only_archived,
    positive_int,
    reference,
    subquery_column,
    unlabelled,
    whole_number,
)


def _unit_count() -> peewee.Select:
    return (CompetencyUnit.select(peewee.fn.COUNT(CompetencyUnit.id))
            .where(CompetencyUnit.program == Program.id))


class ProgramListing(Listing):
    """Programs, searched by code or name. Filters: ``institution_id``, ``archived``."""

    model = Program
    keys = ("code", "name", "institution", "total_jp", "units", "min_attendance_pct", "archived")
    default_sort = "code"

    def columns(self) -> dict[str, peewee.Node]:
        return {"code": Program.code, "name": Program.name, "institution": Institution.code,
                "total_jp": Program.total_jp, "units": subquery_column(_unit_count()),
                "min_attendance_pct": Program.min_attendance_pct, "archived": Program.archived}

    def from_clause(self, query):
        return query.join(Institution)

    def apply_filters(self, query, request: ListRequest):
        return only_archived(query, Program, request.filters)

    def apply_search(self, query, text: str):
        return query.where(contains(Program.code, text) | contains(Program.name, text))


def program_units(program_id: int) -> list[dict]:
    """The program's units in teaching order; ``sessions``/``assessments`` say whether one may go."""
    sessions = (ClassSession.select(peewee.fn.COUNT(ClassSession.id))
                .where(ClassSession.unit == CompetencyUnit.id))
    assessments = (Assessment.select(peewee.fn.COUNT(Assessment.id))
                   .where(Assessment.unit == CompetencyUnit.id))
    query = (CompetencyUnit.select(CompetencyUnit, sessions.alias("sessions"),
                                   assessments.alias("assessments"))
             .where(CompetencyUnit.program == program_id)
             .order_by(CompetencyUnit.position, CompetencyUnit.id))
    return [{"id": unit.id, "code": unit.code, "title": unit.title, "jp": unit.jp,
             "position": unit.position, "required": unit.required, "sessions": unit.sessions,
             "assessments": unit.assessments} for unit in query]


LABELS = labels(
    "institution",
    code=("Kode program", "Program code"),
    name=("Nama program", "Program name"),
    description=("Uraian", "Description"),
    total_jp=("Total JP", "Total JP"),
    min_attendance_pct=("Kehadiran minimal (%)", "Minimum attendance (%)"),
    skkni_reference=("Acuan SKKNI", "SKKNI reference"),
    kbli_code=("Kode KBLI", "KBLI code"),
    certificate_units_rule=("Syarat unit untuk sertifikat", "Units a certificate needs"),
    certificate_min_score=("Nilai minimal sertifikat", "Minimum score for a certificate"),
)
UNIT_LABELS = labels(code=SHARED_LABELS["unit_code"], title=SHARED_LABELS["unit_title"],
                     jp=("JP unit", "Unit JP"))
JP_MISMATCH = Text(
    "Jumlah JP semua unit ({units_jp}) harus sama dengan total JP program ({total_jp}).",
    "The units' JP add up to {units_jp}, but the program's total JP is {total_jp}; they must be equal.",
)
INSTITUTION_FIXED = Text(
    "Lembaga program tidak dapat diganti karena program ini sudah punya kelas.",
    "The program's institution cannot be changed because the program already has classes.",
)


SCORE_MAX = Decimal(100)
NOT_A_SCORE = Text(
    "{label_id} harus berupa angka 0 sampai 100 (boleh dengan koma, misalnya 70,5) atau dikosongkan, "
    "tertulis {value}.",
    "{label_en} must be a number from 0 to 100 (decimals allowed, e.g. 70.5) or left blank, not {value}.",
)
SCORE_TOO_PRECISE = Text(
    "{label_id} paling banyak dua angka di belakang koma, tertulis {value}.",
    "{label_en} may have at most two decimals, not {value}.",
)


def optional_score(value, field: str, label_id: str, label_en: str) -> Checked[Decimal | None]:
    """A score from 0 to 100 with at most two decimals, typed 70, 70.5 or 70,5; None when blank."""
    if is_blank(value):
        return Checked(None)
    number = None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = Decimal(str(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip().replace(",", "."))
        except ArithmeticError:
            number = None
    labels = {"label_id": label_id, "label_en": label_en, "value": shown(value)}
    if number is None or not number.is_finite() or not 0 <= number <= SCORE_MAX:
        return Checked(None, (error(field, "score_invalid", NOT_A_SCORE.format(**labels)),))
    if number != number.quantize(Decimal("0.01")):
        return Checked(None, (error(field, "score_too_precise", SCORE_TOO_PRECISE.format(**labels)),))
    return Checked(number.quantize(Decimal("0.01")))


def save_program(store, values: dict, units: list[dict], instance: Program | None = None):
    """Check and save a program with its units (replacing the old list); ``(program, warnings)``.

    Each unit dict holds ``code``, ``title``, ``jp``, optionally ``required``, and
    ``id`` when it is an existing unit; list order is teaching order. A unit
    left out is deleted, unless sessions or assessments use it (``InUse``).
    """
    require(Action.EDIT_RECORDS)
    program = editable_copy(Program, instance)
    form = Form(program, values, LABELS)
    institution_id = form.check("institution", reference, model=Institution)
    if (instance is not None and institution_id and institution_id != program.institution_id
            and TrainingClass.select().where(TrainingClass.program == program.id).exists()):
        form.add(error("institution", "institution_fixed", INSTITUTION_FIXED))
    code = form.text("code", required=True)
    if code and institution_id and (other := form.clash(
            Program, Program.institution == institution_id,
            peewee.fn.LOWER(Program.code) == code.lower())):
        form.refuse_taken("code", code, f'"{other.name}"')
    form.text("name", required=True, collapse=True)
    for key in ("description", "skkni_reference", "kbli_code"):
        form.text(key)
    total_jp = form.check("total_jp", positive_int)
    form.check("min_attendance_pct", whole_number, minimum=0, maximum=100)
    form.check("certificate_units_rule", choice, allowed=CertificateUnitsRule.values())
    form.check("certificate_min_score", optional_score)
    unit_forms = _check_units(program, units)
    rows = child_rows(unit_forms)
    units_jp = [row.get("jp") for row in rows]
    if total_jp and None not in units_jp and sum(units_jp) != total_jp:
        form.add(error("units", "jp_total_mismatch",
                       JP_MISMATCH.format(units_jp=sum(units_jp), total_jp=total_jp)))
    warnings = form.finish(*unit_forms)
    with store.transaction():
        store.save(form.apply())
        replace_children(store, CompetencyUnit.program, program, rows, unique="code")
    return program, warnings


def _check_units(program: Program, units: list[dict]) -> list[Form]:
    forms = child_forms(CompetencyUnit.program, program, units, UNIT_LABELS, "units")
    for position, form in enumerate(forms, 1):
        form.check("code", unlabelled(check_unit_code))
        form.text("title", required=True, collapse=True)
        form.check("jp", whole_number, minimum=0)
        required = form.raw("required")
        form.cleaned.update(required=True if required is None else bool(required),
                            position=position)
    refuse_repeats(forms, "code")
    return forms
