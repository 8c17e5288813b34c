"""SKKNI competency unit codes (kode unit kompetensi).

Two code shapes are in use, because LPKS still train against standards set
before the 2012 rules as well as newer ones:

* Current (KBLI based, standards set since 2012): ``C.141000.001.02`` --
  the KBLI category letter A-U, six digits for the KBLI main group/group,
  a three-digit unit number and a two-digit version.
* Legacy (KEP.227/MEN/2003, PER.21/MEN/X/2007): ``TIK.OP01.001.01`` -- sector
  letters, sub-sector letters with a two-digit unit group (01 general, 02
  core, 03 specific, 04 optional), a three-digit unit number and a two-digit
  version. The rules prescribe 3 sector and 2 sub-sector letters; 2-4 of each
  are accepted so that the odd published code outside the rule still fits,
  while typos in the digit groups are still caught.

Codes with digits where the legacy sub-sector letters go (``INA.5230.113.01``)
are rejected: no such shape is prescribed by either rule.
"""

from __future__ import annotations

import re

from ..i18n import Text
from .problems import REQUIRED, Checked, invalid, is_blank, shown

_CURRENT = re.compile(r"[A-U]\.[0-9]{6}\.[0-9]{3}\.[0-9]{2}", re.ASCII)
_LEGACY = re.compile(r"[A-Z]{2,4}\.[A-Z]{2,4}[0-9]{2}\.[0-9]{3}\.[0-9]{2}", re.ASCII)

UNIT_CODE_FORMATS = Text(
    "contoh: C.141000.001.02 atau TIK.OP01.001.01",
    "e.g. C.141000.001.02 or TIK.OP01.001.01",
)
WHITESPACE = Text(
    'Kode unit "{value}" tidak boleh berisi spasi (' + UNIT_CODE_FORMATS.id + ").",
    'The unit code "{value}" must not contain spaces (' + UNIT_CODE_FORMATS.en + ").",
)
BAD_FORMAT = Text(
    'Kode unit "{value}" bukan kode unit kompetensi SKKNI (' + UNIT_CODE_FORMATS.id + ").",
    'The unit code "{value}" is not an SKKNI competency unit code ('
    + UNIT_CODE_FORMATS.en + ").",
)


def check_unit_code(raw: object, *, field: str = "unit_code") -> Checked[str]:
    if is_blank(raw):
        return invalid(field, "required", REQUIRED)
    value = shown(raw)
    if not isinstance(raw, str):
        return invalid(field, "unit_code_format", BAD_FORMAT.format(value=value))
    if any(c.isspace() for c in value):
        return invalid(field, "unit_code_whitespace", WHITESPACE.format(value=value))
    # Only ASCII is uppercased: str.upper() turns e.g. "ı" into "I", which
    # would let a mistyped character pass as a sector letter.
    code = value.upper() if value.isascii() else value
    if not (_CURRENT.fullmatch(code) or _LEGACY.fullmatch(code)):
        return invalid(field, "unit_code_format", BAD_FORMAT.format(value=value))
    return Checked(code)
