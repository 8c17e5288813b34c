"""Who has earned a certificate in a class, and for everyone else why not.

The program's rules decide: (1) attendance at or above its minimum, judged only once no
session remains (skipped when the minimum is 0); (2) competency results: the units
marked required (default), all units, or none must be K; (3) an optional minimum score
that every unit the rule counts must reach. Each unmet condition is one ``Reason``
naming the unit codes or the percentage, so the clerk knows what to fix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import (
    Assessment,
    Certificate,
    CertificateStatus,
    CertificateUnitsRule,
    CompetencyUnit,
    Program,
    Result,
    TrainingClass,
)
from .attendance import ATTENDING
from .attendance_rates import ParticipantRate, class_rates, format_pct

REASON_CODES = ("attendance_below", "class_not_finished", "no_attendance", "unit_not_competent",
                "unit_not_assessed", "score_below", "score_missing", "certificate_revoked")

REASON_TEXTS: dict[str, Text] = {
    "attendance_below": Text(
        "Kehadiran {pct_id}% di bawah minimal {min_pct}%.",
        "Attendance {pct_en}% is below the minimum of {min_pct}%."),
    "class_not_finished": Text(
        "Kelas belum selesai: masih ada {jp} JP lagi.",
        "Class not finished: {jp} JP still to come."),
    "no_attendance": Text(
        "Belum ada kehadiran yang tercatat.",
        "No attendance recorded yet."),
    "unit_not_competent": Text(
        "Belum kompeten (BK) pada unit {units}.",
        "Not yet competent (BK) in {units}."),
    "unit_not_assessed": Text(
        "Belum dinilai pada unit {units}.",
        "Not assessed in {units}."),
    "score_below": Text(
        "Nilai di bawah minimal {min_score_id}: {units_id}.",
        "Score below the minimum of {min_score_en}: {units_en}."),
    "score_missing": Text(
        "Nilai belum diisi (minimal {min_score_id}) pada unit {units}.",
        "No score yet (minimum {min_score_en}) in {units}."),
    "certificate_revoked": Text(
        "Sertifikat {number} dicabut ({reason}); sertifikat baru hanya dengan menerbitkan ulang "
        "sertifikat itu secara sengaja.",
        "Certificate {number} was revoked ({reason}); a new one only by deliberately reissuing "
        "that certificate."),
}


@dataclass(frozen=True)
class Reason:
    code: str  # one of REASON_CODES
    text: Text


@dataclass(frozen=True)
class Eligibility:
    enrollment_id: int
    participant_id: int
    number: int  # as on the attendance and assessment grids
    full_name: str
    nik: str
    status: str
    attendance_pct: Decimal | None
    min_pct: int
    units_competent: int  # among the units the rule counts
    units_counted: int
    eligible: bool
    reasons: tuple[Reason, ...]
    certificate_id: int | None  # the valid certificate, else the latest revoked one
    certificate_number: str
    certificate_status: str  # "" when none was ever issued

    @property
    def has_valid_certificate(self) -> bool:
        return self.certificate_status == CertificateStatus.VALID

    def reasons_text(self) -> Text:
        """All reasons in one line, for lists and refusals."""
        return join_reasons(self.reasons)


def join_reasons(reasons) -> Text:
    if not reasons:
        return Text("", "")
    params: dict = {}
    id_parts, en_parts = [], []
    for index, reason in enumerate(reasons):
        # Each reason's own placeholders are renamed so that two reasons never share a name.
        keys = {k: f"r{index}_{k}" for k in reason.text.params}
        id_parts.append(_renamed(reason.text.id, keys))
        en_parts.append(_renamed(reason.text.en, keys))
        params.update({keys[k]: v for k, v in reason.text.params.items()})
    return Text(" ".join(id_parts), " ".join(en_parts), params)


def _renamed(template: str, keys: dict[str, str]) -> str:
    for old, new in keys.items():
        template = template.replace("{" + old + "}", "{" + new + "}")
    return template


def format_score(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}".rstrip("0")
    return text.replace(".", ",") if lang == "id" else text


def counted_units(rule: str, units: list[CompetencyUnit]) -> list[CompetencyUnit]:
    """The units whose results the rule looks at, in the program's order."""
    if rule == CertificateUnitsRule.ALL:
        return list(units)
    if rule == CertificateUnitsRule.NONE:
        return []
    return [u for u in units if u.required]


