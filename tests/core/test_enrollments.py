"""Registration through enrollment: the transition table, seats, the reserve list, schedule
clashes with other classes, Kartu Prakerja, and a history row for every change."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
import time

import pytest
from class_scenario import build, session
from record_checks import error_fields, refused, writes_nothing

from lpks_desktop.core import models as m
from lpks_desktop.core.actor import acting_as
from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models.fields import utcnow
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.core.services.classes import SEATED
from lpks_desktop.core.services.conflicts import all_conflicts
from lpks_desktop.core.services.records import ValidationFailed

_serial = itertools.count(1)


@pytest.fixture
def w(store):
    world = build(store)
    world.store = store
    return world


def person(store, name: str, **extra) -> m.Participant:
    values = {"nik": f"631101010190{next(_serial):04d}", "full_name": name, "sex": "P", **extra}
    return store.save(m.Participant(**values))


def small_class(w, code: str, capacity: int = 2, **extra) -> m.TrainingClass:
    values = {"institution": w.sbp.id, "program": w.program.id, "code": code, "name": f"Kelas {code}",
              "capacity": capacity, "status": m.ClassStatus.OPEN, **extra}
    return w.store.save(m.TrainingClass(**values))


def registered(w, klass, name: str, **extra) -> m.Enrollment:
    return en.register(w.store, person(w.store, name, **extra).id, klass.id)[0]


def moved(w, enrollment, *statuses, **options) -> m.Enrollment:
    for status in statuses:
        enrollment = en.change_status(w.store, enrollment.id, status, **options)[0]
    return enrollment


def history(enrollment) -> list[tuple]:
    return [(h["old_status"], h["status"], h["reason"]) for h in en.status_history(enrollment.id)]


# --- registering --------------------------------------------------------------------------------


def test_registering_writes_the_enrollment_and_its_first_history_row(w):
    siti = person(w.store, "Siti Aminah")
    with acting_as("clerk:ani"):
        enrollment, warnings = en.register(w.store, siti.id, w.klass.id, reason="  Datang ke kantor ")

    stored = m.Enrollment.get_by_id(enrollment.id)
    assert (stored.status, stored.participant_id, stored.training_class_id) == ("registered", siti.id, w.klass.id)
    assert stored.reserve_rank is None and stored.created_by == "clerk:ani"
    [row] = en.status_history(enrollment.id)
    assert (row["old_status"], row["status"], row["reason"], row["user"]) == (
        None, "registered", "Datang ke kantor", "clerk:ani")
    assert row["at"] == stored.registered_at
    assert row["status_label"].render("id") == "Mendaftar"
    assert warnings == ()
    audited = {(a.table_name, a.action) for a in m.AuditLog.select().where(m.AuditLog.row_id.in_(
        [enrollment.id, row["id"]]))}
    assert {("enrollment", "insert"), ("enrollment_status_change", "insert")} <= audited


def test_a_person_is_registered_once_per_class(w):
    siti = person(w.store, "Siti Aminah")
    en.register(w.store, siti.id, w.klass.id)

    failure = refused(en.register, w.store, siti.id, w.klass.id)

    assert error_fields(failure) == {"participant": "already_registered"}
    assert "Siti Aminah" in failure.render("en") and "SBP-JHT-2026-01" in failure.render("en")
    assert "registered" in failure.render("en") and "mendaftar" in failure.render("id")


@pytest.mark.parametrize("status", [m.ClassStatus.CANCELLED, m.ClassStatus.FINISHED])
def test_a_cancelled_or_finished_class_takes_no_registrants(w, status):
    closed = small_class(w, "SBP-JHT-TUTUP", status=status)
    siti = person(w.store, "Siti Aminah")

    failure = refused(en.register, w.store, siti.id, closed.id)

    assert error_fields(failure) == {"training_class": "class_closed"}
    assert "SBP-JHT-TUTUP" in failure.render("id")


def test_an_archived_or_missing_person_or_class_is_refused(w):
    gone = person(w.store, "Lama Sekali", archived=True)
    assert error_fields(refused(en.register, w.store, gone.id, w.klass.id)) == {
        "participant": "participant_archived"}
    assert error_fields(refused(en.register, w.store, 999_999, w.klass.id)) == {
        "participant": "no_such_record"}
    siti = person(w.store, "Siti")
    assert error_fields(refused(en.register, w.store, siti.id, 999_999)) == {
        "training_class": "no_such_record"}
    assert error_fields(refused(en.change_status, w.store, 999_999, "enrolled")) == {
        "enrollment": "no_such_record"}


def test_registering_into_a_full_class_is_allowed_with_a_warning(w):
    klass = small_class(w, "SBP-KECIL", capacity=1)
    moved(w, registered(w, klass, "Ani"), "passed_selection")

    _, warnings = en.register(w.store, person(w.store, "Budi").id, klass.id)

    assert [(p.field, p.code) for p in warnings] == [("training_class", "class_full")]
    assert "1 of 1" in warnings[0].message("en")


# --- the transition table -----------------------------------------------------------------------


def test_the_usual_way_through_a_class_and_its_history(w):
    enrollment = registered(w, w.klass, "Siti Aminah")
    assert en.allowed_statuses(enrollment) == ["passed_selection", "reserve", "not_passed", "withdrew"]

    enrollment = moved(w, enrollment, "passed_selection", "enrolled")
    assert en.allowed_statuses(enrollment.id) == ["completed", "withdrew", "dismissed"]
    enrollment, warnings, proposal = en.change_status(w.store, enrollment.id, "completed",
                                                      reason="Pelatihan selesai")

    assert (enrollment.status, warnings, proposal) == ("completed", (), None)
    assert m.Enrollment.get_by_id(enrollment.id).status == "completed"
    assert history(enrollment) == [
        (None, "registered", ""), ("registered", "passed_selection", ""),
        ("passed_selection", "enrolled", ""), ("enrolled", "completed", "Pelatihan selesai")]
    assert en.allowed_statuses(enrollment) == []


def test_every_status_has_a_label_and_a_row_in_the_table(w):
    assert set(en.STATUS_LABELS) == set(m.EnrollmentStatus.values()) == set(en.TRANSITIONS)
    for status, label in en.STATUS_LABELS.items():
        assert label.render("id") and label.render("en") and label.render("id") != label.render("en")
        assert set(en.TRANSITIONS[status]) <= set(m.EnrollmentStatus.values())


def test_a_correction_needs_a_reason_and_is_then_allowed(w):
    enrollment = moved(w, registered(w, w.klass, "Siti"), "passed_selection", "enrolled", "completed")
    assert en.is_correction("completed", "enrolled") and en.needs_reason("completed", "enrolled")

    failure = refused(en.change_status, w.store, enrollment.id, "enrolled")
    assert error_fields(failure) == {"reason": "reason_required"}
    assert "correction" in failure.render("en") and "koreksi" in failure.render("id")

    enrollment, _, _ = en.change_status(w.store, enrollment.id, "enrolled",
                                        reason="Salah klik: pelatihan belum selesai")
    assert enrollment.status == "enrolled"
    assert history(enrollment)[-1] == ("completed", "enrolled", "Salah klik: pelatihan belum selesai")


def test_a_dismissal_or_a_seat_taken_back_needs_a_reason(w):
    enrollment = moved(w, registered(w, w.klass, "Siti"), "passed_selection")
    assert error_fields(refused(en.change_status, w.store, enrollment.id, "not_passed")) == {
        "reason": "reason_required"}
    enrollment = moved(w, enrollment, "enrolled")
    failure = refused(en.change_status, w.store, enrollment.id, "dismissed", reason="   ")
    assert error_fields(failure) == {"reason": "reason_required"}
    assert "Siti" in failure.render("id")
    # A withdrawal is the person's own choice: a reason is welcome, not required.
    assert moved(w, enrollment, "withdrew").status == "withdrew"


def test_an_unknown_or_unchanged_status_is_refused(w):
    enrollment = registered(w, w.klass, "Siti")
    assert error_fields(refused(en.change_status, w.store, enrollment.id, "graduated")) == {
        "status": "status_unknown"}
    failure = refused(en.change_status, w.store, enrollment.id, "registered")
    assert error_fields(failure) == {"status": "status_unchanged"}
    assert "already registered" in failure.render("en")
    # Status codes are read without regard to case or spaces.
    assert en.change_status(w.store, enrollment.id, " Passed_Selection ")[0].status == "passed_selection"


def test_nobody_is_placed_in_a_cancelled_class_but_people_can_leave_it(w):
    klass = small_class(w, "SBP-BATAL", capacity=5)
    waiting = registered(w, klass, "Ani")
    seated = moved(w, registered(w, klass, "Budi"), "passed_selection")
    klass.status = m.ClassStatus.CANCELLED
    w.store.save(klass)

    failure = refused(en.change_status, w.store, waiting.id, "passed_selection")
    assert error_fields(failure) == {"status": "class_cancelled"}
    _, _, proposal = en.change_status(w.store, seated.id, "withdrew", reason="Kelas dibatalkan")
    assert proposal is None


# --- seats --------------------------------------------------------------------------------------


def test_a_seat_beyond_capacity_is_refused_naming_class_capacity_and_seats(w):
    klass = small_class(w, "SBP-KECIL", capacity=2)
    first, second, third = (registered(w, klass, name) for name in ("Ani", "Budi", "Citra"))
    moved(w, first, "passed_selection")
    moved(w, second, "passed_selection", "enrolled")

    for status in SEATED:
        failure = refused(en.change_status, w.store, third.id, status, reason="Koreksi")
        assert error_fields(failure) == {"status": "class_full"}
    assert "Class SBP-KECIL is full: 2 of 2 seats are taken" in failure.render("en")
    assert "Kelas SBP-KECIL sudah penuh: 2 dari 2 kursi terisi" in failure.render("id")
    assert m.Enrollment.get_by_id(third.id).status == "registered"
    # Going on the reserve list takes no seat.
    assert moved(w, third, "reserve").status == "reserve"


def test_moving_between_seated_statuses_never_counts_twice(w):
    klass = small_class(w, "SBP-KECIL", capacity=1)
    enrollment = moved(w, registered(w, klass, "Ani"), "passed_selection", "enrolled", "completed")
    assert enrollment.status == "completed"
    # Even when the capacity was lowered below the seats taken, those seated move on.
    other = moved(w, registered(w, small_class(w, "SBP-TURUN", capacity=2), "Budi"), "passed_selection")
    second = moved(w, registered(w, m.TrainingClass.get_by_id(other.training_class_id), "Citra"),
                   "passed_selection")
    lowered = m.TrainingClass.get_by_id(other.training_class_id)
    lowered.capacity = 1
    w.store.save(lowered)
    assert moved(w, second, "enrolled").status == "enrolled"


# --- the reserve list ---------------------------------------------------------------------------


def test_reserve_ranks_go_to_the_end_unless_given_and_leaving_clears_them(w):
    klass = small_class(w, "SBP-CADANGAN", capacity=1)
    ani, budi, citra, dedi = (registered(w, klass, n) for n in ("Ani", "Budi", "Citra", "Dedi"))
    assert moved(w, ani, "reserve").reserve_rank == 1
    assert moved(w, budi, "reserve").reserve_rank == 2
    # Given a rank already taken: that one and those after it move down one.
    assert moved(w, citra, "reserve", reserve_rank=1).reserve_rank == 1
    ranks = {e.participant.full_name: e.reserve_rank for e in m.Enrollment.select()
             .join(m.Participant).where(m.Enrollment.training_class == klass.id)}
    assert ranks == {"Ani": 2, "Budi": 3, "Citra": 1, "Dedi": None}

    # Someone already on the list can be re-ranked; that is kept in the history too.
    budi = moved(w, budi, "reserve", reserve_rank=1, reason="Nilai wawancara lebih tinggi")
    assert budi.reserve_rank == 1
    assert history(budi)[-1] == ("reserve", "reserve", "Nilai wawancara lebih tinggi")

    ani = moved(w, m.Enrollment.get_by_id(ani.id), "passed_selection")
    assert ani.reserve_rank is None and m.Enrollment.get_by_id(ani.id).reserve_rank is None

    assert error_fields(refused(en.change_status, w.store, dedi.id, "withdrew",
                                reserve_rank=2)) == {"reserve_rank": "reserve_rank_not_reserve"}
    assert error_fields(refused(en.change_status, w.store, dedi.id, "reserve", reserve_rank="nol")) == {
        "reserve_rank": "reserve_rank_invalid"}
    assert error_fields(refused(en.change_status, w.store, dedi.id, "reserve", reserve_rank=0)) == {
        "reserve_rank": "reserve_rank_invalid"}


def test_a_freed_seat_proposes_the_first_reserve_without_moving_anyone(w):
    klass = small_class(w, "SBP-CADANGAN", capacity=1)
    seated = moved(w, registered(w, klass, "Ani"), "passed_selection", "enrolled")
    later = moved(w, registered(w, klass, "Budi"), "reserve")
    earlier = registered(w, klass, "Citra")
    m.Enrollment.update(registered_at=dt.datetime(2026, 1, 1)).where(
        m.Enrollment.id == earlier.id).execute()
    earlier = moved(w, m.Enrollment.get_by_id(earlier.id), "reserve", reserve_rank=2)
    last = moved(w, registered(w, klass, "Dedi"), "reserve")
    assert (later.reserve_rank, earlier.reserve_rank, last.reserve_rank) == (1, 2, 3)

    _, _, proposal = en.change_status(w.store, seated.id, "withdrew", reason="Diterima bekerja")

    assert proposal.id == later.id and proposal.participant.full_name == "Budi"
    assert m.Enrollment.get_by_id(later.id).status == "reserve"
    # Equal ranks: the earlier registration first.
    m.Enrollment.update(reserve_rank=1).where(m.Enrollment.id == earlier.id).execute()
    assert en.next_on_reserve(klass.id).id == earlier.id


@pytest.mark.parametrize("leaving, reason", [("withdrew", ""), ("dismissed", "Tidak hadir 4 hari"),
                                             ("not_passed", "Berkas palsu")])
def test_every_way_of_giving_a_seat_back_proposes_a_reserve(w, leaving, reason):
    klass = small_class(w, "SBP-CADANGAN", capacity=1)
    seated = moved(w, registered(w, klass, "Ani"), "passed_selection")
    if leaving == "dismissed":
        seated = moved(w, seated, "enrolled")
    waiting = moved(w, registered(w, klass, "Budi"), "reserve")

    _, _, proposal = en.change_status(w.store, seated.id, leaving, reason=reason)

    assert proposal.id == waiting.id


def test_no_proposal_without_a_free_seat_a_reserve_or_a_class_still_filling(w):
    klass = small_class(w, "SBP-CADANGAN", capacity=2)
    first, second = (moved(w, registered(w, klass, n), "passed_selection") for n in ("Ani", "Budi"))
    # No one on the list.
    assert en.change_status(w.store, first.id, "withdrew")[2] is None
    moved(w, registered(w, klass, "Citra"), "reserve")
    # Over capacity (lowered after seating): one leaving still leaves the class full.
    extra = moved(w, registered(w, klass, "Dedi"), "passed_selection")
    klass.capacity = 1
    w.store.save(klass)
    assert en.change_status(w.store, extra.id, "withdrew")[2] is None
    # A finished class offers no seat.
    klass.capacity, klass.status = 2, m.ClassStatus.FINISHED
    w.store.save(klass)
    assert en.change_status(w.store, second.id, "withdrew")[2] is None


# --- clashes with the person's other classes ----------------------------------------------------


@pytest.fixture
def two_classes(w):
    """Siti holds a seat in the scenario's class; another class meets at the same hours."""
    day = dt.date(2026, 11, 9)
    mine = session(w.store, w.klass, day, "08:00", "12:00")
    session(w.store, w.klass, day + dt.timedelta(days=1), "08:00", "12:00")
    other = small_class(w, "STB-LAS-2026-01", capacity=10, institution=w.stb.id, room=w.workshop.id)
    theirs = [session(w.store, other, day, "10:00", "14:00", room=w.workshop),
              session(w.store, other, day + dt.timedelta(days=1), "10:00", "14:00", room=w.workshop)]
    siti = person(w.store, "Siti Aminah")
    moved(w, en.register(w.store, siti.id, w.klass.id)[0], "passed_selection")
    return siti, other, mine, theirs


