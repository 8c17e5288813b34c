"""Competency assessment: who is competent in which unit of a class's program, and saving it.

The clerk copies the assessors' sheets into a grid of participants by competency units
and saves once, as with attendance: every cell is checked first and every problem is
reported at once (each naming the participant and the unit's code), then everything is
written in one transaction or nothing is. A cell someone else saved since the grid was
loaded is a conflict, never silently overwritten. Once a participant holds a valid
certificate their results are what the certificate certifies, so they are read-only
until the certificate is revoked.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

import peewee

from ..auth.permissions import Action, require
from ..errors import UserError
from ..i18n import Text
from ..models import (
    Assessment,
    Certificate,
    CompetencyUnit,
    Enrollment,
    Participant,
    Program,
    TrainingClass,
)
from ..models.assessment import Result
from ..models.certificate import CertificateStatus
from ..validation.problems import Problem, error
from . import audit
from .attendance import (
    ATTENDING,
    TWICE,
    GridPerson,
    MarksRefused,
    SaveOutcome,
    _built,
    _lock_class,
    people_of_classes,
)

RESULTS: tuple[str, ...] = (Result.COMPETENT, Result.NOT_YET_COMPETENT)
RESULT_LABELS: dict[str, Text] = {
    Result.COMPETENT: Text("Kompeten", "Competent"),
    Result.NOT_YET_COMPETENT: Text("Belum kompeten", "Not yet competent"),
}
# The three numbers a cell may carry besides its result, in the order grids show them.
NUMBERS: tuple[str, ...] = ("score", "pre_test", "post_test")
NUMBER_LABELS: dict[str, Text] = {
    "score": Text("nilai", "score"),
    "pre_test": Text("pre-test", "pre-test"),
    "post_test": Text("post-test", "post-test"),
}
SCORE_MAX = Decimal(100)

# What assessors write on their sheets, in either language.
_RESULT_WORDS = {
    Result.COMPETENT: ("k", "kompeten", "competent"),
    Result.NOT_YET_COMPETENT: ("bk", "b", "belum kompeten", "not yet competent", "nyc"),
}
_RESULT_BY_WORD = {word: result for result, words in _RESULT_WORDS.items() for word in words}


def result_from_text(text) -> str | None:
    """The result meant by ``text`` ("K", "kompeten", "Competent", "BK", "belum kompeten",
    "NYC" ...), or None when it is empty or not a result."""
    if not isinstance(text, str):
        return None
    return _RESULT_BY_WORD.get(" ".join(text.split()).casefold())


def number_from_text(value) -> Decimal | None:
    """A score as typed: 85, 85.5 or 85,5 (the Indonesian decimal comma); None when it is
    not a number at all. The range is not checked here."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (numbers.Real, Decimal)):
        number = Decimal(str(value))
    elif isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


NOT_A_NUMBER = Text(
    "{what_id} harus berupa angka 0 sampai 100, tertulis {value}.",
    "the {what_en} must be a number from 0 to 100, not {value}.",
)
OUT_OF_RANGE = Text(
    "{what_id} harus antara 0 dan 100, tertulis {value}.",
    "the {what_en} must be between 0 and 100, not {value}.",
)
TOO_PRECISE = Text(
    "{what_id} paling banyak dua angka di belakang koma, tertulis {value}.",
    "the {what_en} may have at most two decimals, not {value}.",
)


def check_number(value, what: str) -> tuple[Decimal | None, Text | None]:
    """(the number to store or None when blank, None) or (None, why it is refused) for a
    score, pre-test or post-test (``what``: one of NUMBERS)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    label = NUMBER_LABELS[what]
    number = number_from_text(value)
    if number is None:
        return None, NOT_A_NUMBER.format(what_id=label.id.capitalize(), what_en=label.en,
                                         value=_shown(value))
    if not 0 <= number <= SCORE_MAX:
        return None, OUT_OF_RANGE.format(what_id=label.id.capitalize(), what_en=label.en,
                                         value=_shown(value))
    if number != number.quantize(Decimal("0.01")):
        return None, TOO_PRECISE.format(what_id=label.id.capitalize(), what_en=label.en,
                                        value=_shown(value))
    return number.quantize(Decimal("0.01")), None


def _shown(value) -> str:
    return f"“{value}”" if isinstance(value, str) else str(value)


def format_number(value: Decimal | None) -> str:
    """85, 85.5, 85.25: a stored score without its trailing zeros."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


