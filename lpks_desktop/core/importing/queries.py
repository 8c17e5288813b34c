"""Looking up thousands of values at once: NIKs, names, card numbers and codes of a list."""

from __future__ import annotations

import peewee

from ..models import Participant

CHUNK = 500  # values per IN (...): far below either backend's limit on parameters


def chunks(values: list, size: int = CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def where_in(field: peewee.Field, values: list) -> peewee.Node:
    """``field IN (values)`` as one SQL node with its parameters.

    ``field.in_(values)`` makes a query node per value, and building the SQL
    text from 500 of them takes longer than the database takes to answer.
    """
    marks = ", ".join([field.model._meta.database.param] * len(values))
    return peewee.NodeList((field, peewee.SQL(f"IN ({marks})", list(values))))


def participant_ids_by_nik(niks: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in chunks(niks):
        found.update(Participant.select(Participant.nik, Participant.id)
                     .where(where_in(Participant.nik, part)).tuples())
    return found
