"""Automatic backups while the app is open and when it closes.

Every hour (and once a few minutes after start, for changes left by a power cut) a
backup is made when something changed since the last one (``core.backup.backup_due``
decides), off the GUI thread and without a dialog: the clerk only sees a line in the
status bar. A failure (USB stick removed, disk full) is shown once, in a window that
does not block work; it is shown again only after a backup has succeeded in between.
Closing the app backs up what changed, with a small progress dialog and Cancel.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from ...core.errors import UserError
from ...core.store import Store
from .. import dialogs, i18n, workers
from . import backup_settings, running

CHECK_INTERVAL_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 5 * 60 * 1000
STATUS_MESSAGE_MS = 15_000


def backup_allowed() -> bool:
    """Whether the person signed in may make backups (a trainer or a head may not)."""
    from ...core.auth.permissions import Action, allowed

    return allowed(Action.BACKUP)


def failure_reason(exc: BaseException) -> str | None:
    """What the clerk is told about a failed backup; None for a bug (the crash dialog's job)."""
    if isinstance(exc, UserError):
        return exc.render(i18n.active_language())
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return (exc.strerror or str(exc)) + where
    return None


def backup_work(store: Store, folder: Path, *, reason: str, closing: bool = False,
                only_when_due: bool = True):
    """The work (see ``workers``) of one backup into ``folder``: None when nothing had changed."""
    from ...core import backup

    def work(progress, cancelled):
        if only_when_due and not backup.backup_due(store, folder, closing=closing):
            return None
        info = backup.make_backup(store, folder=backup_settings.make_backup_into(folder), reason=reason,
                                  progress=progress,
                                  cancelled=cancelled)
        backup.rotate(folder)
        return info

    return work


class AutoBackup(QObject):
    """Owned by the main window: ``AutoBackup(store, window)``; call ``on_close()`` from closeEvent."""

    backedUp = Signal(object)  # noqa: N815 (Qt naming) - the BackupInfo of a finished backup
    failedWith = Signal(str)  # noqa: N815 - the reason shown to the clerk

    def __init__(self, store: Store, parent: QWidget | None = None, *, start_timer: bool = True):
        super().__init__(parent)
        self.store = store
        self.window = parent
        self.job: workers.Job | None = None
        self.failure_box: QMessageBox | None = None
        self._failure_shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        if start_timer:
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def set_store(self, store: Store) -> None:
        """After a restore the main window works on a newly opened store."""
        self.store = store

    # -- while open ------------------------------------------------------------------------------

    def check(self) -> workers.Job | None:
        """Back up now in the background if automatic backups are on and something changed."""
        if not backup_settings.automatic_enabled() or not backup_allowed() or running.busy():
            return None
        folder = backup_settings.backup_folder()
        job = running.start(backup_work(self.store, folder, reason="auto"),
                            self.tr("Automatic backup"), self.window, show_dialog=False,
                            handle_errors=False)
        if job is None:
            return None
        self.job = job
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        return job

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _succeeded(self, info) -> None:
        if info is None:
            return  # nothing had changed
        self._failure_shown = False
        self._status(self.tr("Backup saved: %1").replace("%1", str(info.path)))
        self.backedUp.emit(info)

    def _failed(self, exc: BaseException) -> None:
        reason = failure_reason(exc)
        if reason is None:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        text = self.tr("The automatic backup failed: %1").replace("%1", reason)
        self._status(text)
        self.failedWith.emit(reason)
        if self._failure_shown:
            return
        self._failure_shown = True
        # Not modal: the clerk may be typing; the message waits beside the work.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Automatic backup"),
                          text + "\n\n" + self.tr(
                              "Work goes on and nothing was lost; the next backup is tried in an hour. "
                              "Check the backup folder in Settings."), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.failure_box = box

    # -- on closing ------------------------------------------------------------------------------

    def _wait_for_running(self) -> None:
        job = running.current()
        if job is None:
            return
        # A backup started by the timer has no dialog: show one while it ends.
        dialog = workers.ProgressDialog(self.tr("Finishing the backup…"), self.window, cancellable=False)
        job.progressed.connect(dialog.show_progress)
        dialog.show()
        job.wait()
        dialog.hide()
        dialog.deleteLater()

    def on_close(self) -> bool:
        """Back up what changed before the app closes; True: go on closing.

        Called from the main window's closeEvent. The clerk may press Cancel to close
        without the backup; a failure is told (the app still closes).
        """
        self.timer.stop()
        self._wait_for_running()
        if not backup_settings.automatic_enabled() or not backup_allowed():
            return True
        folder = backup_settings.backup_folder()
        try:
            from ...core.backup import backup_due

            due = backup_due(self.store, folder, closing=True)
        except UserError:
            due = True  # let the backup itself say what is wrong
        if not due:
            return True
        job = running.start(backup_work(self.store, folder, reason="auto", only_when_due=False),
                            self.tr("Backing up before closing"), self.window, handle_errors=False)
        if job is None:
            return True
        self.job = job
        job.wait()
        from ...core.backup.making import BackupCancelled

        if job.status == "failed" and not isinstance(job.error, BackupCancelled):
            reason = failure_reason(job.error)
            if reason is None:
                sys.excepthook(type(job.error), job.error, job.error.__traceback__)
            else:
                dialogs.warn(self.window, self.tr("Backup before closing"),
                             self.tr("The backup before closing failed: %1").replace("%1", reason))
        return True
