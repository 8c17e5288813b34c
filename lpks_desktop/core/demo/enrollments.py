"""Registration, selection and admission: enrollments, status history, Prakerja codes."""

from __future__ import annotations

import datetime as dt
import string
from collections import defaultdict

from .. import models as m
from .calendar import utc
from .classes import PlannedClass, capacity
from .people import digits
from .state import DemoState

S = m.EnrollmentStatus
_REGISTRATION_REASONS = ("Pendaftaran di kantor LPK", "Pendaftaran melalui formulir daring",
                         "Didaftarkan oleh desa", "Pendaftaran melalui Disnakertrans")
_REJECTION_REASONS = ("Kuota kelas sudah penuh", "Tidak hadir saat wawancara",
                      "Berkas pendaftaran tidak lengkap", "Usia tidak memenuhi syarat program")
_WITHDRAWAL_REASONS = ("Mengundurkan diri: diterima bekerja", "Mengundurkan diri: alasan keluarga",
                       "Mengundurkan diri: pindah domisili", "Mengundurkan diri: sakit")
_PASSED = "Lulus seleksi administrasi dan wawancara"
_RESERVE = "Masuk daftar cadangan"
_REDEEM_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


def enrollments(state: DemoState, classes: list[PlannedClass],
                people: list[dict]) -> dict[int, list]:
    """Seats for admitted participants, then everyone else as registrants.

    Returns class id -> [(enrollment id, final status, sessions attended or marked
    absent, participant index)] for those admitted to past and running classes.
    """
    rng, today = state.rng, state.today
    count = len(people)
    seats = {}
    for klass in classes:
        if klass.kind in ("past", "running"):
            seats[klass.id] = capacity(klass) - rng.randint(0, 3)
        elif klass.selection_done(today):
            seats[klass.id] = capacity(klass)
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
        admitted[klass.id] = _admit(state, klass, chosen, people)
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
            _registrants(state, klass, persons, people)
    return admitted


def _registered_at(state: DemoState, klass: PlannedClass) -> dt.datetime:
    """Before selection (a week before the start), and never after yesterday."""
    rng, today = state.rng, state.today
    if klass.selection_done(today):
        latest = min(klass.start - dt.timedelta(days=8), today - dt.timedelta(days=2))
        earliest = klass.start - dt.timedelta(days=60)
    else:
        latest, earliest = today - dt.timedelta(days=1), today - dt.timedelta(days=45)
    earliest = min(earliest, latest)
    day = earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))
    return utc(day, dt.time(rng.randint(8, 15), rng.randint(0, 59)))


def _selection_at(state: DemoState, klass: PlannedClass) -> dt.datetime:
    day = min(klass.start - dt.timedelta(days=7), state.today - dt.timedelta(days=1))
    return utc(day, dt.time(14, 0))


def _enroll(state: DemoState, klass: PlannedClass, person: dict, history: list[tuple],
            **extra) -> int:
    registered = history[0][2]
    if person["first_seen"] is None or registered < person["first_seen"]:
        person["first_seen"] = registered
    final = history[-1][1]
    enrollment_id = state.add(
        m.Enrollment, registered, training_class=klass.id, participant=person["id"],
        status=final, registered_at=registered, **extra)
    row = state.rows[m.Enrollment][-1]
    row.update(updated_at=history[-1][2], row_version=len(history))
    for old, new, at, reason in history:
        state.add(m.EnrollmentStatusChange, at, enrollment=enrollment_id, old_status=old,
                  new_status=new, changed_at=at, reason=reason)
    if klass.funding == m.Funding.PRAKERJA:
        participant = state.rows[m.Participant][person["id"] - 1]
        if not participant["prakerja_card_number"]:
            participant["prakerja_card_number"] = digits(state.rng, 16)
    return enrollment_id


def _admit(state: DemoState, klass: PlannedClass, chosen: list[int], people: list[dict]) -> list:
    rng, today = state.rng, state.today
    admitted = []
    held = sum(1 for meeting in klass.meetings if meeting[0] < today)
    for person_index in chosen:
        person = people[person_index]
        registered = _registered_at(state, klass)
        selected = _selection_at(state, klass)
        history = [(None, S.REGISTERED, registered, rng.choice(_REGISTRATION_REASONS))]
        if klass.kind == "future":
            history.append((S.REGISTERED, S.PASSED_SELECTION, selected, _PASSED))
            _enroll(state, klass, person, history)
            continue
        if rng.random() < 0.08:
            history += [(S.REGISTERED, S.RESERVE, selected, _RESERVE),
                        (S.RESERVE, S.PASSED_SELECTION,
                         utc(klass.start - dt.timedelta(days=2), dt.time(9, 0)),
                         "Menggantikan peserta yang mengundurkan diri sebelum pelatihan")]
        else:
            history.append((S.REGISTERED, S.PASSED_SELECTION, selected, _PASSED))
        begun = utc(klass.start, dt.time(7, 30))
        history.append((S.PASSED_SELECTION, S.ENROLLED, begun, "Mengikuti pelatihan"))
        last = held  # sessions the participant was there for (or marked absent)
        if klass.kind == "past":
            last = _outcome(state, klass, held, history)
        extra = {}
        if klass.funding == m.Funding.PRAKERJA:
            extra = {"prakerja_redeem_code": _redeem_code(state),
                     "prakerja_redeemed_at": utc(klass.start, dt.time(8, 0))}
        enrollment_id = _enroll(state, klass, person, history, **extra)
        admitted.append((enrollment_id, history[-1][1], last, person_index))
    return admitted


def _outcome(state: DemoState, klass: PlannedClass, held: int, history: list[tuple]) -> int:
    """How a finished class ended for one participant; returns the sessions they stayed for."""
    rng = state.rng
    roll = rng.random()
    if roll < 0.06 and held > 3:
        last = rng.randint(1, held * 2 // 3)
        history.append((S.ENROLLED, S.WITHDREW, utc(klass.meetings[last - 1][0], dt.time(17, 0)),
                        rng.choice(_WITHDRAWAL_REASONS)))
    elif roll < 0.085 and held > 8:
        last = rng.randint(6, held * 2 // 3)
        history.append((S.ENROLLED, S.DISMISSED, utc(klass.meetings[last - 1][0], dt.time(17, 0)),
                        "Tidak hadir lebih dari 3 hari tanpa keterangan"))
    else:
        last = held
        history.append((S.ENROLLED, S.COMPLETED, utc(klass.end, dt.time(16, 30)),
                        "Pelatihan selesai"))
    return last


def _registrants(state: DemoState, klass: PlannedClass, persons: list[int],
                 people: list[dict]) -> None:
    rng = state.rng
    entries = sorted(((_registered_at(state, klass), p) for p in persons))
    reserves = rng.randint(3, 6) if klass.kind == "future" else 0
    ranked = 0
    for registered, person_index in entries:
        history = [(None, S.REGISTERED, registered, rng.choice(_REGISTRATION_REASONS))]
        rank = None
        if klass.selection_done(state.today):
            at = _selection_at(state, klass)
            if ranked < reserves and rng.random() < 0.5:
                ranked += 1
                rank = ranked
                history.append((S.REGISTERED, S.RESERVE, at, _RESERVE))
            else:
                history.append((S.REGISTERED, S.NOT_PASSED, at, rng.choice(_REJECTION_REASONS)))
        _enroll(state, klass, people[person_index], history, reserve_rank=rank)


def _redeem_code(state: DemoState) -> str:
    while True:
        code = "".join(state.rng.choice(_REDEEM_ALPHABET) for _ in range(12))
        if code not in state.redeem_codes:
            state.redeem_codes.add(code)
            return code
