"""The audit trail as a hash chain: every save extends it, the program cannot rewrite it, and
whoever changes it with a database tool (dropping the guards first) is found out and named."""

from __future__ import annotations

import datetime as dt
import json
import threading

import peewee
import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.auth.permissions import PermissionDenied
from lpks_desktop.core.auth.session import Principal, signed_in
from lpks_desktop.core.services import audit
from lpks_desktop.core.services.assessments import ResultChange, save_results
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.core.services.audit_trail import (
    AuditListing,
    entry_changes,
    table_names,
    usernames,
    verify_chain,
)
from lpks_desktop.core.services.listing import ListRequest

from attendance_world import LATE_TODAY, build_world


def _is_pg(store) -> bool:
    return isinstance(store.db, peewee.PostgresqlDatabase)


def _attack(store, *statements: str) -> None:
    """What someone with a database tool can do: drop the guards, then edit the trail."""
    db = store.db
    if _is_pg(store):
        drops = ['DROP TRIGGER "audit_log_no_change" ON "audit_log"',
                 'DROP TRIGGER "audit_head_no_rewind" ON "audit_head"']
    else:
        drops = ['DROP TRIGGER "audit_log_no_update"', 'DROP TRIGGER "audit_log_no_delete"',
                 'DROP TRIGGER "audit_head_no_rewind"']
    with db.atomic():
        for statement in (*drops, *statements):
            db.execute_sql(statement)


def _entries() -> list[m.AuditLog]:
    return list(m.AuditLog.select().order_by(m.AuditLog.id))


def _mixed_saves(store) -> None:
    """Ordinary saves by two people, an attendance save and an assessment save."""
    with acting_as("siti"):
        world = build_world(store, participants=2, sessions=2)
    ani, budi = world.enrollments
    with acting_as("rudi"):
        save_marks(store, world.klass.id, [
            MarkChange(world.sessions[0].id, ani.id, "H", expected_version=0),
            MarkChange(world.sessions[0].id, budi.id, "S", note="Demam", expected_version=0),
        ], today=LATE_TODAY)
        unit = world.scenario.units[0]
        save_results(store, world.klass.id, [ResultChange(unit.id, ani.id, "K", expected_version=0)],
                     today=LATE_TODAY)
    room = world.scenario.sewing_room
    room.capacity = 25
    with acting_as("siti"):
        store.save(room)
        store.delete(world.scenario.workshop)


@pytest.fixture
def trail(store):
    _mixed_saves(store)
    return store


