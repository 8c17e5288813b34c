"""Rooms and workshops classes are held in."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel
from .institution import Institution


class Room(BaseModel):
    institution = pw.ForeignKeyField(Institution, backref="rooms", on_delete="RESTRICT")
    name = pw.CharField(max_length=100)
    capacity = pw.IntegerField(constraints=[pw.Check("capacity > 0")])
    location = pw.CharField(max_length=200, default="")
    archived = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("institution", "name"), True),)
