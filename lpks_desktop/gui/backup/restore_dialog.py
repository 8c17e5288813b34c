"""Restoring a backup: check it first, show what it holds and what will happen, then swap.

The dialog only checks and asks; nothing is replaced until ``run_restore`` runs, after the
main window has let go of the database (every page, class window and connection), because
a database still open cannot be swapped safely (and not at all on Windows).
"""

from __future__ import annotations

import dataclasses
import sys
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import models
from ...core.database import DatabaseLocation
from ...core.errors import UserError
from ...core.store import Store
from .. import dialogs, i18n, workers
from ..forms.fields import ERROR_STYLE
from . import running
from .backups_model import date_label, size_label
from .password_dialog import ask_password

OK_STYLE = "color: #1b6e20;"


@dataclasses.dataclass(frozen=True)
class RestorePlan:
    """A checked backup the clerk confirmed: what ``run_restore`` puts in place."""

    path: Path
    password: str | None = dataclasses.field(default=None, repr=False)
    created_at: dt.datetime | None = None


def backup_taken_at(path: Path) -> dt.datetime | None:
    from ...core.backup import naming

    parsed = naming.parse_name(Path(path))
    return parsed[0] if parsed else None


def is_encrypted(path: Path) -> bool:
    from ...core.backup import crypto

    try:
        return crypto.is_encrypted_file(path)
    except OSError:
        return False


def _render(text) -> str:
    return text.render(i18n.active_language()) if hasattr(text, "render") else str(text)


class RestoreDialog(QDialog):
    """Check ``path`` and ask the clerk to confirm; ``plan()`` after it was accepted.

    ``start_check()`` (called on show) asks the password of an encrypted backup and runs
    the check off the GUI thread; ``check_job`` is that work.
    """

    def __init__(self, location: DatabaseLocation, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.location = location
        self.path = Path(path)
        self.encrypted = is_encrypted(self.path)
        self.created_at = backup_taken_at(self.path)
        self.password: str | None = None
        self.result_check = None
        self.check_job: workers.Job | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)

        self.file_label = QLabel(self.tr("Backup file: %1").replace("%1", str(self.path)), self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self.tr("The backup has not been checked yet."), self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.consequence = QLabel(self)
        self.consequence.setWordWrap(True)
        self.consequence.setTextFormat(Qt.TextFormat.PlainText)
        self.consequence.setVisible(False)

        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setEnabled(False)
        self.password_button = QPushButton(self.tr("Try another &password…"), self)
        self.password_button.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.restore_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.password_button.clicked.connect(self.start_check)
        # Plain buttons, not a button box: the Restore button's text grows with the date.
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.password_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.restore_button)
        self.buttons.addWidget(self.cancel_button)
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(self.consequence)
        layout.addStretch(1)
        layout.addLayout(self.buttons)
        self._started = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if not self._started:
            self._started = True
            # After the dialog is on screen, so the password question appears above it.
            QTimer.singleShot(0, self, self._check_if_not_yet)

    # -- checking -------------------------------------------------------------------------------

    def _check_if_not_yet(self) -> None:
        if self.check_job is None and self.result_check is None:
            self.start_check()

    def start_check(self) -> workers.Job | None:
        self._started = True
        self.password_button.setVisible(False)
        self.restore_button.setEnabled(False)
        if self.encrypted:
            self.password = ask_password(self, self.tr("Backup password"), self.tr(
                "This backup is encrypted. Type the backup password that was set when it was made."))
            if self.password is None:
                self._show_problem(self.tr("No password was typed, so the backup could not be checked."))
                self.password_button.setVisible(True)
                return None
        from ...core.backup import check_backup

        path, password = self.path, self.password

        def work(progress, cancelled):
            progress(0, 0, self.tr("Checking the backup…"))
            return check_backup(path, password=password)

        self.status.setText(self.tr("Checking the backup…"))
        self.status.setStyleSheet("")
        self.check_job = workers.Job(work, self.tr("Checking the backup"), self, handle_errors=False)
        self.check_job.succeeded.connect(self._checked)
        self.check_job.failed.connect(self._check_failed)
        return self.check_job.start()

    def _show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE)
        self.consequence.setVisible(False)
        self.restore_button.setEnabled(False)

    def _check_failed(self, exc: BaseException) -> None:
        from ...core.backup import WrongPassword

        if isinstance(exc, WrongPassword):
            self._show_problem(self.tr(
                "The password is wrong: it does not open this backup. Nothing was changed. "
                "Type the backup password again (capital letters count)."))
            self.password_button.setVisible(True)
        elif isinstance(exc, UserError):
            self._show_problem(self.tr("This backup cannot be restored: %1").replace(
                "%1", exc.render(i18n.active_language())))
        else:
            self._show_problem(self.tr("This backup cannot be restored."))
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _checked(self, check) -> None:
        self.result_check = check
        problems = [_render(p) for p in getattr(check, "problems", [])]
        if not getattr(check, "ok", False):
            self._show_problem(self.tr("This backup failed its check and cannot be restored:") + "\n"
                               + "\n".join("• " + p for p in problems))
            return
        kind = getattr(check, "kind", "") or self.location.kind
        if kind != self.location.kind:
            self._show_problem(self.tr(
                "This backup comes from a %1 database and cannot replace this %2 database.")
                .replace("%1", "SQLite" if kind == "sqlite" else "PostgreSQL")
                .replace("%2", "SQLite" if self.location.is_sqlite else "PostgreSQL"))
            return
        self.status.setText(self.tr("✔ The backup passed its check: it is complete and readable."))
        self.status.setStyleSheet(OK_STYLE)
        lines = []
        when = self.created_at or getattr(check, "created_at", None)
        if when is not None:
            lines.append(self.tr("Taken: %1").replace("%1", date_label(when)))
        version = getattr(check, "schema_version", None)
        if version is not None:
            lines.append(self.tr("Data format (schema version): %1").replace("%1", str(version)))
        lines.append(self.tr("Size: %1").replace("%1", size_label(self.path.stat().st_size)))
        counts = getattr(check, "counts", None) or {}
        held = [f"{label}: {count}" for label, count in self._count_lines(counts)]
        if held:
            lines.append(self.tr("It holds: %1").replace("%1", " · ".join(held)))
        self.details.setText("\n".join(lines))
        when_text = date_label(when) if when is not None else self.path.name
        self.consequence.setText(self.tr(
            "What happens: the database now in use (%1) is first kept aside as it is, then "
            "replaced by this backup. Everything entered after %2 is not in the backup; it stays "
            "only in the copy kept aside.").replace("%1", self.location.display()).replace("%2", when_text))
        self.consequence.setVisible(True)
        self.restore_button.setText(self.tr("&Yes, restore the backup of %1").replace("%1", when_text))
        self.restore_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&No, keep the current data"))
        self.adjustSize()  # the details make the dialog taller

    def _count_lines(self, counts: dict) -> list[tuple[str, str]]:
        labels = {"institution": self.tr("Institutions"), "program": self.tr("Programs"),
                  "trainer": self.tr("Trainers"), "participant": self.tr("Participants"),
                  "training_class": self.tr("Classes"), "enrollment": self.tr("Enrolments"),
                  "certificate": self.tr("Certificates"), "app_user": self.tr("User accounts"),
                  "audit_log": self.tr("Audit trail entries")}
        return [(label, str(counts[table])) for table, label in labels.items() if table in counts]

    def plan(self) -> RestorePlan:
        return RestorePlan(self.path, self.password, self.created_at)


