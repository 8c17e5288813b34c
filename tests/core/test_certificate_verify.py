"""Verifying a certificate code: genuine, revoked, replaced, forged, unknown key, malformed."""

from __future__ import annotations

import datetime as dt

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.signing import (
    export_public_key,
    import_public_key,
    institution_key,
    sign_certificate,
)
from lpks_desktop.core.signing.payload import PREFIX, decode_payload
from lpks_desktop.core.signing.verify import (
    FORGED,
    GENUINE,
    MALFORMED,
    REPLACED,
    REVOKED,
    UNKNOWN_KEY,
    VERDICT_LABELS,
    VERDICTS,
    verify_payload,
)
from lpks_desktop.core.store import Store

from class_scenario import build

ISSUED = dt.date(2026, 12, 4)


def enrol(store, world, name: str, nik: str) -> m.Enrollment:
    person = store.save(m.Participant(nik=nik, full_name=name, sex="P"))
    return store.save(m.Enrollment(training_class=world.klass.id, participant=person.id,
                                   status=m.EnrollmentStatus.COMPLETED))


def issue(store, world, name: str, seq: int, *, institution=None, replaces=None) -> m.Certificate:
    """A certificate row as issuing makes it: snapshot, signed payload, saved in one transaction."""
    institution = institution or world.sbp
    with store.transaction():
        enrollment = enrol(store, world, name, f"31710141010{seq:05d}")
        record = m.Certificate(
            enrollment=enrollment.id, institution=institution.id,
            number=f"{seq:03d}/{institution.code}/TEST/2026", year=2026, sequence_value=seq,
            issued_on=ISSUED, issued_place="Balangan", participant_name=name,
            program_name=world.program.name, start_date=world.klass.start_date,
            end_date=world.klass.end_date, total_jp=20, replaces=replaces)
        sign_certificate(store, record)
        store.save(record)
    return record


def test_sign_certificate_fills_key_id_and_payload_from_the_snapshot(store):
    world = build(store)
    record = issue(store, world, "Siti Aminah", 1)
    saved = m.Certificate.get_by_id(record.id)
    key = institution_key(store, world.sbp.id)
    assert saved.key_id == key.key_id
    claim, _message, _signature = decode_payload(saved.payload)
    assert (claim.number, claim.name, claim.program) == (saved.number, "Siti Aminah", world.program.name)
    assert (claim.start_date, claim.end_date, claim.issued_on) == (dt.date(2026, 11, 2),
                                                                   dt.date(2026, 11, 30), ISSUED)
    assert claim.key_id == key.key_id
    assert "3171014101000001" not in saved.payload


def test_a_valid_certificate_of_this_database_is_genuine(store):
    world = build(store)
    record = issue(store, world, "Nguyễn Thị Ánh", 1)
    result = verify_payload(record.payload)
    assert result.verdict == GENUINE and result.ok
    assert result.own_issuer and result.recorded
    assert (result.issuer_code, result.issuer_name) == ("LPK-SBP", world.sbp.name)
    assert result.claim.name == "Nguyễn Thị Ánh"
    english = result.message.render("en")
    assert "GENUINE" in english and record.number in english and "Nguyễn Thị Ánh" in english
    assert "4 December 2026" in english and "still valid" in english
    assert "4 Desember 2026" in result.message.render("id")
    assert result.certificate.id == record.id and result.certificate.status == "valid"
    assert result.certificate.participant_name == "Nguyễn Thị Ánh"


def test_scanner_typing_in_lowercase_with_enter_is_still_genuine(store):
    world = build(store)
    record = issue(store, world, "O'Brien Siregar", 1)
    assert verify_payload(record.payload.lower() + "\r\n").verdict == GENUINE
    assert verify_payload("\t" + record.payload + "\t").verdict == GENUINE


def test_a_revoked_certificate_says_when_and_why(store):
    world = build(store)
    record = issue(store, world, "Siti Aminah", 1)
    record.status = m.CertificateStatus.REVOKED
    record.revoked_at = dt.datetime(2027, 1, 15, 9, 30)
    record.revoke_reason = "Data kehadiran dipalsukan"
    store.save(record)
    result = verify_payload(record.payload)
    assert result.verdict == REVOKED and not result.ok
    assert result.status_reason == "Data kehadiran dipalsukan"
    assert result.status_date == dt.date(2027, 1, 15)
    english = result.message.render("en")
    assert "REVOKED" in english and "15 January 2027" in english and "Data kehadiran dipalsukan" in english
    assert "15 Januari 2027" in result.message.render("id")


def test_a_replaced_certificate_names_its_replacement(store):
    world = build(store)
    old = issue(store, world, "Siti Aminah", 1)
    new = issue(store, world, "Siti Aminah Lubis", 2, replaces=old.id)
    old.status = m.CertificateStatus.REPLACED
    old.revoked_at = dt.datetime(2026, 12, 20, 8, 0)
    old.revoke_reason = "Nama salah eja"
    store.save(old)
    result = verify_payload(old.payload)
    assert result.verdict == REPLACED and not result.ok
    assert result.replaced_by == new.number
    assert result.status_reason == "Nama salah eja"
    assert result.status_date == dt.date(2026, 12, 20)
    english = result.message.render("en")
    assert new.number in english and "Nama salah eja" in english and "20 December 2026" in english
    assert verify_payload(new.payload).verdict == GENUINE


