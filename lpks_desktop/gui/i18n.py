"""Loading the interface language: Bahasa Indonesia by default, English selectable.

Source strings are English; Indonesian comes from resources/translations
(Qt Linguist .ts, compiled to .qm). When only the .ts is present (a source
checkout), it is compiled at start-up with the lrelease that PySide6 ships.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from . import resources

LANGUAGE_KEY = "ui/language"
_installed: list[QTranslator] = []


def language() -> str:
    env = os.environ.get("LPKS_LANG", "").strip().lower()[:2]
    if env in ("id", "en"):
        return env
    stored = str(QSettings().value(LANGUAGE_KEY, "id"))
    return stored if stored in ("id", "en") else "id"


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease")


def compiled_translation(lang: str) -> Path | None:
    folder = resources.translations_dir()
    qm, ts = folder / f"lpks_desktop_{lang}.qm", folder / f"lpks_desktop_{lang}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        tool = _lrelease()
        if tool:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=False)
    return qm if qm.exists() else None


def install(app: QApplication) -> str:
    lang = language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia))
    if lang == "id":
        qm = compiled_translation(lang)
        translator = QTranslator(app)
        if qm and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
