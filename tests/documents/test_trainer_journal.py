"""The trainer journal, built with reportlab and read back with pypdf."""

from __future__ import annotations

import io
import threading

import pytest
from document_checks import all_text, image_count, page_sizes_mm, page_texts
from document_samples import journal_rows, make_journal, make_letterhead

from lpks_desktop.documents.trainer_journal import build_trainer_journal


def _build(doc) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_trainer_journal(doc, out)
    return pages, out.getvalue()


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("A4", False, (210, 297)), ("F4", False, (215, 330)),
    ("A4", True, (297, 210)), ("F4", True, (330, 215)),
])
def test_paper_and_orientation(paper, landscape, size):
    pages, pdf = _build(make_journal(journal_rows(6), paper=paper, landscape=landscape))
    assert page_sizes_mm(pdf) == [size] * pages


def test_content_of_a_short_journal():
    rows = journal_rows(6, cancelled=(4,))
    pages, pdf = _build(make_journal(rows))
    assert pages == 1
    text = all_text(pdf)
    for expected in (
        "LPK SINAR BUSANA PRIMA", "JURNAL INSTRUKTUR", "Program pelatihan",
        "Menjahit Pakaian Wanita", "SBP-MJH-2026-03", "Menjahit Busana Wanita", "Angkatan",
        "7 s.d. 14 Desember 2026", "Ruang Jahit 1", "Budi Santoso, S.Pd.",
        "Hari/Tanggal", "Waktu", "Unit kompetensi / materi", "Uraian materi yang diajarkan",
        "Rencana", "Terlaksana", "Paraf",
        "Senin,", "7 Desember 2026", "08.00\u201311.45", "C.141000.001.02",
        "Menggunakan mesin jahit industri", "Topik 1", "Materi ke-1 diajarkan",
        "DIBATALKAN", "Alasan: Listrik padam", "Jumlah JP",
        "Catatan:", "Mesin jahit nomor 4 rusak.",
        "Pertemuan yang dibatalkan tidak dihitung dalam jumlah JP.",
        "Mengetahui,", "Kepala LPK", "Dra. Sri Wahyuni, M.Pd.", "Bandung, 31 Desember 2026",
        "Instruktur", "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    # Five sessions counted: planned 5 x 5 = 25, delivered 4 + 5 x 4 = 24 (session 2 ran short).
    assert "Jumlah JP 25 24" in text
    assert "Materi ke-4" not in text
    assert image_count(pdf) == 1  # the letterhead logo


def test_unwritten_sessions_leave_cells_to_fill_by_hand():
    pages, pdf = _build(make_journal(journal_rows(6, written=2)))
    text = all_text(pdf)
    assert "Materi ke-2 diajarkan" in text and "Materi ke-3" not in text
    # The delivered total is left blank for the hand-written rows; the note says what is known.
    assert "Jumlah JP 30 Catatan" in text
    assert ("4 pertemuan belum diisi jurnalnya; JP terlaksana yang sudah tercatat: "
            "9 JP dari 2 pertemuan.") in text


def test_long_journal_splits_with_the_header_repeated_and_numbered_pages():
    rows = journal_rows(60, cancelled=(10, 33), written=40)
    pages, pdf = _build(make_journal(rows, paper="A4"))
    texts = page_texts(pdf)
    assert pages == len(texts) >= 4
    for number, text in enumerate(texts, 1):
        assert "Uraian materi yang diajarkan" in text, number
        assert "Hari/Tanggal" in text and "Paraf" in text
        assert f"Halaman {number} dari {pages}" in text
        assert "Jurnal Instruktur \u00b7 SBP-MJH-2026-03" in text
    # The letterhead is printed once, on the first page.
    assert "LPK SINAR BUSANA PRIMA" in texts[0]
    assert not any("LPK SINAR BUSANA PRIMA" in t for t in texts[1:])
    assert "Dra. Sri Wahyuni, M.Pd." in texts[-1] and "Jumlah JP" in texts[-1]
    for number in (1, 30, 60):
        assert sum(f"Topik {number} " in t for t in texts) == 1
    # F4 is taller, so the same journal needs no more pages.
    f4_pages, _ = _build(make_journal(rows, paper="F4"))
    assert f4_pages <= pages


def test_whole_class_lists_each_sessions_trainers():
    rows = journal_rows(4)
    for landscape in (False, True):
        _, pdf = _build(make_journal(rows, trainer_name="", landscape=landscape))
        text = all_text(pdf)
        assert "Budi Santoso, S.Pd.; Rina Marlina" in text  # the header block
        assert "Rina Marlina" in text.split("Paraf", 1)[1]  # and the rows
        assert "(......" in text  # the trainer signs by hand


def test_english_labels():
    _, pdf = _build(make_journal(journal_rows(3, cancelled=(2,), written=1), lang="en"))
    text = all_text(pdf)
    for expected in ("TRAINER JOURNAL", "Training program", "Day/Date", "What was taught",
                     "Planned", "Delivered", "Initials", "Total JP", "Monday,",
                     "7 December 2026", "08:00\u201311:45", "CANCELLED", "Reason: Listrik padam",
                     "Acknowledged by,", "Bandung, 31 December 2026", "Page 1 of 1", "Notes:",
                     "Cancelled sessions are not counted in the JP totals."):
        assert expected in text, expected
    assert "JURNAL" not in text and "Halaman" not in text


def test_without_letterhead_or_rows_and_with_unknown_issue_date():
    _, pdf = _build(make_journal([], letterhead=None, issued_on=None, place="Soreang",
                                 head_name="Ir. Joko", head_title="Kepala BLK"))
    text = all_text(pdf)
    assert "JURNAL INSTRUKTUR" in text and "Jumlah JP 0 0" in text
    assert "Soreang, ......" in text and "Kepala BLK" in text and "Ir. Joko" in text
    assert image_count(pdf) == 0


def test_markup_characters_in_clerk_text_are_printed_literally():
    rows = journal_rows(1)
    rows[0] = rows[0].__class__(**{**rows[0].__dict__, "taught": "Pola <A> & <B>"})
    _, pdf = _build(make_journal(rows, class_name="Tata Rias & Kecantikan"))
    text = all_text(pdf)
    assert "Pola <A> & <B>" in text and "Tata Rias & Kecantikan" in text


def test_writes_to_a_path_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "jurnal.pdf"
    pages = build_trainer_journal(make_journal(journal_rows(3)), target)
    assert pages == 1 and target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["jurnal.pdf"]


def test_unknown_paper_or_language_is_refused_before_writing(tmp_path):
    target = tmp_path / "jurnal.pdf"
    with pytest.raises(ValueError):
        build_trainer_journal(make_journal(journal_rows(1), paper="Letter"), target)
    with pytest.raises(ValueError):
        build_trainer_journal(make_journal(journal_rows(1), lang="fr"), target)
    assert not target.exists()


def test_builds_from_several_threads_do_not_mix():
    docs = [make_journal(journal_rows(8 + i), class_code=f"KLS-{i}",
                         letterhead=make_letterhead()) for i in range(4)]
    results: dict[int, bytes] = {}

    def build(index: int) -> None:
        out = io.BytesIO()
        build_trainer_journal(docs[index], out)
        results[index] = out.getvalue()

    threads = [threading.Thread(target=build, args=(i,)) for i in range(len(docs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index in range(len(docs)):
        text = all_text(results[index])
        assert f"KLS-{index}" in text
        assert f"Topik {8 + index} " in text and f"Topik {9 + index} " not in text
