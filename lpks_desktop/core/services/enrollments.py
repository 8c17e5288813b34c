"""Registration, selection and enrollment: each registrant's way through a class, kept as a history.

A clerk moves a registrant along ``TRANSITIONS`` (registered → passed selection / reserve list /
not passed → enrolled → completed, or withdrew / dismissed). Any other move is a correction and
needs a written reason, as does a dismissal and taking a seat back ("not passed after all").
Every change writes an ``EnrollmentStatusChange`` (when, who, why) in the same transaction as
the enrollment itself, so "since when and why" always has an answer.

Seats: passed selection, enrolled and completed hold a seat (``classes.SEATED``); moving
someone into one beyond the class's capacity is refused. Two PCs seating people in one class at
once take turns (the class row is locked on PostgreSQL; SQLite lets one writer in at a time).
When a seat is given back, the first on the reserve list (lowest rank, then earliest
registration) is proposed to the caller, never moved automatically: the clerk still has to
reach that person.

A seat in a class whose sessions overlap another class the person holds a seat in is a hard
clash (``services.conflicts``): refused unless ``override_reason`` says why it is acceptable,
which is then kept as a ``ConflictOverride`` per pair of sessions, as schedule edits keep theirs.

Kartu Prakerja: the card number belongs to the person, the redeem code to one enrollment and
is single-use across the whole database; its redemption time is the proof of attendance.

Every refusal raises ``ValidationFailed`` with bilingual problems naming their field, and
writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import (
    ClassSession,
    ClassStatus,
    ConflictKind,
    ConflictOverride,
    Enrollment,
    EnrollmentStatus,
    EnrollmentStatusChange,
    Funding,
    Institution,
    Participant,
    SessionStatus,
    TrainingClass,
)
from ..models.fields import utcnow
from ..validation import Problem, format_date_en, format_date_id
from ..validation.problems import error, is_blank, warning
from .class_records import FUNDING_LABELS
from .class_records import STATUS_LABELS as CLASS_STATUS_LABELS
from .classes import SEATED, STATUS_ORDER
from .conflicts import PARTICIPANT, PARTICIPANT_PENDING, Conflict, SessionSlot, check_slots, when
from .participants import check_prakerja_card
from .records import ValidationFailed

S = EnrollmentStatus
STATUSES = S.values()

# For the command line and printed documents; the GUI words these through Qt Linguist,
# with the same words.
STATUS_LABELS = {
    S.REGISTERED: Text("Mendaftar", "Registered"),
    S.PASSED_SELECTION: Text("Lulus seleksi", "Passed selection"),
    S.RESERVE: Text("Cadangan", "Reserve list"),
    S.NOT_PASSED: Text("Tidak lulus seleksi", "Did not pass selection"),
    S.ENROLLED: Text("Mengikuti pelatihan", "In training"),
    S.COMPLETED: Text("Selesai", "Completed"),
    S.WITHDREW: Text("Mengundurkan diri", "Withdrew"),
    S.DISMISSED: Text("Dikeluarkan", "Dismissed"),
}

# The usual next steps from each status. Anything else is a correction (a reason is required).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.REGISTERED: (S.PASSED_SELECTION, S.RESERVE, S.NOT_PASSED, S.WITHDREW),
    S.RESERVE: (S.PASSED_SELECTION, S.NOT_PASSED, S.WITHDREW),
    S.PASSED_SELECTION: (S.ENROLLED, S.WITHDREW, S.NOT_PASSED),
    S.ENROLLED: (S.COMPLETED, S.WITHDREW, S.DISMISSED),
    S.NOT_PASSED: (),
    S.COMPLETED: (),
    S.WITHDREW: (),
    S.DISMISSED: (),
}
# Usual steps that still take something from the person: they must say why.
_REASON_NEEDED = {(S.ENROLLED, S.DISMISSED), (S.PASSED_SELECTION, S.NOT_PASSED)}
# Statuses a cancelled class cannot hold anyone in.
_ACTIVE = (S.REGISTERED, S.PASSED_SELECTION, S.RESERVE, S.ENROLLED, S.COMPLETED)
# Classes whose freed seats are worth offering to the reserve list.
_FILLING = (ClassStatus.PLANNED, ClassStatus.OPEN, ClassStatus.RUNNING)
_REDEEM_CODE = re.compile(r"[A-Z0-9]{4,40}", re.ASCII)
_CODE_SEPARATORS = re.compile(r"[\s\-]")
# A clock a few minutes fast on one PC is no reason to refuse a redemption time.
_CLOCK_SLACK = dt.timedelta(minutes=10)

LABELS = {
    "enrollment": ("Pendaftaran", "Enrollment"),
    "participant": ("Peserta", "Participant"),
    "training_class": ("Kelas", "Class"),
    "status": ("Status", "Status"),
    "reason": ("Alasan", "Reason"),
    "reserve_rank": ("Nomor urut cadangan", "Reserve rank"),
    "override_reason": ("Alasan menerima bentrok", "Reason to accept the clash"),
    "prakerja_card_number": ("Nomor kartu Prakerja", "Prakerja card number"),
    "prakerja_redeem_code": ("Kode redeem Prakerja", "Prakerja redeem code"),
    "prakerja_redeemed_at": ("Waktu redeem Prakerja", "Prakerja redemption time"),
}

NO_SUCH_ENROLLMENT = Text(
    "Pendaftaran ini tidak ada lagi (mungkin sudah dihapus); muat ulang.",
    "This enrollment no longer exists (perhaps deleted); reload.",
)
NO_SUCH_PARTICIPANT = Text(
    "Peserta ini tidak ada lagi (mungkin sudah dihapus); muat ulang.",
    "This participant no longer exists (perhaps deleted); reload.",
)
NO_SUCH_CLASS = Text(
    "Kelas ini tidak ada lagi (mungkin sudah dihapus); muat ulang.",
    "This class no longer exists (perhaps deleted); reload.",
)
PARTICIPANT_ARCHIVED = Text(
    "Peserta {name} sudah diarsipkan; pulihkan dulu dari arsip sebelum mendaftarkannya ke kelas.",
    "Participant {name} is archived; restore them from the archive before registering them.",
)
CLASS_CLOSED = Text(
    "Kelas {class_code} sudah {status_id}; tidak ada pendaftar baru yang dapat dicatat.",
    "Class {class_code} is {status_en}; no new registrant can be recorded.",
)
ALREADY_REGISTERED = Text(
    "{name} sudah terdaftar di kelas {class_code} (status: {status_id}, sejak {since_id}). "
    "Ubah statusnya saja.",
    "{name} is already registered in class {class_code} (status: {status_en}, since {since_en}). "
    "Change that status instead.",
)
UNKNOWN_STATUS = Text(
    'Status "{value}" tidak dikenal; pilih salah satu dari: {allowed}.',
    'The status "{value}" is not known; choose one of: {allowed}.',
)
SAME_STATUS = Text(
    "{name} di kelas {class_code} sudah berstatus {status_id}.",
    "{name}'s status in class {class_code} is already {status_en}.",
)
CORRECTION_NEEDS_REASON = Text(
    "Dari {old_id} ke {new_id} bukan langkah yang biasa; sebagai koreksi, tulis alasannya.",
    "Going from {old_en} to {new_en} is not a usual step; as a correction it needs a written "
    "reason.",
)
REASON_NEEDED = Text(
    "Tulis alasan mengapa status {name} menjadi {new_id}.",
    "Write why {name}'s status becomes {new_en}.",
)
CLASS_FULL = Text(
    "Kelas {class_code} sudah penuh: {taken} dari {capacity} kursi terisi. Kosongkan dulu kursi "
    "peserta lain, atau tambah kapasitas kelas.",
    "Class {class_code} is full: {taken} of {capacity} seats are taken. Free another "
    "participant's seat first, or raise the class's capacity.",
)
FULL_ON_REGISTRATION = Text(
    "Kelas {class_code} sudah penuh ({taken} dari {capacity} kursi terisi): pendaftar ini hanya "
    "dapat masuk daftar cadangan atau menunggu kursi kosong.",
    "Class {class_code} is already full ({taken} of {capacity} seats taken): this registrant can "
    "only go on the reserve list or wait for a free seat.",
)
CLASS_CANCELLED = Text(
    "Kelas {class_code} dibatalkan; tidak ada yang dapat ditempatkan di kelas ini lagi.",
    "Class {class_code} is cancelled; nobody can be placed in it any more.",
)
RANK_ONLY_FOR_RESERVE = Text(
    "{label_id} hanya untuk peserta yang masuk daftar cadangan.",
    "{label_en} is only for someone on the reserve list.",
)
RANK_NOT_POSITIVE = Text(
    '{label_id} harus bilangan bulat mulai 1, tertulis "{value}".',
    '{label_en} must be a whole number from 1, got "{value}".',
)
SEAT_CLASH = Text(
    "{name} sudah mendapat kursi di kelas {other_code} ({institution}), yang bertemu bersamaan "
    "dengan kelas {class_code} pada {count} pertemuan, pertama {when_id}. Tulis alasan bila "
    "tetap diterima di kedua kelas.",
    "{name} already holds a seat in class {other_code} ({institution}), which meets at the same "
    "time as class {class_code} in {count} session(s), first on {when_en}. Write a reason if both "
    "seats are meant to stand.",
)
PENDING_CLASH = Text(
    "{name} juga terdaftar di kelas {other_code} ({institution}), yang bertemu bersamaan dengan "
    "kelas {class_code} pada {count} pertemuan, pertama {when_id}; bila diterima di keduanya, "
    "jadwalnya bentrok.",
    "{name} is also registered in class {other_code} ({institution}), which meets at the same "
    "time as class {class_code} in {count} session(s), first on {when_en}; if accepted in both, "
    "the schedules clash.",
)
NO_CARD = Text(
    "Kelas {class_code} dibiayai Kartu Prakerja, tetapi nomor kartu Prakerja {name} belum dicatat.",
    "Class {class_code} is funded by Kartu Prakerja, but {name}'s Prakerja card number is not "
    "recorded yet.",
)
BAD_REDEEM_CODE = Text(
    '{label_id} "{value}" tidak sah: hanya huruf dan angka, 4 sampai 40 karakter.',
    '{label_en} "{value}" is not valid: letters and digits only, 4 to 40 characters.',
)
CODE_TAKEN = Text(
    'Kode redeem "{redeem_code}" sudah dipakai {holder} (NIK {nik}) di kelas {class_code}; satu kode '
    "hanya berlaku untuk satu pendaftaran.",
    'The redeem code "{redeem_code}" is already used by {holder} (NIK {nik}) in class {class_code}; a '
    "code is valid for one enrollment only.",
)
NOT_PRAKERJA_CLASS = Text(
    "Kelas {class_code} dibiayai {funding_id}, bukan Kartu Prakerja; periksa lagi kode redeem ini.",
    "Class {class_code} is funded by {funding_en}, not Kartu Prakerja; check this redeem code "
    "again.",
)
CODE_ALREADY_REDEEMED = Text(
    'Kode redeem "{redeem_code}" sudah ditukarkan pada {at_id}; bila kodenya salah, hapus dulu waktu '
    "redeem-nya.",
    'The redeem code "{redeem_code}" was redeemed on {at_en}; if the code is wrong, clear the '
    "redemption time first.",
)
REDEEMED_WITHOUT_CODE = Text(
    "Waktu redeem hanya dapat dicatat bila kode redeem-nya ada.",
    "A redemption time needs a redeem code.",
)
REDEEMED_IN_FUTURE = Text(
    "{label_id} tidak boleh di masa depan.",
    "{label_en} cannot be in the future.",
)
NOT_A_TIME = Text(
    '{label_id} harus tanggal dan jam, tertulis "{value}".',
    '{label_en} must be a date and time, got "{value}".',
)
REDEEMED_WITHOUT_SEAT = Text(
    "{name} berstatus {status_id} di kelas {class_code}, bukan peserta yang mendapat kursi; "
    "periksa lagi redeem ini.",
    "{name} is {status_en} in class {class_code}, not someone holding a seat; check this "
    "redemption again.",
)


# --- small helpers ------------------------------------------------------------------------------


def _problem(kind, field: str, code: str, text: Text, **params) -> Problem:
    label_id, label_en = LABELS[field]
    return kind(field, code, text.format(label_id=label_id, label_en=label_en, **params))


def _refuse(field: str, code: str, text: Text, **params):
    raise ValidationFailed([_problem(error, field, code, text, **params)])


def _raise_errors(problems: list[Problem]) -> tuple[Problem, ...]:
    if any(p.is_error for p in problems):
        raise ValidationFailed(problems)
    return tuple(problems)


def _label(status: str) -> Text:
    return STATUS_LABELS.get(status, Text(status, status))


def _status_params(prefix: str, status: str) -> dict[str, str]:
    label = _label(status)
    return {f"{prefix}_id": label.id.lower(), f"{prefix}_en": label.en.lower()}


def _local_date(moment: dt.datetime) -> dt.date:
    """Stored times are UTC; people read their own calendar day."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


