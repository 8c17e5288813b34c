"""The one way to run slow work off the GUI thread, with a progress bar and Cancel.

The work is a callable ``fn(progress, cancelled)``:

- ``progress(done, total, label)`` reports how far it got (``total`` 0: amount
  not known yet). Once the clerk has pressed Cancel, ``progress`` raises
  ``Cancelled``, so work that reports progress stops by itself; work inside a
  ``store.transaction()`` is then rolled back.
- ``cancelled()`` says whether Cancel was pressed, for work that would rather
  stop at a convenient point and raise ``Cancelled`` itself.

The result, the cancellation or the error arrives back on the GUI thread. A
``UserError`` is shown through ``dialogs.show_user_error``; anything else is a
bug and goes to the crash handler (``sys.excepthook``).

The work runs in its own thread with its own database connection (peewee keeps
one per thread); that connection is closed when the work ends.
"""

from __future__ import annotations

import contextvars
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..core import models
from ..core.errors import UserError
from . import dialogs

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

PROGRESS_INTERVAL_S = 0.05  # more often than this only floods the GUI thread with signals

# Jobs kept alive until they end: a Job without a parent would otherwise be collected with
# its thread still running, which aborts the process.
_running: set["Job"] = set()


class Cancelled(Exception):
    """Raised inside the work when the clerk pressed Cancel; the work's transaction rolls back."""


class ProgressDialog(QDialog):
    """What the clerk sees while work runs: what is happening, how far, and a Cancel button."""

    cancelRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, title: str, parent: QWidget | None = None, cancellable: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        # Only Cancel may end the dialog: the title bar's close button would leave the work running.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(self.tr("Please wait…"), self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.request_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)

    def show_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # a moving bar: busy, amount unknown
        if label:
            self.label.setText(label)

    def request_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling… the changes made so far are being undone."))
        self.cancelRequested.emit()

    def reject(self) -> None:  # Esc means Cancel; the dialog closes when the work has stopped
        if self.cancel_button.isVisible() and self.cancel_button.isEnabled():
            self.request_cancel()


class _Thread(QThread):
    progressed = Signal(int, int, str)
    outcome = Signal(str, object)  # "done" | "cancelled" | "failed", result or exception

    def __init__(self, work: Work, flag: threading.Event, parent: QObject):
        super().__init__(parent)
        self._work = work
        self._flag = flag
        # The actor (who is making changes) lives in a context variable: carry it over.
        self._context = contextvars.copy_context()
        self._last_report = 0.0
        self._last_label = ""

    def _progress(self, done: int, total: int, label: str) -> None:
        if self._flag.is_set():
            raise Cancelled()
        now = time.monotonic()
        # A new phase (label) and the last step always get through.
        if now - self._last_report >= PROGRESS_INTERVAL_S or label != self._last_label \
                or (total and done >= total):
            self._last_report, self._last_label = now, label
            self.progressed.emit(done, total, label)

    def run(self) -> None:
        try:
            result = self._context.run(self._work, self._progress, self._flag.is_set)
        except Cancelled:
            self.outcome.emit("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 (every failure is handed to the GUI thread)
            self.outcome.emit("failed", exc)
        else:
            self.outcome.emit("done", result)
        finally:
            if models.database.obj is not None and not models.database.is_closed():
                models.database.close()  # this thread's connection only


class Job(QObject):
    """One run of ``work`` in a thread, with its progress dialog (unless ``show_dialog`` is False).

    Connect to ``succeeded``/``cancelled``/``failed`` or read ``status`` and
    ``result`` after ``finished``. ``handle_errors`` False leaves errors to the caller.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, title: str, parent: QWidget | None = None, *,
                 cancellable: bool = True, show_dialog: bool = True, handle_errors: bool = True):
        # No QObject parent: closing the page that started the work must not destroy a
        # running thread (that aborts the process). ``_running`` keeps the Job alive instead.
        super().__init__()
        self.parent_widget = parent
        self.title = title
        self.handle_errors = handle_errors
        self.status: str | None = None  # None while running
        self.result: Any = None
        self.error: BaseException | None = None
        self._flag = threading.Event()
        self._thread = _Thread(work, self._flag, self)
        self._thread.progressed.connect(self.progressed)
        self._thread.outcome.connect(self._finish)
        self.dialog = ProgressDialog(title, parent, cancellable) if show_dialog else None
        if self.dialog is not None:
            self.progressed.connect(self.dialog.show_progress)
            self.dialog.cancelRequested.connect(self.cancel)

    def start(self) -> "Job":
        _running.add(self)
        if self.dialog is not None:
            self.dialog.show()
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._flag.set()

    def is_running(self) -> bool:
        return self.status is None

    def wait(self) -> str:
        """Run the event loop until the work has ended; returns ``status``."""
        if self.status is None:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
        return self.status

    def _finish(self, status: str, value: object) -> None:
        self._thread.wait()
        if self.dialog is not None and shiboken6.isValid(self.dialog):  # its parent may be gone
            self.dialog.hide()
            self.dialog.deleteLater()
        self.status = status
        _running.discard(self)
        if status == "done":
            self.result = value
            self.succeeded.emit(value)
        elif status == "cancelled":
            self.cancelled.emit()
        else:
            self.error = value
            self.failed.emit(value)
            if self.handle_errors:
                self._report(value)
        self.finished.emit()

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            dialogs.show_user_error(self.parent_widget, exc, self.title)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)


def busy() -> bool:
    """True while any work runs: the main window should not close then."""
    return bool(_running)


def run_in_background(work: Work, title: str, parent: QWidget | None = None, **options) -> Job:
    """Start ``work`` now; the returned Job reports back by its signals."""
    return Job(work, title, parent, **options).start()


def run_with_progress(work: Work, title: str, parent: QWidget | None = None, **options) -> Job:
    """Run ``work`` with its progress dialog and return once it has ended (the GUI stays live)."""
    job = run_in_background(work, title, parent, **options)
    job.wait()
    return job
