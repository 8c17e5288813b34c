"""Rooms and workshops, per institution."""

from __future__ import annotations

import peewee

from ..auth.permissions import Action, require
from ..i18n import Text
from ..models import Institution, Room
from .listing import Listing, ListRequest, contains
from .record_fields import labels
from .record_forms import Form, editable_copy
from .records import only_archived, positive_int, reference

MAX_CAPACITY = 1000


class RoomListing(Listing):
    """Rooms, searched by name or location. Filters: ``institution_id``, ``archived``."""

    model = Room
    keys = ("name", "institution", "capacity", "location", "archived")
    default_sort = "name"

    def columns(self) -> dict[str, peewee.Node]:
        return {"name": Room.name, "institution": Institution.code, "capacity": Room.capacity,
                "location": Room.location, "archived": Room.archived}

    def from_clause(self, query):
        return query.join(Institution)

    def apply_filters(self, query, request: ListRequest):
        return only_archived(query, Room, request.filters)

    def apply_search(self, query, text: str):
        return query.where(contains(Room.name, text) | contains(Room.location, text))


LABELS = labels("institution", name=("Nama ruangan", "Room name"),
                capacity=("Kapasitas", "Capacity"), location=("Lokasi", "Location"))
NAME_TAKEN = Text(
    '{label_id} "{value}" sudah ada di lembaga {owner}.',
    '{label_en} "{value}" already exists at {owner}.',
)


def save_room(store, values: dict, instance: Room | None = None):
    """Check and save one room; returns ``(room, warnings)``."""
    require(Action.EDIT_RECORDS)
    form = Form(editable_copy(Room, instance), values, LABELS)
    institution_id = form.check("institution", reference, model=Institution)
    name = form.text("name", required=True, collapse=True)
    # Case-blind, as "Lab Jahit 1" and "lab jahit 1" would be the same room to a clerk.
    if name and institution_id and form.clash(
            Room, Room.institution == institution_id, peewee.fn.LOWER(Room.name) == name.lower()):
        form.refuse_taken("name", name, Institution.get_by_id(institution_id).code, NAME_TAKEN)
    form.check("capacity", positive_int, maximum=MAX_CAPACITY)
    form.text("location")
    warnings = form.finish()
    return store.save(form.apply()), warnings
