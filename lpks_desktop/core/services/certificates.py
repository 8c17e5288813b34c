"""Issuing, reissuing and revoking certificates, and the lists that show them.

Issuing takes numbers from the institution's sequence inside one transaction for the
whole batch: either every certificate of the batch is written, numbered and signed, or
none is and no number is used up. Each certificate stores a snapshot of what it
certifies and its signed QR payload, so it prints the same however the records change
later. Nothing is deleted: a revoked or replaced certificate keeps its row and number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

import peewee

from ..actor import current_actor
from ..auth.permissions import Action, require
from ..errors import UserError
from ..i18n import Text
from ..models import (
    Certificate,
    CertificateStatus,
    Enrollment,
    Institution,
    Participant,
    Program,
    TrainingClass,
)
from ..models.fields import utcnow
from ..signing import claim_of, encode_payload, institution_key
from . import audit
from .certificate_numbers import format_certificate_number, lock_sequence, next_sequence_value
from .eligibility import Eligibility, class_eligibility

STATUS_LABELS: dict[str, Text] = {
    CertificateStatus.VALID: Text("berlaku", "valid"),
    CertificateStatus.REVOKED: Text("dicabut", "revoked"),
    CertificateStatus.REPLACED: Text("diganti", "replaced"),
}
REASON_MAX = 500


@dataclass(frozen=True)
class CertificateRow:
    id: int
    number: str
    status: str
    enrollment_id: int
    participant_id: int
    participant_name: str  # as printed: the snapshot taken at issue
    nik: str
    class_id: int
    class_code: str
    program_name: str
    institution_id: int
    issued_on: dt.date
    issued_place: str
    start_date: dt.date | None
    end_date: dt.date | None
    total_jp: int | None
    key_id: str
    payload: str
    revoked_at: dt.datetime | None
    revoke_reason: str
    replaces_number: str
    replaced_by_number: str
    printed_at: dt.datetime | None
    printed_count: int
    year: int = 0
    sequence_value: int = 0
    institution_code: str = ""

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID

    @property
    def status_label(self) -> Text:
        return STATUS_LABELS.get(self.status, Text(self.status, self.status))


@dataclass
class IssueOutcome:
    issued: list[CertificateRow] = field(default_factory=list)
    skipped: list[tuple[int, Text]] = field(default_factory=list)  # (enrollment id, why)


# --- reading ------------------------------------------------------------------------------------

def _query():
    return (Certificate
            .select(Certificate, Enrollment.id, Enrollment.training_class, TrainingClass.id,
                    TrainingClass.code,
                    TrainingClass.start_date, TrainingClass.end_date, Participant.id,
                    Participant.full_name, Participant.nik, Program.id, Program.name, Program.total_jp,
                    Institution.id, Institution.code)
            .join(Enrollment, on=(Certificate.enrollment == Enrollment.id))
            .join(Participant, on=(Enrollment.participant == Participant.id))
            .switch(Enrollment)
            .join(TrainingClass, on=(Enrollment.training_class == TrainingClass.id))
            .join(Program, on=(TrainingClass.program == Program.id))
            .switch(Certificate)
            .join(Institution, on=(Certificate.institution == Institution.id)))


def _rows(query) -> list[CertificateRow]:
    records = list(query)
    ids = [r.id for r in records]
    replaces_ids = [r.replaces_id for r in records if r.replaces_id]
    replaces = dict(Certificate.select(Certificate.id, Certificate.number)
                    .where(Certificate.id.in_(replaces_ids)).tuples()) if replaces_ids else {}
    replaced_by = {old: number for old, number in
                   Certificate.select(Certificate.replaces, Certificate.number)
                   .where(Certificate.replaces.in_(ids)).tuples()} if ids else {}
    return [_row(r, replaces, replaced_by) for r in records]


def _row(r: Certificate, replaces: dict, replaced_by: dict) -> CertificateRow:
    enrollment = r.enrollment
    klass = enrollment.training_class
    person = enrollment.participant
    # Certificates issued before schema 4 have no snapshot: they show today's records.
    return CertificateRow(
        id=r.id, number=r.number, status=r.status, enrollment_id=r.enrollment_id,
        participant_id=person.id, participant_name=r.participant_name or person.full_name,
        nik=person.nik or "", class_id=klass.id, class_code=klass.code,
        program_name=r.program_name or klass.program.name, institution_id=r.institution_id,
        issued_on=r.issued_on, issued_place=r.issued_place,
        start_date=r.start_date or klass.start_date, end_date=r.end_date or klass.end_date,
        total_jp=r.total_jp if r.total_jp is not None else klass.program.total_jp,
        key_id=r.key_id, payload=r.payload, revoked_at=r.revoked_at,
        revoke_reason=r.revoke_reason, replaces_number=replaces.get(r.replaces_id, ""),
        replaced_by_number=replaced_by.get(r.id, ""), printed_at=r.printed_at,
        printed_count=r.printed_count or 0, year=r.year, sequence_value=r.sequence_value,
        institution_code=r.institution.code)


def _by_name(row: CertificateRow) -> tuple:
    return row.participant_name.casefold(), row.issued_on, row.id


def class_certificates(class_id: int, *, include_inactive: bool = True) -> list[CertificateRow]:
    """The class's certificates by name (a reissue after the one it replaced); revoked and
    replaced ones too unless ``include_inactive`` is False."""
    require(Action.VIEW_CLASS, class_id=class_id)
    query = _query().where(Enrollment.training_class == class_id)
    if not include_inactive:
        query = query.where(Certificate.status == CertificateStatus.VALID)
    return sorted(_rows(query), key=_by_name)


def certificate(certificate_id: int) -> CertificateRow:
    """One certificate; raises ``Certificate.DoesNotExist``."""
    rows = _rows(_query().where(Certificate.id == certificate_id))
    if not rows:
        raise Certificate.DoesNotExist(f"no certificate with id {certificate_id}")
    return rows[0]


def certificate_register(*, institution_id: int | None = None, year: int | None = None,
                         status: str | None = None, search: str = "") -> list[CertificateRow]:
    """The register (buku induk): every certificate by institution, year and sequence value.
    ``search`` matches the number, the printed or current name, the NIK or the class code,
    ignoring case."""
    query = _query()
    if institution_id is not None:
        query = query.where(Certificate.institution == institution_id)
    if year is not None:
        query = query.where(Certificate.year == year)
    if status:
        query = query.where(Certificate.status == status)
    query = query.order_by(Institution.code, Certificate.year, Certificate.sequence_value,
                           Certificate.id)
    rows = _rows(query)
    needle = search.strip().casefold()
    if needle:
        rows = [r for r in rows if needle in r.number.casefold()
                or needle in r.participant_name.casefold() or needle in r.nik
                or needle in r.class_code.casefold()]
    return rows


def certificates_to_print(class_id: int, certificate_ids: Iterable[int] | None = None
                          ) -> list[CertificateRow]:
    """The valid certificates of the class (all, or ``certificate_ids`` in the class's order).
    Raises ``UserError`` for one that is revoked or replaced, not of this class, or when
    there is nothing to print."""
    rows = class_certificates(class_id)
    klass = TrainingClass.get_by_id(class_id)
    if certificate_ids is None:
        chosen = [r for r in rows if r.is_valid]
        if not chosen:
            raise UserError(Text(
                "Kelas {klass} belum memiliki sertifikat yang berlaku untuk dicetak. Terbitkan "
                "dahulu untuk peserta yang memenuhi syarat.",
                "Class {klass} has no valid certificates to print. Issue them first to the "
                "participants who qualify.", {"klass": klass.code}))
        return chosen
    wanted = list(dict.fromkeys(certificate_ids))
    by_id = {r.id: r for r in rows}
    outside = [i for i in wanted if i not in by_id]
    if outside:
        numbers = [n for (n,) in Certificate.select(Certificate.number)
                   .where(Certificate.id.in_(outside)).tuples()] or [str(i) for i in outside]
        raise UserError(Text(
            "Sertifikat {numbers} bukan milik kelas {klass}.",
            "Certificate {numbers} does not belong to class {klass}.",
            {"numbers": ", ".join(numbers), "klass": klass.code}))
    inactive = [by_id[i] for i in wanted if not by_id[i].is_valid]
    if inactive:
        raise UserError(_not_printable(inactive))
    chosen_ids = set(wanted)
    return [r for r in rows if r.id in chosen_ids]


def _not_printable(rows: Sequence[CertificateRow]) -> Text:
    params = {"list_id": ", ".join(f"{r.number} ({STATUS_LABELS[r.status].id})" for r in rows),
              "list_en": ", ".join(f"{r.number} ({STATUS_LABELS[r.status].en})" for r in rows)}
    return Text(
        "Sertifikat yang dicabut atau diganti tidak dapat dicetak: {list_id}. Cetak sertifikat "
        "penggantinya.",
        "Revoked or replaced certificates cannot be printed: {list_en}. Print the certificate "
        "that replaced it.", params)


# --- issuing ------------------------------------------------------------------------------------

def issue_certificates(store, class_id: int, *, enrollment_ids: Collection[int] | None = None,
                       issued_on: dt.date | None = None, place: str | None = None,
                       today: dt.date | None = None) -> IssueOutcome:
    """Number, snapshot and sign a certificate for every eligible person of the class that has
    no valid one (or only for ``enrollment_ids``), all in one transaction.

    Those not eligible or already holding a certificate are in ``skipped`` with the reason.
    Raises ``UserError`` and writes nothing when nobody can get one, or when the pattern
    gives a number that exists already.
    """
    require(Action.ISSUE_CERTIFICATES, class_id=class_id)
    today = today or dt.date.today()
    issued_on = issued_on or today
    klass = (TrainingClass.select(TrainingClass, Program, Institution)
             .join(Program, on=(TrainingClass.program == Program.id))
             .switch(TrainingClass)
             .join(Institution, on=(TrainingClass.institution == Institution.id))
             .where(TrainingClass.id == class_id).get())
    people = class_eligibility(class_id, today=today)
    chosen, skipped = _choose(klass, people, enrollment_ids)
    if not chosen:
        raise UserError(_nobody(klass.code, people, skipped))
    institution = klass.institution
    place = institution.city if place is None else place.strip()
    names = dict(Participant.select(Participant.id, Participant.full_name)
                 .where(Participant.id.in_([p.participant_id for p in chosen])).tuples())
    issued_ids = []
    with store.transaction():
        key = _signing_key(store, institution.id)
        # Another PC may have issued to the same people since we looked: once we hold the
        # sequence row, its certificates are committed and visible.
        lock_sequence(institution.id, issued_on.year)
        taken = _valid_holders([p.enrollment_id for p in chosen])
        if taken:
            chosen = [p for p in chosen if p.enrollment_id not in taken]
            skipped += [(eid, _already(number)) for eid, number in taken.items()]
            if not chosen:
                raise UserError(_nobody(klass.code, people, skipped))
        first = next_sequence_value(institution.id, issued_on.year, count=len(chosen))
        numbers = [_number(institution, klass.program, first + i, issued_on)
                   for i in range(len(chosen))]
        _refuse_existing(numbers)
        for person, seq, number in zip(chosen, range(first, first + len(chosen)), numbers):
            record = Certificate(
                enrollment=person.enrollment_id, institution=institution.id, number=number,
                year=issued_on.year, sequence_value=seq, issued_on=issued_on, issued_place=place,
                status=CertificateStatus.VALID, participant_name=names[person.participant_id],
                program_name=klass.program.name, start_date=klass.start_date,
                end_date=klass.end_date, total_jp=klass.program.total_jp)
            _sign(record, key)
            record.save(force_insert=True)
            audit.record("issue", "certificate", record.id, audit.field_values(record))
            issued_ids.append(record.id)
    issued = _rows(_query().where(Certificate.id.in_(issued_ids))) if issued_ids else []
    return IssueOutcome(issued=sorted(issued, key=_by_name), skipped=skipped)


def _signing_key(store, institution_id: int):
    """The institution's key, taken first thing in the issuing transaction, so that a refused
    issue leaves no key behind either.

    Making the first key locks the institution row FOR NO KEY UPDATE (PostgreSQL) until
    commit. That lock does not conflict with the KEY SHARE locks that inserting certificates
    and sequence rows take, so a PC holding the sequence row never waits for it; a PC that
    waits for it holds nothing yet. A stronger lock here would deadlock PCs issuing at once
    (``tests/core/test_certificate_concurrency.py`` shows it).
    """
    return institution_key(store, institution_id)


def _sign(record: Certificate, key) -> None:
    record.payload = encode_payload(claim_of(record, key.key_id), key.private_key)
    record.key_id = key.key_id


def _choose(klass, people: list[Eligibility], enrollment_ids
            ) -> tuple[list[Eligibility], list[tuple[int, Text]]]:
    by_id = {p.enrollment_id: p for p in people}
    wanted = list(by_id) if enrollment_ids is None else list(dict.fromkeys(enrollment_ids))
    chosen, skipped = [], []
    for eid in wanted:
        person = by_id.get(eid)
        if person is None:
            skipped.append((eid, _not_in_class(eid, klass.code)))
        elif person.has_valid_certificate:
            skipped.append((eid, _already(person.certificate_number)))
        elif not person.eligible:
            skipped.append((eid, person.reasons_text()))
        else:
            chosen.append(person)
    return chosen, skipped


def _not_in_class(enrollment_id: int, class_code: str) -> Text:
    found = (Participant.select(Participant.full_name).join(Enrollment)
             .where(Enrollment.id == enrollment_id).scalar())
    return Text("{name} tidak terdaftar sebagai peserta kelas {klass}.",
                "{name} is not a participant attending class {klass}.",
                {"name": found or f"#{enrollment_id}", "klass": class_code})


def _already(number: str) -> Text:
    return Text("Sudah memiliki sertifikat {number}.", "Already holds certificate {number}.",
                {"number": number})


def _nobody(class_code: str, people: list[Eligibility], skipped: list[tuple[int, Text]]) -> Text:
    names = {p.enrollment_id: p.full_name for p in people}
    if not skipped:
        return Text("Kelas {klass} belum memiliki peserta; tidak ada sertifikat yang diterbitkan.",
                    "Class {klass} has no participants; no certificate was issued.",
                    {"klass": class_code})
    params: dict = {"klass": class_code}
    lines_id, lines_en = [], []
    for index, (eid, why) in enumerate(skipped):
        name_key = f"n{index}"
        params[name_key] = names.get(eid, f"#{eid}")
        keys = {k: f"w{index}_{k}" for k in why.params}
        params.update({keys[k]: v for k, v in why.params.items()})
        lines_id.append("{" + name_key + "}: " + _renamed(why.id, keys))
        lines_en.append("{" + name_key + "}: " + _renamed(why.en, keys))
    return Text(
        "Tidak ada sertifikat yang diterbitkan untuk kelas {klass}:\n" + "\n".join(lines_id),
        "No certificate was issued for class {klass}:\n" + "\n".join(lines_en),
        params)


def _renamed(template: str, keys: dict[str, str]) -> str:
    for old, new in keys.items():
        template = template.replace("{" + old + "}", "{" + new + "}")
    return template


def _valid_holders(enrollment_ids: list[int]) -> dict[int, str]:
    return dict(Certificate.select(Certificate.enrollment, Certificate.number)
                .where(Certificate.enrollment.in_(enrollment_ids),
                       Certificate.status == CertificateStatus.VALID).tuples())


def _number(institution: Institution, program: Program, seq: int, on: dt.date) -> str:
    number = format_certificate_number(
        institution.certificate_number_pattern, seq=seq, institution_code=institution.code,
        program_code=program.code, on=on)
    if len(number) > Certificate.number.max_length:
        raise UserError(Text(
            "Nomor sertifikat {number} lebih dari {max} karakter; perpendek pola nomor sertifikat "
            "lembaga {code}.",
            "Certificate number {number} is longer than {max} characters; shorten the "
            "certificate number pattern of institution {code}.",
            {"number": number, "max": Certificate.number.max_length, "code": institution.code}))
    return number


def _refuse_existing(numbers: list[str]) -> None:
    """A pattern without {year} or {institution} can give a number used before; refuse it
    before the unique key does, naming the number."""
    repeated = sorted({n for n in numbers if numbers.count(n) > 1})
    existing = [n for (n,) in Certificate.select(Certificate.number)
                .where(Certificate.number.in_(numbers)).tuples()]
    clash = sorted(set(existing) | set(repeated))
    if clash:
        raise UserError(Text(
            "Nomor sertifikat {numbers} sudah pernah dipakai; sebuah nomor tidak boleh dipakai "
            "dua kali. Tambahkan {{year}} dan {{institution}} ke pola nomor sertifikat lembaga. "
            "Tidak ada sertifikat yang diterbitkan.",
            "Certificate number {numbers} has been used before; a number is never used twice. "
            "Add {{year}} and {{institution}} to the institution's certificate number pattern. "
            "No certificate was issued.", {"numbers": ", ".join(clash)}))


def _reason_text(reason: str, action_id: str, action_en: str, number: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise UserError(Text(
            "Alasan wajib diisi untuk {action_id} sertifikat {number}.",
            "A reason is required to {action_en} certificate {number}.",
            {"action_id": action_id, "action_en": action_en, "number": number}))
    if len(text) > REASON_MAX:
        raise UserError(Text(
            "Alasan untuk sertifikat {number} terlalu panjang ({length} karakter, paling banyak "
            "{max}).",
            "The reason for certificate {number} is too long ({length} characters, at most {max}).",
            {"number": number, "length": len(text), "max": REASON_MAX}))
    return text


def _must_be_valid(record: Certificate, action_id: str, action_en: str) -> None:
    if record.status != CertificateStatus.VALID:
        label = STATUS_LABELS[record.status]
        raise UserError(Text(
            "Sertifikat {number} sudah {status_id}; hanya sertifikat yang berlaku yang dapat "
            "{action_id}.",
            "Certificate {number} is already {status_en}; only a valid certificate can be "
            "{action_en}.",
            {"number": record.number, "status_id": label.id, "status_en": label.en,
             "action_id": action_id, "action_en": action_en}))


def _no_valid_certificate_besides(revoked: Certificate) -> None:
    holder = (Certificate.select(Certificate.number)
              .where(Certificate.enrollment == revoked.enrollment_id,
                     Certificate.status == CertificateStatus.VALID).first())
    if holder is not None:
        raise UserError(Text(
            "Sertifikat {number} dicabut, tetapi peserta ini sudah memegang sertifikat {valid} yang "
            "berlaku; tidak diterbitkan ulang.",
            "Certificate {number} was revoked, but this participant already holds the valid "
            "certificate {valid}; nothing was reissued.",
            {"number": revoked.number, "valid": holder.number}))


def reissue_certificate(store, certificate_id: int, reason: str, *,
                        issued_on: dt.date | None = None, today: dt.date | None = None
                        ) -> CertificateRow:
    """Replace a certificate by a new one under a new number, with a snapshot of today's
    records (a corrected name, say). A valid one becomes ``replaced`` and keeps the reason; a
    revoked one stays revoked (issuing again after a revocation is only ever done this way, on
    purpose, with a reason)."""
    require(Action.ISSUE_CERTIFICATES)
    today = today or dt.date.today()
    issued_on = issued_on or today
    with store.transaction():
        found = Certificate.get_or_none(Certificate.id == certificate_id)
        key = _signing_key(store, found.institution_id) if found else None
        old = _locked(store, certificate_id)
        text = _reason_text(reason, "menerbitkan ulang", "reissue", old.number)
        if old.status != CertificateStatus.REVOKED:
            _must_be_valid(old, "diterbitkan ulang", "reissued")
        else:
            _no_valid_certificate_besides(old)
        enrollment = Enrollment.get_by_id(old.enrollment_id)
        klass = (TrainingClass.select(TrainingClass, Program).join(Program)
                 .where(TrainingClass.id == enrollment.training_class_id).get())
        institution = Institution.get_by_id(old.institution_id)
        person = Participant.get_by_id(enrollment.participant_id)
        seq = next_sequence_value(institution.id, issued_on.year)
        number = _number(institution, klass.program, seq, issued_on)
        _refuse_existing([number])
        if old.status == CertificateStatus.VALID:
            before = audit.field_values(old)
            old.status = CertificateStatus.REPLACED
            old.revoked_at = utcnow()
            old.revoke_reason = text
            old.save()
            audit.record("replace", "certificate", old.id, audit.diff(before, audit.field_values(old)))
        new = Certificate(
            enrollment=enrollment.id, institution=institution.id, number=number,
            year=issued_on.year, sequence_value=seq, issued_on=issued_on,
            issued_place=old.issued_place or institution.city, status=CertificateStatus.VALID,
            participant_name=person.full_name, program_name=klass.program.name,
            start_date=klass.start_date, end_date=klass.end_date,
            total_jp=klass.program.total_jp, replaces=old.id)
        _sign(new, key)
        new.save(force_insert=True)
        audit.record("issue", "certificate", new.id, {**audit.field_values(new), "reason": text})
    return certificate(new.id)


def revoke_certificate(store, certificate_id: int, reason: str) -> CertificateRow:
    """Mark a valid certificate revoked, with the reason; its number stays used."""
    require(Action.REVOKE_CERTIFICATES)
    with store.transaction():
        record = _locked(store, certificate_id)
        text = _reason_text(reason, "mencabut", "revoke", record.number)
        _must_be_valid(record, "dicabut", "revoked")
        before = audit.field_values(record)
        record.status = CertificateStatus.REVOKED
        record.revoked_at = utcnow()
        record.revoke_reason = text
        record.save()
        audit.record("revoke", "certificate", record.id,
                     audit.diff(before, audit.field_values(record)))
    return certificate(certificate_id)


def _locked(store, certificate_id: int) -> Certificate:
    """The certificate, locked against a PC changing it at the same moment (PostgreSQL; SQLite's
    write transaction already holds everyone else off)."""
    query = Certificate.select().where(Certificate.id == certificate_id)
    if isinstance(store.db, peewee.PostgresqlDatabase):
        query = query.for_update()
    record = query.first()
    if record is None:
        raise UserError(Text("Sertifikat dengan id {id} tidak ada (mungkin sudah dihapus).",
                             "There is no certificate with id {id}.", {"id": certificate_id}))
    return record


def mark_printed(store, certificate_ids: Iterable[int]) -> None:
    """Note that these certificates were printed (again): printed_at now, printed_count + 1."""
    require(Action.PRINT)
    ids = list(dict.fromkeys(certificate_ids))
    if not ids:
        return
    now = utcnow()
    with store.transaction():
        (Certificate.update(printed_at=now, printed_count=Certificate.printed_count + 1,
                            updated_at=now, row_version=Certificate.row_version + 1,
                            updated_by=current_actor())
         .where(Certificate.id.in_(ids)).execute())
        audit.record("print", "certificate", None, {"ids": ids, "printed_at": str(now)})


__all__ = [
    "CertificateRow", "IssueOutcome", "STATUS_LABELS", "certificate", "certificate_register",
    "certificates_to_print", "class_certificates", "issue_certificates", "mark_printed",
    "reissue_certificate", "revoke_certificate",
]
