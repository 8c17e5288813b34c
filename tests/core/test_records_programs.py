"""Programs with their units: checked together, saved together, units replaced safely."""

from __future__ import annotations

import datetime as dt

import pytest
from record_checks import check_listing, error_fields, refused, writes_nothing

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import (
    AuditLog,
    ClassSession,
    CompetencyUnit,
    Institution,
    Program,
    TrainingClass,
)
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.programs import ProgramListing, program_units, save_program
from lpks_desktop.core.services.records import InUse, archive, delete_or_refuse

TODAY = dt.date(2026, 11, 25)
UNITS = [
    {"code": "c.141000.001.02", "title": "Mengukur  Tubuh", "jp": 10},
    {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 20},
    {"code": "TIK.OP01.001.01", "title": "Menjahit", "jp": 30, "required": False},
]


@pytest.fixture
def institution(store):
    return save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]


def _program(store, institution, units=UNITS, **values):
    values = {"institution": institution.id, "code": "JHT", "name": "Menjahit Pakaian",
              "total_jp": 60, **values}
    return save_program(store, values, units)


def test_a_program_and_its_units_are_saved_in_order(store, institution):
    program, warnings = _program(store, institution, min_attendance_pct="90")
    assert warnings == ()
    stored = Program.get_by_id(program.id)
    assert (stored.total_jp, stored.min_attendance_pct) == (60, 90)
    units = program_units(program.id)
    assert [(u["code"], u["title"], u["jp"], u["position"], u["required"]) for u in units] == [
        ("C.141000.001.02", "Mengukur Tubuh", 10, 1, True),
        ("C.141000.002.02", "Membuat Pola", 20, 2, True),
        ("TIK.OP01.001.01", "Menjahit", 30, 3, False)]
    tables = [e.table_name for e in AuditLog.select().order_by(AuditLog.id)]
    assert tables == ["institution", "program"] + ["competency_unit"] * 3


def test_every_program_and_unit_problem_is_reported_by_field(store, institution):
    failure = refused(_program, store, institution, code="", name="", total_jp="0",
                      min_attendance_pct=101, units=[
                          {"code": "C.141000.1.02", "title": "A", "jp": 1},
                          {"code": "TIK.OP01.001.01", "title": "B", "jp": 2},
                          {"code": "tik.op01.001.01", "title": " ", "jp": -1},
                          {"code": "C.141000.003.02", "title": "D", "jp": "satu"}])
    assert error_fields(failure) == {
        "code": "required", "name": "required", "total_jp": "too_small",
        "min_attendance_pct": "too_large", "units[0].code": "unit_code_format",
        "units[2].code": "duplicate", "units[2].title": "required", "units[2].jp": "too_small",
        "units[3].jp": "not_whole_number"}
    duplicate = next(p for p in failure.errors if p.field == "units[2].code")
    assert "row 2" in duplicate.message("en") and "baris 2" in duplicate.message("id")
    title = next(p for p in failure.errors if p.field == "units[2].title")
    assert title.message("en") == "Unit title (row 3) is required."


def test_unit_jp_must_add_up_to_the_total(store, institution):
    failure = refused(_program, store, institution, total_jp=64)
    assert error_fields(failure) == {"units": "jp_total_mismatch"}
    message = failure.errors[0].message("en")
    assert "60" in message and "64" in message
    assert error_fields(refused(_program, store, institution, units=[])) == {
        "units": "jp_total_mismatch"}


def test_program_codes_are_unique_per_institution_only(store, institution):
    _program(store, institution)
    failure = refused(_program, store, institution, code="jht", name="Lain")
    assert error_fields(failure) == {"code": "taken"}
    assert "Menjahit Pakaian" in failure.errors[0].message("id")
    other = save_institution(store, {"code": "LPK-STB", "name": "LPK Sapta Teknik"})[0]
    program, _ = _program(store, other)
    assert program.institution_id == other.id


