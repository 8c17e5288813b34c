"""Data in the bundled packages that LPKS Desktop never loads, left out of the install.

Each entry is a path under site-packages (a glob) and why the app cannot reach it. Everything
else of a package is installed as its wheel has it.
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
    # Pillow treats a missing AVIF codec as "AVIF not supported"; the app reads no AVIF images.
    "PIL/_avif.*.pyd": "AVIF images are not read or written",
}


def prune_packages(site_packages: Path) -> tuple[int, list[str]]:
    """Remove UNUSED from ``site_packages``; returns the bytes freed and what was removed."""
    freed, removed = 0, []
    for pattern in sorted(UNUSED):
        for path in sorted(site_packages.glob(pattern)):
            if path.is_dir():
                freed += sum(item.stat().st_size for item in path.rglob("*") if item.is_file())
                shutil.rmtree(path)
            else:
                freed += path.stat().st_size
                path.unlink()
            removed.append(f"{path.relative_to(site_packages).as_posix()} ({UNUSED[pattern]})")
    return freed, removed
