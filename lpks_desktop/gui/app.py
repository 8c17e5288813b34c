"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..core.auth.permissions import Action, allowed
from ..core.auth.session import SYSTEM_ADMIN, current_principal, signed_in
from ..core.database import DatabaseLocation
from ..core.errors import UserError
from ..core.store import Store
from . import crash, dialogs, i18n, pc_settings, resources


# Windows groups taskbar buttons by this id; without it the window would be grouped (and pinned)
# as the Python interpreter that runs the installed app, with Python's icon.
WINDOWS_APP_ID = "LPKSDesktop.LPKSDesktop"


def _set_windows_app_id() -> None:
    if sys.platform == "win32":
        import ctypes

        try:
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
        except (AttributeError, OSError):
            pass  # Wine and old Windows builds may lack it: only the taskbar grouping suffers


def create_application(argv: list[str]) -> QApplication:
    _set_windows_app_id()
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("LPKS Desktop")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.icon_path())))
    i18n.install(app)
    return app


def _open_store(location: DatabaseLocation, explicit: bool) -> Store | None:
    """Open the database: --db or LPKS_DB when given, else the one chosen in Settings on this PC.

    When the database chosen in Settings cannot be opened (server off, file moved), the
    clerk is told why and the app falls back to this PC's own file, so Settings stay
    reachable to choose again.
    """
    if not explicit:
        try:
            chosen = pc_settings.configured_location(None)
        except UserError as exc:
            dialogs.show_user_error(None, exc, APP_NAME)
            chosen = None
        if chosen is not None:
            store = _prepare_and_open(chosen)
            if store is not None:
                return store
    return _prepare_and_open(location)


def _prepare_and_open(location: DatabaseLocation) -> Store | None:
    """The lock, an interrupted restore and the damage check first (``backup.startup``), then open."""
    from .backup import startup

    if not startup.prepare_database(location, None):
        return None
    try:
        return Store.open(location)
    except UserError as exc:
        startup.release_lock()
        dialogs.show_user_error(None, exc, APP_NAME)
        return None


_windows: list = []  # the open main window, kept from the garbage collector
_current: list = []  # the store in use: a restore replaces the one opened at start-up


def open_main_window(store: Store):
    """The main window for whoever is signed in; after a sign-out, the next person is asked for."""
    from .main_window import MainWindow

    from .backup import startup

    principal = current_principal()
    if principal is not None:
        startup.name_signed_in_user(principal.username)
    _current[:] = [store]
    window = MainWindow(store)
    _windows[:] = [window]
    window.signedOut.connect(lambda: after_sign_out(store))
    window.restored.connect(after_restore)
    window.show()
    return window


def after_restore(store: Store | None) -> None:
    """A backup was restored: its own accounts decide who may go on, in a new window."""
    if store is None:
        _windows.clear()
        QCoreApplication.quit()
        return
    _current[:] = [store]
    after_sign_out(store)


def after_sign_out(store: Store) -> None:
    """Someone signed out: the next person signs in without restarting, or the app ends."""
    from .auth.signing_in import sign_in

    if sign_in(store, None) is None:
        _windows.clear()
        QCoreApplication.quit()
        return
    open_main_window(store)


def start(store: Store) -> bool:
    """Who uses the app (the first administrator, or a sign-in), and the first-run wizard.

    On an empty database the wizard comes first, written by the installation
    itself as the command line does before any account exists: demo data brings
    its own (passwordless) accounts, and the first administrator may take the
    name of one of them. Then the first administrator is created. A database
    with records but no account yet (from before sign-in existed) asks only for
    the administrator. False when the person quit instead.
    """
    from .auth.signing_in import create_first_admin, needs_first_admin, sign_in
    from .first_run import maybe_run_first_run, needs_first_run

    if needs_first_admin():
        if needs_first_run():
            with signed_in(SYSTEM_ADMIN):
                maybe_run_first_run(store, None)
        return create_first_admin(store, None) is not None
    if sign_in(store, None) is None:
        return False
    if needs_first_run() and allowed(Action.EDIT_RECORDS):
        maybe_run_first_run(store, None)  # the wizard was closed before the first institution
    return True


def run(location: DatabaseLocation, argv: list[str], explicit: bool = True) -> int:
    """Start the desktop app; ``explicit`` means the location came from --db or LPKS_DB."""
    crash.setup_logging()
    app = create_application(argv)
    crash.install_excepthook(crash.AppContext(location))
    store = _open_store(location, explicit)
    if store is None:
        return 1
    _current[:] = [store]
    try:
        if not start(store):
            return 0
        open_main_window(store)
        return app.exec()
    finally:
        for opened in {id(s): s for s in (store, *_current)}.values():
            opened.close()
        from .backup import startup

        startup.release_lock()
