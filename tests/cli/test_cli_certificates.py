"""The certificate commands end to end on real databases: print certificates (issuing numbers),
verify, certificates (list, revoke, reissue), register and keys."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

import pypdf
import pytest
from python_calamine import CalamineWorkbook

from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from attendance_world import build_world  # noqa: E402

CODE = "SBP-JHT-2026-01"
ELIGIBLE = ("Ani Suryani", "Budi Hartono")
# Citra: a required unit not yet competent; Dewi: attendance below the minimum.
NOT_ELIGIBLE = ("Citra Lestari", "Dewi Anggraini")


@pytest.fixture(autouse=True)
def english(monkeypatch):
    # ``main`` sets LPKS_LANG for --lang; restored after each test.
    monkeypatch.setenv("LPKS_LANG", "en")


@contextlib.contextmanager
def opened(db_url):
    """The database for the test's own writes, closed again before a command opens it."""
    store = Store.open(parse_location(db_url))
    try:
        yield store
    finally:
        store.close()


def build_class(db_url, *, results: bool = True) -> None:
    """Class SBP-JHT-2026-01, all five sessions held in early November 2026: Ani and Budi
    competent in both units with full attendance; Citra BK in one unit; Dewi mostly absent."""
    with opened(db_url) as store:
        world = build_world(store, participants=4, sessions=5, held=True,
                            marks=["HHHHH", "HHHHH", "HHHHH", "AAAAH"])
        for index, person in enumerate(world.participants):
            person.birth_place = "Bandung"
            person.birth_date = dt.date(2000, 1, index + 1)
            store.save(person)
        if not results:
            return
        units = world.scenario.units
        for index, enrollment in enumerate(world.enrollments):
            for unit in units:
                result = "BK" if (index == 2 and unit == units[-1]) else "K"
                store.save(m.Assessment(enrollment=enrollment.id, unit=unit.id, result=result,
                                        assessed_on=dt.date(2026, 11, 6)))


