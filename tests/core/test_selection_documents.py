"""Selection results read from the database: who is in which list, when the class starts,
the letters asked for, and the short messages; printed for real."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from class_scenario import build, session
from pypdf import PdfReader

from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.selection_documents import (
    announcement_document,
    letters_document,
    short_message,
    write_announcement,
    write_letters,
)
from lpks_desktop.core.services.settings import DEFAULT_PAPER, set_setting
from lpks_desktop.documents.selection import NOT_PASSED, PASSED, RESERVE

TODAY = dt.date(2026, 11, 28)


def pdf_pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def world(store):
    world = build(store)
    sbp = world.sbp
    sbp.city, sbp.head_name, sbp.head_title = "Kabupaten Balangan", "Hj. Noor Aisyah", "Kepala LPK"
    sbp.address, sbp.phone = "Jl. Jend. A. Yani No. 12", "+6281234567890"
    store.save(sbp)
    # The first session is cancelled: the class really starts on the second, in the workshop.
    session(store, world.klass, dt.date(2026, 11, 2), "08:00", "12:00", status="cancelled",
            cancel_reason="Banjir")
    session(store, world.klass, dt.date(2026, 11, 3), "13:00", "16:00", room=world.sewing_room.id)
    people = [
        ("Siti Aminah", "P", "passed_selection", None),
        ("Budi Hartono", "L", "enrolled", None),
        ("Rina Wati", "P", "reserve", 2),
        ("Ahmad Fauzi", "L", "reserve", 1),
        ("Dewi Lestari", "P", "not_passed", None),
        ("Joko Susilo", "L", "registered", None),
        ("Tono Wijaya", "L", "withdrew", None),
    ]
    world.enrollments = {}
    for index, (name, sex, status, rank) in enumerate(people, 1):
        person = store.save(m.Participant(
            nik=f"631101{index + (40 if sex == 'P' else 0):02d}0395{index:04d}",
            full_name=name, sex=sex, birth_place="Paringin", birth_date=dt.date(1995, 3, index),
            address=f"Jl. Merdeka No. {index}", village="Paringin Kota", district="Paringin",
            city="Kabupaten Balangan", phone=f"+62812555000{index}"))
        world.enrollments[name] = store.save(m.Enrollment(
            training_class=world.klass.id, participant=person.id, status=status, reserve_rank=rank))
    return world


def test_announcement_groups_the_class_by_result(store, world):
    doc = announcement_document(world.klass.id, lang="id", today=TODAY)
    assert [c.name for c in doc.of(PASSED)] == ["Budi Hartono", "Siti Aminah"]  # attending counts
    assert [(c.name, c.reserve_rank) for c in doc.of(RESERVE)] == [("Ahmad Fauzi", 1), ("Rina Wati", 2)]
    assert [c.name for c in doc.of(NOT_PASSED)] == ["Dewi Lestari"]
    assert "Tono Wijaya" not in {c.name for c in doc.candidates}
    assert doc.undecided == ("Joko Susilo",)
    assert doc.class_code == "SBP-JHT-2026-01" and doc.program_name == "Menjahit Pakaian Wanita"
    assert doc.letterhead.name == "LPK Sapta Bangun Persada" and doc.place == "Kabupaten Balangan"
    assert doc.head_name == "Hj. Noor Aisyah" and doc.contact == "0812-3456-7890"
    assert doc.issued_on == TODAY and doc.paper == "A4" and not doc.show_full_nik
    # The start is the first session that is not cancelled.
    assert (doc.start.day, doc.start.start_time) == (dt.date(2026, 11, 3), dt.time(13, 0))
    assert doc.start.room == "Ruang Jahit" and doc.start.venue == "LPK Sapta Bangun Persada"
    assert doc.start.address == "Jl. Jend. A. Yani No. 12, Kabupaten Balangan"
    assert doc.bring and not any("Prakerja" in item for item in doc.bring)


def test_prakerja_classes_ask_for_the_card_and_the_paper_setting_is_used(store, world):
    world.klass.funding = m.Funding.PRAKERJA
    store.save(world.klass)
    set_setting(store, DEFAULT_PAPER, "F4", institution_id=world.sbp.id)
    doc = announcement_document(world.klass.id, lang="id")
    assert any("Prakerja" in item for item in doc.bring) and doc.paper == "F4"
    assert announcement_document(world.klass.id, lang="id", bring=["Sepatu kerja"]).bring == ("Sepatu kerja",)


def test_without_sessions_the_class_dates_and_room_are_used(store, world):
    m.ClassSession.delete().execute()
    start = announcement_document(world.klass.id).start
    assert (start.day, start.start_time, start.room) == (dt.date(2026, 11, 2), None, "Ruang Jahit")


def test_announcement_pdf_from_the_database(store, world):
    out = io.BytesIO()
    assert write_announcement(out, world.klass.id, lang="id", today=TODAY) == 1
    (text,) = pdf_pages(out.getvalue())
    assert "PENGUMUMAN HASIL SELEKSI" in text and "Joko Susilo" not in text
    assert text.index("Ahmad Fauzi") < text.index("Rina Wati") < text.index("Dewi Lestari")
    assert "Selasa, 3 November 2026 pukul 13.00 di Ruang Jahit" in text
    assert "******" in text
    out = io.BytesIO()
    write_announcement(out, world.klass.id, lang="id", show_full_nik=True, today=TODAY)
    siti_nik = world.enrollments["Siti Aminah"].participant.nik
    assert siti_nik in pdf_pages(out.getvalue())[0]


def test_letters_for_everyone_with_a_result_or_for_chosen_people(store, world):
    doc = letters_document(world.klass.id, lang="id", today=TODAY)
    assert [c.name for c in doc.candidates] == ["Ahmad Fauzi", "Budi Hartono", "Dewi Lestari",
                                                "Rina Wati", "Siti Aminah"]
    siti = doc.candidates[-1]
    assert siti.sex == "P" and siti.birth_date == dt.date(1995, 3, 1)
    assert siti.address_lines == ("Jl. Merdeka No. 1", "Paringin Kota, Kec. Paringin", "Kabupaten Balangan")

    chosen = [world.enrollments[n].id for n in ("Siti Aminah", "Rina Wati")]
    out = io.BytesIO()
    assert write_letters(out, world.klass.id, chosen, lang="id", today=TODAY) == 2
    rina, siti_page = pdf_pages(out.getvalue())
    assert "Sdri. Rina Wati" in rina and "PESERTA CADANGAN URUTAN KE-2" in rina
    assert "LULUS SELEKSI" in siti_page and "Selasa, 3 November 2026" in siti_page


def test_letters_are_refused_for_people_without_a_result_or_from_another_class(store, world):
    waiting = world.enrollments["Joko Susilo"].id
    with pytest.raises(UserError) as caught:
        letters_document(world.klass.id, [world.enrollments["Siti Aminah"].id, waiting])
    assert "Joko Susilo" in caught.value.render("en") and "Joko Susilo" in caught.value.render("id")
    with pytest.raises(UserError) as caught:
        letters_document(world.klass.id, [99999])
    assert "99999" in caught.value.render("en")
    # A class where nobody has a result yet has no letters to write.
    m.Enrollment.update(status="registered").execute()
    with pytest.raises(UserError):
        write_letters(io.BytesIO(), world.klass.id)


def test_short_messages_per_status(store, world):
    e = world.enrollments
    passed = short_message(e["Siti Aminah"].id, "id")
    assert passed.startswith("Yth. Siti Aminah,")
    assert "Anda LULUS seleksi" in passed
    assert "Kelas dimulai Selasa, 3 November 2026 pukul 13.00 di Ruang Jahit, LPK Sapta Bangun Persada." in passed
    assert "0812-3456-7890" in passed
    assert "LULUS seleksi" in short_message(e["Budi Hartono"].id, "id")  # already attending
    assert "DAFTAR CADANGAN urutan ke-1" in short_message(e["Ahmad Fauzi"].id, "id")
    assert "TIDAK LULUS" in short_message(e["Dewi Lestari"].id, "id")
    assert "proses seleksi" in short_message(e["Joko Susilo"].id, "id")
    assert "PASSED the selection" in short_message(e["Siti Aminah"].id, "en")
    with pytest.raises(UserError) as caught:
        short_message(e["Tono Wijaya"].id, "en")
    assert "withdrawn" in caught.value.render("en") and "mengundurkan diri" in caught.value.render("id")