def test_every_kind_of_save_extends_one_unbroken_chain(trail):
    entries = _entries()
    assert {e.action for e in entries} >= {"insert", "update", "delete", "save_marks", "save_results"}
    assert [e.id for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == m.GENESIS_HASH
    for before, entry in zip(entries, entries[1:]):
        assert entry.prev_hash == before.entry_hash
    head = m.AuditHead.get_by_id(1)
    assert (head.last_id, head.last_hash, head.entries) == (entries[-1].id, entries[-1].entry_hash,
                                                          len(entries))
    report = verify_chain()
    assert report.ok and report.complete, report.problem
    assert report.checked == report.entries == len(entries)
    assert report.first_bad_id is None and report.problems == ()
    assert "intact" in report.summary().render("en")


def test_record_outside_a_transaction_writes_entry_and_head_together(store):
    entry = audit.record("print", "certificate", None, {"ids": [1, 2]})
    assert m.AuditLog.get_by_id(entry.id).entry_hash == entry.entry_hash
    assert m.AuditHead.get_by_id(1).last_hash == entry.entry_hash
    assert verify_chain().ok


def test_a_failed_change_leaves_no_entry_and_no_hole(store):
    store.save(m.Institution(code="LPK-A", name="A"))
    with pytest.raises(RuntimeError):
        with store.transaction():
            audit.record("insert", "institution", 99, {"code": "X"})
            raise RuntimeError("the change fails after its entry")
    store.save(m.Institution(code="LPK-B", name="B"))
    assert [e.id for e in _entries()] == [1, 2]
    assert verify_chain().ok


# -- the program cannot change the trail -----------------------------------------------------------

@pytest.mark.parametrize("statement", [
    """UPDATE "audit_log" SET "username" = 'someone else'""",
    'DELETE FROM "audit_log" WHERE "id" = 2',
    'DELETE FROM "audit_head"',
    'UPDATE "audit_head" SET "last_id" = 1, "entries" = 1',
])
def test_the_database_refuses_to_change_or_delete_entries(trail, statement):
    before = [(e.id, e.username, e.changes, e.entry_hash) for e in _entries()]
    head = m.AuditHead.get_by_id(1).__data__
    with pytest.raises(peewee.IntegrityError, match="audit trail cannot be changed"):
        with trail.transaction():
            trail.db.execute_sql(statement)
    assert [(e.id, e.username, e.changes, e.entry_hash) for e in _entries()] == before
    assert m.AuditHead.get_by_id(1).__data__ == head
    assert verify_chain().ok


def test_the_models_cannot_edit_entries_either(trail):
    entry = _entries()[1]
    entry.changes = "{}"
    with pytest.raises(peewee.IntegrityError):
        with trail.transaction():
            entry.save()
    with pytest.raises(peewee.IntegrityError):
        with trail.transaction():
            m.AuditLog.delete().execute()
    assert verify_chain().ok


def test_postgresql_refuses_truncating_the_trail(store):
    if not _is_pg(store):
        pytest.skip("TRUNCATE is PostgreSQL's")
    store.save(m.Institution(code="LPK-A", name="A"))
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            store.db.execute_sql('TRUNCATE "audit_log"')
    assert verify_chain().ok


# -- tampering with a database tool is found and named ---------------------------------------------

def test_an_altered_entry_is_named_with_its_time_and_author(trail):
    target = next(e for e in _entries() if e.action == "save_marks")
    forged = json.dumps({"marks": "nothing to see"})
    _attack(trail, f"""UPDATE "audit_log" SET "changes" = '{forged}' WHERE "id" = {target.id}""")
    report = verify_chain()
    assert not report.ok
    assert report.first_bad_id == target.id
    assert len(report.problems) == 1  # the entries after it still chain from its stored hash
    text = report.problem.render("en")
    local = target.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert f"Entry no. {target.id} ({local}, by rudi) was altered" in text
    assert f"no. {target.id}" in report.problem.render("id") and "diubah" in report.problem.render("id")


def test_a_changed_author_is_found(trail):
    target = _entries()[3]
    _attack(trail, f"""UPDATE "audit_log" SET "username" = 'nobody' WHERE "id" = {target.id}""")
    report = verify_chain()
    assert report.first_bad_id == target.id and "altered" in report.problem.render("en")


def test_an_entry_rewritten_with_a_fresh_hash_breaks_the_link_after_it(trail):
    entries = _entries()
    target = entries[4]
    forged = "{}"
    digest = audit.entry_hash(target.id, target.at, target.username, target.action, target.table_name,
                              target.row_id, forged, target.prev_hash)
    _attack(trail, f"""UPDATE "audit_log" SET "changes" = '{forged}', "entry_hash" = '{digest}' """
                   f"""WHERE "id" = {target.id}""")
    report = verify_chain()
    assert report.first_bad_id == target.id
    text = report.problem.render("en")
    assert "rewritten" in text and f"no. {target.id} was changed" in text
    assert f"entry no. {target.id + 1}" in text


def test_a_deleted_middle_entry_is_found_between_its_neighbours(trail):
    entries = _entries()
    gone = entries[5]
    _attack(trail, f'DELETE FROM "audit_log" WHERE "id" = {gone.id}')
    report = verify_chain()
    assert not report.ok and report.first_bad_id == gone.id
    text = report.problem.render("en")
    assert f"Entry no. {gone.id} was deleted" in text
    assert f"between no. {gone.id - 1}" in text and f"and no. {gone.id + 1}" in text
    assert len(report.problems) == 1


def test_several_deleted_entries_are_counted(trail):
    entries = _entries()
    _attack(trail, f'DELETE FROM "audit_log" WHERE "id" IN ({entries[3].id}, {entries[4].id}, '
                   f'{entries[5].id})')
    report = verify_chain()
    assert report.first_bad_id == entries[3].id
    assert f"3 entries were deleted between no. {entries[2].id}" in report.problem.render("en")


def test_deleted_first_entries_are_found(trail):
    _attack(trail, 'DELETE FROM "audit_log" WHERE "id" <= 2')
    report = verify_chain()
    assert not report.ok and report.first_bad_id == 1
    assert "first entries" in report.problem.render("en") and "no. 3" in report.problem.render("en")


def test_a_cut_off_tail_is_found_by_the_head(trail):
    entries = _entries()
    _attack(trail, f'DELETE FROM "audit_log" WHERE "id" > {entries[-3].id}')
    report = verify_chain()
    assert not report.ok
    assert report.first_bad_id == entries[-2].id
    text = report.problem.render("en")
    assert "newest entries" in text and f"ends at no. {entries[-3].id}" in text
    assert f"had reached no. {entries[-1].id}" in text


def test_a_trail_emptied_entirely_is_found(trail):
    count = len(_entries())
    _attack(trail, 'DELETE FROM "audit_log"')
    report = verify_chain()
    assert not report.ok and f"All {count} entries" in report.problem.render("en")


def test_a_cut_off_tail_with_a_rewound_head_still_breaks_on_the_last_hash(trail):
    """Cutting the tail and moving the head's id and count back is not enough: the head
    keeps the hash of the real last entry, unless that is forged too."""
    entries = _entries()
    keep = entries[-3]
    _attack(trail, f'DELETE FROM "audit_log" WHERE "id" > {keep.id}',
            f'UPDATE "audit_head" SET "last_id" = {keep.id}, "entries" = {len(entries) - 2}')
    report = verify_chain()
    assert not report.ok and report.first_bad_id == keep.id
    assert "rewritten" in report.problem.render("en")


def test_an_entry_slipped_in_outside_the_program_is_found(trail):
    last = _entries()[-1]
    at = "2026-12-01 09:00:00"
    changes = '{"phone": ["0812", "0813"]}'
    digest = audit.entry_hash(last.id + 1, at, "intruder", "update", "participant", 1, changes,
                              last.entry_hash)
    trail.db.execute_sql(
        'INSERT INTO "audit_log" ("id", "at", "username", "action", "table_name", "row_id", '
        f""""changes", "prev_hash", "entry_hash") VALUES ({last.id + 1}, '{at}', 'intruder', """
        f"""'update', 'participant', 1, '{changes}', '{last.entry_hash}', '{digest}')""")
    report = verify_chain()
    assert not report.ok and report.first_bad_id == last.id + 1
    assert f"Entry no. {last.id + 1}" in report.problem.render("en")
    assert "by intruder) was added outside the program" in report.problem.render("en")


def test_a_missing_head_is_reported(trail):
    if _is_pg(trail):
        _attack(trail, 'DROP TRIGGER "audit_head_no_delete" ON "audit_head"', 'DELETE FROM "audit_head"')
    else:
        _attack(trail, 'DROP TRIGGER "audit_head_no_delete"', 'DELETE FROM "audit_head"')
    report = verify_chain()
    assert not report.ok and "audit_head" in report.problem.render("en")


def test_the_check_reports_progress_and_can_stop_early(trail):
    calls = []
    report = verify_chain(progress=lambda *args: calls.append(args))
    assert calls[0][:2] == (0, report.entries) and calls[-1][:2] == (report.entries, report.entries)
    stopped = verify_chain(cancelled=lambda: True)
    assert not stopped.complete and not stopped.ok and "cancelled" in stopped.summary().render("en")


# -- two writers at once -------------------------------------------------------------------------

def test_two_connections_writing_at_once_keep_one_chain(store):
    rounds = 40
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            # acting_as, not signed_in: the signed-in person is one per process, the actor
            # one per thread, as two PCs would each have their own.
            with acting_as(name):
                start.wait()
                for n in range(rounds):
                    store.save(m.Institution(code=f"{name}-{n}", name=f"{name} {n}"))
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)
        finally:
            store.db.close()  # this thread's own connection

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("ani", "budi")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    entries = _entries()
    assert len(entries) == 2 * rounds
    assert [e.id for e in entries] == list(range(1, 2 * rounds + 1))
    assert {e.username for e in entries} == {"ani", "budi"}
    report = verify_chain()
    assert report.ok, report.problem


