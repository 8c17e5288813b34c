"""The form for one room or workshop of an institution."""

from __future__ import annotations

from typing import Any

import peewee
from PySide6.QtWidgets import QWidget

from ...core.models import Institution, Room
from ...core.services import rooms
from ...core.services.record_forms import Form
from ...core.store import Store
from ...core.validation.problems import Problem, is_blank
from .fields import choice_field, line_field, number_field
from .form_dialog import FormDialog
from .program_form import institution_choices


class RoomForm(FormDialog):
    def __init__(self, store: Store, room: Room | None = None, institution_id: int | None = None,
                 parent: QWidget | None = None):
        title = self.tr("New room") if room is None else self.tr("Room %1").replace("%1", room.name)
        super().__init__(store, title, parent)
        self.room = room
        own_institution = room.institution_id if room is not None else institution_id
        self.add_field(choice_field("institution", self.tr("Institution"), self,
                                    institution_choices(own_institution)))
        self.add_field(line_field("name", self.tr("Room name"), self, max_length=100,
                                  placeholder=self.tr("e.g. Sewing workshop 1")))
        # From 0, so that a new room starts visibly unfilled; the save refuses 0.
        self.add_field(number_field("capacity", self.tr("Capacity"), self, 0, rooms.MAX_CAPACITY,
                                    self.tr(" people")))
        self.add_field(line_field("location", self.tr("Location"), self,
                                  placeholder=self.tr("e.g. Building B, 2nd floor")))
        self.resize(520, 320)
        if room is None:
            self.load({"institution": institution_id, "capacity": 0})
        else:
            self._load_room(room)

    def _load_room(self, room: Room) -> None:
        self.room = room
        self.load({"institution": room.institution_id, "name": room.name,
                   "capacity": room.capacity, "location": room.location})

    def reload_record(self) -> None:
        self._load_room(Room.get_by_id(self.room.id))

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        name = values.get("name")
        if is_blank(name) or not values.get("institution"):
            return []
        # The save's own duplicate check and words, read-only, so the clerk sees it while typing.
        form = Form(self.room or Room(), values, rooms.LABELS)
        name = " ".join(name.split())
        if form.clash(Room, Room.institution == values["institution"],
                      peewee.fn.LOWER(Room.name) == name.lower()):
            owner = Institution.get_by_id(values["institution"]).code
            form.refuse_taken("name", name, owner, rooms.NAME_TAKEN)
        return form.problems

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        room, warnings = rooms.save_room(self.store, values, self.room)
        return room.id, list(warnings)
