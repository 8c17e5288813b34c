"""The table model behind every records list: Qt's model contract, paging, sorting, searching."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import Participant
from lpks_desktop.core.services.participants import ParticipantListing
from lpks_desktop.gui.models.listing_model import ID_ROLE, SEARCH_COUNT_CAP, ColumnSpec, ListingModel


@pytest.fixture
def demo_store(store):
    fill_demo(store, participants=450, seed=5)
    return store


def _model(page_size=50):
    columns = [ColumnSpec(key, key) for key in ("nik", "full_name", "sex", "birth_date", "city", "phone")]
    model = ListingModel(ParticipantListing(), columns, page_size=page_size)
    return model


@pytest.mark.parametrize("search, sort_column, order", [
    ("", 1, Qt.SortOrder.AscendingOrder),
    ("a", 3, Qt.SortOrder.DescendingOrder),
    ("no such name", 0, Qt.SortOrder.AscendingOrder),
])
def test_model_passes_qt_model_tester(qtmodeltester, demo_store, search, sort_column, order):
    """Qt's own QAbstractItemModelTester, attached while rows page in.

    A fresh model per state: the tester's handlers for a reset page rows in
    before its own bookkeeping of that reset has finished, which it then
    reports as a fault of the model.
    """
    model = _model()
    model.sort(sort_column, order)
    model.set_search(search)
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()


def test_nothing_is_queried_until_reload_and_rows_page_in(demo_store):
    model = _model(page_size=100)
    assert model.rowCount() == 0 and not model.loaded
    model.reload()
    assert model.total == 450 and model.rowCount() == 100
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.record_id(row) for row in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 450  # no row twice, none lost between pages


@pytest.mark.parametrize("column", range(6))
def test_sorting_any_column_in_sql_matches_python_order(demo_store, column):
    model = _model(page_size=1000)
    model.reload()
    key = ("nik", "full_name", "sex", "birth_date", "city", "phone")[column]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        got = [model.record_id(row) for row in range(model.rowCount())]
        people = list(Participant.select())
        reverse = order == Qt.SortOrder.DescendingOrder
        people.sort(key=lambda p: (getattr(p, key) is None, getattr(p, key), p.id), reverse=reverse)
        if key == "full_name":
            # Collation differs between backends for case; compare case-insensitively.
            names = [Participant.get_by_id(i).full_name.lower() for i in got]
            assert names == sorted(names, reverse=reverse)
        else:
            assert got == [p.id for p in people]


def test_search_by_name_nik_and_local_phone(demo_store):
    model = _model(page_size=1000)
    model.reload()
    someone = Participant.select().where(Participant.phone != "").order_by(Participant.id).first()
    for text in (someone.full_name.split()[0].upper(), someone.nik[-6:], "0" + someone.phone[3:9]):
        model.set_search(text)
        ids = [model.data(model.index(row, 0), ID_ROLE) for row in range(model.rowCount())]
        assert someone.id in ids, text
    model.set_search("zzz-no-such-person")
    assert model.rowCount() == 0 and model.total == 0


def test_search_count_is_capped_but_paging_goes_on(demo_store, monkeypatch):
    import lpks_desktop.gui.models.listing_model as listing_model

    monkeypatch.setattr(listing_model, "SEARCH_COUNT_CAP", 20)
    model = _model(page_size=15)
    model.reload()
    model.set_search("a")
    assert model.total_is_capped and model.total == 21
    while model.canFetchMore():
        model.fetchMore()
    matching = Participant.select().where(Participant.full_name.contains("a")).count()
    assert model.rowCount() == matching > 21
    assert SEARCH_COUNT_CAP >= 1000


def test_archived_filter(demo_store):
    victim = Participant.select().order_by(Participant.id).first()
    victim.archived = True
    demo_store.save(victim)
    model = _model(page_size=1000)
    model.reload()
    assert model.total == 449 and model.row_of(victim.id) is None
    model.set_filters(archived=True)
    assert model.total == 1 and model.row_of(victim.id) == 0
