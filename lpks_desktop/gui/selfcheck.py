"""``lpks-desktop self-check --gui``: the window part of the self-check.

After the headless check has filled its own database, the real main window opens on
that database (never the user's), every page is shown once and the window is drawn to
an image, with the Indonesian translations, the SVG icon and the image plugins checked
on the way. A frozen build that lost a Qt plugin, a .qm file, the icon or a page's
lazily imported module fails here with a message naming what is missing.

The check uses a settings file of its own and turns automatic backups off in it, so the
PC's settings and backup folder are left as they were. Qt's platform is whatever
QT_QPA_PLATFORM says (offscreen in tests and CI); a dialog that pops up is closed and
fails the check, so the check cannot wait for a click nobody will make.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ..core.i18n import Text

# Formats the app reads: the icon (svg), Windows icons (ico) and photos (jpeg); png is built in.
IMAGE_FORMATS = ("svg", "ico", "jpeg", "png")
# A text each translation file must change, so an empty or wrong file is caught too.
TRANSLATION_PROBES = {
    "lpks_desktop_id": ("MainWindow", "Home"),
    "qtbase_id": ("QPlatformTheme", "Save"),
}
SETTLE_MS = 150  # lets a page's short query delays fire before the next page is shown
BACKGROUND_LIMIT_MS = 120_000


class CheckFailed(Exception):
    """What is wrong, as a bilingual ``Text``."""

    def __init__(self, text: Text):
        super().__init__(text)
        self.text = text


def _platform_candidates() -> list[str]:
    wanted = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if wanted:
        return [part.split(":", 1)[0].strip() for part in wanted.split(";") if part.strip()]
    if sys.platform == "win32":
        return ["windows"]
    return ["xcb"]


def check_platform_plugin() -> str:
    """The Qt platform that will be used; fails instead of letting Qt abort the process.

    Qt ends the program outright when its platform plugin is missing or there is no
    display, so both are checked before the application object is made.
    """
    candidates = _platform_candidates()
    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    available = {name for folder in folders if folder.is_dir() for name in _plugin_names(folder)}
    usable = [name for name in candidates if name in available]
    if not usable:
        raise CheckFailed(Text(
            "Plugin platform Qt {wanted} tidak ada di {where} (yang ada: {found}).",
            "The Qt platform plugin {wanted} is missing from {where} (found: {found}).",
            {"wanted": " / ".join(candidates), "where": ", ".join(map(str, folders)) or "-",
             "found": ", ".join(sorted(available)) or "-"}))
    if usable[0] == "xcb" and not os.environ.get("DISPLAY"):
        raise CheckFailed(Text(
            "Tidak ada layar (DISPLAY kosong): jalankan dengan QT_QPA_PLATFORM=offscreen untuk "
            "memeriksa tanpa layar.",
            "No display (DISPLAY is not set): run with QT_QPA_PLATFORM=offscreen to check without a screen."))
    return usable[0]


def _plugin_names(folder: Path) -> set[str]:
    # libqxcb.so and qwindows.dll name the platforms "xcb" and "windows".
    names = set()
    for path in folder.iterdir():
        stem = path.name.split(".")[0]
        stem = stem[3:] if stem.startswith("lib") else stem
        names.add(stem[1:] if stem.startswith("q") else stem)
    return names


def _isolate_settings(folder: Path) -> None:
    """The check's own settings file: the PC's remembered window, language and backup folder stay."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def check_image_formats() -> list[str]:
    supported = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    missing = [name for name in IMAGE_FORMATS if name not in supported]
    if missing:
        raise CheckFailed(Text(
            "Plugin gambar Qt untuk {missing} tidak ada (folder plugin: {where}).",
            "The Qt image plugin for {missing} is missing (plugin folders: {where}).",
            {"missing": ", ".join(missing), "where": ", ".join(QCoreApplication.libraryPaths())}))
    return sorted(supported)


def check_icon() -> Path:
    from . import resources

    path = resources.icon_path()
    if not path.is_file():
        raise CheckFailed(Text("Ikon aplikasi tidak ada: {path}", "The app icon is missing: {path}",
                               {"path": path}))
    if QIcon(str(path)).pixmap(64, 64).isNull():
        raise CheckFailed(Text(
            "Ikon aplikasi {path} tidak bisa digambar (plugin ikon SVG Qt tidak ada?).",
            "The app icon {path} cannot be drawn (is Qt's SVG icon plugin missing?).", {"path": path}))
    return path


def check_translations() -> dict[str, str]:
    """Each Indonesian translation file loads and translates; name -> file."""
    from . import i18n, resources

    found = {"lpks_desktop_id": i18n.compiled_translation("id"),
             "qtbase_id": i18n.compiled_qt_translation("id")}
    checked = {}
    for name, path in found.items():
        where = resources.translations_dir() / f"{name}.qm"
        translator = QTranslator()
        if path is None or not translator.load(str(path)):
            raise CheckFailed(Text("Terjemahan {name} tidak ada atau rusak: {path}",
                                   "The translation {name} is missing or unreadable: {path}",
                                   {"name": name, "path": path or where}))
        context, source = TRANSLATION_PROBES[name]
        if translator.translate(context, source) in ("", source):
            raise CheckFailed(Text("Terjemahan {name} ({path}) tidak menerjemahkan \"{source}\".",
                                   "The translation {name} ({path}) does not translate \"{source}\".",
                                   {"name": name, "path": path, "source": source}))
        checked[name] = str(path)
    return checked