def _day_params(prefix: str, moment: dt.datetime | None) -> dict[str, str]:
    if moment is None:
        return {f"{prefix}_id": "-", f"{prefix}_en": "-"}
    day = _local_date(moment)
    return {f"{prefix}_id": format_date_id(day), f"{prefix}_en": format_date_en(day)}


def _id(value):
    return value.get_id() if isinstance(value, peewee.Model) else value


def _is_postgres(store) -> bool:
    return isinstance(store.db, peewee.PostgresqlDatabase)


def _enrollment(enrollment_id) -> Enrollment:
    found = (Enrollment.select(Enrollment, Participant, TrainingClass)
             .join(Participant).switch(Enrollment).join(TrainingClass)
             .where(Enrollment.id == _id(enrollment_id)).first())
    if found is None:
        _refuse("enrollment", "no_such_record", NO_SUCH_ENROLLMENT)
    return found


def _locked_class(store, class_id) -> TrainingClass:
    """The class, locked until commit on PostgreSQL so two PCs count its seats in turn (on
    SQLite the write transaction already lets one writer in at a time)."""
    query = TrainingClass.select().where(TrainingClass.id == _id(class_id))
    if _is_postgres(store):
        query = query.for_update()
    klass = query.first()
    if klass is None:
        _refuse("training_class", "no_such_record", NO_SUCH_CLASS)
    return klass


