"""Participants, and the NIK, phone numbers, birth dates and e-mail addresses people carry."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from itertools import accumulate

from .. import models as m
from . import names
from .calendar import years_before
from .state import DemoState

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
_PHONE_PREFIXES = ("811", "812", "813", "821", "822", "852", "853", "851", "857",
                   "856", "877", "878", "819", "831", "838", "895", "896", "881")


def participants(state: DemoState, count: int) -> list[dict]:
    """Write ``count`` participants; returns for each {"id", "first_seen", "name"}.

    "first_seen" is None until the person's first registration sets it.
    """
    rng, today = state.rng, state.today
    people = []
    for _ in range(count):
        sex = "L" if rng.random() < 0.52 else "P"
        full_name, group = names.person_name(rng, sex)
        regency = names.pick_regency(rng)
        district = rng.choice(regency.districts)
        age = rng.choices(_AGES, cum_weights=_AGE_CUM)[0]
        birth = birth_date(state, *age)
        years = (today - birth).days // 365
        education = rng.choices(
            _EDUCATION, cum_weights=_EDUCATION_CUM[(years >= 20) + (years >= 24)])[0]
        employment = m.Employment.STUDENT if years < 19 and rng.random() < 0.5 \
            else rng.choices(_EMPLOYMENT, cum_weights=_EMPLOYMENT_CUM)[0]
        card = None
        if years >= 18 and employment in (m.Employment.UNEMPLOYED, m.Employment.LAID_OFF) \
                and rng.random() < 0.15:
            card = digits(rng, 16)
        row = dict(
            nik=nik(state, regency.code + district.code, birth, sex), full_name=full_name,
            sex=sex, birth_place=names.birth_place(rng, group, regency, district),
            birth_date=birth, address=names.street_address(rng),
            village=rng.choice(district.villages), district=district.name, city=regency.name,
            province=names.PROVINCE, phone=phone(rng),
            email=_email(rng, full_name) if rng.random() < 0.35 else "",
            education=education, employment=employment, prakerja_card_number=card,
            notes=_participant_note(rng, employment))
        person_id = state.add(m.Participant, None, **row)
        people.append({"id": person_id, "first_seen": None, "name": full_name})
    return people


def birth_date(state: DemoState, youngest: int, oldest: int) -> dt.date:
    age = state.rng.randint(youngest, oldest)
    latest = years_before(state.today, age)
    earliest = years_before(state.today, age + 1) + dt.timedelta(days=1)
    return earliest + dt.timedelta(days=state.rng.randint(0, (latest - earliest).days))


def nik(state: DemoState, region: str, birth: dt.date, sex: str) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    prefix = f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    state.nik_serials[prefix] += 1
    return f"{prefix}{state.nik_serials[prefix]:04d}"


def phone(rng: random.Random) -> str:
    prefix = rng.choice(_PHONE_PREFIXES)
    return f"+62{prefix}{digits(rng, rng.choice((7, 8, 8, 8)))}"


def digits(rng: random.Random, count: int) -> str:
    """``count`` random digits, the first not 0."""
    return str(rng.randrange(10 ** (count - 1), 10 ** count))


def ascii_handle(full_name: str) -> str:
    plain = unicodedata.normalize("NFKD", full_name.split(",")[0]).encode("ascii", "ignore").decode()
    words = [w for w in plain.lower().replace("'", "").replace(".", " ").split()
             if w not in ("hj", "h", "ir", "br")]
    return ".".join(words[:2]) or "instruktur"


def _email(rng: random.Random, full_name: str) -> str:
    handle = ascii_handle(full_name).replace(".", rng.choice((".", "", "_")))
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
