"""Issue, reissue and revoke: numbered, snapshotted and signed; refused with reasons and
nothing written; every change audited; a number never used twice."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import certificate_world
from certificate_world import AFTER, ISSUED_ON
from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.certificates import (
    certificate,
    certificate_register,
    certificates_to_print,
    class_certificates,
    issue_certificates,
    mark_printed,
    reissue_certificate,
    revoke_certificate,
)
from lpks_desktop.core.signing.verify import verify_payload
from record_checks import writes_nothing


def _refused(call, *args, **kwargs) -> UserError:
    with writes_nothing(), pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    english, indonesian = caught.value.render("en"), caught.value.render("id")
    assert english and indonesian and english != indonesian
    return caught.value


def _audit(action: str) -> list[m.AuditLog]:
    return list(m.AuditLog.select().where(m.AuditLog.action == action,
                                          m.AuditLog.table_name == "certificate")
                .order_by(m.AuditLog.id))


def test_issue_numbers_snapshots_and_signs_every_eligible_person(store):
    world = certificate_world.build(store, participants=4, marks=["HHHH", "HHHH", "AAAA", "HHHH"],
                                    results=["KK", "KK", "KK", "KB"])
    outcome = issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER)
    assert [(c.participant_name, c.number) for c in outcome.issued] == [
        ("Ani Suryani", "001/LPK-SBP/CERT/XII/2026"), ("Budi Hartono", "002/LPK-SBP/CERT/XII/2026")]
    skipped = {eid: why.render("en") for eid, why in outcome.skipped}
    citra, dewi = world.enrollments[2].id, world.enrollments[3].id
    assert set(skipped) == {citra, dewi}
    assert "Attendance 0.0%" in skipped[citra] and "C.141000.002.02" in skipped[dewi]
    first = outcome.issued[0]
    assert first.status == "valid" and first.issued_on == ISSUED_ON
    assert first.issued_place == "Paringin"  # the institution's city
    assert (first.program_name, first.start_date, first.end_date, first.total_jp) == (
        "Menjahit Pakaian Wanita", dt.date(2026, 11, 2), dt.date(2026, 11, 30), 20)
    assert (first.class_code, first.nik, first.year, first.sequence_value) == (
        "SBP-JHT-2026-01", "3171010100000001", 2026, 1)
    key = m.SigningKey.get(m.SigningKey.institution == world.institution.id)
    assert first.key_id == key.key_id and key.active
    verdict = verify_payload(first.payload)
    assert verdict.verdict == "genuine"
    assert (verdict.claim.number, verdict.claim.name) == (first.number, "Ani Suryani")
    assert [a.row_id for a in _audit("issue")] == [c.id for c in outcome.issued]
    assert json.loads(_audit("issue")[0].changes)["number"] == first.number
    sequence = m.NumberSequence.get(m.NumberSequence.institution == world.institution.id)
    assert (sequence.year, sequence.last_value) == (2026, 2)


def test_the_snapshot_stays_when_the_records_change(store):
    world = certificate_world.build(store, participants=1)
    issued = issue_certificates(store, world.klass.id, today=AFTER).issued[0]
    person = world.participants[0]
    person.full_name = "Ani Suryani Putri"
    store.save(person)
    world.program.name = "Menjahit Busana"
    store.save(world.program)
    again = class_certificates(world.klass.id)[0]
    assert (again.participant_name, again.program_name, again.payload) == (
        "Ani Suryani", "Menjahit Pakaian Wanita", issued.payload)


def test_issue_refused_when_nobody_qualifies_naming_who_and_why(store):
    world = certificate_world.build(store, participants=2, marks=["AAAA", "HHHH"],
                                    results=["KK", "K."])
    refusal = _refused(issue_certificates, store, world.klass.id, today=AFTER)
    english = refusal.render("en")
    assert "SBP-JHT-2026-01" in english
    assert "Ani Suryani: Attendance 0.0% is below the minimum of 80%." in english
    assert "Budi Hartono: Not assessed in C.141000.002.02." in english
    assert "Ani Suryani: Kehadiran 0,0% di bawah minimal 80%." in refusal.render("id")
    assert not m.NumberSequence.select().exists()


def test_issue_to_chosen_people(store):
    world = certificate_world.build(store, participants=3, marks=["HHHH", "AAAA", "HHHH"])
    ani, budi, citra = world.enrollment_ids()
    refusal = _refused(issue_certificates, store, world.klass.id, enrollment_ids=[budi], today=AFTER)
    assert "Budi Hartono: Attendance 0.0%" in refusal.render("en")
    outcome = issue_certificates(store, world.klass.id, enrollment_ids=[citra, budi], today=AFTER)
    assert [c.participant_name for c in outcome.issued] == ["Citra Lestari"]
    assert [eid for eid, _ in outcome.skipped] == [budi]
    # Those holding one are skipped; nobody left is refused, naming the certificate held.
    refusal = _refused(issue_certificates, store, world.klass.id, enrollment_ids=[citra], today=AFTER)
    assert "Citra Lestari: Already holds certificate 001/LPK-SBP/CERT/" in refusal.render("en")
    outcome = issue_certificates(store, world.klass.id, today=AFTER)
    assert [c.participant_name for c in outcome.issued] == ["Ani Suryani"]
    assert outcome.issued[0].sequence_value == 2
    _refused(issue_certificates, store, world.klass.id, today=AFTER)


def test_someone_outside_the_class_is_skipped(store):
    world = certificate_world.build(store, participants=2)
    other = store.save(m.TrainingClass(
        institution=world.institution.id, program=world.program.id, code="SBP-JHT-2026-02",
        name="Menjahit Angkatan 2", batch=2, capacity=10, status=m.ClassStatus.OPEN,
        start_date=dt.date(2027, 1, 4), end_date=dt.date(2027, 2, 1)))
    stranger = store.save(m.Enrollment(training_class=other.id, participant=world.participants[0].id,
                                       status=m.EnrollmentStatus.ENROLLED))
    refusal = _refused(issue_certificates, store, world.klass.id, enrollment_ids=[stranger.id],
                       today=AFTER)
    assert "Ani Suryani is not a participant attending class SBP-JHT-2026-01" in refusal.render("en")


def test_a_pattern_that_repeats_a_number_is_refused_naming_it(store):
    world = certificate_world.build(store, participants=2, pattern="{seq:03d}/SERT")
    ani, budi = world.enrollment_ids()
    issue_certificates(store, world.klass.id, enrollment_ids=[ani], issued_on=ISSUED_ON,
                       today=AFTER)
    # A new year restarts the sequence; without {year} the number repeats.
    refusal = _refused(issue_certificates, store, world.klass.id, enrollment_ids=[budi],
                       issued_on=dt.date(2027, 1, 4), today=dt.date(2027, 1, 5))
    assert "Certificate number 001/SERT has been used before" in refusal.render("en")
    assert "{year}" in refusal.render("en") and "Nomor sertifikat 001/SERT" in refusal.render("id")


def test_a_number_longer_than_the_column_is_refused(store):
    world = certificate_world.build(store, participants=1, pattern="{seq}/" + "X" * 100)
    refusal = _refused(issue_certificates, store, world.klass.id, today=AFTER)
    assert "longer than 100 characters" in refusal.render("en")


def test_reissue_replaces_under_a_new_number_with_a_reason(store):
    world = certificate_world.build(store, participants=2)
    old = issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER).issued[0]
    for blank in ("", "   "):
        refusal = _refused(reissue_certificate, store, old.id, blank, today=AFTER)
        assert f"A reason is required to reissue certificate {old.number}" in refusal.render("en")
    person = world.participants[0]
    person.full_name = "Ani Suryani, S.Pd."
    store.save(person)
    new = reissue_certificate(store, old.id, "  Gelar belum tercantum  ",
                              issued_on=dt.date(2026, 12, 9), today=AFTER)
    assert new.number == "003/LPK-SBP/CERT/XII/2026" and new.status == "valid"
    assert new.participant_name == "Ani Suryani, S.Pd."
    assert (new.replaces_number, new.replaced_by_number) == (old.number, "")
    assert verify_payload(new.payload).verdict == "genuine"
    stored = class_certificates(world.klass.id)
    before = next(c for c in stored if c.id == old.id)
    assert before.status == "replaced" and before.replaced_by_number == new.number
    assert before.revoke_reason == "Gelar belum tercantum" and before.revoked_at is not None
    assert before.participant_name == "Ani Suryani"
    assert verify_payload(before.payload).verdict == "replaced"
    assert [a.row_id for a in _audit("replace")] == [old.id]
    assert json.loads(_audit("issue")[-1].changes)["reason"] == "Gelar belum tercantum"
    refusal = _refused(reissue_certificate, store, old.id, "again", today=AFTER)
    assert f"Certificate {old.number} is already replaced" in refusal.render("en")
    # The person holds the reissue: nothing more to issue to them.
    refusal = _refused(issue_certificates, store, world.klass.id, today=AFTER)
    assert f"Ani Suryani, S.Pd.: Already holds certificate {new.number}" in refusal.render("en")


def test_revoke_needs_a_reason_and_a_valid_certificate(store):
    world = certificate_world.build(store, participants=1)
    issued = issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER).issued[0]
    refusal = _refused(revoke_certificate, store, issued.id, " ")
    assert f"A reason is required to revoke certificate {issued.number}" in refusal.render("en")
    assert "Alasan wajib diisi" in refusal.render("id")
    revoked = revoke_certificate(store, issued.id, "Peserta memalsukan dokumen")
    assert revoked.status == "revoked" and revoked.revoke_reason == "Peserta memalsukan dokumen"
    assert revoked.revoked_at is not None
    assert [a.row_id for a in _audit("revoke")] == [issued.id]
    assert verify_payload(revoked.payload).verdict == "revoked"
    refusal = _refused(revoke_certificate, store, issued.id, "twice")
    assert f"Certificate {issued.number} is already revoked" in refusal.render("en")
    assert "sudah dicabut" in refusal.render("id")
    # Issuing again after a revocation is only done on purpose: a reissue of the revoked one.
    refusal = _refused(issue_certificates, store, world.klass.id, issued_on=ISSUED_ON, today=AFTER)
    assert "a new one only by deliberately reissuing" in refusal.render("en")
    again = reissue_certificate(store, issued.id, "Documents checked again", today=AFTER)
    assert again.status == "valid" and again.number != issued.number
    assert certificate(issued.id).status == "revoked"
    refusal = _refused(reissue_certificate, store, issued.id, "twice", today=AFTER)
    assert f"already holds the valid certificate {again.number}" in refusal.render("en")


def test_a_number_is_never_reused_after_revoking_or_reissuing(store):
    world = certificate_world.build(store, participants=1)
    first = issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER).issued[0]
    second = reissue_certificate(store, first.id, "Nama salah", issued_on=ISSUED_ON, today=AFTER)
    revoke_certificate(store, second.id, "Dicabut")
    third = reissue_certificate(store, second.id, "Dicabut keliru", issued_on=ISSUED_ON, today=AFTER)
    numbers = [first.number, second.number, third.number]
    assert [n.split("/")[0] for n in numbers] == ["001", "002", "003"]
    assert [c.status for c in certificate_register()] == ["replaced", "revoked", "valid"]


def test_only_valid_certificates_print(store):
    world = certificate_world.build(store, participants=3)
    issued = issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER).issued
    revoke_certificate(store, issued[1].id, "Salah terbit")
    assert [c.id for c in certificates_to_print(world.klass.id)] == [issued[0].id, issued[2].id]
    assert [c.id for c in certificates_to_print(world.klass.id, [issued[2].id, issued[0].id])] == [
        issued[0].id, issued[2].id]
    refusal = _refused(certificates_to_print, world.klass.id, [issued[0].id, issued[1].id])
    assert f"{issued[1].number} (revoked)" in refusal.render("en")
    assert f"{issued[1].number} (dicabut)" in refusal.render("id")
    mark_printed(store, [issued[0].id, issued[2].id])
    mark_printed(store, [issued[0].id])
    counts = {c.id: (c.printed_count, c.printed_at is not None)
              for c in class_certificates(world.klass.id)}
    assert counts == {issued[0].id: (2, True), issued[1].id: (0, False), issued[2].id: (1, True)}
    assert len(_audit("print")) == 2


def test_nothing_to_print_is_said(store):
    world = certificate_world.build(store, participants=1)
    refusal = _refused(certificates_to_print, world.klass.id)
    assert "SBP-JHT-2026-01 has no valid certificates" in refusal.render("en")


def test_register_order_filters_and_search(store):
    world = certificate_world.build(store, participants=3)
    ani, budi, citra = world.enrollment_ids()
    issue_certificates(store, world.klass.id, enrollment_ids=[citra], issued_on=dt.date(2026, 12, 1),
                       today=AFTER)
    issue_certificates(store, world.klass.id, enrollment_ids=[ani, budi],
                       issued_on=dt.date(2027, 1, 4), today=dt.date(2027, 1, 5))
    register = certificate_register()
    assert [(c.year, c.sequence_value, c.participant_name) for c in register] == [
        (2026, 1, "Citra Lestari"), (2027, 1, "Ani Suryani"), (2027, 2, "Budi Hartono")]
    assert [c.participant_name for c in certificate_register(year=2027)] == [
        "Ani Suryani", "Budi Hartono"]
    assert certificate_register(institution_id=world.institution.id + 999) == []
    assert [c.participant_name for c in certificate_register(search="citra")] == ["Citra Lestari"]
    assert [c.participant_name for c in certificate_register(search="/I/2027")] == [
        "Ani Suryani", "Budi Hartono"]
    assert len(certificate_register(search="sbp-jht")) == 3
    assert [c.participant_name for c in certificate_register(search="0000002")] == ["Budi Hartono"]
    revoke_certificate(store, register[0].id, "Salah")
    assert [c.status for c in certificate_register(status="revoked")] == ["revoked"]
    assert len(class_certificates(world.klass.id, include_inactive=False)) == 2


def test_people_served_meanwhile_by_another_pc_are_skipped_without_a_gap(store, monkeypatch):
    """What one PC saw before its transaction may be stale: another PC issued to Ani since.
    She is skipped, and the others get the very next numbers."""
    from lpks_desktop.core.services import certificates

    world = certificate_world.build(store, participants=3)
    seen = certificates.class_eligibility(world.klass.id, today=AFTER)
    issue_certificates(store, world.klass.id, enrollment_ids=[world.enrollments[0].id],
                       issued_on=ISSUED_ON, today=AFTER)  # "the other PC"
    monkeypatch.setattr(certificates, "class_eligibility", lambda class_id, today=None: seen)
    outcome = issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER)
    assert [c.sequence_value for c in outcome.issued] == [2, 3]
    assert [(eid, why.render("en")) for eid, why in outcome.skipped] == [
        (world.enrollments[0].id, "Already holds certificate 001/LPK-SBP/CERT/XII/2026.")]
    assert m.NumberSequence.get().last_value == 3