def seats_taken(class_id, *, excluding: int | None = None) -> int:
    """How many hold a seat in the class (``excluding`` one enrollment)."""
    query = Enrollment.select().where(Enrollment.training_class == _id(class_id),
                                      Enrollment.status.in_(SEATED))
    if excluding is not None:
        query = query.where(Enrollment.id != excluding)
    return query.count()


def _write_change(store, enrollment: Enrollment, old: str | None, new: str, reason: str,
                  at: dt.datetime) -> EnrollmentStatusChange:
    return store.save(EnrollmentStatusChange(enrollment=enrollment.id, old_status=old, new_status=new,
                                             changed_at=at, reason=reason))


# --- schedule clashes with the person's other classes -------------------------------------------


def _overlaps(klass: TrainingClass, participant_id: int, kind: str) -> list[Conflict]:
    """Clashes of ``kind`` between this class's sessions and the person's other classes, as the
    database holds the enrollments now (so call it after saving the new status)."""
    slots = [SessionSlot(klass.id, date, start, end, room, unit, (), session_id)
             for session_id, date, start, end, room, unit in
             ClassSession.select(ClassSession.id, ClassSession.date, ClassSession.start_time,
                                 ClassSession.end_time, ClassSession.room, ClassSession.unit)
             .where(ClassSession.training_class == klass.id,
                    ClassSession.status != SessionStatus.CANCELLED)
             .order_by(ClassSession.date, ClassSession.start_time).tuples()]
    if not slots or klass.status == ClassStatus.CANCELLED:
        return []
    return [c for c in check_slots(slots) if c.kind == kind and c.subject_id == participant_id]