# -- reading the trail -----------------------------------------------------------------------------

def test_the_listing_filters_searches_and_pages(trail):
    listing = AuditListing()
    everything = ListRequest(sort_key="at", descending=True)
    total = listing.count(everything)
    assert total == len(_entries())
    newest = listing.page(everything, 0, 3)
    assert [row[0] for row in newest] == [e.id for e in reversed(_entries())][:3]
    by_rudi = ListRequest(filters={"username": "rudi"})
    assert {row[2] for row in listing.page(by_rudi, 0)} == {"rudi"}
    assert listing.count(by_rudi) == 2
    marks = ListRequest(filters={"action": "save_marks", "table_name": "attendance_mark"})
    assert listing.count(marks) == 1
    room = m.Room.get(m.Room.name == "Ruang Jahit")
    rows = listing.page(ListRequest(filters={"table_name": "room", "row_id": room.id}), 0)
    assert [row[3] for row in rows] == ["insert", "update"]
    assert listing.count(ListRequest(search="Demam")) == 1
    assert listing.count(ListRequest(search="no such text 50%")) == 0
    today = dt.date.today()
    assert listing.count(ListRequest(filters={"date_from": today, "date_to": today})) == total
    assert listing.count(ListRequest(filters={"date_to": today - dt.timedelta(days=1)})) == 0
    assert listing.count(ListRequest(filters={"date_from": today + dt.timedelta(days=1)})) == 0
    assert usernames() == ["rudi", "siti"]
    assert {"room", "attendance_mark", "assessment", "participant"} <= set(table_names())