CERTIFIED = Text(
    "Nilai peserta ini terkunci karena sertifikat {number} masih berlaku. Cabut sertifikat itu "
    "terlebih dahulu (lalu terbitkan lagi setelah nilai diperbaiki).",
    "This participant's results are locked because certificate {number} is valid. Revoke "
    "the certificate first (and issue a new one after correcting the results).",
)


# --- the grid ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentUnit:
    id: int
    code: str
    title: str
    jp: int
    required: bool


@dataclass(frozen=True)
class ResultCell:
    result: str | None
    score: Decimal | None
    pre_test: Decimal | None
    post_test: Decimal | None
    assessed_on: dt.date | None
    version: int


@dataclass
class AssessmentGrid:
    class_id: int
    class_code: str
    class_name: str
    program_name: str
    units: list[AssessmentUnit]
    people: list[GridPerson]  # editable False for those holding a valid certificate
    cells: dict[tuple[int, int], ResultCell]  # (unit_id, enrollment_id)
    # enrollment id -> why the person's results cannot be changed (a valid certificate).
    locked: dict[int, Text] = field(default_factory=dict)

    def cell(self, unit_id: int, enrollment_id: int) -> ResultCell | None:
        return self.cells.get((unit_id, enrollment_id))

    def competent_count(self, enrollment_id: int) -> int:
        return sum(1 for unit in self.units
                   if (c := self.cells.get((unit.id, enrollment_id))) is not None
                   and c.result == Result.COMPETENT)


def program_units(program_id: int) -> list[AssessmentUnit]:
    """The program's competency units in teaching order (position, then code)."""
    return [AssessmentUnit(*row) for row in CompetencyUnit.select(
        CompetencyUnit.id, CompetencyUnit.code, CompetencyUnit.title, CompetencyUnit.jp,
        CompetencyUnit.required).where(CompetencyUnit.program == program_id)
        .order_by(CompetencyUnit.position, CompetencyUnit.code, CompetencyUnit.id).tuples()]


def valid_certificates(class_id: int) -> dict[int, str]:
    """Enrollment id -> the number of the valid certificate it holds, for one class."""
    return {enrollment_id: number for enrollment_id, number in Certificate.select(
        Certificate.enrollment, Certificate.number).join(Enrollment)
        .where(Enrollment.training_class == class_id,
               Certificate.status == CertificateStatus.VALID).tuples()}


def _stored_results(class_id: int) -> dict[tuple[int, int], tuple]:
    """(unit id, enrollment id) -> (id, result, score, pre_test, post_test, assessed_on,
    row_version, updated_by) of the class's assessments."""
    rows = (Assessment.select(Assessment.id, Assessment.unit, Assessment.enrollment,
                              Assessment.result, Assessment.score, Assessment.pre_test,
                              Assessment.post_test, Assessment.assessed_on,
                              Assessment.row_version, Assessment.updated_by)
            .join(Enrollment).where(Enrollment.training_class == class_id).tuples())
    return {(unit, enrollment): (row_id, result, score, pre, post, on, version, by)
            for row_id, unit, enrollment, result, score, pre, post, on, version, by in rows}


def assessment_grid(class_id: int) -> AssessmentGrid:
    """The class's attending people by its program's units, with the results entered.
    Raises ``TrainingClass.DoesNotExist``."""
    require(Action.VIEW_CLASS, class_id=class_id)
    klass = (TrainingClass.select(TrainingClass, Program)
             .join(Program).where(TrainingClass.id == class_id).get())
    units = program_units(klass.program_id)
    certified = valid_certificates(class_id)
    people = []
    locked: dict[int, Text] = {}
    for person in people_of_classes([class_id])[class_id]:
        number = certified.get(person.enrollment_id)
        if number is not None:
            locked[person.enrollment_id] = CERTIFIED.format(number=number)
            person = replace(person, editable=False)
        people.append(person)
    listed = {p.enrollment_id for p in people}
    cells = {key: _built(ResultCell, result=row[1], score=row[2], pre_test=row[3],
                         post_test=row[4], assessed_on=row[5], version=row[6])
             for key, row in _stored_results(class_id).items() if key[1] in listed}
    return AssessmentGrid(class_id=klass.id, class_code=klass.code, class_name=klass.name,
                          program_name=klass.program.name, units=units, people=people,
                          cells=cells, locked=locked)


# --- saving -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResultChange:
    unit_id: int
    enrollment_id: int
    result: str | None  # with every number None: clears the cell
    score: Decimal | str | None = None
    pre_test: Decimal | str | None = None
    post_test: Decimal | str | None = None
    # ResultCell.version as loaded, 0 for a cell that was empty; None: don't check.
    expected_version: int | None = None