def _by_other_class(conflicts: list[Conflict]) -> list[tuple[int, list[Conflict]]]:
    grouped: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in conflicts:
        grouped[conflict.other_class_id].append(conflict)
    return sorted(grouped.items(), key=lambda item: (item[1][0].date, item[1][0].start_time))


def _clash_problems(kind, code: str, text: Text, klass: TrainingClass, name: str,
                    conflicts: list[Conflict]) -> list[Problem]:
    """One problem per other class, naming how many sessions meet together and the first."""
    other_ids = sorted({c.other_class_id for c in conflicts})
    others = {cid: (code_, inst) for cid, code_, inst in
              TrainingClass.select(TrainingClass.id, TrainingClass.code, Institution.code)
              .join(Institution).where(TrainingClass.id.in_(other_ids)).tuples()}
    problems = []
    for other_id, group in _by_other_class(conflicts):
        first = min(group, key=lambda c: (c.date, c.start_time))
        other_code, institution = others.get(other_id, ("?", "?"))
        sessions = {c.session_id for c in group}
        problems.append(_problem(kind, "status", code, text, name=name, other_code=other_code,
                                 institution=institution, class_code=klass.code,
                                 count=len(sessions),
                                 **when(first.date, first.start_time, first.end_time)))
    return problems


def _accept_clashes(store, conflicts: list[Conflict], reason: str) -> None:
    """One ``ConflictOverride`` per pair of sessions, stored lowest id first, as schedule edits
    keep theirs; a pair accepted before keeps its first reason."""
    written = set()
    for conflict in conflicts:
        key = conflict.pair_key
        if key is None or key in written:
            continue
        written.add(key)
        low, high, kind, subject = key
        exists = ConflictOverride.select().where(
            ConflictOverride.session == low, ConflictOverride.other_session == high,
            ConflictOverride.kind == kind, ConflictOverride.subject_id == subject).exists()
        if not exists:
            store.save(ConflictOverride(session=low, other_session=high, kind=ConflictKind.PARTICIPANT,
                                        subject_id=subject, reason=reason))


# --- registering --------------------------------------------------------------------------------


def normalise_redeem_code(raw) -> str:
    """As printed or read from the QR: spaces and dashes dropped, letters in upper case."""
    return _CODE_SEPARATORS.sub("", str(raw)).upper()


def _checked_redeem_code(raw, enrollment_id: int | None) -> tuple[str | None, list[Problem]]:
    """The code to store (None: none), or an error: malformed, or another enrollment holds it."""
    if is_blank(raw):
        return None, []
    code = normalise_redeem_code(raw)
    if not _REDEEM_CODE.fullmatch(code):
        return None, [_problem(error, "prakerja_redeem_code", "redeem_code_invalid",
                               BAD_REDEEM_CODE, value=str(raw).strip())]
    holder = (Enrollment.select(Enrollment.id, Participant.full_name, Participant.nik,
                                TrainingClass.code)
              .join(Participant).switch(Enrollment).join(TrainingClass)
              .where(Enrollment.prakerja_redeem_code == code).tuples().first())
    if holder is not None and holder[0] != enrollment_id:
        _, name, nik, class_code = holder
        return None, [_problem(error, "prakerja_redeem_code", "redeem_code_taken", CODE_TAKEN,
                               redeem_code=code, holder=name, nik=nik, class_code=class_code)]
    return code, []


