"""Files of the bundled packages that LPKS Desktop never loads, left out of the install.

Each UNUSED entry is a path under site-packages (a glob) and why the app cannot reach it; KEPT
names what such a glob would catch but the app does use. Everything else of a package is
installed as its wheel has it. Fewer files matter as much as fewer bytes: installing, upgrading
and every antivirus scan on a clerk's PC pay per file.

What the app calls, and so what must keep working (tests/installer checks it on pruned copies):
holidays.country_holidays("ID", years=..., language="id" or "en_US", categories=...),
stdnum.id.nik.validate and stdnum.exceptions, and phonenumbers' parse, is_valid_number,
region_code_for_number and format_number.
"""

from __future__ import annotations

import shutil
from pathlib import Path

UNUSED = {
    # The app validates and formats numbers (phonenumbers' core metadata); describing where a
    # number is, its carrier or time zone is not used, and that data is 40 MB with its bytecode.
    "phonenumbers/geodata": "phonenumbers.geocoder is not used",
    "phonenumbers/geocoder.py": "phonenumbers.geocoder is not used",
    "phonenumbers/carrierdata": "phonenumbers.carrier is not used",
    "phonenumbers/carrier.py": "phonenumbers.carrier is not used",
    "phonenumbers/tzdata": "phonenumbers.timezone is not used",
    "phonenumbers/timezone.py": "phonenumbers.timezone is not used",
    # shortdata/__init__ only registers a loader per region; a region's file is imported when a
    # short-number function (emergency or service codes) asks for it, and the app calls none.
    "phonenumbers/shortdata/region_*.py": "short numbers (emergency and service codes) are not checked",
    # Pillow treats a missing AVIF codec as "AVIF not supported"; the app reads no AVIF images.
    "PIL/_avif.*.pyd": "AVIF images are not read or written",
    # The app asks for Indonesia's holidays only. The registry in holidays/__init__ names every
    # country with a lazy loader that imports holidays.countries.<country> when first called;
    # countries/__init__ would import all 250 countries at that moment. Without it
    # holidays.countries is a namespace package and only indonesia.py is imported.
    "holidays/countries/*.py": "only Indonesia's holidays are asked for",
    "holidays/financial": "no stock-exchange calendars are asked for: the registry only names them",
    # Holiday names are translated from locale/<language>/LC_MESSAGES/<country>.mo.
    "holidays/locale/*/LC_MESSAGES/*.mo": "other countries' holiday names are never shown",
    # python-stdnum: the app checks the Indonesian NIK (stdnum.id.nik, which reads id/loc.dat
    # through stdnum.numdb); nothing looks up another country's module by name.
    "stdnum/*": "numbers of other countries and kinds are not checked",
    # apsw.sqlite_extra loads these SQLite extensions and tools when asked by name; the app asks
    # for none. The tests are apsw's own.
    "apsw/sqlite_extra_binaries": "no SQLite extensions or tools of apsw.sqlite_extra are loaded",
    "apsw/tests": "apsw's own test suite",
    # Type stubs are read by type checkers, never at run time.
    "**/*.pyi": "type stubs, read only by type checkers",
    "**/py.typed": "type-checker marker",
}

KEPT = {
    "holidays/countries/indonesia.py",
    "holidays/locale/*/LC_MESSAGES/ID.mo",
    "stdnum/__init__.py",
    "stdnum/exceptions.py",
    "stdnum/util.py",
    "stdnum/numdb.py",
    "stdnum/luhn.py",  # stdnum.id's npwp, imported by stdnum/id/__init__
    "stdnum/id",
    "stdnum/__pycache__",
}


def _kept(path: Path, site_packages: Path) -> bool:
    relative = path.relative_to(site_packages)
    return any(relative.full_match(pattern) for pattern in KEPT)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())
    return path.stat().st_size


def prune_packages(site_packages: Path) -> tuple[int, list[str]]:
    """Remove UNUSED (but not KEPT) from ``site_packages``; returns the bytes freed and one line
    per entry saying what was removed and why."""
    freed, removed = 0, []
    for pattern in sorted(UNUSED):
        paths = [path for path in sorted(site_packages.glob(pattern))
                 if path.exists() and not _kept(path, site_packages)]
        if not paths:
            continue
        size = sum(_size(path) for path in paths)
        files = sum(sum(1 for item in path.rglob("*") if item.is_file()) if path.is_dir() else 1
                    for path in paths)
        for path in paths:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        freed += size
        shown = paths[0].relative_to(site_packages).as_posix() if len(paths) == 1 else pattern
        removed.append(f"{shown}: {files} file{'s' if files != 1 else ''}, {size / 1e6:.1f} MB ({UNUSED[pattern]})")
    _remove_empty_folders(site_packages)
    return freed, removed


def _remove_empty_folders(site_packages: Path) -> None:
    for folder in sorted((p for p in site_packages.rglob("*") if p.is_dir()), key=lambda p: len(p.parts),
                         reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