def class_eligibility(class_id: int, *, today: dt.date | None = None) -> list[Eligibility]:
    """Everyone attending the class (passed selection, enrolled or completed), numbered as on
    the grids, with whether they have earned a certificate and why not. Raises
    ``TrainingClass.DoesNotExist``."""
    require(Action.VIEW_CLASS, class_id=class_id)
    klass = (TrainingClass.select(TrainingClass, Program).join(Program)
             .where(TrainingClass.id == class_id).get())
    program = klass.program
    rates = class_rates(class_id, today=today)
    units = list(CompetencyUnit.select().where(CompetencyUnit.program == program.id)
                 .order_by(CompetencyUnit.position, CompetencyUnit.id))
    counted = counted_units(program.certificate_units_rule, units)
    rows = [r for r in rates.rows if r.status in ATTENDING]
    enrollment_ids = [r.enrollment_id for r in rows]
    results: dict[tuple[int, int], tuple[str | None, Decimal | None]] = {}
    certificates: dict[int, tuple[int, str, str, str]] = {}
    if enrollment_ids:
        for eid, uid, result, score in (
                Assessment.select(Assessment.enrollment, Assessment.unit, Assessment.result,
                                  Assessment.score)
                .where(Assessment.enrollment.in_(enrollment_ids)).tuples()):
            results[eid, uid] = (result, Decimal(score) if score is not None else None)
        for cid, eid, number, status, revoke_reason in (
                Certificate.select(Certificate.id, Certificate.enrollment, Certificate.number,
                                   Certificate.status, Certificate.revoke_reason)
                .where(Certificate.enrollment.in_(enrollment_ids),
                       Certificate.status != CertificateStatus.REPLACED)
                .order_by(Certificate.id).tuples()):
            # A valid certificate wins over any revoked one; otherwise the latest shows.
            if certificates.get(eid, (0, "", "", ""))[2] != CertificateStatus.VALID:
                certificates[eid] = (cid, number, status, revoke_reason)
    min_score = (Decimal(program.certificate_min_score)
                 if program.certificate_min_score is not None else None)
    check_attendance = program.min_attendance_pct > 0
    return [_judge(row, counted, results, certificates.get(row.enrollment_id), min_score,
                   check_attendance, rates.remaining_sessions, rates.remaining_jp)
            for row in rows]


def _judge(row: ParticipantRate, counted: list[CompetencyUnit], results: dict,
           certificate: tuple[int, str, str, str] | None, min_score: Decimal | None,
           check_attendance: bool, remaining_sessions: int, remaining_jp: int) -> Eligibility:
    reasons: list[Reason] = []
    if check_attendance:
        if remaining_sessions:
            reasons.append(_reason("class_not_finished", jp=remaining_jp))
        elif not row.counted_jp:
            reasons.append(_reason("no_attendance"))
        elif not row.meets_minimum:
            reasons.append(_reason("attendance_below", pct_id=format_pct(row.rate_pct, "id"),
                                   pct_en=format_pct(row.rate_pct, "en"), min_pct=row.min_pct))
    not_competent, not_assessed, missing, below = [], [], [], []
    competent = 0
    for unit in counted:
        result, score = results.get((row.enrollment_id, unit.id), (None, None))
        if result == Result.COMPETENT:
            competent += 1
        elif result == Result.NOT_YET_COMPETENT:
            not_competent.append(unit.code)
        else:
            not_assessed.append(unit.code)
        if min_score is not None and result is not None:
            if score is None:
                missing.append(unit.code)
            elif score < min_score:
                below.append((unit.code, score))
    if not_competent:
        reasons.append(_reason("unit_not_competent", units=", ".join(not_competent)))
    if not_assessed:
        reasons.append(_reason("unit_not_assessed", units=", ".join(not_assessed)))
    if below:
        reasons.append(_reason(
            "score_below", min_score_id=format_score(min_score, "id"),
            min_score_en=format_score(min_score, "en"),
            units_id=", ".join(f"{code} ({format_score(s, 'id')})" for code, s in below),
            units_en=", ".join(f"{code} ({format_score(s, 'en')})" for code, s in below)))
    if missing:
        reasons.append(_reason("score_missing", units=", ".join(missing),
                               min_score_id=format_score(min_score, "id"),
                               min_score_en=format_score(min_score, "en")))
    cid, number, status, revoke_reason = certificate or (None, "", "", "")
    if status == CertificateStatus.REVOKED:
        # A revocation may be for forged papers: issuing again must be a deliberate act.
        reasons.append(_reason("certificate_revoked", number=number, reason=revoke_reason or "-"))
    return Eligibility(
        enrollment_id=row.enrollment_id, participant_id=row.participant_id, number=row.number,
        full_name=row.full_name, nik=row.nik, status=row.status, attendance_pct=row.rate_pct,
        min_pct=row.min_pct, units_competent=competent, units_counted=len(counted),
        eligible=not reasons, reasons=tuple(reasons), certificate_id=cid,
        certificate_number=number, certificate_status=status)


def _reason(code: str, **params) -> Reason:
    return Reason(code, REASON_TEXTS[code].format(**params))


__all__ = ["Eligibility", "REASON_CODES", "REASON_TEXTS", "Reason", "class_eligibility",
           "counted_units", "format_score", "join_reasons"]
