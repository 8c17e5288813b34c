"""Fixtures for the Windows installer's smoke tests under Wine.

One installer build per test run, shared by pytest-xdist's workers through a file lock and kept
between runs in the build's download cache, keyed by a digest of everything the build reads.
One Wine prefix per run is booted and gets LPKS Desktop installed silently (shared by the workers
the same way); each worker copies it once for the tests that only read, and each test that
changes the installation works on a copy of its own (seconds, against about a minute for a new
boot and install).

The tests skip when Wine, NSIS or osslsigncode is missing, unless LPKS_REQUIRE_INSTALLER=1
(as in CI), which turns that into a failure naming what to install.
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
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

from lpks_desktop import __version__
from wine import USER, Prefix, Result, missing_tools

REPO = Path(__file__).resolve().parents[2]
REQUIRE = os.environ.get("LPKS_REQUIRE_INSTALLER") == "1"
APP_NAME = "LPKS Desktop"
UNINSTALL_KEY = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_NAME}"
# What the build reads; a change to any of it means a new build.
BUILD_INPUTS = ("pyproject.toml", "lpks_desktop", "installer", "resources")
# Builds of other source states are dropped once unused for this long.
STALE_BUILD_SECONDS = 3 * 24 * 3600

_timings: list[tuple[str, float]] = []


# --- tools --------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def installer_tools() -> None:
    missing = missing_tools()
    if not missing:
        return
    message = ("The Windows installer's tests need " + ", ".join(missing)
               + "; install them with: apt-get install wine wine64 nsis osslsigncode")
    if REQUIRE:
        pytest.fail(message + " (LPKS_REQUIRE_INSTALLER=1 asks for these tests to run)", pytrace=False)
    pytest.skip(message)


# --- the installer ------------------------------------------------------------------------------

def build_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lpks-desktop-build"


def _build_input_files() -> list[Path]:
    """The build's inputs as git sees them (ignored files such as __pycache__ left out)."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard",
                                 "--", *BUILD_INPUTS], cwd=REPO, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        files = []
        for name in BUILD_INPUTS:
            top = REPO / name
            files += [top] if top.is_file() else [p for p in top.rglob("*") if p.is_file()
                                                  and "__pycache__" not in p.parts]
        return sorted(files)
    names = [name for name in listed.stdout.decode().split("\0") if name]
    return sorted(REPO / name for name in names if (REPO / name).is_file())


