"""Checking a form's values against one record, and saving the rows of a table inside a form."""

from __future__ import annotations

from typing import Any, Mapping

import peewee

from ..i18n import Text
from ..models import BaseModel
from ..record_changes import remember_started_from
from ..validation import Checked, Problem
from ..validation.problems import error
from .record_fields import Labels, duplicate_row, optional_text, required_text
from .records import ValidationFailed, delete_or_refuse

TAKEN = Text(
    '{label_id} "{value}" sudah dipakai oleh {owner}.',
    '{label_en} "{value}" is already used by {owner}.',
)


class Form:
    """One form's values being checked against one record, collecting every problem.

    A key missing from ``values`` keeps the record's current value (or the
    model's default for a new record), so a form may send only what it shows.
    """

    def __init__(self, instance: BaseModel, values: Mapping[str, Any], labels: Labels,
                 prefix: str = ""):
        self.instance = instance
        self.values = values
        self.labels = labels
        self.prefix = prefix  # "units[2]." for the third unit: problems name the row's field
        self.problems: list[Problem] = []
        self.cleaned: dict[str, Any] = {}

    def raw(self, key: str) -> Any:
        return self.values[key] if key in self.values else self.instance.__data__.get(key)

    def take(self, key: str | None, checked: Checked) -> Any:
        """Keep the checked value under ``key`` (when given) and its problems; return the value."""
        self.problems.extend(checked.problems)
        if key is not None and checked.ok:
            self.cleaned[key] = checked.value
        return checked.value

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def check(self, key: str, check, **options) -> Any:
        """Run ``check(value, key, label_id, label_en, **options)`` on the form's value for ``key``."""
        return self.take(key, check(self.raw(key), self.prefix + key, *self.labels[key], **options))

    def text(self, key: str, *, required: bool = False, collapse: bool = False) -> str | None:
        max_length = getattr(type(self.instance)._meta.fields.get(key), "max_length", None)
        return self.check(key, required_text if required else optional_text,
                          max_length=max_length, collapse=collapse)

    def clash(self, model, *conditions) -> BaseModel | None:
        """Another record than this one matching ``conditions``: the one a unique value clashes with."""
        query = model.select().where(*conditions)
        if model is type(self.instance) and self.instance.get_id() is not None:
            query = query.where(model.id != self.instance.get_id())
        return query.first()

    def refuse_taken(self, key: str, value, owner: str, text: Text = TAKEN) -> None:
        label_id, label_en = self.labels[key]
        self.add(error(self.prefix + key, "taken",
                       text.format(label_id=label_id, label_en=label_en, value=value, owner=owner)))

    def finish(self, *more: "Form") -> tuple[Problem, ...]:
        """Raise ``ValidationFailed`` if this form (or the others given) found an error; else the warnings."""
        problems = [p for form in (self, *more) for p in form.problems]
        if any(p.is_error for p in problems):
            raise ValidationFailed(problems)
        return tuple(problems)

    def apply(self) -> BaseModel:
        for key, value in self.cleaned.items():
            setattr(self.instance, key, value)
        return self.instance


def editable_copy(model, instance: BaseModel | None) -> BaseModel:
    """The record as the caller loaded it, to change (never the caller's object, which a failed
    save would leave half-changed), or a new one.

    A copy, not a fresh read: it keeps the ``row_version`` and the values the clerk's form
    was opened with, so a save over someone else's later one is refused (``RecordChanged``)
    and can say what they changed.
    """
    if instance is None:
        return model()
    if all(name in instance.__data__ for name in model._meta.fields):
        copy = model()
        copy.__data__ = dict(instance.__data__)
    else:  # loaded with only some columns: the rest as stored, the version as loaded
        copy = model.get_by_id(instance.get_id())
        copy.__data__.update(instance.__data__)
    copy._dirty.clear()
    return remember_started_from(copy, copy)


def replace_children(store, owner_field: peewee.ForeignKeyField, owner: BaseModel,
                     rows: list[dict], unique: str | None = None) -> list[BaseModel]:
    """Make ``owner``'s child rows exactly ``rows`` (checked field values, ``id`` for existing ones).

    Call inside the owner's transaction. Children left out are deleted, or
    ``InUse`` is raised when something refers to them. ``unique`` names a
    field unique per owner: values moving between kept rows (two unit codes
    swapped) are first parked on a placeholder, as the index would refuse the
    intermediate state.
    """
    model = owner_field.model
    existing = {child.id: child for child in model.select().where(owner_field == owner.id)}
    kept = {row["id"] for row in rows if row.get("id")}
    for child_id, child in existing.items():
        if child_id not in kept:
            delete_or_refuse(store, child)
    if unique:
        held = {getattr(existing[i], unique): i for i in kept}
        for row in rows:
            holder = held.get(row[unique])
            if holder is not None and holder != row.get("id"):
                model.update({unique: f"~{holder}"}).where(model.id == holder).execute()
                existing[holder] = model.get_by_id(holder)
    saved = []
    for row in rows:
        child = existing[row["id"]] if row.get("id") else model(**{owner_field.name: owner.id})
        for key, value in row.items():
            if key != "id":
                setattr(child, key, value)
        saved.append(store.save(child))
    return saved


NOT_OWNED = Text(
    "Baris {row} menunjuk data yang bukan miliknya atau sudah dihapus; muat ulang formulirnya.",
    "Row {row} refers to a record that belongs elsewhere or was deleted; reload the form.",
)


def child_forms(owner_field: peewee.ForeignKeyField, owner: BaseModel, rows: list[Mapping],
                labels: Labels, collection: str) -> list[Form]:
    """One form per row of a table inside a form (a program's units), its labels saying which row.

    A row with an ``id`` is checked against that child of ``owner``, so the
    form's instance is the stored child; a row without one is a new child.
    """
    model = owner_field.model
    existing = {} if owner.get_id() is None else {
        child.id: child for child in model.select().where(owner_field == owner.get_id())}
    forms = []
    for index, values in enumerate(rows):
        numbered = {key: (f"{label_id} (baris {index + 1})", f"{label_en} (row {index + 1})")
                    for key, (label_id, label_en) in labels.items()}
        child_id = values.get("id")
        form = Form(existing.get(child_id) or model(), values, numbered, f"{collection}[{index}].")
        if child_id and child_id not in existing:
            form.add(error(form.prefix + "id", "not_owned", NOT_OWNED.format(row=index + 1)))
        forms.append(form)
    return forms


def refuse_repeats(forms: list[Form], key: str) -> None:
    """Mark a value of ``key`` that an earlier row already holds (a unit code listed twice)."""
    seen: dict = {}
    for index, form in enumerate(forms):
        value = form.cleaned.get(key)
        if value in seen:
            form.add(duplicate_row(form.prefix + key, *form.labels[key], value, seen[value]))
        elif value:
            seen[value] = index


def child_rows(forms: list[Form]) -> list[dict]:
    """The checked rows for ``replace_children``: each row's values and its stored id, if any."""
    return [{**form.cleaned, "id": form.instance.get_id()} for form in forms]