def test_units_are_updated_inserted_and_removed_in_one_save(store, institution):
    program, _ = _program(store, institution)
    first, second, third = program_units(program.id)
    # Swap the first two codes, drop the third, add a new one.
    units = [{"id": first["id"], "code": second["code"], "title": "Pola", "jp": 25},
             {"id": second["id"], "code": first["code"], "title": "Ukur", "jp": 5},
             {"code": "C.141000.009.02", "title": "Finishing", "jp": 40}]
    save_program(store, {"total_jp": 70}, units, program)
    after = program_units(program.id)
    assert [(u["id"], u["code"], u["jp"]) for u in after] == [
        (first["id"], second["code"], 25), (second["id"], first["code"], 5),
        (after[2]["id"], "C.141000.009.02", 40)]
    assert not CompetencyUnit.select().where(CompetencyUnit.code == third["code"]).exists()
    deleted = AuditLog.get(AuditLog.action == "delete")
    assert (deleted.table_name, deleted.row_id) == ("competency_unit", third["id"])
    assert Program.get_by_id(program.id).total_jp == 70


def test_a_unit_of_another_program_is_refused(store, institution):
    program, _ = _program(store, institution)
    other, _ = _program(store, institution, code="TRS", name="Tata Rias")
    stranger = program_units(other.id)[0]
    units = [{**UNITS[0], "id": stranger["id"]}, *UNITS[1:]]
    failure = refused(save_program, store, {}, units, program)
    assert error_fields(failure) == {"units[0].id": "not_owned"}


def test_removing_a_unit_in_use_refuses_the_whole_save(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    program = Program.select().join(TrainingClass).distinct().first()
    units = program_units(program.id)
    assert units[0]["sessions"] > 0
    kept = [{"id": u["id"], "code": u["code"], "title": u["title"], "jp": u["jp"]} for u in units[1:]]
    kept[0]["jp"] += units[0]["jp"]  # still adds up, so only the removal is wrong
    with writes_nothing(), pytest.raises(InUse) as caught:
        save_program(store, {"name": "Renamed"}, kept, program)
    assert caught.value.dependents["class_session"] == units[0]["sessions"]
    assert Program.get_by_id(program.id).name == program.name


def test_the_institution_of_a_program_with_classes_stays(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    program = Program.select().join(TrainingClass).distinct().first()
    other = Institution.get(Institution.id != program.institution_id)
    units = [{k: u[k] for k in ("id", "code", "title", "jp")} for u in program_units(program.id)]
    failure = refused(save_program, store, {"institution": other.id}, units, program)
    assert error_fields(failure) == {"institution": "institution_fixed"}


def test_a_program_with_classes_is_archived_not_deleted(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    program = Program.select().join(TrainingClass).distinct().first()
    classes = TrainingClass.select().where(TrainingClass.program == program.id).count()
    with writes_nothing(), pytest.raises(InUse) as caught:
        delete_or_refuse(store, program)
    assert caught.value.dependents["training_class"] == classes
    archive(store, program)
    listing = ProgramListing()
    assert program.id not in [row[0] for row in listing.page(ListRequest(), 0)]
    assert [row[0] for row in listing.page(ListRequest(filters={"archived": True}), 0)] == [program.id]


def test_an_unused_program_is_deleted_with_its_units(store, institution):
    program, _ = _program(store, institution)
    delete_or_refuse(store, program)
    assert Program.select().count() == 0 and CompetencyUnit.select().count() == 0


def test_the_list_sorts_filters_searches_and_pages(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    listing = ProgramListing()
    check_listing(listing, page_size=3)
    row = listing.page(ListRequest(search="jht"), 0)[0]
    program = Program.get(Program.code == "JHT")
    assert row == (program.id, "JHT", program.name, "LPK-SBP", program.total_jp,
                   CompetencyUnit.select().where(CompetencyUnit.program == program.id).count(),
                   program.min_attendance_pct, False)
    sbp = Institution.get(Institution.code == "LPK-SBP")
    assert {r[3] for r in listing.page(ListRequest(filters={"institution_id": sbp.id}), 0)} == {
        "LPK-SBP"}
    assert ClassSession.select().count() > 0
