"""Competency results: the grid, saving with every problem at once, conflicts, locked certificate holders."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.services.assessments import (
    AssessmentConflict,
    ResultChange,
    ResultsRefused,
    assessment_grid,
    check_number,
    result_from_text,
    save_results,
)

from attendance_world import build_world
from record_checks import writes_nothing

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def world(store):
    world = build_world(store, participants=4, sessions=0,
                        statuses=[m.EnrollmentStatus.ENROLLED, m.EnrollmentStatus.ENROLLED,
                                  m.EnrollmentStatus.COMPLETED, m.EnrollmentStatus.WITHDREW])
    # A third unit taught first (position -1), not required for the certificate.
    store.save(m.CompetencyUnit(program=world.scenario.program.id, code="C.141000.000.01",
                                title="Menerapkan K3", jp=2, position=-1, required=False))
    return world


def _units(world):
    return {u.code: u.id for u in assessment_grid(world.klass.id).units}


def _audits():
    return list(m.AuditLog.select().where(m.AuditLog.action == "save_results")
                .order_by(m.AuditLog.id))


def test_result_words_in_both_languages():
    for word in ("K", "k", " Kompeten ", "COMPETENT"):
        assert result_from_text(word) == "K"
    for word in ("BK", "bk", "Belum  Kompeten", "not yet competent", "NYC", "nyc"):
        assert result_from_text(word) == "BK"
    for word in ("", "x", "KB", None, 1):
        assert result_from_text(word) is None


def test_numbers_up_to_100_with_two_decimals():
    assert check_number("85,5", "score") == (Decimal("85.50"), None)
    assert check_number(100, "score") == (Decimal("100.00"), None)
    assert check_number("  ", "score") == (None, None)
    for bad in ("101", "-1", "85.125", "abc", True):
        number, why = check_number(bad, "pre_test")
        assert number is None and why is not None
        assert "pre-test" in why.render("en")


def test_grid_people_units_and_cells(store, world):
    grid = assessment_grid(world.klass.id)
    # Attending people only (the one who withdrew is not assessed), numbered by name.
    assert [(p.number, p.full_name) for p in grid.people] == [
        (1, "Ani Suryani"), (2, "Budi Hartono"), (3, "Citra Lestari")]
    assert [(u.code, u.jp, u.required) for u in grid.units] == [
        ("C.141000.000.01", 2, False), ("C.141000.001.02", 8, True), ("C.141000.002.02", 12, True)]
    assert grid.cells == {}
    units = _units(world)
    ani, budi = world.enrollments[0].id, world.enrollments[1].id
    outcome = save_results(store, world.klass.id, [
        ResultChange(units["C.141000.001.02"], ani, "k", score="85,5", pre_test=40,
                     post_test="90", expected_version=0),
        ResultChange(units["C.141000.002.02"], ani, "belum kompeten", expected_version=0),
        ResultChange(units["C.141000.002.02"], budi, None, score="70", expected_version=0),
    ], today=DAY)
    assert (outcome.written, outcome.cleared, outcome.unchanged) == (3, 0, 0)
    grid = assessment_grid(world.klass.id)
    cell = grid.cell(units["C.141000.001.02"], ani)
    assert (cell.result, cell.score, cell.pre_test, cell.post_test, cell.assessed_on, cell.version) \
        == ("K", Decimal("85.5"), Decimal("40"), Decimal("90"), DAY, 1)
    assert grid.cell(units["C.141000.002.02"], ani).result == "BK"
    # A score without a result yet: kept, but not assessed.
    numbers_only = grid.cell(units["C.141000.002.02"], budi)
    assert (numbers_only.result, numbers_only.score, numbers_only.assessed_on) == (None, 70, None)
    assert grid.competent_count(ani) == 1


def test_every_problem_at_once_and_nothing_written(store, world):
    units = _units(world)
    ani, budi, citra, dewi = (e.id for e in world.enrollments)
    other = store.save(m.Program(institution=world.scenario.sbp.id, code="LAS", name="Las",
                                 total_jp=10))
    foreign_unit = store.save(m.CompetencyUnit(program=other.id, code="X.1", title="X", jp=2))
    with writes_nothing(), pytest.raises(ResultsRefused) as caught:
        save_results(store, world.klass.id, [
            ResultChange(units["C.141000.001.02"], ani, "L"),
            ResultChange(units["C.141000.001.02"], budi, "K", score="120", post_test="7.555"),
            ResultChange(units["C.141000.002.02"], citra, "K"),  # fine on its own
            ResultChange(units["C.141000.002.02"], citra, "BK"),
            ResultChange(foreign_unit.id, ani, "K"),
            ResultChange(units["C.141000.001.02"], dewi, "K"),  # withdrew
        ], today=DAY)
    messages = [p.message("en") for p in caught.value.errors]
    assert messages == [
        "Ani Suryani, C.141000.001.02: the result must be K (competent) or BK (not yet "
        "competent), not “L”.",
        "Budi Hartono, C.141000.001.02: the score must be between 0 and 100, not “120”.",
        "Budi Hartono, C.141000.001.02: the post-test may have at most two decimals, "
        "not “7.555”.",
        "Citra Lestari, C.141000.002.02: the same cell is given twice in one save.",
        "Ani Suryani, X.1: this unit is not a competency unit of class SBP-JHT-2026-01's program.",
        "Dewi Anggraini, C.141000.001.02: this participant is not taking part in the training "
        "(status: Withdrew); no results can be kept.",
    ]
    assert caught.value.cells[0][0] == (units["C.141000.001.02"], ani)
    indonesian = caught.value.render("id")
    assert "Ani Suryani, C.141000.001.02: hasil harus K" in indonesian


def test_conflict_names_person_unit_and_both_values(store, world):
    unit = _units(world)["C.141000.001.02"]
    ani = world.enrollments[0].id
    save_results(store, world.klass.id, [ResultChange(unit, ani, "BK", expected_version=0)],
                 today=DAY)
    # A second PC loaded the empty cell earlier and now saves its own result over it.
    with writes_nothing(), pytest.raises(AssessmentConflict) as caught:
        save_results(store, world.klass.id, [ResultChange(unit, ani, "K", score="80",
                                                          expected_version=0)], today=DAY)
    assert caught.value.cells == [(unit, ani)]
    text = caught.value.render("en")
    assert "Ani Suryani, C.141000.001.02: now BK, yours K, score 80" in text
    assert text.startswith("Nothing was saved: 1 results were changed by ")
    assert "sekarang BK, yang disimpan K, nilai 80" in caught.value.render("id")
    # With the version it has now, the save goes through.
    version = assessment_grid(world.klass.id).cell(unit, ani).version
    save_results(store, world.klass.id, [ResultChange(unit, ani, "K", score="80",
                                                      expected_version=version)], today=DAY)
    assert assessment_grid(world.klass.id).cell(unit, ani).version == version + 1


def test_unchanged_cells_are_not_written_and_cleared_cells_deleted(store, world):
    units = _units(world)
    ani = world.enrollments[0].id
    first, second = units["C.141000.001.02"], units["C.141000.002.02"]
    save_results(store, world.klass.id, [ResultChange(first, ani, "K", score="85"),
                                         ResultChange(second, ani, "BK")], today=DAY)
    later = DAY + dt.timedelta(days=3)
    outcome = save_results(store, world.klass.id, [
        ResultChange(first, ani, "K", score=Decimal("85.00"), expected_version=1),
        ResultChange(second, ani, None, expected_version=1),
    ], today=later)
    assert (outcome.written, outcome.cleared, outcome.unchanged) == (0, 1, 1)
    grid = assessment_grid(world.klass.id)
    assert grid.cell(first, ani).version == 1 and grid.cell(first, ani).assessed_on == DAY
    assert grid.cell(second, ani) is None
    assert m.Assessment.select().count() == 1
    # A changed score keeps the day the result was given; a changed result is assessed today.
    save_results(store, world.klass.id, [ResultChange(first, ani, "K", score="90")], today=later)
    assert assessment_grid(world.klass.id).cell(first, ani).assessed_on == DAY
    save_results(store, world.klass.id, [ResultChange(first, ani, "BK", score="90")], today=later)
    assert assessment_grid(world.klass.id).cell(first, ani).assessed_on == later


def test_certificate_holder_is_read_only(store, world):
    units = _units(world)
    ani, budi = world.enrollments[0].id, world.enrollments[1].id
    unit = units["C.141000.001.02"]
    save_results(store, world.klass.id, [ResultChange(unit, ani, "K")], today=DAY)
    store.save(m.Certificate(enrollment=ani, institution=world.scenario.sbp.id,
                             number="001/LPK-SBP/CERT/XI/2026", year=2026, sequence_value=1,
                             issued_on=DAY))
    grid = assessment_grid(world.klass.id)
    holder = next(p for p in grid.people if p.enrollment_id == ani)
    assert not holder.editable
    assert "Revoke the certificate first" in grid.locked[ani].render("en")
    assert "001/LPK-SBP/CERT/XI/2026" in grid.locked[ani].render("id")
    # The unchanged cell passes; a change is refused, and Budi's good change is not written either.
    with writes_nothing(), pytest.raises(ResultsRefused) as caught:
        save_results(store, world.klass.id, [ResultChange(unit, ani, "K"),
                                             ResultChange(units["C.141000.002.02"], ani, "BK"),
                                             ResultChange(unit, budi, "K")], today=DAY)
    [problem] = caught.value.errors
    assert problem.message("en") == (
        "Ani Suryani, C.141000.002.02: certificate 001/LPK-SBP/CERT/XI/2026 of this participant "
        "is valid, so their results cannot be changed. Revoke the certificate first (and issue "
        "a new one after correcting the results).")
    # Revoked: the results open again.
    certificate = m.Certificate.get(m.Certificate.enrollment == ani)
    certificate.status = m.CertificateStatus.REVOKED
    store.save(certificate)
    assert all(p.editable for p in assessment_grid(world.klass.id).people)
    save_results(store, world.klass.id, [ResultChange(units["C.141000.002.02"], ani, "BK")],
                 today=DAY)


def test_audited_once_per_save_and_undone_by_previous(store, world):
    units = _units(world)
    ani, budi = world.enrollments[0].id, world.enrollments[1].id
    first, second = units["C.141000.001.02"], units["C.141000.002.02"]
    save_results(store, world.klass.id, [ResultChange(first, ani, "BK", score="55")], today=DAY)
    before = {key: (c.result, c.score) for key, c in assessment_grid(world.klass.id).cells.items()}
    outcome = save_results(store, world.klass.id, [
        ResultChange(first, ani, "K", score="80", expected_version=1),
        ResultChange(second, budi, "K", expected_version=0),
    ], today=DAY)
    entry = _audits()[-1]
    assert (entry.table_name, entry.row_id) == ("assessment", world.klass.id)
    changes = json.loads(entry.changes)
    assert changes["class"] == "SBP-JHT-2026-01" and changes["written"] == 2
    assert sorted(changes["cells"]) == sorted([[first, ani, ["BK", "55", None, None],
                                                ["K", "80", None, None]],
                                               [second, budi, None, "K"]])
    assert outcome.versions == {(first, ani): 2, (second, budi): 1}
    # Saving what the cells held before undoes the save (and is checked like any save).
    undone = save_results(store, world.klass.id, outcome.previous, today=DAY)
    assert (undone.written, undone.cleared) == (1, 1)
    after = {key: (c.result, c.score) for key, c in assessment_grid(world.klass.id).cells.items()}
    assert after == before
    assert len(_audits()) == 3
    # Once someone else filled a cell again, redoing is a conflict, not an overwrite.
    save_results(store, world.klass.id, [ResultChange(second, budi, "BK", expected_version=0)],
                 today=DAY)
    with writes_nothing(), pytest.raises(AssessmentConflict) as caught:
        save_results(store, world.klass.id, undone.previous, today=DAY)
    assert caught.value.cells == [(second, budi)]
    assert "Budi Hartono, C.141000.002.02: now BK, yours K" in caught.value.render("en")
