"""The core and the documents layer run where Qt cannot be imported at all."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import lpks_desktop

ROOT = Path(lpks_desktop.__file__).resolve().parent.parent
NON_GUI_PACKAGES = ("lpks_desktop.core", "lpks_desktop.documents")


def _modules(package: str) -> list[str]:
    path = ROOT / package.replace(".", "/")
    return [package] + [f"{package}.{m.name}" for m in pkgutil.walk_packages([str(path)])]


def test_every_non_gui_module_imports_without_pyside6():
    modules = [m for package in NON_GUI_PACKAGES for m in _modules(package)] + ["lpks_desktop.cli"]
    script = textwrap.dedent(f"""
        import importlib, sys

        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is not available here: " + name)
                return None

        sys.meta_path.insert(0, NoQt())
        for name in {modules!r}:
            importlib.import_module(name)
        loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")]
        assert not loaded, loaded
        print(len({modules!r}))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == len(modules) > 10


def test_the_guard_itself_catches_a_qt_import():
    script = textwrap.dedent("""
        import sys

        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "PySide6":
                    raise ImportError("blocked")

        sys.meta_path.insert(0, NoQt())
        import lpks_desktop.gui.app
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "blocked" in result.stderr