def test_registering_into_a_clashing_class_warns(w, two_classes):
    siti, other, _, _ = two_classes

    _, warnings = en.register(w.store, siti.id, other.id)

    assert [(p.field, p.code) for p in warnings] == [("status", "schedule_overlap")]
    text = warnings[0].message("en")
    assert "SBP-JHT-2026-01 (LPK-SBP)" in text and "2 session(s)" in text and "Monday" in text


def test_a_seat_whose_sessions_clash_is_refused_unless_a_reason_accepts_it(w, two_classes):
    siti, other, mine, theirs = two_classes
    enrollment = en.register(w.store, siti.id, other.id)[0]

    failure = refused(en.change_status, w.store, enrollment.id, "passed_selection")

    assert error_fields(failure) == {"status": "schedule_clash"}
    assert "Siti Aminah" in failure.render("id") and "SBP-JHT-2026-01" in failure.render("id")
    assert m.Enrollment.get_by_id(enrollment.id).status == "registered"

    enrollment, warnings, _ = en.change_status(w.store, enrollment.id, "passed_selection",
                                               override_reason="Kelas las hanya sore hari")
    assert enrollment.status == "passed_selection"
    assert [p.code for p in warnings] == ["schedule_clash_accepted"]
    accepted = [(o.session_id, o.other_session_id, o.kind, o.subject_id, o.reason)
                for o in m.ConflictOverride.select().order_by(m.ConflictOverride.session)]
    assert accepted == [(mine.id, theirs[0].id, "participant", siti.id, "Kelas las hanya sore hari"),
                        (mine.id + 1, theirs[1].id, "participant", siti.id, "Kelas las hanya sore hari")]
    clashes = [c for c in all_conflicts() if c.kind == "participant"]
    assert clashes and all(c.overridden for c in clashes)


