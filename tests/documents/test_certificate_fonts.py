"""The certificate fonts: shipped with their licence, found in a checkout and in frozen builds,
registered once even from several threads, and text split between them so every character
either prints or is replaced visibly."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from lpks_desktop.documents import fonts
from lpks_desktop.documents.fonts import (
    FONT_FILES,
    REPLACEMENT,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    covers,
    missing_characters,
    register_fonts,
    runs,
    text_width,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_font_files_and_their_licence_are_in_resources():
    folder = ROOT / "resources" / "fonts"
    assert fonts.fonts_dir() == folder
    for filename in FONT_FILES.values():
        assert (folder / filename).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType
    licence = (folder / "LICENSE-DejaVu.txt").read_text()
    assert "Bitstream" in licence and "DejaVu changes are in public domain" in licence


def test_resources_are_found_in_frozen_builds(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "lpks-desktop.exe"))
    assert fonts.resources_dir() == tmp_path / "resources"
    monkeypatch.setattr(sys, "frozen", False)
    assert fonts.resources_dir() == ROOT / "resources"


def test_registering_from_many_threads_at_once_registers_each_font_once(monkeypatch):
    # A fresh start for the module, without touching reportlab's registry, which other tests
    # (and their documents) share.
    calls = []
    monkeypatch.setattr(fonts, "_coverage", {})
    monkeypatch.setattr(fonts, "_widths", {})
    monkeypatch.setattr(pdfmetrics, "registerFont", lambda font: calls.append(font.fontName))
    barrier = threading.Barrier(8)

    def work():
        barrier.wait()
        register_fonts()

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(calls) == sorted(FONT_FILES)
    assert set(fonts._coverage) == set(fonts._widths) == set(FONT_FILES)


@pytest.mark.parametrize("font", [SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC])
def test_every_face_draws_indonesian_vietnamese_and_european_names(font):
    for name in ("Nguyễn Thị Ánh", "O'Brien", "Ñúñez", "Şahin", "Ōtomo", "Łukasz", "Zoë",
                 "Ğ", "Đặng Văn Lâm"):
        assert runs(name, font).pieces == ((font, name),), name
        assert missing_characters(name, font) == ""


def test_a_character_the_serif_lacks_is_taken_from_the_sans():
    check = "\u2713"  # a check mark: in DejaVu Sans, not in DejaVu Serif
    assert not covers(SERIF, check) and covers(SANS, check)
    split = runs(f"Siti {check} Aminah", SERIF)
    assert split.pieces == ((SERIF, "Siti "), (SANS, check), (SERIF, " Aminah"))
    assert split.replaced == ""


def test_a_character_no_font_has_becomes_a_visible_replacement_and_is_reported():
    split = runs("Wang 王 Lee", SERIF)
    assert split.text == f"Wang {REPLACEMENT} Lee"
    assert split.replaced == "王"
    assert missing_characters("Wang 王 Lee 王", SERIF) == "王"


def test_the_width_matches_reportlab_s_own_measure():
    register_fonts()
    for font in FONT_FILES:
        for text in ("Siti Aminah", "Nguyễn Thị Ánh", "WWW iii"):
            assert text_width(text, font, 13) == pytest.approx(
                pdfmetrics.stringWidth(text, font, 13))
