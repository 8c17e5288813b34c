"""Writing an import plan: all of it in one transaction, or nothing.

New participants go in with bulk INSERTs; stored ones are updated only where
the plan lists a change, and only if nobody changed them since the plan was
made. With a class, everyone imported is registered into it. One audit entry
sums up the import. Any error, a cancel or a killed process leaves the
database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee

from ..actor import current_actor
from ..auth.permissions import Action, require
from ..bulk import bulk_insert
from ..errors import UserError
from ..i18n import Text
from ..models import Participant, TrainingClass
from ..models.fields import utcnow
from ..services import audit
from ..validation import Problem
from .headers import PARTICIPANT_FIELDS, remember_mapping
from .plan import ImportCancelled, ImportPlan, PlannedRow
from .queries import chunks, participant_ids_by_nik, where_in
from .ids import reserve_ids
from .registration import register_all

Progress = Callable[[int, int, str], None]


class ImportRefused(UserError):
    """Nothing was written because the plan holds errors; ``problems`` lists them all."""

    def __init__(self, plan: ImportPlan, text: Text):
        super().__init__(text)
        self.plan = plan
        self.problems = plan.problems


class ImportStale(UserError):
    """The database changed between checking the file and importing it; nothing was written."""


REFUSED = Text(
    "Tidak ada yang diimpor: {errors} kesalahan di {rows} baris. Perbaiki berkasnya lalu impor lagi, "
    "atau pilih untuk mengimpor baris yang benar saja.",
    "Nothing was imported: {errors} errors in {rows} rows. Fix the file and import again, or "
    "choose to import only the valid rows.",
)
REFUSED_FILE = Text("Tidak ada yang diimpor: {message_id}", "Nothing was imported: {message_en}")
STALE_NEW = Text(
    "Basis data berubah sejak berkas diperiksa: NIK {nik} (baris {row}) baru saja disimpan, mungkin "
    "di PC lain. Tidak ada yang diimpor; periksa berkasnya lagi.",
    "The database changed since the file was checked: the NIK {nik} (row {row}) was saved a moment "
    "ago, perhaps on another PC. Nothing was imported; check the file again.",
)
STALE_CHANGED = Text(
    "Basis data berubah sejak berkas diperiksa: data NIK {nik} (baris {row}) baru saja diubah atau "
    "dihapus, mungkin di PC lain. Tidak ada yang diimpor; periksa berkasnya lagi.",
    "The database changed since the file was checked: the record of NIK {nik} (row {row}) was "
    "changed or deleted a moment ago, perhaps on another PC. Nothing was imported; check the "
    "file again.",
)
SAVE_REFUSED = Text(
    "Tidak ada yang diimpor: basis data menolak data ({detail}). Mungkin data yang sama baru saja "
    "disimpan di PC lain; periksa berkasnya lagi.",
    "Nothing was imported: the database refused the data ({detail}). The same data may have been "
    "saved a moment ago on another PC; check the file again.",
)
ADDING = Text("Menyimpan peserta baru", "Saving new participants")
UPDATING = Text("Memperbarui peserta", "Updating participants")
REGISTERING = Text("Mendaftarkan ke kelas", "Registering into the class")


@dataclass
class ImportResult:
    """What was written. ``registration`` says how class registrations were made:
    "service" (the enrollments service) or "direct" (rows written here)."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    registered: int = 0
    already_registered: int = 0
    skipped_rows: list[int] = field(default_factory=list)
    participant_ids: dict[int, int] = field(default_factory=dict)  # sheet row -> participant id
    warnings: list[Problem] = field(default_factory=list)  # from registering
    registration: str = ""
    audit_id: int | None = None

    @property
    def written(self) -> bool:
        return bool(self.inserted or self.updated or self.registered)

    def summary(self) -> Text:
        return Text(
            "Impor selesai: {inserted} peserta baru, {updated} diperbarui, {unchanged} tanpa perubahan, "
            "{registered} didaftarkan ke kelas; {skipped} baris bermasalah dilewati.",
            "Import finished: {inserted} new participants, {updated} updated, {unchanged} unchanged, "
            "{registered} registered into the class; {skipped} rows with problems skipped.",
            {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
             "registered": self.registered, "skipped": len(self.skipped_rows)})