def test_withdrawn_seats_clash_with_nothing(w, two_classes):
    siti, other, _, _ = two_classes
    first = m.Enrollment.get(m.Enrollment.participant == siti.id)
    en.change_status(w.store, first.id, "withdrew")
    enrollment = en.register(w.store, siti.id, other.id)[0]
    assert moved(w, enrollment, "passed_selection").status == "passed_selection"
    assert m.ConflictOverride.select().count() == 0


# --- Kartu Prakerja -----------------------------------------------------------------------------


@pytest.fixture
def prakerja(w):
    return small_class(w, "SBP-PRAKERJA", capacity=5, funding=m.Funding.PRAKERJA)


def test_a_prakerja_registration_takes_a_code_and_warns_without_a_card(w, prakerja):
    siti = person(w.store, "Siti")
    enrollment, warnings = en.register(w.store, siti.id, prakerja.id,
                                       prakerja_redeem_code=" abcd-1234 efgh ")
    assert m.Enrollment.get_by_id(enrollment.id).prakerja_redeem_code == "ABCD1234EFGH"
    assert [(p.field, p.code) for p in warnings] == [("prakerja_card_number", "prakerja_card_missing")]

    carded = person(w.store, "Budi", prakerja_card_number="1234567890123456")
    assert en.register(w.store, carded.id, prakerja.id)[1] == ()
    # A code for a class paid another way is kept, with a word of doubt.
    _, warnings = en.register(w.store, carded.id, w.klass.id, prakerja_redeem_code="ZZZZ9999")
    assert [p.code for p in warnings] == ["class_not_prakerja"]


