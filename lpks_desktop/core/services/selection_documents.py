"""Gathering a class's selection results for print and for messages: the announcement, one
letter per candidate, and the short text a clerk copies into a messaging app (the app
sends nothing itself). The documents package words and prints; this reads."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

import peewee

from ..auth.permissions import Action, require
from ...documents.letterhead import Letterhead
from ...documents.selection import (
    NOT_PASSED,
    PASSED,
    RESERVE,
    Candidate,
    ClassStart,
    SelectionDocument,
    build_announcement,
    build_letters,
    short_message_text,
)
from ...documents.output import Destination
from ..errors import UserError
from ..i18n import Text, current_language
from ..models import (
    Enrollment,
    EnrollmentStatus,
    Funding,
    Institution,
    Participant,
    Program,
    Room,
    SessionStatus,
    TrainingClass,
)
from ..validation.phone import format_phone_local
from .classes import class_schedule
from .settings import default_paper

_OUTER = peewee.JOIN.LEFT_OUTER

# Everyone who holds a seat passed the selection, including those already attending.
RESULT_OF = {
    EnrollmentStatus.PASSED_SELECTION: PASSED,
    EnrollmentStatus.ENROLLED: PASSED,
    EnrollmentStatus.COMPLETED: PASSED,
    EnrollmentStatus.RESERVE: RESERVE,
    EnrollmentStatus.NOT_PASSED: NOT_PASSED,
}

# What those who passed usually bring on the first day; the clerk may give another list.
DEFAULT_BRING = (
    Text("KTP asli dan fotokopinya", "your ID card (KTP) and a photocopy of it"),
    Text("Pas foto berwarna 3x4 sebanyak 2 lembar", "two colour passport photos, 3x4 cm"),
    Text("Alat tulis", "something to write with"),
)
PRAKERJA_BRING = Text(
    "Kartu Prakerja dan kode redeem dari dasbor Prakerja",
    "your Prakerja card and the redeem code from your Prakerja dashboard")

NO_RESULT = Text(
    "Belum ada hasil seleksi untuk {names}: statusnya {statuses_id}. Tetapkan dulu lulus, "
    "cadangan atau tidak lulus.",
    "There is no selection result for {names} yet: the status is {statuses_en}. Set passed, "
    "reserve or not passed first.")
NOT_IN_CLASS = Text(
    "Pendaftaran nomor {ids} bukan pendaftaran kelas {code}.",
    "Enrollment(s) {ids} do not belong to class {code}.")
NO_MESSAGE = Text(
    "{name} sudah {status_id} di kelas {code}; tidak ada hasil seleksi untuk dikirim.",
    "{name} has {status_en} in class {code}; there is no selection result to send.")
NO_LETTERS = Text(
    "Belum ada yang punya hasil seleksi di kelas {code}, jadi tidak ada surat untuk dibuat.",
    "No one in class {code} has a selection result yet, so there are no letters to write.")
_LEFT_WORDS = {
    EnrollmentStatus.WITHDREW: Text("mengundurkan diri", "withdrawn"),
    EnrollmentStatus.DISMISSED: Text("dikeluarkan", "been dismissed"),
}


def _class(class_id: int) -> TrainingClass:
    return (TrainingClass.select(TrainingClass, Program, Institution, Room)
            .join(Program).switch(TrainingClass).join(Institution)
            .switch(TrainingClass).join(Room, _OUTER)
            .where(TrainingClass.id == class_id).get())


def _address_line(institution: Institution) -> str:
    """The institution's street address and town on one line, for a letter or a message."""
    street = [line.strip() for line in (institution.address or "").splitlines() if line.strip()]
    parts = street + [p.strip() for p in (institution.village, institution.city) if p and p.strip()]
    return ", ".join(parts)


