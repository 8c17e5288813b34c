"""Writes: one transaction for several rows, the author recorded, the audit entry beside the change."""

from __future__ import annotations

import datetime as dt
import json

import peewee
import pytest

from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.models import (
    AuditLog,
    ClassSession,
    Enrollment,
    Institution,
    Participant,
    Program,
    Setting,
    TrainingClass,
)


def _institution(store, code="LPK-SBP"):
    return store.save(Institution(code=code, name="LPK Sapta Bangun Persada", city="Balangan",
                                  logo=b"\x89PNG fake"))


def test_insert_and_update_are_audited_with_author_and_changes(store):
    with acting_as("siti"):
        inst = _institution(store)
    assert (inst.created_by, inst.updated_by, inst.row_version) == ("siti", "siti", 1)
    with acting_as("budi"):
        inst.head_name = "Slametno"
        store.save(inst)
    stored = Institution.get_by_id(inst.id)
    assert (stored.created_by, stored.updated_by, stored.row_version) == ("siti", "budi", 2)
    assert stored.logo == b"\x89PNG fake"  # bytes on both backends
    entries = list(AuditLog.select().order_by(AuditLog.id))
    assert [(e.username, e.action, e.table_name, e.row_id) for e in entries] == [
        ("siti", "insert", "institution", inst.id), ("budi", "update", "institution", inst.id)]
    assert json.loads(entries[1].changes) == {"head_name": ["", "Slametno"]}
    assert json.loads(entries[0].changes)["logo"] == "<9 bytes>"


def test_saving_without_changes_writes_no_audit_entry(store):
    inst = _institution(store)
    store.save(inst)
    assert AuditLog.select().count() == 1
    assert Institution.get_by_id(inst.id).row_version == 1


def test_delete_is_audited(store):
    inst = _institution(store)
    store.delete(inst)
    assert Institution.select().count() == 0
    assert AuditLog.select().where(AuditLog.action == "delete").get().row_id == inst.id


def test_a_failed_multi_row_write_leaves_nothing_behind(store):
    inst = _institution(store)
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            program = Program.create(institution=inst, code="JHT", name="Menjahit", total_jp=120)
            Program.create(institution=inst, code="JHT", name="Duplikat", total_jp=80)
    assert Program.select().count() == 0 and program.id is not None


def test_an_audit_entry_is_rolled_back_with_its_change(store):
    inst = _institution(store)
    with pytest.raises(RuntimeError):
        with store.transaction():
            inst.name = "Ganti nama"
            store.save(inst)  # nested: joins the outer transaction
            raise RuntimeError("power cut")
    assert Institution.get_by_id(inst.id).name == "LPK Sapta Bangun Persada"
    assert AuditLog.select().count() == 1


@pytest.mark.parametrize("field, value", [
    ("sex", "X"), ("education", "kuliah"), ("employment", "bos"),
])
def test_closed_vocabularies_are_enforced_by_the_database(store, field, value):
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            Participant.create(**{"nik": "6311014101900001", "full_name": "Siti", "sex": "P", field: value})


def test_nik_is_unique_across_institutions(store):
    with store.transaction():
        Participant.create(nik="6311014101900001", full_name="Siti", sex="P")
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            Participant.create(nik="6311014101900001", full_name="Siti Aminah", sex="P")


def test_dates_times_round_trip_and_compare(store):
    inst = _institution(store)
    with store.transaction():
        program = Program.create(institution=inst, code="LAS", name="Las", total_jp=160)
        klass = TrainingClass.create(institution=inst, program=program, code="SBP-LAS-2026-01",
                                     name="Las angkatan 1", capacity=16,
                                     start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 12, 18))
        for day in (2, 3, 4):
            ClassSession.create(training_class=klass, date=dt.date(2026, 11, day),
                                start_time=dt.time(8), end_time=dt.time(12), jp=5)
    later = ClassSession.select().where(ClassSession.date >= dt.date(2026, 11, 3))
    assert [s.date for s in later.order_by(ClassSession.date)] == [dt.date(2026, 11, 3), dt.date(2026, 11, 4)]
    assert later.first().start_time == dt.time(8)


def test_class_end_before_start_and_session_end_before_start_are_refused(store):
    inst = _institution(store)
    with store.transaction():
        program = Program.create(institution=inst, code="LAS", name="Las", total_jp=160)
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            TrainingClass.create(institution=inst, program=program, code="X", name="X", capacity=10,
                                 start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 11, 1))
    with store.transaction():
        klass = TrainingClass.create(institution=inst, program=program, code="Y", name="Y", capacity=10)
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            ClassSession.create(training_class=klass, date=dt.date(2026, 11, 2),
                                start_time=dt.time(13), end_time=dt.time(12), jp=1)


def test_a_referenced_record_cannot_be_deleted(store):
    inst = _institution(store)
    with store.transaction():
        program = Program.create(institution=inst, code="LAS", name="Las", total_jp=160)
        klass = TrainingClass.create(institution=inst, program=program, code="Y", name="Y", capacity=10)
        person = Participant.create(nik="6311014101900001", full_name="Siti", sex="P")
        Enrollment.create(training_class=klass, participant=person)
    with pytest.raises(peewee.IntegrityError):
        store.delete(person)
    assert Participant.select().count() == 1


def test_database_wide_setting_key_is_unique(store):
    inst = _institution(store)
    with store.transaction():
        Setting.create(key="minutes_per_jp", value="45")
        Setting.create(institution=inst, key="minutes_per_jp", value="40")
    with pytest.raises(peewee.IntegrityError):
        with store.transaction():
            Setting.create(key="minutes_per_jp", value="50")


def test_a_unique_clash_at_save_is_a_message_not_a_crash(store):
    """What a check-then-save cannot rule out: another PC saved the same NIK a moment earlier."""
    from lpks_desktop.core.errors import UserError
    from lpks_desktop.core.store import SaveConflict

    store.save(Participant(nik="6311014101900001", full_name="Siti", sex="P"))
    audit_rows = AuditLog.select().count()
    with pytest.raises(SaveConflict) as info:
        store.save(Participant(nik="6311014101900001", full_name="Siti Aminah", sex="P"))
    assert isinstance(info.value, UserError) and isinstance(info.value, peewee.IntegrityError)
    assert "participant" in info.value.render("en") and "PC lain" in info.value.render("id")
    assert Participant.select().count() == 1 and AuditLog.select().count() == audit_rows
