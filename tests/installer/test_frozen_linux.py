"""The PyInstaller one-folder build for Linux, built from installer/lpks-desktop.spec and run.

The build is made once per state of the sources (the app, its resources, the spec and the
pinned dependencies) and kept in the build cache, so pytest-xdist's workers and later runs
share it; a file lock makes the others wait for the one building. The programs then run as a
user would run them, with the self-check catching a lost data file, Qt plugin or hidden import.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock
from pypdf import PdfReader

from lpks_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "installer" / "lpks-desktop.spec"
REQUIRE = os.environ.get("LPKS_REQUIRE_INSTALLER") == "1"
BUILD_INPUTS = ("lpks_desktop", "resources", "installer/lpks-desktop.spec", "pyproject.toml")
STALE_BUILD_SECONDS = 3 * 24 * 3600

# The first test (and any waiting on it) includes the build, about four minutes on a busy
# two-CPU machine, in its time.
pytestmark = pytest.mark.timeout(1200)

# Qt modules the app does not use: their Python modules and libraries must stay out.
# (The library of QtDBus stays: the xcb platform plugin links it.)
EXCLUDED_QT = ("Qml", "Quick", "Network", "OpenGL", "Sql", "Test", "Xml", "Designer",
               "Help", "UiTools", "Concurrent", "SvgWidgets", "WebEngine", "Multimedia", "Wayland")
KEPT_PLUGINS = {
    "platforms": {"libqxcb.so", "libqoffscreen.so"},
    "imageformats": {"libqsvg.so", "libqico.so", "libqjpeg.so"},
    "iconengines": {"libqsvgicon.so"},
    "printsupport": {"libcupsprintersupport.so"},
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so"},
}


def _input_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard",
                             "--", *BUILD_INPUTS], cwd=REPO, capture_output=True)
    if listed.returncode == 0:
        names = [name for name in listed.stdout.decode().split("\0") if name]
        return sorted(REPO / name for name in names if (REPO / name).is_file())
    files = []
    for name in BUILD_INPUTS:
        top = REPO / name
        files += [top] if top.is_file() else [p for p in top.rglob("*")
                                              if p.is_file() and "__pycache__" not in p.parts]
    return sorted(files)


def _sources_digest() -> str:
    from PyInstaller import __version__ as pyinstaller_version

    digest = hashlib.sha256(f"pyinstaller {pyinstaller_version}\0".encode())
    for path in _input_files():
        digest.update(path.relative_to(REPO).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lpks-desktop-build"


def _drop_stale(builds: Path, keep: Path) -> None:
    now = time.time()
    for old in builds.iterdir():
        if old != keep and old.is_dir() and now - old.stat().st_mtime > STALE_BUILD_SECONDS:
            shutil.rmtree(old, ignore_errors=True)


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory) -> Path:
    """The one-folder build of this checkout (``.../lpks-desktop``), built at most once."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed; install the test packages: pip install -e .[test]"
        if REQUIRE:
            pytest.fail(message + " (LPKS_REQUIRE_INSTALLER=1 asks for this test to run)", pytrace=False)
        pytest.skip(message)
    builds = _cache_dir() / "frozen-linux"
    builds.mkdir(parents=True, exist_ok=True)
    key = _sources_digest()
    done = builds / key
    base = tmp_path_factory.getbasetemp()
    failed = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / f"frozen-build-{key}.failed"
    with FileLock(str(builds / f"{key}.lock")):
        if failed.exists():
            pytest.fail(failed.read_text(), pytrace=False)
        if not done.is_dir():
            partial = builds / f"{key}.partial-{os.getpid()}"
            shutil.rmtree(partial, ignore_errors=True)
            started = time.perf_counter()
            built = subprocess.run(
                [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", str(partial / "dist"), "--workpath", str(partial / "work"), str(SPEC)],
                cwd=REPO, capture_output=True, text=True, timeout=1500)
            if built.returncode != 0:
                message = f"PyInstaller failed ({built.returncode}):\n{built.stderr[-6000:]}"
                failed.write_text(message)
                shutil.rmtree(partial, ignore_errors=True)
                pytest.fail(message, pytrace=False)
            shutil.rmtree(partial / "work")  # PyInstaller's intermediate files: as large again
            (partial / "build-seconds").write_text(f"{time.perf_counter() - started:.0f}")
            partial.rename(done)
            _drop_stale(builds, done)
        os.utime(done)
    print(f"frozen build {key}: {(done / 'build-seconds').read_text()} s to build")
    return done / "dist" / "lpks-desktop"


def _run(app: Path, tmp_path: Path, *args: str, program: str = "lpks-desktop",
         env: dict | None = None) -> subprocess.CompletedProcess:
    # A clean environment: nothing of this checkout or its virtual environment may help the build.
    base = {key: value for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "VIRTUAL_ENV", "LPKS_", "QT_"))}
    base.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                LPKS_LANG="en", QT_QPA_PLATFORM="offscreen")
    base.update(env or {})
    return subprocess.run([str(app / program), *args], cwd=tmp_path, env=base,
                          capture_output=True, text=True, timeout=300)


