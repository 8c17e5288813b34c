"""What held sessions leave behind: attendance, assessments, and numbered, signed certificates."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from .. import models as m
from ..signing import CertificateClaim, encode_payload, key_id_of
from ..signing.keys import raw_public_key
from . import catalogue
from .calendar import plus_minutes, utc
from .classes import PlannedClass
from .state import DemoState

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ABSENCE_NOTES = {m.Mark.EXCUSED: "Acara keluarga", m.Mark.SICK: "Surat keterangan dokter",
                  m.Mark.ABSENT: ""}


def attendance_and_results(state: DemoState, classes: list[PlannedClass],
                           admitted: dict[int, list]) -> None:
    """Marks for every held session, assessments for those who completed; queues certificates."""
    rng, today = state.rng, state.today
    for klass in classes:
        if klass.kind == "future":
            continue
        spec = klass.spec
        unit_ids = state.unit_ids[spec.code]
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
                        arrival, note = plus_minutes(start, rng.randint(10, 40)), "Terlambat"
                state.add(m.AttendanceMark, utc(day, dt.time(16, 30)),
                          session=klass.session_ids[index], enrollment=enrollment_id, mark=mark,
                          arrival_time=arrival, note=note)
            if status != m.EnrollmentStatus.COMPLETED:
                continue
            all_competent = True
            assessed = utc(klass.end, dt.time(15, 0))
            for unit_id in unit_ids:
                competent = rng.random() < (0.9 if careless else 0.97)
                all_competent &= competent
                score = rng.randint(72, 98) if competent else rng.randint(45, 69)
                state.add(m.Assessment, assessed, enrollment=enrollment_id, unit=unit_id,
                          result=m.Result.COMPETENT if competent else m.Result.NOT_YET_COMPETENT,
                          score=Decimal(score), pre_test=Decimal(rng.randint(30, 70)),
                          post_test=Decimal(min(100, score + rng.randint(-5, 8))),
                          assessed_on=klass.end, assessor=klass.lead)
            attended = 100 * present_jp >= spec.min_attendance_pct * spec.total_jp
            if attended and all_competent:
                state.certificate_due.append((klass, enrollment_id))


def certificates(state: DemoState) -> None:
    """Number certificates in order of issue, per institution and year, as the service would;
    each with its snapshot and a QR payload signed by its institution's demo key. One
    misspelt certificate is replaced by a reissue, one other is revoked."""
    today = state.today
    events = _issue_events(state)
    institutions = {spec.code: spec for spec in catalogue.INSTITUTIONS}
    last_values: dict[tuple[str, int], int] = defaultdict(int)
    rows = state.rows[m.Certificate]
    replaced_row = revoked_row = None
    for issued, klass, enrollment_id, role in events:
        spec = institutions[klass.spec.institution]
        key = (spec.code, issued.year)
        last_values[key] += 1
        number = spec.certificate_number_pattern.format(
            seq=last_values[key], institution=spec.code, program=klass.spec.code,
            month_roman=ROMAN[issued.month - 1], month=issued.month, year=issued.year)
        stamp = utc(issued, dt.time(9, 0))
        printed = utc(issued, dt.time(10, 0)) if (today - issued).days > 3 else None
        name = _participant_name(state, enrollment_id)
        state.add(m.Certificate, stamp, enrollment=enrollment_id,
                  institution=state.institution_ids[spec.code], number=number, year=issued.year,
                  sequence_value=last_values[key], issued_on=issued, issued_place=spec.issue_place,
                  status=m.CertificateStatus.VALID, printed_at=printed,
                  printed_count=1 if printed else 0,
                  participant_name=_misspelt(name) if role == "replaced" else name,
                  program_name=klass.spec.name, start_date=klass.start, end_date=klass.end,
                  total_jp=klass.spec.total_jp)
        if role == "replaced":
            replaced_row = rows[-1]
        elif role == "revoked":
            revoked_row = rows[-1]
        elif role == "reissue":
            rows[-1].update(replaces=replaced_row["id"])
            replaced_row.update(status=m.CertificateStatus.REPLACED, revoked_at=stamp,
                                updated_at=stamp, row_version=2,
                                revoke_reason="Nama peserta salah ketik; diganti sertifikat baru")
    if revoked_row is not None:
        at = utc(min(revoked_row["issued_on"] + dt.timedelta(days=14), today), dt.time(11, 0))
        revoked_row.update(status=m.CertificateStatus.REVOKED, revoked_at=at, updated_at=at,
                           row_version=2, revoke_reason="Diterbitkan sebelum hasil uji "
                           "kompetensi diverifikasi ulang; peserta wajib mengikuti uji ulang")
    for (code, year), value in sorted(last_values.items()):
        stamp = utc(dt.date(year, 12, 31) if year < today.year else today, dt.time(9, 0))
        state.add(m.NumberSequence, stamp, institution=state.institution_ids[code],
                  kind="certificate", year=year, last_value=value)
    _sign(state, rows)


def _participant_name(state: DemoState, enrollment_id: int) -> str:
    person_id = state.rows[m.Enrollment][enrollment_id - 1]["participant"]
    return state.rows[m.Participant][person_id - 1]["full_name"]


def _misspelt(name: str) -> str:
    """The name with two letters swapped, as a hurried clerk types it."""
    middle = max(1, len(name) // 2)
    for i in range(middle, len(name) - 1):
        if name[i].islower() and name[i + 1].islower() and name[i] != name[i + 1]:
            return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name + name[-1]


def _sign(state: DemoState, rows: list[dict]) -> None:
    """One active key per institution that issued, drawn last from the demo's random source
    so that nothing before it changes; every certificate signed with its institution's key."""
    by_id = {spec.code: spec for spec in catalogue.INSTITUTIONS}
    keys: dict[int, tuple[str, bytes]] = {}
    issuers = {row["institution"] for row in rows}
    for code, institution_id in sorted(state.institution_ids.items()):
        if institution_id not in issuers:
            continue
        private = state.rng.randbytes(32)
        public = raw_public_key(private)
        key_id = key_id_of(public)
        first = min(row["created_at"] for row in rows if row["institution"] == institution_id)
        state.add(m.SigningKey, first, key_id=key_id, institution=institution_id,
                  owner_code=code, owner_name=by_id[code].name, public_key=public.hex(),
                  private_key=private, active=True)
        keys[institution_id] = (key_id, private)
    for row in rows:
        key_id, private = keys[row["institution"]]
        claim = CertificateClaim(key_id=key_id, number=row["number"], name=row["participant_name"],
                                 program=row["program_name"], start_date=row["start_date"],
                                 end_date=row["end_date"], issued_on=row["issued_on"])
        row.update(key_id=key_id, payload=encode_payload(claim, private))


def _issue_events(state: DemoState) -> list[list]:
    """[issued on, class, enrollment id, role] in order of issue.

    role is None, "replaced" and "reissue" for the one certificate issued twice, or
    "revoked" for one other.
    """
    rng, today = state.rng, state.today
    events = []
    issue_delay: dict[int, int] = {}
    for klass, enrollment_id in state.certificate_due:
        delay = issue_delay.setdefault(klass.id, rng.randint(3, 10))
        issued = klass.end + dt.timedelta(days=delay)
        if issued <= today:  # a class that ended days ago still awaits its certificates
            events.append([issued, klass, enrollment_id, None])
    events.sort(key=lambda e: (e[0], e[1].code, e[2]))
    if events:
        # One misspelt certificate, replaced by a reissue under a new number.
        first = events[0]
        reissued = min(first[0] + dt.timedelta(days=3), today)
        first[3] = "replaced"
        if len(events) > 1:  # and one revoked for good
            events[len(events) // 2][3] = "revoked"
        events.append([reissued, first[1], first[2], "reissue"])
        events.sort(key=lambda e: (e[0], e[1].code, e[2]))
    return events
