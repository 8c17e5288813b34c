"""Small schedules built straight from the models, for the conflict and session tests.

Two institutions of one foundation: LPK-SBP (a sewing program, rooms Lab Jahit 1 for 20 and
Ruang Teori for 10) and BLK-BLG (a welding program, Bengkel Las for 16). Budi Santoso
(home LPK-SBP) is competent for the first sewing unit only and teaches at both.
"""

from __future__ import annotations

import datetime as dt
import itertools
from types import SimpleNamespace

from lpks_desktop.core.models import (
    ClassSession,
    CompetencyUnit,
    Enrollment,
    Institution,
    Participant,
    Program,
    Room,
    SessionTrainer,
    Trainer,
    TrainerCertification,
    TrainerCompetency,
    TrainingClass,
)

MONDAY = dt.date(2026, 12, 7)
TUESDAY = MONDAY + dt.timedelta(days=1)
_niks = itertools.count(1)


def t(text: str) -> dt.time:
    hour, minute = text.split(":")
    return dt.time(int(hour), int(minute))


def world() -> SimpleNamespace:
    sbp = Institution.create(code="LPK-SBP", name="LPK Sapta Bangun Persada")
    blg = Institution.create(code="BLK-BLG", name="BLK Balangan")
    sewing = Program.create(institution=sbp, code="JHT", name="Menjahit Pakaian", total_jp=120)
    welding = Program.create(institution=blg, code="LAS", name="Pengelasan SMAW", total_jp=160)
    measure = CompetencyUnit.create(program=sewing, code="C.141000.001.02",
                                    title="Mengukur Tubuh", jp=20)
    cut = CompetencyUnit.create(program=sewing, code="C.141000.002.02",
                                title="Memotong Bahan", jp=20, position=1)
    weld = CompetencyUnit.create(program=welding, code="C.250000.001.01",
                                 title="Mengelas Pelat", jp=40)
    lab = Room.create(institution=sbp, name="Lab Jahit 1", capacity=20)
    theory = Room.create(institution=sbp, name="Ruang Teori", capacity=10)
    workshop = Room.create(institution=blg, name="Bengkel Las", capacity=16)
    budi = Trainer.create(institution=sbp, full_name="Budi Santoso")
    TrainerCompetency.create(trainer=budi, unit_code=measure.code)
    sari = Trainer.create(institution=blg, full_name="Sari Dewi")
    TrainerCompetency.create(trainer=sari, unit_code=measure.code)
    TrainerCompetency.create(trainer=sari, unit_code=cut.code)
    return SimpleNamespace(sbp=sbp, blg=blg, sewing=sewing, welding=welding, measure=measure,
                           cut=cut, weld=weld, lab=lab, theory=theory, workshop=workshop,
                           budi=budi, sari=sari)


def klass(w, code: str, *, program=None, room=None, status="planned", start=MONDAY,
          end=None, capacity=20) -> TrainingClass:
    program = program or w.sewing
    return TrainingClass.create(
        institution=program.institution_id, program=program, code=code, name=code,
        start_date=start,
        end_date=end if end is not None or start is None else start + dt.timedelta(days=30),
        room=room, capacity=capacity, status=status)


def session(klass_, start="08:00", end="12:00", *, date=MONDAY, room=None, unit=None,
            trainers=(), status="planned", jp=None) -> ClassSession:
    begin, finish = t(start), t(end)
    minutes = (finish.hour * 60 + finish.minute) - (begin.hour * 60 + begin.minute)
    row = ClassSession.create(training_class=klass_, date=date, start_time=begin, end_time=finish,
                              room=room, unit=unit, status=status,
                              jp=minutes // 45 if jp is None else jp)
    for position, trainer in enumerate(trainers):
        SessionTrainer.create(session=row, trainer=trainer,
                              role="lead" if position == 0 else "assistant")
    return row


def person(name: str) -> Participant:
    return Participant.create(nik=f"3171{next(_niks):012d}", full_name=name, sex="P")


def enrol(klass_, participant, status="enrolled") -> Enrollment:
    return Enrollment.create(training_class=klass_, participant=participant, status=status)


def seat(klass_, count: int, status="enrolled") -> list[Enrollment]:
    return [enrol(klass_, person(f"Peserta {klass_.code} {n}"), status) for n in range(count)]


def certify(trainer, name: str, expires: dt.date | None) -> TrainerCertification:
    return TrainerCertification.create(trainer=trainer, name=name, expires_on=expires)
