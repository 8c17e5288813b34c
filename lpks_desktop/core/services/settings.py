"""Settings that belong to the data: stored in the database, shared by every PC using it.

A setting is one row of ``setting``: a key, a JSON value, and the institution it
belongs to (NULL: the whole database). Reading a per-institution setting falls
back to the database-wide row, then to the known default, so an institution
only stores what it changes. Settings of one PC (language, window size, which
database to open) live in the GUI's QSettings instead.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import peewee

from ..auth.permissions import action_for_setting, require
from ..i18n import Text
from ..models import Setting
from ..validation import Checked
from ..validation.problems import invalid
from .records import ValidationFailed

MINUTES_PER_JP = "minutes_per_jp"
DEFAULT_PAPER = "default_paper"
DEFAULT_RATE_PER_JP = "default_rate_per_jp"
SKIP_COLLECTIVE_LEAVE = "skip_collective_leave"
ATTENDANCE_EXCUSED_RULE = "attendance_excused_rule"
ATTENDANCE_SICK_RULE = "attendance_sick_rule"
CERTIFICATE_DESIGN = "certificate_design"
CERTIFICATE_PAPER = "certificate_paper"
CERTIFICATE_FILE_PATTERN = "certificate_file_pattern"
# The built-in certificate designs (drawn by documents/certificate_designs.py).
CERTIFICATE_DESIGNS = ("classic", "modern", "simple")
DEFAULT_CERTIFICATE_FILE_PATTERN = "{number} {name}"
CERTIFICATE_FILE_PLACEHOLDERS = {"number": "012/LPK-SBP/CERT/XI/2026", "name": "Siti Aminah",
                                 "class": "SBP-JHT-2026-01", "seq": 12}
CERTIFICATE_FILE_PATTERN_MAX = 100
# Not allowed in file names on Windows; "/" in a number is replaced when the file is named.
_FILE_NAME_FORBIDDEN = '\\/:*?"<>|'
# How an I (izin) or S (sakit) mark counts towards the attendance rate: as not attended,
# as attended, or left out of that participant's total.
ATTENDANCE_RULES = ("absent", "present", "excluded")
MAX_RATE_PER_JP = 100_000_000
PAPER_SIZES = ("A4", "F4")
MINUTES_PER_JP_RANGE = (30, 60)

BAD_MINUTES = Text(
    "Menit per JP harus bilangan bulat antara {low} dan {high}, tertulis {value}.",
    "Minutes per JP must be a whole number from {low} to {high}, not {value}.",
)
BAD_PAPER = Text(
    "Ukuran kertas harus A4 atau F4, tertulis {value}.",
    "The paper size must be A4 or F4, not {value}.",
)
WRONG_SCOPE = "{key} is a {scope} setting"


def _check_minutes(value: Any) -> Checked[int]:
    low, high = MINUTES_PER_JP_RANGE
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    if number is None or not low <= number <= high:
        return invalid(MINUTES_PER_JP, "minutes_per_jp_range",
                       BAD_MINUTES.format(low=low, high=high, value=value))
    return Checked(number)


def _check_paper(value: Any) -> Checked[str]:
    paper = value.strip().upper() if isinstance(value, str) else None
    if paper not in PAPER_SIZES:
        return invalid(DEFAULT_PAPER, "paper_size", BAD_PAPER.format(value=value))
    return Checked(paper)

BAD_RATE = Text(
    "Honor per JP harus bilangan bulat rupiah dari 0 sampai {high}, tertulis {value}.",
    "The fee per JP must be whole rupiah from 0 to {high}, not {value}.",
)
BAD_FLAG = Text(
    "Nilai ini harus ya atau tidak, tertulis {value}.",
    "This must be yes or no, not {value}.",
)


def _check_rate(value: Any) -> Checked[int | None]:
    if value is None or value == "":
        return Checked(None)  # no default fee: workload reports show JP without money
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().replace(".", "").isdigit():
        number = int(value.strip().replace(".", ""))  # "75.000" as clerks write rupiah
    if number is None or not 0 <= number <= MAX_RATE_PER_JP:
        return invalid(DEFAULT_RATE_PER_JP, "rate_range",
                       BAD_RATE.format(high=f"{MAX_RATE_PER_JP:,}".replace(",", "."), value=value))
    return Checked(number)


def _check_flag(value: Any) -> Checked[bool]:
    if isinstance(value, bool):
        return Checked(value)
    return invalid(SKIP_COLLECTIVE_LEAVE, "yes_no", BAD_FLAG.format(value=value))


BAD_ATTENDANCE_RULE = Text(
    "Aturan tanda {mark_id} harus absent (dihitung tidak hadir), present (dihitung hadir) "
    "atau excluded (tidak dihitung), tertulis {value}.",
    "The rule for {mark_en} marks must be absent (counts as not attended), present (counts as "
    "attended) or excluded (left out of the total), not {value}.",
)


def _attendance_rule(key: str, mark_id: str, mark_en: str) -> Callable[[Any], Checked[str]]:
    def check(value: Any) -> Checked[str]:
        rule = value.strip().lower() if isinstance(value, str) else None
        if rule not in ATTENDANCE_RULES:
            return invalid(key, "attendance_rule", BAD_ATTENDANCE_RULE.format(
                mark_id=mark_id, mark_en=mark_en, value=value))
        return Checked(rule)
    return check


BAD_DESIGN = Text(
    "Desain sertifikat harus salah satu dari {designs}, tertulis {value}.",
    "The certificate design must be one of {designs}, not {value}.",
)
BAD_FILE_PATTERN = Text(
    "Pola nama file sertifikat \"{value}\" tidak dapat dipakai: {problem_id}",
    "The certificate file name pattern \"{value}\" cannot be used: {problem_en}",
)
_FILE_PATTERN_PROBLEMS = {
    "broken": ("tanda {{ }} tidak berpasangan atau format isiannya salah.",
               "unmatched {{ }} or a wrong placeholder format."),
    "unknown": ("isian {unknown} tidak dikenal; yang dikenal: {known}.",
                "{unknown} is not known; the placeholders are {known}."),
    "not_unique": ("harus memuat {{number}} atau {{seq}} agar setiap peserta mendapat file sendiri.",
                   "it must contain {{number}} or {{seq}} so that every participant gets a file of "
                   "their own."),
    "forbidden": ("tanda {chars} tidak boleh ada di nama file.",
                  "{chars} cannot be used in file names."),
    "too_long": ("paling banyak {max} karakter.", "at most {max} characters."),
    "empty": ("pola tidak boleh kosong.", "the pattern cannot be empty."),
}


def _check_design(value: Any) -> Checked[str]:
    design = value.strip().lower() if isinstance(value, str) else None
    if design not in CERTIFICATE_DESIGNS:
        return invalid(CERTIFICATE_DESIGN, "certificate_design", BAD_DESIGN.format(
            designs=", ".join(CERTIFICATE_DESIGNS), value=value))
    return Checked(design)


def _check_certificate_paper(value: Any) -> Checked[str]:
    paper = value.strip().upper() if isinstance(value, str) else None
    if paper not in PAPER_SIZES:
        return invalid(CERTIFICATE_PAPER, "paper_size", BAD_PAPER.format(value=value))
    return Checked(paper)


def _check_file_pattern(value: Any) -> Checked[str]:
    def refused(problem: str, **params) -> Checked:
        id_text, en_text = _FILE_PATTERN_PROBLEMS[problem]
        return invalid(CERTIFICATE_FILE_PATTERN, f"file_pattern_{problem}", BAD_FILE_PATTERN.format(
            value=value, problem_id=id_text.format(**params), problem_en=en_text.format(**params)))

    pattern = value.strip() if isinstance(value, str) else ""
    if not pattern:
        return refused("empty")
    if len(pattern) > CERTIFICATE_FILE_PATTERN_MAX:
        return refused("too_long", max=CERTIFICATE_FILE_PATTERN_MAX)
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
        pattern.format(**CERTIFICATE_FILE_PLACEHOLDERS)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        unknown = sorted({"{" + n + "}" for n in _names_of(pattern)
                          if n not in CERTIFICATE_FILE_PLACEHOLDERS})
        if unknown:
            return refused("unknown", unknown=", ".join(unknown),
                           known=", ".join("{" + n + "}" for n in CERTIFICATE_FILE_PLACEHOLDERS))
        return refused("broken")
    literal = "".join(text for text, _, _, _ in string.Formatter().parse(pattern))
    bad = sorted({c for c in literal if c in _FILE_NAME_FORBIDDEN})
    if bad:
        return refused("forbidden", chars=" ".join(bad))
    if not {"number", "seq"} & set(names):
        return refused("not_unique")
    return Checked(pattern)


def _names_of(pattern: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError:
        return []


@dataclass(frozen=True)
class KnownSetting:
    default: Any
    check: Callable[[Any], Checked]
    per_institution: bool  # False: only a database-wide value makes sense


KNOWN: dict[str, KnownSetting] = {
    # Common practice is 45 minutes; some centres count 50 or 60.
    MINUTES_PER_JP: KnownSetting(45, _check_minutes, per_institution=False),
    # Each institution prints on what its printer holds; folio (F4) is common in offices.
    DEFAULT_PAPER: KnownSetting("A4", _check_paper, per_institution=True),
    # Fee (honor) per JP for trainers without a rate of their own; None: not set.
    DEFAULT_RATE_PER_JP: KnownSetting(None, _check_rate, per_institution=True),
    # Collective leave (cuti bersama) binds civil servants; a BLK follows it, many LPKS do not.
    SKIP_COLLECTIVE_LEAVE: KnownSetting(False, _check_flag, per_institution=True),
    # Most centres count an excused or sick day as a day missed; some forgive them.
    ATTENDANCE_EXCUSED_RULE: KnownSetting(
        "absent", _attendance_rule(ATTENDANCE_EXCUSED_RULE, "I (izin)", "I (excused)"),
        per_institution=True),
    ATTENDANCE_SICK_RULE: KnownSetting(
        "absent", _attendance_rule(ATTENDANCE_SICK_RULE, "S (sakit)", "S (sick)"),
        per_institution=True),
    # How certificates look and what they are printed on, per institution.
    CERTIFICATE_DESIGN: KnownSetting("classic", _check_design, per_institution=True),
    # Certificates are printed in landscape; A4 is usual, some offices use folio (F4).
    CERTIFICATE_PAPER: KnownSetting("A4", _check_certificate_paper, per_institution=True),
    # File names when certificates are saved one PDF per person.
    CERTIFICATE_FILE_PATTERN: KnownSetting(DEFAULT_CERTIFICATE_FILE_PATTERN, _check_file_pattern,
                                           per_institution=True),
}


def _scope(query: peewee.ModelSelect, institution_id: int | None) -> peewee.ModelSelect:
    if institution_id is None:
        return query.where(Setting.institution.is_null())
    return query.where(Setting.institution == institution_id)


def _stored(key: str, institution_id: int | None) -> Setting | None:
    return _scope(Setting.select().where(Setting.key == key), institution_id).first()


def _decoded(row: Setting | None, key: str) -> tuple[bool, Any]:
    """(found, value); a row that is not valid JSON or fails its check counts as absent."""
    if row is None:
        return False, None
    try:
        value = json.loads(row.value)
    except (TypeError, ValueError):
        return False, None
    known = KNOWN.get(key)
    if known is not None:
        checked = known.check(value)
        return (True, checked.value) if checked.ok else (False, None)
    return True, value


def get_setting(key: str, default: Any = None, institution_id: int | None = None) -> Any:
    """The institution's value, else the database-wide one, else ``default`` (for a known key
    given no default: its built-in default)."""
    scopes = (institution_id, None) if institution_id is not None else (None,)
    for scope in scopes:
        found, value = _decoded(_stored(key, scope), key)
        if found:
            return value
    if default is None and key in KNOWN:
        return KNOWN[key].default
    return default


def settings_for(key: str, institution_ids: Iterable[int]) -> dict[int, Any]:
    """``get_setting(key, institution_id=i)`` for many institutions in one query."""
    ids = list(dict.fromkeys(institution_ids))
    rows = Setting.select().where(Setting.key == key, Setting.institution.in_(ids)
                                  | Setting.institution.is_null()) if ids else []
    found: dict[int | None, Any] = {}
    for row in rows:
        ok, value = _decoded(row, key)
        if ok:
            found[row.institution_id] = value
    fallback = found.get(None, KNOWN[key].default if key in KNOWN else None)
    return {i: found.get(i, fallback) for i in ids}


def set_setting(store, key: str, value: Any, institution_id: int | None = None) -> Any:
    """Check and store one setting (audited); returns the value as stored.

    Raises ``ValidationFailed`` for a value a known key does not accept, and
    ``ValueError`` for a per-institution value of a database-wide setting.
    """
    require(action_for_setting(key))
    known = KNOWN.get(key)
    if known is not None:
        if institution_id is not None and not known.per_institution:
            raise ValueError(WRONG_SCOPE.format(key=key, scope="database-wide"))
        checked = known.check(value)
        if not checked.ok:
            raise ValidationFailed(checked.problems)
        value = checked.value
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for attempt in (1, 2):
        row = _stored(key, institution_id) or Setting(key=key, institution=institution_id)
        row.value = encoded
        try:
            store.save(row)
            return value
        except peewee.IntegrityError:
            # Another PC stored the same key between our read and our insert: update theirs.
            if attempt == 2 or row.get_id() is not None:
                raise
    return value


def minutes_per_jp() -> int:
    return get_setting(MINUTES_PER_JP)


def default_paper(institution_id: int | None) -> str:
    return get_setting(DEFAULT_PAPER, institution_id=institution_id)


def default_rate_per_jp(institution_id: int | None) -> int | None:
    return get_setting(DEFAULT_RATE_PER_JP, institution_id=institution_id)


def certificate_design(institution_id: int | None) -> str:
    return get_setting(CERTIFICATE_DESIGN, institution_id=institution_id)


def certificate_paper(institution_id: int | None) -> str:
    return get_setting(CERTIFICATE_PAPER, institution_id=institution_id)


def certificate_file_pattern(institution_id: int | None) -> str:
    return get_setting(CERTIFICATE_FILE_PATTERN, institution_id=institution_id)


def skips_collective_leave(institution_id: int | None) -> bool:
    return bool(get_setting(SKIP_COLLECTIVE_LEAVE, institution_id=institution_id))
