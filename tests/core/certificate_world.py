"""A class ready for certificates: people with attendance and competency results.

Built on ``attendance_world.build_world``: class SBP-JHT-2026-01 of program JHT (units
C.141000.001.02 "Mengukur Tubuh" and C.141000.002.02 "Membuat Pola", both required;
minimum attendance 80%), sessions held one a day from Monday 2 November 2026, 4 JP each.

    world = certificate_world.build(store, participants=3,
                                    marks=["HHHH", "HHHA", "AAAA"],
                                    results=["KK", "KB", "K."])
    outcome = issue_certificates(store, world.klass.id, today=AFTER)

``marks``: one string per participant (H, I, S, A or "."), default all present.
``results``: one string per participant, one character per unit: K, B (BK) or "." (not
assessed); default all K. ``scores``: per participant, a list of scores per unit (None: no
score); default 80 for every assessed unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lpks_desktop.core import models as m

from attendance_world import AttendanceWorld, build_world

AFTER = dt.date(2026, 12, 10)  # a "today" after the class, before any issue date used below
ISSUED_ON = dt.date(2026, 12, 7)  # a Monday in month XII
RESULT_CODES = {"K": m.Result.COMPETENT, "B": m.Result.NOT_YET_COMPETENT}


@dataclass
class CertificateWorld:
    world: AttendanceWorld
    klass: m.TrainingClass
    program: m.Program
    institution: m.Institution
    units: list[m.CompetencyUnit]
    enrollments: list[m.Enrollment]  # in creation order, the order of marks and results
    participants: list[m.Participant]

    def person(self, name: str) -> m.Enrollment:
        return self.world.person(name)

    def enrollment_ids(self) -> list[int]:
        return [e.id for e in self.enrollments]


def build(store, *, participants: int = 3, sessions: int = 4, marks: list[str] | None = None,
          results: list[str] | None = None, scores: list[list] | None = None,
          min_pct: int | None = None, units_rule: str | None = None,
          min_score: Decimal | str | None = None, names: list[str] | None = None,
          statuses: list[str] | None = None, held: bool = True, jp: int | list[int] = 4,
          pattern: str | None = None, city: str = "Paringin") -> CertificateWorld:
    marks = marks if marks is not None else ["H" * sessions] * participants
    world = build_world(store, participants=participants, sessions=sessions, names=names,
                        min_pct=min_pct, statuses=statuses, held=held, marks=marks, jp=jp)
    program = m.Program.get_by_id(world.scenario.program.id)
    if units_rule is not None or min_score is not None:
        if units_rule is not None:
            program.certificate_units_rule = units_rule
        if min_score is not None:
            program.certificate_min_score = Decimal(str(min_score))
        store.save(program)
    institution = m.Institution.get_by_id(world.scenario.sbp.id)
    institution.city = city
    if pattern is not None:
        institution.certificate_number_pattern = pattern
    store.save(institution)
    units = world.scenario.units
    results = results if results is not None else ["K" * len(units)] * participants
    with store.transaction():
        for index, (enrollment, row) in enumerate(zip(world.enrollments, results)):
            for position, (unit, code) in enumerate(zip(units, row)):
                if code == ".":
                    continue
                score = Decimal(80)
                if scores is not None:
                    given = scores[index][position]
                    score = None if given is None else Decimal(str(given))
                store.save(m.Assessment(enrollment=enrollment.id, unit=unit.id,
                                        result=RESULT_CODES[code], score=score,
                                        assessed_on=dt.date(2026, 11, 30)))
    return CertificateWorld(world, world.klass, program, institution, units, world.enrollments,
                            world.participants)


def set_result(store, enrollment: m.Enrollment, unit: m.CompetencyUnit, result: str | None,
               score=None) -> m.Assessment:
    """Put one result (K, BK or None) and score, replacing what was there."""
    row = (m.Assessment.select().where(m.Assessment.enrollment == enrollment.id,
                                       m.Assessment.unit == unit.id).first()
           or m.Assessment(enrollment=enrollment.id, unit=unit.id))
    row.result = result
    row.score = None if score is None else Decimal(str(score))
    return store.save(row)
