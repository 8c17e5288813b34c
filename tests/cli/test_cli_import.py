"""``import participants`` on the command line: the report, exit codes, and all-or-nothing writes."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lpks_desktop import cli
from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.services.participants import save_participant
from lpks_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core"))
from import_sheets import HEADINGS, registrant_rows, write_registrants, write_xlsx  # noqa: E402

_BUILD = cli.build_parser
# The command as a child process runs it: through ``cli.main`` with ``import`` registered
# (cli.py registers it; added here as well while it does not).
_BOOT = (
    "import argparse, sys\n"
    "from lpks_desktop import cli, cli_import\n"
    "build = cli.build_parser\n"
    "def with_import():\n"
    "    parser = build()\n"
    "    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))\n"
    "    if 'import' not in commands.choices:\n"
    "        cli_import.add_commands(commands, cli._h)\n"
    "    return parser\n"
    "cli.build_parser = with_import\n"
    "sys.exit(cli.main())\n"
)


@contextlib.contextmanager
def opened(db_url):
    store = Store.open(parse_location(db_url))
    try:
        yield store
    finally:
        store.close()
        m.database.initialize(None)


def counts(db_url) -> dict[str, int]:
    with opened(db_url):
        return {model._meta.table_name: model.select().count() for model in m.ALL_MODELS}


def messy(path):
    return write_xlsx(path, [
        ["DAFTAR PESERTA PELATIHAN"], [],
        ["No", "Nama Lengkap", "NIK", "L/P", "Tgl. Lahir", "No. HP"],
        [1, "Budi Santoso", "6311011708950001", "L", "17-08-1995", 81234567890],
        [2, "Siti Rahmah", "6311015708950002", "P", "17/8/95", "0812-3456-7891"],
        [3, "Ahmad Fauzi", 6311011708950000, "L", "17 Agustus 1995", ""],  # row 6
        [4, "", "6311011708950004", "L", "31-02-1995", "0812"],  # row 7
    ])


def test_a_messy_list_is_reported_cell_by_cell_and_nothing_is_written(db_url, tmp_path, capsys):
    path = messy(tmp_path / "peserta.xlsx")
    before = counts(db_url)
    assert main(["--db", db_url, "--lang", "id", "import", "participants", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Baris 6, kolom C (NIK): NIK \"6311011708950000\" tersimpan sebagai angka" in out
    assert "Baris 7, kolom B (Nama Lengkap): Nama lengkap wajib diisi." in out
    assert "Baris 7, kolom E (Tgl. Lahir):" in out and "Baris 7, kolom F (No. HP):" in out
    assert "Tidak ada yang diimpor: 4 kesalahan di 2 baris" in out
    assert counts(db_url) == before


def test_json_report_and_english(db_url, tmp_path, capsys):
    path = messy(tmp_path / "peserta.xlsx")
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["header_row"] == 3 and report["written"] is False and report["errors"] == 4
    assert [(p["row"], p["column"], p["code"]) for p in report["problems"]] == [
        (6, "C", "nik_excel_number"), (7, "B", "required"), (7, "E", "date_invalid"), (7, "F", "phone_invalid")]
    assert report["mapping"]["C"] == {"heading": "NIK", "field": "nik"}
    assert report["refused"].startswith("Nothing was imported")
    assert [n["row"] for n in report["new"]] == [4, 5]


def test_dry_run_then_import_then_nothing_left_to_do(db_url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "ok.xlsx", [list(HEADINGS)] + registrant_rows(30, seed=3))
    before = counts(db_url)
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "30 new participants" in out and "Dry run" in out
    assert counts(db_url) == before
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path)]) == 0
    assert "Import finished: 30 new participants" in capsys.readouterr().out
    after = counts(db_url)
    assert after["participant"] == before["participant"] + 30
    assert after["audit_log"] == before["audit_log"] + 1
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["unchanged"]) == 30 and report["written"] is False
    assert counts(db_url)["participant"] == after["participant"]


def test_changes_to_stored_people_are_listed_before_after(db_url, tmp_path, capsys):
    with opened(db_url) as store:
        save_participant(store, {"nik": "6311011708950001", "full_name": "Budi Santoso", "sex": "L",
                                 "phone": "0813-0000-1111"})
    path = write_xlsx(tmp_path / "x.xlsx", [["NIK", "Nama", "JK", "No HP"],
                                            ["6311011708950001", "Budi Santoso", "L", "0812-3456-7890"]])
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Row 2, NIK 6311011708950001, Budi Santoso: Phone: +6281300001111 -> +6281234567890" in out
    with opened(db_url):
        assert m.Participant.get(m.Participant.nik == "6311011708950001").phone == "+6281300001111"


def test_valid_only_imports_the_valid_rows_and_still_reports_the_rest(db_url, tmp_path, capsys):
    path = messy(tmp_path / "peserta.xlsx")
    before = counts(db_url)
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--valid-only"]) == 1
    out = capsys.readouterr().out
    assert "Import finished: 2 new participants" in out and "2 rows with problems skipped" in out
    assert counts(db_url)["participant"] == before["participant"] + 2


def test_registering_into_a_class_by_code(db_url, tmp_path, capsys):
    assert main(["--db", db_url, "demo", "--participants", "40", "--seed", "7"]) == 0
    capsys.readouterr()
    with opened(db_url):
        klass = (m.TrainingClass.select().where(m.TrainingClass.status.in_(("open", "planned", "running")))
                 .order_by(m.TrainingClass.id).first())
        code, institution = klass.code, klass.institution.code
    path = write_xlsx(tmp_path / "kelas.xlsx", [list(HEADINGS)] + registrant_rows(5, seed=9, start_serial=7001))
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--class", code.lower(),
                 "--institution", institution]) == 0
    assert "5 registered into the class" in capsys.readouterr().out
    with opened(db_url):
        registered = (m.Enrollment.select().join(m.Participant)
                      .where(m.Enrollment.training_class == klass.id,
                             m.Participant.nik.in_([r[2] for r in registrant_rows(5, seed=9, start_serial=7001)])))
        assert [e.status for e in registered] == ["registered"] * 5


def test_unknown_institution_or_class_and_refused_files(db_url, tmp_path, capsys):
    path = messy(tmp_path / "peserta.xlsx")
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--institution", "NOPE"]) == 1
    assert 'no institution with the code "NOPE"' in capsys.readouterr().err
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(path), "--class", "NOPE-1"]) == 1
    assert "NOPE-1" in capsys.readouterr().err
    png = tmp_path / "foto.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert main(["--db", db_url, "--lang", "en", "import", "participants", str(png)]) == 1
    assert "a PNG picture, not a spreadsheet" in capsys.readouterr().err


# -- a power cut in the middle of a large import ----------------------------------------------

def _child(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", _BOOT, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "LPKS_LANG": "en"})


def _survivor(path: Path) -> int:
    """Runs ``check`` on the killed database; returns its participants (it must pass)."""
    check = _child("--db", str(path), "check", "--json")
    out, err = check.communicate(timeout=120)
    assert check.returncode == 0, (out, err)
    report = json.loads(out)
    assert report["ok"], report["problems"]
    return report["counts"].get("participant", 0)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_a_large_import_leaves_all_or_nothing(tmp_path):
    rows = 20_000
    sheet = write_registrants(tmp_path / "besar.xlsx", rows, seed=2026)
    template = tmp_path / "template.db"
    assert _child("--db", str(template), "migrate").wait(timeout=120) == 0

    def fresh(name: str) -> Path:
        target = tmp_path / name
        target.write_bytes(template.read_bytes())
        return target

    calibration = fresh("calibrate.db")
    started = time.perf_counter()
    run = _child("--db", str(calibration), "import", "participants", str(sheet))
    out, err = run.communicate(timeout=600)
    assert run.returncode == 0, (out[-2000:], err[-2000:])
    full_run = time.perf_counter() - started
    assert _survivor(calibration) == rows

    rng = random.Random(20261128)
    outcomes = []
    # The first kill when the WAL file starts to grow (the rows reaching the disk, at the latest
    # during the commit); the others at random moments over a whole run.
    for attempt in range(6):
        path = fresh(f"killed-{attempt}.db")
        process = _child("--db", str(path), "import", "participants", str(sheet))
        if attempt == 0:
            wal = Path(str(path) + "-wal")
            deadline = time.perf_counter() + full_run * 2
            while time.perf_counter() < deadline and process.poll() is None \
                    and not (wal.exists() and wal.stat().st_size > 100_000):
                time.sleep(0.002)
        else:
            time.sleep(rng.uniform(0.05, full_run * 1.05))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        found = _survivor(path)
        assert found in (0, rows), (attempt, found)
        outcomes.append("complete" if found else "empty")
    assert "empty" in outcomes, outcomes  # at least one kill landed before the commit
