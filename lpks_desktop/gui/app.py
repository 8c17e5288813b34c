"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..core.database import DatabaseLocation
from ..core.errors import UserError
from ..core.store import Store
from . import crash, dialogs, i18n, resources


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("LPKS Desktop")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.icon_path())))
    i18n.install(app)
    return app


def run(location: DatabaseLocation, argv: list[str]) -> int:
    crash.setup_logging()
    app = create_application(argv)
    crash.install_excepthook(crash.AppContext(location))
    try:
        store = Store.open(location)
    except UserError as exc:
        dialogs.show_user_error(None, exc, APP_NAME)
        return 1
    from .main_window import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    from ..core.database import resolve_location

    sys.exit(run(resolve_location(), sys.argv))
