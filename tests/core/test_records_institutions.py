"""Institutions: checked before saving, unique codes, safe deletes, archiving, the list."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from record_checks import check_listing, error_fields, refused, writes_nothing

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import AuditLog, Institution
from lpks_desktop.core.services.institutions import (
    InstitutionListing,
    list_institutions,
    save_institution,
)
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.records import (
    InUse,
    archive,
    delete_or_refuse,
    dependents_of,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 100
TODAY = dt.date(2026, 11, 25)


def _save(store, **values):
    values = {"code": "lpk-sbp", "name": "LPK Sapta Bangun Persada", **values}
    return save_institution(store, values)


def test_a_valid_institution_is_saved_normalised_and_audited(store):
    inst, warnings = _save(store, name="  LPK  Sapta   Bangun Persada ", phone="0812-3456-7890",
                           email="lpk@sbp.or.id", logo=PNG, head_signature=JPEG, kind="BLK")
    stored = Institution.get_by_id(inst.id)
    assert (stored.code, stored.name, stored.phone, stored.kind) == (
        "LPK-SBP", "LPK Sapta Bangun Persada", "+6281234567890", "blk")
    assert stored.logo == PNG and stored.head_signature == JPEG
    assert warnings == ()
    entry = AuditLog.get(AuditLog.table_name == "institution")
    assert (entry.action, entry.row_id) == ("insert", inst.id)


def test_every_problem_is_reported_at_once_and_nothing_is_written(store):
    failure = refused(save_institution, store, {
        "code": "L", "name": " ", "kind": "school", "phone": "12345", "email": "lpk@",
        "logo": b"GIF89a...", "certificate_number_pattern": "{seq}/{nomor}"})
    assert error_fields(failure) == {
        "code": "code_invalid", "name": "required", "kind": "not_a_choice",
        "phone": "phone_invalid", "email": "email_invalid", "logo": "not_image",
        "certificate_number_pattern": "pattern_unknown_placeholder"}
    messages = {p.field: (p.message("id"), p.message("en")) for p in failure.errors}
    assert messages["name"] == ("Nama lembaga wajib diisi.", "Institution name is required.")
    assert "Kode lembaga" in messages["code"][0] and "Institution code" in messages["code"][1]
    assert "{nomor}" in messages["certificate_number_pattern"][1]


@pytest.mark.parametrize("code", ["LPK SBP", "LPK_SBP", "A" * 21, "LPK-ŞBP", "X"])
def test_codes_outside_the_allowed_shape_are_refused(store, code):
    assert error_fields(refused(_save, store, code=code)) == {"code": "code_invalid"}


def test_a_code_already_taken_is_a_validation_error_naming_its_owner(store):
    _save(store, name="LPK Sapta Bangun Persada")
    failure = refused(_save, store, code=" Lpk-Sbp ", name="Another one")
    assert error_fields(failure) == {"code": "taken"}
    assert "LPK Sapta Bangun Persada" in failure.errors[0].message("en")


def test_saving_an_institution_under_its_own_code_is_no_clash(store):
    inst, _ = _save(store)
    updated, _ = save_institution(store, {"code": "LPK-SBP", "city": "Paringin"}, inst)
    assert Institution.get_by_id(inst.id).city == "Paringin"
    assert updated.name == "LPK Sapta Bangun Persada"  # keys left out keep their value


@pytest.mark.parametrize(("pattern", "code"), [
    ("{seq:03d}/{institution}/{bulan}/{year}", "pattern_unknown_placeholder"),
    ("{institution}/CERT/{year}", "pattern_no_sequence"),
    ("{seq:03d/{year}", "pattern_invalid"),
    ("{seq:abc}/{year}", "pattern_invalid"),
    ("{seq[0]}/{year}", "pattern_unknown_placeholder"),
    ("{}/{year}", "pattern_unknown_placeholder"),
    ("{seq}" + "X" * 120 + "{year}{institution}", "pattern_too_long"),
])
def test_bad_certificate_patterns_are_refused(store, pattern, code):
    failure = refused(_save, store, certificate_number_pattern=pattern)
    assert error_fields(failure) == {"certificate_number_pattern": code}


def test_a_pattern_without_year_warns_but_saves(store):
    inst, warnings = _save(store, certificate_number_pattern="{seq:04d}/{institution}/{month_roman}")
    assert [w.code for w in warnings] == ["pattern_may_repeat"]
    assert "{year}" in warnings[0].message("en")
    assert Institution.get_by_id(inst.id).certificate_number_pattern.startswith("{seq:04d}")


def test_logos_must_be_small_png_or_jpeg(store):
    too_big = PNG + b"\0" * (2 * 1024 * 1024)
    assert error_fields(refused(_save, store, logo=too_big)) == {"logo": "image_too_large"}
    assert error_fields(refused(_save, store, logo="logo.png")) == {"logo": "not_image"}
    inst, _ = _save(store, logo=JPEG)
    assert Institution.get_by_id(inst.id).logo == JPEG


def test_a_failed_update_leaves_the_record_and_the_callers_object_alone(store):
    inst, _ = _save(store, city="Paringin")
    audit_entries = AuditLog.select().count()
    refused(save_institution, store, {"city": "Balangan", "name": ""}, inst)
    assert inst.city == "Paringin" and Institution.get_by_id(inst.id).city == "Paringin"
    assert AuditLog.select().count() == audit_entries


def test_an_institution_with_records_is_not_deleted_but_can_be_archived(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    inst = Institution.get(Institution.code == "LPK-SBP")
    dependents = dependents_of(inst)
    assert dependents["program"] > 0 and dependents["training_class"] > 0
    assert "closure_day" not in dependents  # its own parts go with it
    with writes_nothing(), pytest.raises(InUse) as caught:
        delete_or_refuse(store, inst)
    assert caught.value.dependents == dependents
    assert "Arsipkan" in caught.value.render("id") and "Archive" in caught.value.render("en")
    assert f"{dependents['program']} programs" in caught.value.render("en")
    archive(store, inst)
    assert Institution.get_by_id(inst.id).archived
    codes = [row[1] for row in InstitutionListing().page(ListRequest(), 0)]
    assert "LPK-SBP" not in codes and len(codes) == 2
    archived = InstitutionListing().page(ListRequest(filters={"archived": True}), 0)
    assert [row[1] for row in archived] == ["LPK-SBP"]
    assert "LPK-SBP" not in [row["code"] for row in list_institutions()]
    assert "LPK-SBP" in [row["code"] for row in list_institutions(include_archived=True)]
    archive(store, inst, archived=False)
    assert not Institution.get_by_id(inst.id).archived


def test_an_unused_institution_is_deleted_with_an_audit_entry(store):
    inst, _ = _save(store)
    delete_or_refuse(store, inst)
    assert Institution.select().count() == 0
    entry = AuditLog.get(AuditLog.action == "delete")
    assert entry.row_id == inst.id and json.loads(entry.changes)["code"] == "LPK-SBP"


def test_the_list_sorts_searches_and_pages(store):
    for number in range(12):
        _save(store, code=f"LPK-{number:02d}", name=f"Lembaga {11 - number}",
              city=("Paringin", "Batumandi", "")[number % 3], head_name=f"Kepala {number % 4}",
              kind=("lpks", "blk")[number % 2])
    listing = InstitutionListing()
    check_listing(listing)
    assert listing.count(ListRequest(search="batumandi")) == 4
    assert listing.count(ListRequest(search="lpk-0")) == 10
    assert listing.count(ListRequest(search="Lembaga 1")) == 3  # 1, 10, 11
    assert [row[1] for row in listing.page(ListRequest(search="lembaga 10"), 0)] == ["LPK-01"]
