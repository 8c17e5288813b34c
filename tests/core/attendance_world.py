"""A class ready for attendance: N participants enrolled, M sessions, optional marks.

Built on ``class_scenario.build``: the class SBP-JHT-2026-01 (program JHT, minimum 80%),
sessions one a day from Monday 2 November 2026, 08.00-12.00, 4 JP each unless told.

    world = attendance_world.build_world(store, participants=3, sessions=5,
                                         marks=["HHIA.", "HHHHH", "SSA.."])

``marks``: one string per participant (in creation order), one character per session:
H, I, S or A, or "." for no mark. Marks are saved through ``save_marks``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import ATTENDING, MarkChange, save_marks

from class_scenario import Scenario, build, session

FIRST_DAY = dt.date(2026, 11, 2)  # a Monday
LATE_TODAY = dt.date(2030, 1, 1)  # a "today" after every session, for saving marks
NAMES = ("Ani Suryani", "Budi Hartono", "Citra Lestari", "Dewi Anggraini", "Eko Prasetyo",
         "Fitri Handayani", "Gilang Ramadhan", "Hana Pertiwi", "Indra Gunawan", "Joko Susilo")


@dataclass
class AttendanceWorld:
    scenario: Scenario
    klass: m.TrainingClass
    sessions: list[m.ClassSession]
    enrollments: list[m.Enrollment]  # in creation order, the order of ``marks``
    participants: list[m.Participant] = field(default_factory=list)

    def person(self, name: str) -> m.Enrollment:
        return next(e for e, p in zip(self.enrollments, self.participants) if p.full_name == name)


def person_name(index: int) -> str:
    if index < len(NAMES):
        return NAMES[index]
    return f"{NAMES[index % len(NAMES)]} {index // len(NAMES) + 1}"


def nik_for(index: int) -> str:
    # 16 digits, born 1 January 2000: shape only, the model does not check the region.
    return f"317101010000{index + 1:04d}"


def build_world(store, *, participants: int = 3, sessions: int = 4, jp: int | list[int] = 4,
                first_day: dt.date = FIRST_DAY, start: str = "08:00", end: str = "12:00",
                names: list[str] | None = None, min_pct: int | None = None,
                statuses: list[str] | None = None, held: bool = False,
                marks: list[str] | None = None) -> AttendanceWorld:
    scenario = build(store)
    klass = scenario.klass
    if min_pct is not None:
        program = scenario.program
        program.min_attendance_pct = min_pct
        store.save(program)
    jps = jp if isinstance(jp, list) else [jp] * sessions
    rows = [session(store, klass, first_day + dt.timedelta(days=n), start, end, jp=jps[n],
                    status=m.SessionStatus.HELD if held else m.SessionStatus.PLANNED)
            for n in range(sessions)]
    people, enrollments = [], []
    for n in range(participants):
        name = names[n] if names else person_name(n)
        person = store.save(m.Participant(nik=nik_for(n), full_name=name, sex="P" if n % 2 else "L"))
        status = statuses[n] if statuses else m.EnrollmentStatus.ENROLLED
        people.append(person)
        enrollments.append(store.save(m.Enrollment(training_class=klass.id, participant=person.id,
                                                   status=status)))
    world = AttendanceWorld(scenario, klass, rows, enrollments, people)
    if marks:
        put_marks(store, world, marks)
    return world


def put_marks(store, world: AttendanceWorld, marks: list[str]) -> None:
    """Save ``marks`` (one string per participant, "." = none) as the clerk would; the marks
    of those who left are typed as if before they left."""
    changes = [MarkChange(s.id, e.id, mark)
               for e, row in zip(world.enrollments, marks)
               for s, mark in zip(world.sessions, row) if mark != "."]
    left = [(e, e.status) for e in world.enrollments if e.status not in ATTENDING]
    for enrollment, _ in left:
        enrollment.status = m.EnrollmentStatus.ENROLLED
        store.save(enrollment)
    save_marks(store, world.klass.id, changes, today=LATE_TODAY)
    for enrollment, status in left:
        enrollment.status = status
        store.save(enrollment)
