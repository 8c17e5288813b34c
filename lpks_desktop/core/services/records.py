"""What every record service shares: refusing bad input, refusing harmful deletes, archiving.

A save function reads a form's values, checks all of them before writing anything
(``record_forms.Form``), and either raises ``ValidationFailed`` with every problem
found or saves and returns the warnings. Clerks fix a form in one pass when they
see every problem at once, not one per click.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import peewee

from ..auth.permissions import action_for_table, require
from ..errors import UserError
from ..i18n import Text
from ..models import BaseModel
from ..validation import Checked, Problem
from .record_fields import (
    Labels,
    choice,
    decimal_amount,
    image_bytes,
    optional_email,
    optional_text,
    phone_number,
    positive_int,
    reference,
    required_text,
    unlabelled,
    whole_number,
)

__all__ = [
    "InUse", "ValidationFailed", "archive", "delete_or_refuse", "dependents_of", "describe",
    "only_archived", "subquery_column",
    # The field checks, for save functions and their callers in one place.
    "Labels", "choice", "decimal_amount", "image_bytes", "optional_email", "optional_text",
    "phone_number", "positive_int", "reference", "required_text", "unlabelled", "whole_number",
]


class ValidationFailed(UserError):
    """Nothing was saved; ``problems`` holds every error and warning found, each naming its field."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        errors = self.errors
        super().__init__(Text(
            "Data belum disimpan. {details_id}",
            "Nothing was saved. {details_en}",
            {"details_id": " ".join(p.message("id") for p in errors),
             "details_en": " ".join(p.message("en") for p in errors)}))

    @property
    def errors(self) -> tuple[Problem, ...]:
        return Checked(None, self.problems).errors

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return Checked(None, self.problems).warnings


# table name -> (Indonesian, English singular, English plural)
_NOUNS = {
    "institution": ("lembaga", "institution", "institutions"),
    "closure_day": ("hari libur lembaga", "closure day", "closure days"),
    "program": ("program", "program", "programs"),
    "competency_unit": ("unit kompetensi", "competency unit", "competency units"),
    "room": ("ruangan", "room", "rooms"),
    "trainer": ("instruktur", "trainer", "trainers"),
    "trainer_competency": ("kompetensi instruktur", "trainer competency", "trainer competencies"),
    "trainer_certification": ("sertifikasi instruktur", "trainer certification",
                              "trainer certifications"),
    "participant": ("peserta", "participant", "participants"),
    "training_class": ("kelas", "class", "classes"),
    "class_session": ("pertemuan", "session", "sessions"),
    "session_trainer": ("jadwal instruktur", "session assignment", "session assignments"),
    "enrollment": ("pendaftaran", "enrollment", "enrollments"),
    "enrollment_status_change": ("riwayat status", "status change", "status changes"),
    "attendance_mark": ("catatan kehadiran", "attendance mark", "attendance marks"),
    "assessment": ("penilaian", "assessment", "assessments"),
    "number_sequence": ("nomor urut", "number sequence", "number sequences"),
    "certificate": ("sertifikat", "certificate", "certificates"),
    "app_user": ("pengguna", "user", "users"),
    "setting": ("pengaturan", "setting", "settings"),
}

IN_USE = Text(
    '{record_id} "{name}" tidak dapat dihapus karena masih dipakai oleh {uses_id}. {hint_id}',
    'The {record_en} "{name}" cannot be deleted because {uses_en} still refer to it. {hint_en}',
)
ARCHIVE_HINT = Text(
    "Arsipkan saja: data yang diarsipkan tidak muncul lagi di daftar, tetapi riwayatnya tetap utuh.",
    "Archive it instead: archived records no longer appear in lists, but their history stays intact.",
)
KEEP_HINT = Text(
    "Biarkan tetap ada, atau hapus dulu data yang memakainya.",
    "Keep it, or first remove the records that use it.",
)


class InUse(UserError):
    """A delete refused because other records depend on the record; ``dependents``: table -> rows."""

    def __init__(self, instance: BaseModel, dependents: Mapping[str, int]):
        self.dependents = dict(dependents)
        table = type(instance)._meta.table_name
        noun_id, noun_en, _ = _NOUNS.get(table, (table, table, table))
        hint = ARCHIVE_HINT if "archived" in type(instance)._meta.fields else KEEP_HINT
        uses_id = ", ".join(f"{n} {_NOUNS.get(t, (t,))[0]}" for t, n in self.dependents.items())
        uses_en = ", ".join(f"{n} {_english_noun(t, n)}" for t, n in self.dependents.items())
        super().__init__(IN_USE.format(
            record_id=noun_id.capitalize(), record_en=noun_en, name=describe(instance),
            uses_id=uses_id, uses_en=uses_en, hint_id=hint.id, hint_en=hint.en))


def _english_noun(table: str, count: int) -> str:
    _, singular, plural = _NOUNS.get(table, (table, table, table))
    return singular if count == 1 else plural


def describe(instance: BaseModel) -> str:
    """How clerks name the record: its code, name or number."""
    for attribute in ("code", "full_name", "name", "number"):
        value = instance.__data__.get(attribute)
        if value:
            return str(value)
    return str(instance.get_id())


def dependents_of(instance: BaseModel) -> dict[str, int]:
    """Rows elsewhere that refer to ``instance``, by table, that a delete would break or orphan.

    Rows deleted along with the record (ON DELETE CASCADE: a trainer's
    certifications, a program's units) are its own parts, so they do not count;
    what refers to those parts does (an assessment of a program's unit).
    """
    model = type(instance)
    ids = model.select(model.id).where(model.id == instance.get_id())
    counts: dict[str, int] = {}
    _count_references(model, ids, counts)
    return {table: n for table, n in counts.items() if n}


def _count_references(model, ids: peewee.Select, counts: dict[str, int]) -> None:
    for foreign_key, referring in model._meta.backrefs.items():
        rows = referring.select(referring.id).where(foreign_key.in_(ids))
        if foreign_key.on_delete == "CASCADE":
            _count_references(referring, rows, counts)
        else:
            table = referring._meta.table_name
            counts[table] = counts.get(table, 0) + rows.count()


def delete_or_refuse(store, instance: BaseModel) -> None:
    """Delete the record, or raise ``InUse`` (and delete nothing) when others depend on it."""
    require(action_for_table(type(instance)._meta.table_name))
    with store.transaction():
        dependents = dependents_of(instance)
        if dependents:
            raise InUse(instance, dependents)
        store.delete(instance)


def archive(store, instance: BaseModel, archived: bool = True) -> BaseModel:
    """Hide (or bring back) a record without losing its history; audited like any save."""
    require(action_for_table(type(instance)._meta.table_name))
    instance.archived = archived
    return store.save(instance)


def only_archived(query: peewee.Select, model, filters: Mapping[str, Any]) -> peewee.Select:
    """The filters record listings share: ``archived`` (True: archived only; absent: active only)
    and, for models kept per institution, ``institution_id``."""
    query = query.where(model.archived == bool(filters.get("archived", False)))
    if filters.get("institution_id") and "institution" in model._meta.fields:
        query = query.where(model.institution == filters["institution_id"])
    return query


def subquery_column(query: peewee.Select, converter=None) -> peewee.ColumnBase:
    """A scalar subquery usable as a listing column: sortable, and typed alike on both backends.

    peewee cannot sort on a bare subquery, and SQLite hands back a date
    computed in one as text, so the value is converted as its field would be.
    """
    column = peewee.NodeList((query,))
    return column.converter(converter) if converter else column
