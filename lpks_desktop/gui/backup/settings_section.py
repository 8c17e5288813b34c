"""Settings › Backups: automatic backups and their folder (this PC), the backup password
(the data's, administrators only), backing up by hand, and the backups in the folder with
Check and Restore.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...core.auth.permissions import Action, allowed
from ...core.errors import UserError
from ...core.store import Store
from .. import dialogs, i18n, workers
from ..forms.fields import WARNING_STYLE
from . import backup_settings, running
from .auto_backup import failure_reason
from .backups_model import BackupsModel, date_label
from .password_dialog import ask_password
from .restore_dialog import RestorePlan, ask_restore

NOTE_STYLE = "color: #555555;"


def choose_folder(parent: QWidget, title: str, start: str) -> str:
    """The folder the clerk picks, or "" when cancelled; tests replace this."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def choose_backup_file(parent: QWidget, title: str, start: str) -> str:
    """The backup file the clerk picks, or "" when cancelled; tests replace this."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, start,
        QFileDialog.tr("LPKS Desktop backups (*.sqlite *.pgdump *.lpksenc);;All files (*)"))
    return path


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def password_is_set(store: Store) -> bool:
    from ...core.backup.keys import backup_key

    return backup_key(store) is not None


class BackupSettingsSection(QGroupBox):
    """``restoreRequested(RestorePlan)``: a checked backup the clerk confirmed; the main window
    lets go of the database and calls ``restore_dialog.run_restore``."""

    restoreRequested = Signal(object)  # noqa: N815 (Qt naming)
    backedUp = Signal(object)  # noqa: N815 - BackupInfo of a backup made here

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.store = store
        self.job: workers.Job | None = None
        self.check_job: workers.Job | None = None

        self.automatic = QCheckBox(self.tr("Back up &automatically (at least once a day while open, "
                                           "and on closing, when something changed)"), self)
        self.automatic.toggled.connect(backup_settings.set_automatic_enabled)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.default_button = QPushButton(self.tr("Default folder"), self)
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        self.folder_warning = QLabel(self)
        self.folder_warning.setWordWrap(True)
        self.folder_warning.setStyleSheet(WARNING_STYLE)
        self.folder_warning.setVisible(False)

        self.password_state = QLabel(self)
        self.password_state.setWordWrap(True)
        self.password_button = QPushButton(self, text=self.tr("Set a backup &password…"))
        self.password_button.clicked.connect(self.change_password)
        self.remove_password_button = QPushButton(self.tr("Remove the password…"), self)
        self.remove_password_button.clicked.connect(self.remove_password)
        self.password_note = _note("", self)

        self.backup_button = QPushButton(self.tr("Back &up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.backup_to_button = QPushButton(self.tr("Back up &to…"), self)
        self.backup_to_button.clicked.connect(self.back_up_to)
        self.last_result = QLabel(self)
        self.last_result.setWordWrap(True)
        self.last_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_result.setVisible(False)

        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(260)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.empty_note = _note(self.tr("There are no backups in this folder yet."), self)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.clicked.connect(self.check_selected)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from another &file…"), self)
        self.restore_file_button.clicked.connect(self.restore_file)
        self.refresh_button = QPushButton(self.tr("Refresh the list"), self)
        self.refresh_button.clicked.connect(self.refresh_list)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder (this PC):"), self))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        folder_row.addWidget(self.default_button)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_state, 1)
        password_row.addWidget(self.password_button)
        password_row.addWidget(self.remove_password_button)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button)
        now_row.addWidget(self.backup_to_button)
        now_row.addStretch(1)
        list_buttons = QHBoxLayout()
        for button in (self.check_button, self.restore_button, self.restore_file_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.automatic)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_warning)
        layout.addWidget(_note(self.tr(
            "A folder on another disk or a USB stick keeps the backups safe when this PC's disk "
            "fails. Older backups are thinned out: one a day for two weeks, one a week for two "
            "months, one a month for a year."), self))
        layout.addLayout(password_row)
        layout.addWidget(self.password_note)
        layout.addLayout(now_row)
        layout.addWidget(self.last_result)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addLayout(list_buttons)
        self.load()

    # -- showing ---------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        """The outcome of the last action, beside the buttons."""
        self.last_result.setText(text)
        self.last_result.setVisible(bool(text))

    def load(self) -> None:
        self.automatic.blockSignals(True)
        self.automatic.setChecked(backup_settings.automatic_enabled())
        self.automatic.blockSignals(False)
        self.show_folder()
        self.show_password_state()
        self.refresh_list()

    def database_file(self) -> Path | None:
        return self.store.location.path if self.store.location.is_sqlite else None

    def show_folder(self) -> None:
        folder = backup_settings.backup_folder()
        self.folder.setText(str(folder))
        if backup_settings.same_disk(folder, self.database_file()):
            self.folder_warning.setText(self.tr(
                "⚠ This folder is on the same disk as the database: when that disk fails, the "
                "backups are lost with it. Choose a USB stick or another disk if you can."))
            self.folder_warning.setVisible(True)
        else:
            self.folder_warning.setVisible(False)

    def show_password_state(self) -> None:
        admin = allowed(Action.EDIT_SETTINGS)
        try:
            is_set = password_is_set(self.store)
        except UserError:
            is_set = False
        self.password_state.setText(
            self.tr("Backups are encrypted with the backup password.") if is_set
            else self.tr("Backups are not encrypted: anyone with the file can read the records."))
        self.password_button.setText(self.tr("Change the backup &password…") if is_set
                                     else self.tr("Set a backup &password…"))
        self.password_button.setEnabled(admin)
        self.remove_password_button.setVisible(is_set)
        self.remove_password_button.setEnabled(admin)
        self.password_note.setText(
            self.tr("Keep the password somewhere safe: without it an encrypted backup cannot be "
                    "restored by anybody.") if admin
            else self.tr("Only an administrator can set or change the backup password."))
        self.backup_button.setEnabled(allowed(Action.BACKUP))
        self.backup_to_button.setEnabled(allowed(Action.BACKUP))
        self._enable_buttons()

    def refresh_list(self) -> None:
        from ...core.backup import list_backups

        self.model.set_backups(list_backups(backup_settings.backup_folder()))
        self.empty_note.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)
        self._enable_buttons()

    def selected_backup(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _enable_buttons(self, *_args) -> None:
        chosen = self.selected_backup() is not None
        self.check_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and allowed(Action.RESTORE))
        self.restore_file_button.setEnabled(allowed(Action.RESTORE))

    # -- this PC's choices ---------------------------------------------------------------------

    def browse(self) -> None:
        chosen = choose_folder(self, self.tr("Choose the backup folder"), self.folder.text())
        if chosen:
            self.set_folder(chosen)

    def set_folder(self, folder: str | None) -> None:
        backup_settings.set_backup_folder(folder)
        self.show_folder()
        self.refresh_list()

    # -- the backup password --------------------------------------------------------------------

    def change_password(self) -> None:
        from ...core.backup import set_backup_password

        password = ask_password(self, self.tr("Backup password"), self.tr(
            "From now on every backup, automatic or by hand, is encrypted with this password. "
            "Backups made before keep the password they had. Without the password an encrypted "
            "backup cannot be restored: write it down and keep it safe."), confirm=True)
        if password is None:
            return
        try:
            set_backup_password(self.store, password)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Backup password"))
            return
        self.show_password_state()
        self._say(self.tr("The backup password was saved."))

    def remove_password(self) -> None:
        from ...core.backup.keys import clear_backup_password

        if not dialogs.ask_yes_no(self, self.tr("Backup password"), self.tr(
                "Remove the backup password? New backups will not be encrypted: anyone with the "
                "file can read the records, national ID numbers included.")):
            return
        try:
            clear_backup_password(self.store)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Backup password"))
            return
        self.show_password_state()

    # -- backing up ------------------------------------------------------------------------------

    def back_up_now(self) -> workers.Job | None:
        return self._back_up(backup_settings.backup_folder(), None)

    def back_up_to(self) -> workers.Job | None:
        folder = choose_folder(self, self.tr("Back up to which folder?"), self.folder.text())
        if not folder:
            return None
        password = None
        if dialogs.ask_yes_no(self, self.tr("Back up to…"), self.tr(
                "Protect this backup with a password of its own? Without it the backup cannot be "
                "restored."), default_no=True):
            password = ask_password(self, self.tr("Password for this backup"), self.tr(
                "Type a password for this one backup."), confirm=True)
            if password is None:
                return None
        return self._back_up(Path(folder), password)

    def _back_up(self, folder: Path, password: str | None) -> workers.Job | None:
        from ...core.backup import make_backup, rotate

        store = self.store
        # Only the folder of this PC's backups is thinned out; a folder chosen for one
        # backup holds whatever the clerk keeps there.
        rotating = folder == backup_settings.backup_folder()

        def work(progress, cancelled):
            info = make_backup(store, folder=backup_settings.make_backup_into(folder), password=password,
                               reason="manual",
                               progress=progress, cancelled=cancelled)
            if rotating:
                rotate(folder)
            return info

        job = running.start(work, self.tr("Backing up"), self, handle_errors=False)
        if job is None:
            dialogs.inform(self, self.tr("Backups"), self.tr(
                "A backup is being made right now. Wait a moment and try again."))
            return None
        self.job = job
        self.backup_button.setEnabled(False)
        self.backup_to_button.setEnabled(False)
        job.succeeded.connect(self._backed_up)
        job.failed.connect(self._backup_failed)
        job.cancelled.connect(self._backup_cancelled)
        job.finished.connect(self.show_password_state)
        return job

    def _backed_up(self, info) -> None:
        if info is None:
            return
        self._say(self.tr("Backup saved: %1").replace("%1", str(info.path)))
        self.refresh_list()
        self.backedUp.emit(info)

    def _backup_cancelled(self) -> None:
        self._say(self.tr("The backup was cancelled; no file was left behind."))

    def _backup_failed(self, exc: BaseException) -> None:
        from ...core.backup.making import BackupCancelled

        if isinstance(exc, BackupCancelled):
            self._backup_cancelled()
            return
        reason = failure_reason(exc)
        if reason is None:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._say(self.tr("The backup failed: %1").replace("%1", reason))
        dialogs.warn(self, self.tr("Backups"), self.tr("The backup failed: %1").replace("%1", reason))

    # -- checking and restoring ------------------------------------------------------------------

    def check_selected(self) -> workers.Job | None:
        info = self.selected_backup()
        if info is None:
            return None
        from ...core.backup import check_backup

        password = None
        if info.encrypted:
            password = ask_password(self, self.tr("Backup password"), self.tr(
                "This backup is encrypted. Type its password to check it."))
            if password is None:
                return None
        path = info.path

        def work(progress, cancelled):
            progress(0, 0, self.tr("Checking %1…").replace("%1", path.name))
            return check_backup(path, password=password)

        self.check_job = workers.Job(work, self.tr("Checking the backup"), self, handle_errors=False)
        self.check_job.succeeded.connect(lambda check: self._checked(info, check))
        self.check_job.failed.connect(self._check_failed)
        return self.check_job.start()

    def _checked(self, info, check) -> None:
        lang = i18n.active_language()
        if getattr(check, "ok", False):
            text = self.tr("The backup of %1 passed its check: it is complete and can be restored.") \
                .replace("%1", date_label(info.created_at))
            self._say("✔ " + text)
            dialogs.inform(self, self.tr("Check a backup"), text)
        else:
            problems = "\n".join("• " + p.render(lang) for p in getattr(check, "problems", []))
            text = self.tr("The backup of %1 failed its check; do not rely on it:") \
                .replace("%1", date_label(info.created_at)) + "\n" + problems
            self._say("✖ " + text)
            dialogs.warn(self, self.tr("Check a backup"), text)

    def _check_failed(self, exc: BaseException) -> None:
        reason = failure_reason(exc)
        if reason is None:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._say("✖ " + reason)
        dialogs.warn(self, self.tr("Check a backup"), reason)

    def restore_selected(self) -> RestorePlan | None:
        info = self.selected_backup()
        return self._restore(info.path) if info is not None else None

    def restore_file(self) -> RestorePlan | None:
        chosen = choose_backup_file(self, self.tr("Restore which backup file?"), self.folder.text())
        return self._restore(Path(chosen)) if chosen else None

    def _restore(self, path: Path) -> RestorePlan | None:
        if not allowed(Action.RESTORE):
            return None
        plan = ask_restore(self, self.store.location, path)
        if plan is not None:
            self.restoreRequested.emit(plan)
        return plan

