"""A register with certificates in every state: two institutions, two years, one revoked, one
reissued (so one replaced and its successor), each signed as issuing signs them."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lpks_desktop.core import models as m
from lpks_desktop.core.services.certificate_numbers import format_certificate_number
from lpks_desktop.core.services.certificates import reissue_certificate, revoke_certificate
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.signing import sign_certificate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import class_scenario  # noqa: E402  (institutions, rooms, a program, a class)

D = dt.date
REVOKE_REASON = "Data kehadiran ternyata dipalsukan"
REISSUE_REASON = "Nama salah eja"


@dataclass
class RegisterWorld:
    scenario: class_scenario.Scenario
    welding: m.TrainingClass
    people: dict[str, m.Enrollment] = field(default_factory=dict)
    certificates: dict[str, m.Certificate] = field(default_factory=dict)

    @property
    def sbp(self) -> m.Institution:
        return self.scenario.sbp

    @property
    def stb(self) -> m.Institution:
        return self.scenario.stb

    def payload(self, key: str) -> str:
        return m.Certificate.get_by_id(self.certificates[key].id).payload


def _enrol(store, klass, name: str, nik: str) -> m.Enrollment:
    person = store.save(m.Participant(nik=nik, full_name=name, sex="P"))
    return store.save(m.Enrollment(training_class=klass.id, participant=person.id,
                                   status=m.EnrollmentStatus.COMPLETED))


def issue(store, enrollment: m.Enrollment, seq: int, issued_on: dt.date) -> m.Certificate:
    """A certificate as issuing makes one: numbered by the institution's pattern, snapshot, signed."""
    klass = m.TrainingClass.get_by_id(enrollment.training_class_id)
    program = m.Program.get_by_id(klass.program_id)
    institution = m.Institution.get_by_id(klass.institution_id)
    person = m.Participant.get_by_id(enrollment.participant_id)
    number = format_certificate_number(institution.certificate_number_pattern, seq=seq,
                                       institution_code=institution.code, program_code=program.code,
                                       on=issued_on)
    with store.transaction():
        record = m.Certificate(
            enrollment=enrollment.id, institution=institution.id, number=number, year=issued_on.year,
            sequence_value=seq, issued_on=issued_on, issued_place="Balangan", participant_name=person.full_name,
            program_name=program.name, start_date=klass.start_date, end_date=klass.end_date,
            total_jp=program.total_jp)
        sign_certificate(store, record)
        store.save(record)
    return record


def build(store) -> RegisterWorld:
    s = class_scenario.build(store)
    welding_program, _ = save_program(
        store, {"institution": s.stb.id, "code": "LAS", "name": "Pengelasan SMAW", "total_jp": 10},
        [{"code": "C.250000.001.01", "title": "Mengelas Pelat", "jp": 10}])
    welding = store.save(m.TrainingClass(
        institution=s.stb.id, program=welding_program.id, code="STB-LAS-2026-01", name="Las Angkatan 1",
        batch=1, room=s.workshop.id, capacity=12, status=m.ClassStatus.FINISHED,
        start_date=D(2026, 10, 5), end_date=D(2026, 10, 30)))
    world = RegisterWorld(s, welding)
    for number, name in enumerate(("Ani Suryani", "Budi Hartono", "Citra Lestari", "Dewi Anggraini"), 1):
        world.people[name] = _enrol(store, s.klass, name, f"31710101000000{number:02d}")
    world.people["Eko Prasetyo"] = _enrol(store, welding, "Eko Prasetyo", "6311010101900005")
    people, certificates = world.people, world.certificates
    certificates["dewi_2025"] = issue(store, people["Dewi Anggraini"], 1, D(2025, 12, 1))
    certificates["ani"] = issue(store, people["Ani Suryani"], 1, D(2026, 11, 30))
    certificates["budi"] = issue(store, people["Budi Hartono"], 2, D(2026, 11, 30))
    certificates["citra"] = issue(store, people["Citra Lestari"], 3, D(2026, 11, 30))
    certificates["eko"] = issue(store, people["Eko Prasetyo"], 1, D(2026, 10, 30))
    revoke_certificate(store, certificates["budi"].id, REVOKE_REASON)
    new = reissue_certificate(store, certificates["citra"].id, REISSUE_REASON, issued_on=D(2026, 12, 2),
                              today=D(2026, 12, 2))
    certificates["citra_new"] = m.Certificate.get_by_id(new.id)
    return world
