"""Closure days: ranges entered at once, no duplicates, planned sessions named but left in place."""

from __future__ import annotations

import datetime as dt

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.services.closed_days import closed_days
from lpks_desktop.core.services.closure_days import (
    add_closure_days,
    check_closure_days,
    closure_days,
    remove_closure_days,
)
from lpks_desktop.core.services.institutions import save_institution

from class_scenario import build, session
from record_checks import assert_bilingual, error_fields, refused, writes_nothing

D = dt.date


@pytest.fixture
def institutions(store):
    return [save_institution(store, {"code": code, "name": name})[0] for code, name in (
        ("LPK-SBP", "LPK Sapta Bangun Persada"), ("LPK-STB", "LPK Sapta Teknik Balangan"))]


def audit_actions(table: str = "closure_day") -> list[str]:
    return [row.action for row in m.AuditLog.select().where(m.AuditLog.table_name == table)
            .order_by(m.AuditLog.id)]


def test_a_range_is_closed_day_by_day_and_listed_in_date_order(store, institutions):
    sbp, stb = institutions
    rows, warnings = add_closure_days(store, sbp.id, D(2026, 12, 28), D(2027, 1, 2), " Libur  semester ")
    assert warnings == ()
    assert [row.date for row in rows] == [D(2026, 12, 28) + dt.timedelta(days=n) for n in range(6)]
    add_closure_days(store, sbp.id, D(2026, 8, 20), None, "Rapat kerja yayasan")  # one day
    listed = closure_days(sbp.id)
    assert [row["date"] for row in listed] == [D(2026, 8, 20)] + [row.date for row in rows]
    assert set(listed[0]) == {"id", "date", "reason"}
    assert {row["reason"] for row in listed[1:]} == {"Libur semester"}
    assert [row["date"] for row in closure_days(sbp.id, 2027)] == [D(2027, 1, 1), D(2027, 1, 2)]
    assert closure_days(stb.id) == []
    assert audit_actions() == ["insert"] * 7


def test_dates_may_be_typed_day_first_as_clerks_write_them(store, institutions):
    rows, _ = add_closure_days(store, institutions[0].id, "24/12/2026", "26 Desember 2026", "Natal")
    assert [row.date for row in rows] == [D(2026, 12, 24), D(2026, 12, 25), D(2026, 12, 26)]


def test_days_already_closed_are_kept_not_duplicated(store, institutions):
    sbp = institutions[0]
    first, _ = add_closure_days(store, sbp.id, D(2027, 7, 5), D(2027, 7, 7), "Libur semester")
    # Wider range over the same days: their rows stay (same ids), the new reason replaces the old.
    second, _ = add_closure_days(store, sbp.id, D(2027, 7, 6), D(2027, 7, 9), "Renovasi bengkel")
    assert [row.id for row in second[:2]] == [row.id for row in first[1:]]
    assert [(row["date"].day, row["reason"]) for row in closure_days(sbp.id, 2027)] == [
        (5, "Libur semester"), (6, "Renovasi bengkel"), (7, "Renovasi bengkel"),
        (8, "Renovasi bengkel"), (9, "Renovasi bengkel")]
    # No reason given: the days keep the one they have, and nothing is written at all.
    with writes_nothing():
        add_closure_days(store, sbp.id, D(2027, 7, 5), D(2027, 7, 9), "")
    assert closure_days(sbp.id, 2027)[0]["reason"] == "Libur semester"
    assert m.ClosureDay.select().count() == 5


def test_the_last_day_before_the_first_is_refused_and_nothing_written(store, institutions):
    failure = refused(add_closure_days, store, institutions[0].id, D(2027, 1, 10), D(2027, 1, 3), "Libur")
    assert error_fields(failure) == {"last": "last_before_first"}
    assert failure.errors[0].message("en") == (
        "The last day (Sunday, 3 January 2027) is before the first day (Sunday, 10 January 2027).")
    assert "Minggu, 3 Januari 2027" in failure.errors[0].message("id")


def test_more_than_a_year_at_once_is_refused(store, institutions):
    sbp = institutions[0]
    add_closure_days(store, sbp.id, D(2028, 1, 1), D(2028, 12, 31), "Setahun penuh (kabisat)")  # 366 days
    assert len(closure_days(sbp.id, 2028)) == 366
    failure = refused(add_closure_days, store, sbp.id, D(2026, 1, 5), D(2062, 1, 5), "Salah ketik tahun")
    assert error_fields(failure) == {"last": "too_many_days"}
    assert "13150 days" in failure.errors[0].message("en")


def test_unreadable_dates_and_a_long_reason_are_all_reported_at_once(store, institutions):
    failure = refused(add_closure_days, store, institutions[0].id, "31/02/2027", "besok", "x" * 201)
    assert error_fields(failure) == {"first": "date_invalid", "last": "date_unrecognised",
                                     "reason": "too_long"}
    messages = {p.field: p.message("en") for p in failure.errors}
    assert messages["first"].startswith('First day: "31/02/2027" is not a real date')
    assert messages["last"].startswith('Last day: "besok" is not a recognised date')
    assert error_fields(refused(add_closure_days, store, institutions[0].id, "", None, "Libur")) == {
        "first": "required"}