def apply_import(store, plan: ImportPlan, *, valid_only: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, reason: str = "") -> ImportResult:
    """Write ``plan`` in one transaction; returns what was written.

    Refuses (``ImportRefused``, nothing written) while the plan holds any error,
    unless ``valid_only``: then rows with errors are skipped, but an error of the
    whole file (a missing column, a closed class) still refuses. ``cancelled()``
    is asked between steps; when true, everything rolls back (``ImportCancelled``).
    """
    require(Action.IMPORT)
    cancelled = cancelled or (lambda: False)
    if plan.file_errors:
        first = plan.file_errors[0]
        raise ImportRefused(plan, REFUSED_FILE.format(message_id=first.message("id"),
                                                      message_en=first.message("en")))
    if plan.errors and not valid_only:
        raise ImportRefused(plan, REFUSED.format(errors=len(plan.errors), rows=len(plan.rejected_rows)))
    result = ImportResult(unchanged=len(plan.unchanged), already_registered=len(plan.already_registered),
                          skipped_rows=list(plan.rejected_rows))
    remember = plan.mapping_source == "given"
    if not (plan.new_rows or plan.updates or plan.to_register or remember):
        return result
    total = len(plan.new_rows) + len(plan.updates) + len(plan.to_register)
    done = 0

    def step(count: int, label: Text) -> None:
        nonlocal done
        done += count
        if cancelled():
            raise ImportCancelled()
        if progress:
            progress(done, total, label.render())

    try:
        with store.transaction():
            now, actor = utcnow(), current_actor()
            _refuse_if_stale(plan)
            ids = _insert_new(store.db, plan.new_rows, now, actor,
                              lambda n: step(n, ADDING))
            result.inserted = len(ids)
            for planned in plan.updates:
                _update(planned, now, actor)
                step(1, UPDATING)
            result.updated = len(plan.updates)
            result.participant_ids = {
                **{p.row: p.participant_id for p in plan.updates + plan.unchanged + plan.already_registered},
                **{p.row: new_id for p, new_id in zip(plan.new_rows, ids)}}
            if plan.to_register:
                result.registration, result.warnings = register_all(
                    store, plan, result.participant_ids, now, actor, lambda n: step(n, REGISTERING), reason)
                result.registered = len(plan.to_register)
            if remember:
                remember_mapping(store, plan.headings, plan.mapping, plan.institution_id)
            if cancelled():
                raise ImportCancelled()
            entry = audit.record("import", "participant", None, _audit_changes(plan, result, ids))
            result.audit_id = entry.id
    except peewee.IntegrityError as exc:
        raise UserError(SAVE_REFUSED.format(detail=str(exc).splitlines()[0][:200])) from exc
    return result


# -- steps ------------------------------------------------------------------------------------

def _refuse_if_stale(plan: ImportPlan) -> None:
    """Inside the transaction: the people the plan adds are still absent, and those it
    updates or registers are unchanged since the plan read them."""
    present = participant_ids_by_nik([p.nik for p in plan.new_rows])
    for planned in plan.new_rows:
        if planned.nik in present:
            raise ImportStale(STALE_NEW.format(nik=planned.nik, row=planned.row))
    known = plan.updates + plan.unchanged
    versions = {}
    for part in chunks([p.participant_id for p in known]):
        versions.update(Participant.select(Participant.id, Participant.row_version)
                        .where(where_in(Participant.id, part)).tuples())
    for planned in known:
        if versions.get(planned.participant_id) != planned.row_version:
            raise ImportStale(STALE_CHANGED.format(nik=planned.nik, row=planned.row))


def _defaults(model) -> dict:
    return {f.name: f.default for f in model._meta.sorted_fields
            if f.default is not None and not callable(f.default)}


def _insert_new(db, rows: list[PlannedRow], now: dt.datetime, actor: str, wrote) -> list[int]:
    ids = reserve_ids(db, Participant, len(rows))
    base = {f.name: None for f in Participant._meta.sorted_fields}
    base.update(_defaults(Participant))
    base.update(created_at=now, created_by=actor, updated_at=now, updated_by=actor, row_version=1)
    records = []
    for planned, new_id in zip(rows, ids):
        record = dict(base, id=new_id)
        for name in PARTICIPANT_FIELDS:
            value = planned.values.get(name)
            if value is not None:
                record[name] = value
        records.append(record)
    bulk_insert(Participant, records, on_rows=wrote)
    return ids


def _update(planned: PlannedRow, now: dt.datetime, actor: str) -> None:
    values = {getattr(Participant, name): new for name, (_, new) in planned.changes.items()}
    values.update({Participant.updated_at: now, Participant.updated_by: actor,
                   Participant.row_version: Participant.row_version + 1})
    changed = (Participant.update(values)
               .where(Participant.id == planned.participant_id,
                      Participant.row_version == planned.row_version)
               .execute())
    if changed != 1:
        raise ImportStale(STALE_CHANGED.format(nik=planned.nik, row=planned.row))


def _id_ranges(ids: list[int]) -> list[list[int]]:
    """[[first, last], ...] of consecutive ids: a short record of thousands of new rows."""
    ranges: list[list[int]] = []
    for value in sorted(ids):
        if ranges and value == ranges[-1][1] + 1:
            ranges[-1][1] = value
        else:
            ranges.append([value, value])
    return ranges


def _audit_changes(plan: ImportPlan, result: ImportResult, new_ids: list[int]) -> dict:
    klass = TrainingClass.get_or_none(TrainingClass.id == plan.class_id) if plan.class_id else None
    return {
        "file": plan.path.name,
        "sheet": plan.sheet.name,
        "header_row": plan.header_row,
        "mapping": {str(index): name for index, name in sorted(plan.mapping.items())},
        "inserted": result.inserted,
        "inserted_ids": _id_ranges(new_ids),
        "updated": {str(p.participant_id): {name: [_plain(old), _plain(new)]
                                            for name, (old, new) in p.changes.items()}
                    for p in plan.updates},
        "unchanged": result.unchanged,
        "skipped_rows": result.skipped_rows,
        "class": klass.code if klass else None,
        "registered": result.registered,
        "registration": result.registration or None,
        "institution_id": plan.institution_id,
    }


def _plain(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