def run(db_url, capsys, *args) -> tuple[int, str, str]:
    code = main(["--db", db_url, "--lang", "en", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listing(db_url, capsys) -> dict:
    code, out, _err = run(db_url, capsys, "certificates", "--class", CODE, "--json")
    assert code == 0
    return json.loads(out)


def page_count(path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def world_db(db_url):
    build_class(db_url)
    return db_url


def test_print_issues_to_the_eligible_and_a_second_run_reuses_the_numbers(world_db, capsys, tmp_path):
    first = tmp_path / "sertifikat.pdf"
    code, out, err = run(world_db, capsys, "print", "certificates", "--class", CODE.lower(), "-o", str(first))
    assert code == 0, err
    assert "New certificates issued for class SBP-JHT-2026-01: 2 (" in out
    assert "Certificates printed: 2 (pages: 4)" in out and str(first) in out
    assert "Not eligible for a certificate yet: 2" in out
    for name in NOT_ELIGIBLE:
        assert name in out
    assert page_count(first) == 4  # front and back for each
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(first)).pages)
    for name in ELIGIBLE:
        assert name in text
    # The messages are in English (--lang en), the certificates in Indonesian unless asked.
    assert "SERTIFIKAT" in text and "CERTIFICATE" not in text

    before = listing(world_db, capsys)
    numbers = sorted(c["number"] for c in before["certificates"])
    assert len(numbers) == 2 and all(c["printed_count"] == 1 for c in before["certificates"])

    second = tmp_path / "lagi.pdf"
    code, out, err = run(world_db, capsys, "print", "certificates", "--class", CODE, "--no-back",
                         "--paper", "F4", "-o", str(second))
    assert code == 0, err
    assert "No new certificates were issued" in out and "Certificates printed: 2 (pages: 2)" in out
    assert page_count(second) == 2
    english = tmp_path / "english.pdf"
    code, _out, err = run(world_db, capsys, "print", "certificates", "--class", CODE, "--no-back",
                          "--language", "en", "-o", str(english))
    assert code == 0, err
    assert "CERTIFICATE" in pypdf.PdfReader(str(english)).pages[0].extract_text()
    after = listing(world_db, capsys)
    assert sorted(c["number"] for c in after["certificates"]) == numbers
    assert all(c["printed_count"] == 3 for c in after["certificates"])


def test_nobody_eligible_and_nothing_issued_exits_1_saying_why(db_url, capsys, tmp_path):
    build_class(db_url, results=False)
    target = tmp_path / "none.pdf"
    code, out, err = run(db_url, capsys, "print", "certificates", "--class", CODE, "-o", str(target))
    assert code == 1
    assert "Class SBP-JHT-2026-01 has no certificate to print" in err
    for name in ELIGIBLE + NOT_ELIGIBLE:
        assert name in err
    assert not target.exists()
    assert listing(db_url, capsys)["certificates"] == []


def test_one_file_each_in_a_zip(world_db, capsys, tmp_path):
    target = tmp_path / "sertifikat.zip"
    code, out, err = run(world_db, capsys, "print", "certificates", "--class", CODE, "--zip", str(target))
    assert code == 0, err
    with zipfile.ZipFile(target) as archive:
        names = [n for n in archive.namelist() if n.lower().endswith(".pdf")]
        assert len(names) == 2
        for name in names:
            assert len(pypdf.PdfReader(io.BytesIO(archive.read(name))).pages) >= 1


def test_listing_json_shape(world_db, capsys, tmp_path):
    before = listing(world_db, capsys)
    assert before["class"]["code"] == CODE
    assert [p["name"] for p in before["participants"]] == sorted(ELIGIBLE + NOT_ELIGIBLE)
    assert before["summary"] == {"participants": 4, "valid": 0, "revoked": 0, "replaced": 0,
                                 "eligible_without": 2, "not_eligible": 2}
    by_name = {p["name"]: p for p in before["participants"]}
    assert by_name["Ani Suryani"]["eligible"] is True and by_name["Ani Suryani"]["certificate"] is None
    assert [r["code"] for r in by_name["Citra Lestari"]["reasons"]] == ["unit_not_competent"]
    assert "C.141000.002.02" in by_name["Citra Lestari"]["reasons"][0]["text"]
    assert [r["code"] for r in by_name["Dewi Anggraini"]["reasons"]] == ["attendance_below"]

    run(world_db, capsys, "print", "certificates", "--class", CODE, "-o", str(tmp_path / "c.pdf"))
    after = listing(world_db, capsys)
    ani = next(p for p in after["participants"] if p["name"] == "Ani Suryani")["certificate"]
    assert ani["status"] == "valid" and ani["payload"].startswith("LPKS1:")
    assert ani["participant_name"] == "Ani Suryani" and ani["issued_on"] == dt.date.today().isoformat()
    assert after["summary"]["valid"] == 2 and after["summary"]["eligible_without"] == 0

    code, out, _err = run(world_db, capsys, "certificates", "--class", CODE)
    assert code == 0
    assert ani["number"] in out and "not eligible:" in out

    with opened(world_db):
        budi = m.Enrollment.get_by_id(next(p for p in after["participants"]
                                           if p["name"] == "Budi Hartono")["certificate"]["enrollment_id"])
        budi.status = m.EnrollmentStatus.WITHDREW
        budi.save()
    code, out, _err = run(world_db, capsys, "certificates", "--class", CODE)
    line = next(line for line in out.splitlines() if "Budi Hartono" in line)
    assert "valid (no longer attending)" in line


def test_verify_genuine_altered_revoked_and_replaced(world_db, capsys, tmp_path, monkeypatch):
    run(world_db, capsys, "print", "certificates", "--class", CODE, "-o", str(tmp_path / "c.pdf"))
    certs = {c["participant_name"]: c for c in listing(world_db, capsys)["certificates"]}
    ani, budi = certs["Ani Suryani"], certs["Budi Hartono"]

    code, out, _err = run(world_db, capsys, "verify", ani["payload"])
    assert code == 0
    assert out.startswith("GENUINE") and ani["number"] in out and "Ani Suryani" in out

    monkeypatch.setattr("sys.stdin", io.StringIO(ani["payload"].lower() + "\n"))
    assert run(world_db, capsys, "verify", "-")[0] == 0

    payload = ani["payload"]
    index = len(payload) // 2
    altered = payload[:index] + ("A" if payload[index] != "A" else "B") + payload[index + 1:]
    code, out, _err = run(world_db, capsys, "verify", altered)
    assert code == 1
    assert out.split("\n", 1)[0] in ("ALTERED OR FORGED", "NOT A COMPLETE CERTIFICATE CODE")
    # A changed signature still decodes: the code's contents are shown, marked as unconfirmed.
    at = len(payload) - 10
    bad_signature = payload[:at] + ("A" if payload[at] != "A" else "B") + payload[at + 1:]
    code, out, _err = run(world_db, capsys, "verify", bad_signature)
    assert code == 1 and out.startswith("ALTERED OR FORGED")
    assert "NOT vouched for by a signature" in out and "Ani Suryani" in out

    code, out, err = run(world_db, capsys, "certificates", "revoke", ani["number"], "--reason", "Data palsu")
    assert code == 0, err
    assert f"Certificate {ani['number']} (Ani Suryani) was revoked" in out
    code, out, _err = run(world_db, capsys, "verify", "--json", ani["payload"])
    assert code == 1
    verdict = json.loads(out)
    assert verdict["verdict"] == "revoked" and verdict["status_reason"] == "Data palsu"

    code, out, err = run(world_db, capsys, "certificates", "reissue", budi["number"],
                         "--reason", "Nama salah")
    assert code == 0, err
    new_number = out.split("new certificate ", 1)[1].split(" ", 1)[0]
    assert new_number != budi["number"]
    code, out, _err = run(world_db, capsys, "verify", budi["payload"])
    assert code == 1 and out.startswith("REPLACED") and new_number in out
    after = {c["number"]: c for c in listing(world_db, capsys)["certificates"]}
    assert after[budi["number"]]["status"] == "replaced" and after[new_number]["status"] == "valid"
    assert run(world_db, capsys, "verify", after[new_number]["payload"])[0] == 0

    code, _out, err = run(world_db, capsys, "certificates", "revoke", "999/NOPE", "--reason", "x")
    assert code == 1 and 'There is no certificate numbered "999/NOPE"' in err
    code, _out, err = run(world_db, capsys, "certificates", "revoke", ani["number"], "--reason", "  ")
    assert code == 1 and "must not be empty" in err


def test_register_pdf_and_xlsx_list_every_number(world_db, capsys, tmp_path):
    run(world_db, capsys, "print", "certificates", "--class", CODE, "-o", str(tmp_path / "c.pdf"))
    certs = listing(world_db, capsys)["certificates"]
    revoked = certs[0]["number"]
    run(world_db, capsys, "certificates", "revoke", revoked, "--reason", "Ijazah palsu")
    year = dt.date.today().year

    pdf = tmp_path / "buku-induk.pdf"
    code, out, err = run(world_db, capsys, "register", "--institution", "lpk-sbp", "--year", str(year),
                         "-o", str(pdf))
    assert code == 0, err
    assert "(pages: 1)" in out
    reader = pypdf.PdfReader(str(pdf))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert width > height  # landscape
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "REGISTER OF CERTIFICATES" in text and f"Year {year}" in text
    for cert in certs:
        assert cert["number"] in text and cert["participant_name"] in text
    assert "Revoked: Ijazah palsu" in text and cert["nik"] in text

    xlsx = tmp_path / "buku-induk.xlsx"
    code, out, err = run(world_db, capsys, "register", "-o", str(xlsx))
    assert code == 0, err
    assert "(certificates: 2)" in out
    table = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    header_at = next(i for i, r in enumerate(table) if r[0] == "No.")
    rows = [dict(zip(table[header_at], r)) for r in table[header_at + 1:header_at + 3]]
    assert sorted(r["Certificate number"] for r in rows) == sorted(c["number"] for c in certs)
    by_number = {r["Certificate number"]: r for r in rows}
    assert by_number[revoked]["Status"] == "Revoked"
    assert isinstance(by_number[revoked]["NIK"], str) and len(by_number[revoked]["NIK"]) == 16
    assert by_number[revoked]["Date of birth"] in (dt.date(2000, 1, 1), dt.date(2000, 1, 2))

    code, _out, err = run(world_db, capsys, "register", "-o", str(tmp_path / "x.csv"))
    assert code == 1 and ".pdf or .xlsx" in err
    code, _out, err = run(world_db, capsys, "register", "--institution", "NOPE", "-o", str(pdf))
    assert code == 1 and 'no institution with the code "NOPE"' in err


def test_bad_class_code_exits_1(world_db, capsys, tmp_path):
    for args in (("print", "certificates", "--class", "NOPE-1", "-o", str(tmp_path / "x.pdf")),
                 ("certificates", "--class", "NOPE-1")):
        code, _out, err = run(world_db, capsys, *args)
        assert code == 1
        assert 'There is no class with the code "NOPE-1"' in err
    assert not (tmp_path / "x.pdf").exists()


def test_usage_errors_exit_2(world_db, capsys, tmp_path):
    assert run(world_db, capsys, "certificates")[0] == 2
    with pytest.raises(SystemExit) as stopped:
        main(["--db", world_db, "print", "certificates", "--class", CODE])  # no output named
    assert stopped.value.code == 2
    with pytest.raises(SystemExit) as stopped:
        main(["--db", world_db, "print", "certificates", "--class", CODE, "-o", "a.pdf", "--zip", "b.zip"])
    assert stopped.value.code == 2
    capsys.readouterr()


def test_keys_export_and_import_into_another_office(world_db, capsys, tmp_path):
    run(world_db, capsys, "print", "certificates", "--class", CODE, "-o", str(tmp_path / "c.pdf"))
    payload = listing(world_db, capsys)["certificates"][0]["payload"]
    key_file = tmp_path / "lpk-sbp.key"
    code, out, err = run(world_db, capsys, "keys", "export", "--institution", "LPK-SBP", "-o", str(key_file))
    assert code == 0, err
    assert key_file.read_text().startswith("LPKS-PUBLIC-KEY")

    other = str(tmp_path / "other.db")
    with opened(other) as store:
        store.save(m.Institution(code="BLK-LAIN", name="BLK Kota Lain"))
    code, out, _err = run(other, capsys, "verify", payload)
    assert code == 1 and out.startswith("UNKNOWN ISSUER")
    code, out, err = run(other, capsys, "keys", "import", str(key_file))
    assert code == 0, err
    assert "imported" in out and "LPK-SBP" in out
    code, out, _err = run(other, capsys, "keys", "import", str(key_file))
    assert code == 0 and "already known" in out
    code, out, _err = run(other, capsys, "verify", payload)
    assert code == 0 and out.startswith("GENUINE")
    code, out, _err = run(other, capsys, "keys", "--json")
    keys = json.loads(out)
    assert [(k["owner_code"], k["own"]) for k in keys] == [("LPK-SBP", False)]

    code, _out, err = run(other, capsys, "keys", "import", str(tmp_path / "c.pdf"))
    assert code == 1 and "not an LPKS Desktop public key file" in err
