"""Classes (intakes) as records: listing, a suggested code, checking and saving the form."""

from __future__ import annotations

import datetime as dt
import re

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import (
    ClassSession,
    ClassStatus,
    Enrollment,
    Funding,
    Institution,
    Program,
    Room,
    SessionStatus,
    TrainingClass,
)
from ..validation import format_date_en, format_date_id, parse_date
from ..validation.problems import error, warning
from .classes import SEATED
from .listing import Listing, ListRequest, contains
from .record_fields import labels
from .record_forms import Form, editable_copy
from .records import choice, positive_int, reference, subquery_column, unlabelled

MAX_CAPACITY = 1000

# For the command line and printed documents; the GUI words these through Qt Linguist.
STATUS_LABELS = {
    ClassStatus.PLANNED: Text("direncanakan", "planned"),
    ClassStatus.OPEN: Text("pendaftaran dibuka", "open for registration"),
    ClassStatus.RUNNING: Text("berjalan", "running"),
    ClassStatus.FINISHED: Text("selesai", "finished"),
    ClassStatus.CANCELLED: Text("dibatalkan", "cancelled"),
}
FUNDING_LABELS = {
    Funding.SELF_PAID: Text("mandiri", "self-paid"),
    Funding.APBN: Text("APBN", "APBN"),
    Funding.APBD: Text("APBD", "APBD"),
    Funding.PRAKERJA: Text("Kartu Prakerja", "Kartu Prakerja"),
    Funding.COMPANY: Text("perusahaan", "company"),
}


def _seated_count() -> peewee.Select:
    return (Enrollment.select(peewee.fn.COUNT(Enrollment.id))
            .where(Enrollment.training_class == TrainingClass.id, Enrollment.status.in_(SEATED)))


def _session_count() -> peewee.Select:
    return (ClassSession.select(peewee.fn.COUNT(ClassSession.id))
            .where(ClassSession.training_class == TrainingClass.id,
                   ClassSession.status != SessionStatus.CANCELLED))


class ClassListing(Listing):
    """Classes, searched by code, name or program. Filters: ``institution_id``, ``status``
    (one code or a list), ``program_id``."""

    model = TrainingClass
    keys = ("code", "name", "program", "institution", "batch", "start_date", "end_date",
            "status", "funding", "seated", "capacity", "sessions")
    default_sort = "start_date"

    def columns(self) -> dict[str, peewee.Node]:
        return {"code": TrainingClass.code, "name": TrainingClass.name, "program": Program.code,
                "institution": Institution.code, "batch": TrainingClass.batch,
                "start_date": TrainingClass.start_date, "end_date": TrainingClass.end_date,
                "status": TrainingClass.status, "funding": TrainingClass.funding,
                "seated": subquery_column(_seated_count()), "capacity": TrainingClass.capacity,
                "sessions": subquery_column(_session_count())}

    def from_clause(self, query):
        return query.join(Program).switch(TrainingClass).join(Institution)

    def apply_filters(self, query, request: ListRequest):
        filters = request.filters
        if filters.get("institution_id"):
            query = query.where(TrainingClass.institution == filters["institution_id"])
        if filters.get("program_id"):
            query = query.where(TrainingClass.program == filters["program_id"])
        status = filters.get("status")
        if isinstance(status, str) and status:
            query = query.where(TrainingClass.status == status)
        elif status:
            query = query.where(TrainingClass.status.in_(list(status)))
        return query

    def apply_search(self, query, text: str):
        return query.where(contains(TrainingClass.code, text) | contains(TrainingClass.name, text)
                           | contains(Program.name, text) | contains(Program.code, text))


