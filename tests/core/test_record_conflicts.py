"""Two clerks editing the same record: the later save is refused with what changed, nothing lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from record_checks import writes_nothing

from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.auth.permissions import PermissionDenied
from lpks_desktop.core.auth.session import READ_ONLY, Principal, signed_in
from lpks_desktop.core.models import AuditLog, Participant, Room, User
from lpks_desktop.core.record_changes import RecordChanged, local_time_text
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.core.services.records import archive, delete_or_refuse
from lpks_desktop.core.services.rooms import save_room
from lpks_desktop.core.services.institutions import save_institution

TODAY = dt.date(2026, 11, 25)
PERSON = {"nik": "3171014506990002", "full_name": "Siti Ma'rufah", "sex": "P",
          "birth_date": "05/06/1999", "phone": "0812-3456-7890", "address": "Jl. Melati 4"}


def _person(store) -> Participant:
    with acting_as("ani"):
        person, _ = save_participant(store, dict(PERSON), today=TODAY)
    return Participant.get_by_id(person.id)


def _updates(table: str, row_id) -> list[dict]:
    return [json.loads(entry.changes) for entry in AuditLog.select().where(
        AuditLog.table_name == table, AuditLog.row_id == row_id, AuditLog.action == "update")
        .order_by(AuditLog.id)]


def test_a_save_over_a_later_one_is_refused_naming_who_when_and_what(store):
    person = _person(store)
    opened_at_nine = Participant.get_by_id(person.id)
    with acting_as("budi"):
        save_participant(store, {"phone": "0813-1111-2222"}, Participant.get_by_id(person.id),
                         today=TODAY)
    stored = Participant.get_by_id(person.id)

    with writes_nothing(), pytest.raises(RecordChanged) as caught:
        with acting_as("ani"):
            save_participant(store, {"address": "Jl. Mawar 9"}, opened_at_nine, today=TODAY)

    refused = caught.value
    english, indonesian = refused.render("en"), refused.render("id")
    assert 'participant "Siti Ma\'rufah"' in english and "budi" in english
    assert local_time_text(stored.updated_at) in english
    assert 'Phone: "+6281234567890" became "+6281311112222"' in english
    assert 'Telepon: "+6281234567890" menjadi "+6281311112222"' in indonesian
    assert "Address" not in english  # the clerk's own change is not theirs
    assert [f.field for f in refused.fields] == ["phone"]
    assert not refused.fields[0].clashes
    assert refused.yours_only == ("address",)
    assert (refused.saved_by, refused.saved_at) == ("budi", stored.updated_at)
    after = Participant.get_by_id(person.id)
    assert (after.phone, after.address, after.row_version) == (
        "+6281311112222", "Jl. Melati 4", stored.row_version)


def test_a_field_both_clerks_changed_is_marked_as_a_clash(store):
    person = _person(store)
    opened = Participant.get_by_id(person.id)
    with acting_as("budi"):
        save_participant(store, {"phone": "0813-1111-2222"}, Participant.get_by_id(person.id),
                         today=TODAY)
    with pytest.raises(RecordChanged) as caught:
        save_participant(store, {"phone": "0857-0000-1111"}, opened, today=TODAY)
    (field,) = caught.value.fields
    assert (field.started_from, field.stored, field.yours) == (
        "+6281234567890", "+6281311112222", "+6285700001111")
    assert field.clashes
    assert 'you changed it too, to "+6285700001111"' in caught.value.render("en")
    assert Participant.get_by_id(person.id).phone == "+6281311112222"


def test_after_reloading_the_clerk_can_save(store):
    person = _person(store)
    opened = Participant.get_by_id(person.id)
    with acting_as("budi"):
        save_participant(store, {"phone": "0813-1111-2222"}, Participant.get_by_id(person.id),
                         today=TODAY)
    with pytest.raises(RecordChanged):
        save_participant(store, {"address": "Jl. Mawar 9"}, opened, today=TODAY)
    save_participant(store, {"address": "Jl. Mawar 9"}, Participant.get_by_id(person.id), today=TODAY)
    after = Participant.get_by_id(person.id)
    assert (after.phone, after.address) == ("+6281311112222", "Jl. Mawar 9")
    assert [list(u) for u in _updates("participant", person.id)] == [["phone"], ["address"]]


def test_saving_the_same_object_again_and_again_works(store):
    person = _person(store)
    version = person.row_version
    for n in range(3):
        person.notes = f"call back {n}"
        store.save(person)
    assert Participant.get_by_id(person.id).row_version == version + 3 == person.row_version
    person.notes = "call back 2"
    store.save(person)  # nothing changed: nothing written, still the same version
    assert Participant.get_by_id(person.id).row_version == version + 3


def test_a_stale_object_changed_directly_is_refused_too(store):
    person = _person(store)
    stale = Participant.get_by_id(person.id)
    with acting_as("budi"):
        fresh = Participant.get_by_id(person.id)
        fresh.city = "Bekasi"
        store.save(fresh)
    stale.notes = "moved?"
    with writes_nothing(), pytest.raises(RecordChanged) as caught:
        store.save(stale)
    assert [(f.field, f.started_from, f.stored) for f in caught.value.fields] == [
        ("city", "", "Bekasi")]
    assert 'Regency/city: "empty" became "Bekasi"' in caught.value.render("en")


def test_archiving_a_record_changed_meanwhile_is_refused(store):
    person = _person(store)
    listed = Participant.get_by_id(person.id)
    with acting_as("budi"):
        save_participant(store, {"full_name": "Siti Marufah"}, Participant.get_by_id(person.id),
                         today=TODAY)
    with writes_nothing(), pytest.raises(RecordChanged) as caught:
        archive(store, listed)
    assert 'Full name: "Siti Ma\'rufah" became "Siti Marufah"' in caught.value.render("en")
    assert not Participant.get_by_id(person.id).archived


def test_deleting_a_record_changed_meanwhile_is_refused(store):
    person = _person(store)
    listed = Participant.get_by_id(person.id)
    with acting_as("budi"):
        save_participant(store, {"notes": "keeps coming"}, Participant.get_by_id(person.id),
                         today=TODAY)
    with writes_nothing(), pytest.raises(RecordChanged) as caught:
        delete_or_refuse(store, listed)
    assert "it was not deleted" in caught.value.render("en")
    assert "data ini tidak dihapus" in caught.value.render("id")
    assert Participant.get_or_none(Participant.id == person.id) is not None


def test_saving_a_record_deleted_meanwhile_says_who_deleted_it(store):
    person = _person(store)
    opened = Participant.get_by_id(person.id)
    with acting_as("budi"):
        delete_or_refuse(store, Participant.get_by_id(person.id))
    with writes_nothing(), pytest.raises(RecordChanged) as caught:
        save_participant(store, {"notes": "late"}, opened, today=TODAY)
    assert caught.value.deleted and caught.value.saved_by == "budi"
    assert 'was deleted by budi' in caught.value.render("en")
    # Deleting it again changes nothing and logs nothing.
    with writes_nothing():
        store.delete(opened)


def test_labels_and_references_are_named_as_the_form_names_them(store):
    institution, _ = save_institution(store, {"code": "BLK-01", "name": "BLK Satu", "city": "Bogor"})
    other, _ = save_institution(store, {"code": "BLK-02", "name": "BLK Dua", "city": "Depok"})
    room, _ = save_room(store, {"institution": institution.id, "name": "Lab 1", "capacity": 16})
    opened = Room.get_by_id(room.id)
    with acting_as("budi"):
        save_room(store, {"institution": other.id, "capacity": 20}, Room.get_by_id(room.id))
    with pytest.raises(RecordChanged) as caught:
        save_room(store, {"location": "Gedung B"}, opened)
    english = caught.value.render("en")
    assert 'Institution: "BLK-01" became "BLK-02"' in english
    assert 'Capacity' in english and '"16" became "20"' in english
    assert 'room "Lab 1"' in english


def test_the_update_itself_carries_the_version(store):
    """Whatever slips past the locked read, the UPDATE's own condition still refuses it."""
    person = _person(store)
    stale = Participant.get_by_id(person.id)
    with acting_as("budi"):
        fresh = Participant.get_by_id(person.id)
        fresh.city = "Bekasi"
        store.save(fresh)
    stale.city = "Bogor"
    with writes_nothing(), pytest.raises(RecordChanged):
        with store.transaction():
            store._update_if_unchanged(Participant, stale, stale.row_version)
    assert stale.row_version == person.row_version  # left as loaded, so the caller can retry
    assert Participant.get_by_id(person.id).city == "Bekasi"


