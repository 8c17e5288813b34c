"""The data behind schedule documents, read from the database and printed for real."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from class_scenario import build, session
from pypdf import PdfReader

from lpks_desktop.core import models as m
from lpks_desktop.core.services.journal_documents import (
    journal_document,
    trainer_schedule_document,
    workload_document,
)
from lpks_desktop.core.services.journals import save_journal
from lpks_desktop.core.services.settings import DEFAULT_PAPER, set_setting
from lpks_desktop.core.services.workload import trainer_workload
from lpks_desktop.documents.trainer_journal import build_trainer_journal
from lpks_desktop.documents.trainer_schedule import build_trainer_schedule
from lpks_desktop.documents.workload_report import build_workload_report

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def world(store):
    world = build(store)
    world.sbp.city, world.sbp.head_name, world.sbp.head_title = "Kabupaten Balangan", "Hj. Noor", "Kepala LPK"
    store.save(world.sbp)
    first = session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", jp=5, unit=world.units[0],
                    trainers=[(world.budi, "lead"), (world.sari, "assistant")])
    save_journal(store, first.id, {"taught": "Mengukur lingkar dada", "jp": 5}, today=TODAY)
    session(store, world.klass, dt.date(2026, 11, 3), "08:00", "12:00", jp=5, unit=world.units[0],
            trainers=[(world.budi, "lead")], status="cancelled", cancel_reason="Banjir")
    session(store, world.klass, dt.date(2026, 11, 4), "13:00", "16:00", jp=4, unit=world.units[1],
            trainers=[(world.sari, "lead")])
    return world


def text_of(build, doc) -> str:
    out = io.BytesIO()
    build(doc, out)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_journal_of_a_class_and_of_one_trainer(store, world):
    set_setting(store, DEFAULT_PAPER, "F4", institution_id=world.sbp.id)
    doc = journal_document(world.klass.id, lang="id", today=TODAY)
    assert doc.paper == "F4" and doc.class_code == "SBP-JHT-2026-01" and doc.head_name == "Hj. Noor"
    assert [(r.number, r.status, r.delivered_jp) for r in doc.rows] == [
        (1, "held", 5), (2, "cancelled", None), (3, "planned", None)]
    assert doc.rows[0].trainer_names == ("Budi Santoso", "Sari Wulandari")
    text = text_of(build_trainer_journal, doc)
    assert "JURNAL INSTRUKTUR" in text and "Mengukur lingkar dada" in text and "Banjir" in text

    only_sari = journal_document(world.klass.id, trainer_id=world.sari.id, paper="A4", lang="en", today=TODAY)
    assert only_sari.trainer_name == "Sari Wulandari"
    assert [r.date.day for r in only_sari.rows] == [2, 4]


def test_trainer_schedule_spans_institutions(store, world):
    other = store.save(m.TrainingClass(
        institution=world.stb.id, program=world.program.id, code="STB-LAS-2026-01", name="Las",
        room=world.workshop.id, capacity=10, status="running"))
    session(store, other, dt.date(2026, 11, 5), "08:00", "12:00", topic="K3", trainers=[(world.sari, "lead")])
    doc = trainer_schedule_document(world.sari.id, dt.date(2026, 11, 1), dt.date(2026, 11, 30), lang="id",
                                    today=TODAY)
    assert [(r.date.day, r.class_code, r.role, r.room) for r in doc.rows] == [
        (2, "SBP-JHT-2026-01", "assistant", "Ruang Jahit"), (4, "SBP-JHT-2026-01", "lead", "Ruang Jahit"),
        (5, "STB-LAS-2026-01", "lead", "Bengkel Las")]
    assert doc.home_institution.startswith("LPK-STB")
    assert "Sari Wulandari" in text_of(build_trainer_schedule, doc)


def test_workload_report_names_the_scope_and_missing_journals(store, world):
    workload = trainer_workload(2026, 11, institution_id=world.sbp.id, today=TODAY)
    report = workload_document(workload, lang="en", today=TODAY)
    assert report.scope.startswith("LPK-SBP") and report.letterhead.name == "LPK Sapta Bangun Persada"
    assert [(r.trainer_name, r.total_jp, r.fee) for r in report.rows] == [
        ("Budi Santoso", 5, Decimal(500000)), ("Sari Wulandari", 5, None)]
    assert "1 sessions of this month have no journal" in report.notes
    everywhere = workload_document(trainer_workload(2026, 11, today=TODAY), lang="id", today=TODAY)
    assert everywhere.letterhead is None and everywhere.scope == "Semua lembaga"
    assert "Budi Santoso" in text_of(build_workload_report, everywhere)
