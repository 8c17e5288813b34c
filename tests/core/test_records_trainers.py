"""Trainers with competencies and certifications: checked and saved together, expiry warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from record_checks import check_listing, error_fields, refused, writes_nothing

from lpks_desktop.core.demo import fill_demo
from lpks_desktop.core.models import (
    AuditLog,
    SessionTrainer,
    Trainer,
    TrainerCertification,
    TrainerCompetency,
)
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.listing import ListRequest
from lpks_desktop.core.services.records import InUse, archive, delete_or_refuse
from lpks_desktop.core.services.trainers import (
    TrainerListing,
    certification_warnings,
    save_trainer,
)

TODAY = dt.date(2026, 11, 25)
NIK_MAN = "3171011708450001"  # a man born 17-08-45
COMPETENCIES = [{"unit_code": "C.141000.001.02", "title": "Mengukur Tubuh"},
                {"unit_code": "tik.op01.001.01", "title": ""}]
CERTIFICATIONS = [{"name": "Metodologi Pelatihan", "number": "123", "issuer": "BNSP",
                   "issued_on": "01/02/2024", "expires_on": "1 Februari 2029"}]


@pytest.fixture
def institution(store):
    return save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]


def _trainer(store, institution, competencies=COMPETENCIES, certifications=CERTIFICATIONS,
             instance=None, **values):
    values = {"institution": institution.id, "full_name": "Hj. Rusmilawati, S.Pd.", **values}
    return save_trainer(store, values, competencies, certifications, instance, today=TODAY)


def test_a_trainer_is_saved_with_competencies_and_certifications(store, institution):
    trainer, warnings = _trainer(store, institution, phone="0812 3456 7890",
                                 rate_per_jp="150.000", sex="perempuan")
    stored = Trainer.get_by_id(trainer.id)
    assert (stored.phone, stored.rate_per_jp, stored.sex, stored.nik) == (
        "+6281234567890", Decimal("150000"), "P", None)
    assert sorted(c.unit_code for c in stored.competencies) == [
        "C.141000.001.02", "TIK.OP01.001.01"]
    cert = stored.certifications.get()
    assert (cert.issued_on, cert.expires_on) == (dt.date(2024, 2, 1), dt.date(2029, 2, 1))
    assert warnings == ()
    assert AuditLog.select().where(AuditLog.table_name.startswith("trainer")).count() == 4


def test_two_trainers_without_nik_are_fine(store, institution):
    _trainer(store, institution, nik="")
    _trainer(store, institution, full_name="Ahmad", nik=None)
    assert Trainer.select().where(Trainer.nik.is_null()).count() == 2


def test_every_trainer_problem_is_reported_by_field(store, institution):
    failure = refused(_trainer, store, institution, full_name=" ", nik="3.17E+15", phone="0812",
                      rate_per_jp="-5", sex="X", email="a b@c.id",
                      competencies=[{"unit_code": "C.141000.001.02"}, {"unit_code": "c.141000.001.02"},
                                    {"unit_code": "BUKAN KODE"}],
                      certifications=[{"name": "", "issued_on": "31/02/2024"},
                                      {"name": "BNSP", "issued_on": "2025-01-10",
                                       "expires_on": "2024-01-10"}])
    assert error_fields(failure) == {
        "full_name": "required", "nik": "nik_excel_number", "phone": "phone_invalid",
        "rate_per_jp": "too_small", "sex": "not_a_choice", "email": "email_invalid",
        "competencies[1].unit_code": "duplicate",
        "competencies[2].unit_code": "unit_code_whitespace",
        "certifications[0].name": "required", "certifications[0].issued_on": "date_invalid",
        "certifications[1].expires_on": "expires_before_issue"}
    expiry = next(p for p in failure.errors if p.code == "expires_before_issue")
    assert "10 Januari 2025" in expiry.message("id") and "10 January 2025" in expiry.message("en")


def test_a_nik_already_used_by_another_trainer_is_refused_by_name(store, institution):
    _trainer(store, institution, nik=NIK_MAN, sex="L")
    failure = refused(_trainer, store, institution, full_name="Budi", nik=NIK_MAN)
    assert error_fields(failure) == {"nik": "taken"}
    assert "Rusmilawati" in failure.errors[0].message("en")


def test_warnings_do_not_block(store, institution):
    trainer, warnings = _trainer(store, institution, nik=NIK_MAN, sex="P", certifications=[
        {"name": "Metodologi", "expires_on": "2026-10-01"},
        {"name": "Menjahit", "expires_on": "2026-12-20"},
        {"name": "Pola", "expires_on": "2027-06-01"}])
    assert {(w.field, w.code) for w in warnings} == {
        ("nik", "nik_sex_mismatch"),
        ("certifications[0].expires_on", "certification_expiring"),
        ("certifications[1].expires_on", "certification_expiring")}
    assert Trainer.get_by_id(trainer.id).certifications.count() == 3


def test_certification_warnings_name_the_dates_in_both_languages(store, institution):
    trainer, _ = _trainer(store, institution, certifications=[
        {"name": "Pola", "expires_on": "2027-06-01"},
        {"name": "Menjahit", "expires_on": "2026-12-20"},
        {"name": "Metodologi", "expires_on": "2026-10-01"},
        {"name": "Tanpa batas"}])
    texts = certification_warnings(trainer.id, TODAY)
    assert [t.render("en") for t in texts] == [
        'The certificate "Metodologi" expired on 1 October 2026.',
        'The certificate "Menjahit" expires on 20 December 2026 (in 25 days).']
    assert [t.render("id") for t in texts] == [
        'Sertifikat "Metodologi" sudah kedaluwarsa sejak 1 Oktober 2026.',
        'Sertifikat "Menjahit" akan kedaluwarsa pada 20 Desember 2026 (25 hari lagi).']


def test_child_rows_are_updated_added_and_removed(store, institution):
    trainer, _ = _trainer(store, institution)
    first, second = sorted(TrainerCompetency.select().where(TrainerCompetency.trainer == trainer.id),
                           key=lambda c: c.id)
    cert = TrainerCertification.get(TrainerCertification.trainer == trainer.id)
    _trainer(store, institution, instance=trainer,
             competencies=[{"id": second.id, "unit_code": first.unit_code},
                           {"id": first.id, "unit_code": second.unit_code},
                           {"unit_code": "C.141000.005.02"}],
             certifications=[{"id": cert.id, "name": "Metodologi (perpanjangan)"}])
    codes = {c.id: c.unit_code for c in TrainerCompetency.select()}
    assert codes[first.id] == second.unit_code and codes[second.id] == first.unit_code
    assert len(codes) == 3
    renewed = TrainerCertification.get_by_id(cert.id)
    assert renewed.name == "Metodologi (perpanjangan)" and renewed.expires_on == cert.expires_on
    _trainer(store, institution, instance=trainer, competencies=[], certifications=[])
    assert TrainerCompetency.select().count() == TrainerCertification.select().count() == 0


def test_a_trainer_with_sessions_is_archived_not_deleted(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    trainer = Trainer.select().join(SessionTrainer).distinct().first()
    with writes_nothing(), pytest.raises(InUse) as caught:
        delete_or_refuse(store, trainer)
    assert caught.value.dependents["session_trainer"] == trainer.assignments.count()
    assert "trainer_certification" not in caught.value.dependents  # its own parts
    archive(store, trainer)
    listing = TrainerListing()
    assert trainer.id not in [row[0] for row in listing.page(ListRequest(), 0)]


def test_an_unused_trainer_goes_with_its_own_rows(store, institution):
    trainer, _ = _trainer(store, institution)
    delete_or_refuse(store, trainer)
    assert Trainer.select().count() == TrainerCompetency.select().count() == 0


def test_the_list_sorts_searches_filters_and_pages(store):
    fill_demo(store, participants=60, seed=5, today=TODAY)
    listing = TrainerListing()
    check_listing(listing, page_size=6)
    trainer = Trainer.select().where(Trainer.nik.is_null(False)).first()
    local = "0" + trainer.phone[3:]
    for text in (local, local[:6], f"{local[:4]}-{local[4:8]}", trainer.nik[-8:],
                 trainer.full_name.split()[-1].lower()):
        assert trainer.id in [row[0] for row in listing.page(ListRequest(search=text), 0)], text
    row = next(r for r in listing.page(ListRequest(search=trainer.full_name), 0) if r[0] == trainer.id)
    assert row[5] == min(c.expires_on for c in trainer.certifications)
    assert row[4] == trainer.competencies.count()
    soon = {r[0] for r in listing.page(ListRequest(filters={"expiring_within_days": 60,
                                                            "today": TODAY}), 0)}
    expected = {c.trainer_id for c in TrainerCertification.select()
                if c.expires_on <= TODAY + dt.timedelta(days=60)}
    assert soon == expected and soon
    assert all(certification_warnings(t, TODAY) for t in soon)