def test_revoke_and_reissue_through_the_certificates_service(store):
    from lpks_desktop.core.services.certificates import reissue_certificate, revoke_certificate

    world = build(store)
    first = issue(store, world, "Siti Aminah", 1)
    second = issue(store, world, "Budi Hartono", 2)
    revoke_certificate(store, first.id, "Peserta tidak pernah hadir")
    result = verify_payload(first.payload)
    assert result.verdict == REVOKED and "Peserta tidak pernah hadir" in result.status_reason
    assert result.certificate.status == "revoked"
    new = reissue_certificate(store, second.id, "Nama salah eja", issued_on=dt.date(2027, 2, 3))
    result = verify_payload(second.payload)
    assert result.verdict == REPLACED and result.replaced_by == new.number
    assert "Nama salah eja" in result.status_reason
    assert new.number in result.message.render("en") and new.number in result.message.render("id")
    fresh = verify_payload(new.payload)
    assert fresh.verdict == GENUINE and fresh.claim.issued_on == dt.date(2027, 2, 3)
    assert fresh.certificate.replaces_number == second.number


def test_every_verdict_has_a_label_in_both_languages():
    assert set(VERDICT_LABELS) == set(VERDICTS)
    for label in VERDICT_LABELS.values():
        assert label.id and label.en and label.id != label.en


def test_a_changed_character_is_never_genuine(store):
    world = build(store)
    payload = issue(store, world, "Siti Aminah", 1).payload
    verdicts = set()
    # Every position, to one other base32 letter (the full alphabet is the payload tests' job).
    for position in range(len(payload)):
        current = payload[position]
        replacement = "B" if current == "A" else "A"
        result = verify_payload(payload[:position] + replacement + payload[position + 1:])
        assert result.verdict in (FORGED, MALFORMED, UNKNOWN_KEY), (position, result.verdict)
        verdicts.add(result.verdict)
    assert FORGED in verdicts and MALFORMED in verdicts


def test_a_forged_certificate_is_called_altered_or_forged(store):
    world = build(store)
    payload = issue(store, world, "Siti Aminah", 1).payload
    # Change a letter inside the signature: the contents decode, the signature fails.
    position = len(payload) - 20
    altered = payload[:position] + ("A" if payload[position] != "A" else "B") + payload[position + 1:]
    result = verify_payload(altered)
    assert result.verdict == FORGED and not result.ok
    assert result.claim is not None and result.issuer_code == "LPK-SBP"
    assert "ALTERED OR FORGED" in result.message.render("en")
    assert "PALSU" in result.message.render("id")
    assert VERDICT_LABELS[FORGED].en == "Altered or forged"


def test_a_certificate_signed_with_another_key_is_forged(store):
    """A forger who signs a copied claim with their own key, keeping the real key id."""
    from lpks_desktop.core.signing.payload import encode_payload

    world = build(store)
    real = issue(store, world, "Siti Aminah", 1)
    claim, _message, _signature = decode_payload(real.payload)
    fake = encode_payload(claim, bytes(range(32)))
    assert fake != real.payload
    assert verify_payload(fake).verdict == FORGED


def test_an_unknown_key_asks_for_the_issuer_public_key(store):
    from lpks_desktop.core.signing.payload import CertificateClaim, encode_payload, key_id_of
    from lpks_desktop.core.signing.keys import raw_public_key

    build(store)
    private = bytes(range(5, 37))
    payload = encode_payload(CertificateClaim(key_id_of(raw_public_key(private)), "7/BLK-MDN/2026", "Rina",
                                              "Las Listrik", None, None, ISSUED), private)
    result = verify_payload(payload)
    assert result.verdict == UNKNOWN_KEY and not result.ok
    assert "Import the issuing institution's public key" in result.message.render("en")
    assert result.claim.number == "7/BLK-MDN/2026"


@pytest.mark.parametrize("text", ["", "hello", "LPKS1:ABC", PREFIX + "A" * 300])
def test_malformed_text_is_a_verdict_not_an_exception(store, text):
    result = verify_payload(text)
    assert result.verdict == MALFORMED and not result.ok and result.claim is None
    assert result.message.render("en") and result.message.render("id") != result.message.render("en")


def test_a_certificate_of_our_key_that_this_database_does_not_hold_is_genuine_but_says_so(store):
    world = build(store)
    record = issue(store, world, "Siti Aminah", 1)
    payload = record.payload
    m.Certificate.delete().where(m.Certificate.id == record.id).execute()
    result = verify_payload(payload)
    assert result.verdict == GENUINE and not result.recorded and result.certificate is None
    assert "no record of it" in result.message.render("en")


def test_issue_in_one_database_verify_in_another_after_importing_the_key(store, tmp_path):
    world = build(store)
    valid = issue(store, world, "Nguyễn Thị Ánh", 1)
    revoked = issue(store, world, "O'Brien Siregar", 2)
    revoked.status = m.CertificateStatus.REVOKED
    revoked.revoked_at = dt.datetime(2027, 1, 2)
    revoked.revoke_reason = "Salah kelas"
    store.save(revoked)
    key_file = export_public_key(world.sbp.id)
    store.close()
    m.database.initialize(None)

    with Store.open(parse_location(str(tmp_path / "employer-office.db"))) as other:
        before = verify_payload(valid.payload)
        assert before.verdict == UNKNOWN_KEY
        import_public_key(other, key_file)
        result = verify_payload(valid.payload)
        assert result.verdict == GENUINE and result.ok
        assert not result.own_issuer and not result.recorded
        assert result.issuer_code == "LPK-SBP" and result.claim.name == "Nguyễn Thị Ánh"
        assert "Revocations by that institution are not known here" in result.message.render("en")
        # The issuing office's revocation is not known in the other database.
        assert verify_payload(revoked.payload).verdict == GENUINE
        assert verify_payload(revoked.payload[:-1] + ("A" if revoked.payload[-1] != "A" else "B")).verdict \
            in (FORGED, MALFORMED)
        m.database.initialize(None)
