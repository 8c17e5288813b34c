"""Unexpected exceptions: written to a log with what is needed to fix them, then shown.

Known problems of the user's environment are not crashes: a ``UserError``, or
a database error that ``explain_database_error`` recognises (locked, disk
full, damaged, server unreachable), is shown as a plain message through
``dialogs.show_user_error``. Everything else is a bug: the full report goes to
a rotating log file in ``core.paths.log_dir()`` and into a ``CrashDialog`` the
clerk can copy from.

Start-up calls ``setup_logging()`` and ``install_excepthook(context)``; the
hooks catch exceptions on the GUI thread (slots, event handlers), in QThreads
(PySide reports those through ``sys.excepthook``) and in Python threads
(``threading.excepthook``).
"""

from __future__ import annotations

import logging
import platform
import re
import sys
import threading
import traceback
from dataclasses import dataclass
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Callable

import peewee
from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QStyle, QVBoxLayout, QWidget)

from .. import APP_NAME, __version__
from ..core import paths
from ..core.database import DatabaseLocation
from ..core.errors import UserError
from ..core.opening import explain_database_error
from . import dialogs, i18n

LOG_NAME = "lpks-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 4  # with the current file: at most 5 files of 1 MB

log = logging.getLogger("lpks_desktop")


@dataclass
class AppContext:
    """What a report says about the running app. ``location`` is set once a database is chosen.

    A ``Store`` works as well: only its ``location`` attribute is read.
    """

    location: DatabaseLocation | None = None


_context: object | None = None
_handler: logging.Handler | None = None
_log_file: Path | None = None
_previous_hooks: tuple | None = None
_bridge: "_Bridge | None" = None
_showing = False  # one dialog at a time: an error repeated by a timer must not pile them up


# --- logging ---------------------------------------------------------------------------------

def setup_logging(log_dir: Path | None = None) -> Path | None:
    """Log to ``log_dir``/lpks-desktop.log (default: the per-user log folder); returns that file.

    When the folder cannot be written (full disk, no permission) the log goes
    to stderr and None is returned: the app must still start.
    """
    global _handler, _log_file
    folder = Path(log_dir) if log_dir is not None else paths.log_dir()
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        _log_file = folder / LOG_NAME
    except OSError as exc:
        print(f"{APP_NAME}: cannot write the log in {folder}: {exc}", file=sys.stderr)
        handler, _log_file = logging.StreamHandler(sys.stderr), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    _handler = handler
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return _log_file


def log_file() -> Path | None:
    return _log_file


# --- the hooks -------------------------------------------------------------------------------

def install_excepthook(app_context: object | None = None, *, log_dir: Path | None = None) -> None:
    """Route every uncaught exception to ``handle_exception``.

    ``log_dir`` overrides the log folder (tests); without it, logging set up
    earlier is kept, or set up in the per-user folder.
    """
    global _context, _previous_hooks
    _context = app_context
    if log_dir is not None or _handler is None:
        setup_logging(log_dir)
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook
    if isinstance(QApplication.instance(), QApplication):
        _get_bridge()  # created now, on the GUI thread, so worker threads can reach it


def uninstall_excepthook() -> None:
    """Put back the hooks that were there before and close the log file (tests)."""
    global _previous_hooks, _context, _handler, _log_file
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None
    _context = None
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler, _log_file = None, None


def _sys_hook(exc_type, exc, tb) -> None:
    handle_exception(exc_type, exc, tb, threading.current_thread().name)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):  # what threading's own hook ignores too
        return
    handle_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     args.thread.name if args.thread else "?")


def handle_exception(exc_type, exc, tb, thread_name: str = "MainThread") -> None:
    """Log and show one uncaught exception. Never raises: that would call the hook again."""
    if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a console run is no crash
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        known = explain(exc)
        if known is not None:
            log.warning("%s (%s)", redact(known.render("en")), type(exc).__name__)
            _show(lambda: dialogs.show_user_error(_parent(), known),
                  lambda: known.render(i18n.active_language()))
            return
        report = build_report(exc_type, exc, tb, thread_name)
        log.error("Unexpected error\n%s", report)
        _show(lambda: _show_crash_dialog(report), lambda: report)
    except Exception:
        _last_resort(exc_type, exc, tb)


