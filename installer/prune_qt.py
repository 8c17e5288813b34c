"""Keeping only the part of Qt that LPKS Desktop uses.

pyside6-essentials brings all of Qt Essentials (QML, Quick, Designer, tools, translations); the
app imports QtCore, QtGui, QtWidgets and QtPrintSupport, and draws its SVG icon through the
qsvgicon engine. The roots below are those modules and the plugins a Windows desktop app loads;
every DLL they import (read from the PE headers) is kept, the rest of PySide6 and shiboken6 goes.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pe_imports import imported_dlls

# Python modules of PySide6 the app imports (QtSvg is tiny and lets code render SVG directly).
KEPT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")

# Plugins, relative to PySide6/plugins. Qt loads these by name at run time, so no import table
# names them: the window system, the native style, the image formats the app reads and writes
# (PNG is built into QtGui), the SVG icon engine, and offscreen for running without a screen.
KEPT_PLUGINS = (
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "styles/*.dll",
    "imageformats/qsvg.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "iconengines/qsvgicon.dll",
)

# Python files of the packages themselves, kept whatever the binaries do.
KEPT_PYTHON = (
    "PySide6/__init__.py",
    "PySide6/_config.py",
    "PySide6/_git_pyside_version.py",
    "PySide6/support/__init__.py",
    "PySide6/support/deprecated.py",
    "shiboken6/__init__.py",
    "shiboken6/_config.py",
    "shiboken6/_git_shiboken_module_version.py",
)

PRUNED_PACKAGES = ("PySide6", "shiboken6")


@dataclass
class PruneResult:
    bytes_before: int = 0
    bytes_after: int = 0
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"Qt pruned from {self.bytes_before / 1e6:.1f} MB to {self.bytes_after / 1e6:.1f} MB "
                f"({len(self.kept)} files kept, {len(self.removed)} removed)")


def _package_files(site_packages: Path) -> list[str]:
    files = []
    for package in PRUNED_PACKAGES:
        root = site_packages / package
        if root.is_dir():
            files += [path.relative_to(site_packages).as_posix() for path in root.rglob("*") if path.is_file()]
    return sorted(files)


def _roots(files: list[str]) -> set[str]:
    roots = {f"PySide6/{module}.pyd" for module in KEPT_MODULES} | {"shiboken6/Shiboken.pyd"}
    for pattern in KEPT_PLUGINS:
        roots |= {name for name in files if fnmatch.fnmatch(name, f"PySide6/plugins/{pattern}")}
    missing = sorted(root for root in roots if root not in files)
    if missing:
        raise FileNotFoundError(f"Qt files the app needs are missing from the wheels: {', '.join(missing)}")
    return roots


def files_to_keep(site_packages: Path) -> set[str]:
    """The PySide6 and shiboken6 files (relative to site-packages) the app needs on Windows."""
    files = _package_files(site_packages)
    # DLLs are found by name in the package folders (Windows matches names case-insensitively).
    # Both packages carry the C++ runtime; each keeps its copies, as pip would install them.
    dlls: dict[str, list[str]] = {}
    for name in files:
        if name.lower().endswith(".dll") and PurePosixPath(name).parent.name in PRUNED_PACKAGES:
            dlls.setdefault(PurePosixPath(name).name.lower(), []).append(name)
    kept = set()
    pending = sorted(_roots(files))
    while pending:
        name = pending.pop()
        if name in kept:
            continue
        kept.add(name)
        for dll in sorted(imported_dlls(site_packages / name)):
            pending += [path for path in dlls.get(dll, ()) if path not in kept]
    kept |= {name for name in KEPT_PYTHON if name in files}
    return kept


def prune_qt(site_packages: Path) -> PruneResult:
    """Delete what the app does not need from PySide6 and shiboken6 in ``site_packages``."""
    result = PruneResult()
    keep = files_to_keep(site_packages)
    for name in _package_files(site_packages):
        path = site_packages / name
        size = path.stat().st_size
        result.bytes_before += size
        if name in keep:
            result.bytes_after += size
            result.kept.append(name)
        else:
            path.unlink()
            result.removed.append(name)
    for package in PRUNED_PACKAGES:
        root = site_packages / package
        # Deepest first, so a folder emptied by its subfolders' removal goes too.
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return result