def _funding_params(klass: TrainingClass) -> dict[str, str]:
    label = FUNDING_LABELS.get(klass.funding, Text(klass.funding, klass.funding))
    return {"funding_id": label.id, "funding_en": label.en}


def register(store, participant_id, class_id, *, reason: str = "",
             prakerja_redeem_code=None) -> tuple[Enrollment, tuple[Problem, ...]]:
    """Register a person in a class (status registered); returns ``(enrollment, warnings)``.

    Refused: an unknown or archived person, a class that is cancelled or finished, a person
    already in the class, a malformed redeem code or one another enrollment holds. Warnings:
    the class is already full, a Prakerja class without the person's card number, a redeem
    code for a class not funded by Prakerja, and sessions that would clash with the person's
    other classes if both accepted them.
    """
    require(Action.ENROLL)
    reason = (reason or "").strip()
    with store.transaction():
        person = Participant.get_or_none(Participant.id == _id(participant_id))
        if person is None:
            _refuse("participant", "no_such_record", NO_SUCH_PARTICIPANT)
        klass = _locked_class(store, class_id)
        problems: list[Problem] = []
        if person.archived:
            problems.append(_problem(error, "participant", "participant_archived",
                                     PARTICIPANT_ARCHIVED, name=person.full_name))
        if klass.status in (ClassStatus.CANCELLED, ClassStatus.FINISHED):
            label = CLASS_STATUS_LABELS[klass.status]
            problems.append(_problem(error, "training_class", "class_closed", CLASS_CLOSED,
                                     class_code=klass.code, status_id=label.id, status_en=label.en))
        existing = Enrollment.get_or_none(Enrollment.training_class == klass.id,
                                          Enrollment.participant == person.id)
        if existing is not None:
            problems.append(_problem(error, "participant", "already_registered", ALREADY_REGISTERED,
                                     name=person.full_name, class_code=klass.code,
                                     **_status_params("status", existing.status),
                                     **_day_params("since", _since(existing.id) or existing.registered_at)))
        code, code_problems = _checked_redeem_code(prakerja_redeem_code, None)
        problems += code_problems
        _raise_errors(problems)

        taken = seats_taken(klass.id)
        if taken >= klass.capacity:
            problems.append(_problem(warning, "training_class", "class_full", FULL_ON_REGISTRATION,
                                     class_code=klass.code, taken=taken, capacity=klass.capacity))
        if klass.funding == Funding.PRAKERJA and not person.prakerja_card_number:
            problems.append(_problem(warning, "prakerja_card_number", "prakerja_card_missing",
                                     NO_CARD, class_code=klass.code, name=person.full_name))
        if code and klass.funding != Funding.PRAKERJA:
            problems.append(_problem(warning, "prakerja_redeem_code", "class_not_prakerja",
                                     NOT_PRAKERJA_CLASS, class_code=klass.code,
                                     **_funding_params(klass)))
        now = utcnow()
        enrollment = store.save(Enrollment(training_class=klass.id, participant=person.id,
                                           status=S.REGISTERED, registered_at=now,
                                           prakerja_redeem_code=code))
        _write_change(store, enrollment, None, S.REGISTERED, reason, now)
        pending = _overlaps(klass, person.id, PARTICIPANT_PENDING)
        problems += _clash_problems(warning, "schedule_overlap", PENDING_CLASH, klass,
                                    person.full_name, pending)
    enrollment.participant, enrollment.training_class = person, klass
    return enrollment, tuple(problems)


# --- moving along -------------------------------------------------------------------------------


def allowed_statuses(enrollment) -> list[str]:
    """The usual next statuses (``TRANSITIONS``); others are corrections that need a reason."""
    status = enrollment.status if isinstance(enrollment, Enrollment) else _enrollment(enrollment).status
    return list(TRANSITIONS.get(status, ()))


def is_correction(old: str, new: str) -> bool:
    return new not in TRANSITIONS.get(old, ())


def needs_reason(old: str, new: str) -> bool:
    """A correction, a dismissal, or a seat taken back: the history must say why."""
    return is_correction(old, new) or (old, new) in _REASON_NEEDED