def test_two_connections_saving_at_once_one_wins(store):
    """Two threads are two database connections (on PostgreSQL two sessions): both load the
    participant, meet, then save; the second waits for the first and is refused."""
    person = _person(store)
    barrier = threading.Barrier(2, timeout=30)
    outcome: dict[str, object] = {}

    def clerk(name: str, values: dict) -> None:
        try:
            with acting_as(name):
                opened = Participant.get_by_id(person.id)
                barrier.wait()
                save_participant(store, values, opened, today=TODAY)
            outcome[name] = "saved"
        except RecordChanged as refused:
            outcome[name] = refused
        finally:
            store.db.close()  # each thread's own connection

    for _ in range(3):
        outcome.clear()
        threads = [threading.Thread(target=clerk, args=("ani", {"phone": "0811-0000-0001"})),
                   threading.Thread(target=clerk, args=("budi", {"city": "Depok"}))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(map(str, outcome)) == ["ani", "budi"]
        winners = [name for name, result in outcome.items() if result == "saved"]
        assert len(winners) == 1, outcome
        (loser,) = {"ani", "budi"} - set(winners)
        refused = outcome[loser]
        assert refused.saved_by == winners[0]
        assert [f.field for f in refused.fields] == (["city"] if winners == ["budi"] else ["phone"])
        stored = Participant.get_by_id(person.id)
        if winners == ["ani"]:
            assert stored.phone == "+6281100000001"
        else:
            assert stored.city == "Depok"
        # Reset for the next round, as a third clerk.
        stored.phone, stored.city = "+6281234567890", ""
        store.save(stored)
    updates = _updates("participant", person.id)
    assert len(updates) == 6  # each round: one winner, one reset


def test_the_store_refuses_writes_the_role_does_not_allow(store):
    person = _person(store)
    person.notes = "seen by the inspector"
    with signed_in(Principal("pengawas", READ_ONLY)):
        with writes_nothing(), pytest.raises(PermissionDenied):
            store.save(person)
        with writes_nothing(), pytest.raises(PermissionDenied):
            store.delete(Participant.get_by_id(person.id))
        with writes_nothing(), pytest.raises(PermissionDenied):
            store.save(Room(institution=1, name="Lab", capacity=1))


CLERK_SCRIPT = Path(__file__).with_name("two_clerks.py")
ROOT = Path(__file__).resolve().parents[2]


def _clerk(db_url: str, person_id: int, clerk: str, field: str, value: str,
           meeting: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LPKS_LANG": "en"}
    return subprocess.Popen(
        [sys.executable, str(CLERK_SCRIPT), db_url, str(person_id), clerk, field, value, str(meeting)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_processes_editing_the_same_participant_one_wins_nothing_lost(store, db_url, tmp_path):
    person = _person(store)
    changes = {"ani": ("city", "Depok"), "budi": ("phone", "0813-1111-2222")}
    winners = []
    for round_ in range(3):
        before = Participant.get_by_id(person.id)
        last_entry = AuditLog.select().order_by(AuditLog.id.desc()).first().id
        meeting = tmp_path / f"round{round_}"
        meeting.mkdir()
        clerks = {name: _clerk(db_url, person.id, name, field, value, meeting)
                  for name, (field, value) in changes.items()}
        results = {}
        for name, process in clerks.items():
            out, err = process.communicate(timeout=180)
            assert process.returncode == 0, err
            results[name] = json.loads(out.strip().splitlines()[-1])

        outcomes = sorted(r["outcome"] for r in results.values())
        assert outcomes == ["refused", "saved"], results
        (winner,) = [n for n, r in results.items() if r["outcome"] == "saved"]
        (loser,) = [n for n, r in results.items() if r["outcome"] == "refused"]
        winners.append(winner)
        won_field, lost_field = changes[winner][0], changes[loser][0]
        assert results[loser]["fields"] == [won_field]
        assert results[loser]["saved_by"] == winner
        label = {"city": "Regency/city", "phone": "Phone"}[won_field]
        assert f"{label}: " in results[loser]["message"] and winner in results[loser]["message"]

        after = Participant.get_by_id(person.id)
        assert after.row_version == before.row_version + 1
        assert getattr(after, lost_field) == getattr(before, lost_field)  # the loser wrote nothing
        assert getattr(after, won_field) != getattr(before, won_field)
        entries = list(AuditLog.select().where(AuditLog.id > last_entry))
        assert [(e.action, e.username, list(json.loads(e.changes))) for e in entries] == [
            ("update", winner, [won_field])]
        # Back to the start for the next round, as a third person.
        after.city, after.phone = before.city, before.phone
        store.save(after)
    assert len(winners) == 3


def test_the_other_clerk_is_named_as_colleagues_know_them(store):
    User.create(username="budi", full_name="Budi Santoso", role="clerk")
    person = _person(store)
    opened = Participant.get_by_id(person.id)
    with acting_as("budi"):
        save_participant(store, {"city": "Depok"}, Participant.get_by_id(person.id), today=TODAY)
    with pytest.raises(RecordChanged) as caught:
        save_participant(store, {"notes": "x"}, opened, today=TODAY)
    assert "changed by Budi Santoso (budi) on" in caught.value.render("en")
    assert "diubah oleh Budi Santoso (budi) pada" in caught.value.render("id")
    assert caught.value.saved_by == "budi"