def explain(exc: BaseException) -> UserError | None:
    """The user-facing error for a known environment problem; None for a bug."""
    if isinstance(exc, UserError):
        return exc
    location = getattr(_context, "location", None)
    if isinstance(exc, _database_errors()) and location is not None:
        return explain_database_error(exc, location)
    return None


def _database_errors() -> tuple[type[BaseException], ...]:
    try:
        import apsw  # raw apsw errors appear when code bypasses peewee (backups)
        return peewee.DatabaseError, apsw.Error
    except ImportError:
        return (peewee.DatabaseError,)


def _last_resort(exc_type, exc, tb) -> None:
    """The handler itself failed: plain stderr, and no further hooks."""
    try:
        print(f"{APP_NAME}: unexpected error, and reporting it failed as well:", file=sys.stderr)
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
    except Exception:
        pass


# --- the report ------------------------------------------------------------------------------

def _safe(describe: Callable[[], str]) -> str:
    try:
        return describe()
    except Exception as exc:  # a report must come out even when the environment is odd
        return f"unknown ({type(exc).__name__})"


def _sqlite_version() -> str:
    import apsw
    return f"{apsw.sqlitelibversion()} (apsw {apsw.apswversion()})"


def _qt_version() -> str:
    import PySide6
    from PySide6.QtCore import qVersion
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def _database() -> str:
    location = getattr(_context, "location", None)
    return location.display() if location is not None else "none open"


def build_report(exc_type, exc, tb, thread_name: str = "MainThread") -> str:
    """Everything a developer needs, in English, with any database password removed."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Thread: {thread_name}",
        f"Python: {_safe(lambda: platform.python_version() + ' ' + platform.python_implementation())}",
        f"Qt: {_safe(_qt_version)}",
        f"SQLite: {_safe(_sqlite_version)}",
        f"OS: {_safe(platform.platform)}",
        f"Database: {_safe(_database)}",
        f"Language: {_safe(i18n.active_language)}",
        f"Log: {_log_file or 'not written'}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return redact("\n".join(lines))


_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]+@")
_PARAM_PASSWORD = re.compile(r"(password\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s&'\"]+)", re.IGNORECASE)


def redact(text: str) -> str:
    """Remove the database password, wherever an error message may have quoted it."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _PARAM_PASSWORD.sub(r"\1***", text)
    password = getattr(getattr(_context, "location", None), "password", "")
    return text.replace(password, "***") if password else text


# --- showing it ------------------------------------------------------------------------------

class _Bridge(QObject):
    """Lives on the GUI thread; a signal from any thread brings a callable over to it."""

    call = Signal(object)

    def __init__(self):
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, show: Callable[[], None]) -> None:
        _show_now(show)


def _get_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()
        app = QApplication.instance()
        if app is not None and _bridge.thread() != app.thread():
            _bridge.moveToThread(app.thread())
    return _bridge


def _show(show: Callable[[], None], as_text: Callable[[], str]) -> None:
    """Show on the GUI thread; without a QApplication (CLI, early start-up) print instead."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        print(as_text(), file=sys.stderr)
        return
    if QThread.currentThread() == app.thread():
        _show_now(show)
    else:
        _get_bridge().call.emit(show)


def _show_now(show: Callable[[], None]) -> None:
    global _showing
    if _showing:
        log.info("Not shown: another error dialog is still open")
        return
    _showing = True
    try:
        show()
    except Exception:  # caught here, or the failure would come back through the hook
        log.exception("Could not show the error dialog")
        traceback.print_exc(file=sys.stderr)
    finally:
        _showing = False


def _parent() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def _show_crash_dialog(report: str) -> None:
    CrashDialog(report, _log_file, _parent()).exec()


class CrashDialog(QDialog):
    """The report of a bug, with what the clerk can do about it and a way to copy it."""

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumSize(640, 460)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.tr("Something went wrong"), self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.advice = QLabel(self.tr(
            "LPKS Desktop ran into an error it did not expect. Changes that were already saved are "
            "safe; the last action may not have been completed.\n\n"
            "You can keep working. If this happens again, restart LPKS Desktop and send the report "
            "below to the person who looks after LPKS Desktop at your institution."), self)
        self.advice.setWordWrap(True)
        if log_path is not None:
            where = self.tr("The report is also saved in: %1").replace("%1", str(log_path))
        else:
            where = self.tr("The report could not be saved to a file; copy it with the button below.")
        self.where = QLabel(where, self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_view = QPlainTextEdit(report, self)
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.advice)
        text.addWidget(self.where)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))