def test_a_redeem_code_is_single_use_across_the_database(w, prakerja):
    siti = person(w.store, "Siti Aminah", nik="6311014101900001")
    en.register(w.store, siti.id, prakerja.id, prakerja_redeem_code="ABCD1234")
    budi = person(w.store, "Budi")

    failure = refused(en.register, w.store, budi.id, prakerja.id, prakerja_redeem_code="abcd-1234")
    assert error_fields(failure) == {"prakerja_redeem_code": "redeem_code_taken"}
    assert "Siti Aminah" in failure.render("en") and "6311014101900001" in failure.render("en")
    assert "SBP-PRAKERJA" in failure.render("id")

    enrollment = en.register(w.store, budi.id, prakerja.id)[0]
    failure = refused(en.set_prakerja, w.store, enrollment.id, redeem_code="ABCD1234")
    assert error_fields(failure) == {"prakerja_redeem_code": "redeem_code_taken"}
    assert error_fields(refused(en.register, w.store, person(w.store, "Cici").id, prakerja.id,
                                prakerja_redeem_code="A*B")) == {
        "prakerja_redeem_code": "redeem_code_invalid"}


def test_set_prakerja_records_card_code_and_redemption(w, prakerja):
    enrollment = moved(w, registered(w, prakerja, "Siti"), "passed_selection")
    at = dt.datetime(2026, 11, 2, 1, 0)

    enrollment, warnings = en.set_prakerja(w.store, enrollment.id, card_number="1234 5678 9012 3456",
                                           redeem_code="kode0001", redeemed_at=at)

    stored = m.Enrollment.get_by_id(enrollment.id)
    assert (stored.prakerja_redeem_code, stored.prakerja_redeemed_at) == ("KODE0001", at)
    assert stored.participant.prakerja_card_number == "1234567890123456"
    assert warnings == ()
    # None leaves a value alone; the same code again is this enrollment's own.
    en.set_prakerja(w.store, enrollment.id, redeem_code="KODE0001")
    assert m.Enrollment.get_by_id(enrollment.id).prakerja_redeemed_at == at
    # An aware time is stored as UTC.
    wib = dt.timezone(dt.timedelta(hours=7))
    en.set_prakerja(w.store, enrollment.id, redeemed_at=dt.datetime(2026, 11, 2, 9, 30, tzinfo=wib))
    assert m.Enrollment.get_by_id(enrollment.id).prakerja_redeemed_at == dt.datetime(2026, 11, 2, 2, 30)
    # "" clears.
    en.set_prakerja(w.store, enrollment.id, redeemed_at="", card_number="")
    stored = m.Enrollment.get_by_id(enrollment.id)
    assert stored.prakerja_redeemed_at is None and stored.participant.prakerja_card_number is None
    assert stored.prakerja_redeem_code == "KODE0001"