def _checked_rank(raw) -> tuple[int | None, list[Problem]]:
    if raw is None or is_blank(raw):
        return None, []
    try:
        rank = int(str(raw).strip()) if not isinstance(raw, int) else raw
    except ValueError:
        rank = 0
    if isinstance(raw, bool) or rank < 1:
        return None, [_problem(error, "reserve_rank", "reserve_rank_invalid", RANK_NOT_POSITIVE,
                               value=str(raw).strip())]
    return rank, []


def _reserves(class_id: int, excluding: int | None = None) -> peewee.Select:
    query = Enrollment.select().where(Enrollment.training_class == class_id,
                                      Enrollment.status == S.RESERVE)
    if excluding is not None:
        query = query.where(Enrollment.id != excluding)
    return query


def _place_on_reserve(store, enrollment: Enrollment, rank: int | None) -> None:
    """The end of the list unless ``rank`` is given; a taken rank moves those from it down one."""
    others = _reserves(enrollment.training_class_id, enrollment.id)
    if rank is None:
        highest = others.select(peewee.fn.MAX(Enrollment.reserve_rank)).scalar()
        enrollment.reserve_rank = (highest or 0) + 1
        return
    if others.where(Enrollment.reserve_rank == rank).exists():
        for other in others.where(Enrollment.reserve_rank >= rank).order_by(
                Enrollment.reserve_rank.desc()):
            other.reserve_rank += 1
            store.save(other)
    enrollment.reserve_rank = rank


def next_on_reserve(class_id) -> Enrollment | None:
    """The first on the class's reserve list: lowest rank, then earliest registration."""
    return (_reserves(_id(class_id)).select(Enrollment, Participant).join(Participant)
            .order_by(Enrollment.reserve_rank.asc(nulls="LAST"), Enrollment.registered_at,
                      Enrollment.id).first())


def change_status(store, enrollment_id, new_status: str, *, reason: str = "",
                  reserve_rank=None, override_reason: str = ""):
    """Move one enrollment to ``new_status``; returns ``(enrollment, warnings, proposal)``.

    ``proposal``: when this move gives a seat back in a class still filling, the first on the
    reserve list to offer it to (an ``Enrollment`` with its participant), else None.
    ``reserve_rank``: the place on the reserve list (moving to reserve; default the end of the
    list); given for someone already on it, the move re-ranks them. Leaving the list clears it.

    Refused (``ValidationFailed``, nothing written): an unknown or unchanged status, a
    correction or dismissal without a reason, a seat beyond the class's capacity, a placement
    in a cancelled class, and a seat whose sessions clash with another class the person holds
    a seat in unless ``override_reason`` says why it stands.
    """
    require(Action.ENROLL)
    reason = (reason or "").strip()
    override_reason = (override_reason or "").strip()
    new_status = (new_status or "").strip().lower() if isinstance(new_status, str) else new_status
    with store.transaction():
        klass = _locked_class(store, _enrollment(enrollment_id).training_class_id)
        # Read again once the class is locked: another PC may have just moved this very person.
        enrollment = _enrollment(enrollment_id)
        person = enrollment.participant
        old = enrollment.status
        if new_status not in STATUSES:
            _refuse("status", "status_unknown", UNKNOWN_STATUS, value=str(new_status),
                    allowed=", ".join(STATUSES))
        rank, problems = _checked_rank(reserve_rank)
        if rank is not None and new_status != S.RESERVE:
            problems.append(_problem(error, "reserve_rank", "reserve_rank_not_reserve",
                                     RANK_ONLY_FOR_RESERVE))
        rerank = old == new_status == S.RESERVE and rank is not None and rank != enrollment.reserve_rank
        if old == new_status and not rerank:
            problems.append(_problem(error, "status", "status_unchanged", SAME_STATUS,
                                     name=person.full_name, class_code=klass.code,
                                     **_status_params("status", old)))
        elif not rerank and not reason and needs_reason(old, new_status):
            text = CORRECTION_NEEDS_REASON if is_correction(old, new_status) else REASON_NEEDED
            problems.append(_problem(error, "reason", "reason_required", text, name=person.full_name,
                                     **_status_params("old", old), **_status_params("new", new_status)))
        if klass.status == ClassStatus.CANCELLED and new_status in _ACTIVE and not rerank:
            problems.append(_problem(error, "status", "class_cancelled", CLASS_CANCELLED,
                                     class_code=klass.code))
        entering_seat = new_status in SEATED and old not in SEATED
        if entering_seat:
            taken = seats_taken(klass.id, excluding=enrollment.id)
            if taken >= klass.capacity:
                problems.append(_problem(error, "status", "class_full", CLASS_FULL,
                                         class_code=klass.code, taken=taken, capacity=klass.capacity))
        _raise_errors(problems)

        if new_status == S.RESERVE:
            if old != S.RESERVE or rerank:
                _place_on_reserve(store, enrollment, rank)
        else:
            enrollment.reserve_rank = None
        enrollment.status = new_status
        now = utcnow()
        store.save(enrollment)
        _write_change(store, enrollment, old, new_status, reason, now)

        warnings: list[Problem] = []
        if entering_seat:
            clashes = _overlaps(klass, person.id, PARTICIPANT)
            blockers = [c for c in clashes if c.blocking]
            if blockers and not override_reason:
                # Raising inside the transaction undoes the status just saved.
                raise ValidationFailed(_clash_problems(error, "schedule_clash", SEAT_CLASH, klass,
                                                       person.full_name, blockers))
            _accept_clashes(store, blockers, override_reason)
            if blockers:
                warnings += _clash_problems(warning, "schedule_clash_accepted", SEAT_CLASH, klass,
                                            person.full_name, blockers)
        proposal = None
        if old in SEATED and new_status not in SEATED and klass.status in _FILLING:
            if seats_taken(klass.id) < klass.capacity:
                proposal = next_on_reserve(klass.id)
    enrollment.training_class = klass
    return enrollment, tuple(warnings), proposal


