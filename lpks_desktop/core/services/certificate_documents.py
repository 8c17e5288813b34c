"""Gathering what certificates print: the snapshot each certificate took at issue (name,
program, dates, JP, signed QR payload), the participant's place and date of birth, the
program's competency units with the person's results, and the institution's letterhead,
head, signature, background and chosen design and paper. The documents package draws it."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import Callable, Sequence

from ..auth.permissions import Action, require
from ...documents.certificate import (
    CertificateBatch,
    CertificatePage,
    CertificateUnitLine,
    build_certificates_pdf,
    certificate_labels,
)
from ...documents.certificate_designs import DESIGNS
from ...documents.certificate_files import DEFAULT_FILE_PATTERN, write_certificate_files
from ...documents.letterhead import Letterhead
from ...documents.output import Destination
from ...documents.paper import paper_name
from ..i18n import current_language
from ..models import (
    Assessment,
    CompetencyUnit,
    Enrollment,
    Institution,
    Participant,
    Program,
    TrainingClass,
)
from .certificates import CertificateRow, certificates_to_print
from .settings import certificate_design, certificate_file_pattern, certificate_paper

Progress = Callable[[int, int], None]

COMPETENT = "K"


def certificate_batch(certificates: Sequence[CertificateRow], *, design: str | None = None,
                      paper: str | None = None, with_back: bool = True,
                      lang: str | None = None) -> CertificateBatch:
    """The batch that prints ``certificates`` (of one program and institution, in the order
    given). Certificates whose snapshots differ (program name, dates, JP) need
    ``certificate_batches``; here the first one's are printed for all."""
    batches = certificate_batches(certificates, design=design, paper=paper,
                                  with_back=with_back, lang=lang)
    if len(batches) == 1:
        return batches[0]
    return dataclasses.replace(batches[0], people=tuple(p for b in batches for p in b.people))


def certificate_batches(certificates: Sequence[CertificateRow], *, design: str | None = None,
                        paper: str | None = None, with_back: bool = True,
                        lang: str | None = None) -> list[CertificateBatch]:
    """``certificates`` as batches, in the order given: a new batch starts wherever the
    program, institution or the snapshot's program name, dates or JP change, so every
    certificate prints exactly what was issued."""
    if not certificates:
        raise ValueError("no certificates to gather")
    lang = lang or current_language()
    enrollments = {e.id: e for e in Enrollment.select(Enrollment.id, Enrollment.participant,
                                                      Enrollment.training_class)
                   .where(Enrollment.id.in_([c.enrollment_id for c in certificates]))}
    class_ids = {e.training_class_id for e in enrollments.values()}
    program_of = dict(TrainingClass.select(TrainingClass.id, TrainingClass.program)
                      .where(TrainingClass.id.in_(list(class_ids))).tuples())
    programs = {p.id: p for p in Program.select().where(Program.id.in_(list(set(program_of.values()))))}
    units = _units(list(programs))
    results = _results([c.enrollment_id for c in certificates])
    people = {p.id: p for p in Participant.select(Participant.id, Participant.birth_place,
                                                  Participant.birth_date)
              .where(Participant.id.in_([c.participant_id for c in certificates]))}
    institutions = {i.id: i for i in Institution.select().where(
        Institution.id.in_(list({c.institution_id for c in certificates})))}

    groups: list[tuple[tuple, list[CertificatePage]]] = []
    for row in certificates:
        program = programs[program_of[enrollments[row.enrollment_id].training_class_id]]
        key = (row.institution_id, program.id, row.program_name, row.start_date, row.end_date,
               row.total_jp)
        page = _page(row, people.get(row.participant_id), program, units[program.id],
                     results.get(row.enrollment_id, {}), lang)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(page)
        else:
            groups.append((key, [page]))
    batches = []
    for (institution_id, program_id, program_name, start, end, total_jp), pages in groups:
        institution = institutions[institution_id]
        program = programs[program_id]
        letterhead = Letterhead.from_institution(institution, lang)
        batches.append(CertificateBatch(
            letterhead=letterhead, program_name=program_name or program.name,
            skkni_reference=program.skkni_reference or "", start_date=start, end_date=end,
            total_jp=total_jp, head_name=institution.head_name or "",
            head_title=institution.head_title or "",
            head_signature=_blob(institution.head_signature), logo=letterhead.logo,
            background=_blob(institution.certificate_background),
            design=_design(design, institution_id), paper=_paper(paper, institution_id),
            with_back=with_back, lang=lang, people=tuple(pages)))
    return batches