class _Watch:
    """Errors raised inside Qt's event handling, and dialogs that popped up, while the window runs."""

    def __init__(self):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self._hook = sys.excepthook
        self._thread_hook = threading.excepthook
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close_dialogs)

    def __enter__(self) -> "_Watch":
        sys.excepthook = self._record
        threading.excepthook = lambda args: self._record(args.exc_type, args.exc_value, args.exc_traceback)
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.timer.stop()
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _record(self, kind, value, tb) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)).rstrip())

    def _close_dialogs(self) -> None:
        from .workers import ProgressDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and not isinstance(widget, ProgressDialog) and widget.isVisible():
                text = widget.text() if isinstance(widget, QMessageBox) else ""
                self.dialogs.append(f"{widget.windowTitle()}: {text}".strip(": "))
                widget.done(QDialog.DialogCode.Rejected)

    def raise_if_troubled(self, where: Text) -> None:
        if self.errors:
            raise CheckFailed(Text("Jendela gagal saat {where}:\n{error}",
                                   "The window failed while {where}:\n{error}",
                                   {"where": where, "error": self.errors[0]}))
        if self.dialogs:
            raise CheckFailed(Text("Dialog yang tidak diharapkan muncul saat {where}: {dialogs}",
                                   "An unexpected dialog appeared while {where}: {dialogs}",
                                   {"where": where, "dialogs": " | ".join(self.dialogs)}))


def _settle(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _wait_for_background_work(where: Text) -> None:
    from . import workers

    waited = 0
    while workers.busy():
        if waited >= BACKGROUND_LIMIT_MS:
            raise CheckFailed(Text("Pekerjaan latar belakang tidak selesai saat {where}.",
                                   "Background work did not finish while {where}.", {"where": where}))
        _settle(50)
        waited += 50


def _visible_windows() -> list[str]:
    return [w.windowTitle() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def run_gui_check(folder: Path, database: Path, say=print) -> dict:
    """Open the main window on ``database`` (made by the headless check) and go through it."""
    from ..core.auth.session import SYSTEM_ADMIN, signed_in
    from ..core.database import parse_location
    from ..core.store import Store
    from .app import create_application
    from .backup import backup_settings, startup
    from .main_window import MainWindow

    platform_name = check_platform_plugin()
    _isolate_settings(folder / "settings")
    app = create_application([sys.argv[0] if sys.argv and sys.argv[0] else "lpks-desktop"])
    backup_settings.set_automatic_enabled(False)
    report = {"platform": QGuiApplication.platformName() or platform_name,
              "qt": qVersion(),
              "image_formats": check_image_formats(), "icon": str(check_icon()),
              "translations": check_translations()}
    say(Text("Qt {qt} ({platform}): ikon, plugin gambar dan terjemahan termuat",
             "Qt {qt} ({platform}): icon, image plugins and translations load",
             {"qt": report["qt"], "platform": report["platform"]}).render())

    location = parse_location(str(database))
    with _Watch() as watch, signed_in(SYSTEM_ADMIN):
        if not startup.prepare_database(location, None):
            watch.raise_if_troubled(Text("membuka basis data", "opening the database"))
            raise CheckFailed(Text("Basis data {where} tidak bisa dibuka di jendela.",
                                   "The database {where} could not be opened in the window.",
                                   {"where": database}))
        store = window = None
        try:
            store = Store.open(location)
            window = MainWindow(store)
            window.show()
            app.processEvents()
            watch.raise_if_troubled(Text("membuka jendela utama", "opening the main window"))
            visited = []
            for key in window.offered_keys():
                showing = Text("menampilkan halaman {page}", "showing the page {page}", {"page": key})
                window.go_to(key)
                _settle(SETTLE_MS)
                _wait_for_background_work(showing)
                if window.grab().isNull():
                    raise CheckFailed(Text("Halaman {page} tidak bisa digambar.",
                                           "The page {page} could not be drawn.", {"page": key}))
                watch.raise_if_troubled(showing)
                visited.append(key)
            if not visited:
                raise CheckFailed(Text("Jendela utama tidak menawarkan satu halaman pun.",
                                       "The main window offers no page."))
            window.go_to(visited[0])
            app.processEvents()
            image = folder / "main-window.png"
            if not window.grab().save(str(image), "PNG") or not image.is_file():
                raise CheckFailed(Text("Gambar jendela tidak bisa disimpan ke {path}.",
                                       "The window's image could not be saved to {path}.", {"path": image}))
            report.update(pages=visited, window_image=str(image), window_image_bytes=image.stat().st_size)
            say(Text("jendela: {pages} halaman ditampilkan, digambar ke {path} ({size} bita)",
                     "window: {pages} pages shown, drawn to {path} ({size} bytes)",
                     {"pages": len(visited), "path": image, "size": report["window_image_bytes"]}).render())
            window.close()
            window.deleteLater()
            window = None
            _settle(SETTLE_MS)
            closing = Text("menutup jendela", "closing the window")
            _wait_for_background_work(closing)
            watch.raise_if_troubled(closing)
            left = _visible_windows()
            if left:
                raise CheckFailed(Text("Jendela masih terbuka setelah ditutup: {windows}",
                                       "Windows still open after closing: {windows}",
                                       {"windows": ", ".join(left)}))
        finally:
            if window is not None:
                window.hide()
                window.deleteLater()
            if store is not None:
                store.close()
            startup.release_lock()
            QCoreApplication.sendPostedEvents()
    return report
