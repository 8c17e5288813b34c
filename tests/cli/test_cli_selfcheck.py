"""``lpks-desktop self-check``: a working installation proves itself without a screen or Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    # A fresh process, as an installed program starts; Qt must stay unloaded all the way.
    code = ("import sys; from lpks_desktop import cli; code = cli.main(sys.argv[1:]); "
            "assert 'PySide6' not in sys.modules, 'self-check imported Qt'; sys.exit(code)")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "LPKS_LANG": "id"}
    env.pop("LPKS_DB", None)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_self_check_writes_a_demo_database_and_readable_pdfs_without_qt(tmp_path):
    kept = tmp_path / "check"
    done = _run(tmp_path, "self-check", "--keep", str(kept), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["schema_version"] >= 5 and report["demo_rows"] > 1000
    sheet = PdfReader(kept / "attendance-sheet.pdf")
    assert "DAFTAR HADIR" in sheet.pages[0].extract_text()
    certificates = PdfReader(kept / "certificates.pdf")
    assert len(certificates.pages) >= 2 and "SERTIFIKAT" in certificates.pages[0].extract_text()
    # The user's own database is never touched: none was made in the data folder.
    assert not (tmp_path / "data" / "LPKS Desktop" / "lpks.db").exists()


def test_a_self_check_that_cannot_write_its_files_says_so(tmp_path):
    blocked = tmp_path / "file-in-the-way"
    blocked.write_text("not a folder")
    done = _run(tmp_path, "self-check", "--keep", str(blocked))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    assert "GAGAL" in done.stderr and str(blocked) in done.stderr
