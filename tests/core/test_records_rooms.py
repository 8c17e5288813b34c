"""Rooms: names unique per institution, sensible capacities, kept while classes use them."""

from __future__ import annotations

import datetime as dt

import pytest
from record_checks import check_listing, error_fields, refused, writes_nothing

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import Institution, Room, TrainingClass
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.records import InUse, archive, delete_or_refuse
from lpks_desktop.core.services.rooms import RoomListing, save_room

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def institution(store):
    return save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]


def test_a_room_is_saved(store, institution):
    room, warnings = save_room(store, {"institution": institution, "name": " Ruang  Jahit ",
                                       "capacity": "20", "location": "Lantai 2"})
    stored = Room.get_by_id(room.id)
    assert (stored.name, stored.capacity, stored.location, stored.institution_id) == (
        "Ruang Jahit", 20, "Lantai 2", institution.id)
    assert warnings == ()


def test_every_room_problem_is_reported(store):
    failure = refused(save_room, store, {"institution": None, "name": "", "capacity": 0})
    assert error_fields(failure) == {"institution": "required", "name": "required",
                                     "capacity": "too_small"}
    failure = refused(save_room, store, {"institution": 999, "name": "A", "capacity": 1001})
    assert error_fields(failure) == {"institution": "no_such_record", "capacity": "too_large"}
    assert "1000" in failure.errors[1].message("en")


@pytest.mark.parametrize("capacity", ["dua puluh", "2.5", 2.5, True])
def test_capacity_must_be_a_whole_number(store, institution, capacity):
    failure = refused(save_room, store, {"institution": institution.id, "name": "A",
                                         "capacity": capacity})
    assert error_fields(failure) == {"capacity": "not_whole_number"}


def test_room_names_are_unique_per_institution_ignoring_case(store, institution):
    save_room(store, {"institution": institution.id, "name": "Ruang Jahit", "capacity": 20})
    failure = refused(save_room, store, {"institution": institution.id, "name": "ruang jahit",
                                         "capacity": 10})
    assert error_fields(failure) == {"name": "taken"}
    assert "LPK-SBP" in failure.errors[0].message("en")
    other = save_institution(store, {"code": "LPK-STB", "name": "LPK Sapta Teknik"})[0]
    room, _ = save_room(store, {"institution": other.id, "name": "Ruang Jahit", "capacity": 10})
    renamed, _ = save_room(store, {"capacity": 12}, room)  # its own name is no clash
    assert Room.get_by_id(renamed.id).capacity == 12


def test_a_room_classes_use_is_archived_not_deleted(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    room = Room.select().join(TrainingClass, on=(TrainingClass.room == Room.id)).first()
    with writes_nothing(), pytest.raises(InUse) as caught:
        delete_or_refuse(store, room)
    assert caught.value.dependents["training_class"] == (
        TrainingClass.select().where(TrainingClass.room == room.id).count())
    assert "ruangan" in caught.value.render("id").lower()
    archive(store, room)
    listing = RoomListing()
    assert room.id not in [row[0] for row in listing.page(ListRequest(), 0)]
    assert room.id in [row[0] for row in listing.page(ListRequest(filters={"archived": True}), 0)]


def test_an_unused_room_is_deleted(store, institution):
    room, _ = save_room(store, {"institution": institution.id, "name": "Gudang", "capacity": 5})
    delete_or_refuse(store, room)
    assert Room.select().count() == 0


def test_the_list_sorts_filters_searches_and_pages(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    listing = RoomListing()
    check_listing(listing, page_size=4)
    stb = Institution.get(Institution.code == "LPK-STB")
    rows = listing.page(ListRequest(filters={"institution_id": stb.id}), 0)
    assert rows and {row[2] for row in rows} == {"LPK-STB"}
    room = Room.select().first()
    found = listing.page(ListRequest(search=room.name.upper()), 0)
    assert room.id in [row[0] for row in found]
