"""Printing a class's certificates from the database: the snapshot taken at issue, birth data,
unit results, the institution's look (design, paper, background, signature), QR codes that
verify, files per person, and refusals that write nothing."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile

import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm

from lpks_desktop.core import models as m
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.certificate_documents import (
    certificate_batch,
    certificate_batches,
    write_certificate_files_for_class,
    write_certificates_pdf,
)
from lpks_desktop.core.services.certificates import (
    class_certificates,
    issue_certificates,
    revoke_certificate,
)
from lpks_desktop.core.services.settings import set_setting
from lpks_desktop.core.signing.verify import GENUINE, verify_payload

import certificate_world
from certificate_world import AFTER, ISSUED_ON

NAMES = ["Nguyễn Thị Ánh", "Muhammad O'Brien", "Siti Aminah"]


def issued(store, **options):
    world = certificate_world.build(store, participants=3, names=NAMES, **options)
    for person, (place, born) in zip(world.participants, [("Bandung", dt.date(2001, 3, 12)),
                                                          ("Paringin", dt.date(1999, 12, 31)),
                                                          ("", None)]):
        person.birth_place, person.birth_date = place, born
        store.save(person)
    issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER)
    return world


def texts(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def zbar_read(data: bytes, page: int = 0) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    image = document[page].render(scale=3).to_pil()
    document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = subprocess.run(["zbarimg", "--raw", "-q", "-"], input=buffer.getvalue(),
                            capture_output=True, timeout=60)
    return [line for line in result.stdout.decode().splitlines() if line]


def test_the_class_pdf_prints_each_snapshot_with_birth_data_and_results(store):
    world = issued(store)
    rows = class_certificates(world.klass.id)
    out = io.BytesIO()
    pages = write_certificates_pdf(out, world.klass.id, lang="id")
    assert pages == 6
    pages_text = texts(out.getvalue())
    fronts: dict[str, str] = {}
    for index in range(3):
        front, back = pages_text[2 * index], pages_text[2 * index + 1]
        row = next(r for r in rows if all(w in front for w in r.participant_name.split()))
        fronts[row.participant_name] = front
        assert f"Nomor: {row.number}" in front
        assert row.number in back and row.participant_name in back
        assert world.program.name in front
        for unit in world.units:
            assert unit.code in back and unit.title in back
        assert "Kompeten" in back and "KOMPETEN" in front
    assert "Tempat, tanggal lahir: Bandung, 12 Maret 2001" in fronts["Nguyễn Thị Ánh"]
    assert "Paringin, 31 Desember 1999" in fronts["Muhammad O'Brien"]
    assert "Tempat, tanggal lahir" not in fronts["Siti Aminah"]  # nothing known: no line
    assert f"Paringin, {ISSUED_ON.day} Desember 2026" in fronts["Siti Aminah"]
    assert set(fronts) == set(NAMES)


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg is not installed")
def test_the_printed_qr_code_is_the_signed_payload_and_verifies_as_genuine(store):
    world = issued(store)
    rows = class_certificates(world.klass.id)
    out = io.BytesIO()
    write_certificates_pdf(out, world.klass.id, with_back=False)
    read = [zbar_read(out.getvalue(), page) for page in range(3)]
    assert sorted(code for codes in read for code in codes) == sorted(r.payload for r in rows)
    verdict = verify_payload(read[0][0])
    assert verdict.verdict == GENUINE
    assert verdict.certificate.number in {r.number for r in rows}


def test_a_name_corrected_after_issue_still_prints_as_issued(store):
    world = issued(store)
    person = world.participants[0]
    person.full_name = "Nguyen Thi Anh Corrected"
    store.save(person)
    program = m.Program.get_by_id(world.program.id)
    old_program = program.name
    program.name = "Renamed Program"
    store.save(program)
    out = io.BytesIO()
    write_certificates_pdf(out, world.klass.id)
    joined = " ".join(texts(out.getvalue()))
    assert "Corrected" not in joined and "Renamed Program" not in joined
    assert "Nguyễn Thị Ánh" in joined and old_program in joined


def test_a_bk_in_a_unit_not_required_shows_on_the_back(store):
    world = certificate_world.build(store, participants=1, names=["Siti Aminah"])
    unit = world.units[1]
    unit.required = False
    store.save(unit)
    certificate_world.set_result(store, world.enrollments[0], unit, m.Result.NOT_YET_COMPETENT, 55)
    issue_certificates(store, world.klass.id, issued_on=ISSUED_ON, today=AFTER)
    [batch] = certificate_batches(class_certificates(world.klass.id), lang="en")
    assert batch.people[0].result_text == "COMPETENT"
    results = {line.code: (line.result, line.score) for line in batch.people[0].units}
    assert results[unit.code][0] == m.Result.NOT_YET_COMPETENT
    out = io.BytesIO()
    write_certificates_pdf(out, world.klass.id, lang="en")
    back = texts(out.getvalue())[1]
    assert "Not yet competent" in back and "Competent" in back and "55" in back


def test_the_institution_s_design_paper_background_and_signature_are_used(store):
    world = issued(store)
    institution = m.Institution.get_by_id(world.institution.id)
    background = io.BytesIO()
    Image.new("RGB", (300, 212), (250, 240, 220)).save(background, "JPEG")
    signature = io.BytesIO()
    Image.new("RGBA", (120, 50), (0, 0, 80, 255)).save(signature, "PNG")
    institution.certificate_background = background.getvalue()
    institution.head_signature = signature.getvalue()
    institution.head_name, institution.head_title = "Drs. Ahmad Yani", "Kepala BLK"
    store.save(institution)
    set_setting(store, "certificate_paper", "F4", institution_id=institution.id)
    set_setting(store, "certificate_design", "modern", institution_id=institution.id)
    batch = certificate_batch(class_certificates(world.klass.id))
    assert (batch.design, batch.paper) == ("modern", "F4")
    assert batch.background == background.getvalue()
    out = io.BytesIO()
    write_certificates_pdf(out, world.klass.id)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert round(float(reader.pages[0].mediabox.width) / mm) == 330
    assert len(reader.pages[0].images) == 3  # background, signature, QR code
    fonts = {str(f["/BaseFont"]).split("+")[-1] for f in
             reader.pages[0]["/Resources"]["/Font"].get_object().values()
             for f in [f.get_object()]}
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}
    front = texts(out.getvalue())[0]
    assert "Drs. Ahmad Yani" in front and "Kepala BLK" in front
    # An explicit choice wins over the setting.
    out = io.BytesIO()
    write_certificates_pdf(out, world.klass.id, paper="A4", design="classic")
    assert round(float(PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox.width) / mm) == 297


def test_revoked_certificates_are_refused_and_nothing_is_written(store, tmp_path):
    world = issued(store)
    rows = class_certificates(world.klass.id)
    revoked = revoke_certificate(store, rows[0].id, "Data salah")
    target = tmp_path / "kelas.pdf"
    with pytest.raises(UserError) as caught:
        write_certificates_pdf(target, world.klass.id, certificate_ids=[r.id for r in rows])
    assert revoked.number in caught.value.render("en")
    assert not target.exists()
    with pytest.raises(UserError):
        write_certificate_files_for_class(tmp_path / "out", world.klass.id,
                                          certificate_ids=[rows[0].id])
    assert not (tmp_path / "out").exists()
    # The others still print.
    pages = write_certificates_pdf(target, world.klass.id, with_back=False)
    assert pages == 2


def test_files_per_person_named_by_the_institution_s_pattern(store, tmp_path):
    world = issued(store)
    set_setting(store, "certificate_file_pattern", "{class} {seq:02d} {name}",
                institution_id=world.institution.id)
    rows = class_certificates(world.klass.id)
    names = write_certificate_files_for_class(tmp_path / "folder", world.klass.id)
    code = world.klass.code.replace("/", "-")
    assert names == [f"{code} {i:02d} {r.participant_name}.pdf" for i, r in enumerate(rows, 1)]
    assert sorted(p.name for p in (tmp_path / "folder").iterdir()) == sorted(names)
    zipped = write_certificate_files_for_class(tmp_path / "kelas.zip", world.klass.id, as_zip=True,
                                               file_pattern="{number}",
                                               certificate_ids=[rows[1].id])
    assert zipped == [rows[1].number.replace("/", "-") + ".pdf"]
    with zipfile.ZipFile(tmp_path / "kelas.zip") as archive:
        data = archive.read(zipped[0])
    assert rows[1].participant_name in texts(data)[1]


def test_an_empty_list_is_refused():
    with pytest.raises(ValueError):
        certificate_batches([])
