"""Sorted, searched, paged lists of records, done in SQL.

Screens show lists of up to hundreds of thousands of rows. Sorting and
searching in Python would hold every row in memory and take seconds; the
database does both with indexes in milliseconds, and the screen asks only for
the page it is about to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import peewee

from ..auth.permissions import Action, require

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListRequest:
    """What the user asked to see: a search text, filters by key, and a sort column."""

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False


class Listing:
    """One kind of record as a list. Subclasses name their columns and how to search them.

    A row is a tuple: the record's id first, then one value per key in ``keys``.
    """

    model: type[peewee.Model]
    keys: tuple[str, ...] = ()
    default_sort: str = ""
    # What the signed-in user must be allowed to do to see this list.
    action: str = Action.VIEW_RECORDS

    def columns(self) -> dict[str, peewee.Node]:
        """Column key -> the expression selected and sorted on."""
        raise NotImplementedError

    def apply_filters(self, query: peewee.Select, request: ListRequest) -> peewee.Select:
        return query

    def apply_search(self, query: peewee.Select, text: str) -> peewee.Select:
        return query

    def from_clause(self, query: peewee.Select) -> peewee.Select:
        """Joins the columns need."""
        return query

    def _filtered(self, request: ListRequest, *selected: peewee.Node) -> peewee.Select:
        query = self.from_clause(self.model.select(*selected))
        query = self.apply_filters(query, request)
        text = " ".join(request.search.split())
        return self.apply_search(query, text) if text else query

    def count(self, request: ListRequest, cap: int | None = None) -> int:
        """Rows matching ``request``; with ``cap``, stops counting at ``cap + 1``.

        A search that matches thousands need not be counted to the last row to
        say "more than 1,000": the cap lets the database stop early.
        """
        require(self.action)
        query = self._filtered(request, self.model.id)
        if cap is not None:
            query = query.limit(cap + 1)
        return query.count()

    def page(self, request: ListRequest, offset: int, limit: int = PAGE_SIZE) -> list[tuple]:
        require(self.action)
        columns = self.columns()
        sort_key = request.sort_key if request.sort_key in columns else self.default_sort or self.keys[0]
        sort = columns[sort_key]
        # id breaks ties, so that rows never repeat or vanish between pages.
        order = (sort.desc(), self.model.id.desc()) if request.descending else (sort.asc(), self.model.id.asc())
        query = (self._filtered(request, self.model.id, *(columns[k] for k in self.keys))
                 .order_by(*order).limit(limit).offset(offset))
        return list(query.tuples())


def _like(expression: peewee.Node, pattern: str) -> peewee.Expression:
    # ILIKE becomes LIKE on SQLite, which already ignores ASCII case. The ESCAPE
    # clause lets a clerk search for a literal "%" or "_".
    return peewee.Expression(expression, peewee.OP.ILIKE,
                             peewee.NodeList((peewee.Value(pattern), peewee.SQL("ESCAPE '\\'"))))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(expression: peewee.Node, text: str) -> peewee.Expression:
    """Case-insensitive substring match."""
    return _like(expression, f"%{_escape(text)}%")


def starts_with(expression: peewee.Node, text: str) -> peewee.Expression:
    return _like(expression, f"{_escape(text)}%")
