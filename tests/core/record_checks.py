"""Checks the record-service tests share: nothing written, bilingual problems, listing order."""

from __future__ import annotations

import contextlib

import pytest

from lpks_desktop.core import models
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.records import ValidationFailed


def row_counts() -> dict[str, int]:
    """Rows in every table, the audit log included."""
    return {model._meta.table_name: model.select().count() for model in models.ALL_MODELS}


@contextlib.contextmanager
def writes_nothing():
    """The block must leave every table, the audit log included, as it found it."""
    before = row_counts()
    yield
    assert row_counts() == before


def refused(save, *args, **kwargs) -> ValidationFailed:
    """Call a save that must fail validation and write nothing; returns the failure."""
    with writes_nothing(), pytest.raises(ValidationFailed) as caught:
        save(*args, **kwargs)
    for problem in caught.value.problems:
        assert_bilingual(problem)
    assert caught.value.render("id") != caught.value.render("en")
    return caught.value


def error_fields(failure: ValidationFailed) -> dict[str, str]:
    """Field -> problem code, for the errors only."""
    return {p.field: p.code for p in failure.errors}


def assert_bilingual(problem) -> None:
    assert problem.field
    indonesian, english = problem.message("id"), problem.message("en")
    assert indonesian and english and indonesian != english


def check_listing(listing, filters=None, page_size: int = 7) -> None:
    """Every key sorts both ways; pages joined make the whole list, with no row twice.

    Descending must be the exact reverse of ascending: ties are broken by id,
    so the order is total on either backend whatever its collation or NULL rule.
    """
    filters = filters or {}
    total = listing.count(ListRequest(filters=filters))
    assert total > page_size, "too few rows to page through"
    for key in listing.keys:
        orders = {}
        for descending in (False, True):
            request = ListRequest(filters=filters, sort_key=key, descending=descending)
            rows = []
            for offset in range(0, total, page_size):
                rows += listing.page(request, offset, page_size)
            assert len(rows) == total
            assert len({row[0] for row in rows}) == total, f"{key}: a row repeats across pages"
            assert rows == listing.page(request, 0, total + 1)
            orders[descending] = rows
            values = [row[1 + listing.keys.index(key)] for row in rows]
            present = [v for v in values if v is not None]
            if present and not isinstance(present[0], str):
                assert present == sorted(present, reverse=descending), key
        assert orders[True] == orders[False][::-1], key
