"""Importing participants from registrant lists (XLSX or CSV) as clerks receive them.

    table = read_table(path)                      # or ReadRefused, with a message for the clerk
    plan = plan_import(path, class_id=...)        # every problem at once; nothing written
    result = apply_import(store, plan)            # all of it in one transaction, or nothing

``readers`` reads files (and refuses what must not be read), ``headers`` finds
the header row and maps columns to fields, ``rows`` checks one row with the
participant form's rules, ``plan`` checks the whole file against the database,
``apply`` writes a plan.
"""

from .apply import ImportRefused, ImportResult, ImportStale, apply_import
from .headers import (
    FIELD_LABELS,
    FIELDS,
    Column,
    Header,
    detect_header,
    header_signature,
    remember_mapping,
    remembered_mapping,
    suggest_mapping,
)
from .ids import reserve_ids
from .plan import ImportCancelled, ImportPlan, PlannedRow, plan_import
from .problems import ImportProblem
from .readers import MAX_COLUMNS, MAX_ROWS, ReadRefused, Sheet, column_letter, read_table

__all__ = [
    "Column", "FIELDS", "FIELD_LABELS", "Header", "ImportCancelled", "ImportPlan", "ImportProblem",
    "ImportRefused", "ImportResult", "ImportStale", "MAX_COLUMNS", "MAX_ROWS", "PlannedRow",
    "ReadRefused", "Sheet", "apply_import", "column_letter", "detect_header", "header_signature",
    "plan_import", "read_table", "remember_mapping", "remembered_mapping", "reserve_ids",
    "suggest_mapping",
]
