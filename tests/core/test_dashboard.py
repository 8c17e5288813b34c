"""The 8 a.m. dashboard on the demo data, with a fixed today."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import (
    Certificate,
    CertificateStatus,
    ClassSession,
    ClassStatus,
    Enrollment,
    EnrollmentStatus,
    Institution,
    SessionStatus,
    SessionTrainer,
    TrainingClass,
)
from lpks_desktop.core.services.dashboard import (
    SEATED,
    certificates_to_print,
    running_classes,
    todays_sessions,
    waiting_registrations,
)

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def demo(store):
    fill_demo(store, participants=120, seed=7, today=TODAY)
    return store


def _institution_ids() -> list[int]:
    return [i.id for i in Institution.select()]


def test_todays_sessions_show_time_class_unit_room_and_lead_trainer(demo):
    rows = todays_sessions(TODAY)
    sessions = ClassSession.select().where(ClassSession.date == TODAY)
    assert rows and len(rows) == sessions.count()
    assert [r["start_time"] for r in rows] == sorted(r["start_time"] for r in rows)
    for row in rows:
        session = ClassSession.get_by_id(row["session_id"])
        klass = session.training_class
        assert (row["class_id"], row["class_code"], row["institution_code"]) == (
            klass.id, klass.code, klass.institution.code)
        assert (row["start_time"], row["end_time"]) == (session.start_time, session.end_time)
        assert row["unit_code"] == (session.unit.code if session.unit else None)
        assert row["room_name"] == (session.room or klass.room).name
        lead = SessionTrainer.get(SessionTrainer.session == session.id, SessionTrainer.role == "lead")
        assert (row["trainer_id"], row["trainer_name"]) == (lead.trainer_id, lead.trainer.full_name)
    per_institution = [todays_sessions(TODAY, i) for i in _institution_ids()]
    assert sorted(r["session_id"] for rows_ in per_institution for r in rows_) == sorted(
        r["session_id"] for r in rows)


def test_cancelled_sessions_and_closed_days_are_left_out(demo):
    first = todays_sessions(TODAY)[0]
    ClassSession.update(status=SessionStatus.CANCELLED, cancel_reason="Listrik padam").where(
        ClassSession.id == first["session_id"]).execute()
    assert first["session_id"] not in [r["session_id"] for r in todays_sessions(TODAY)]
    saturday = TODAY + dt.timedelta(days=3)
    assert todays_sessions(saturday) == []


def test_running_classes_count_seats_against_capacity(demo):
    rows = running_classes(TODAY)
    running = TrainingClass.select().where(TrainingClass.status == ClassStatus.RUNNING)
    assert {r["class_id"] for r in rows} == {c.id for c in running} != set()
    for row in rows:
        seated = Enrollment.select().where(Enrollment.training_class == row["class_id"],
                                           Enrollment.status.in_(SEATED)).count()
        klass = TrainingClass.get_by_id(row["class_id"])
        assert (row["enrolled"], row["capacity"], row["program_id"]) == (
            seated, klass.capacity, klass.program_id)
        assert 0 < row["sessions_held"] < row["sessions_total"]


def test_a_class_whose_dates_span_today_runs_unless_cancelled_or_finished(demo):
    planned = TrainingClass.select().where(TrainingClass.status.in_(
        (ClassStatus.OPEN, ClassStatus.PLANNED))).limit(2)
    spanning, cancelled = list(planned)
    for klass, status in ((spanning, ClassStatus.OPEN), (cancelled, ClassStatus.CANCELLED)):
        TrainingClass.update(status=status, start_date=TODAY - dt.timedelta(days=1),
                             end_date=TODAY + dt.timedelta(days=9)).where(
            TrainingClass.id == klass.id).execute()
    ids = {r["class_id"] for r in running_classes(TODAY)}
    assert spanning.id in ids and cancelled.id not in ids
    later = TODAY + dt.timedelta(days=30)  # past its end date, and not marked running
    assert spanning.id not in {r["class_id"] for r in running_classes(later)}


def test_waiting_registrations_are_counted_per_class_oldest_first(demo):
    rows = waiting_registrations()
    waiting = Enrollment.select().where(Enrollment.status == EnrollmentStatus.REGISTERED)
    assert rows and sum(r["count"] for r in rows) == waiting.count()
    assert Counter({r["class_id"]: r["count"] for r in rows}) == Counter(
        e.training_class_id for e in waiting)
    for row in rows:
        assert row["oldest"] == min(e.registered_at for e in waiting
                                    if e.training_class_id == row["class_id"])
    assert [r["oldest"] for r in rows] == sorted(r["oldest"] for r in rows)
    by_institution = [waiting_registrations(i) for i in _institution_ids()]
    assert sum(len(part) for part in by_institution) == len(rows)


def test_certificates_to_print_are_the_valid_unprinted_ones(demo):
    valid = list(Certificate.select().where(Certificate.status == CertificateStatus.VALID)
                 .order_by(Certificate.id).limit(5))
    revoked = Certificate.get(Certificate.status == CertificateStatus.REVOKED)
    Certificate.update(printed_at=None).where(
        Certificate.id.in_([c.id for c in valid] + [revoked.id])).execute()
    unprinted = list(Certificate.select().where(Certificate.status == CertificateStatus.VALID,
                                                Certificate.printed_at.is_null()))
    rows = certificates_to_print()
    assert Counter({r["class_id"]: r["count"] for r in rows}) == Counter(
        c.enrollment.training_class_id for c in unprinted)
    for row in rows:
        assert row["oldest"] == min(c.issued_on for c in unprinted
                                    if c.enrollment.training_class_id == row["class_id"])
        assert row["institution_id"] == TrainingClass.get_by_id(row["class_id"]).institution_id
    institution = rows[0]["institution_id"]
    assert {r["institution_id"] for r in certificates_to_print(institution)} == {institution}