# --- history ------------------------------------------------------------------------------------


def _since(enrollment_id: int) -> dt.datetime | None:
    return (EnrollmentStatusChange.select(EnrollmentStatusChange.changed_at)
            .where(EnrollmentStatusChange.enrollment == enrollment_id)
            .order_by(EnrollmentStatusChange.changed_at.desc(), EnrollmentStatusChange.id.desc())
            .scalar())


def status_history(enrollment_id) -> list[dict]:
    """Every status change of the enrollment, oldest first: ``at`` (UTC), ``old_status``,
    ``status``, ``status_label``, ``user``, ``reason``."""
    return [{"id": c.id, "at": c.changed_at, "old_status": c.old_status, "status": c.new_status,
             "status_label": _label(c.new_status), "user": c.created_by, "reason": c.reason}
            for c in EnrollmentStatusChange.select()
            .where(EnrollmentStatusChange.enrollment == _id(enrollment_id))
            .order_by(EnrollmentStatusChange.changed_at, EnrollmentStatusChange.id)]


def latest_changes(enrollment_ids) -> dict[int, tuple[dt.datetime, str, str]]:
    """Enrollment id -> (when, reason, by whom) of its latest status change."""
    ids = sorted(set(enrollment_ids))
    latest: dict[int, tuple[dt.datetime, str, str]] = {}
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        # Oldest first, so the latest is written last and kept.
        for enrollment_id, at, reason, user in (
                EnrollmentStatusChange.select(EnrollmentStatusChange.enrollment,
                                              EnrollmentStatusChange.changed_at,
                                              EnrollmentStatusChange.reason,
                                              EnrollmentStatusChange.created_by)
                .where(EnrollmentStatusChange.enrollment.in_(chunk))
                .order_by(EnrollmentStatusChange.changed_at, EnrollmentStatusChange.id).tuples()):
            latest[enrollment_id] = (at, reason, user)
    return latest


# --- Kartu Prakerja -----------------------------------------------------------------------------


def _checked_moment(raw) -> tuple[dt.datetime | None, list[Problem]]:
    if isinstance(raw, dt.datetime):
        moment = raw
    elif isinstance(raw, dt.date):
        moment = dt.datetime.combine(raw, dt.time())
    else:
        try:
            moment = dt.datetime.fromisoformat(str(raw).strip())
        except ValueError:
            return None, [_problem(error, "prakerja_redeemed_at", "not_a_time", NOT_A_TIME,
                                   value=str(raw).strip())]
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    moment = moment.replace(microsecond=0)
    if moment > utcnow() + _CLOCK_SLACK:
        return None, [_problem(error, "prakerja_redeemed_at", "in_future", REDEEMED_IN_FUTURE)]
    return moment, []