def ask_restore(parent: QWidget | None, location: DatabaseLocation, path: Path) -> RestorePlan | None:
    """Check ``path`` and ask to confirm; the plan, or None when the clerk cancelled."""
    dialog = RestoreDialog(location, path, parent)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.plan()


def restore_work(location: DatabaseLocation, plan: RestorePlan):
    from ...core.backup import restore_backup

    def work(progress, cancelled):
        return restore_backup(location, plan.path, password=plan.password, progress=progress)

    return work


def run_restore(parent: QWidget | None, store: Store, plan: RestorePlan,
                release: Callable[[], None] | None = None) -> tuple[Store | None, object]:
    """Put the backup in place and open it: (the store now open, the restore's result or error).

    ``release`` is the caller's: close every window and page that reads the database.
    Then the store is closed, the backup restored off the GUI thread, and the database
    opened again: the restored one, or after a failure the untouched current one. The
    caller shows every page anew on the returned store. None: nothing could be opened.
    """
    location = store.location
    if running.busy() or (workers.busy() and running.current() is None):
        dialogs.warn(parent, _title(), _busy_text())
        return store, None
    if release is not None:
        release()
    store.close()
    models.database.initialize(None)
    job = running.start(restore_work(location, plan), _title(), parent, cancellable=False,
                        handle_errors=False)
    job.wait()
    outcome = job.result if job.status == "done" else job.error
    try:
        reopened = Store.open(location)
    except UserError as exc:
        dialogs.show_user_error(parent, exc, _title())
        return None, outcome
    if job.status == "done":
        kept = getattr(job.result, "kept_aside", None)
        text = _done_text(plan)
        if kept and (not location.is_sqlite or Path(kept).exists()):
            text += "\n\n" + _kept_text(str(kept))
        dialogs.inform(parent, _title(), text)
    else:
        reason = job.error.render(i18n.active_language()) if isinstance(job.error, UserError) \
            else str(job.error)
        dialogs.warn(parent, _title(), _failed_text(reason))
    return reopened, outcome




def _title() -> str:
    return QCoreApplication.translate("RestoreDialog", "Restore a backup")


def _busy_text() -> str:
    return QCoreApplication.translate(
        "RestoreDialog", "Other work is still running (a backup, a print or an import). Wait until it "
        "has finished, then restore again.")


def _done_text(plan: RestorePlan) -> str:
    when = date_label(plan.created_at) if plan.created_at else plan.path.name
    return QCoreApplication.translate(
        "RestoreDialog", "The backup of %1 was restored. LPKS Desktop now shows the restored data.").replace(
        "%1", when)


def _kept_text(kept: str) -> str:
    return QCoreApplication.translate(
        "RestoreDialog", "The database as it was before the restore is kept at %1.").replace("%1", kept)


def _failed_text(reason: str) -> str:
    return QCoreApplication.translate(
        "RestoreDialog", "The backup was not restored: %1\n\nThe database in use before is unchanged and "
        "open again.").replace("%1", reason)
