"""Refusing a save over a record that someone else saved after it was opened.

Every record carries ``row_version``, bumped on each save. A form keeps the
version it loaded; ``Store.save`` refuses when the stored one has moved on, so
a clerk who opened a participant at 9:00 cannot silently undo another clerk's
9:05 save. The refusal lists what the other person changed, the value the clerk
started from and the value now stored, so the clerk can reload their version
and enter again whatever of their own is still needed.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

import peewee

from .errors import UserError
from .i18n import Text
from .models import AuditLog, BaseModel, User
from .services import audit

# The values a record held when it was opened, kept on the copy a form saves.
_STARTED_FROM = "_lpks_started_from"

CHANGED = Text(
    '{record_id} "{name}" sudah diubah oleh {user_id} pada {when_id} setelah Anda membukanya, '
    "jadi {action_id} (akan menimpa perubahannya). Yang ia ubah: {fields_id}. "
    "Muat ulang versinya, lalu masukkan lagi perubahan Anda yang masih perlu.",
    'The {record_en} "{name}" was changed by {user_en} on {when_en} after you opened it, so '
    "{action_en} (that would have overwritten their changes). They changed: {fields_en}. "
    "Reload their version, then enter again whatever of your changes is still needed.",
)
DELETED = Text(
    '{record_id} "{name}" sudah dihapus oleh {user_id} pada {when_id} setelah Anda membukanya; '
    "data Anda tidak disimpan.",
    'The {record_en} "{name}" was deleted by {user_en} on {when_en} after you opened it; '
    "nothing was saved.",
)
FIELD = Text('{label_id}: "{started_id}" menjadi "{stored_id}"',
             '{label_en}: "{started_en}" became "{stored_en}"')
FIELD_CLASH = Text(
    '{label_id}: "{started_id}" menjadi "{stored_id}" (Anda juga mengubahnya, menjadi "{yours_id}")',
    '{label_en}: "{started_en}" became "{stored_en}" (you changed it too, to "{yours_en}")',
)
NO_FIELDS = Text("tidak ada isian yang berbeda", "no field differs")
EMPTY = Text("kosong", "empty")
UNKNOWN_USER = Text("pengguna lain", "another user")
UNKNOWN_TIME = Text("waktu yang tidak diketahui", "an unknown time")
NOT_SAVED = Text("perubahan Anda tidak disimpan", "your changes were not saved")
NOT_DELETED = Text("data ini tidak dihapus", "it was not deleted")


@dataclass(frozen=True)
class ChangedField:
    """One field the other person changed, by model field name.

    Values are as the audit trail keeps them (dates as ISO text, references as ids).
    """

    field: str
    label_id: str
    label_en: str
    started_from: Any
    stored: Any
    yours: Any
    # The same values as a clerk reads them (a reference by its code or name, "empty").
    started_text: Text = Text("", "")
    stored_text: Text = Text("", "")
    yours_text: Text = Text("", "")

    @property
    def clashes(self) -> bool:
        """The clerk changed this field too: only they can say which value is right."""
        return self.yours != self.started_from and self.yours != self.stored


class RecordChanged(UserError):
    """A save or delete refused because the record was saved (or deleted) by someone else
    after it was opened; nothing was written.

    ``fields``: what the other person changed; ``yours_only``: the fields the clerk
    changed that the other person did not (safe to enter again after a reload).
    """

    def __init__(self, text: Text, *, table: str, row_id, name: str, saved_by: str | None,
                 saved_at: dt.datetime | None, fields: tuple[ChangedField, ...] = (),
                 yours_only: tuple[str, ...] = (), deleted: bool = False):
        super().__init__(text)
        self.table = table
        self.row_id = row_id
        self.name = name
        self.saved_by = saved_by  # the user name
        self.saved_by_shown = person_shown(saved_by) if saved_by else ""
        self.saved_at = saved_at  # UTC, without zone, as stored
        self.fields = fields
        self.yours_only = yours_only
        self.deleted = deleted


def remember_started_from(copy: BaseModel, loaded: BaseModel) -> BaseModel:
    """Note on ``copy`` the values ``loaded`` held when the clerk opened it; returns ``copy``."""
    setattr(copy, _STARTED_FROM, audit.field_values(loaded))
    return copy


def started_from(instance: BaseModel) -> dict:
    """The values the record held when opened: noted by ``remember_started_from``, else the
    fields the instance has not had changed since it was loaded."""
    noted = getattr(instance, _STARTED_FROM, None)
    if noted is not None:
        return noted
    untouched = {}
    dirty = instance._dirty  # field names (Field objects compare into SQL expressions)
    current = audit.field_values(instance)
    for field in instance._meta.sorted_fields:
        if field.column_name in current and field.name not in dirty:
            untouched[field.column_name] = current[field.column_name]
    return untouched


def refusal(instance: BaseModel, stored: BaseModel | None, *, deleting: bool = False) -> RecordChanged:
    """The ``RecordChanged`` for saving (or deleting) ``instance`` over ``stored`` (None: gone)."""
    model = type(instance)
    table = model._meta.table_name
    noun_id, noun_en = _noun(table)
    name = _describe(stored or instance)
    common = {"record_id": noun_id.capitalize(), "record_en": noun_en, "name": name}
    if stored is None:
        user, when = _deletion(table, instance.get_id())
        return RecordChanged(
            DELETED.format(**common, **_who_when(user, when)), table=table, row_id=instance.get_id(),
            name=name, saved_by=user, saved_at=when, deleted=True)
    base = started_from(instance)
    theirs = audit.field_values(stored)
    yours = audit.field_values(instance)
    fields = []
    # A field the clerk set on an object loaded without a note of its values has no known
    # starting point (not in ``base``): most likely their own change, so it is not blamed
    # on the other person.
    for column, value in theirs.items():
        if column in base and base[column] != value:
            field = _field_by_column(model, column)
            label_id, label_en = _label(table, field)
            fields.append(ChangedField(
                field.name, label_id, label_en, base[column], value, yours.get(column),
                _shown_text(field, base[column]), _shown_text(field, value),
                _shown_text(field, yours.get(column))))
    changed_by_them = {f.field for f in fields}
    yours_only = tuple(
        _field_by_column(model, column).name for column, value in yours.items()
        if column in base and value != base[column]
        and _field_by_column(model, column).name not in changed_by_them)
    parts = [_field_text(f) for f in fields]
    action = NOT_DELETED if deleting else NOT_SAVED
    text = CHANGED.format(
        **common, **_who_when(stored.updated_by, stored.updated_at),
        action_id=action.id, action_en=action.en,
        fields_id="; ".join(p.render("id") for p in parts) or NO_FIELDS.id,
        fields_en="; ".join(p.render("en") for p in parts) or NO_FIELDS.en)
    return RecordChanged(text, table=table, row_id=instance.get_id(), name=name,
                         saved_by=stored.updated_by, saved_at=stored.updated_at,
                         fields=tuple(fields), yours_only=yours_only)


def refuse_if_changed(loaded: BaseModel | None, stored: BaseModel) -> None:
    """For services that read a record again by its id: refuse when someone saved it after the
    clerk opened ``loaded`` (None: the caller holds no opened copy, nothing to compare)."""
    if loaded is not None and loaded.row_version != stored.row_version:
        raise refusal(loaded, stored)


def local_time_text(moment: dt.datetime | None) -> str:
    """A stored UTC moment as the clerk's clock shows it: 28/11/2026 09:05."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def person_shown(username: str) -> str:
    """A user as colleagues know them: "Budi Santoso (budi)", or the bare name without an account."""
    user = User.get_or_none(User.username == username)
    return f"{user.full_name} ({username})" if user is not None and user.full_name else username


