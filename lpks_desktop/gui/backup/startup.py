"""Before the database opens: one app per database file, an interrupted restore finished,
and a damaged file set aside with the newest good backup offered in its place.

``prepare_database(location)`` runs before ``Store.open``; it keeps the instance lock in
this module until ``release_lock()`` at exit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ... import APP_NAME
from ...core.database import DatabaseLocation
from ...core.errors import UserError
from .. import dialogs, i18n, workers
from . import backup_settings
from .backups_model import BackupsModel, date_label
from .password_dialog import ask_password

MAX_CANDIDATES = 30

_lock = None  # the InstanceLock held while this app has the database open


def held_lock():
    return _lock


def release_lock() -> None:
    """Let another copy of the app open the database; call at exit."""
    global _lock
    if _lock is not None:
        try:
            _lock.release()
        finally:
            _lock = None




def _damage_text(report) -> str:
    """The quick check's finding in the interface language."""
    lang = i18n.active_language()
    summary = getattr(report, "summary", None)
    if isinstance(summary, str) and summary:
        return summary  # SQLite's own words: the dialog says the rest in plain words
    for attribute in ("text", "message"):
        value = getattr(report, attribute, None)
        if value is not None and hasattr(value, "render"):
            return value.render(lang)
    if hasattr(report, "render"):
        return report.render(lang)
    problems = getattr(report, "problems", None)
    if problems:
        return "; ".join(p.render(lang) if hasattr(p, "render") else str(p) for p in problems[:3])
    return str(report)


def backup_folders() -> list[Path]:
    """Where backups of this PC may be: the folder chosen in Settings, and the default one."""
    from ...core.backup import default_backup_folder

    folders = []
    for folder in (backup_settings.backup_folder(), Path(default_backup_folder())):
        if folder not in folders:
            folders.append(folder)
    return folders


def candidate_backups(location: DatabaseLocation) -> list:
    """Backups that could replace ``location``'s database, newest first."""
    from ...core.backup import list_backups

    found = {}
    for folder in backup_folders():
        for info in list_backups(folder):
            if info.kind == location.kind:
                found[str(info.path)] = info
    return sorted(found.values(), key=lambda b: b.created_at, reverse=True)[:MAX_CANDIDATES]


def choose_backup_file(parent: QWidget | None, title: str, start: str) -> str:
    """The backup file the clerk picks, or "" when cancelled; tests replace this."""
    from .settings_section import choose_backup_file as choose

    return choose(parent, title, start)


