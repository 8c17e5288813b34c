""""What is my status?": find a person by NIK, phone number or name, with every class they
registered for at every institution, its status, since when and why.

One query string, read as:

- a NIK: 16 digits exactly, or its first 6 to 15 digits;
- a phone number in any form clerks meet: 0812-3456-7890, 62812..., +62 812..., or 812...
  (Excel dropped the 0); an incomplete number finds the numbers that begin with it;
- a name otherwise: without regard to case, words in any order.

Digits that could be both (a NIK of province 62 and a 62... phone) are looked up as both.

Speed: a clerk has the person on the phone, and 100,000 participants is a realistic database.
NIK and phone are answered from their indexes (a digit-range on the unique NIK, the E.164 phone).
A name is first looked up as the start of a full name through the full_name index, in each
usual spelling of case (as typed, Title Case, UPPER, lower) and, for up to three words, each
order of the words; only when that leaves room under ``limit`` does one scan look for names that
hold every word anywhere. On PostgreSQL that scan uses a plain LIKE per spelling of case rather
than ILIKE, which is several times slower over a whole table.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field

import peewee

from ..i18n import Text
from ..models import Enrollment, Institution, Participant, Program, TrainingClass, database
from ..validation import check_phone
from .enrollments import STATUS_LABELS, latest_changes
from .listing import contains

NIK_LENGTH = 16
MIN_DIGITS = 6  # fewer digits match too many people to be worth a look-up
MIN_NAME = 2
_NUMBER = re.compile(r"\+?[\d\s\-().]+", re.ASCII)
_PHONE_GAP = re.compile(r"[\s\-().]")
_MOBILE_WITHOUT_ZERO = range(9, 13)  # 8xx... as Excel leaves an 08... number
_PERMUTED_WORDS = 3  # 3! orders: beyond that, the words as typed

KIND_NIK, KIND_PHONE, KIND_NUMBER, KIND_NAME = "nik", "phone", "number", "name"
KIND_TOO_SHORT, KIND_EMPTY = "too_short", "empty"

HINTS = {
    KIND_EMPTY: Text(
        "Ketik NIK (16 digit, atau paling sedikit 6 digit pertamanya), nomor telepon, atau nama.",
        "Type a NIK (16 digits, or at least its first 6), a phone number, or a name.",
    ),
    KIND_TOO_SHORT: Text(
        "Terlalu pendek: ketik paling sedikit 6 digit NIK atau nomor telepon, atau 2 huruf nama.",
        "Too short: type at least 6 digits of a NIK or phone number, or 2 letters of a name.",
    ),
    KIND_NIK: Text(
        "Tidak ada peserta dengan NIK {value}. Periksa lagi angkanya di KTP, atau cari dengan nama.",
        "Nobody has the NIK {value}. Check the digits on the ID card again, or search by name.",
    ),
    KIND_PHONE: Text(
        "Tidak ada peserta dengan nomor telepon {value}. Nomornya mungkin berganti: cari dengan "
        "NIK atau nama.",
        "Nobody has the phone number {value}. The number may have changed: search by NIK or name.",
    ),
    KIND_NUMBER: Text(
        "Tidak ada peserta dengan NIK atau nomor telepon yang diawali {value}.",
        "Nobody's NIK or phone number begins with {value}.",
    ),
    KIND_NAME: Text(
        'Tidak ada peserta bernama "{value}". Coba sebagian nama saja, atau cari dengan NIK.',
        'Nobody is named "{value}". Try part of the name, or search by NIK.',
    ),
}


@dataclass(frozen=True)
class Query:
    """How a query string is read: ``kind`` and what is looked up."""

    text: str
    kind: str
    nik: str = ""  # the NIK, or its first digits
    phones: tuple[str, ...] = ()  # E.164 numbers, or their beginnings
    words: tuple[str, ...] = field(default_factory=tuple)

    def hint(self) -> Text:
        """What to tell the clerk when nobody is found."""
        value = self.text if self.kind == KIND_NAME else (self.nik or (self.phones or ("",))[0])
        return HINTS[self.kind].format(value=value or self.text)


def read_query(text: str) -> Query:
    """Decide whether ``text`` is a NIK, a phone number, both, or a name."""
    text = " ".join((text or "").split())
    if not text:
        return Query(text, KIND_EMPTY)
    if _NUMBER.fullmatch(text):
        return _number_query(text)
    words = tuple(text.split())
    if len(text.replace(" ", "")) < MIN_NAME:
        return Query(text, KIND_TOO_SHORT)
    return Query(text, KIND_NAME, words=words)


def _number_query(text: str) -> Query:
    digits = re.sub(r"\D", "", text)
    plus = text.startswith("+")
    if len(digits) < MIN_DIGITS:
        return Query(text, KIND_TOO_SHORT)
    if plus and not digits.startswith("62"):
        return Query(text, KIND_PHONE, phones=("+" + digits,))  # foreign: finds nobody, as it should
    if plus or digits.startswith("0"):
        national = digits[2:] if plus else digits[1:]
        if len(national) < MIN_DIGITS:
            return Query(text, KIND_TOO_SHORT)
        return Query(text, KIND_PHONE, phones=(_phone(text, "+62" + national),))
    if len(digits) > NIK_LENGTH:
        return Query(text, KIND_NIK, nik=digits)  # no NIK is that long: nobody is found
    phones: tuple[str, ...] = ()
    if digits.startswith("62") and len(digits) - 2 >= MIN_DIGITS:
        phones = (_phone(text, "+" + digits),)
    elif digits.startswith("8") and len(digits) in _MOBILE_WITHOUT_ZERO:
        phones = (_phone(text, "+62" + digits),)
    if len(digits) == NIK_LENGTH:
        return Query(text, KIND_NIK, nik=digits)
    return Query(text, KIND_NUMBER if phones else KIND_NIK, nik=digits, phones=phones)


def _phone(text: str, fallback: str) -> str:
    """The number as stored (E.164) when it reads as one, else its digits behind +62."""
    checked = check_phone(_PHONE_GAP.sub("", text))
    return checked.value if checked.ok and checked.value else fallback


# --- finding people -----------------------------------------------------------------------------

_PERSON_COLUMNS = (Participant.id, Participant.nik, Participant.full_name, Participant.sex,
                   Participant.birth_date, Participant.phone, Participant.city,
                   Participant.archived, Participant.prakerja_card_number)
_PERSON_KEYS = ("id", "nik", "full_name", "sex", "birth_date", "phone", "city", "archived",
                "prakerja_card_number")


def _any(conditions) -> peewee.Expression:
    return functools.reduce(operator.or_, conditions)


def _all(conditions) -> peewee.Expression:
    return functools.reduce(operator.and_, conditions)


def _after(prefix: str) -> str:
    """The first string past every string that begins with ``prefix`` (in code-point order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starting(column: peewee.Field, prefix: str) -> peewee.Expression:
    # A range, not LIKE 'x%': both backends answer a range from the column's b-tree index.
    return (column >= prefix) & (column < _after(prefix))


def _by_nik(query: Query, limit: int) -> list[tuple]:
    if len(query.nik) == NIK_LENGTH:
        condition = Participant.nik == query.nik
    else:
        missing = NIK_LENGTH - len(query.nik)
        condition = Participant.nik.between(query.nik + "0" * missing, query.nik + "9" * missing)
    return list(Participant.select(*_PERSON_COLUMNS).where(condition)
                .order_by(Participant.nik).limit(limit).tuples())


def _by_phone(query: Query, limit: int) -> list[tuple]:
    """The number itself first, then longer ones that begin with it: 0812-3456-789 is a valid
    number, and also the beginning of ten others, one of which the clerk may be typing."""
    rows = list(Participant.select(*_PERSON_COLUMNS)
                .where(_any([_starting(Participant.phone, p) for p in query.phones]))
                .order_by(Participant.phone, Participant.full_name, Participant.id)
                .limit(limit).tuples())
    rows.sort(key=lambda row: row[5] not in query.phones)  # stable: the rest stay by number
    return rows


def _spellings(text: str) -> list[str]:
    """The ways of writing a name's case that clerks and imports use."""
    return list(dict.fromkeys((text, text.title(), text.upper(), text.lower())))


def _name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _holds_words(name: str, words: tuple[str, ...]) -> bool:
    folded = name.casefold()
    return all(word.casefold() in folded for word in words)


def _by_name(query: Query, limit: int) -> list[tuple]:
    """Exactly the name typed (words in any order), then names beginning with it, both from the
    index; then, unless the exact name was found, names holding every word anywhere."""
    words = query.words
    orders = (itertools.permutations(words) if len(words) <= _PERMUTED_WORDS else [words])
    phrases = list(dict.fromkeys(" ".join(order) for order in orders))
    spellings = list(dict.fromkeys(s for phrase in phrases for s in _spellings(phrase)))
    found = list(Participant.select(*_PERSON_COLUMNS)
                 .where(Participant.full_name.in_(spellings))
                 .order_by(Participant.full_name, Participant.id).limit(limit).tuples())
    exact = bool(found)
    if len(found) < limit:
        seen = {row[0] for row in found}
        keys = [_name_key(phrase) for phrase in phrases]
        # A linguistic collation can put a few other names inside a range: they are sifted out
        # here, so the query asks for a few more than needed.
        found += [row for row in Participant.select(*_PERSON_COLUMNS)
                  .where(_any([_starting(Participant.full_name, s) for s in spellings]))
                  .order_by(Participant.full_name, Participant.id).limit(limit + 10).tuples()
                  if row[0] not in seen and any(_name_key(row[2]).startswith(k) for k in keys)]
        found = found[:limit]
    # The whole name found: others merely holding its words are not who the clerk is after,
    # and the scan below is the one part of a look-up that reads the whole table.
    if len(found) < limit and not exact:
        # Only id and name: both backends then read the narrow (archived, full_name, id) index
        # instead of the whole rows, about half the time. Unordered, so that a common word stops
        # the scan as soon as enough are found; with more matches the clerk must type more anyway.
        scan = Participant.select(Participant.id, Participant.full_name).where(_every_word(words))
        if found:
            scan = scan.where(Participant.id.not_in([row[0] for row in found]))
        ids = [pid for pid, name in scan.limit(limit - len(found)).tuples() if _holds_words(name, words)]
        if ids:
            more = Participant.select(*_PERSON_COLUMNS).where(Participant.id.in_(ids)).tuples()
            found += sorted(more, key=lambda row: (row[2].casefold(), row[0]))
    return found


def _every_word(words: tuple[str, ...]) -> peewee.Expression:
    if isinstance(database.obj, peewee.PostgresqlDatabase):
        # LIKE per spelling of case: a whole-table ILIKE takes several times as long.
        return _all([_any([contains_exact(Participant.full_name, s) for s in _spellings(word)])
                     for word in words])
    # SQLite's LIKE already ignores (ASCII) case.
    return _all([contains(Participant.full_name, word) for word in words])


def contains_exact(column: peewee.Field, text: str) -> peewee.Expression:
    """Case-sensitive substring match (LIKE on PostgreSQL), with LIKE's wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return peewee.Expression(column, peewee.OP.LIKE,
                             peewee.NodeList((peewee.Value(f"%{escaped}%"), peewee.SQL("ESCAPE '\\'"))))


def find_people(query: Query, limit: int = 20) -> list[dict]:
    """The people ``query`` finds (no classes yet), each with ``matched_by``."""
    if limit <= 0:
        return []
    found: list[tuple[str, tuple]] = []
    if query.kind in (KIND_NIK, KIND_NUMBER) and MIN_DIGITS <= len(query.nik) <= NIK_LENGTH:
        found += [(KIND_NIK, row) for row in _by_nik(query, limit)]
    if query.kind in (KIND_PHONE, KIND_NUMBER) and query.phones:
        found += [(KIND_PHONE, row) for row in _by_phone(query, limit)]
    if query.kind == KIND_NAME:
        found += [(KIND_NAME, row) for row in _by_name(query, limit)]
    people, seen = [], set()
    for matched_by, row in found:
        if row[0] not in seen:
            seen.add(row[0])
            people.append({**dict(zip(_PERSON_KEYS, row)), "matched_by": matched_by})
    return people[:limit]


# --- their classes ------------------------------------------------------------------------------


def _undated_first(day: dt.date | None) -> int:
    # Sorted newest first; a class without dates is still being planned, so newer than any.
    return -(10**6) if day is None else -day.toordinal()


def classes_of(participant_ids: list[int]) -> dict[int, list[dict]]:
    """Participant id -> every class they registered for, newest first, with the status, since
    when, why and by whom (the latest status change)."""
    if not participant_ids:
        return {}
    rows = list(
        Enrollment.select(Enrollment.id.alias("enrollment_id"), Enrollment.participant.alias("participant_id"),
                          Enrollment.status, Enrollment.registered_at, Enrollment.reserve_rank,
                          Enrollment.prakerja_redeem_code, Enrollment.prakerja_redeemed_at,
                          TrainingClass.id.alias("class_id"), TrainingClass.code.alias("class_code"),
                          TrainingClass.name.alias("class_name"), TrainingClass.status.alias("class_status"),
                          TrainingClass.start_date, TrainingClass.end_date, TrainingClass.funding,
                          Program.name.alias("program_name"), Institution.code.alias("institution_code"),
                          Institution.name.alias("institution_name"))
        .join(TrainingClass).join(Program).switch(TrainingClass).join(Institution)
        .where(Enrollment.participant.in_(participant_ids)).dicts())
    latest = latest_changes(row["enrollment_id"] for row in rows)
    by_person: dict[int, list[dict]] = {pid: [] for pid in participant_ids}
    for row in rows:
        at, reason, user = latest.get(row["enrollment_id"], (row["registered_at"], "", ""))
        row.update(status_label=STATUS_LABELS.get(row["status"], Text(row["status"], row["status"])),
                   since=at, reason=reason, changed_by=user)
        by_person[row["participant_id"]].append(row)
    for classes in by_person.values():
        classes.sort(key=lambda r: (_undated_first(r["start_date"]), -r["registered_at"].timestamp(),
                                    r["class_code"]))
    return by_person


def lookup(query: str, limit: int = 20) -> list[dict]:
    """Everyone the query finds (at most ``limit``): NIK matches first, then phone, then name
    (the exact name first). Each person: id, nik, full_name, sex, birth_date, phone, city,
    archived, prakerja_card_number, matched_by ("nik", "phone" or "name"), and ``classes``:
    enrollment_id, class_id, class_code, class_name, class_status, institution_code,
    institution_name, program_name, funding, status, status_label (Text), since (UTC) and
    reason and changed_by of the latest status change, registered_at, reserve_rank,
    start_date, end_date, prakerja_redeem_code, prakerja_redeemed_at.

    An empty list when nobody is found or the query is too short; ``read_query(query).hint()``
    says what to try next.
    """
    people = find_people(read_query(query), limit)
    classes = classes_of([p["id"] for p in people])
    for person in people:
        person["classes"] = classes[person["id"]]
    return people