def set_prakerja(store, enrollment_id, *, card_number=None, redeem_code=None, redeemed_at=None):
    """Record Kartu Prakerja details of one enrollment; returns ``(enrollment, warnings)``.

    Each argument left None stays as it is; an empty string clears it. ``card_number`` is the
    person's (16 digits); ``redeem_code`` belongs to this enrollment and no other;
    ``redeemed_at`` (a datetime, UTC when naive) needs a code. Refused: a malformed card or
    code, a code another enrollment holds, a redemption time without a code or in the future,
    and changing a code already redeemed. Warnings: the class is not Prakerja-funded, a
    redemption for someone without a seat.
    """
    require(Action.ENROLL)
    with store.transaction():
        enrollment = _enrollment(enrollment_id)
        person, klass = enrollment.participant, enrollment.training_class
        problems: list[Problem] = []
        card = person.prakerja_card_number
        if card_number is not None:
            label_id, label_en = LABELS["prakerja_card_number"]
            checked = check_prakerja_card(card_number, "prakerja_card_number", label_id, label_en)
            problems += checked.problems
            card = checked.value
        code = enrollment.prakerja_redeem_code
        if redeem_code is not None:
            code, code_problems = _checked_redeem_code(redeem_code, enrollment.id)
            problems += code_problems
        redeemed = enrollment.prakerja_redeemed_at
        if redeemed_at is not None:
            redeemed, time_problems = (None, []) if is_blank(redeemed_at) else _checked_moment(redeemed_at)
            problems += time_problems
        if (enrollment.prakerja_redeemed_at is not None and redeemed is not None
                and enrollment.prakerja_redeem_code and code != enrollment.prakerja_redeem_code):
            problems.append(_problem(error, "prakerja_redeem_code", "redeem_code_redeemed",
                                     CODE_ALREADY_REDEEMED, redeem_code=enrollment.prakerja_redeem_code,
                                     **_day_params("at", enrollment.prakerja_redeemed_at)))
        if redeemed is not None and not code and not any(
                p.field == "prakerja_redeem_code" for p in problems):
            problems.append(_problem(error, "prakerja_redeemed_at", "redeem_code_missing",
                                     REDEEMED_WITHOUT_CODE))
        _raise_errors(problems)
        if klass.funding != Funding.PRAKERJA and (code or redeemed) and (
                redeem_code is not None or redeemed_at is not None):
            problems.append(_problem(warning, "prakerja_redeem_code", "class_not_prakerja",
                                     NOT_PRAKERJA_CLASS, class_code=klass.code,
                                     **_funding_params(klass)))
        if redeemed is not None and redeemed_at is not None and enrollment.status not in SEATED:
            problems.append(_problem(warning, "prakerja_redeemed_at", "redeemed_without_seat",
                                     REDEEMED_WITHOUT_SEAT, name=person.full_name,
                                     class_code=klass.code, **_status_params("status", enrollment.status)))
        if card != person.prakerja_card_number:
            person.prakerja_card_number = card
            store.save(person)
        enrollment.prakerja_redeem_code = code
        enrollment.prakerja_redeemed_at = redeemed
        store.save(enrollment)
    return enrollment, tuple(problems)


def unredeemed(class_id) -> list[dict]:
    """Seated participants of a Prakerja-funded class who have not redeemed their code yet
    (empty for other classes), by name: enrollment and participant ids, nik, full_name, phone,
    status, prakerja_card_number, prakerja_redeem_code."""
    klass = TrainingClass.get_or_none(TrainingClass.id == _id(class_id))
    if klass is None or klass.funding != Funding.PRAKERJA:
        return []
    rows = (Enrollment.select(Enrollment.id.alias("enrollment_id"),
                              Participant.id.alias("participant_id"), Participant.nik,
                              Participant.full_name, Participant.phone, Enrollment.status,
                              Participant.prakerja_card_number, Enrollment.prakerja_redeem_code)
            .join(Participant)
            .where(Enrollment.training_class == klass.id, Enrollment.status.in_(SEATED),
                   Enrollment.prakerja_redeemed_at.is_null())
            .order_by(Participant.full_name, Enrollment.id).dicts())
    return [{**row, "status_label": _label(row["status"])} for row in rows]


# --- the class's list ---------------------------------------------------------------------------


def class_roster(class_id) -> list[dict]:
    """Everyone registered in the class: seated first, then registrants, the reserve list in
    its order, then those who left or did not pass; by name within each. Each row: enrollment
    and participant ids, nik, full_name, phone, status, status_label, reserve_rank,
    registered_at, since and reason (of the latest status change), prakerja_card_number,
    prakerja_redeem_code, prakerja_redeemed_at."""
    require(Action.VIEW_CLASS, class_id=class_id)
    rows = list(
        Enrollment.select(Enrollment.id.alias("enrollment_id"), Participant.id.alias("participant_id"),
                          Participant.nik, Participant.full_name, Participant.phone, Enrollment.status,
                          Enrollment.reserve_rank, Enrollment.registered_at,
                          Participant.prakerja_card_number, Enrollment.prakerja_redeem_code,
                          Enrollment.prakerja_redeemed_at)
        .join(Participant).where(Enrollment.training_class == _id(class_id)).dicts())
    latest = latest_changes(row["enrollment_id"] for row in rows)
    for row in rows:
        at, reason, _ = latest.get(row["enrollment_id"], (row["registered_at"], "", ""))
        row.update(status_label=_label(row["status"]), since=at, reason=reason)
    order = {status: n for n, status in enumerate(STATUS_ORDER)}
    rows.sort(key=lambda r: (order.get(r["status"], len(order)),
                             r["reserve_rank"] if r["reserve_rank"] is not None else 1 << 30,
                             r["full_name"].casefold(), r["enrollment_id"]))
    return rows
