"""The demo data: realistic, consistent with itself, reproducible, and fast at scale."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections import Counter, defaultdict

import peewee
import phonenumbers
import pytest
from stdnum.id import nik as stdnum_nik

from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.demo import DemoSummary, fill_demo, names
from lpks_desktop.core.signing.verify import verify_payload
from lpks_desktop.core.store import Store
from lpks_desktop.core.validation.nik import check_nik
from lpks_desktop.core.validation.phone import check_phone
from lpks_desktop.core.validation.skkni import check_unit_code

TODAY = dt.date(2026, 11, 25)  # a Wednesday
# The two SKKNI shapes: KBLI category letter (A-U) based, and the older sector style.
CURRENT_UNIT = re.compile(r"[A-U]\.\d{6}\.\d{3}\.\d{2}")
OLDER_UNIT = re.compile(r"[A-Z]{2,4}\.[A-Z]{2,4}\d{2}\.\d{3}\.\d{2}")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
S = m.EnrollmentStatus
ADMITTED = {S.ENROLLED, S.COMPLETED, S.WITHDREW, S.DISMISSED}


@pytest.fixture
def demo(store) -> DemoSummary:
    return fill_demo(store, participants=400, seed=11, today=TODAY)


def _by_id(model):
    return {row.id: row for row in model.select()}


def test_counts_match_the_summary_and_are_plausible(store, demo):
    for table, count in demo.counts().items():
        model = next(model for model in m.ALL_MODELS if model._meta.table_name == table)
        assert model.select().count() == count, table
    assert demo.institutions == 3
    assert 8 <= demo.programs <= 12
    assert 15 <= demo.trainers <= 25
    assert demo.participants == 400
    assert demo.seconds > 0
    institutions = list(m.Institution.select())
    assert {i.foundation for i in institutions} == {"Yayasan Sapta Bangun Persada"}
    for column in ("code", "name", "registration_number", "license_number", "business_id"):
        assert len({getattr(i, column) for i in institutions}) == 3, column
    assert all(i.city == "Kabupaten Balangan" and i.head_name and i.head_title for i in institutions)
    assert {len(list(i.rooms)) > 1 for i in institutions} == {True}

    roles = {user.role: user for user in m.User.select()}
    assert set(roles) == set(m.Role.values())
    assert roles[m.Role.TRAINER].trainer is not None

    assert json.loads(m.Setting.get(m.Setting.key == "minutes_per_jp",
                                    m.Setting.institution.is_null()).value) == 45
    papers = {s.institution_id: json.loads(s.value)
              for s in m.Setting.select().where(m.Setting.key == "default_paper")}
    assert set(papers) == {i.id for i in institutions} and set(papers.values()) <= {"A4", "F4"}

    entry = m.AuditLog.get(m.AuditLog.action == "demo")
    assert entry.table_name == "database" and json.loads(entry.changes)["participant"] == 400


def test_participant_niks_are_valid_and_agree_with_birth_date_and_sex(store, demo):
    people = list(m.Participant.select())
    assert len({p.nik for p in people}) == 400
    balangan = 0
    for person in people:
        nik = person.nik
        assert stdnum_nik.is_valid(nik), nik
        assert nik.startswith("63")
        balangan += nik.startswith("6311")
        day = int(nik[6:8])
        assert (day > 40) == (person.sex == "P"), (nik, person.sex)
        birth = person.birth_date
        assert (day % 40, int(nik[8:10]), int(nik[10:12])) == \
            (birth.day, birth.month, birth.year % 100), (nik, birth)
        age = TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))
        assert 17 <= age <= 55
        assert person.full_name.strip() and person.birth_place and person.village and person.district
        assert person.province == "Kalimantan Selatan"
        assert check_nik(nik, birth_date=birth, sex=person.sex).problems == ()  # not even warnings
        number = phonenumbers.parse(person.phone)
        assert phonenumbers.is_valid_number(number) and person.phone.startswith("+628")
        assert check_phone(person.phone).value == person.phone
        assert person.prakerja_card_number is None or re.fullmatch(r"\d{16}", person.prakerja_card_number)
    assert balangan > 0.6 * len(people)
    assert any(p.prakerja_card_number for p in people)


def test_names_cover_what_clerks_meet():
    rng = random.Random(3)
    drawn = [names.person_name(rng, sex)[0] for sex in "LP" * 2500]
    assert any("'" in name for name in drawn)
    assert any(" " not in name for name in drawn)  # one-word names
    assert any(len(name) > 40 for name in drawn)
    assert any(not name.isascii() for name in drawn)  # diacritics: "Renée", "Zoë"
    groups = Counter(names.person_name(rng, "L")[1] for _ in range(2000))
    assert groups.most_common(1)[0][0] == "banjar" and len(groups) >= 6
    balangan = names.REGENCIES[0]
    assert {d.name for d in balangan.districts} >= {
        "Paringin", "Paringin Selatan", "Lampihong", "Juai", "Halong", "Awayan", "Batumandi",
        "Tebing Tinggi"}


def test_units_have_skkni_codes_and_jp_adding_up(store, demo):
    shapes = set()
    for program in m.Program.select():
        units = list(program.units.order_by(m.CompetencyUnit.position))
        assert units and sum(u.jp for u in units) == program.total_jp
        assert 80 <= program.total_jp <= 240 and program.min_attendance_pct in (80, 90)
        for unit in units:
            shapes.add("current" if CURRENT_UNIT.fullmatch(unit.code) else
                       "older" if OLDER_UNIT.fullmatch(unit.code) else unit.code)
            assert check_unit_code(unit.code).value == unit.code
            assert unit.title and unit.jp > 0
    assert shapes == {"current", "older"}


def test_classes_lie_in_past_present_and_future(store, demo):
    kinds = Counter()
    for klass in m.TrainingClass.select():
        assert re.fullmatch(r"(SBP|STB|SDP)-[A-Z]{3}-\d{4}-\d{2}", klass.code), klass.code
        assert klass.code.endswith(f"{klass.start_date.year}-{klass.batch:02d}")
        assert klass.institution_id == klass.program.institution_id
        assert klass.room.institution_id == klass.institution_id
        if klass.status == m.ClassStatus.FINISHED:
            assert klass.end_date < TODAY
            kinds["past"] += 1
        elif klass.status == m.ClassStatus.RUNNING:
            assert klass.start_date <= TODAY <= klass.end_date
            kinds["present"] += 1
        else:
            assert klass.status in (m.ClassStatus.OPEN, m.ClassStatus.PLANNED)
            assert klass.start_date > TODAY
            kinds["future"] += 1
    assert kinds["past"] and kinds["present"] and kinds["future"]


def test_sessions_cover_the_program_on_weekdays_without_room_clashes(store, demo):
    units = _by_id(m.CompetencyUnit)
    competencies = defaultdict(set)
    for row in m.TrainerCompetency.select():
        competencies[row.trainer_id].add(row.unit_code)
    trainers = defaultdict(list)
    for row in m.SessionTrainer.select():
        trainers[row.session_id].append(row)
    by_room_day = defaultdict(list)
    for klass in m.TrainingClass.select():
        sessions = list(klass.sessions.order_by(m.ClassSession.date, m.ClassSession.start_time))
        assert sum(s.jp for s in sessions) == klass.program.total_jp
        assert sessions[0].date == klass.start_date and sessions[-1].date == klass.end_date
        positions = [units[s.unit_id].position for s in sessions]
        assert positions == sorted(positions)  # units taught in order
        for session in sessions:
            assert session.date.weekday() < 5, session.date
            assert session.end_time > session.start_time
            assert dt.time(8) <= session.start_time and session.end_time <= dt.time(16)
            # Held means the trainer journal is written; the last two days' may still be pending.
            assert (session.status == m.SessionStatus.HELD) == (session.journal_jp is not None)
            if session.date < TODAY - dt.timedelta(days=2):
                assert session.status == m.SessionStatus.HELD and session.journal_taught
            elif session.date >= TODAY:
                assert session.status == m.SessionStatus.PLANNED
            leads = [t for t in trainers[session.id] if t.role == m.TrainerRole.LEAD]
            assert len(leads) == 1
            assert units[session.unit_id].code in competencies[leads[0].trainer_id]
            by_room_day[session.room_id, session.date].append((session.start_time, session.end_time))
    for slots in by_room_day.values():
        slots.sort()
        assert all(a[1] <= b[0] for a, b in zip(slots, slots[1:]))


def test_demo_schedules_have_no_clashes(store, demo):
    from lpks_desktop.core.services.conflicts import all_conflicts

    assert all_conflicts() == []


def test_attendance_only_for_held_sessions_of_the_enrollments_class(store, demo):
    sessions = _by_id(m.ClassSession)
    enrollments = _by_id(m.Enrollment)
    marks = Counter()
    per_enrollment = Counter()
    for mark in m.AttendanceMark.select():
        session, enrollment = sessions[mark.session_id], enrollments[mark.enrollment_id]
        assert session.date < TODAY
        assert enrollment.training_class_id == session.training_class_id
        assert enrollment.status in ADMITTED
        marks[mark.mark] += 1
        per_enrollment[enrollment.id] += 1
    assert marks[m.Mark.PRESENT] > 0.85 * sum(marks.values())
    assert set(marks) == set(m.Mark.values())
    held = Counter(s.training_class_id for s in sessions.values() if s.date < TODAY)
    for enrollment in enrollments.values():
        if enrollment.status in (S.COMPLETED, S.ENROLLED):
            assert per_enrollment[enrollment.id] == held[enrollment.training_class_id]


def test_enrollments_follow_a_consistent_history(store, demo):
    classes = _by_id(m.TrainingClass)
    history = defaultdict(list)
    for change in m.EnrollmentStatusChange.select().order_by(m.EnrollmentStatusChange.id):
        history[change.enrollment_id].append(change)
    allowed = {m.ClassStatus.FINISHED: {S.COMPLETED, S.WITHDREW, S.DISMISSED, S.NOT_PASSED},
               m.ClassStatus.RUNNING: {S.ENROLLED, S.NOT_PASSED},
               m.ClassStatus.OPEN: {S.REGISTERED, S.PASSED_SELECTION, S.RESERVE, S.NOT_PASSED},
               m.ClassStatus.PLANNED: {S.REGISTERED}}
    admitted = Counter()
    reserve_ranks = defaultdict(list)
    seen = Counter()
    for enrollment in m.Enrollment.select():
        klass = classes[enrollment.training_class_id]
        assert enrollment.status in allowed[klass.status]
        seen[enrollment.status] += 1
        changes = history[enrollment.id]
        assert changes[0].old_status is None and changes[0].new_status == S.REGISTERED
        assert changes[0].changed_at == enrollment.registered_at
        assert changes[-1].new_status == enrollment.status
        for before, after in zip(changes, changes[1:]):
            assert after.old_status == before.new_status
            assert after.changed_at > before.changed_at
        assert changes[-1].changed_at.date() <= TODAY
        if enrollment.status in ADMITTED | {S.PASSED_SELECTION}:
            admitted[klass.id] += 1
        if enrollment.status == S.RESERVE:
            reserve_ranks[klass.id].append(enrollment.reserve_rank)
        if enrollment.prakerja_redeem_code:
            assert klass.funding == m.Funding.PRAKERJA
    for class_id, count in admitted.items():
        assert count <= classes[class_id].capacity
    for ranks in reserve_ranks.values():
        assert sorted(ranks) == list(range(1, len(ranks) + 1))
    assert seen[S.COMPLETED] and seen[S.ENROLLED] and seen[S.REGISTERED] and seen[S.NOT_PASSED]


def test_certificates_go_to_eligible_people_with_unbroken_numbers(store, demo):
    enrollments = _by_id(m.Enrollment)
    classes = _by_id(m.TrainingClass)
    results = defaultdict(set)
    for assessment in m.Assessment.select():
        enrollment = enrollments[assessment.enrollment_id]
        assert enrollment.status == S.COMPLETED
        assert classes[enrollment.training_class_id].status == m.ClassStatus.FINISHED
        results[enrollment.id].add(assessment.result)
    assert {m.Result.COMPETENT, m.Result.NOT_YET_COMPETENT} <= set().union(*results.values())

    certificates = list(m.Certificate.select().order_by(m.Certificate.id))
    assert certificates
    assert len({c.number for c in certificates}) == len(certificates)
    sequences = defaultdict(list)
    for certificate in certificates:
        enrollment = enrollments[certificate.enrollment_id]
        klass = classes[enrollment.training_class_id]
        assert enrollment.status == S.COMPLETED and results[enrollment.id] == {m.Result.COMPETENT}
        assert certificate.institution_id == klass.institution_id
        assert klass.end_date < certificate.issued_on <= TODAY
        code = klass.institution.code
        assert certificate.number == (f"{certificate.sequence_value:03d}/{code}/CERT/"
                                      f"{ROMAN[certificate.issued_on.month - 1]}/{certificate.year}")
        assert certificate.year == certificate.issued_on.year
        sequences[certificate.institution_id, certificate.year].append(certificate.sequence_value)
    for values in sequences.values():
        assert sorted(values) == list(range(1, len(values) + 1))
    stored = {(s.institution_id, s.year): s.last_value
              for s in m.NumberSequence.select().where(m.NumberSequence.kind == "certificate")}
    assert stored == {key: max(values) for key, values in sequences.items()}

    replaced = [c for c in certificates if c.status == m.CertificateStatus.REPLACED]
    assert len(replaced) == 1 and replaced[0].revoke_reason and replaced[0].revoked_at
    reissue = [c for c in certificates if c.replaces_id == replaced[0].id]
    assert len(reissue) == 1 and reissue[0].status == m.CertificateStatus.VALID
    assert reissue[0].enrollment_id == replaced[0].enrollment_id
    assert reissue[0].participant_name != replaced[0].participant_name  # the misspelling fixed
    revoked = [c for c in certificates if c.status == m.CertificateStatus.REVOKED]
    assert len(revoked) == 1 and revoked[0].revoke_reason and revoked[0].revoked_at
    assert not any(c.enrollment_id == revoked[0].enrollment_id and c.status == m.CertificateStatus.VALID
                   for c in certificates)
    # Every certificate carries its snapshot and a code its institution's key signed.
    keys = {k.institution_id: k.key_id for k in m.SigningKey.select()}
    expected = {m.CertificateStatus.VALID: "genuine", m.CertificateStatus.REVOKED: "revoked",
                m.CertificateStatus.REPLACED: "replaced"}
    for certificate in certificates:
        assert certificate.key_id == keys[certificate.institution_id]
        assert certificate.participant_name and certificate.program_name and certificate.total_jp
        assert verify_payload(certificate.payload).verdict == expected[certificate.status]


def test_trainers_have_competencies_and_some_lapsing_certifications(store, demo):
    for trainer in m.Trainer.select():
        assert phonenumbers.is_valid_number(phonenumbers.parse(trainer.phone))
        assert trainer.nik is None or stdnum_nik.is_valid(trainer.nik)
        codes = [c.unit_code for c in trainer.competencies]
        assert codes and all(CURRENT_UNIT.fullmatch(c) or OLDER_UNIT.fullmatch(c) for c in codes)
    expiries = [c.expires_on for c in m.TrainerCertification.select()]
    assert any(day < TODAY for day in expiries)
    assert any(TODAY <= day <= TODAY + dt.timedelta(days=60) for day in expiries)
    assert any(t.nik is None for t in m.Trainer.select())


def test_new_records_get_fresh_ids_after_the_demo(store, demo):
    # On PostgreSQL this fails unless the SERIAL sequences were moved past the demo's ids.
    institution = m.Institution.get(m.Institution.code == "LPK-SBP")
    room = store.save(m.Room(institution=institution, name="Ruang Baru", capacity=10))
    assert room.id == demo.rooms + 1
    person = store.save(m.Participant(nik="6311040101990001", full_name="Baru", sex="L"))
    assert person.id == demo.participants + 1


def _digest() -> str:
    digest = hashlib.sha256()
    for model in (m.Participant, m.TrainingClass, m.Enrollment, m.AttendanceMark, m.Certificate):
        for row in model.select().order_by(model.id).tuples():
            digest.update(repr(tuple(str(value) for value in row)).encode())
    return digest.hexdigest()


def test_same_seed_and_day_give_identical_data(store, tmp_path):
    fill_demo(store, participants=150, seed=42, today=TODAY)
    first = _digest()
    other = Store.open(parse_location(str(tmp_path / "second.db")))
    try:
        fill_demo(other, participants=150, seed=42, today=TODAY)
        assert _digest() == first
    finally:
        other.close()
        m.database.initialize(store.db)  # give the fixture's database back to the models
    third = Store.open(parse_location(str(tmp_path / "third.db")))
    try:
        fill_demo(third, participants=150, seed=43, today=TODAY)
        assert _digest() != first
    finally:
        third.close()
        m.database.initialize(store.db)


def test_a_failure_leaves_the_database_empty(store):
    def progress(done, total, label):
        if total and done >= 1000:
            raise KeyboardInterrupt  # as when the user closes the window mid-way

    with pytest.raises(KeyboardInterrupt):
        fill_demo(store, participants=2000, seed=1, today=TODAY, progress=progress)
    for model in (m.Institution, m.Participant, m.AuditLog):
        assert model.select().count() == 0


def test_progress_is_reported_up_to_the_total(store):
    calls = []
    summary = fill_demo(store, participants=50, seed=2, today=TODAY,
                        progress=lambda *args: calls.append(args))
    writing = [(done, total) for done, total, _ in calls if total]
    assert writing[-1][0] == writing[-1][1] == sum(summary.counts().values())
    assert [done for done, _ in writing] == sorted(done for done, _ in writing)
    assert all(isinstance(label, str) and label for _, _, label in calls)


def test_scaled_run_on_a_sunday(store):
    sunday = dt.date(2027, 2, 28)
    summary = fill_demo(store, participants=3000, seed=5, today=sunday)
    assert m.Participant.select().count() == 3000
    assert summary.training_classes == 120
    statuses = Counter(c.status for c in m.TrainingClass.select())
    assert statuses[m.ClassStatus.RUNNING] and statuses[m.ClassStatus.FINISHED] \
        and statuses[m.ClassStatus.OPEN]
    never_enrolled = (m.Participant.select().join(m.Enrollment, peewee.JOIN.LEFT_OUTER)
                      .where(m.Enrollment.id.is_null()).count())
    assert never_enrolled == 0
    assert m.ClassSession.select().where(m.ClassSession.date == sunday).count() == 0


def test_tiny_unseeded_demo_still_consistent(store):
    summary = fill_demo(store, participants=20)
    assert summary.participants == 20
    for klass in m.TrainingClass.select():
        taken = klass.enrollments.where(m.Enrollment.status.in_(ADMITTED)).count()
        assert taken <= klass.capacity



def test_every_institution_has_a_logo_and_its_heads_signature(store, demo):
    import io

    from PIL import Image

    from lpks_desktop.core.demo.images import logo_png, signature_png

    for institution in m.Institution.select():
        for data, size in ((institution.logo, (240, 240)), (institution.head_signature, (420, 140))):
            image = Image.open(io.BytesIO(bytes(data)))
            assert image.format == "PNG" and image.size == size and image.mode == "RGBA"
            # Something is drawn, on a transparent ground that lets the paper show through.
            alpha = image.getchannel("A")
            assert alpha.getextrema() == (0, 255)
        # Drawn from the code alone: the same demo every time.
        assert bytes(institution.logo) == logo_png(institution.code)
        assert bytes(institution.head_signature) == signature_png(institution.code)
    logos = {bytes(i.logo) for i in m.Institution.select()}
    assert len(logos) == m.Institution.select().count()