def test_set_prakerja_refusals_name_their_fields(w, prakerja):
    enrollment = moved(w, registered(w, prakerja, "Siti"), "passed_selection")
    failure = refused(en.set_prakerja, w.store, enrollment.id, card_number="12345",
                      redeemed_at=utcnow())
    assert error_fields(failure) == {"prakerja_card_number": "prakerja_card_invalid",
                                     "prakerja_redeemed_at": "redeem_code_missing"}
    failure = refused(en.set_prakerja, w.store, enrollment.id, redeem_code="KODE0001",
                      redeemed_at=utcnow() + dt.timedelta(days=1))
    assert error_fields(failure) == {"prakerja_redeemed_at": "in_future"}
    assert error_fields(refused(en.set_prakerja, w.store, enrollment.id, redeem_code="KODE0001",
                                redeemed_at="kemarin")) == {"prakerja_redeemed_at": "not_a_time"}

    en.set_prakerja(w.store, enrollment.id, redeem_code="KODE0001", redeemed_at=dt.datetime(2026, 1, 5))
    failure = refused(en.set_prakerja, w.store, enrollment.id, redeem_code="KODE0002")
    assert error_fields(failure) == {"prakerja_redeem_code": "redeem_code_redeemed"}
    assert "5 January 2026" in failure.render("en")
    # Clearing the redemption first lets the code be corrected.
    en.set_prakerja(w.store, enrollment.id, redeem_code="KODE0002", redeemed_at="")
    assert m.Enrollment.get_by_id(enrollment.id).prakerja_redeem_code == "KODE0002"