def class_start(klass: TrainingClass) -> ClassStart:
    """The first session that is not cancelled (its day, time and room); else the class's own
    start date and room."""
    first = next((s for s in class_schedule(klass.id) if s["status"] != SessionStatus.CANCELLED),
                 None)
    room = klass.room.name if klass.room_id else ""
    day, start_time = klass.start_date, None
    if first is not None:
        day, start_time = first["date"], first["start_time"]
        room = first["room_name"] or room
    institution = klass.institution
    return ClassStart(day=day, start_time=start_time, room=room, venue=institution.name,
                      address=_address_line(institution))


def default_bring(klass: TrainingClass, lang: str) -> list[str]:
    items = [t.render(lang) for t in DEFAULT_BRING]
    if klass.funding == Funding.PRAKERJA:
        items.append(PRAKERJA_BRING.render(lang))
    return items


def _person_address(person: dict) -> tuple[str, ...]:
    lines = [line.strip() for line in (person["address"] or "").splitlines() if line.strip()]
    district = (person["district"] or "").strip()
    if district and not district.lower().startswith("kec"):
        district = f"Kec. {district}"
    region = ", ".join(p for p in ((person["village"] or "").strip(), district) if p)
    if region:
        lines.append(region)
    if (person["city"] or "").strip():
        lines.append(person["city"].strip())
    return tuple(lines[:4])


def _enrollments(class_id: int, enrollment_ids: Iterable[int] | None = None) -> list[dict]:
    query = (Enrollment.select(Enrollment.id.alias("enrollment_id"), Enrollment.status,
                               Enrollment.reserve_rank, Participant.full_name, Participant.nik,
                               Participant.sex, Participant.birth_place, Participant.birth_date,
                               Participant.address, Participant.village, Participant.district,
                               Participant.city)
             .join(Participant).where(Enrollment.training_class == class_id)
             .order_by(Participant.full_name, Enrollment.id))
    if enrollment_ids is not None:
        query = query.where(Enrollment.id.in_(list(enrollment_ids)))
    return list(query.dicts())


def _candidate(person: dict) -> Candidate:
    result = RESULT_OF[person["status"]]
    return Candidate(
        name=person["full_name"], nik=person["nik"], result=result,
        reserve_rank=person["reserve_rank"] if result == RESERVE else None,
        sex=person["sex"], birth_place=person["birth_place"] or "",
        birth_date=person["birth_date"], address_lines=_person_address(person))


def _document(klass: TrainingClass, candidates: Sequence[Candidate], *, paper: str | None,
              lang: str, show_full_nik: bool, number: str, bring: Sequence[str] | None,
              notes: str, today: dt.date | None, undecided: Sequence[str] = ()) -> SelectionDocument:
    institution = klass.institution
    return SelectionDocument(
        letterhead=Letterhead.from_institution(institution, lang), class_code=klass.code,
        class_name=klass.name, program_name=klass.program.name, batch=klass.batch,
        period_start=klass.start_date, period_end=klass.end_date, candidates=tuple(candidates),
        start=class_start(klass),
        bring=tuple(default_bring(klass, lang) if bring is None else bring),
        contact=format_phone_local(institution.phone) if institution.phone else "",
        number=number, paper=paper or default_paper(institution.id), lang=lang,
        place=institution.city, issued_on=today or dt.date.today(),
        head_name=institution.head_name, head_title=institution.head_title,
        show_full_nik=show_full_nik, notes=notes, undecided=tuple(undecided))


def announcement_document(class_id: int, *, paper: str | None = None, lang: str | None = None,
                          show_full_nik: bool = False, number: str = "",
                          bring: Sequence[str] | None = None, notes: str = "",
                          today: dt.date | None = None) -> SelectionDocument:
    """The class's selection announcement: who passed (with those already attending), the
    reserve list in order, who did not pass. Those who withdrew or were dismissed are left
    out; registrants still waiting for a result are named in ``undecided`` (not printed) so
    the screen can warn before printing."""
    require(Action.PRINT, class_id=class_id)
    klass = _class(class_id)
    lang = lang or current_language()
    people = _enrollments(class_id)
    candidates = [_candidate(p) for p in people if p["status"] in RESULT_OF]
    undecided = [p["full_name"] for p in people if p["status"] == EnrollmentStatus.REGISTERED]
    return _document(klass, candidates, paper=paper, lang=lang, show_full_nik=show_full_nik,
                     number=number, bring=bring, notes=notes, today=today, undecided=undecided)


