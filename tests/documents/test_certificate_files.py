"""One certificate PDF per person: file names from a pattern, a folder or a ZIP, each file a
complete PDF of its own person only, and nothing left behind by an error or a Cancel."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from lpks_desktop.core.errors import UserError
from lpks_desktop.documents.certificate_files import (
    MAX_STEM,
    file_names,
    safe_stem,
    write_certificate_files,
)

from certificate_checks import (
    AWKWARD_NAMES,
    batch,
    jpeg_bytes,
    needs_zbar,
    payload,
    person,
    read_qr_codes,
    render_all,
)
from document_checks import page_texts


def test_numbers_lose_their_slashes_and_windows_forbidden_characters_are_replaced():
    assert safe_stem("012/LPK-SBP/CERT/XI/2026 Siti Aminah") == \
        "012-LPK-SBP-CERT-XI-2026 Siti Aminah"
    assert safe_stem('a<b>c:d"e\\f|g?h*i\x01j') == "a_b_c_d_e-f_g_h_i_j"
    assert safe_stem("  Siti   Aminah . ") == "Siti Aminah"
    assert safe_stem("CON") == "_CON" and safe_stem("nul.txt") == "_nul.txt"
    assert safe_stem("x" * 500) == "x" * MAX_STEM


def test_names_from_the_pattern_with_every_placeholder():
    people = [person(1, "Nguyễn Thị Ánh"), person(2, "Muhammad O'Brien")]
    assert file_names(people, "{number} {name}") == [
        "001-LPK-SBP-CERT-XI-2026 Nguyễn Thị Ánh.pdf",
        "002-LPK-SBP-CERT-XI-2026 Muhammad O'Brien.pdf"]
    assert file_names(people, "{class}_{seq:03d}_{name}", class_code="SBP/JHT/01") == [
        "SBP-JHT-01_001_Nguyễn Thị Ánh.pdf", "SBP-JHT-01_002_Muhammad O'Brien.pdf"]


def test_duplicate_names_are_told_apart_ignoring_case_and_stay_within_the_limit():
    people = [person(1, "Siti Aminah"), person(2, "SITI AMINAH"), person(3, "Siti Aminah"),
              person(4, "x" * 300), person(5, "x" * 300)]
    names = file_names(people, "{name}")
    assert names[:3] == ["Siti Aminah.pdf", "SITI AMINAH (2).pdf", "Siti Aminah (3).pdf"]
    assert names[3] != names[4] and names[4].endswith(" (2).pdf")
    assert all(len(Path(n).stem) <= MAX_STEM for n in names)
    assert file_names([person(1, " ")], "{name}") == ["sertifikat-001.pdf"]


def test_a_pattern_with_an_unknown_placeholder_is_refused_in_both_languages():
    with pytest.raises(UserError) as caught:
        file_names([person(1, "Siti")], "{nik} {name}")
    assert "{nik} {name}" in caught.value.render("en")
    assert "isian" in caught.value.render("id")


def test_one_complete_pdf_per_person_into_a_folder(tmp_path):
    folder = tmp_path / "sertifikat"
    names = write_certificate_files(folder, batch(background=jpeg_bytes()),
                                    file_pattern="{seq:02d} {name}")
    assert names == [f"{i:02d} {n}.pdf" for i, n in enumerate(AWKWARD_NAMES, 1)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)  # no temporary left
    for index, (name, full_name) in enumerate(zip(names, AWKWARD_NAMES)):
        data = (folder / name).read_bytes()
        reader = PdfReader(io.BytesIO(data))
        assert len(reader.pages) == 2 and render_all(data) == 2
        assert reader.metadata.title == f"{index + 1:03d}/LPK-SBP/CERT/XI/2026"
        assert reader.metadata.subject == full_name
        front, back = page_texts(data)
        assert all(word in front for word in full_name.split())
        others = [n for n in AWKWARD_NAMES if n != full_name]
        assert not any(other in back for other in others)
        assert f"{index + 1:03d}/LPK-SBP/CERT/XI/2026" in back


@needs_zbar
def test_each_file_carries_its_own_persons_qr_code(tmp_path):
    names = write_certificate_files(tmp_path, batch(names=AWKWARD_NAMES[:3]),
                                    file_pattern="{seq}")
    for index, name in enumerate(names):
        assert read_qr_codes(tmp_path / name) == [payload(index + 1)]


def test_one_zip_with_a_pdf_per_person(tmp_path):
    target = tmp_path / "kelas.zip"
    calls = []
    names = write_certificate_files(target, batch(with_back=False), file_pattern="{number}",
                                    as_zip=True, progress=lambda d, t: calls.append((d, t)))
    assert [p.name for p in tmp_path.iterdir()] == ["kelas.zip"]
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == names
        for name in names:
            data = archive.read(name)
            assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert calls[0] == (0, len(names)) and calls[-1] == (len(names), len(names))


def test_files_of_several_batches_in_order(tmp_path):
    first = batch(names=["Siti Aminah"])
    second = replace(first, program_name="Menjahit Kebaya", people=(person(2, "Dewi Lestari"),))
    names = write_certificate_files(tmp_path, [first, second], file_pattern="{seq} {name}")
    assert names == ["1 Siti Aminah.pdf", "2 Dewi Lestari.pdf"]
    assert "Menjahit Kebaya" in page_texts((tmp_path / names[1]).read_bytes())[0]


class Cancelled(Exception):
    pass


def _cancel_at(count: int):
    def progress(done, total):
        if done >= count:
            raise Cancelled()
    return progress


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_cancel_from_progress_leaves_nothing_behind(tmp_path, as_zip):
    names = [f"Peserta {i}" for i in range(40)]
    earlier = tmp_path / "Peserta 1.pdf"
    earlier.write_bytes(b"an older file of the same name")
    target = tmp_path / "kelas.zip" if as_zip else tmp_path
    with pytest.raises(Cancelled):
        write_certificate_files(target, batch(names=names), file_pattern="{name}",
                                as_zip=as_zip, progress=_cancel_at(20))
    assert [p.name for p in tmp_path.iterdir()] == ["Peserta 1.pdf"]
    assert earlier.read_bytes() == b"an older file of the same name"


def test_an_error_while_writing_leaves_no_final_name(tmp_path, monkeypatch):
    from lpks_desktop.documents import certificate_files

    real = certificate_files._PdfObjects.extract
    made = []

    def failing(self, pages, info):
        if len(made) == 2:
            raise OSError(28, "No space left on device")
        made.append(1)
        return real(self, pages, info)

    monkeypatch.setattr(certificate_files._PdfObjects, "extract", failing)
    folder = tmp_path / "out"
    with pytest.raises(OSError):
        write_certificate_files(folder, batch(), file_pattern="{seq}")
    assert list(folder.iterdir()) == []
