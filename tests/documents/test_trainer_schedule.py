"""A trainer's own schedule."""

from __future__ import annotations

import io

import pytest
from document_checks import all_text, page_sizes_mm
from document_samples import make_schedule

from lpks_desktop.documents.trainer_schedule import build_trainer_schedule


def _build(doc) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_trainer_schedule(doc, out)
    return pages, out.getvalue()


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("A4", False, (210, 297)), ("F4", False, (215, 330)), ("F4", True, (330, 215)),
])
def test_paper_and_orientation(paper, landscape, size):
    pages, pdf = _build(make_schedule(paper=paper, landscape=landscape))
    assert page_sizes_mm(pdf) == [size] * pages


def test_totals_count_roles_and_skip_cancelled_sessions():
    totals = make_schedule().totals()
    assert (totals.sessions, totals.lead_jp, totals.assistant_jp, totals.total_jp) == (2, 5, 4, 9)


def test_content():
    _, pdf = _build(make_schedule())
    text = all_text(pdf)
    for expected in (
        "LPK SINAR BUSANA PRIMA", "JADWAL MENGAJAR INSTRUKTUR", "Budi Santoso, S.Pd.",
        "1 s.d. 31 Desember 2026", "Lembaga asal", "Hari/Tanggal", "Lembaga", "Kelas",
        "Ruang", "Peran", "Selasa,", "1 Desember 2026", "08.00\u201311.45", "LPK-SBP",
        "BLK-SRG", "SRG-LAS-2026-01", "Las Listrik Dasar", "Keselamatan kerja las",
        "Bengkel Las", "Utama", "Asisten", "DIBATALKAN", "Alasan: Libur daerah",
        "Jumlah JP 9",
        "2 pertemuan; 5 JP sebagai instruktur utama, 4 JP sebagai asisten; jumlah 9 JP.",
        "Dicetak 28 November 2026", "Halaman 1 dari 1",
    ):
        assert expected in text, expected


def test_english_and_without_letterhead():
    _, pdf = _build(make_schedule(lang="en", letterhead=None))
    text = all_text(pdf)
    for expected in ("TRAINER TEACHING SCHEDULE", "Day/Date", "Role", "Lead", "Assistant",
                     "CANCELLED", "1 to 31 December 2026", "Printed 28 November 2026",
                     "2 session(s); 5 JP as lead trainer, 4 JP as assistant; 9 JP in all.",
                     "Page 1 of 1"):
        assert expected in text, expected
    assert "LPK SINAR BUSANA PRIMA" not in text


def test_empty_period():
    _, pdf = _build(make_schedule(rows=[]))
    assert "Tidak ada jadwal mengajar pada periode ini." in all_text(pdf)
