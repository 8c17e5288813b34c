"""Trainers (instruktur), the units they may teach and their own certifications."""

from __future__ import annotations

from datetime import date, timedelta

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import Institution, Trainer, TrainerCertification, TrainerCompetency
from ..validation import check_nik, check_unit_code, format_date_en, format_date_id, parse_date
from ..validation.problems import error, is_blank, warning
from .listing import Listing, ListRequest
from .participants import check_sex, person_condition
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
    decimal_amount,
    only_archived,
    optional_email,
    phone_number,
    reference,
    subquery_column,
    unlabelled,
)

# How far ahead an expiring certification is worth a warning: enough time to book a renewal.
WARN_DAYS = 60


class TrainerListing(Listing):
    """Trainers, searched by name, phone digits or NIK.

    Filters: ``institution_id``, ``archived``, ``expiring_within_days`` (N: has a
    certification expiring within N days of ``today`` or already expired), ``today``.
    """

    model = Trainer
    keys = ("full_name", "institution", "phone", "units", "next_expiry", "archived")
    default_sort = "full_name"

    def columns(self) -> dict[str, peewee.Node]:
        units = (TrainerCompetency.select(peewee.fn.COUNT(TrainerCompetency.id))
                 .where(TrainerCompetency.trainer == Trainer.id))
        expiry = (TrainerCertification.select(peewee.fn.MIN(TrainerCertification.expires_on))
                  .where(TrainerCertification.trainer == Trainer.id))
        return {"full_name": Trainer.full_name, "institution": Institution.code,
                "phone": Trainer.phone, "units": subquery_column(units),
                "next_expiry": subquery_column(expiry, TrainerCertification.expires_on.python_value),
                "archived": Trainer.archived}

    def from_clause(self, query):
        return query.join(Institution)

    def apply_filters(self, query, request: ListRequest):
        filters = request.filters
        query = only_archived(query, Trainer, filters)
        if filters.get("expiring_within_days") is not None:
            limit = (filters.get("today") or date.today()) + timedelta(
                days=int(filters["expiring_within_days"]))
            expiring = (TrainerCertification.select(TrainerCertification.trainer)
                        .where(TrainerCertification.expires_on <= limit))
            query = query.where(Trainer.id.in_(expiring))
        return query

    def apply_search(self, query, text: str):
        return query.where(person_condition(text, Trainer.full_name, Trainer.nik, Trainer.phone))


EXPIRED = Text(
    'Sertifikat "{name}" sudah kedaluwarsa sejak {date_id}.',
    'The certificate "{name}" expired on {date_en}.',
)
EXPIRING = Text(
    'Sertifikat "{name}" akan kedaluwarsa pada {date_id} ({days} hari lagi).',
    'The certificate "{name}" expires on {date_en} (in {days} days).',
)


def expiry_text(name: str, expires_on: date | None, today: date) -> Text | None:
    """What to tell about a certification's expiry, or None when it is far off (or never)."""
    if expires_on is None:
        return None
    dates = {"name": name, "date_id": format_date_id(expires_on),
             "date_en": format_date_en(expires_on)}
    if expires_on < today:
        return EXPIRED.format(**dates)
    days = (expires_on - today).days
    return EXPIRING.format(days=days, **dates) if days <= WARN_DAYS else None


def certification_warnings(trainer_id: int, today: date | None = None) -> list[Text]:
    """Expired certifications and those expiring within 60 days, soonest first."""
    today = today or date.today()
    query = (TrainerCertification.select()
             .where(TrainerCertification.trainer == trainer_id,
                    TrainerCertification.expires_on <= today + timedelta(days=WARN_DAYS))
             .order_by(TrainerCertification.expires_on, TrainerCertification.id))
    return [expiry_text(c.name, c.expires_on, today) for c in query]


LABELS = labels("institution", "full_name", "nik", "sex", "phone", "email", "address",
                rate_per_jp=("Honor per JP", "Fee per JP"))
COMPETENCY_LABELS = labels("unit_code", title=SHARED_LABELS["unit_title"])
CERTIFICATION_LABELS = labels(
    name=("Nama sertifikat", "Certificate name"),
    number=("Nomor sertifikat", "Certificate number"),
    issuer=("Penerbit", "Issuer"),
    issued_on=("Tanggal terbit", "Date issued"),
    expires_on=("Berlaku sampai", "Valid until"),
)
EXPIRES_BEFORE_ISSUE = Text(
    "{label_id}: {expires_id} lebih awal dari tanggal terbit {issued_id}.",
    "{label_en}: {expires_en} is before the date issued, {issued_en}.",
)


def save_trainer(store, values: dict, competencies: list[dict], certifications: list[dict],
                 instance: Trainer | None = None, *, today: date | None = None):
    """Check and save a trainer with its competencies and certifications (each list replacing
    the stored one; rows with ``id`` update those rows); returns ``(trainer, warnings)``.

    Expired or soon-expiring certifications come back as warnings.
    """
    require(Action.EDIT_RECORDS)
    trainer = editable_copy(Trainer, instance)
    form = Form(trainer, values, LABELS)
    form.check("institution", reference, model=Institution)
    form.text("full_name", required=True, collapse=True)
    sex = form.check("sex", check_sex, required=False)
    if is_blank(form.raw("nik")):
        form.cleaned["nik"] = None  # optional for trainers, and NULL keeps it out of the unique index
    elif (nik := form.check("nik", unlabelled(check_nik), sex=sex)) and (
            other := form.clash(Trainer, Trainer.nik == nik)):
        form.refuse_taken("nik", nik, f'"{other.full_name}"')
    form.check("phone", phone_number)
    form.check("email", optional_email)
    form.text("address")
    form.check("rate_per_jp", decimal_amount)
    units = child_forms(TrainerCompetency.trainer, trainer, competencies, COMPETENCY_LABELS,
                        "competencies")
    for unit in units:
        unit.check("unit_code", unlabelled(check_unit_code))
        unit.text("title", collapse=True)
    refuse_repeats(units, "unit_code")
    certs = child_forms(TrainerCertification.trainer, trainer, certifications,
                        CERTIFICATION_LABELS, "certifications")
    for cert in certs:
        _check_certification(cert, today or date.today())
    warnings = form.finish(*units, *certs)
    with store.transaction():
        store.save(form.apply())
        replace_children(store, TrainerCompetency.trainer, trainer, child_rows(units),
                         unique="unit_code")
        replace_children(store, TrainerCertification.trainer, trainer, child_rows(certs))
    return trainer, warnings


def _check_certification(form: Form, today: date) -> None:
    name = form.text("name", required=True, collapse=True)
    form.text("number")
    form.text("issuer", collapse=True)
    issued = form.check("issued_on", unlabelled(parse_date), today=today)
    expires = form.check("expires_on", unlabelled(parse_date), today=today)
    field = form.prefix + "expires_on"
    if issued and expires and expires < issued:
        label_id, label_en = form.labels["expires_on"]
        form.add(error(field, "expires_before_issue", EXPIRES_BEFORE_ISSUE.format(
            label_id=label_id, label_en=label_en,
            expires_id=format_date_id(expires), expires_en=format_date_en(expires),
            issued_id=format_date_id(issued), issued_en=format_date_en(issued))))
    elif name and (text := expiry_text(name, expires, today)):
        form.add(warning(field, "certification_expiring", text))
