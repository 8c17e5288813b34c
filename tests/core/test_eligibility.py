"""Eligibility for a certificate: attendance on the program's minimum, competency results by
the program's rule, an optional minimum score; every unmet condition named."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import certificate_world
from certificate_world import AFTER
from lpks_desktop.core import models as m
from lpks_desktop.core.services.attendance import people_of_classes
from lpks_desktop.core.services.certificates import issue_certificates, revoke_certificate
from lpks_desktop.core.services.eligibility import class_eligibility

UNIT1, UNIT2 = "C.141000.001.02", "C.141000.002.02"


def _by_name(class_id, today=AFTER):
    return {e.full_name: e for e in class_eligibility(class_id, today=today)}


def _codes(person):
    return [r.code for r in person.reasons]


def _texts(person, lang="en"):
    return " | ".join(r.text.render(lang) for r in person.reasons)


def test_present_and_competent_is_eligible(store):
    world = certificate_world.build(store, participants=2)
    people = class_eligibility(world.klass.id, today=AFTER)
    assert [p.full_name for p in people] == ["Ani Suryani", "Budi Hartono"]
    for person in people:
        assert person.eligible and person.reasons == ()
        assert (person.units_competent, person.units_counted) == (2, 2)
        assert person.attendance_pct == Decimal("100.0") and person.min_pct == 80
        assert (person.certificate_id, person.certificate_number, person.certificate_status) == (
            None, "", "")


def test_attendance_exactly_on_the_minimum_meets_it_and_just_under_does_not(store):
    # 16 JP held; the minimum is 75%: 12 JP attended is exactly 75.0%.
    world = certificate_world.build(store, participants=3, min_pct=75,
                                    marks=["HHHA", "HHAA", "HHHH"])
    people = _by_name(world.klass.id)
    on = people["Ani Suryani"]
    assert on.eligible and on.attendance_pct == Decimal("75.0")
    under = people["Budi Hartono"]
    assert not under.eligible and _codes(under) == ["attendance_below"]
    assert "50.0%" in _texts(under) and "75%" in _texts(under)
    assert "50,0%" in _texts(under, "id")
    # Just under by one JP in a hundred: never shown or judged as the minimum.
    program = world.program
    program.min_attendance_pct = 76
    store.save(program)
    on = _by_name(world.klass.id)["Ani Suryani"]
    assert not on.eligible and _codes(on) == ["attendance_below"]
    assert _texts(on) == "Attendance 75.0% is below the minimum of 76%."


def test_a_fraction_under_the_minimum_is_under(store):
    # 79 of 99 JP = 79.79...%: below 80, and shown rounded down, never as 80.
    world = certificate_world.build(store, participants=2, sessions=2, jp=[79, 20],
                                    marks=["HA", "HH"])
    person = _by_name(world.klass.id)["Ani Suryani"]
    assert not person.eligible and person.attendance_pct == Decimal("79.7")
    assert "79.7%" in _texts(person)
    assert _by_name(world.klass.id)["Budi Hartono"].eligible


def test_units_not_competent_or_not_assessed_are_named(store):
    world = certificate_world.build(store, participants=3, results=["KB", "..", "B."])
    people = _by_name(world.klass.id)
    ani = people["Ani Suryani"]
    assert not ani.eligible and _codes(ani) == ["unit_not_competent"]
    assert UNIT2 in _texts(ani) and UNIT1 not in _texts(ani)
    assert (ani.units_competent, ani.units_counted) == (1, 2)
    budi = people["Budi Hartono"]
    assert _codes(budi) == ["unit_not_assessed"] and f"{UNIT1}, {UNIT2}" in _texts(budi)
    citra = people["Citra Lestari"]
    assert _codes(citra) == ["unit_not_competent", "unit_not_assessed"]
    assert _texts(citra) == f"Not yet competent (BK) in {UNIT1}. | Not assessed in {UNIT2}."
    assert f"Belum kompeten (BK) pada unit {UNIT1}." in _texts(citra, "id")


def test_units_rule_required_all_or_none(store):
    world = certificate_world.build(store, participants=2, results=["KB", ".."])
    optional = world.units[1]
    optional.required = False
    store.save(optional)
    people = _by_name(world.klass.id)
    assert people["Ani Suryani"].eligible  # BK only in a unit that is not required
    assert (people["Ani Suryani"].units_competent, people["Ani Suryani"].units_counted) == (1, 1)
    assert _codes(people["Budi Hartono"]) == ["unit_not_assessed"]
    assert UNIT2 not in _texts(people["Budi Hartono"])

    world.program.certificate_units_rule = m.CertificateUnitsRule.ALL
    store.save(world.program)
    people = _by_name(world.klass.id)
    assert _codes(people["Ani Suryani"]) == ["unit_not_competent"]
    assert f"{UNIT1}, {UNIT2}" in _texts(people["Budi Hartono"])

    world.program.certificate_units_rule = m.CertificateUnitsRule.NONE
    store.save(world.program)
    people = _by_name(world.klass.id)
    assert people["Ani Suryani"].eligible and people["Budi Hartono"].eligible
    assert people["Budi Hartono"].units_counted == 0


def test_minimum_score(store):
    world = certificate_world.build(
        store, participants=3, min_score="70", results=["KK", "KK", "KK"],
        scores=[[70, 95.5], [69.99, 55], [None, 88]])
    people = _by_name(world.klass.id)
    assert people["Ani Suryani"].eligible  # exactly on the minimum
    budi = people["Budi Hartono"]
    assert _codes(budi) == ["score_below"]
    assert _texts(budi) == f"Score below the minimum of 70: {UNIT1} (69.99), {UNIT2} (55)."
    assert f"{UNIT1} (69,99)" in _texts(budi, "id")
    citra = people["Citra Lestari"]
    assert _codes(citra) == ["score_missing"] and UNIT1 in _texts(citra)
    assert UNIT2 not in _texts(citra)


def test_class_not_finished(store):
    world = certificate_world.build(store, participants=2, held=False, marks=["HH..", "HA.."])
    for person in class_eligibility(world.klass.id, today=dt.date(2026, 11, 3)):
        assert not person.eligible
        assert _codes(person)[0] == "class_not_finished"
        assert person.reasons[0].text.render("en") == "Class not finished: 8 JP still to come."
        assert "masih ada 8 JP lagi" in person.reasons[0].text.render("id")
    # A program without an attendance minimum does not wait for the class to end.
    world.program.min_attendance_pct = 0
    store.save(world.program)
    assert all(p.eligible for p in class_eligibility(world.klass.id, today=dt.date(2026, 11, 3)))


def test_nobody_marked(store):
    world = certificate_world.build(store, participants=1, marks=["...."])
    person = class_eligibility(world.klass.id, today=AFTER)[0]
    # Held sessions without marks count as not attended.
    assert _codes(person) == ["attendance_below"] and person.attendance_pct == Decimal("0.0")


def test_no_attendance_when_nothing_was_delivered(store):
    world = certificate_world.build(store, participants=1, sessions=1, jp=[0], marks=["."])
    person = class_eligibility(world.klass.id, today=AFTER)[0]
    assert _codes(person) == ["no_attendance"]


def test_people_as_on_the_grids_and_their_certificates(store):
    world = certificate_world.build(
        store, participants=4, names=["Dewi", "anton", "Bayu", "Cahya"],
        statuses=[m.EnrollmentStatus.ENROLLED, m.EnrollmentStatus.COMPLETED,
                  m.EnrollmentStatus.WITHDREW, m.EnrollmentStatus.PASSED_SELECTION])
    people = class_eligibility(world.klass.id, today=AFTER)
    grid = [p for p in people_of_classes([world.klass.id])[world.klass.id] if p.editable]
    assert [(p.number, p.full_name) for p in people] == [(g.number, g.full_name) for g in grid]
    assert [p.full_name for p in people] == ["anton", "Cahya", "Dewi"]  # Bayu withdrew
    outcome = issue_certificates(store, world.klass.id, today=AFTER)
    first = outcome.issued[0]
    person = _by_name(world.klass.id)[first.participant_name]
    assert (person.certificate_id, person.certificate_number, person.certificate_status) == (
        first.id, first.number, "valid")
    revoke_certificate(store, first.id, "Dokumen peserta palsu")
    person = _by_name(world.klass.id)[first.participant_name]
    # A revocation may be for forged papers: nobody gets a new certificate by the way.
    assert person.certificate_status == "revoked" and not person.eligible
    assert [r.code for r in person.reasons] == ["certificate_revoked"]
    assert "Dokumen peserta palsu" in person.reasons[0].text.render("en")
