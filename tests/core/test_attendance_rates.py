"""Attendance rates: exact thresholds, the I and S rules, the outlook while sessions remain."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from attendance_world import LATE_TODAY, build_world, put_marks
from class_scenario import session

from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import MarkChange, save_marks
from lpks_desktop.core.services.attendance_rates import (
    VERDICT_LABELS,
    VERDICTS,
    AttendanceRules,
    attendance_rules,
    class_rates,
    participants_at_risk,
    rate_pct,
)
from lpks_desktop.core.services.participants import participant_profile
from lpks_desktop.core.services.settings import (
    ATTENDANCE_EXCUSED_RULE,
    ATTENDANCE_SICK_RULE,
    set_setting,
)

TODAY = LATE_TODAY


def only_row(world):
    rates = class_rates(world.klass.id, today=TODAY)
    assert len(rates.rows) == 1
    return rates.rows[0]


# --- on the threshold ---------------------------------------------------------------------------


@pytest.mark.parametrize("marks, attended, verdict, pct", [
    ("HHHHAA", 16, "meets", "80.0"),      # 16 of 20 JP: exactly 80%
    ("HHHAHA", 15, "not_met", "75.0"),    # 15 of 20 JP
    ("HHHHHH", 20, "meets", "100.0"),
    ("AAAAAA", 0, "not_met", "0.0")])
def test_eighty_percent_of_twenty_jp_is_sixteen(store, marks, attended, verdict, pct):
    world = build_world(store, participants=1, sessions=6, jp=[4, 4, 4, 4, 3, 1], marks=[marks])
    row = only_row(world)
    assert (row.attended_jp, row.counted_jp, row.delivered_jp, row.remaining_jp) == (attended, 20, 20, 0)
    assert (row.verdict, row.rate_pct, row.min_pct) == (verdict, Decimal(pct), 80)
    assert row.meets_minimum is row.eligible is (verdict == "meets")
    assert row.allowance_jp is None


def test_a_rate_is_rounded_down_so_just_below_the_minimum_never_shows_it(store):
    # 1,999 of 2,500 JP = 79.96%: shown 79.9, and not enough for 80%.
    world = build_world(store, participants=1, sessions=2, jp=[1999, 501], marks=["HA"])
    row = only_row(world)
    assert (row.rate_pct, row.verdict, row.eligible) == (Decimal("79.9"), "not_met", False)
    assert "79,9%" in row.reason.render("id") and "79.9%" in row.reason.render("en")
    assert str(rate_pct(2000, 2500)) == "80.0" and str(rate_pct(1, 3)) == "33.3"
    assert str(rate_pct(2, 3)) == "66.6" and rate_pct(0, 0) is None


@pytest.mark.parametrize("minimum, verdict", [(100, "not_met"), (95, "meets"), (0, "meets")])
def test_the_programs_minimum_decides(store, minimum, verdict):
    # 19 of 20 JP = 95%.
    world = build_world(store, participants=1, sessions=2, jp=[19, 1], marks=["HA"], min_pct=minimum)
    row = only_row(world)
    assert (row.verdict, row.min_pct) == (verdict, minimum)


# --- the rules for I and S ------------------------------------------------------------------


@pytest.mark.parametrize("excused, sick, attended, counted", [
    ("absent", "absent", 8, 16),
    ("present", "absent", 12, 16),
    ("absent", "present", 12, 16),
    ("present", "present", 16, 16),
    ("excluded", "absent", 8, 12),
    ("absent", "excluded", 8, 12),
    ("excluded", "excluded", 8, 8),
    ("excluded", "present", 12, 12)])
def test_each_rule_for_excused_and_sick(store, excused, sick, attended, counted):
    world = build_world(store, participants=1, sessions=4, marks=["HHIS"])
    institution = world.scenario.sbp.id
    set_setting(store, ATTENDANCE_EXCUSED_RULE, excused, institution_id=institution)
    set_setting(store, ATTENDANCE_SICK_RULE, sick, institution_id=institution)
    rates = class_rates(world.klass.id, today=TODAY)
    assert rates.rules == AttendanceRules(excused=excused, sick=sick)
    row = rates.rows[0]
    assert (row.attended_jp, row.counted_jp, row.delivered_jp) == (attended, counted, 16)
    assert row.counts == {"H": 2, "I": 1, "S": 1, "A": 0}
    assert row.rate_pct == rate_pct(attended, counted)


def test_rules_follow_the_classs_institution_then_the_database_wide_value(store):
    world = build_world(store, participants=1, sessions=4, marks=["HHHI"])
    sbp, stb = world.scenario.sbp.id, world.scenario.stb.id
    assert attendance_rules(sbp) == AttendanceRules("absent", "absent")
    set_setting(store, ATTENDANCE_EXCUSED_RULE, "present")  # database-wide
    set_setting(store, ATTENDANCE_SICK_RULE, "excluded", institution_id=stb)
    assert attendance_rules(sbp) == AttendanceRules("present", "absent")
    assert attendance_rules(stb) == AttendanceRules("present", "excluded")
    assert only_row(world).attended_jp == 16
    set_setting(store, ATTENDANCE_EXCUSED_RULE, "excluded", institution_id=sbp)
    row = only_row(world)
    assert (row.attended_jp, row.counted_jp, row.verdict) == (12, 12, "meets")


def test_everything_excluded_leaves_nothing_to_judge(store):
    world = build_world(store, participants=1, sessions=2, marks=["SS"])
    set_setting(store, ATTENDANCE_SICK_RULE, "excluded", institution_id=world.scenario.sbp.id)
    row = only_row(world)
    assert (row.counted_jp, row.rate_pct, row.meets_minimum, row.verdict, row.eligible) == (
        0, None, None, "no_data", None)


# --- which sessions count -----------------------------------------------------------------------


def test_unmarked_delivered_sessions_count_as_missed_and_are_listed(store):
    world = build_world(store, participants=2, sessions=4, marks=["HH..", "H..."])
    s1, s2, s3, s4 = world.sessions
    s3.status = m.SessionStatus.HELD  # held, nobody marked yet
    store.save(s3)
    rates = class_rates(world.klass.id, today=dt.date(2026, 11, 6))  # s4 (5 November) is past
    ani, budi = rates.rows
    assert (rates.delivered_sessions, rates.delivered_jp, rates.remaining_sessions) == (3, 12, 1)
    assert (ani.unmarked, ani.attended_jp, ani.counted_jp) == (1, 8, 12)
    assert (budi.unmarked, budi.attended_jp, budi.counted_jp) == (2, 4, 12)
    # s2: Budi has no mark; s3: held, no marks; s4: past but not delivered.
    assert rates.unmarked_sessions == [(s2.id, s2.date), (s3.id, s3.date), (s4.id, s4.date)]
    assert [d for _, d in class_rates(world.klass.id, today=s4.date).unmarked_sessions] == [
        s2.date, s3.date]


def test_the_journals_jp_overrides_the_planned_jp_and_cancelled_sessions_do_not_count(store):
    world = build_world(store, participants=1, sessions=3, marks=["HAH"])
    s1, s2, s3 = world.sessions
    s1.journal_jp = 3  # the power went out for an hour
    store.save(s1)
    cancelled = session(store, world.klass, s3.date, "13:00", "15:00", jp=2)
    save_marks(store, world.klass.id, [MarkChange(cancelled.id, world.enrollments[0].id, "A")],
               today=TODAY)
    cancelled.status = m.SessionStatus.CANCELLED
    store.save(cancelled)
    rates = class_rates(world.klass.id, today=TODAY)
    row = rates.rows[0]
    assert (rates.delivered_sessions, rates.delivered_jp) == (3, 11)
    assert (row.attended_jp, row.counted_jp, row.counts["A"]) == (7, 11, 1)


def test_late_arrivals_are_counted(store):
    world = build_world(store, participants=1, sessions=3)
    s1, s2, s3 = world.sessions
    person = world.enrollments[0].id
    save_marks(store, world.klass.id, [
        MarkChange(s1.id, person, "H", dt.time(8, 10)),
        MarkChange(s2.id, person, "H", dt.time(8, 0)),   # on time
        MarkChange(s3.id, person, "H", dt.time(7, 45))], today=TODAY)
    row = only_row(world)
    assert (row.late, row.attended_jp) == (1, 12)


# --- the outlook while sessions remain ------------------------------------------------------


@pytest.mark.parametrize("marks, verdict, allowance, meets_now", [
    ("HH........", "on_track", 8, True),       # may still miss 8 of the 32 JP left
    ("HA........", "at_risk", 4, False),       # allowance 4 = one session, but below 80% now
    ("AA........", "at_risk", 0, False),       # must attend every remaining session
    ("AAA.......", "cannot_reach", -4, False),  # 28 JP left cannot make 32
    ("HHHHHHH...", "on_track", 8, True),
    ("HHHHHHA...", "on_track", 4, True),       # may miss one more session of 4 JP
    ("HHHHHHAA..", "at_risk", 0, False),
    ("HHHHHHAAA.", "cannot_reach", -4, False),
    ("HHHHHHHHAA", "meets", None, True),
    ("HHHHHHHAAA", "not_met", None, False)])
def test_the_outlook_as_sessions_are_delivered(store, marks, verdict, allowance, meets_now):
    # 10 sessions of 4 JP, 80% of 40 JP = 32 JP needed.
    world = build_world(store, participants=1, sessions=10, marks=[marks])
    row = only_row(world)
    delivered = 4 * len(marks.rstrip("."))
    assert (row.delivered_jp, row.remaining_jp) == (delivered, 40 - delivered)
    assert (row.verdict, row.allowance_jp, row.meets_minimum) == (verdict, allowance, meets_now)
    assert row.eligible is ({"meets": True, "not_met": False}.get(verdict))
    assert row.reason.render("id") != row.reason.render("en")


def test_at_risk_once_the_allowance_is_less_than_the_largest_session_left(store):
    # Sessions of 4, 4 then 2 and 6 JP: 80% of 16 JP needs 13 (12.8 rounded up).
    world = build_world(store, participants=1, sessions=4, jp=[4, 4, 2, 6], marks=["HH.."])
    row = only_row(world)
    # 8 attended + 8 left - 13 needed = 3 JP may be missed: less than the 6 JP session.
    assert (row.allowance_jp, row.verdict) == (3, "at_risk")
    world_two = class_rates(world.klass.id, today=TODAY)
    assert world_two.remaining_jp == 8 and world_two.remaining_sessions == 2


def test_a_class_without_sessions_has_no_data(store):
    world = build_world(store, participants=2, sessions=0)
    rates = class_rates(world.klass.id, today=TODAY)
    assert [r.verdict for r in rates.rows] == ["no_data", "no_data"]
    assert rates.rows[0].rate_pct is None and rates.rows[0].eligible is None
    assert (rates.delivered_sessions, rates.remaining_sessions, rates.unmarked_sessions) == (0, 0, [])


def test_planned_sessions_only_are_on_track(store):
    world = build_world(store, participants=1, sessions=5)
    row = only_row(world)
    assert (row.verdict, row.rate_pct, row.meets_minimum, row.allowance_jp) == (
        "on_track", None, None, 4)


def test_verdicts_have_labels_in_both_languages():
    assert set(VERDICT_LABELS) == set(VERDICTS)
    assert all(t.render("id") != t.render("en") for t in VERDICT_LABELS.values())


def test_people_who_left_are_listed_after_the_others_with_their_marks(store):
    world = build_world(store, participants=3, sessions=2, statuses=["enrolled", "withdrew", "dismissed"],
                        marks=["HH", "A.", ".."])
    rows = class_rates(world.klass.id, today=TODAY).rows
    assert [(r.number, r.full_name, r.status) for r in rows] == [
        (1, "Ani Suryani", "enrolled"), (2, "Budi Hartono", "withdrew")]
    assert rows[1].counts["A"] == 1 and rows[1].unmarked == 1


# --- across classes ---------------------------------------------------------------------------


def test_participants_at_risk_come_from_running_classes_in_a_few_queries(store):
    world = build_world(store, participants=3, sessions=10,
                        marks=["HHH.......", "AAA.......", "HA........"])
    sc = world.scenario
    finished = store.save(m.TrainingClass(
        institution=sc.sbp.id, program=sc.program.id, code="SBP-JHT-2026-00", name="Angkatan 0",
        capacity=10, status=m.ClassStatus.FINISHED))
    other = store.save(m.TrainingClass(
        institution=sc.stb.id, program=sc.program.id, code="STB-JHT-2026-01", name="Balangan 1",
        capacity=10, status=m.ClassStatus.RUNNING))
    for klass in (finished, other):
        first = session(store, klass, dt.date(2026, 11, 2), "08:00", "12:00")
        session(store, klass, dt.date(2026, 11, 3), "08:00", "12:00")
        person = store.save(m.Participant(nik=f"31710101019{klass.id:05d}", full_name=f"Absen {klass.code}",
                                          sex="L"))
        enrolled = store.save(m.Enrollment(training_class=klass.id, participant=person.id,
                                           status="enrolled"))
        save_marks(store, klass.id, [MarkChange(first.id, enrolled.id, "A")], today=TODAY)

    found = participants_at_risk(today=TODAY)
    assert [(c["class_code"], r.full_name, r.verdict) for c, r in found] == [
        ("SBP-JHT-2026-01", "Budi Hartono", "cannot_reach"),
        ("SBP-JHT-2026-01", "Citra Lestari", "at_risk"),
        ("STB-JHT-2026-01", "Absen STB-JHT-2026-01", "cannot_reach")]
    assert found[0][0]["class_id"] == world.klass.id and found[0][0]["class_name"] == "Menjahit Angkatan 1"
    assert [r.full_name for _, r in participants_at_risk(sc.stb.id, today=TODAY)] == [
        "Absen STB-JHT-2026-01"]

    queries = []
    original = store.db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        queries.append(sql)
        return original(sql, params, *args, **kwargs)

    store.db.execute_sql = counting
    try:
        participants_at_risk(today=TODAY)
        with_three = len(queries)
        queries.clear()
        participants_at_risk(sc.stb.id, today=TODAY)
        with_one = len(queries)
    finally:
        del store.db.execute_sql
    # Two running classes of two institutions are read in as many queries as one.
    assert with_three == with_one <= 8


def test_the_profile_counts_as_the_rates_do(store):
    world = build_world(store, participants=2, sessions=4, marks=["HHIA", "HH.."])
    s1 = world.sessions[0]
    s1.journal_jp = 2
    store.save(s1)
    set_setting(store, ATTENDANCE_EXCUSED_RULE, "excluded", institution_id=world.scenario.sbp.id)
    row = class_rates(world.klass.id).row_for(world.enrollments[0].id)
    profile = participant_profile(world.participants[0].id)
    attendance = profile["enrollments"][0]["attendance"]
    assert (attendance["attended_jp"], attendance["delivered_jp"], attendance["rate_pct"]) == (
        row.attended_jp, row.counted_jp, row.rate_pct) == (6, 10, Decimal("60.0"))
    assert attendance["marks"] == {"H": 2, "I": 1, "S": 0, "A": 1}
    assert (attendance["held_sessions"], attendance["unmarked"], attendance["meets_minimum"]) == (
        4, 0, False)
    assert (attendance["verdict"], attendance["eligible"], attendance["min_pct"]) == (
        "not_met", False, 80)


def test_the_profile_of_someone_who_left_without_marks_still_has_attendance(store):
    world = build_world(store, participants=2, sessions=2, statuses=["enrolled", "withdrew"],
                        marks=["HH", ".."])
    attendance = participant_profile(world.participants[1].id)["enrollments"][0]["attendance"]
    assert (attendance["attended_jp"], attendance["delivered_jp"], attendance["unmarked"]) == (0, 8, 2)


def test_put_marks_is_what_the_world_uses(store):
    # The builder's marks go through save_marks like a clerk's: versions start at 1.
    world = build_world(store, participants=1, sessions=1)
    put_marks(store, world, ["S"])
    assert m.AttendanceMark.get().row_version == 1
