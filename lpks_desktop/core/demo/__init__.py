"""Fill an empty database with a realistic demo, for screenshots, training and benchmarks.

One foundation runs three institutions in Kabupaten Balangan; their classes lie in
the past (finished, with attendance, assessments and certificates), the present
(running) and the future (open or planned, with registrants awaiting selection).
Same ``seed`` and ``today`` give the same data, row for row.

Rows are built in memory with ids assigned here (the caller guarantees an empty
database), then written in multi-row INSERTs inside one transaction: a failure
leaves the database as empty as it was. 100,000 participants take about half a
minute on SQLite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import string
import time
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from itertools import accumulate

import peewee

from .. import models as m
from ..actor import current_actor
from ..i18n import Text
from ..services import audit
from . import catalogue, names

__all__ = ["DemoSummary", "fill_demo"]

MINUTES_PER_JP = 45
# (start, JP, end when the slot is used in full): the morning keeps a 15-minute break.
SLOTS = ((dt.time(8, 0), 5, dt.time(12, 0)), (dt.time(13, 0), 4, dt.time(16, 0)))
# Fixed-date national holidays only: the moving ones (Idul Fitri, Nyepi...) need the
# `holidays` package, which the core does not require.
NATIONAL_HOLIDAYS = {(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)}
FOUNDATION_DAY = (9, 20)  # "Milad Yayasan": every institution closes
WITA = dt.timedelta(hours=8)  # Balangan's local time; the database keeps UTC
CHUNK = 500  # rows per INSERT: ~25 columns x 500 stays far below SQLite's 32,766 variables
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Insertion order: every table after the tables it references.
TABLES = (
    m.Institution, m.ClosureDay, m.Program, m.CompetencyUnit, m.Room, m.Trainer,
    m.TrainerCompetency, m.TrainerCertification, m.Participant, m.TrainingClass, m.ClassSession,
    m.SessionTrainer, m.Enrollment, m.EnrollmentStatusChange, m.AttendanceMark, m.Assessment,
    m.NumberSequence, m.Certificate, m.User, m.Setting,
)
_LABELS = {
    m.Institution: ("lembaga", "institutions"), m.ClosureDay: ("hari libur lembaga", "closure days"),
    m.Program: ("program", "programs"), m.CompetencyUnit: ("unit kompetensi", "competency units"),
    m.Room: ("ruangan", "rooms"), m.Trainer: ("instruktur", "trainers"),
    m.TrainerCompetency: ("kompetensi instruktur", "trainer competencies"),
    m.TrainerCertification: ("sertifikasi instruktur", "trainer certifications"),
    m.Participant: ("peserta", "participants"), m.TrainingClass: ("kelas", "classes"),
    m.ClassSession: ("pertemuan", "sessions"), m.SessionTrainer: ("jadwal instruktur", "session trainers"),
    m.Enrollment: ("pendaftaran", "enrollments"),
    m.EnrollmentStatusChange: ("riwayat status", "status history"),
    m.AttendanceMark: ("kehadiran", "attendance"), m.Assessment: ("penilaian", "assessments"),
    m.NumberSequence: ("nomor urut", "number sequences"), m.Certificate: ("sertifikat", "certificates"),
    m.User: ("pengguna", "users"), m.Setting: ("pengaturan", "settings"),
}


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    institutions: int
    closure_days: int
    programs: int
    competency_units: int
    rooms: int
    trainers: int
    trainer_competencies: int
    trainer_certifications: int
    participants: int
    training_classes: int
    class_sessions: int
    session_trainers: int
    enrollments: int
    enrollment_status_changes: int
    attendance_marks: int
    assessments: int
    number_sequences: int
    certificates: int
    users: int
    settings: int
    seconds: float

    def counts(self) -> dict[str, int]:
        """Rows written, by table name."""
        return {model._meta.table_name: getattr(self, _SUMMARY_FIELDS[model]) for model in TABLES}


# DemoSummary declares its count fields in TABLES order.
_SUMMARY_FIELDS = dict(zip(TABLES, (field.name for field in dataclasses.fields(DemoSummary))))


Progress = Callable[[int, int, str], None]


def fill_demo(store, *, participants: int = 400, seed: int | None = None,
              today: dt.date | None = None, progress: Progress | None = None) -> DemoSummary:
    """Write the demo into ``store``'s empty database, all in one transaction.

    ``progress(done, total, label)`` is called as rows are written; ``total`` 0
    means "preparing, amount unknown". Checking that the database is empty is
    the caller's job.
    """
    if participants < 0:
        raise ValueError("participants must be >= 0")
    started = time.perf_counter()
    today = today or dt.date.today()
    if isinstance(today, dt.datetime):
        today = today.date()
    report = progress or (lambda done, total, label: None)
    builder = _Builder(random.Random(seed), today, current_actor())
    builder.build(participants, report)
    counts = {model: len(builder.rows[model]) for model in TABLES}
    total = sum(counts.values())
    with store.transaction():
        done = 0
        for model in TABLES:
            done = _insert(model, builder.rows[model], done, total, report)
        if isinstance(store.db, peewee.PostgresqlDatabase):
            _reset_pg_sequences(store.db)
        summary = DemoSummary(**{_SUMMARY_FIELDS[model]: counts[model] for model in TABLES},
                              seconds=0.0)
        audit.record("demo", "database", None, summary.counts())
    report(total, total, str(Text("Selesai", "Done")))
    return dataclasses.replace(summary, seconds=round(time.perf_counter() - started, 3))


def _insert(model, rows: list[dict], done: int, total: int, report: Progress) -> int:
    """Write ``rows`` in chunks of CHUNK rows; returns ``done`` plus the rows written.

    peewee's insert_many writes the statement for each chunk size, but building
    it spends ~85% of the demo's time wrapping every value in a query node. The
    statement text is the same for every full chunk, so it is built once and run
    again with the values converted as peewee converts them (each field's
    db_value): 100,000 participants take seconds instead of a minute.
    """
    what_id, what_en = _LABELS[model]
    label = str(Text("Menulis {what_id}…", "Writing {what_en}…",
                     {"what_id": what_id, "what_en": what_en}))
    fields = model._meta.sorted_fields
    columns = [(field.name, field.db_value) for field in fields]
    statements: dict[int, str] = {}
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        sql = statements.get(len(chunk))
        if sql is None:
            tuples = [tuple(row[name] for name, _ in columns) for row in chunk]
            # An empty returning(): no "RETURNING id" on PostgreSQL, the ids are ours already.
            sql, params = model.insert_many(tuples, fields=fields).returning().sql()
            statements[len(chunk)] = sql
        else:
            params = [convert(row[name]) for row in chunk for name, convert in columns]
        model._meta.database.execute_sql(sql, params)
        done += len(chunk)
        report(done, total, label)
    return done


def _reset_pg_sequences(db) -> None:
    # Explicit ids leave each SERIAL sequence at 1; the next ordinary insert would collide.
    for model in TABLES:
        table = model._meta.table_name
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"COALESCE((SELECT MAX(id) FROM \"{table}\"), 1), "
                       f"(SELECT COUNT(*) > 0 FROM \"{table}\"))")


# --- dates and times ------------------------------------------------------------------------


def _utc(day: dt.date, clock: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, clock) - WITA


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _plus_minutes(clock: dt.time, minutes: int) -> dt.time:
    total = clock.hour * 60 + clock.minute + minutes
    return dt.time(total // 60, total % 60)


class _Calendar:
    """Open days of one institution: weekdays that are neither holidays nor closure days."""

    def __init__(self, closed: set[dt.date]):
        self.closed = closed

    def is_open(self, day: dt.date) -> bool:
        return day.weekday() < 5 and (day.month, day.day) not in NATIONAL_HOLIDAYS \
            and day not in self.closed

    def next_open(self, day: dt.date) -> dt.date:
        while not self.is_open(day):
            day += dt.timedelta(days=1)
        return day

    def open_days_before(self, day: dt.date, count: int) -> dt.date:
        while count:
            day -= dt.timedelta(days=1)
            if self.is_open(day):
                count -= 1
        return day

    def sessions(self, start: dt.date, units: list[tuple[int, int]]) -> list[tuple]:
        """(date, start, end, jp, unit index) meetings covering each unit's JP in order.

        A unit that ends inside a slot hands the rest of the slot to the next unit,
        as trainers do, so every day is full and the class ends as early as it can.
        """
        day, slot = self.next_open(start), 0
        clock, slot_left = SLOTS[0][0], SLOTS[0][1]
        planned = []
        for index, jp in units:
            left = jp
            while left:
                take = min(left, slot_left)
                slot_left -= take
                end = SLOTS[slot][2] if slot_left == 0 else _plus_minutes(clock, take * MINUTES_PER_JP)
                planned.append((day, clock, end, take, index))
                left -= take
                clock = end
                if slot_left == 0:
                    slot += 1
                    if slot == len(SLOTS):
                        slot, day = 0, self.next_open(day + dt.timedelta(days=1))
                    clock, slot_left = SLOTS[slot][0], SLOTS[slot][1]
        return planned


# --- the builder ----------------------------------------------------------------------------


@dataclasses.dataclass
class _Class:
    spec: catalogue.ProgramSpec
    kind: str  # past, running, future
    status: str
    start: dt.date
    meetings: list[tuple]
    id: int = 0
    code: str = ""
    lead: int = 0
    funding: str = m.Funding.SELF_PAID
    session_ids: list[int] = dataclasses.field(default_factory=list)
    members: set[int] = dataclasses.field(default_factory=set)

    @property
    def end(self) -> dt.date:
        return self.meetings[-1][0]

    def selection_done(self, today: dt.date) -> bool:
        return self.kind != "future" or (self.status == m.ClassStatus.OPEN
                                         and (self.start - today).days <= 10)


class _Builder:
    def __init__(self, rng: random.Random, today: dt.date, actor: str):
        self.rng = rng
        self.today = today
        self.actor = actor
        self.rows: dict[type, list[dict]] = {model: [] for model in TABLES}
        # Plain defaults ("", False, 0) filled in here; the callable ones (timestamps,
        # actor) are always given, so that the same seed writes the same rows.
        self.defaults = {model: {f.name: f.default for f in model._meta.sorted_fields
                                 if not callable(f.default)} for model in TABLES}
        self.nik_serials: dict[str, int] = defaultdict(int)
        self.redeem_codes: set[str] = set()

    def add(self, model, stamp: dt.datetime, **values) -> int:
        rows = self.rows[model]
        row = {**self.defaults[model], **values, "id": len(rows) + 1, "created_at": stamp,
               "updated_at": stamp, "created_by": self.actor, "updated_by": self.actor,
               "row_version": 1}
        rows.append(row)
        return row["id"]

    def build(self, participant_count: int, report: Progress) -> None:
        def phase(id_text: str, en_text: str) -> None:
            report(0, 0, str(Text(id_text, en_text)))  # total 0: amount not known yet

        phase("Menyusun lembaga dan jadwal kelas…", "Preparing institutions and class schedules…")
        self.calendars = {spec.code: _Calendar(self._closure_dates(spec.code))
                          for spec in catalogue.INSTITUTIONS}
        # Classes grow more slowly than people: beyond ~7,500 participants the extra
        # people are registrants of the same 300 classes, not more classes.
        n_classes = max(12, min(300, round(participant_count / 25)))
        classes = self._plan_classes(n_classes)
        self.epoch = min(c.start for c in classes) - dt.timedelta(days=120)
        stamp = _utc(self.epoch, dt.time(9, 0))
        self._setup(stamp)
        self._classes(classes)
        phase("Menyusun data peserta…", "Preparing participants…")
        people = self._participants(participant_count)
        phase("Menyusun pendaftaran dan seleksi…", "Preparing enrollments and selection…")
        enrolled = self._enrollments(classes, people)
        phase("Menyusun kehadiran dan penilaian…", "Preparing attendance and assessments…")
        self._attendance_and_results(classes, enrolled)
        self._certificates()
        for person in people:
            self.rows[m.Participant][person["id"] - 1].update(
                created_at=person["first_seen"] or stamp, updated_at=person["first_seen"] or stamp)

    # --- institutions, programs, rooms, trainers, users, settings ---------------------

    def _closure_dates(self, institution: str) -> set[dt.date]:
        closed = set()
        for year in range(self.today.year - 6, self.today.year + 2):
            closed.add(dt.date(year, *FOUNDATION_DAY))
        # A one-off closure near today, so the demo shows one in the calendar.
        offset = {"LPK-SBP": -38, "LPK-STB": -17, "LPK-SDP": 23}[institution]
        closed.add(self.today + dt.timedelta(days=offset))
        return closed

    def _setup(self, stamp: dt.datetime) -> None:
        self.institution_ids, self.room_ids, self.program_ids = {}, {}, {}
        self.unit_ids: dict[str, list[int]] = {}
        for spec in catalogue.INSTITUTIONS:
            self.institution_ids[spec.code] = self.add(
                m.Institution, stamp, code=spec.code, name=spec.name, kind=m.InstitutionKind.LPKS,
                foundation=catalogue.FOUNDATION, registration_number=spec.registration_number,
                license_number=spec.license_number, business_id=spec.business_id,
                accreditation=spec.accreditation, address=spec.address, village=spec.village,
                district=spec.district, city=catalogue.CITY, province=catalogue.PROVINCE,
                postal_code=spec.postal_code, phone=spec.phone, email=spec.email,
                website=spec.website, head_name=spec.head_name, head_title=spec.head_title,
                certificate_number_pattern=spec.certificate_number_pattern)
        for spec in catalogue.INSTITUTIONS:
            for day in sorted(self.calendars[spec.code].closed):
                if day.weekday() < 5 and day >= self.epoch:
                    reason = "Milad Yayasan" if (day.month, day.day) == FOUNDATION_DAY \
                        else "Rapat kerja tahunan lembaga"
                    self.add(m.ClosureDay, stamp, institution=self.institution_ids[spec.code],
                             date=day, reason=reason)
        for spec in catalogue.PROGRAMS:
            program_id = self.add(
                m.Program, stamp, institution=self.institution_ids[spec.institution], code=spec.code,
                name=spec.name, description=spec.description, total_jp=spec.total_jp,
                min_attendance_pct=spec.min_attendance_pct, skkni_reference=spec.skkni_reference,
                kbli_code=spec.kbli_code)
            self.program_ids[spec.code] = program_id
            self.unit_ids[spec.code] = [
                self.add(m.CompetencyUnit, stamp, program=program_id, code=unit.code,
                         title=unit.title, jp=unit.jp, position=index + 1, required=True)
                for index, unit in enumerate(spec.units)]
        for room in catalogue.ROOMS:
            self.room_ids[room.name] = self.add(
                m.Room, stamp, institution=self.institution_ids[room.institution], name=room.name,
                capacity=room.capacity, location=room.location)
        self._trainers(stamp)
        trainer_by_name = {row["full_name"]: row["id"] for row in self.rows[m.Trainer]}
        for username, full_name, role, trainer in catalogue.USERS:
            self.add(m.User, stamp, username=username, full_name=full_name, role=role,
                     trainer=trainer_by_name.get(trainer), password_hash=None)
        self.add(m.Setting, stamp, institution=None, key="minutes_per_jp",
                 value=json.dumps(MINUTES_PER_JP))
        for spec in catalogue.INSTITUTIONS:
            self.add(m.Setting, stamp, institution=self.institution_ids[spec.code],
                     key="default_paper", value=json.dumps(spec.paper))

    def _trainers(self, stamp: dt.datetime) -> None:
        rng, today = self.rng, self.today
        units_by_program = {p.code: p.units for p in catalogue.PROGRAMS}
        # program code -> [(trainer id, unit codes it may teach)]
        self.program_trainers: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
        expiry_plan = ["expired", "soon", "expired", "soon"]  # the first few, so warnings show
        for number, spec in enumerate(catalogue.TRAINERS):
            district = names.REGENCIES[0].districts[number % 8]
            nik = self._nik("6311" + district.code, self._birth_date(25, 52), spec.sex) \
                if spec.has_nik else None
            trainer_id = self.add(
                m.Trainer, stamp, institution=self.institution_ids[spec.institution],
                full_name=spec.full_name, nik=nik, sex=spec.sex, phone=self._phone(),
                email=f"{_ascii_handle(spec.full_name)}@sbpersada.or.id",
                address=f"{names.street_address(rng)}, {rng.choice(district.villages)}, "
                        f"{district.name}, {catalogue.CITY}",
                rate_per_jp=Decimal(spec.rate_per_jp))
            for program in spec.programs:
                units = units_by_program[program]
                allowed = units[1::2] if spec.partial else units
                self.program_trainers[program].append(
                    (trainer_id, frozenset(u.code for u in allowed)))
                for unit in allowed:
                    self.add(m.TrainerCompetency, stamp, trainer=trainer_id,
                             unit_code=unit.code, title=unit.title)
            certificates = [catalogue.METHODOLOGY_CERTIFICATE]
            if spec.certification:
                certificates.append((spec.certification, "LSP Balangan Kompeten"))
            for name, issuer in certificates:
                plan = expiry_plan.pop(0) if expiry_plan else "random"
                if plan == "expired":
                    expires = today - dt.timedelta(days=rng.randint(20, 200))
                elif plan == "soon":
                    expires = today + dt.timedelta(days=rng.randint(5, 55))
                else:
                    expires = today + dt.timedelta(days=rng.randint(-400, 1000))
                issued = _years_before(expires, 3)
                self.add(m.TrainerCertification, stamp, trainer=trainer_id, name=name,
                         number=f"{rng.randint(100, 999)}.{rng.randint(1000, 9999)}."
                                f"{rng.randint(10, 99)}.{issued.year}",
                         issuer=issuer, issued_on=issued, expires_on=expires)

    # --- classes and sessions --------------------------------------------------------------

    def _plan_classes(self, n_classes: int) -> list[_Class]:
        rng, today = self.rng, self.today
        programs = list(catalogue.PROGRAMS)
        counts = [n_classes // len(programs)] * len(programs)
        for index in rng.sample(range(len(programs)), n_classes % len(programs)):
            counts[index] += 1
        classes = []
        for index, (spec, k) in enumerate(zip(programs, counts)):
            calendar = self.calendars[spec.institution]
            units = [(i, u.jp) for i, u in enumerate(spec.units)]
            running = 1 if index % 3 != 2 else 0
            future = 1 if k < 6 else 2
            if k == 1:
                running, future = (1, 0) if running else (0, 1)
            elif k == 2:
                future = 1 - running
            past = k - running - future
            planned: list[_Class] = []
            latest_end = today - dt.timedelta(days=rng.randint(3, 30))
            if running:
                days = len({meeting[0] for meeting in calendar.sessions(today, units)})
                start = calendar.open_days_before(today, rng.randint(1, days - 1))
                meetings = calendar.sessions(start, units)
                planned.append(_Class(spec, "running", m.ClassStatus.RUNNING, start, meetings))
                latest_end = start - dt.timedelta(days=rng.randint(7, 21))
            for _ in range(past):
                start, meetings = self._ending_before(calendar, units, latest_end)
                planned.append(_Class(spec, "past", m.ClassStatus.FINISHED, start, meetings))
                latest_end = start - dt.timedelta(days=rng.randint(7, 28))
            after = max((c.end for c in planned if c.kind == "running"), default=None)
            for number in range(future):
                if after is None:
                    gap = rng.randint(3, 9) if index % 2 else rng.randint(14, 40)
                    start = calendar.next_open(today + dt.timedelta(days=gap))
                else:
                    start = calendar.next_open(after + dt.timedelta(days=rng.randint(7, 30)))
                meetings = calendar.sessions(start, units)
                status = m.ClassStatus.OPEN if number == 0 else m.ClassStatus.PLANNED
                planned.append(_Class(spec, "future", status, start, meetings))
                after = meetings[-1][0]
            classes.extend(planned)
        classes.sort(key=lambda c: (c.start, c.spec.code))
        return classes

    @staticmethod
    def _ending_before(calendar: _Calendar, units, limit: dt.date):
        start = limit - dt.timedelta(days=len(units) * 7)
        while True:
            meetings = calendar.sessions(start, units)
            overrun = (meetings[-1][0] - limit).days
            if overrun < 0:
                return meetings[0][0], meetings
            start -= dt.timedelta(days=overrun + 1)

    def _classes(self, classes: list[_Class]) -> None:
        rng, today = self.rng, self.today
        batch_numbers: dict[tuple[str, int], int] = defaultdict(int)
        institutions = {spec.code: spec for spec in catalogue.INSTITUTIONS}
        for klass in classes:
            spec = klass.spec
            batch_numbers[spec.code, klass.start.year] += 1
            batch = batch_numbers[spec.code, klass.start.year]
            klass.code = f"{institutions[spec.institution].short}-{spec.code}-{klass.start.year}-{batch:02d}"
            klass.funding = rng.choices(
                (m.Funding.SELF_PAID, m.Funding.APBD, m.Funding.APBN, m.Funding.PRAKERJA,
                 m.Funding.COMPANY), weights=(30, 30, 18, 17, 5))[0]
            notes = {m.Funding.APBD: "Kerja sama Disnakertrans Kabupaten Balangan",
                     m.Funding.APBN: "Program pelatihan berbasis kompetensi (APBN)",
                     m.Funding.PRAKERJA: "Kartu Prakerja, pelatihan luring",
                     m.Funding.COMPANY: "Dibiayai perusahaan mitra (CSR)"}.get(klass.funding, "")
            room_id = self.room_ids[spec.room]
            trainers = self.program_trainers[spec.code]
            full = [tid for tid, allowed in trainers if len(allowed) == len(spec.units)]
            klass.lead = rng.choice(full)
            created = _utc(klass.start - dt.timedelta(days=rng.randint(45, 75)), dt.time(10, 0))
            klass.id = self.add(
                m.TrainingClass, created, institution=self.institution_ids[spec.institution],
                program=self.program_ids[spec.code], code=klass.code,
                name=f"{spec.name} Angkatan {batch} Tahun {klass.start.year}", batch=batch,
                start_date=klass.start, end_date=klass.end, room=room_id,
                capacity=next(r.capacity for r in catalogue.ROOMS if r.name == spec.room),
                funding=klass.funding, status=klass.status, notes=notes)
            unit_ids = self.unit_ids[spec.code]
            per_unit = defaultdict(int)
            for meeting in klass.meetings:
                per_unit[meeting[4]] += 1
            seen = defaultdict(int)
            for day, start, end, jp, unit in klass.meetings:
                seen[unit] += 1
                title = spec.units[unit].title
                topic = title if per_unit[unit] == 1 else f"{title} ({seen[unit]}/{per_unit[unit]})"
                status = m.SessionStatus.HELD if day < today else m.SessionStatus.PLANNED
                session_id = self.add(
                    m.ClassSession, created, training_class=klass.id, date=day, start_time=start,
                    end_time=end, unit=unit_ids[unit], topic=topic, room=room_id, jp=jp, status=status)
                klass.session_ids.append(session_id)
                code = spec.units[unit].code
                competent = [tid for tid, allowed in trainers if code in allowed]
                lead = klass.lead if klass.lead in competent and rng.random() < 0.75 \
                    else rng.choice(competent)
                self.add(m.SessionTrainer, created, session=session_id, trainer=lead,
                         role=m.TrainerRole.LEAD)
                others = [tid for tid, _ in trainers if tid != lead]
                if others and rng.random() < 0.3:
                    self.add(m.SessionTrainer, created, session=session_id,
                             trainer=rng.choice(others), role=m.TrainerRole.ASSISTANT)

    # --- participants ------------------------------------------------------------------------

    def _participants(self, count: int) -> list[dict]:
        rng, today = self.rng, self.today
        people = []
        for _ in range(count):
            sex = "L" if rng.random() < 0.52 else "P"
            full_name, group = names.person_name(rng, sex)
            regency = names.pick_regency(rng)
            district = rng.choice(regency.districts)
            age = rng.choices(_AGES, cum_weights=_AGE_CUM)[0]
            birth = self._birth_date(*age)
            years = (today - birth).days // 365
            education = rng.choices(
                _EDUCATION, cum_weights=_EDUCATION_CUM[(years >= 20) + (years >= 24)])[0]
            employment = m.Employment.STUDENT if years < 19 and rng.random() < 0.5 \
                else rng.choices(_EMPLOYMENT, cum_weights=_EMPLOYMENT_CUM)[0]
            card = None
            if years >= 18 and employment in (m.Employment.UNEMPLOYED, m.Employment.LAID_OFF) \
                    and rng.random() < 0.15:
                card = _digits(rng, 16)
            row = dict(
                nik=self._nik(regency.code + district.code, birth, sex), full_name=full_name,
                sex=sex, birth_place=names.birth_place(rng, group, regency, district),
                birth_date=birth, address=names.street_address(rng),
                village=rng.choice(district.villages), district=district.name, city=regency.name,
                province=names.PROVINCE, phone=self._phone(),
                email=_email(rng, full_name) if rng.random() < 0.35 else "",
                education=education, employment=employment, prakerja_card_number=card,
                notes=_participant_note(rng, employment))
            person_id = self.add(m.Participant, None, **row)
            people.append({"id": person_id, "first_seen": None, "name": full_name})
        return people

    def _birth_date(self, youngest: int, oldest: int) -> dt.date:
        age = self.rng.randint(youngest, oldest)
        latest = _years_before(self.today, age)
        earliest = _years_before(self.today, age + 1) + dt.timedelta(days=1)
        return earliest + dt.timedelta(days=self.rng.randint(0, (latest - earliest).days))

    def _nik(self, region: str, birth: dt.date, sex: str) -> str:
        day = birth.day + (40 if sex == "P" else 0)
        prefix = f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
        self.nik_serials[prefix] += 1
        return f"{prefix}{self.nik_serials[prefix]:04d}"

    def _phone(self) -> str:
        prefix = self.rng.choice(("811", "812", "813", "821", "822", "852", "853", "851", "857",
                                  "856", "877", "878", "819", "831", "838", "895", "896", "881"))
        return f"+62{prefix}{_digits(self.rng, self.rng.choice((7, 8, 8, 8)))}"

    # --- enrollments --------------------------------------------------------------------------

    def _enrollments(self, classes: list[_Class], people: list[dict]) -> dict[int, list]:
        """Seats for admitted participants, then everyone else as registrants.

        Returns class id -> [(enrollment id, final status, sessions attended or marked
        absent, participant index)] for those admitted to past and running classes.
        """
        rng, today = self.rng, self.today
        count = len(people)
        seats = {}
        for klass in classes:
            capacity = next(r.capacity for r in catalogue.ROOMS if r.name == klass.spec.room)
            if klass.kind in ("past", "running"):
                seats[klass.id] = capacity - rng.randint(0, 3)
            elif klass.selection_done(today):
                seats[klass.id] = capacity
            else:
                seats[klass.id] = 0
        demand = sum(seats.values())
        if count and demand > 0.8 * count:
            scale = 0.8 * count / demand
            seats = {key: max(1, int(value * scale)) if value else 0 for key, value in seats.items()}
        pool = list(range(count))
        rng.shuffle(pool)
        next_free = 0
        last_end: dict[int, dt.date] = {}
        alumni: list[int] = []
        admitted: dict[int, list] = {}
        for klass in classes:
            chosen: list[int] = []
            tries = 0
            # Tries are bounded: a tiny demo may run out of people who are free.
            while count and len(chosen) < seats[klass.id] and tries < 20 * seats[klass.id] + 100:
                tries += 1
                person = None
                if alumni and (rng.random() < 0.04 or next_free >= count):
                    candidate = rng.choice(alumni)
                    if last_end[candidate] < klass.start and candidate not in klass.members:
                        person = candidate
                elif next_free < count:
                    person, next_free = pool[next_free], next_free + 1
                if person is not None:
                    chosen.append(person)
                    klass.members.add(person)
            admitted[klass.id] = self._admit(klass, chosen, people)
            for person in chosen:
                last_end[person] = klass.end
                alumni.append(person)
        # Everyone not admitted registered somewhere: most for the classes now open,
        # the rest were turned away by earlier selections.
        weights = [(2 if c.status == m.ClassStatus.PLANNED else 6 if not c.selection_done(today)
                    else 3) if c.kind == "future" else 1 for c in classes]
        leftover = pool[next_free:]
        if leftover:
            picks = rng.choices(range(len(classes)), weights=weights, k=len(leftover))
            by_class = defaultdict(list)
            for person, pick in zip(leftover, picks):
                by_class[pick].append(person)
            for pick, persons in sorted(by_class.items()):
                klass = classes[pick]
                klass.members.update(persons)
                self._registrants(klass, persons, people)
        return admitted

    def _registered_at(self, klass: _Class) -> dt.datetime:
        """Before selection (a week before the start), and never after yesterday."""
        rng, today = self.rng, self.today
        if klass.selection_done(today):
            latest = min(klass.start - dt.timedelta(days=8), today - dt.timedelta(days=2))
            earliest = klass.start - dt.timedelta(days=60)
        else:
            latest, earliest = today - dt.timedelta(days=1), today - dt.timedelta(days=45)
        earliest = min(earliest, latest)
        day = earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))
        return _utc(day, dt.time(rng.randint(8, 15), rng.randint(0, 59)))

    def _selection_at(self, klass: _Class) -> dt.datetime:
        day = min(klass.start - dt.timedelta(days=7), self.today - dt.timedelta(days=1))
        return _utc(day, dt.time(14, 0))

    def _enroll(self, klass: _Class, person: dict, history: list[tuple], **extra) -> int:
        registered = history[0][2]
        if person["first_seen"] is None or registered < person["first_seen"]:
            person["first_seen"] = registered
        final = history[-1][1]
        enrollment_id = self.add(
            m.Enrollment, registered, training_class=klass.id, participant=person["id"],
            status=final, registered_at=registered, **extra)
        row = self.rows[m.Enrollment][-1]
        row.update(updated_at=history[-1][2], row_version=len(history))
        for old, new, at, reason in history:
            self.add(m.EnrollmentStatusChange, at, enrollment=enrollment_id, old_status=old,
                     new_status=new, changed_at=at, reason=reason)
        if klass.funding == m.Funding.PRAKERJA:
            participant = self.rows[m.Participant][person["id"] - 1]
            if not participant["prakerja_card_number"]:
                participant["prakerja_card_number"] = _digits(self.rng, 16)
        return enrollment_id

    def _admit(self, klass: _Class, chosen: list[int], people: list[dict]) -> list:
        rng, today = self.rng, self.today
        S = m.EnrollmentStatus
        admitted = []
        held = sum(1 for meeting in klass.meetings if meeting[0] < today)
        for person_index in chosen:
            person = people[person_index]
            registered = self._registered_at(klass)
            selected = self._selection_at(klass)
            history = [(None, S.REGISTERED, registered, rng.choice(_REGISTRATION_REASONS))]
            if klass.kind == "future":
                history.append((S.REGISTERED, S.PASSED_SELECTION, selected,
                                "Lulus seleksi administrasi dan wawancara"))
                self._enroll(klass, person, history)
                continue
            if rng.random() < 0.08:
                history += [(S.REGISTERED, S.RESERVE, selected, "Masuk daftar cadangan"),
                            (S.RESERVE, S.PASSED_SELECTION,
                             _utc(klass.start - dt.timedelta(days=2), dt.time(9, 0)),
                             "Menggantikan peserta yang mengundurkan diri sebelum pelatihan")]
            else:
                history.append((S.REGISTERED, S.PASSED_SELECTION, selected,
                                "Lulus seleksi administrasi dan wawancara"))
            begun = _utc(klass.start, dt.time(7, 30))
            history.append((S.PASSED_SELECTION, S.ENROLLED, begun, "Mengikuti pelatihan"))
            last = held  # sessions the participant was there for (or marked absent)
            if klass.kind == "past":
                roll = rng.random()
                if roll < 0.06 and held > 3:
                    last = rng.randint(1, held * 2 // 3)
                    history.append((S.ENROLLED, S.WITHDREW,
                                    _utc(klass.meetings[last - 1][0], dt.time(17, 0)),
                                    rng.choice(_WITHDRAWAL_REASONS)))
                elif roll < 0.085 and held > 8:
                    last = rng.randint(6, held * 2 // 3)
                    history.append((S.ENROLLED, S.DISMISSED,
                                    _utc(klass.meetings[last - 1][0], dt.time(17, 0)),
                                    "Tidak hadir lebih dari 3 hari tanpa keterangan"))
                else:
                    history.append((S.ENROLLED, S.COMPLETED, _utc(klass.end, dt.time(16, 30)),
                                    "Pelatihan selesai"))
            extra = {}
            if klass.funding == m.Funding.PRAKERJA:
                extra = {"prakerja_redeem_code": self._redeem_code(),
                         "prakerja_redeemed_at": _utc(klass.start, dt.time(8, 0))}
            enrollment_id = self._enroll(klass, person, history, **extra)
            admitted.append((enrollment_id, history[-1][1], last, person_index))
        return admitted

    def _registrants(self, klass: _Class, persons: list[int], people: list[dict]) -> None:
        rng = self.rng
        S = m.EnrollmentStatus
        entries = sorted(((self._registered_at(klass), p) for p in persons))
        reserves = rng.randint(3, 6) if klass.kind == "future" else 0
        ranked = 0
        for registered, person_index in entries:
            history = [(None, S.REGISTERED, registered, rng.choice(_REGISTRATION_REASONS))]
            rank = None
            if klass.selection_done(self.today):
                at = self._selection_at(klass)
                if ranked < reserves and rng.random() < 0.5:
                    ranked += 1
                    rank = ranked
                    history.append((S.REGISTERED, S.RESERVE, at, "Masuk daftar cadangan"))
                else:
                    history.append((S.REGISTERED, S.NOT_PASSED, at, rng.choice(_REJECTION_REASONS)))
            self._enroll(klass, people[person_index], history, reserve_rank=rank)

    def _redeem_code(self) -> str:
        while True:
            code = "".join(self.rng.choice(_REDEEM_ALPHABET) for _ in range(12))
            if code not in self.redeem_codes:
                self.redeem_codes.add(code)
                return code

    # --- attendance, assessments, certificates ---------------------------------------------

    def _attendance_and_results(self, classes: list[_Class], admitted: dict[int, list]) -> None:
        rng, today = self.rng, self.today
        self.certificate_due: list[tuple] = []
        for klass in classes:
            if klass.kind == "future":
                continue
            spec = klass.spec
            unit_ids = self.unit_ids[spec.code]
            for enrollment_id, status, last, person_index in admitted[klass.id]:
                careless = rng.random() < 0.12
                miss = 0.15 if careless else 0.03
                present_jp = 0
                for index in range(last):
                    day, start, _end, jp, _unit = klass.meetings[index]
                    if day >= today:
                        break
                    arrival, note = None, ""
                    if status == m.EnrollmentStatus.DISMISSED and index >= last - 4:
                        mark = m.Mark.ABSENT
                    elif rng.random() < miss:
                        mark = rng.choices((m.Mark.EXCUSED, m.Mark.SICK, m.Mark.ABSENT),
                                           weights=(40, 35, 25))[0]
                        note = _ABSENCE_NOTES[mark] if rng.random() < 0.4 else ""
                    else:
                        mark = m.Mark.PRESENT
                        present_jp += jp
                        if rng.random() < 0.03:
                            arrival, note = _plus_minutes(start, rng.randint(10, 40)), "Terlambat"
                    self.add(m.AttendanceMark, _utc(day, dt.time(16, 30)),
                             session=klass.session_ids[index], enrollment=enrollment_id, mark=mark,
                             arrival_time=arrival, note=note)
                if status != m.EnrollmentStatus.COMPLETED:
                    continue
                all_competent = True
                assessed = _utc(klass.end, dt.time(15, 0))
                for unit_id in unit_ids:
                    competent = rng.random() < (0.9 if careless else 0.97)
                    all_competent &= competent
                    score = rng.randint(72, 98) if competent else rng.randint(45, 69)
                    self.add(m.Assessment, assessed, enrollment=enrollment_id, unit=unit_id,
                             result=m.Result.COMPETENT if competent else m.Result.NOT_YET_COMPETENT,
                             score=Decimal(score), pre_test=Decimal(rng.randint(30, 70)),
                             post_test=Decimal(min(100, score + rng.randint(-5, 8))),
                             assessed_on=klass.end, assessor=klass.lead)
                attended = 100 * present_jp >= spec.min_attendance_pct * spec.total_jp
                if attended and all_competent:
                    self.certificate_due.append((klass, enrollment_id))

    def _certificates(self) -> None:
        """Number certificates in order of issue, per institution and year, as the service would."""
        rng, today = self.rng, self.today
        events = []
        issue_delay: dict[int, int] = {}
        for klass, enrollment_id in self.certificate_due:
            delay = issue_delay.setdefault(klass.id, rng.randint(3, 10))
            issued = klass.end + dt.timedelta(days=delay)
            if issued <= today:  # a class that ended days ago still awaits its certificates
                events.append([issued, klass, enrollment_id, None])
        events.sort(key=lambda e: (e[0], e[1].code, e[2]))
        if events:
            # One misspelt certificate, revoked and reissued under a new number.
            first = events[0]
            reissued = min(first[0] + dt.timedelta(days=3), today)
            events.append([reissued, first[1], first[2], "reissue"])
            first[3] = "revoked"
            events.sort(key=lambda e: (e[0], e[1].code, e[2]))
        institutions = {spec.code: spec for spec in catalogue.INSTITUTIONS}
        last_values: dict[tuple[str, int], int] = defaultdict(int)
        revoke_at = None
        for issued, klass, enrollment_id, role in events:
            spec = institutions[klass.spec.institution]
            key = (spec.code, issued.year)
            last_values[key] += 1
            number = spec.certificate_number_pattern.format(
                seq=last_values[key], institution=spec.code, month_roman=ROMAN[issued.month - 1],
                month=issued.month, year=issued.year)
            stamp = _utc(issued, dt.time(9, 0))
            printed = _utc(issued, dt.time(10, 0)) if (today - issued).days > 3 else None
            self.add(m.Certificate, stamp, enrollment=enrollment_id,
                     institution=self.institution_ids[spec.code], number=number, year=issued.year,
                     sequence_value=last_values[key], issued_on=issued, issued_place=spec.issue_place,
                     status=m.CertificateStatus.VALID, printed_at=printed)
            if role == "revoked":
                revoked_row = self.rows[m.Certificate][-1]
            elif role == "reissue":
                revoke_at = stamp
        if events:
            revoked_row.update(status=m.CertificateStatus.REVOKED, revoked_at=revoke_at,
                               updated_at=revoke_at, row_version=2,
                               revoke_reason="Nama peserta salah ketik; diganti sertifikat baru")
        for (code, year), value in sorted(last_values.items()):
            stamp = _utc(dt.date(year, 12, 31) if year < today.year else today, dt.time(9, 0))
            self.add(m.NumberSequence, stamp, institution=self.institution_ids[code],
                     kind="certificate", year=year, last_value=value)


# Cumulative weights (computed once; random.choices would redo it per person).
_AGES = ((17, 20), (21, 25), (26, 35), (36, 45), (46, 55))
_AGE_CUM = tuple(accumulate((24, 34, 26, 12, 4)))
_EDUCATION = (m.Education.NONE, m.Education.SD, m.Education.SMP, m.Education.SMA,
              m.Education.D1, m.Education.D3, m.Education.S1)
# By age band 17-19, 20-23 and 24 up: nobody finishes a degree at 18.
_EDUCATION_CUM = tuple(tuple(accumulate(w)) for w in (
    (1, 5, 30, 64, 0, 0, 0), (1, 6, 18, 65, 3, 4, 3), (1, 8, 18, 52, 2, 6, 13)))
_EMPLOYMENT = (m.Employment.UNEMPLOYED, m.Employment.EMPLOYED, m.Employment.SELF_EMPLOYED,
               m.Employment.LAID_OFF, m.Employment.STUDENT)
_EMPLOYMENT_CUM = tuple(accumulate((48, 16, 18, 12, 6)))
_REGISTRATION_REASONS = ("Pendaftaran di kantor LPK", "Pendaftaran melalui formulir daring",
                         "Didaftarkan oleh desa", "Pendaftaran melalui Disnakertrans")
_REJECTION_REASONS = ("Kuota kelas sudah penuh", "Tidak hadir saat wawancara",
                      "Berkas pendaftaran tidak lengkap", "Usia tidak memenuhi syarat program")
_WITHDRAWAL_REASONS = ("Mengundurkan diri: diterima bekerja", "Mengundurkan diri: alasan keluarga",
                       "Mengundurkan diri: pindah domisili", "Mengundurkan diri: sakit")
_ABSENCE_NOTES = {m.Mark.EXCUSED: "Acara keluarga", m.Mark.SICK: "Surat keterangan dokter",
                  m.Mark.ABSENT: ""}
_REDEEM_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


def _digits(rng: random.Random, count: int) -> str:
    """``count`` random digits, the first not 0."""
    return str(rng.randrange(10 ** (count - 1), 10 ** count))


def _ascii_handle(full_name: str) -> str:
    import unicodedata
    plain = unicodedata.normalize("NFKD", full_name.split(",")[0]).encode("ascii", "ignore").decode()
    words = [w for w in plain.lower().replace("'", "").replace(".", " ").split()
             if w not in ("hj", "h", "ir", "br")]
    return ".".join(words[:2]) or "instruktur"


def _email(rng: random.Random, full_name: str) -> str:
    handle = _ascii_handle(full_name).replace(".", rng.choice((".", "", "_")))
    suffix = str(rng.randint(1, 99)) if rng.random() < 0.6 else ""
    domain = rng.choices(("gmail.com", "yahoo.co.id", "yahoo.com"), weights=(85, 10, 5))[0]
    return f"{handle}{suffix}@{domain}"


def _participant_note(rng: random.Random, employment: str) -> str:
    roll = rng.random()
    if roll < 0.02:
        return "Belum memiliki rekening bank (syarat insentif Prakerja)"
    if roll < 0.03 and employment == m.Employment.LAID_OFF:
        return "Korban PHK, membawa surat keterangan dari perusahaan"
    if roll < 0.04:
        return "Menanyakan status kelulusan seleksi lewat telepon"
    return ""
