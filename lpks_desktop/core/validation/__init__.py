"""Field validation shared by GUI forms, the CLI and spreadsheet import.

Every check returns a ``Checked``: the normalised value (None when unusable)
and the ``Problem``s found, each naming its field, with a stable code and a
message in Bahasa Indonesia and English.
"""

from .dates import check_birth_date, format_date_en, format_date_id, parse_date
from .nik import check_nik, nik_birth_date, nik_sex
from .phone import check_phone, format_phone_local
from .problems import Checked, Problem, Severity
from .skkni import UNIT_CODE_FORMATS, check_unit_code

__all__ = [
    "Checked",
    "Problem",
    "Severity",
    "UNIT_CODE_FORMATS",
    "check_birth_date",
    "check_nik",
    "check_phone",
    "check_unit_code",
    "format_date_en",
    "format_date_id",
    "format_phone_local",
    "nik_birth_date",
    "nik_sex",
    "parse_date",
]