def test_an_unknown_institution_is_refused(store, institutions):
    failure = refused(add_closure_days, store, 9999, D(2027, 1, 4), D(2027, 1, 4), "Libur")
    assert error_fields(failure) == {"institution": "no_such_record"}


def test_planned_sessions_on_closed_days_are_named_but_not_moved(store):
    s = build(store)
    other = store.save(m.TrainingClass(
        institution=s.sbp.id, program=s.program.id, code="SBP-JHT-2026-02", name="Menjahit Angkatan 2",
        batch=2, capacity=16, status=m.ClassStatus.PLANNED))
    cancelled_class = store.save(m.TrainingClass(
        institution=s.sbp.id, program=s.program.id, code="SBP-JHT-2026-09", name="Batal",
        batch=9, capacity=16, status=m.ClassStatus.CANCELLED))
    elsewhere = store.save(m.TrainingClass(
        institution=s.stb.id, program=s.program.id, code="STB-LAS-2026-01", name="Las",
        batch=1, capacity=12, status=m.ClassStatus.RUNNING))
    planned = [session(store, s.klass, D(2026, 11, 16), "08:00", "12:00"),
               session(store, s.klass, D(2026, 11, 17), "08:00", "12:00"),
               session(store, other, D(2026, 11, 18), "13:00", "16:00")]
    session(store, s.klass, D(2026, 11, 16), "13:00", "15:00", status=m.SessionStatus.CANCELLED)
    session(store, s.klass, D(2026, 11, 13), "08:00", "12:00")  # the day before: not affected
    session(store, cancelled_class, D(2026, 11, 17), "08:00", "12:00")
    session(store, elsewhere, D(2026, 11, 17), "08:00", "12:00")  # another institution stays open

    checked = check_closure_days(s.sbp.id, D(2026, 11, 14), D(2026, 11, 20), "Rapat kerja yayasan")
    assert checked.ok and m.ClosureDay.select().count() == 0  # a check writes nothing
    rows, warnings = add_closure_days(store, s.sbp.id, D(2026, 11, 14), D(2026, 11, 20),
                                      "Rapat kerja yayasan")
    assert len(rows) == 7 and warnings == checked.warnings
    (problem,) = warnings
    assert not problem.is_error and problem.code == "sessions_planned"
    assert_bilingual(problem)
    assert problem.message("en").replace("\u00a0", " ").startswith(
        "3 session(s) are already planned on these days, in SBP-JHT-2026-01 (2), SBP-JHT-2026-02 (1).")
    assert "Sudah ada 3 pertemuan terjadwal" in problem.message("id")
    assert [m.ClassSession.get_by_id(row.id).date for row in planned] == [
        D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 18)]


def test_many_classes_are_counted_beyond_the_first_five(store):
    s = build(store)
    for n in range(7):
        klass = store.save(m.TrainingClass(
            institution=s.sbp.id, program=s.program.id, code=f"SBP-JHT-2027-{n + 1:02d}",
            name=f"Angkatan {n + 1}", batch=n + 1, capacity=16))
        session(store, klass, D(2027, 2, 1), "08:00", "12:00")
    (problem,) = check_closure_days(s.sbp.id, D(2027, 2, 1), None, "Libur").warnings
    assert problem.message("en").replace("\u00a0", " ").endswith(
        "in SBP-JHT-2027-01 (1), SBP-JHT-2027-02 (1), SBP-JHT-2027-03 (1), SBP-JHT-2027-04 (1), "
        "SBP-JHT-2027-05 (1) and 2 other class(es). They are not moved automatically: move or cancel "
        "them in the class schedule.")
    assert "dan 2 kelas lain" in problem.message("id")


def test_removed_days_open_again_and_ids_already_gone_are_passed_over(store, institutions):
    sbp = institutions[0]
    rows, _ = add_closure_days(store, sbp.id, D(2027, 4, 5), D(2027, 4, 9), "Ujian kompetensi")
    assert remove_closure_days(store, [rows[1].id, rows[3].id, 987654]) == 2
    assert [row["date"].day for row in closure_days(sbp.id)] == [5, 7, 9]
    assert audit_actions().count("delete") == 2
    with writes_nothing():
        assert remove_closure_days(store, []) == 0


def test_the_schedules_skip_closure_days_by_their_reason(store, institutions):
    sbp, stb = institutions
    add_closure_days(store, sbp.id, D(2027, 3, 1), D(2027, 3, 2), "Rapat kerja yayasan")
    add_closure_days(store, sbp.id, D(2027, 3, 3), None, "")
    days = closed_days(sbp.id, D(2027, 3, 1), D(2027, 3, 10))
    assert days[D(2027, 3, 1)] == days[D(2027, 3, 2)] == "Rapat kerja yayasan"
    assert days[D(2027, 3, 3)] == "Libur lembaga"
    assert days[D(2027, 3, 8)] == "Hari Suci Nyepi"
    assert D(2027, 3, 1) not in closed_days(stb.id, D(2027, 3, 1), D(2027, 3, 10))
