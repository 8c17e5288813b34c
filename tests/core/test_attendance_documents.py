"""Attendance documents gathered from the database and printed for real: session sheets, the
week's bundle, the class grid and the recap."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from class_scenario import build, session
from pypdf import PdfReader
from reportlab.lib.units import mm

from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.attendance_documents import (
    attendance_sheets,
    sessions_on,
    time_zone_of,
    week_session_ids,
    write_attendance_sheets,
)
from lpks_desktop.core.services.settings import DEFAULT_PAPER, set_setting

MONDAY = dt.date(2026, 11, 2)


def texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width) / mm), round(float(p.mediabox.height) / mm))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def enroll(store, klass, name: str, nik: str, status=m.EnrollmentStatus.ENROLLED) -> m.Enrollment:
    person = store.save(m.Participant(nik=nik, full_name=name, sex="P"))
    return store.save(m.Enrollment(training_class=klass.id, participant=person.id, status=status))


@pytest.fixture
def world(store):
    world = build(store)
    world.sbp.city, world.sbp.province = "Kabupaten Balangan", "Kalimantan Selatan"
    store.save(world.sbp)
    world.sessions = [
        session(store, world.klass, MONDAY, "08:00", "12:00", jp=4, unit=world.units[0],
                trainers=[(world.sari, "assistant"), (world.budi, "lead")], topic="Mengukur badan"),
        session(store, world.klass, MONDAY + dt.timedelta(days=1), "08:00", "12:00", jp=4,
                status=m.SessionStatus.CANCELLED, cancel_reason="Banjir"),
        session(store, world.klass, MONDAY + dt.timedelta(days=2), "13:00", "16:00", jp=3,
                unit=world.units[1], trainers=[(world.budi, "lead")]),
        session(store, world.klass, MONDAY + dt.timedelta(days=2), "08:00", "11:00", jp=3,
                unit=world.units[1], trainers=[(world.sari, "lead")]),
    ]
    enroll(store, world.klass, "citra lestari", "3171010100000003")
    enroll(store, world.klass, "Ani Suryani", "3171010100000001", m.EnrollmentStatus.COMPLETED)
    enroll(store, world.klass, "Budi Hartono", "3171010100000002", m.EnrollmentStatus.PASSED_SELECTION)
    enroll(store, world.klass, "Zaki Mundur", "3171010100000009", m.EnrollmentStatus.WITHDREW)
    enroll(store, world.klass, "Yuni Cadangan", "3171010100000008", m.EnrollmentStatus.RESERVE)
    return world


def test_a_session_sheet_from_the_database(store, world):
    first = world.sessions[0]
    sheet, = attendance_sheets([first.id], lang="id")
    assert [(p.number, p.full_name, p.nik) for p in sheet.people] == [
        (1, "Ani Suryani", "3171010100000001"), (2, "Budi Hartono", "3171010100000002"),
        (3, "citra lestari", "3171010100000003")]
    assert sheet.trainer_names == ("Budi Santoso", "Sari Wulandari")
    assert (sheet.session_number, sheet.room, sheet.time_zone, sheet.jp) == (1, "Ruang Jahit", "WITA", 4)
    assert sheet.unit_code == "C.141000.001.02" and sheet.topic == "Mengukur badan"

    out = io.BytesIO()
    pages = write_attendance_sheets(out, [first.id], show_nik=True, lang="id")
    text = " ".join(texts(out.getvalue()))
    assert pages == 1 and sizes_mm(out.getvalue()) == [(210, 297)]
    for expected in ("DAFTAR HADIR PESERTA", "Pertemuan ke-1", "Senin, 2 November 2026",
                     "08.00\u201312.00 WITA", "SBP-JHT-2026-01", "Menjahit Pakaian Wanita",
                     "Ani Suryani", "3171010100000002", "Balangan, 2 November 2026",
                     "Budi Santoso; Sari Wulandari", "Halaman 1 dari 1"):
        assert expected in text, expected
    assert "Zaki Mundur" not in text and "Yuni Cadangan" not in text


def test_session_numbers_skip_cancelled_sessions_and_follow_the_clock(store, world):
    monday, _cancelled, afternoon, morning = world.sessions
    sheets = attendance_sheets([afternoon.id, morning.id, monday.id], lang="en")
    assert [s.session_number for s in sheets] == [3, 2, 1]


def test_week_and_day_selection(store, world):
    monday, cancelled, afternoon, morning = world.sessions
    week = week_session_ids(MONDAY, MONDAY + dt.timedelta(days=6))
    assert week == [monday.id, morning.id, afternoon.id]
    assert week_session_ids(MONDAY, MONDAY + dt.timedelta(days=6), trainer_id=world.sari.id) == [
        monday.id, morning.id]
    assert week_session_ids(MONDAY, MONDAY, institution_id=world.stb.id) == []
    assert sessions_on(world.klass.id, MONDAY + dt.timedelta(days=2)) == [morning.id, afternoon.id]
    assert sessions_on(world.klass.id, MONDAY + dt.timedelta(days=1)) == []
    world.klass.status = m.ClassStatus.CANCELLED
    store.save(world.klass)
    assert week_session_ids(MONDAY, MONDAY + dt.timedelta(days=6)) == []


def test_the_week_bundle_numbers_each_sheet_on_its_own(store, world):
    set_setting(store, DEFAULT_PAPER, "F4", institution_id=world.sbp.id)
    week = week_session_ids(MONDAY, MONDAY + dt.timedelta(days=6))
    out = io.BytesIO()
    pages = write_attendance_sheets(out, week, landscape=True, lang="en")
    pdf = out.getvalue()
    assert pages == 3 and sizes_mm(pdf) == [(330, 215)] * 3
    page_texts = texts(pdf)
    assert all("Page 1 of 1" in t for t in page_texts)
    assert "Monday, 2 November 2026" in page_texts[0] and "Session 2" in page_texts[1]
    assert "08:00\u201311:00 WITA" in page_texts[1]


def test_nothing_to_print_and_cancelled_sessions_are_refused(store, world):
    with pytest.raises(UserError) as nothing:
        write_attendance_sheets(io.BytesIO(), [])
    assert "Tidak ada pertemuan" in nothing.value.render("id")
    with pytest.raises(UserError) as cancelled:
        write_attendance_sheets(io.BytesIO(), [world.sessions[1].id])
    assert "SBP-JHT-2026-01" in cancelled.value.render("en")
    with pytest.raises(UserError):
        write_attendance_sheets(io.BytesIO(), [987654])


@pytest.mark.parametrize(("province", "zone"), [
    ("Jawa Barat", "WIB"), ("Prov. Kalimantan Selatan", "WITA"), ("D.I. Yogyakarta", "WIB"),
    ("PAPUA BARAT DAYA", "WIT"), ("Bali", "WITA"), ("", ""), ("Atlantis", ""),
])
def test_time_zone_of_a_province(province, zone):
    assert time_zone_of(province) == zone


# -- the class grid and the recap, from recorded marks ----------------------------------------

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def marked(store, world):
    """Marks for the three attending people over the two held sessions; Zaki (withdrew)
    has marks from before he left."""
    from lpks_desktop.core.services.attendance import MarkChange, save_marks

    monday, _cancelled, afternoon, morning = world.sessions
    people = {e.participant.full_name: e for e in m.Enrollment.select(m.Enrollment, m.Participant)
              .join(m.Participant).where(m.Enrollment.training_class == world.klass.id)}
    zaki = people["Zaki Mundur"]
    zaki.status = m.EnrollmentStatus.ENROLLED
    store.save(zaki)
    save_marks(store, world.klass.id, [
        MarkChange(monday.id, people["Ani Suryani"].id, "H"),
        MarkChange(morning.id, people["Ani Suryani"].id, "H"),
        MarkChange(afternoon.id, people["Ani Suryani"].id, "H"),
        MarkChange(monday.id, people["Budi Hartono"].id, "I"),
        MarkChange(morning.id, people["Budi Hartono"].id, "H"),
        MarkChange(monday.id, people["citra lestari"].id, "A"),
        MarkChange(monday.id, zaki.id, "S"),
    ], today=TODAY)
    zaki.status = m.EnrollmentStatus.WITHDREW
    store.save(zaki)
    world.sbp.head_name, world.sbp.head_title = "Hj. Noor", "Kepala LPK"
    store.save(world.sbp)
    return world


def test_blank_and_marked_class_grids(store, marked):
    from lpks_desktop.core.services.attendance_documents import class_grid_document, write_class_grid

    blank = class_grid_document(marked.klass.id, lang="id", today=TODAY)
    assert [(c.number, c.date) for c in blank.sessions] == [
        (1, MONDAY), (2, MONDAY + dt.timedelta(days=2)), (3, MONDAY + dt.timedelta(days=2))]
    assert [r.full_name for r in blank.rows] == ["Ani Suryani", "Budi Hartono", "citra lestari"]
    assert blank.issued_on is None and blank.landscape and not blank.with_marks
    assert blank.trainer_names == ("Budi Santoso", "Sari Wulandari")

    grid = class_grid_document(marked.klass.id, with_marks=True, lang="id", today=TODAY)
    assert [(r.number, r.full_name, r.marks, r.inactive) for r in grid.rows] == [
        (1, "Ani Suryani", ("H", "H", "H"), False),
        (2, "Budi Hartono", ("I", "H", ""), False),
        (3, "citra lestari", ("A", "", ""), False),
        (4, "Zaki Mundur", ("S", "", ""), True),
    ]
    out = io.BytesIO()
    pages = write_class_grid(out, marked.klass.id, with_marks=True, show_nik=True, lang="id",
                             today=TODAY)
    text = " ".join(texts(out.getvalue()))
    assert pages == 1 and sizes_mm(out.getvalue()) == [(297, 210)]
    for expected in ("DAFTAR HADIR KELAS", "Sen 02/11", "Rab 04/11", "Ani Suryani 3171010100000001 H H H 3 0 0 0",
                     "Zaki Mundur (tidak aktif)", "Hj. Noor", "Balangan, 20 November 2026"):
        assert expected in text, expected


def test_recap_pdf_and_xlsx_from_the_rates(store, marked):
    from python_calamine import CalamineWorkbook

    from lpks_desktop.core.services.attendance_documents import (
        recap_document,
        write_recap_pdf,
        write_recap_xlsx,
    )

    doc = recap_document(marked.klass.id, lang="id", today=TODAY)
    assert (doc.delivered_sessions, doc.delivered_jp, doc.remaining_sessions) == (3, 10, 0)
    assert (doc.excused_rule, doc.sick_rule, doc.min_pct) == ("absent", "absent", 80)
    ani = doc.rows[0]
    assert (ani.full_name, ani.counts, ani.attended_jp, ani.counted_jp, ani.verdict) == (
        "Ani Suryani", (3, 0, 0, 0), 10, 10, "meets")
    assert ani.verdict_label == "Memenuhi" and ani.reason.startswith("Hadir 10 dari 10 JP")
    assert doc.rows[-1].full_name == "Zaki Mundur" and doc.rows[-1].inactive

    out = io.BytesIO()
    assert write_recap_pdf(out, marked.klass.id, lang="en", today=TODAY) == 1
    text = " ".join(texts(out.getvalue()))
    for expected in ("PARTICIPANT ATTENDANCE RECAP", "As of 20 November 2026",
                     "Ani Suryani 3171010100000001 3 0 0 0 \u2013 10 / 10 100.0% 80% Meets the minimum",
                     "Excused (I) is counted as not attended.", "Hj. Noor"):
        assert expected in text, expected

    xlsx = io.BytesIO()
    write_recap_xlsx(xlsx, marked.klass.id, lang="id", today=TODAY)
    book = CalamineWorkbook.from_filelike(io.BytesIO(xlsx.getvalue()))
    recap = book.get_sheet_by_name("Rekap").to_python()
    ani_row = next(r for r in recap if r[1] == "Ani Suryani")
    assert ani_row[2] == "3171010100000001" and ani_row[3] == 3
    marks = book.get_sheet_by_name("Presensi").to_python()
    assert next(r for r in marks if r[1] == "Budi Hartono")[3:6] == ["I", "H", ""]


def test_a_bundle_across_institutions_prints_each_class_on_its_own_letterhead(store, world):
    welding = store.save(m.Program(institution=world.stb.id, code="LAS", name="Pengelasan SMAW",
                                   total_jp=40))
    klass = store.save(m.TrainingClass(institution=world.stb.id, program=welding.id,
                                       code="STB-LAS-2026-01", name="Las Angkatan 1", capacity=12,
                                       room=world.workshop.id, status=m.ClassStatus.RUNNING))
    weld = session(store, klass, MONDAY, "13:00", "16:00", jp=3, trainers=[(world.sari, "lead")])
    enroll(store, klass, "Rudi Las", "3171010100000011")
    week = week_session_ids(MONDAY, MONDAY)
    assert week == [world.sessions[0].id, weld.id]
    assert week_session_ids(MONDAY, MONDAY, institution_id=world.stb.id) == [weld.id]
    out = io.BytesIO()
    assert write_attendance_sheets(out, week, lang="id") == 2
    first, second = texts(out.getvalue())
    assert "LPK SAPTA BANGUN PERSADA" in first and "Ani Suryani" in first
    assert "LPK SAPTA TEKNIK BALANGAN" in second and "Rudi Las" in second
    assert "Bengkel Las" in second and "Ani Suryani" not in second
    assert "Halaman 1 dari 1" in first and "Halaman 1 dari 1" in second