def test_entry_changes_for_updates_inserts_deletes_and_service_steps(trail):
    entries = _entries()
    update = next(e for e in entries if e.action == "update" and e.table_name == "room")
    assert entry_changes(update) == [("capacity", 20, 25)]
    insert = next(e for e in entries if e.action == "insert" and e.table_name == "room")
    assert ("name", None, "Ruang Jahit") in entry_changes(insert)
    delete = next(e for e in entries if e.action == "delete")
    assert ("name", "Bengkel Las", None) in entry_changes(delete)
    assert all(new is None for _, _, new in entry_changes(delete))
    marks = next(e for e in entries if e.action == "save_marks")
    assert entry_changes(marks) and all(old is None for _, old, _ in entry_changes(marks))
    odd = m.AuditLog(action="import", changes="not json")
    assert entry_changes(odd) == [("", None, "not json")]


def test_reading_the_trail_needs_the_right_role(trail):
    with signed_in(Principal("ani", m.Role.CLERK)):
        for read in (verify_chain, usernames, lambda: AuditListing().count(ListRequest())):
            with pytest.raises(PermissionDenied, match="ani"):
                read()
    with signed_in(Principal("kepala", m.Role.READ_ONLY)):
        assert verify_chain().ok
        assert AuditListing().count(ListRequest()) == len(_entries())


def test_secrets_are_hidden_in_the_trail_but_their_change_shows(store):
    from lpks_desktop.core.auth.passwords import hash_password
    from lpks_desktop.core.services import audit

    user = store.save(m.User(username="rina", full_name="Rina", role="clerk",
                                  password_hash=hash_password("kata-sandi-rahasia-1")))
    first = audit.field_values(user)["password_hash"]
    user.password_hash = hash_password("kata-sandi-rahasia-2")
    store.save(user)
    entries = list(m.AuditLog.select().where(m.AuditLog.table_name == "app_user"))
    assert all("argon2" not in e.changes for e in entries)
    assert first.startswith("<hidden ") and first != audit.field_values(user)["password_hash"]
    assert "password_hash" in entries[-1].changes
