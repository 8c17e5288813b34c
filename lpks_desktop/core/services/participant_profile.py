"""Everything about one person, across every institution: the answer to "what is my status?"."""

from __future__ import annotations

from collections import defaultdict

from ..auth.permissions import Action, require
from ..models import (
    Assessment,
    Certificate,
    CompetencyUnit,
    Enrollment,
    EnrollmentStatus,
    EnrollmentStatusChange,
    Institution,
    Participant,
    Program,
    TrainingClass,
)
from .attendance_rates import rates_of_classes

IDENTITY = ("nik", "full_name", "sex", "birth_place", "birth_date", "address", "village",
            "district", "city", "province", "phone", "email", "education", "employment",
            "prakerja_card_number", "notes", "archived")
# Statuses of people who took their seat in the class; the others never attended.
ADMITTED = frozenset({EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED,
                      EnrollmentStatus.WITHDREW, EnrollmentStatus.DISMISSED})


def participant_profile(participant_id: int) -> dict:
    """Identity fields, and per enrollment (oldest first): institution, class, program, status
    with its history, attendance against the program's minimum, unit results and certificates.

    Raises ``Participant.DoesNotExist`` for an unknown id.
    """
    require(Action.VIEW_RECORDS)
    person = Participant.get_by_id(participant_id)
    enrollments = list(
        Enrollment.select(Enrollment, TrainingClass, Program, Institution)
        .join(TrainingClass).join(Program)
        .switch(TrainingClass).join(Institution)
        .where(Enrollment.participant == participant_id)
        .order_by(Enrollment.registered_at, Enrollment.id))
    ids = [e.id for e in enrollments]
    history = _grouped(EnrollmentStatusChange.select()
                       .where(EnrollmentStatusChange.enrollment.in_(ids))
                       .order_by(EnrollmentStatusChange.changed_at, EnrollmentStatusChange.id),
                       "enrollment_id")
    certificates = _grouped(Certificate.select().where(Certificate.enrollment.in_(ids))
                            .order_by(Certificate.issued_on, Certificate.id), "enrollment_id")
    results = {(a.enrollment_id, a.unit_id): a
               for a in Assessment.select().where(Assessment.enrollment.in_(ids))}
    units = _grouped(CompetencyUnit.select()
                     .where(CompetencyUnit.program.in_({e.training_class.program_id
                                                        for e in enrollments}))
                     .order_by(CompetencyUnit.position, CompetencyUnit.id), "program_id")
    admitted = [e for e in enrollments if e.status in ADMITTED]
    rates = rates_of_classes({e.training_class_id for e in admitted},
                             include=[e.id for e in admitted])
    return {
        "id": person.id,
        **{key: getattr(person, key) for key in IDENTITY},
        "enrollments": [{
            **_placement(e),
            "status_history": [{"at": c.changed_at, "old_status": c.old_status,
                                "status": c.new_status, "user": c.created_by, "reason": c.reason}
                               for c in history[e.id]],
            "attendance": _attendance(e, rates) if e.status in ADMITTED else None,
            "assessments": [_result(unit, results.get((e.id, unit.id)))
                            for unit in units[e.training_class.program_id]]
            if e.status in ADMITTED else [],
            "certificates": [{"id": c.id, "number": c.number, "issued_on": c.issued_on,
                              "status": c.status, "printed_at": c.printed_at,
                              "revoked_at": c.revoked_at, "revoke_reason": c.revoke_reason}
                             for c in certificates[e.id]],
        } for e in enrollments],
    }


def _grouped(query, key: str) -> dict[int, list]:
    groups: dict[int, list] = defaultdict(list)
    for row in query:
        groups[getattr(row, key)].append(row)
    return groups


def _placement(e: Enrollment) -> dict:
    klass, program = e.training_class, e.training_class.program
    institution = klass.institution
    return {
        "id": e.id, "status": e.status, "registered_at": e.registered_at,
        "reserve_rank": e.reserve_rank, "prakerja_redeem_code": e.prakerja_redeem_code,
        "prakerja_redeemed_at": e.prakerja_redeemed_at,
        "institution": {"id": institution.id, "code": institution.code, "name": institution.name},
        "class": {"id": klass.id, "code": klass.code, "name": klass.name, "batch": klass.batch,
                  "start_date": klass.start_date, "end_date": klass.end_date,
                  "status": klass.status, "funding": klass.funding},
        "program": {"id": program.id, "code": program.code, "name": program.name,
                    "total_jp": program.total_jp,
                    "min_attendance_pct": program.min_attendance_pct},
    }


def _attendance(e: Enrollment, rates: dict) -> dict:
    """The enrollment's attendance as its class's rates count it (the same rules and numbers
    as the grid and the recap)."""
    class_rates = rates[e.training_class_id]
    row = class_rates.row_for(e.id)
    return {"held_sessions": class_rates.delivered_sessions,
            "marks": dict(row.counts), "unmarked": row.unmarked, "late": row.late,
            "attended_jp": row.attended_jp,
            # The rate's denominator: delivered JP less this person's excluded marks.
            "delivered_jp": row.counted_jp, "class_delivered_jp": row.delivered_jp,
            "remaining_jp": row.remaining_jp, "rate_pct": row.rate_pct, "min_pct": row.min_pct,
            # Judged on the exact figures: 79.96% is shown as 79.9, and is not 80.
            "meets_minimum": row.meets_minimum, "allowance_jp": row.allowance_jp,
            "verdict": row.verdict, "eligible": row.eligible, "reason": row.reason}


def _result(unit: CompetencyUnit, assessment: Assessment | None) -> dict:
    found = assessment is not None
    return {"unit_id": unit.id, "code": unit.code, "title": unit.title, "jp": unit.jp,
            "required": unit.required,
            "result": assessment.result if found else None,
            "score": assessment.score if found else None,
            "pre_test": assessment.pre_test if found else None,
            "post_test": assessment.post_test if found else None,
            "assessed_on": assessment.assessed_on if found else None}