def _who_when(user: str | None, when: dt.datetime | None) -> dict:
    shown, user = local_time_text(when), person_shown(user) if user else ""
    return {"user_id": user or UNKNOWN_USER.id, "user_en": user or UNKNOWN_USER.en,
            "when_id": shown or UNKNOWN_TIME.id, "when_en": shown or UNKNOWN_TIME.en}


def _field_text(change: ChangedField) -> Text:
    template = FIELD_CLASH if change.clashes else FIELD
    return template.format(
        label_id=change.label_id, label_en=change.label_en,
        started_id=change.started_text.id, started_en=change.started_text.en,
        stored_id=change.stored_text.id, stored_en=change.stored_text.en,
        yours_id=change.yours_text.id, yours_en=change.yours_text.en)


def _shown_text(field: peewee.Field, value) -> Text:
    return Text(_shown(field, value, "id"), _shown(field, value, "en"))


def _shown(field: peewee.Field, value, lang: str) -> str:
    if value is None or value == "":
        return EMPTY.render(lang)
    if isinstance(field, peewee.ForeignKeyField):
        related = field.rel_model.get_or_none(field.rel_model._meta.primary_key == value)
        if related is not None:
            return _describe(related)
    if isinstance(value, bool):
        return {("id", True): "ya", ("id", False): "tidak",
                ("en", True): "yes", ("en", False): "no"}[(lang, value)]
    return str(value)


def _field_by_column(model, column: str) -> peewee.Field:
    for field in model._meta.sorted_fields:
        if field.column_name == column:
            return field
    raise KeyError(column)


def _noun(table: str) -> tuple[str, str]:
    from .services.records import _NOUNS  # the services' own nouns, so messages agree

    noun_id, noun_en, _ = _NOUNS.get(table, (table, table, table))
    return noun_id, noun_en


def _describe(instance: BaseModel) -> str:
    from .services.records import describe

    return describe(instance)


def _label(table: str, field: peewee.Field) -> tuple[str, str]:
    labels = _labels_by_table().get(table, {})
    for key in (field.name, field.column_name, f"{field.name}_id"):
        if key in labels:
            return tuple(labels[key])
    return field.name, field.name


def column_label(table: str, column: str) -> tuple[str, str] | None:
    """(Indonesian, English) of a column as its record's form names it; None when no form does."""
    labels = _labels_by_table().get(table, {})
    for key in (column, column.removesuffix("_id")):
        if key in labels:
            return tuple(labels[key])
    return None


@functools.cache
def _labels_by_table() -> dict[str, dict]:
    """The labels each record's form shows, so the message names fields as the form does."""
    from .services import (
        class_records,
        closure_days,
        enrollments,
        institutions,
        journals,
        participants,
        programs,
        rooms,
        sessions,
        trainers,
    )

    return {
        "participant": participants.LABELS,
        "trainer": trainers.LABELS,
        "trainer_competency": trainers.COMPETENCY_LABELS,
        "trainer_certification": trainers.CERTIFICATION_LABELS,
        "program": programs.LABELS,
        "competency_unit": programs.UNIT_LABELS,
        "room": rooms.LABELS,
        "institution": institutions.LABELS,
        "training_class": class_records.LABELS,
        "closure_day": closure_days.LABELS,
        "class_session": {**sessions.LABELS, **journals.LABELS},
        "enrollment": enrollments.LABELS,
    }


def _deletion(table: str, row_id) -> tuple[str | None, dt.datetime | None]:
    """Who deleted the record and when, from the audit trail."""
    entry = (AuditLog.select()
             .where(AuditLog.table_name == table, AuditLog.row_id == row_id,
                    AuditLog.action == "delete")
             .order_by(AuditLog.id.desc()).first())
    if entry is None:
        return None, None
    return entry.username, entry.at
