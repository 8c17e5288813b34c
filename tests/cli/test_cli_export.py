"""``export participants`` and ``export class-list`` on the command line."""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from pathlib import Path

import pytest

from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store

NIK = "6311015103950001"


@contextlib.contextmanager
def opened(db_url):
    store = Store.open(parse_location(db_url))
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def filled(db_url, tmp_path):
    with opened(db_url) as store:
        sbp = store.save(m.Institution(code="LPK-SBP", name="LPK Sapta Bangun Persada"))
        store.save(m.Institution(code="LPK-STB", name="LPK Sapta Teknik Balangan"))  # no classes
        program = store.save(m.Program(institution=sbp.id, code="JHT", name="Menjahit", total_jp=20))
        klass = store.save(m.TrainingClass(institution=sbp.id, program=program.id,
                                           code="SBP-JHT-2026-01", name="Menjahit 1", capacity=10))
        siti = store.save(m.Participant(nik=NIK, full_name="Siti Aminah", sex="P", phone="+6281234567890"))
        odd = store.save(m.Participant(nik="6311011203950002", full_name="=1+2", sex="L"))
        store.save(m.Participant(nik="6311011203950003", full_name="Tanpa Kelas", sex="L"))
        store.save(m.Enrollment(training_class=klass.id, participant=siti.id, status="passed_selection"))
        store.save(m.Enrollment(training_class=klass.id, participant=odd.id, status="reserve",
                                reserve_rank=1))
    out = tmp_path / "out"
    out.mkdir()
    return db_url, out


def rows_of(path: Path, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=delimiter))


def test_export_participants_to_xlsx_and_csv(filled, capsys):
    db, out = filled
    target = out / "peserta.xlsx"
    assert main(["--db", db, "--lang", "en", "export", "participants", str(target)]) == 0
    assert "3 rows written to" in capsys.readouterr().out
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert NIK in sheet and "<f>" not in sheet

    target = out / "peserta.csv"
    assert main(["--db", db, "--lang", "id", "export", "participants", str(target),
                 "--class", "sbp-jht-2026-01", "--semicolon"]) == 0
    assert "2 baris ditulis" in capsys.readouterr().out
    rows = rows_of(target, ";")
    assert rows[0][:3] == ["No.", "NIK", "Nama lengkap"]
    assert {r[2] for r in rows[1:]} == {"Siti Aminah", "'=1+2"}
    assert "'" + NIK in [r[1] for r in rows]

    assert main(["--db", db, "export", "participants", str(target), "--plain"]) == 0
    assert NIK in [r[1] for r in rows_of(target)]


def test_export_participants_of_an_institution(filled, capsys):
    db, out = filled
    target = out / "sbp.csv"
    assert main(["--db", db, "export", "participants", str(target), "--institution", "lpk-sbp"]) == 0
    assert len(rows_of(target)) == 3
    assert main(["--db", db, "export", "participants", str(target), "--institution", "LPK-STB"]) == 0
    assert len(rows_of(target)) == 1  # the header only: nobody is in its classes


def test_export_class_list(filled, capsys):
    db, out = filled
    target = out / "kelas.csv"
    assert main(["--db", db, "--lang", "en", "export", "class-list", str(target),
                 "--class", "SBP-JHT-2026-01"]) == 0
    rows = rows_of(target)
    status, rank = rows[0].index("Status"), rows[0].index("Reserve rank")
    assert [(r[2], r[rank]) for r in rows[1:]] == [("Siti Aminah", ""), ("'=1+2", "1")]
    assert rows[1][status] and rows[2][status] != rows[1][status]


@pytest.mark.parametrize(("argv", "message"), [
    (["participants", "{out}/peserta.xls"], "old .xls format"),
    (["participants", "{out}/peserta.pdf"], "must end in .xlsx or .csv"),
    (["participants", "{out}/peserta.csv", "--class", "NOPE-2026-01"], "There is no class"),
    (["participants", "{out}/peserta.csv", "--institution", "NOPE"], "Known: LPK-SBP, LPK-STB"),
    (["class-list", "{out}/kelas.csv", "--class", "SBP-JHT-2026-09"], "There is no class"),
    (["participants", "{out}/missing/peserta.csv"], "does not exist"),
])
def test_user_problems_exit_1_with_a_clear_message(filled, capsys, argv, message):
    db, out = filled
    argv = [a.format(out=out) for a in argv]
    assert main(["--db", db, "--lang", "en", "export", *argv]) == 1
    assert message in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_a_bad_suffix_is_refused_in_indonesian_too(filled, capsys):
    db, out = filled
    assert main(["--db", db, "--lang", "id", "export", "participants", str(out / "a.txt")]) == 1
    assert "harus .xlsx atau .csv" in capsys.readouterr().err


def test_usage(filled, capsys):
    db, _out = filled
    assert main(["--db", db, "export"]) == 2
    with pytest.raises(SystemExit) as caught:
        main(["--db", db, "export", "class-list", "x.csv"])  # --class is required
    assert caught.value.code == 2