class AssessmentConflict(UserError):
    """Someone else saved some of these cells since they were loaded; nothing was written."""

    def __init__(self, cells: list[tuple[int, int]], text: Text):
        super().__init__(text)
        self.cells = cells


class ResultsRefused(MarksRefused):
    """``ValidationFailed`` whose ``cells`` pair each problem with its (unit id, enrollment id)."""


_WHERE = Text("{who}, {unit}: ", "{who}, {unit}: ")
CONFLICT = Text(
    "Tidak ada yang disimpan: {count} nilai sudah diubah {by_id} sejak dimuat ({cells_id}). "
    "Muat ulang (F5), periksa, lalu simpan lagi.",
    "Nothing was saved: {count} results were changed {by_en} since they were loaded "
    "({cells_en}). Refresh (F5), check, and save again.",
)
BAD_RESULT = Text(
    "hasil harus K (kompeten) atau BK (belum kompeten), tertulis {value}.",
    "the result must be K (competent) or BK (not yet competent), not {value}.",
)
NO_SUCH_UNIT = Text(
    "unit kompetensi nomor {unit_id} tidak ada (mungkin baru dihapus).",
    "there is no competency unit number {unit_id} (perhaps it was just deleted).",
)
NOT_THIS_PROGRAM_UNIT = Text(
    "unit ini bukan unit kompetensi program kelas {code}.",
    "this unit is not a competency unit of class {code}'s program.",
)
NO_SUCH_ENROLLMENT = Text(
    "pendaftaran nomor {enrollment_id} tidak ada (mungkin baru dihapus).",
    "there is no enrollment number {enrollment_id} (perhaps it was just deleted).",
)
NOT_THIS_CLASS_PERSON = Text(
    "peserta ini tidak terdaftar di kelas {code}.",
    "this participant is not enrolled in class {code}.",
)
NOT_ATTENDING = Text(
    "peserta ini tidak mengikuti pelatihan (status: {status_id}); nilainya tidak dapat diisi.",
    "this participant is not taking part in the training (status: {status_en}); no results "
    "can be kept.",
)
CERTIFIED_REFUSED = Text(
    "sertifikat {number} peserta ini masih berlaku, jadi nilainya tidak dapat diubah. Cabut "
    "sertifikat itu terlebih dahulu (lalu terbitkan lagi setelah nilai diperbaiki).",
    "certificate {number} of this participant is valid, so their results cannot be changed. "
    "Revoke the certificate first (and issue a new one after correcting the results).",
)


def describe_cell(result, score=None, pre_test=None, post_test=None) -> Text:
    """A cell's content in words for messages: "K, score 85", "empty"."""
    if result is None and score is None and pre_test is None and post_test is None:
        return Text("kosong", "empty")
    parts_id, parts_en = [], []
    if result is not None:
        parts_id.append(result)
        parts_en.append(result)
    for name, value in zip(NUMBERS, (score, pre_test, post_test)):
        if value is not None:
            label = NUMBER_LABELS[name]
            parts_id.append(f"{label.id} {format_number(Decimal(value))}")
            parts_en.append(f"{label.en} {format_number(Decimal(value))}")
    return Text(", ".join(parts_id), ", ".join(parts_en))


def save_results(store, class_id: int, changes: Sequence[ResultChange], *,
                 today: dt.date | None = None) -> SaveOutcome:
    """Write ``changes`` to the class's assessment grid in one audited transaction.

    Raises ``ResultsRefused`` (a ``ValidationFailed``) with every problem, each starting
    "Name, UNIT-CODE: ", or ``AssessmentConflict`` when a cell's stored version is not its
    ``expected_version``; either way nothing is written. A change matching what is stored
    is counted as unchanged and not written (so a certificate holder's unchanged cell is no
    problem). A cell with no result and no numbers is deleted. ``assessed_on`` becomes
    ``today`` when a result is set or changed. ``SaveOutcome.previous`` holds
    ``ResultChange``s that undo the save. Raises ``TrainingClass.DoesNotExist``.
    """
    require(Action.ENTER_ASSESSMENT, class_id=class_id)
    today = today or dt.date.today()
    with store.transaction():
        klass = _lock_class(class_id)
        plan = _Plan(klass, changes, today)
        if plan.problems:
            raise ResultsRefused(plan.problems)
        if plan.conflicts:
            raise plan.conflict(plan.conflicts)
        try:
            return plan.write()
        except peewee.IntegrityError as exc:
            # Another PC took a new cell past this save's lock.
            raise plan.conflict([key for key, _ in plan.inserts]) from exc