def test_redeeming_without_a_seat_or_outside_prakerja_warns(w, prakerja):
    waiting = registered(w, prakerja, "Siti")
    _, warnings = en.set_prakerja(w.store, waiting.id, redeem_code="KODE0001",
                                  redeemed_at=dt.datetime(2026, 1, 5))
    assert [(p.field, p.code) for p in warnings] == [("prakerja_redeemed_at", "redeemed_without_seat")]
    other = moved(w, registered(w, w.klass, "Budi"), "passed_selection")
    _, warnings = en.set_prakerja(w.store, other.id, redeem_code="KODE0002")
    assert [p.code for p in warnings] == ["class_not_prakerja"]
    assert "Kartu Prakerja" in warnings[0].message("en")


def test_unredeemed_lists_the_seated_of_a_prakerja_class_only(w, prakerja):
    ani = moved(w, registered(w, prakerja, "Ani"), "passed_selection", "enrolled")
    budi = moved(w, registered(w, prakerja, "Budi"), "passed_selection")
    moved(w, registered(w, prakerja, "Citra"), "reserve")
    done = moved(w, registered(w, prakerja, "Dedi"), "passed_selection")
    en.set_prakerja(w.store, budi.id, redeem_code="KODE0001")
    en.set_prakerja(w.store, done.id, redeem_code="KODE0002", redeemed_at=dt.datetime(2026, 1, 5))

    rows = en.unredeemed(prakerja.id)

    assert [(r["full_name"], r["status"], r["prakerja_redeem_code"]) for r in rows] == [
        ("Ani", "enrolled", None), ("Budi", "passed_selection", "KODE0001")]
    assert rows[0]["enrollment_id"] == ani.id and rows[0]["nik"]
    moved(w, registered(w, w.klass, "Eko"), "passed_selection")
    assert en.unredeemed(w.klass.id) == []


