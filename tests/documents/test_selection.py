"""The selection announcement, the letters and the short message, built and read back."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time

import pytest
from document_checks import all_text, page_sizes_mm, page_texts
from document_samples import make_letterhead

from lpks_desktop.documents.selection import (
    NOT_PASSED,
    PASSED,
    RESERVE,
    Candidate,
    ClassStart,
    SelectionDocument,
    build_announcement,
    build_letters,
    in_sentence,
    mask_nik,
    only,
    short_message_text,
    start_phrase,
)

SITI = Candidate("Siti Aminah", "6311015103950001", PASSED, sex="P", birth_place="Paringin",
                 birth_date=date(1995, 3, 11), address_lines=("Jl. Merdeka No. 1", "Kabupaten Balangan"))
BUDI = Candidate("Budi Hartono", "6311011203950002", PASSED, sex="L")
RINA = Candidate("Rina Wati", "6311015403950004", RESERVE, reserve_rank=2, sex="P")
AHMAD = Candidate("Ahmad Fauzi", "6311011503950005", RESERVE, reserve_rank=1, sex="L")
ZAINAL = Candidate("Zainal Arifin", "6311011503950007", RESERVE, reserve_rank=3, sex="L")
DEWI = Candidate("Dewi Lestari", "6311015603950006", NOT_PASSED, sex="P")
START = ClassStart(day=date(2026, 12, 7), start_time=time(8), room="Ruang Jahit",
                   venue="LPK Sinar Busana Prima", address="Jl. Raya Soreang No. 125, Kabupaten Bandung")


def make_doc(**changes) -> SelectionDocument:
    values = dict(
        letterhead=make_letterhead(), class_code="SBP-MJH-2026-03", class_name="Menjahit Angkatan 3",
        program_name="Menjahit Pakaian Wanita", batch=3, period_start=date(2026, 12, 7),
        period_end=date(2026, 12, 18),
        # Deliberately out of order: the announcement sorts, reserves by rank.
        candidates=(ZAINAL, DEWI, RINA, SITI, AHMAD, BUDI), start=START,
        bring=("KTP asli dan fotokopinya", "Alat tulis"), contact="0812-3456-7890",
        number="045/LPK-SBP/SEL/XI/2026", issued_on=date(2026, 11, 28))
    values.update(changes)
    return SelectionDocument(**values)


def announce(doc) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_announcement(doc, out)
    return pages, out.getvalue()


def letters(doc) -> tuple[int, bytes]:
    out = io.BytesIO()
    pages = build_letters(doc, out)
    return pages, out.getvalue()


@pytest.mark.parametrize(("paper", "size"), [("A4", (210, 297)), ("F4", (215, 330))])
def test_announcement_and_letters_on_a4_and_f4(paper, size):
    pages, pdf = announce(make_doc(paper=paper))
    assert pages == 1 and page_sizes_mm(pdf) == [size]
    pages, pdf = letters(make_doc(paper=paper))
    assert pages == 6 and page_sizes_mm(pdf) == [size] * 6


def test_announcement_lists_each_result_with_masked_niks():
    _pages, pdf = announce(make_doc())
    text = all_text(pdf)
    for expected in (
        "LPK SINAR BUSANA PRIMA", "PENGUMUMAN HASIL SELEKSI",
        "CALON PESERTA PELATIHAN MENJAHIT PAKAIAN WANITA", "Nomor: 045/LPK-SBP/SEL/XI/2026",
        "SBP-MJH-2026-03", "7 s.d. 18 Desember 2026", "Ruang Jahit, LPK Sinar Busana Prima",
        "A. Lulus seleksi, diterima sebagai peserta (2 orang)",
        "B. Cadangan, menurut urutan (3 orang)", "C. Tidak lulus seleksi (1 orang)",
        "631101******0001", "LULUS", "CADANGAN KE-1", "TIDAK LULUS",
        "Peserta yang lulus seleksi wajib hadir pada Senin, 7 Desember 2026 pukul 08.00 di "
        "Ruang Jahit, LPK Sinar Busana Prima dengan membawa KTP asli dan fotokopinya dan alat tulis.",
        "NIK ditampilkan sebagian untuk melindungi data pribadi.",
        "Informasi lebih lanjut: 0812-3456-7890.",
        "Bandung, 28 November 2026", "Kepala LPK", "Dra. Sri Wahyuni, M.Pd.", "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    assert "6311015103950001" not in text
    # Passed by name, reserves by rank (not by name or input order), then who did not pass.
    order = [text.index(name) for name in ("Budi Hartono", "Siti Aminah", "Ahmad Fauzi", "Rina Wati",
                                           "Zainal Arifin", "Dewi Lestari")]
    assert order == sorted(order)
    assert "1 Ahmad Fauzi" in text and "2 Rina Wati" in text and "3 Zainal Arifin" in text


def test_announcement_can_show_full_niks_and_say_when_a_list_is_empty():
    _pages, pdf = announce(make_doc(show_full_nik=True, candidates=(SITI, DEWI)))
    text = all_text(pdf)
    assert "6311015103950001" in text and "******" not in text
    assert "NIK ditampilkan sebagian" not in text
    assert "B. Cadangan, menurut urutan (0 orang) Urutan Nama lengkap NIK Keterangan Tidak ada" in text
    assert "Peserta cadangan dihubungi" not in text


def test_announcement_in_english_and_without_a_start_date():
    doc = make_doc(lang="en", start=replace(START, day=None), number="")
    _pages, pdf = announce(doc)
    text = all_text(pdf)
    for expected in ("SELECTION RESULTS", "A. Passed the selection, admitted as participants (2)",
                     "B. Reserve list, in order (3)", "RESERVE NO. 2", "NOT PASSED",
                     "The start of the class will be sent to the participants who passed.",
                     "NIKs are partly hidden", "Page 1 of 1"):
        assert expected in text, expected
    assert "No.:" not in text


def test_a_long_announcement_runs_over_pages_with_headers_repeated():
    many = tuple(Candidate(f"Peserta {i:03d}", f"3171010101900{i:03d}", PASSED) for i in range(90))
    pages, pdf = announce(make_doc(candidates=many + (RINA, DEWI)))
    assert pages >= 3
    texts = page_texts(pdf)
    assert all(f"Peserta {i:03d}" in " ".join(texts) for i in range(90))
    assert sum("Nama lengkap" in t for t in texts) >= pages - 1  # the header row repeats
    assert "Halaman 1 dari" in texts[0] and "Dra. Sri Wahyuni, M.Pd." in texts[-1]


def test_each_letter_says_its_result_and_what_to_do_next():
    doc = make_doc(candidates=(SITI, RINA, DEWI, BUDI))
    pages, pdf = letters(doc)
    assert pages == 4
    siti, rina, dewi, budi = page_texts(pdf)
    for text in (siti, rina, dewi):
        for expected in ("LPK SINAR BUSANA PRIMA", "Nomor", "045/LPK-SBP/SEL/XI/2026",
                         "Perihal", "Pemberitahuan hasil seleksi", "Kepada Yth.", "Dengan hormat,",
                         "Menjahit Pakaian Wanita", "SBP-MJH-2026-03", "dinyatakan:",
                         "Bandung, 28 November 2026", "Dra. Sri Wahyuni, M.Pd."):
            assert expected in text, expected
        assert "Halaman" not in text  # a letter is not "page 3 of 40" of a batch

    assert "Sdri. Siti Aminah" in siti and "Jl. Merdeka No. 1" in siti
    assert "631101******0001" in siti and "Paringin, 11 Maret 1995" in siti
    assert "LULUS SELEKSI" in siti and "TIDAK" not in siti
    for expected in ("Saudari diminta hadir pada:", "Senin, 7 Desember 2026", "pukul 08.00 s.d. selesai",
                     "Ruang Jahit, LPK Sinar Busana Prima, Jl. Raya Soreang No. 125",
                     "dengan membawa:", "1. KTP asli dan fotokopinya", "2. Alat tulis",
                     "melalui 0812-3456-7890", "peserta cadangan"):
        assert expected in siti, expected

    assert "PESERTA CADANGAN URUTAN KE-2" in rina
    assert "sesuai urutan cadangan" in rina and "diminta hadir" not in rina

    assert "TIDAK LULUS SELEKSI" in dewi
    assert "terima kasih atas minat" in dewi and "mendaftar kembali" in dewi
    assert "diminta hadir" not in dewi and "CADANGAN" not in dewi

    assert "Sdr. Budi Hartono" in budi and "Saudara diminta hadir" in budi


def test_letters_show_full_nik_on_request_and_in_english():
    _pages, pdf = letters(only(make_doc(show_full_nik=True), [SITI]))
    assert "6311015103950001" in all_text(pdf)
    _pages, pdf = letters(only(make_doc(lang="en"), [RINA, DEWI]))
    rina, dewi = page_texts(pdf)
    assert "Dear Rina Wati," in rina and "RESERVE LIST, NUMBER 2" in rina
    assert "DID NOT PASS THE SELECTION" in dewi and "apply again" in dewi


def test_a_passed_letter_without_a_start_date_says_it_will_follow():
    _pages, pdf = letters(only(make_doc(start=None, bring=()), [SITI]))
    text = all_text(pdf)
    assert "Jadwal dimulainya kelas akan kami sampaikan kemudian." in text
    assert "dengan membawa" not in text


def test_short_message_wording():
    doc = make_doc()
    passed = short_message_text(doc, SITI)
    assert passed.startswith("Yth. Siti Aminah,\n\n")
    assert "Anda LULUS seleksi" in passed
    assert ("Kelas dimulai Senin, 7 Desember 2026 pukul 08.00 di Ruang Jahit, "
            "LPK Sinar Busana Prima.") in passed
    assert "Mohon membawa: KTP asli dan fotokopinya; alat tulis." in passed
    assert passed.endswith("Hormat kami,\nLPK Sinar Busana Prima\n0812-3456-7890")
    assert "DAFTAR CADANGAN urutan ke-2" in short_message_text(doc, RINA)
    assert "Anda TIDAK LULUS seleksi" in short_message_text(doc, DEWI)
    waiting = short_message_text(doc, None, name="Joko", pending=True)
    assert waiting.startswith("Yth. Joko,") and "sedang dalam proses seleksi" in waiting
    english = short_message_text(replace(doc, lang="en"), SITI)
    assert "you have PASSED the selection" in english
    assert "The class starts on Monday, 7 December 2026 at 08:00 in Ruang Jahit" in english
    # Plain text for a messaging app: no markup, no tabs.
    for text in (passed, english):
        assert "<" not in text and "\t" not in text


def test_helpers():
    assert mask_nik("6311015103950001") == "631101******0001"
    assert mask_nik("6311015103950001", full=True) == "6311015103950001"
    assert mask_nik("12345678") == "12****78"
    assert in_sentence("Alat tulis") == "alat tulis" and in_sentence("KTP asli") == "KTP asli"
    assert start_phrase(START) == "pada Senin, 7 Desember 2026 pukul 08.00 di Ruang Jahit, LPK Sinar Busana Prima"
    assert start_phrase(ClassStart(day=date(2026, 12, 7))) == "pada Senin, 7 Desember 2026"
    assert start_phrase(ClassStart()) == ""