def next_batch(program_id: int, year: int) -> int:
    """The next batch (angkatan) number of a program in a year: one more than the highest so far."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    highest = (TrainingClass.select(peewee.fn.MAX(TrainingClass.batch))
               .where(TrainingClass.program == program_id,
                      TrainingClass.start_date.between(first, last)).scalar())
    return (highest or 0) + 1


_NUMBERED_CODE = re.compile(r"(?P<prefix>.+)-(?P<year>\d{4})-(?P<batch>\d+)")


def _code_pattern(program: Program) -> tuple[str, int]:
    """How this program's classes are coded: the prefix before "-year-batch" of its latest
    class, and the batch's width; else institution-program with two digits."""
    latest = (TrainingClass.select(TrainingClass.code).where(TrainingClass.program == program.id)
              .order_by(TrainingClass.id.desc()).limit(20))
    for (code,) in latest.tuples():
        if match := _NUMBERED_CODE.fullmatch(code):
            return match["prefix"], len(match["batch"])
    return f"{program.institution.code}-{program.code}", 2


def suggest_class(program_id: int, start: dt.date | None = None) -> dict:
    """What a new class of the program would likely be called: code, name, batch, capacity, room.

    The code follows the program's earlier classes (``SBP-JHT-2027-02`` after
    ``SBP-JHT-2026-03``), or reads institution-program-year-batch for a first class,
    and is made unique by bumping the batch if someone already took it.
    """
    program = Program.select(Program, Institution).join(Institution).where(Program.id == program_id).get()
    year = (start or dt.date.today()).year
    batch = next_batch(program_id, year)
    prefix, width = _code_pattern(program)
    while True:
        code = f"{prefix}-{year}-{batch:0{width}d}"
        if not TrainingClass.select().where(peewee.fn.LOWER(TrainingClass.code) == code.lower()).exists():
            break
        batch += 1
    previous = (TrainingClass.select().where(TrainingClass.program == program_id)
                .order_by(TrainingClass.id.desc()).first())
    return {"code": code, "name": f"{program.name} Angkatan {batch} Tahun {year}", "batch": batch,
            "capacity": previous.capacity if previous else 16,
            "room": previous.room_id if previous else None,
            "funding": previous.funding if previous else Funding.SELF_PAID}


LABELS = labels(
    program=("Program", "Program"),
    code=("Kode kelas", "Class code"),
    name=("Nama kelas", "Class name"),
    batch=("Angkatan", "Batch"),
    start_date=("Tanggal mulai", "Start date"),
    end_date=("Tanggal selesai", "End date"),
    room=("Ruangan", "Room"),
    capacity=("Kapasitas", "Capacity"),
    funding=("Sumber dana", "Funding"),
    status=("Status", "Status"),
    notes=("Catatan", "Notes"),
)
CODE_TAKEN = Text(
    'Kode kelas "{value}" sudah dipakai oleh kelas {owner}. Kode kelas harus unik di seluruh basis data.',
    'The class code "{value}" is already used by the class {owner}. Class codes are unique in the whole database.',
)
ENDS_BEFORE_START = Text(
    "Tanggal selesai ({end_id}) lebih awal dari tanggal mulai ({start_id}).",
    "The end date ({end_en}) is before the start date ({start_en}).",
)
PROGRAM_FIXED = Text(
    "Program kelas tidak dapat diganti karena kelas ini sudah punya {sessions} pertemuan atau "
    "peserta. Buat kelas baru untuk program lain.",
    "The class's program cannot be changed because the class already has {sessions} sessions or "
    "participants. Create a new class for the other program.",
)
ROOM_ELSEWHERE = Text(
    "Ruangan {room} milik lembaga {owner}, bukan {institution}.",
    "The room {room} belongs to {owner}, not to {institution}.",
)
OVER_ROOM = Text(
    "Kapasitas kelas ({capacity}) melebihi kapasitas ruangan {room} ({room_capacity}).",
    "The class capacity ({capacity}) is more than the room {room} holds ({room_capacity}).",
)
BELOW_SEATED = Text(
    "Kapasitas ({capacity}) lebih kecil dari jumlah peserta yang sudah mendapat kursi ({seated}).",
    "The capacity ({capacity}) is less than the participants already given a seat ({seated}).",
)