# --- the class's roster -------------------------------------------------------------------------


def test_the_roster_puts_seats_first_and_the_reserve_list_in_order(w):
    klass = small_class(w, "SBP-DAFTAR", capacity=2)
    moved(w, registered(w, klass, "Zaenal"), "passed_selection", "enrolled")
    moved(w, registered(w, klass, "Ani"), "passed_selection")
    moved(w, registered(w, klass, "Budi"), "reserve")
    moved(w, registered(w, klass, "Aan"), "reserve", reserve_rank=1)
    registered(w, klass, "Citra")
    moved(w, registered(w, klass, "Dedi"), "not_passed", reason="Berkas tidak lengkap")

    rows = en.class_roster(klass.id)

    assert [(r["full_name"], r["status"], r["reserve_rank"]) for r in rows] == [
        ("Zaenal", "enrolled", None), ("Ani", "passed_selection", None), ("Citra", "registered", None),
        ("Aan", "reserve", 1), ("Budi", "reserve", 2), ("Dedi", "not_passed", None)]
    assert rows[-1]["reason"] == "Berkas tidak lengkap" and rows[-1]["since"] is not None
    assert {"enrollment_id", "participant_id", "nik", "full_name", "phone", "status", "status_label",
            "reserve_rank", "registered_at", "since", "reason", "prakerja_card_number",
            "prakerja_redeem_code", "prakerja_redeemed_at"} <= set(rows[0])
    assert rows[0]["status_label"].render("en") == "In training"