def write_certificates_pdf(out: Destination, class_id: int, *,
                           certificate_ids: Sequence[int] | None = None,
                           design: str | None = None, paper: str | None = None,
                           with_back: bool = True, lang: str | None = None,
                           progress: Progress | None = None) -> int:
    """The class's valid certificates (all, or ``certificate_ids``) as one PDF for the
    printer; returns the pages. Revoked and replaced certificates are refused with a
    ``UserError`` naming them."""
    require(Action.PRINT, class_id=class_id)
    rows = certificates_to_print(class_id, certificate_ids)
    batches = certificate_batches(rows, design=design, paper=paper, with_back=with_back,
                                  lang=lang)
    return build_certificates_pdf(out, batches, progress=progress)


def write_certificate_files_for_class(target: Path | str, class_id: int, *,
                                      certificate_ids: Sequence[int] | None = None,
                                      as_zip: bool = False, file_pattern: str | None = None,
                                      design: str | None = None, paper: str | None = None,
                                      with_back: bool = True, lang: str | None = None,
                                      progress: Progress | None = None) -> list[str]:
    """One PDF per valid certificate of the class, into the folder ``target`` or the ZIP
    file ``target``; file names from ``file_pattern`` (default: the institution's
    setting). Returns the names written."""
    require(Action.PRINT, class_id=class_id)
    rows = certificates_to_print(class_id, certificate_ids)
    batches = certificate_batches(rows, design=design, paper=paper, with_back=with_back,
                                  lang=lang)
    pattern = (file_pattern or certificate_file_pattern(rows[0].institution_id)
               or DEFAULT_FILE_PATTERN)
    return write_certificate_files(Path(target), batches, file_pattern=pattern, as_zip=as_zip,
                                   progress=progress, class_code=rows[0].class_code)


# -- pieces ----------------------------------------------------------------------------------


def _units(program_ids: list[int]) -> dict[int, list[CompetencyUnit]]:
    units: dict[int, list[CompetencyUnit]] = defaultdict(list)
    query = (CompetencyUnit.select().where(CompetencyUnit.program.in_(program_ids))
             .order_by(CompetencyUnit.position, CompetencyUnit.id))
    for unit in query:
        units[unit.program_id].append(unit)
    return units


def _results(enrollment_ids: list[int]) -> dict[int, dict[int, tuple]]:
    """Enrollment id -> unit id -> (result, score)."""
    found: dict[int, dict[int, tuple]] = defaultdict(dict)
    query = (Assessment.select(Assessment.enrollment, Assessment.unit, Assessment.result,
                               Assessment.score)
             .where(Assessment.enrollment.in_(enrollment_ids)).tuples())
    for enrollment_id, unit_id, result, score in query:
        found[enrollment_id][unit_id] = (result or "", score)
    return found


def _counted(program: Program, units: list[CompetencyUnit]) -> list[CompetencyUnit]:
    rule = program.certificate_units_rule or "required"
    if rule == "required":
        return [u for u in units if u.required]
    return list(units)


def _overall(program: Program, units: list[CompetencyUnit], results: dict[int, tuple],
             lang: str) -> str:
    """"KOMPETEN" when every unit the program's rule counts (every unit, for a program that
    does not need results) is competent; blank otherwise, and the line is left out, as for
    a certificate of attendance."""
    counted = _counted(program, units)
    if counted and all(results.get(u.id, ("", None))[0] == COMPETENT for u in counted):
        return certificate_labels("overall_K", lang)
    return ""


def _page(row: CertificateRow, person: Participant | None, program: Program,
          units: list[CompetencyUnit], results: dict[int, tuple], lang: str) -> CertificatePage:
    lines = tuple(CertificateUnitLine(code=u.code, title=u.title, jp=u.jp,
                                      result=results.get(u.id, ("", None))[0],
                                      score=results.get(u.id, ("", None))[1])
                  for u in units)
    return CertificatePage(
        number=row.number, full_name=row.participant_name,
        birth_place=(person.birth_place or "") if person else "",
        birth_date=person.birth_date if person else None,
        issued_on=row.issued_on, issued_place=row.issued_place,
        result_text=_overall(program, units, results, lang), units=lines,
        qr_payload=row.payload or "")


def _blob(value) -> bytes | None:
    # PostgreSQL hands blobs back as memoryview.
    return bytes(value) if value else None


def _design(design: str | None, institution_id: int) -> str:
    # An explicit design is checked by the documents; the setting was checked when saved.
    return design or certificate_design(institution_id) or DESIGNS[0]


def _paper(paper: str | None, institution_id: int) -> str:
    return paper_name(paper or certificate_paper(institution_id) or "A4")