class DamagedDatabaseDialog(QDialog):
    """Says the database is damaged and kept aside, and offers the newest good backup.

    ``start_checking()`` (called when shown) checks the backups newest first off the GUI
    thread until one passes and selects it; ``restore_selected()`` restores it and accepts.
    ``restored`` tells the caller whether the app may go on.
    """

    def __init__(self, location: DatabaseLocation, kept_aside: Path, damage: str, candidates: list,
                 parent: QWidget | None = None, *, offer_empty: bool = False):
        super().__init__(parent)
        self.location = location
        self.kept_aside = Path(kept_aside)
        self.restored = False
        self.start_empty = False
        self.restore_result = None
        self.password: str | None = None
        self.passwords: dict[str, str | None] = {}
        self.good: set[str] = set()
        self.check_job: workers.Job | None = None
        self.restore_job: workers.Job | None = None
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumSize(680, 460)

        self.explanation = QLabel(self.tr(
            "The database file %1 is damaged and cannot be used safely (%2).\n\n"
            "It was set aside untouched at:\n%3\nNothing was written to it; keep it, someone may be "
            "able to rescue data from it.\n\n"
            "To go on working, restore a backup. The newest backup that passes its check is chosen "
            "below; what was entered after it was taken is not in it.")
            .replace("%1", str(location.path)).replace("%2", damage).replace("%3", str(self.kept_aside)),
            self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self, with_state=True)
        self.model.set_backups(candidates)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        if not candidates:
            self.status.setText(self.tr(
                "No backups were found in %1. Choose a backup file, e.g. on a USB stick, or quit.")
                .replace("%1", ", ".join(str(f) for f in backup_folders())))

        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Choose another &file…"), self)
        self.other_button.clicked.connect(self.choose_other)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.empty_button: QPushButton | None = None
        if offer_empty:
            # Offered only once the clerk has seen this and quit: a fresh start must be a choice.
            self.empty_button = QPushButton(self.tr("Start with an &empty database"), self)
            self.empty_button.clicked.connect(self.choose_empty)
            buttons.addWidget(self.empty_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._started = False
        self._enable_buttons()

    def choose_empty(self) -> None:
        self.start_empty = True
        self.accept()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if not self._started:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self._check_if_not_yet)

    def _check_if_not_yet(self) -> None:
        if not self._started:
            self.start_checking()

    def selected_backup(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _enable_buttons(self, *_args) -> None:
        busy = any(job is not None and job.is_running() for job in (self.check_job, self.restore_job))
        self.restore_button.setEnabled(self.selected_backup() is not None and not busy)
        self.other_button.setEnabled(not busy)

    # -- checking --------------------------------------------------------------------------------

    def start_checking(self, infos: list | None = None) -> workers.Job | None:
        """Check ``infos`` (default: every candidate), newest first, until one passes."""
        self._started = True
        infos = [self.model.backup(row) for row in range(self.model.rowCount())] if infos is None else infos
        if not infos:
            return None
        if any(info.encrypted for info in infos) and self.password is None:
            self.password = ask_password(self, self.tr("Backup password"), self.tr(
                "The backups are encrypted. Type the backup password so they can be checked. "
                "Without it only unencrypted backups can be checked."))
        from ...core.backup import WrongPassword, check_backup

        password = self.password
        label = self.tr("Checking the backup of %1…")
        wrong, passed, failed = (self.tr("Wrong password"), self.tr("✔ Passed its check"),
                                 self.tr("✖ Failed its check"))
        no_password = self.tr("Encrypted: password needed")

        def work(progress, cancelled):
            found = []
            for number, info in enumerate(infos):
                progress(number, len(infos), label.replace("%1", date_label(info.created_at)))
                if info.encrypted and not password:
                    found.append((info, no_password, False))
                    continue
                try:
                    check = check_backup(info.path, password=password if info.encrypted else None)
                except WrongPassword:
                    found.append((info, wrong, False))
                    continue
                except UserError as exc:
                    found.append((info, "✖ " + exc.render(i18n.active_language()), False))
                    continue
                good = bool(getattr(check, "ok", False))
                found.append((info, passed if good else failed, good))
                if good:
                    break  # the newest good one is what is offered
            return found

        self.status.setText(self.tr("Checking the backups, newest first…"))
        self.check_job = workers.Job(work, self.tr("Checking the backups"), self, handle_errors=False)
        self.check_job.succeeded.connect(self._checked)
        self.check_job.failed.connect(self._failed)
        self.check_job.finished.connect(self._enable_buttons)
        self._enable_buttons()
        return self.check_job.start()

    def _checked(self, found: list) -> None:
        chosen = None
        for info, state, good in found:
            self.model.set_state(info.path, state)
            if good:
                self.good.add(str(info.path))
                self.passwords[str(info.path)] = self.password if info.encrypted else None
                chosen = chosen or info
        if chosen is not None:
            self.table.selectRow(self.model.row_of(chosen.path))
            self.status.setText(self.tr("The backup of %1 passed its check and is chosen. "
                                        "Press \"Restore this backup\" to go on with it.")
                                .replace("%1", date_label(chosen.created_at)))
        else:
            self.status.setText(self.tr("None of these backups passed its check. Choose another "
                                        "backup file, e.g. on a USB stick, or quit."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.status.setText(exc.render(i18n.active_language()))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def choose_other(self) -> workers.Job | None:
        chosen = choose_backup_file(self, self.tr("Restore which backup file?"),
                                    str(backup_settings.backup_folder()))
        if not chosen:
            return None
        return self.add_file(Path(chosen))

    def add_file(self, path: Path) -> workers.Job | None:
        """Put a backup file from elsewhere at the top of the list and check it."""
        from ...core.backup import naming
        from .restore_dialog import backup_taken_at, is_encrypted

        info = naming.info_for(path)
        if info is None:  # renamed by the clerk: the file's own facts still serve
            import datetime as dt

            stat = path.stat()
            info = naming.BackupInfo(path=path, created_at=backup_taken_at(path)
                                     or dt.datetime.fromtimestamp(stat.st_mtime),
                                     kind=self.location.kind, encrypted=is_encrypted(path),
                                     size=stat.st_size, reason="manual")
        rows = [self.model.backup(row) for row in range(self.model.rowCount())
                if str(self.model.backup(row).path) != str(path)]
        self.model.set_backups([info, *rows])
        if info.encrypted:
            self.password = None  # a file from elsewhere may have another password
        return self.start_checking([info])

    # -- restoring -------------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        info = self.selected_backup()
        if info is None:
            return False
        if str(info.path) not in self.good:
            if not dialogs.ask_yes_no(self, self.windowTitle(), self.tr(
                    "This backup has not passed its check. Restore it anyway?")):
                return False
        password = self.passwords.get(str(info.path), self.password if info.encrypted else None)
        if info.encrypted and not password:
            password = ask_password(self, self.tr("Backup password"), self.tr(
                "This backup is encrypted. Type the backup password that was set when it was made."))
            if password is None:
                return False
        from ...core.backup import restore_backup

        location = self.location

        def work(progress, cancelled):
            # Nobody can sign in yet: the accounts are in the database being replaced. Whoever
            # sits at this PC already holds the database file itself, so the restore acts as
            # the local administrator; signing in comes after, on the restored accounts.
            from ...core.auth.session import SYSTEM_ADMIN, current_principal, signed_in

            with signed_in(current_principal() or SYSTEM_ADMIN):
                return restore_backup(location, info.path, password=password, progress=progress)

        self.restore_job = workers.Job(work, self.tr("Restoring the backup"), self, cancellable=False,
                                       handle_errors=False)
        self._enable_buttons()
        self.restore_job.start()
        self.restore_job.wait()
        self._enable_buttons()
        if self.restore_job.status != "done":
            error = self.restore_job.error
            if isinstance(error, UserError):
                dialogs.show_user_error(self, error, self.tr("Restoring the backup"))
            elif error is not None:
                sys.excepthook(type(error), error, error.__traceback__)
            return False
        self.restored = True
        self.restore_result = self.restore_job.result
        self.accept()
        return True


def _in_use_title() -> str:
    return QCoreApplication.translate("startup", "The database is already open")


def prepare_database(location: DatabaseLocation, parent: QWidget | None = None) -> bool:
    """Make ``location`` safe to open; False: the app must not open it (the clerk was told why).

    In this order: take the instance lock (a SQLite file is opened by one app at a time),
    finish a restore a power cut interrupted, and quick-check the file. A damaged file is set
    aside untouched and a backup is offered in its place.
    """
    global _lock
    if not location.is_sqlite:
        return _finish_restore(location, parent)
    from ...core.instance_lock import DatabaseInUse, InstanceLock

    release_lock()
    lock = InstanceLock(location.path)
    try:
        lock.acquire()
    except DatabaseInUse as exc:
        dialogs.show_user_error(parent, exc, _in_use_title())
        return False
    _lock = lock
    if not _finish_restore(location, parent):
        release_lock()
        return False
    from ...core.startup_check import quick_check, set_aside_damaged

    earlier = set_aside_earlier(location)
    if earlier is not None:
        return _offer_after_earlier_damage(location, earlier, parent)
    try:
        report = quick_check(location)
        if report is None:
            return True
        kept = set_aside_damaged(location)
    except UserError as exc:
        dialogs.show_user_error(parent, exc, APP_NAME)
        release_lock()
        return False
    dialog = DamagedDatabaseDialog(location, kept, _damage_text(report), candidate_backups(location), parent)
    dialogs.run_modal(dialog)
    if dialog.restored:
        return True
    release_lock()
    return False


def set_aside_earlier(location: DatabaseLocation) -> Path | None:
    """The newest damaged file set aside at an earlier start, when no database has taken its
    place since (the clerk quit instead of restoring): None otherwise."""
    path = location.path
    if path.exists():
        return None
    kept = sorted(path.parent.glob(f"{path.name}.damaged-*"), key=lambda p: p.stat().st_mtime)
    kept = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    return kept[-1] if kept else None


def _offer_after_earlier_damage(location: DatabaseLocation, kept: Path, parent: QWidget | None) -> bool:
    """Without this, quitting the damage dialog once would make the next start open a new,
    empty database as if nothing had happened."""
    found = QCoreApplication.translate("startup", "found when the app was last started")
    dialog = DamagedDatabaseDialog(location, kept, found, candidate_backups(location), parent,
                                   offer_empty=True)
    dialogs.run_modal(dialog)
    if dialog.restored or dialog.start_empty:
        return True
    release_lock()
    return False


def _finish_restore(location: DatabaseLocation, parent: QWidget | None) -> bool:
    from ...core.backup import finish_interrupted_restore

    try:
        finish_interrupted_restore(location)
    except UserError as exc:
        dialogs.show_user_error(parent, exc, APP_NAME)
        return False
    return True


def open_store(location: DatabaseLocation, parent: QWidget | None = None):
    """``prepare_database`` then ``Store.open``: the open store, or None when the clerk was told
    why it cannot be opened (the lock is then given back)."""
    from ...core.store import Store

    if not prepare_database(location, parent):
        return None
    try:
        return Store.open(location)
    except UserError as exc:
        release_lock()
        dialogs.show_user_error(parent, exc, APP_NAME)
        return None


def name_signed_in_user(name: str) -> None:
    """Once someone has signed in, a second app is told their name rather than the PC's login."""
    if _lock is not None and hasattr(_lock, "set_user"):
        _lock.set_user(name)