def test_both_programs_print_the_version(frozen_app, tmp_path):
    for program in ("lpks-desktop", "LPKS Desktop"):
        done = _run(frozen_app, tmp_path, "--version", program=program)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"LPKS Desktop {__version__}"


def test_the_headless_self_check_writes_pdfs(frozen_app, tmp_path):
    kept = tmp_path / "check"
    done = _run(frozen_app, tmp_path, "self-check", "--keep", str(kept), "--json", env={"LPKS_LANG": "id"})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["app_version"] == __version__ and report["demo_rows"] > 1000
    assert "DAFTAR HADIR" in PdfReader(kept / "attendance-sheet.pdf").pages[0].extract_text()
    assert "SERTIFIKAT" in PdfReader(kept / "certificates.pdf").pages[0].extract_text()
    assert not (tmp_path / "data" / "LPKS Desktop" / "lpks.db").exists()


def test_the_window_self_check_shows_every_page_with_the_bundled_resources(frozen_app, tmp_path):
    kept = tmp_path / "check"
    done = _run(frozen_app, tmp_path, "self-check", "--gui", "--keep", str(kept), "--json")
    assert done.returncode == 0, done.stderr
    gui = json.loads(done.stdout)["gui"]
    assert gui["platform"] == "offscreen"
    assert {"home", "participants", "classes", "attendance", "certificates", "calendar",
            "settings", "users"} <= set(gui["pages"])
    bundled = frozen_app / "_internal" / "resources"
    assert Path(gui["icon"]) == bundled / "icons" / "lpks-desktop.svg"
    assert {Path(p) for p in gui["translations"].values()} == {
        bundled / "translations" / "lpks_desktop_id.qm", bundled / "translations" / "qtbase_id.qm"}
    assert (kept / "main-window.png").read_bytes().startswith(b"\x89PNG")
    # The check's own settings; the window never backed up into the user's data folder.
    assert list((kept / "settings").rglob("*.ini"))
    assert not list((tmp_path / "data").rglob("*.*"))
    assert not (tmp_path / "config" / "LPKS Desktop").exists()


@pytest.mark.parametrize("removed, named", [
    ("_internal/PySide6/Qt/plugins/imageformats/libqsvg.so", "The Qt image plugin for svg is missing"),
    ("_internal/resources/translations/qtbase_id.qm", "The translation qtbase_id is missing"),
])
def test_a_build_missing_a_plugin_or_translation_fails_the_window_check(frozen_app, tmp_path, removed, named):
    # A copy made of hard links: the same files, one of them taken away.
    copy = tmp_path / "lpks-desktop"
    subprocess.run(["cp", "-al", str(frozen_app), str(copy)], check=True)
    (copy / removed).unlink()
    done = _run(copy, tmp_path, "self-check", "--gui")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    assert "Self-check FAILED: " + named in done.stderr, done.stderr


def test_only_the_qt_the_app_uses_is_bundled(frozen_app):
    internal = frozen_app / "_internal"
    names = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    for module in EXCLUDED_QT:
        found = [n for n in names if f"Qt{module}" in n or f"Qt6{module}" in n]
        assert not found, f"Qt{module} should not be bundled: {found[:5]}"
    assert {p.name for p in (internal / "PySide6").glob("Qt*.so")} == {
        "QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so", "QtPrintSupport.abi3.so"}
    plugins = internal / "PySide6" / "Qt" / "plugins"
    bundled = {folder.name: {p.name for p in folder.iterdir()} for folder in plugins.iterdir()}
    assert bundled == KEPT_PLUGINS
    # Qt's own translations (no Indonesian among them) and QML are left out.
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    assert not (internal / "PySide6" / "Qt" / "qml").exists()


def test_the_resources_are_bundled_with_translations_compiled_at_build_time(frozen_app):
    resources = frozen_app / "_internal" / "resources"
    fonts = {p.name for p in (REPO / "resources" / "fonts").iterdir()}
    assert {p.name for p in (resources / "fonts").iterdir()} == fonts
    assert (resources / "icons" / "lpks-desktop.svg").read_bytes() == \
        (REPO / "resources" / "icons" / "lpks-desktop.svg").read_bytes()
    sources = {p.stem for p in (REPO / "resources" / "translations").glob("*.ts")}
    shipped = {p.name for p in (resources / "translations").iterdir()}
    assert shipped == {f"{stem}.qm" for stem in sources}
    for name in shipped:
        assert (resources / "translations" / name).read_bytes()[:16].startswith(b"\x3c\xb8\x64\x18")
    # Indonesian holiday names for the calendar come from the holidays package's catalogues.
    assert (frozen_app / "_internal" / "holidays" / "locale" / "id" / "LC_MESSAGES" / "ID.mo").is_file()