def save_class(store, values: dict, instance: TrainingClass | None = None):
    """Check and save a class; returns ``(class, warnings)``.

    ``values`` keys: program (id), code, name, batch, start_date, end_date, room (id or
    None), capacity, funding, status, notes. The institution is the program's.
    """
    require(Action.EDIT_SCHEDULE)
    klass = editable_copy(TrainingClass, instance)
    form = Form(klass, values, LABELS)
    program_id = form.check("program", reference, model=Program)
    program = Program.get_by_id(program_id) if program_id else None
    if program and instance is not None and program_id != instance.program_id:
        used = (ClassSession.select().where(ClassSession.training_class == instance.id).count()
                + Enrollment.select().where(Enrollment.training_class == instance.id).count())
        if used:
            form.add(error("program", "program_fixed", PROGRAM_FIXED.format(sessions=used)))
    code = form.text("code", required=True)
    if code and (other := form.clash(TrainingClass, peewee.fn.LOWER(TrainingClass.code) == code.lower())):
        form.refuse_taken("code", code, other.name, CODE_TAKEN)
    form.text("name", required=True, collapse=True)
    form.check("batch", positive_int, maximum=999)
    start = form.check("start_date", unlabelled(parse_date))
    end = form.check("end_date", unlabelled(parse_date))
    if start and end and end < start:
        form.add(error("end_date", "ends_before_start", ENDS_BEFORE_START.format(
            start_id=format_date_id(start), start_en=format_date_en(start),
            end_id=format_date_id(end), end_en=format_date_en(end))))
    capacity = form.check("capacity", positive_int, maximum=MAX_CAPACITY)
    room_id = _check_room(form, program, capacity)
    form.check("funding", choice, allowed=Funding.values())
    form.check("status", choice, allowed=ClassStatus.values())
    form.text("notes")
    if capacity and instance is not None:
        seated = (Enrollment.select().where(Enrollment.training_class == instance.id,
                                            Enrollment.status.in_(SEATED)).count())
        if seated > capacity:
            form.add(warning("capacity", "capacity_below_seated",
                             BELOW_SEATED.format(capacity=capacity, seated=seated)))
    warnings = form.finish()
    klass = form.apply()
    klass.room = room_id
    if program:
        klass.institution = program.institution_id
    return store.save(klass), warnings


def _check_room(form: Form, program: Program | None, capacity: int | None) -> int | None:
    raw = form.raw("room")
    if raw in (None, "", 0):
        form.cleaned["room"] = None
        return None
    room_id = form.check("room", reference, model=Room)
    if not room_id:
        return None
    room = Room.select(Room, Institution).join(Institution).where(Room.id == room_id).get()
    if program and room.institution_id != program.institution_id:
        form.add(warning("room", "room_elsewhere", ROOM_ELSEWHERE.format(
            room=room.name, owner=room.institution.code,
            institution=Institution.get_by_id(program.institution_id).code)))
    if capacity and capacity > room.capacity:
        form.add(warning("capacity", "over_room_capacity", OVER_ROOM.format(
            capacity=capacity, room=room.name, room_capacity=room.capacity)))
    return room_id


def class_choices(institution_id: int | None = None, include_finished: bool = True) -> list[dict]:
    """Classes to pick from (newest first): id, code, name, status."""
    query = TrainingClass.select(TrainingClass.id, TrainingClass.code, TrainingClass.name,
                                 TrainingClass.status)
    if institution_id:
        query = query.where(TrainingClass.institution == institution_id)
    if not include_finished:
        query = query.where(TrainingClass.status.not_in([ClassStatus.FINISHED, ClassStatus.CANCELLED]))
    query = query.order_by(TrainingClass.start_date.desc(nulls="LAST"), TrainingClass.code)
    return [{"id": c.id, "code": c.code, "name": c.name, "status": c.status} for c in query]