def letters_document(class_id: int, enrollment_ids: Sequence[int] | None = None, *,
                     paper: str | None = None, lang: str | None = None,
                     show_full_nik: bool = False, number: str = "",
                     bring: Sequence[str] | None = None, notes: str = "",
                     today: dt.date | None = None) -> SelectionDocument:
    """One letter per candidate: everyone with a result when ``enrollment_ids`` is None,
    else exactly those enrollments (in name order), each of which must have a result."""
    require(Action.PRINT, class_id=class_id)
    klass = _class(class_id)
    lang = lang or current_language()
    people = _enrollments(class_id, enrollment_ids)
    if enrollment_ids is not None:
        missing = sorted(set(enrollment_ids) - {p["enrollment_id"] for p in people})
        if missing:
            raise UserError(NOT_IN_CLASS.format(ids=", ".join(map(str, missing)), code=klass.code))
        waiting = [p for p in people if p["status"] not in RESULT_OF]
        if waiting:
            labels = _status_words()

            def statuses(language: str) -> str:
                return ", ".join(dict.fromkeys(labels[p["status"]].render(language) for p in waiting))

            raise UserError(NO_RESULT.format(names=", ".join(p["full_name"] for p in waiting),
                                             statuses_id=statuses("id"), statuses_en=statuses("en")))
    candidates = [_candidate(p) for p in people if p["status"] in RESULT_OF]
    return _document(klass, candidates, paper=paper, lang=lang, show_full_nik=show_full_nik,
                     number=number, bring=bring, notes=notes, today=today)


def write_announcement(out: Destination, class_id: int, **options) -> int:
    """Build the class's announcement (options as ``announcement_document``) and write the
    PDF to ``out``. Returns the number of pages."""
    require(Action.PRINT, class_id=class_id)
    return build_announcement(announcement_document(class_id, **options), out)


def write_letters(out: Destination, class_id: int, enrollment_ids: Sequence[int] | None = None,
                  **options) -> int:
    """Build the letters (options as ``letters_document``) and write the PDF to ``out``.
    Returns the number of pages; refuses (``UserError``) when there is no one to write to."""
    require(Action.PRINT, class_id=class_id)
    doc = letters_document(class_id, enrollment_ids, **options)
    if not doc.candidates:
        raise UserError(NO_LETTERS.format(code=doc.class_code))
    return build_letters(doc, out)


def short_message(enrollment_id: int, lang: str | None = None, *,
                  bring: Sequence[str] | None = None) -> str:
    """The text to copy into a messaging app for one enrollment: the selection result and
    what to do next (registrants are told the selection is under way)."""
    lang = lang or current_language()
    enrollment = Enrollment.get_by_id(enrollment_id)
    people = _enrollments(enrollment.training_class_id, [enrollment_id])
    person = people[0]
    klass = _class(enrollment.training_class_id)
    if person["status"] in _LEFT_WORDS:
        left = _LEFT_WORDS[person["status"]]
        raise UserError(NO_MESSAGE.format(name=person["full_name"], code=klass.code,
                                          status_id=left.render("id"), status_en=left.render("en")))
    candidate = _candidate(person) if person["status"] in RESULT_OF else None
    doc = _document(klass, [candidate] if candidate else [], paper="A4", lang=lang,
                    show_full_nik=False, number="", bring=bring, notes="", today=None)
    return short_message_text(doc, candidate, name=person["full_name"], pending=candidate is None)


def _status_words() -> dict[str, Text]:
    from ..exporting import status_labels

    return status_labels()
