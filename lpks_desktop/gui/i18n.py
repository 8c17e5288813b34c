"""Loading the interface language: Bahasa Indonesia by default, English selectable.

Source strings are English; other languages come from resources/translations
(Qt Linguist .ts, compiled to .qm). When only the .ts is present (a source
checkout), it is compiled at start-up with the lrelease that PySide6 ships.

Two translators are installed: ours (lpks_desktop_<lang>) and one for Qt's own
texts (qtbase_<lang>: OK/Cancel, wizard buttons, context menus, file dialog).
Qt ships no Indonesian, so resources/translations/qtbase_id.ts is kept by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from . import resources

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

# English as used in Indonesia keeps Indonesian conventions (Rp, 1.234,5, dd/MM/yyyy).
_LOCALES = {
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": (QLocale.Language.English, QLocale.Country.Indonesia),
}

_installed: list[QTranslator] = []
_active: str | None = None


def language() -> str:
    """The chosen language: LPKS_LANG, else the stored setting, else Bahasa Indonesia."""
    env = os.environ.get("LPKS_LANG", "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    stored = str(QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return stored if stored in LANGUAGES else DEFAULT_LANGUAGE


def active_language() -> str:
    """The language the running interface was built in (``install`` fixes it until restart)."""
    return _active or language()


def set_language(lang: str) -> None:
    """Remember ``lang`` ("id" or "en") as the interface language.

    Takes effect the next time LPKS Desktop starts: windows already open keep
    their texts, so tell the user to restart. LPKS_LANG, when set, still wins.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease")


def _compiled(name: str) -> Path | None:
    """resources/translations/<name>.qm, rebuilt from <name>.ts when that is newer."""
    folder = resources.translations_dir()
    qm, ts = folder / f"{name}.qm", folder / f"{name}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        tool = _lrelease()
        if tool:
            # Compiled beside it and renamed over it: another running copy of the app has the
            # old .qm mapped into memory, and rewriting that file in place would crash it.
            fresh = folder / f".{name}.{os.getpid()}.qm"
            # A read-only install folder makes this fail; an existing .qm is then still used.
            subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                if fresh.exists():
                    os.replace(fresh, qm)
            except OSError:
                fresh.unlink(missing_ok=True)
    return qm if qm.exists() else None


def compiled_translation(lang: str) -> Path | None:
    """Our own texts in ``lang``."""
    return _compiled(f"lpks_desktop_{lang}")


def compiled_qt_translation(lang: str) -> Path | None:
    """Qt's own texts (standard buttons, context menus, file dialog) in ``lang``.

    Ours first (Qt has no Indonesian); for a language Qt translates, Qt's own file.
    """
    ours = _compiled(f"qtbase_{lang}")
    if ours:
        return ours
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"
    return shipped if shipped.exists() else None


def _load(app: QApplication, qm: Path | None) -> None:
    translator = QTranslator(app)
    if qm and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)


def install(app: QApplication) -> str:
    """Install translators and the default locale for the chosen language; returns it."""
    global _active
    lang = language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Dates, numbers and calendar widgets follow the language: Indonesian gives
    # "Sabtu, 28 November 2026" for "dddd, d MMMM yyyy" and 1.234.567,89.
    QLocale.setDefault(QLocale(*_LOCALES[lang]))
    # English is the source language: its .qm only carries plural forms ("1 error").
    _load(app, compiled_translation(lang))
    if lang != "en":
        _load(app, compiled_qt_translation(lang))
    _active = lang
    return lang
