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


def _run_gui(tmp_path, *args: str, env: dict | None = None, before: str = "") -> subprocess.CompletedProcess:
    code = f"import sys; {before}from lpks_desktop import cli; sys.exit(cli.main(sys.argv[1:]))"
    full_env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "LPKS_LANG": "en", "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("LPKS_DB", None)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=300)


def test_the_window_check_opens_the_main_window_on_its_own_database_and_shows_every_page(tmp_path):
    kept = tmp_path / "check"
    done = _run_gui(tmp_path, "self-check", "--gui", "--keep", str(kept), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    gui = report["gui"]
    assert gui["platform"] == "offscreen"
    assert gui["pages"][0] == "home" and {"participants", "classes", "certificates", "settings"} <= set(gui["pages"])
    assert {"svg", "ico", "jpeg"} <= set(gui["image_formats"])
    assert set(gui["translations"]) == {"lpks_desktop_id", "qtbase_id"}
    image = kept / "main-window.png"
    assert image.read_bytes().startswith(b"\x89PNG") and gui["window_image_bytes"] == image.stat().st_size
    # Window geometry and the backup switch went to the check's own settings file; no backup was
    # made into the user's data folder when the window closed.
    assert list((kept / "settings").rglob("*.ini"))
    # (The command line makes the data folder itself, empty, before any command runs.)
    assert not list((tmp_path / "data").rglob("*.*"))
    assert not (tmp_path / "config" / "LPKS Desktop").exists()


def test_without_qt_the_window_check_says_qt_could_not_be_loaded(tmp_path):
    # Python refuses an import whose sys.modules entry is None, as it refuses a PySide6 whose DLLs
    # do not load (Windows programs under Wine lack icuuc.dll).
    block = "sys.modules['PySide6'] = None; "
    done = _run_gui(tmp_path, "self-check", "--gui", before=block)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("Self-check FAILED: Qt could not be loaded: "), done.stderr
    assert "PySide6" in done.stderr
    # The headless part ran first and passed.
    assert "certificates: " in done.stdout
    indonesian = _run_gui(tmp_path, "self-check", "--gui", env={"LPKS_LANG": "id"}, before=block)
    assert indonesian.returncode == 1
    assert indonesian.stderr.startswith("Pemeriksaan mandiri GAGAL: Qt tidak dapat dimuat: "), indonesian.stderr


def test_the_window_check_without_a_display_says_how_to_run_it(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "lpks_desktop", "self-check", "--gui"], cwd=ROOT, capture_output=True, text=True,
        env={**environment, "XDG_DATA_HOME": str(tmp_path / "data"), "LPKS_LANG": "en", "QT_QPA_PLATFORM": "xcb"},
        timeout=300)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    assert "No display (DISPLAY is not set): run with QT_QPA_PLATFORM=offscreen" in done.stderr


def test_without_keep_a_passed_check_leaves_nothing_and_a_failed_one_keeps_its_files(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    passed = _run_gui(tmp_path, "self-check", env={"TMPDIR": str(scratch)})
    assert passed.returncode == 0, passed.stderr
    assert list(scratch.iterdir()) == []
    failed = _run_gui(tmp_path, "self-check", "--gui", env={"TMPDIR": str(scratch)},
                      before="sys.modules['PySide6'] = None; ")
    assert failed.returncode == 1
    [kept] = scratch.iterdir()
    assert f"The check's files are kept in {kept}." in failed.stderr
    assert (kept / "certificates.pdf").is_file()
