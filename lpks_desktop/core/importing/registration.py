"""Registering imported people into a class, through the enrollments service when there is one.

The service owns the rules of registering (a closed class, a taken redeem
code, clashes). Builds without it get the same rows written here: an
enrollment with status registered and its first status-history entry.
"""

from __future__ import annotations

import importlib

from ..bulk import bulk_insert
from ..errors import UserError
from ..i18n import Text
from ..models import Enrollment, EnrollmentStatus, EnrollmentStatusChange
from ..validation import Problem
from .ids import reserve_ids

REGISTRATION_REFUSED = Text(
    "Baris {row} (NIK {nik}) tidak dapat didaftarkan ke kelas: {message_id} Tidak ada yang diimpor.",
    "Row {row} (NIK {nik}) cannot be registered into the class: {message_en} Nothing was imported.",
)


def enrollments_service():
    """``core.services.enrollments`` when this build has it, else None."""
    try:
        module = importlib.import_module("lpks_desktop.core.services.enrollments")
    except ImportError:
        return None
    return module if callable(getattr(module, "register", None)) else None


def register_all(store, plan, ids: dict[int, int], now, actor, wrote, reason: str = ""):
    """Register ``plan.to_register`` (``ids``: sheet row -> participant id) into the plan's class,
    inside the caller's transaction; returns (how: "service" or "direct", warnings)."""
    reason = reason or f"Impor dari {plan.path.name}"
    service = enrollments_service()
    if service is not None:
        from ..services.records import ValidationFailed

        warnings: list[Problem] = []
        for planned in plan.to_register:
            try:
                _, found = service.register(store, ids[planned.row], plan.class_id, reason=reason,
                                            prakerja_redeem_code=planned.redeem_code)
            except ValidationFailed as exc:
                first = exc.errors[0] if exc.errors else exc
                raise UserError(REGISTRATION_REFUSED.format(
                    row=planned.row, nik=planned.nik, message_id=_said(first, "id"),
                    message_en=_said(first, "en"))) from exc
            except UserError as exc:
                raise UserError(REGISTRATION_REFUSED.format(
                    row=planned.row, nik=planned.nik, message_id=exc.render("id"),
                    message_en=exc.render("en"))) from exc
            warnings.extend(found or ())
            wrote(1)
        return "service", warnings
    enrollment_ids = reserve_ids(store.db, Enrollment, len(plan.to_register))
    change_ids = reserve_ids(store.db, EnrollmentStatusChange, len(plan.to_register))
    bookkeeping = dict(created_at=now, created_by=actor, updated_at=now, updated_by=actor, row_version=1)
    enrollments, changes = [], []
    for planned, enrollment_id, change_id in zip(plan.to_register, enrollment_ids, change_ids):
        enrollments.append(dict(
            bookkeeping, id=enrollment_id, training_class=plan.class_id, participant=ids[planned.row],
            status=EnrollmentStatus.REGISTERED, registered_at=now, reserve_rank=None,
            prakerja_redeem_code=planned.redeem_code, prakerja_redeemed_at=None))
        changes.append(dict(bookkeeping, id=change_id, enrollment=enrollment_id, old_status=None,
                            new_status=EnrollmentStatus.REGISTERED, changed_at=now, reason=reason))
    bulk_insert(Enrollment, enrollments, on_rows=wrote)
    bulk_insert(EnrollmentStatusChange, changes)
    return "direct", []


def _said(problem_or_error, lang: str) -> str:
    if isinstance(problem_or_error, Problem):
        return problem_or_error.message(lang)
    return problem_or_error.render(lang)