# --- all or nothing -----------------------------------------------------------------------------


def test_a_refused_clash_leaves_no_trace_not_even_the_status_saved_before_the_check(w, two_classes):
    siti, other, _, _ = two_classes
    enrollment = en.register(w.store, siti.id, other.id)[0]
    with writes_nothing(), pytest.raises(ValidationFailed):
        en.change_status(w.store, enrollment.id, "passed_selection")
    assert [h["status"] for h in en.status_history(enrollment.id)] == ["registered"]


def test_every_change_is_audited_with_its_history_row(w):
    enrollment = registered(w, w.klass, "Siti")
    with acting_as("clerk:budi"):
        en.change_status(w.store, enrollment.id, "passed_selection", reason="Lulus wawancara")
    changes = [json.loads(a.changes) for a in m.AuditLog.select().where(
        m.AuditLog.table_name == "enrollment", m.AuditLog.action == "update",
        m.AuditLog.username == "clerk:budi")]
    assert changes == [{"status": ["registered", "passed_selection"]}]
    assert en.status_history(enrollment.id)[-1]["user"] == "clerk:budi"


# --- the demo follows the same rules ------------------------------------------------------------


def test_demo_data_keeps_the_enrollment_rules(store):
    fill_demo(store, participants=150, seed=5)
    seated: dict[int, int] = {}
    for enrollment in m.Enrollment.select():
        steps = en.status_history(enrollment.id)
        assert steps and steps[0]["old_status"] is None and steps[-1]["status"] == enrollment.status
        for before, after in zip(steps, steps[1:]):
            assert after["old_status"] == before["status"]
            assert not en.is_correction(after["old_status"], after["status"])
        assert (enrollment.status == "reserve") == (enrollment.reserve_rank is not None)
        if enrollment.status in SEATED:
            seated[enrollment.training_class_id] = seated.get(enrollment.training_class_id, 0) + 1
    for klass in m.TrainingClass.select():
        assert seated.get(klass.id, 0) <= klass.capacity, klass.code
    assert not [c for c in all_conflicts() if c.kind == "participant" and not c.overridden]


def test_two_pcs_taking_the_last_seat_at_once_seat_only_one(w, monkeypatch):
    klass = small_class(w, "SBP-SATU", capacity=1)
    first, second = (registered(w, klass, name) for name in ("Ani", "Budi"))
    counted = en.seats_taken

    def slow_count(*args, **kwargs):
        # Widens the moment between counting the seats and saving the new status.
        found = counted(*args, **kwargs)
        time.sleep(0.3)
        return found

    monkeypatch.setattr(en, "seats_taken", slow_count)
    outcomes: dict[int, str] = {}

    def seat(enrollment_id: int) -> None:
        try:
            en.change_status(w.store, enrollment_id, "passed_selection")
            outcomes[enrollment_id] = "seated"
        except ValidationFailed as failure:
            outcomes[enrollment_id] = error_fields(failure)["status"]
        finally:
            w.store.db.close()

    threads = [threading.Thread(target=seat, args=(e.id,)) for e in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == ["class_full", "seated"]
    assert en.seats_taken(klass.id) == 1
