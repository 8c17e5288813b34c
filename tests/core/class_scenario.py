"""A small foundation to schedule in: two institutions, rooms, a program with units, trainers, a class."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lpks_desktop.core import models as m
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.services.rooms import save_room


@dataclass
class Scenario:
    sbp: m.Institution
    stb: m.Institution
    sewing_room: m.Room
    workshop: m.Room
    program: m.Program
    units: list[m.CompetencyUnit]
    budi: m.Trainer
    sari: m.Trainer
    klass: m.TrainingClass


def build(store) -> Scenario:
    sbp = save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]
    stb = save_institution(store, {"code": "LPK-STB", "name": "LPK Sapta Teknik Balangan"})[0]
    sewing_room = save_room(store, {"institution": sbp.id, "name": "Ruang Jahit", "capacity": 20})[0]
    workshop = save_room(store, {"institution": stb.id, "name": "Bengkel Las", "capacity": 12})[0]
    program, _ = save_program(
        store, {"institution": sbp.id, "code": "JHT", "name": "Menjahit Pakaian Wanita", "total_jp": 20},
        [{"code": "C.141000.001.02", "title": "Mengukur Tubuh", "jp": 8},
         {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 12}])
    units = list(m.CompetencyUnit.select().where(m.CompetencyUnit.program == program.id)
                 .order_by(m.CompetencyUnit.position))
    budi = store.save(m.Trainer(institution=sbp.id, full_name="Budi Santoso", rate_per_jp=Decimal("100000")))
    sari = store.save(m.Trainer(institution=stb.id, full_name="Sari Wulandari"))
    klass = store.save(m.TrainingClass(
        institution=sbp.id, program=program.id, code="SBP-JHT-2026-01", name="Menjahit Angkatan 1",
        batch=1, room=sewing_room.id, capacity=16, status=m.ClassStatus.RUNNING,
        start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 11, 30)))
    return Scenario(sbp, stb, sewing_room, workshop, program, units, budi, sari, klass)


def session(store, klass, day: dt.date, start: str, end: str, *, unit=None, jp: int = 4,
            trainers=(), status=m.SessionStatus.PLANNED, room=None, **extra) -> m.ClassSession:
    row = store.save(m.ClassSession(
        training_class=klass.id, date=day, start_time=dt.time.fromisoformat(start),
        end_time=dt.time.fromisoformat(end), unit=unit, jp=jp, status=status, room=room, **extra))
    for trainer, role in trainers:
        store.save(m.SessionTrainer(session=row.id, trainer=trainer.id, role=role))
    return row