def sources_digest() -> str:
    digest = hashlib.sha256()
    for path in _build_input_files():
        digest.update(path.relative_to(REPO).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def _load_build_module():
    """installer/build.py as its own command runs it: its sibling modules importable by name."""
    folder = REPO / "installer"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location("lpks_installer_build", folder / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drop_stale_builds(builds: Path, keep: Path) -> None:
    now = time.time()
    for old in builds.iterdir():
        if old != keep and old.is_dir() and now - old.stat().st_mtime > STALE_BUILD_SECONDS:
            shutil.rmtree(old, ignore_errors=True)


def _run_root(tmp_path_factory) -> Path:
    """A folder of this test run that every xdist worker sees."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def setup_exe(installer_tools, tmp_path_factory) -> Path:
    """``LPKS-Desktop-<version>-setup.exe`` built from this checkout, once for all workers."""
    builds = build_cache_dir() / "installer-tests"
    builds.mkdir(parents=True, exist_ok=True)
    key = sources_digest()
    done = builds / key
    # A failed build is reported to the other workers instead of being tried again by each.
    failed = _run_root(tmp_path_factory) / f"installer-build-{key}.failed"
    with FileLock(str(builds / f"{key}.lock")):
        if failed.exists():
            pytest.fail(failed.read_text(), pytrace=False)
        if not done.is_dir():
            work = builds / f"{key}.partial-{os.getpid()}"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            log_path = work / "build.log"
            started = time.perf_counter()
            try:
                with log_path.open("w", encoding="utf-8") as log_file:
                    def log(*parts, **_ignored):
                        print(*parts, file=log_file, flush=True)
                    # zlib: the same files and script as the release's LZMA build, in a
                    # fraction of the time (LZMA is most of a build's minutes).
                    _load_build_module().build_installer(work / "dist", build_cache_dir(), log=log,
                                                         compressor="zlib")
            except BaseException as exc:
                log_tail = log_path.read_text(encoding="utf-8", errors="replace")[-6000:]
                message = (f"Building the installer failed: {exc!r}\n"
                           f"{''.join(traceback.format_exception(exc)[-6:])}\n--- build log (end) ---\n"
                           f"{log_tail}")
                failed.write_text(message)
                shutil.rmtree(work, ignore_errors=True)
                pytest.fail(message, pytrace=False)
            _timings.append(("installer build", time.perf_counter() - started))
            work.rename(done)
            _drop_stale_builds(builds, done)
        os.utime(done)
    exe = done / "dist" / f"LPKS-Desktop-{__version__}-setup.exe"
    assert exe.is_file(), f"the build left no {exe.name} in {done / 'dist'}"
    return exe


# --- Wine prefixes ------------------------------------------------------------------------------

@dataclass
class Installation:
    """LPKS Desktop as a clerk's ``setup.exe /S`` installs it, in one prefix."""

    prefix: Prefix
    setup_exe: Path
    first_setup: Result | None = None

    @property
    def dir(self) -> Path:
        return self.prefix.local_appdata / "Programs" / APP_NAME

    @property
    def windows_dir(self) -> str:
        return self.prefix.windows_path(self.dir)

    @property
    def data_dir(self) -> Path:
        return self.prefix.local_appdata / APP_NAME

    @property
    def database(self) -> Path:
        return self.data_dir / "lpks.db"

    @property
    def shortcuts(self) -> list[Path]:
        return [self.prefix.start_menu_programs / f"{APP_NAME}.lnk",
                self.prefix.desktop / f"{APP_NAME}.lnk"]

    def setup(self, *args: str, label: str | None = "setup.exe /S (again, over an install)") -> Result:
        return self.prefix.run(self.setup_exe, "/S", *args, label=label)

    def uninstall(self, *args: str, label: str | None = "uninstall.exe /S") -> Result:
        """The uninstaller copies itself to a temporary folder, starts the copy and exits: the
        work is done when the prefix's last program has ended."""
        started = time.perf_counter()
        result = self.prefix.run(rf"{self.windows_dir}\uninstall.exe", "/S", *args)
        self.prefix.wait()
        if label:
            _timings.append((label, time.perf_counter() - started))
        return result

    def cli(self, *args: str, label: str | None = None, extra_env: dict[str, str] | None = None) -> Result:
        """``lpks-desktop.cmd``, the console entry the installer puts in the install folder."""
        return self.prefix.run(rf"{self.windows_dir}\lpks-desktop.cmd", *args, label=label,
                               extra_env=extra_env)

    def python(self, *args: str, label: str | None = None) -> Result:
        return self.prefix.run(rf"{self.windows_dir}\runtime\python.exe", *args, label=label)

    def uninstall_entry(self) -> dict[str, tuple[str, str]] | None:
        return self.prefix.reg_query(UNINSTALL_KEY)


def _shared(root: Path, name: str, make):
    """``make(path)`` once for all xdist workers of this run; the last worker to finish with it
    removes it (a prefix is large)."""
    path = root / name
    users = root / f"{name}.users"
    with FileLock(str(root / f"{name}.lock")):
        if not (path / ".complete").exists():
            shutil.rmtree(path, ignore_errors=True)
            make(path)
            (path / ".complete").touch()
        users.write_text(str(int(users.read_text() or 0) + 1) if users.exists() else "1")
    try:
        yield path
    finally:
        with FileLock(str(root / f"{name}.lock")):
            left = int(users.read_text() or 1) - 1
            users.write_text(str(left))
            if left == 0:
                prefix = Prefix(path)
                prefix.kill()
                shutil.rmtree(path, ignore_errors=True)
                shutil.rmtree(prefix.home, ignore_errors=True)


@pytest.fixture(scope="session")
def installed_template(setup_exe, tmp_path_factory):
    """A new Windows with LPKS Desktop silently installed, never run: tests copy it (a second
    or two, against half a minute for an install). Yields it and setup.exe's result."""
    def make(path: Path) -> None:
        prefix = Prefix(path, _timings)
        prefix.boot()
        prefix.stand_in_for_missing_dlls()
        result = prefix.run(setup_exe, "/S", label="setup.exe /S (first install)")
        prefix.wait()
        (path / ".setup-result.json").write_text(json.dumps(
            {"returncode": result.returncode, "stdout": result.stdout, "stderr": result.stderr,
             "seconds": result.seconds}))

    yield from _shared(_run_root(tmp_path_factory), "wine-installed", make)


# Files in these are never written in place, so copies of a prefix share them (hard links).
LINKED = ("drive_c/windows/system32", "drive_c/windows/syswow64",
          f"drive_c/users/{USER}/AppData/Local/Programs/{APP_NAME}/runtime")


def _copy_of(template: Path, path: Path) -> Prefix:
    started = time.perf_counter()
    prefix = Prefix(template, _timings).copy_to(path, linked=LINKED)
    _timings.append(("copy of the installed prefix", time.perf_counter() - started))
    return prefix


@pytest.fixture(scope="session")
def installed(installed_template, setup_exe, tmp_path_factory):
    """The installation that tests which change nothing share (one per worker)."""
    prefix = _copy_of(installed_template, tmp_path_factory.mktemp("installed") / "prefix")
    installation = Installation(prefix, setup_exe)
    installation.first_setup = Result(**{"command": [str(setup_exe), "/S"],
                                         **json.loads((installed_template / ".setup-result.json").read_text())})
    yield installation
    prefix.kill()
    shutil.rmtree(prefix.path, ignore_errors=True)


@pytest.fixture
def own_installation(installed_template, setup_exe, tmp_path):
    """An installation of the test's own to change, removed afterwards."""
    prefix = _copy_of(installed_template, tmp_path / "prefix")
    yield Installation(prefix, setup_exe)
    prefix.kill()
    shutil.rmtree(prefix.path, ignore_errors=True)


# --- timings ------------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _hand_over_wine_timings(request):
    """Timings measured while the test (or a session fixture it started) ran travel with its
    report, so that the summary also shows those taken on xdist workers."""
    yield
    while _timings:
        label, seconds = _timings.pop(0)
        request.node.user_properties.append(("wine timing", (label, round(seconds, 1),
                                                             request.node.name)))


def pytest_terminal_summary(terminalreporter):
    rows = [value for reports in terminalreporter.stats.values() for report in reports
            if getattr(report, "when", None) == "teardown"
            for name, value in getattr(report, "user_properties", ()) if name == "wine timing"]
    if rows:
        terminalreporter.section("Windows installer under Wine: timings")
        for label, seconds, test in rows:
            terminalreporter.write_line(f"{seconds:7.1f} s  {label}  ({test})")
