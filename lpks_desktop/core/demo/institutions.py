"""The foundation's side: institutions, closure days, programs, rooms, trainers, users, settings."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from .. import models as m
from . import catalogue, names
from .calendar import FOUNDATION_DAY, MINUTES_PER_JP, years_before
from .images import logo_png, signature_png
from .people import ascii_handle, birth_date, nik, phone
from .state import DemoState


def institutions(state: DemoState, stamp: dt.datetime) -> None:
    """Everything the classes need before they can be planned, all created at ``stamp``."""
    for spec in catalogue.INSTITUTIONS:
        state.institution_ids[spec.code] = state.add(
            m.Institution, stamp, code=spec.code, name=spec.name, kind=m.InstitutionKind.LPKS,
            foundation=catalogue.FOUNDATION, registration_number=spec.registration_number,
            license_number=spec.license_number, business_id=spec.business_id,
            accreditation=spec.accreditation, address=spec.address, village=spec.village,
            district=spec.district, city=catalogue.CITY, province=catalogue.PROVINCE,
            postal_code=spec.postal_code, phone=spec.phone, email=spec.email,
            website=spec.website, head_name=spec.head_name, head_title=spec.head_title,
            logo=logo_png(spec.code), head_signature=signature_png(spec.code),
            certificate_number_pattern=spec.certificate_number_pattern)
    for spec in catalogue.INSTITUTIONS:
        for day in sorted(state.calendars[spec.code].closed):
            if day.weekday() < 5 and day >= state.epoch:
                reason = "Milad Yayasan" if (day.month, day.day) == FOUNDATION_DAY \
                    else "Rapat kerja tahunan lembaga"
                state.add(m.ClosureDay, stamp, institution=state.institution_ids[spec.code],
                          date=day, reason=reason)
    for spec in catalogue.PROGRAMS:
        program_id = state.add(
            m.Program, stamp, institution=state.institution_ids[spec.institution], code=spec.code,
            name=spec.name, description=spec.description, total_jp=spec.total_jp,
            min_attendance_pct=spec.min_attendance_pct, skkni_reference=spec.skkni_reference,
            kbli_code=spec.kbli_code)
        state.program_ids[spec.code] = program_id
        state.unit_ids[spec.code] = [
            state.add(m.CompetencyUnit, stamp, program=program_id, code=unit.code,
                      title=unit.title, jp=unit.jp, position=index + 1, required=True)
            for index, unit in enumerate(spec.units)]
    for room in catalogue.ROOMS:
        state.room_ids[room.name] = state.add(
            m.Room, stamp, institution=state.institution_ids[room.institution], name=room.name,
            capacity=room.capacity, location=room.location)
    _trainers(state, stamp)
    trainer_by_name = {row["full_name"]: row["id"] for row in state.rows[m.Trainer]}
    for username, full_name, role, trainer in catalogue.USERS:
        state.add(m.User, stamp, username=username, full_name=full_name, role=role,
                  trainer=trainer_by_name.get(trainer), password_hash=None)
    state.add(m.Setting, stamp, institution=None, key="minutes_per_jp",
              value=json.dumps(MINUTES_PER_JP))
    for spec in catalogue.INSTITUTIONS:
        state.add(m.Setting, stamp, institution=state.institution_ids[spec.code],
                  key="default_paper", value=json.dumps(spec.paper))


def _trainers(state: DemoState, stamp: dt.datetime) -> None:
    rng, today = state.rng, state.today
    units_by_program = {p.code: p.units for p in catalogue.PROGRAMS}
    expiry_plan = ["expired", "soon", "expired", "soon"]  # the first few, so warnings show
    for number, spec in enumerate(catalogue.TRAINERS):
        district = names.REGENCIES[0].districts[number % 8]
        trainer_nik = nik(state, "6311" + district.code, birth_date(state, 25, 52), spec.sex) \
            if spec.has_nik else None
        trainer_id = state.add(
            m.Trainer, stamp, institution=state.institution_ids[spec.institution],
            full_name=spec.full_name, nik=trainer_nik, sex=spec.sex, phone=phone(rng),
            email=f"{ascii_handle(spec.full_name)}@sbpersada.or.id",
            address=f"{names.street_address(rng)}, {rng.choice(district.villages)}, "
                    f"{district.name}, {catalogue.CITY}",
            rate_per_jp=Decimal(spec.rate_per_jp))
        for program in spec.programs:
            units = units_by_program[program]
            allowed = units[1::2] if spec.partial else units
            state.program_trainers[program].append(
                (trainer_id, frozenset(u.code for u in allowed)))
            for unit in allowed:
                state.add(m.TrainerCompetency, stamp, trainer=trainer_id,
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
            issued = years_before(expires, 3)
            state.add(m.TrainerCertification, stamp, trainer=trainer_id, name=name,
                      number=f"{rng.randint(100, 999)}.{rng.randint(1000, 9999)}."
                             f"{rng.randint(10, 99)}.{issued.year}",
                      issuer=issuer, issued_on=issued, expires_on=expires)