class _Plan:
    """The checks and the writes of one save, everything read in the save's transaction."""

    def __init__(self, klass: TrainingClass, changes: Sequence[ResultChange], today: dt.date):
        self.klass = klass
        self.today = today
        self.problems: list[tuple[tuple[int, int], Problem]] = []
        self.conflicts: list[tuple[int, int]] = []
        self.wanted: dict[tuple[int, int], tuple] = {}
        self.inserts: list[tuple[tuple[int, int], tuple]] = []
        self.updates: list[tuple[tuple[int, int], tuple]] = []
        self.clears: list[tuple[int, int]] = []
        self.unchanged = 0
        unit_ids = list({c.unit_id for c in changes})
        enrollment_ids = list({c.enrollment_id for c in changes})
        self.units = {row[0]: row for row in CompetencyUnit.select(
            CompetencyUnit.id, CompetencyUnit.program, CompetencyUnit.code)
            .where(CompetencyUnit.id.in_(unit_ids)).tuples()} if unit_ids else {}
        self.people = {row[0]: row for row in Enrollment.select(
            Enrollment.id, Enrollment.training_class, Enrollment.status, Participant.full_name)
            .join(Participant).where(Enrollment.id.in_(enrollment_ids)).tuples()
        } if enrollment_ids else {}
        self.stored = _stored_results(klass.id)
        self.certified = valid_certificates(klass.id)
        seen: set[tuple[int, int]] = set()
        for change in changes:
            key = (change.unit_id, change.enrollment_id)
            if key in seen:
                self._refuse(change, "cell", "duplicate_cell", TWICE)
                continue
            seen.add(key)
            self._check(change)

    def _where(self, unit_id: int, enrollment_id: int) -> Text:
        person = self.people.get(enrollment_id)
        unit = self.units.get(unit_id)
        return _WHERE.format(who=person[3] if person else f"#{enrollment_id}",
                             unit=unit[2] if unit else f"#{unit_id}")

    def _refuse(self, change: ResultChange, field_name: str, code: str, text: Text) -> None:
        where = self._where(change.unit_id, change.enrollment_id)
        whole = Text(where.id + text.id, where.en + text.en, {**where.params, **text.params})
        self.problems.append(((change.unit_id, change.enrollment_id),
                              error(field_name, code, whole)))

    def _check(self, change: ResultChange) -> None:
        klass = self.klass
        unit = self.units.get(change.unit_id)
        person = self.people.get(change.enrollment_id)
        placed = True
        if unit is None:
            self._refuse(change, "unit", "no_such_unit", NO_SUCH_UNIT.format(unit_id=change.unit_id))
            placed = False
        elif unit[1] != klass.program_id:
            self._refuse(change, "unit", "unit_not_in_program",
                         NOT_THIS_PROGRAM_UNIT.format(code=klass.code))
            placed = False
        if person is None:
            self._refuse(change, "enrollment", "no_such_enrollment",
                         NO_SUCH_ENROLLMENT.format(enrollment_id=change.enrollment_id))
            placed = False
        elif person[1] != klass.id:
            self._refuse(change, "enrollment", "enrollment_not_in_class",
                         NOT_THIS_CLASS_PERSON.format(code=klass.code))
            placed = False
        fields_ok = True
        result = change.result
        if result is not None and not (isinstance(result, str) and not result.strip()):
            result = result if result in RESULTS else result_from_text(result)
            if result is None:
                self._refuse(change, "result", "bad_result",
                             BAD_RESULT.format(value=_shown(change.result)))
                fields_ok = False
        else:
            result = None
        values = []
        for name in NUMBERS:
            number, why = check_number(getattr(change, name), name)
            if why is not None:
                self._refuse(change, name, f"bad_{name}", why)
                fields_ok = False
            values.append(number)
        if not placed or not fields_ok:
            return
        key = (change.unit_id, change.enrollment_id)
        stored = self.stored.get(key)
        wanted = (result, *values)
        if (stored[1:5] if stored else (None, None, None, None)) == wanted:
            self.unchanged += 1
            return
        status = person[2]
        if status not in ATTENDING:
            # Imported here: enrollments reaches participant_profile, which uses rates.
            from .enrollments import STATUS_LABELS

            label = STATUS_LABELS.get(status, Text(status, status))
            self._refuse(change, "enrollment", "enrollment_not_attending",
                         NOT_ATTENDING.format(status_id=label.id, status_en=label.en))
            return
        number = self.certified.get(change.enrollment_id)
        if number is not None:
            self._refuse(change, "enrollment", "certified_read_only",
                         CERTIFIED_REFUSED.format(number=number))
            return
        if change.expected_version is not None and change.expected_version != (
                stored[6] if stored else 0):
            self.conflicts.append(key)
        self.wanted[key] = wanted
        if all(value is None for value in wanted):
            if stored:
                self.clears.append(key)
            else:
                self.unchanged += 1
        elif stored:
            self.updates.append((key, wanted))
        else:
            self.inserts.append((key, wanted))

    def conflict(self, cells: list[tuple[int, int]]) -> AssessmentConflict:
        shown_id, shown_en = [], []
        for key in cells[:5]:
            where = self._where(*key)
            stored = self.stored.get(key)
            theirs = describe_cell(*stored[1:5]) if stored else describe_cell(None)
            wanted = self.wanted.get(key)
            ours = describe_cell(*wanted) if wanted else describe_cell(None)
            shown_id.append(where.render("id") + f"sekarang {theirs.id}, yang disimpan {ours.id}")
            shown_en.append(where.render("en") + f"now {theirs.en}, yours {ours.en}")
        more = len(cells) - len(shown_id)
        cells_id, cells_en = "; ".join(shown_id), "; ".join(shown_en)
        if more:
            cells_id += f"; dan {more} lainnya"
            cells_en += f"; and {more} more"
        by = sorted({self.stored[key][7] for key in cells if key in self.stored} - {""})
        by_id = f"oleh {', '.join(by)}" if by else "oleh pengguna lain"
        by_en = f"by {', '.join(by)}" if by else "by someone else"
        return AssessmentConflict(list(cells), CONFLICT.format(
            count=len(cells), by_id=by_id, by_en=by_en, cells_id=cells_id, cells_en=cells_en))

    def _assessed_on(self, key, result, stored) -> dt.date | None:
        if result is None:
            return None
        if stored and stored[1] == result:
            return stored[5]
        return self.today

    def write(self) -> SaveOutcome:
        previous: list[ResultChange] = []
        versions: dict[tuple[int, int], int] = {}
        log: list[list] = []
        for key, wanted in self.inserts:
            Assessment.create(unit=key[0], enrollment=key[1], result=wanted[0], score=wanted[1],
                              pre_test=wanted[2], post_test=wanted[3],
                              assessed_on=self._assessed_on(key, wanted[0], None))
            previous.append(_change(key, (None, None, None, None), 1))
            versions[key] = 1
            log.append([*key, None, _logged(wanted)])
        for key, wanted in self.updates:
            stored = self.stored[key]
            row = Assessment.get_by_id(stored[0])
            row.result, row.score, row.pre_test, row.post_test = wanted
            row.assessed_on = self._assessed_on(key, wanted[0], stored)
            row.save()
            previous.append(_change(key, stored[1:5], row.row_version))
            versions[key] = row.row_version
            log.append([*key, _logged(stored[1:5]), _logged(wanted)])
        if self.clears:
            Assessment.delete().where(
                Assessment.id.in_([self.stored[key][0] for key in self.clears])).execute()
        for key in self.clears:
            stored = self.stored[key]
            previous.append(_change(key, stored[1:5], 0))
            versions[key] = 0
            log.append([*key, _logged(stored[1:5]), None])
        if log:
            # One entry per save: a whole column typed in at once is one act.
            audit.record("save_results", Assessment._meta.table_name, self.klass.id, {
                "class": self.klass.code, "written": len(self.inserts) + len(self.updates),
                "cleared": len(self.clears),
                # [unit id, enrollment id, before, after]; a cell is its result, or
                # [result, score, pre_test, post_test] when it has numbers, or null.
                "cells": log})
        return SaveOutcome(written=len(self.inserts) + len(self.updates), cleared=len(self.clears),
                           unchanged=self.unchanged, warnings=[], previous=previous,
                           versions=versions)


def _change(key: tuple[int, int], cell: Sequence, version: int) -> ResultChange:
    return ResultChange(key[0], key[1], cell[0], cell[1], cell[2], cell[3],
                        expected_version=version)


def _logged(cell: Sequence) -> str | list | None:
    result, *values = cell
    if all(v is None for v in values):
        return result
    return [result, *(None if v is None else format_number(Decimal(v)) for v in values)]


__all__ = [
    "AssessmentConflict", "AssessmentGrid", "AssessmentUnit", "NUMBERS", "NUMBER_LABELS",
    "RESULTS", "RESULT_LABELS", "ResultCell", "ResultChange", "ResultsRefused",
    "assessment_grid", "check_number", "describe_cell", "format_number", "number_from_text",
    "program_units", "result_from_text", "save_results", "valid_certificates",
]
