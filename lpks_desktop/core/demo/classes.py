"""Training classes in the past, present and future, their sessions and who teaches them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from .. import models as m
from . import catalogue
from .calendar import Calendar, utc
from .state import DemoState

_FUNDING_NOTES = {m.Funding.APBD: "Kerja sama Disnakertrans Kabupaten Balangan",
                  m.Funding.APBN: "Program pelatihan berbasis kompetensi (APBN)",
                  m.Funding.PRAKERJA: "Kartu Prakerja, pelatihan luring",
                  m.Funding.COMPANY: "Dibiayai perusahaan mitra (CSR)"}


@dataclasses.dataclass
class PlannedClass:
    spec: catalogue.ProgramSpec
    kind: str  # past, running, future
    status: str
    start: dt.date
    meetings: list[tuple]  # as Calendar.sessions gives them
    id: int = 0
    code: str = ""
    lead: int = 0
    funding: str = m.Funding.SELF_PAID
    session_ids: list[int] = dataclasses.field(default_factory=list)
    members: set[int] = dataclasses.field(default_factory=set)  # participant indexes

    @property
    def end(self) -> dt.date:
        return self.meetings[-1][0]

    def selection_done(self, today: dt.date) -> bool:
        return self.kind != "future" or (self.status == m.ClassStatus.OPEN
                                         and (self.start - today).days <= 10)


def capacity(klass: PlannedClass) -> int:
    return next(r.capacity for r in catalogue.ROOMS if r.name == klass.spec.room)


def plan_classes(state: DemoState, n_classes: int) -> list[PlannedClass]:
    """``n_classes`` classes spread over the programs, ordered by start; nothing written yet."""
    rng, today = state.rng, state.today
    programs = list(catalogue.PROGRAMS)
    counts = [n_classes // len(programs)] * len(programs)
    for index in rng.sample(range(len(programs)), n_classes % len(programs)):
        counts[index] += 1
    classes = []
    for index, (spec, k) in enumerate(zip(programs, counts)):
        calendar = state.calendars[spec.institution]
        units = [(i, u.jp) for i, u in enumerate(spec.units)]
        running = 1 if index % 3 != 2 else 0
        future = 1 if k < 6 else 2
        if k == 1:
            running, future = (1, 0) if running else (0, 1)
        elif k == 2:
            future = 1 - running
        past = k - running - future
        planned: list[PlannedClass] = []
        latest_end = today - dt.timedelta(days=rng.randint(3, 30))
        if running:
            days = len({meeting[0] for meeting in calendar.sessions(today, units)})
            start = calendar.open_days_before(today, rng.randint(1, days - 1))
            meetings = calendar.sessions(start, units)
            planned.append(PlannedClass(spec, "running", m.ClassStatus.RUNNING, start, meetings))
            latest_end = start - dt.timedelta(days=rng.randint(7, 21))
        for _ in range(past):
            start, meetings = _ending_before(calendar, units, latest_end)
            planned.append(PlannedClass(spec, "past", m.ClassStatus.FINISHED, start, meetings))
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
            planned.append(PlannedClass(spec, "future", status, start, meetings))
            after = meetings[-1][0]
        classes.extend(planned)
    classes.sort(key=lambda c: (c.start, c.spec.code))
    return classes


def _ending_before(calendar: Calendar, units, limit: dt.date):
    start = limit - dt.timedelta(days=len(units) * 7)
    while True:
        meetings = calendar.sessions(start, units)
        overrun = (meetings[-1][0] - limit).days
        if overrun < 0:
            return meetings[0][0], meetings
        start -= dt.timedelta(days=overrun + 1)


def add_classes(state: DemoState, classes: list[PlannedClass]) -> None:
    """Write the classes with their sessions and session trainers; fills in ids, codes, leads."""
    rng = state.rng
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
        room_id = state.room_ids[spec.room]
        trainers = state.program_trainers[spec.code]
        full = [tid for tid, allowed in trainers if len(allowed) == len(spec.units)]
        klass.lead = rng.choice(full)
        created = utc(klass.start - dt.timedelta(days=rng.randint(45, 75)), dt.time(10, 0))
        klass.id = state.add(
            m.TrainingClass, created, institution=state.institution_ids[spec.institution],
            program=state.program_ids[spec.code], code=klass.code,
            name=f"{spec.name} Angkatan {batch} Tahun {klass.start.year}", batch=batch,
            start_date=klass.start, end_date=klass.end, room=room_id, capacity=capacity(klass),
            funding=klass.funding, status=klass.status, notes=_FUNDING_NOTES.get(klass.funding, ""))
        _sessions(state, klass, created, room_id)


def _sessions(state: DemoState, klass: PlannedClass, created: dt.datetime, room_id: int) -> None:
    rng, spec = state.rng, klass.spec
    trainers = state.program_trainers[spec.code]
    unit_ids = state.unit_ids[spec.code]
    per_unit = defaultdict(int)
    for meeting in klass.meetings:
        per_unit[meeting[4]] += 1
    seen = defaultdict(int)
    for day, start, end, jp, unit in klass.meetings:
        seen[unit] += 1
        title = spec.units[unit].title
        topic = title if per_unit[unit] == 1 else f"{title} ({seen[unit]}/{per_unit[unit]})"
        journal = _journal(state, day, end, title, jp)
        status = m.SessionStatus.HELD if journal else m.SessionStatus.PLANNED
        session_id = state.add(
            m.ClassSession, created, training_class=klass.id, date=day, start_time=start,
            end_time=end, unit=unit_ids[unit], topic=topic, room=room_id, jp=jp, status=status,
            **journal)
        klass.session_ids.append(session_id)
        code = spec.units[unit].code
        # A clerk would not book a trainer in two classes at once: only free trainers are chosen.
        free = [tid for tid, _ in trainers if state.trainer_free(tid, day, start, end)]
        competent = [tid for tid, allowed in trainers if code in allowed and tid in free] or free \
            or [tid for tid, allowed in trainers if code in allowed]
        lead = klass.lead if klass.lead in competent and rng.random() < 0.75 \
            else rng.choice(competent)
        state.add(m.SessionTrainer, created, session=session_id, trainer=lead,
                  role=m.TrainerRole.LEAD)
        state.book_trainer(lead, day, start, end)
        others = [tid for tid in free if tid != lead]
        if others and rng.random() < 0.3:
            assistant = rng.choice(others)
            state.add(m.SessionTrainer, created, session=session_id,
                      trainer=assistant, role=m.TrainerRole.ASSISTANT)
            state.book_trainer(assistant, day, start, end)


_TAUGHT = ("Penjelasan teori dan demonstrasi: {title}.",
           "Praktik terbimbing: {title}; peserta mengerjakan tugas per orang.",
           "Pengulangan materi {title}, tanya jawab, lalu praktik mandiri.",
           "Praktik {title} dan penilaian hasil kerja peserta.")


def _journal(state: DemoState, day: dt.date, end: dt.time, title: str, jp: int) -> dict:
    """The trainer journal of a past session. The last two days' journals are often still
    unwritten, as they would be on a real Monday morning."""
    rng = state.rng
    if day >= state.today or ((state.today - day).days <= 2 and rng.random() < 0.6):
        return {}
    delivered, notes = jp, ""
    if jp > 1 and rng.random() < 0.05:
        delivered, notes = jp - 1, "Listrik padam satu jam; materi dilanjutkan pertemuan berikutnya."
    return {"journal_taught": rng.choice(_TAUGHT).format(title=title), "journal_jp": delivered,
            "journal_notes": notes, "journal_by": state.actor,
            "journal_at": utc(day, end)}
