"""The register of issued certificates (buku induk) gathered from the database."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.certificates import (
    issue_certificates,
    reissue_certificate,
    revoke_certificate,
)
from lpks_desktop.core.services.register_documents import (
    register_document,
    write_register_pdf,
    write_register_xlsx,
)

from attendance_world import build_world

ISSUED = dt.date(2026, 11, 27)
TODAY = dt.date(2026, 11, 28)


def certified_class(store, participants: int = 3):
    """Everyone attended every session and is competent in every unit; certificates issued."""
    world = build_world(store, participants=participants, sessions=5, held=True,
                        marks=["HHHHH"] * participants)
    for index, person in enumerate(world.participants):
        person.birth_place = "Kabupaten Bandung"
        person.birth_date = dt.date(2001, 2, index + 1)
        store.save(person)
    for enrollment in world.enrollments:
        for unit in world.scenario.units:
            store.save(m.Assessment(enrollment=enrollment.id, unit=unit.id, result="K"))
    outcome = issue_certificates(store, world.klass.id, issued_on=ISSUED, today=TODAY)
    assert len(outcome.issued) == participants
    return world, outcome.issued


def test_rows_in_numbering_order_with_birth_and_status(store):
    world, issued = certified_class(store)
    by_name = {row.participant_name: row for row in issued}
    revoke_certificate(store, by_name["Ani Suryani"].id, "Ijazah dipalsukan")
    new = reissue_certificate(store, by_name["Budi Hartono"].id, "Nama salah ketik", issued_on=TODAY,
                              today=TODAY)

    doc = register_document(institution_id=world.scenario.sbp.id, year=2026, lang="en", today=TODAY)
    assert doc.institution_name == "LPK Sapta Bangun Persada" and doc.year == 2026
    assert [row.number for row in doc.rows] == [1, 2, 3, 4]
    numbers = [row.certificate_number for row in doc.rows]
    assert numbers[-1] == new.number  # the reissue drew the next number
    rows = {row.certificate_number: row for row in doc.rows}
    ani = rows[by_name["Ani Suryani"].number]
    assert ani.status == "revoked" and ani.revoke_reason == "Ijazah dipalsukan"
    budi = rows[by_name["Budi Hartono"].number]
    assert budi.status == "replaced" and budi.replaced_by_number == new.number
    assert rows[new.number].replaces_number == budi.certificate_number
    assert ani.birth_place == "Kabupaten Bandung" and ani.birth_date == dt.date(2001, 2, 1)
    assert ani.nik == world.participants[0].nik and ani.class_code == "SBP-JHT-2026-01"
    assert ani.issued_on == ISSUED and ani.total_jp == world.scenario.program.total_jp

    assert register_document(institution_id=world.scenario.sbp.id, year=2025).rows == ()


def test_pdf_and_xlsx_written_from_the_database(store):
    world, issued = certified_class(store, participants=2)
    out = io.BytesIO()
    pages = write_register_pdf(out, year=2026, paper="F4", lang="id", today=TODAY)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert pages == len(reader.pages) == 1
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert round(width / 72 * 25.4) == 330 and round(height / 72 * 25.4) == 215
    text = reader.pages[0].extract_text()
    assert "BUKU INDUK SERTIFIKAT" in text and "LPK SAPTA BANGUN PERSADA" in text
    for row in issued:
        assert row.number in text and row.participant_name in text and row.nik in text

    hidden = io.BytesIO()
    write_register_pdf(hidden, with_nik=False, lang="id", today=TODAY)
    assert issued[0].nik not in PdfReader(io.BytesIO(hidden.getvalue())).pages[0].extract_text()

    book = io.BytesIO()
    assert write_register_xlsx(book, institution_id=world.scenario.sbp.id, lang="en", today=TODAY) == 2
    table = CalamineWorkbook.from_filelike(io.BytesIO(book.getvalue())).get_sheet_by_index(0).to_python()
    header_at = next(i for i, r in enumerate(table) if r[0] == "No.")
    rows = [dict(zip(table[header_at], r)) for r in table[header_at + 1:header_at + 3]]
    assert [r["Certificate number"] for r in rows] == [row.number for row in
                                                       sorted(issued, key=lambda r: r.sequence_value)]
    assert all(r["Issued on"] == ISSUED and r["Status"] == "Valid" for r in rows)


def test_several_institutions_need_a_choice(store):
    world, _issued = certified_class(store, participants=1)
    other = world.scenario.stb
    program = store.save(m.Program(institution=other.id, code="LAS", name="Pengelasan", total_jp=8))
    store.save(m.CompetencyUnit(program=program.id, code="C.250000.001.01", title="Las dasar", jp=8))
    klass = store.save(m.TrainingClass(institution=other.id, program=program.id, code="STB-LAS-2026-01",
                                       capacity=10, name="Las 1", status=m.ClassStatus.RUNNING,
                                       start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 11, 2)))
    person = store.save(m.Participant(nik="3171010100009999", full_name="Zaki", sex="L"))
    enrollment = store.save(m.Enrollment(training_class=klass.id, participant=person.id,
                                         status=m.EnrollmentStatus.ENROLLED))
    unit = m.CompetencyUnit.get(m.CompetencyUnit.program == program.id)
    store.save(m.Assessment(enrollment=enrollment.id, unit=unit.id, result="K"))
    program.min_attendance_pct = 0
    store.save(program)
    issue_certificates(store, klass.id, issued_on=ISSUED, today=TODAY)

    with pytest.raises(UserError) as refused:
        register_document(lang="en")
    assert "LPK-SBP, LPK-STB" in refused.value.render("en")
    doc = register_document(institution_id=other.id, lang="en", today=TODAY)
    assert [row.participant_name for row in doc.rows] == ["Zaki"]
    assert doc.letterhead is not None and doc.letterhead.name == "LPK Sapta Teknik Balangan"


def test_an_empty_register_still_prints(store):
    build_world(store, participants=1, sessions=1)
    out = io.BytesIO()
    with pytest.raises(UserError):
        register_document(year=12)
    # Two institutions exist and none has certificates: a register without a letterhead.
    assert write_register_pdf(out, lang="en", today=TODAY) == 1
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "No certificates have been issued yet." in text
