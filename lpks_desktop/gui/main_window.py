"""The main window: a navigation sidebar, the current page, the institution switcher."""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import threading
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QApplication,
    QToolBar,
    QWidget,
)

from .. import APP_NAME
from ..core.actor import current_actor
from ..core.auth.permissions import Action, allowed
from ..core.auth.session import current_principal, sign_in_as
from ..core.services.institutions import institution_choices
from ..core.store import Store
from . import dialogs
from .auth.page_gates import gate_page, page_action
from .auth.role_gate import is_gated, may_somewhere, role_label

GEOMETRY_KEY = "main_window/geometry"
PAGE_KEY = "main_window/page"
INSTITUTION_KEY = "main_window/institution"
ALL_INSTITUTIONS = 0
_SHORTCUT_BUTTONS = {"new_record": "new_button", "save": "save_button"}  # page slot -> its button


def _warm_holidays() -> None:
    from ..core.services.closed_days import national_holidays

    today = datetime.date.today()
    national_holidays(datetime.date(today.year, 1, 1), datetime.date(today.year + 1, 12, 31),
                      collective_leave=True)


@dataclass(frozen=True)
class PageEntry:
    key: str
    label: str
    factory: Callable[[Store, QWidget], QWidget]

    @property
    def offered(self) -> bool:
        """Whether the signed-in person's role may open this page (the core decides)."""
        return may_somewhere(page_action(self.key))


def _lazy(module: str, class_name: str) -> Callable[[Store, QWidget], QWidget]:
    def build(store: Store, parent: QWidget) -> QWidget:
        # "name" is a module of gui/pages; "package.name" one of another gui package.
        path = module if "." in module else f"pages.{module}"
        page_module = importlib.import_module(f"{__package__}.{path}")
        return getattr(page_module, class_name)(store, parent)

    return build


def _page_module_exists(path: str) -> bool:
    """Pages built by other parts of the app appear once their module is there."""
    return importlib.util.find_spec(f"{__package__}.{path}") is not None


class MainWindow(QMainWindow):
    # The person signed out: this window has closed, and whoever started it asks who is next.
    signedOut = Signal()  # noqa: N815 (Qt naming)
    # A backup was restored: this window has closed; the store now open (None: none could be).
    restored = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(f"{APP_NAME} — {store.location.display()}")
        self.setMinimumSize(QSize(900, 560))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.pages = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.institution_box = QComboBox(self)
        self.institution_box.setMinimumWidth(280)
        self.institution_box.setToolTip(self.tr("Institution whose records are shown"))
        toolbar = QToolBar(self.tr("Institution"), self)
        toolbar.setObjectName("institutionToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Institution:") + " ", self))
        toolbar.addWidget(self.institution_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", store.location.display()))
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self._who()))
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self._entries: list[PageEntry] = []
        self._offered: set[str] = set()  # decided once, for whoever was signed in when the window opened
        self._page_widgets: dict[str, QWidget] = {}
        for entry in self.page_entries():
            self._add_page(entry)
        self._make_actions()
        self._make_account_menu()
        self._load_institutions()

        from .backup.auto_backup import AutoBackup

        self.auto_backup = AutoBackup(store, self)
        self._closing_backup = True
        self.nav.currentRowChanged.connect(self._show_page)
        self.institution_box.currentIndexChanged.connect(self._institution_changed)
        self._restore_state()
        # Loading the holiday calendars costs about half a second the first time; do it
        # now in the background so the first calendar or schedule does not wait for it.
        threading.Thread(target=_warm_holidays, name="holidays", daemon=True).start()

    # -- pages ---------------------------------------------------------------------------------

    def page_entries(self) -> list[PageEntry]:
        return [
            PageEntry("home", self.tr("Home"), _lazy("home_page", "HomePage")),
            PageEntry("status", self.tr("Check status"), _lazy("status_page", "StatusPage")),
            PageEntry("participants", self.tr("Participants"),
                      _lazy("participants_page", "ParticipantsPage")),
            PageEntry("classes", self.tr("Classes"), _lazy("classes_page", "ClassesPage")),
            PageEntry("attendance", self.tr("Attendance"), _lazy("attendance_page", "AttendancePage")),
            PageEntry("certificates", self.tr("Certificates"),
                      _lazy("certificates.register_page", "CertificatesPage")),
            PageEntry("calendar", self.tr("Calendar"), _lazy("calendar_page", "CalendarPage")),
            PageEntry("programs", self.tr("Programs"), _lazy("programs_page", "ProgramsPage")),
            PageEntry("trainers", self.tr("Trainers"), _lazy("trainers_page", "TrainersPage")),
            PageEntry("workload", self.tr("Trainer workload"), _lazy("workload_page", "WorkloadPage")),
            PageEntry("rooms", self.tr("Rooms"), _lazy("rooms_page", "RoomsPage")),
            PageEntry("institutions", self.tr("Institutions"),
                      _lazy("institutions_page", "InstitutionsPage")),
            PageEntry("settings", self.tr("Settings"), _lazy("settings_page", "SettingsPage")),
            PageEntry("users", self.tr("Users"), _lazy("auth.users_page", "UsersPage")),
        ] + ([PageEntry("audit", self.tr("Audit trail"), _lazy("pages.audit_page", "AuditPage"))]
             if _page_module_exists("pages.audit_page") else [])

    def _add_page(self, entry: PageEntry) -> None:
        # A page is built the first time it is shown: start-up pays only for the page the
        # clerk lands on, not for every page's forms and queries.
        self._entries.append(entry)
        self.pages.addWidget(QWidget(self.pages))
        item = QListWidgetItem(entry.label, self.nav)
        item.setData(Qt.ItemDataRole.UserRole, entry.key)
        item.setSizeHint(QSize(0, 34))
        # A page the role may not open is left out of the navigation; it may still be built
        # behind the scenes (the classes page hosts the class windows a trainer opens).
        if entry.offered:
            self._offered.add(entry.key)
        item.setHidden(entry.key not in self._offered)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it has not been shown yet."""
        if key not in self._page_widgets:
            index = [entry.key for entry in self._entries].index(key)
            widget = self._entries[index].factory(self.store, self)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, widget)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._page_widgets[key] = widget
            gate_page(key, widget)
            if hasattr(widget, "set_institution"):
                widget.set_institution(self.current_institution_id())
            self._connect_page(key, widget)
        return self._page_widgets[key]

    def _connect_page(self, key: str, widget: QWidget) -> None:
        """Pages that lead to other pages, and changes that other pages must see."""
        if key == "home":
            widget.openParticipant.connect(self.open_participant)
            # A class opens in its own window; the home page stays where the clerk is.
            widget.openClass.connect(self.open_class)
        elif key in ("classes", "status"):
            widget.openParticipant.connect(self.open_participant)
        elif key == "calendar":
            widget.openClass.connect(self.open_class)
        elif key == "attendance":
            widget.openClass.connect(self.open_class)
            widget.openAttendance.connect(self._open_attendance)
            self._limit_attendance_to_own_sessions(widget)
            # Marks saved in a class window change the week's counts and who is at risk.
            self.page("classes").classesChanged.connect(widget.marks_changed)
        elif key == "certificates":
            widget.openCertificates.connect(self._open_certificates)
            # Certificates issued or revoked in a class window belong in the register at once.
            self.page("classes").classesChanged.connect(widget.refresh)
        elif key == "institutions":
            widget.institutionsChanged.connect(self._load_institutions)
        elif key == "settings":
            widget.openInstitutions.connect(lambda: self.go_to("institutions"))
            widget.restoreRequested.connect(self.restore_backup)

    def _limit_attendance_to_own_sessions(self, page: QWidget) -> None:
        """Someone who may not see all records (a trainer) sees only their own sessions."""
        from .auth.role_gate import gate

        principal = current_principal()
        if allowed(Action.VIEW_RECORDS) or principal is None:
            return
        page.set_trainer(principal.trainer_id)
        gate(page.trainer_box, Action.VIEW_RECORDS)
        # Participants at risk in every class: not theirs to see.
        gate(page.splitter.widget(1), Action.VIEW_RECORDS, hide=True)

    def open_class(self, class_id: int):
        """The class's window, when the signed-in person may see that class."""
        if not allowed(Action.VIEW_CLASS, class_id=class_id):
            from .auth.role_gate import refusal

            dialogs.warn(self, self.tr("Classes"), refusal(Action.VIEW_CLASS))
            return None
        return self.page("classes").open_class(class_id)

    def open_participant(self, record_id: int) -> None:
        if allowed(Action.VIEW_RECORDS):
            self.go_to("participants").show_profile(record_id)

    def _open_attendance(self, class_id: int, session_id: int) -> None:
        window = self.open_class(class_id)
        if window is not None:
            window.show_attendance(session_id or None)

    def _open_certificates(self, class_id: int, number: str) -> None:
        window = self.open_class(class_id)
        if window is not None:
            window.show_certificates(number)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def go_to(self, key: str) -> QWidget:
        keys = [entry.key for entry in self._entries]
        self.nav.setCurrentRow(keys.index(key))
        return self.page(key)

    def offered_keys(self) -> list[str]:
        """The pages the signed-in person finds in the navigation."""
        return [entry.key for entry in self._entries if entry.key in self._offered]

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self._entries) and self._entries[row].key in self._offered:
            self.page(self._entries[row].key)
            self.pages.setCurrentIndex(row)

    # -- institutions --------------------------------------------------------------------------

    def _load_institutions(self) -> None:
        current = self.institution_box.currentData()
        rows = institution_choices()
        self.institution_box.blockSignals(True)
        self.institution_box.clear()
        if len(rows) != 1:
            self.institution_box.addItem(self.tr("All institutions"), ALL_INSTITUTIONS)
        for row in rows:
            self.institution_box.addItem(f"{row['code']} — {row['name']}", row["id"])
        index = self.institution_box.findData(current) if current is not None else -1
        self.institution_box.setCurrentIndex(max(index, 0))
        self.institution_box.blockSignals(False)
        self.institution_box.setEnabled(len(rows) > 1)
        if current is not None and self.institution_box.currentData() != current:
            self._institution_changed(self.institution_box.currentIndex())

    def current_institution_id(self) -> int | None:
        value = self.institution_box.currentData()
        return value or None

    def _institution_changed(self, _index: int) -> None:
        institution_id = self.current_institution_id()
        for widget in self._page_widgets.values():
            if hasattr(widget, "set_institution"):
                widget.set_institution(institution_id)

    # -- actions and shortcuts -----------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, shortcut, slot_name: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda: self._on_page(slot_name))
            self.addAction(act)
            return act

        self.new_action = action(self.tr("New"), QKeySequence.StandardKey.New, "new_record")
        self.find_action = action(self.tr("Find"), QKeySequence.StandardKey.Find, "focus_search")
        self.refresh_action = action(self.tr("Refresh"), QKeySequence.StandardKey.Refresh, "refresh")
        self.save_action = action(self.tr("Save"), QKeySequence.StandardKey.Save, "save")

    def _on_page(self, name: str) -> None:
        # Ctrl+N and Ctrl+S do nothing where the page's own New or Save is not offered to this role.
        button = getattr(self.current_page(), _SHORTCUT_BUTTONS.get(name, ""), None)
        if button is not None and is_gated(button):
            return
        handler = getattr(self.current_page(), name, None)
        if callable(handler):
            handler()

    # -- remembered state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        wanted = settings.value(INSTITUTION_KEY)
        index = self.institution_box.findData(int(wanted)) if wanted not in (None, "") else -1
        if index >= 0:
            self.institution_box.setCurrentIndex(index)
        self._institution_changed(self.institution_box.currentIndex())
        keys = [entry.key for entry in self._entries]
        offered = self.offered_keys()
        last = settings.value(PAGE_KEY, offered[0] if offered else keys[0])
        if last not in offered and offered:
            last = offered[0]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def _save_state(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if 0 <= self.nav.currentRow() < len(self._entries):
            settings.setValue(PAGE_KEY, self._entries[self.nav.currentRow()].key)
        settings.setValue(INSTITUTION_KEY, self.current_institution_id() or ALL_INSTITUTIONS)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._save_state()
        if self._closing_backup:
            self.auto_backup.on_close()
        super().closeEvent(event)

    def restore_backup(self, plan) -> bool:
        """Put a backup in place of the open database, then hand over to whoever signs in to it.

        The restored database brings its own accounts, so nobody stays signed in. False
        when a class window stayed open because its person chose to keep editing.
        """
        from .backup.restore_dialog import run_restore

        for window in self.class_windows():
            if not window.close():
                return False
        self.auto_backup.timer.stop()
        self._save_state()
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            store, _outcome = run_restore(self, self.store, plan)
            self._closing_backup = False
            self.hide()
            sign_in_as(None)
            self.restored.emit(store)
        finally:
            app.setQuitOnLastWindowClosed(quits)
        self.deleteLater()
        return True

    # -- the signed-in person ------------------------------------------------------------------

    def _who(self) -> str:
        principal = current_principal()
        if principal is None:
            return current_actor()
        name = principal.full_name or principal.username
        shown = name if name == principal.username else f"{name} ({principal.username})"
        return self.tr("%1, %2").replace("%1", shown).replace("%2", role_label(principal.role))

    def _make_account_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Account"))
        self.change_password_action = QAction(self.tr("Change &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.setToolTip(self.tr("Close your windows and let someone else sign in"))
        self.sign_out_action.triggered.connect(self.sign_out)
        menu.addAction(self.change_password_action)
        menu.addSeparator()
        menu.addAction(self.sign_out_action)
        # Without an account (the installation acting for itself) there is no password to change.
        signed_in = current_principal() is not None and current_principal().user_id is not None
        self.change_password_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)

    def change_password(self) -> bool:
        from .auth.password_dialog import ChangePasswordDialog

        principal = current_principal()
        if principal is None:
            return False
        dialog = ChangePasswordDialog(self.store, principal.username, self)
        try:
            done = dialogs.run_modal(dialog) == ChangePasswordDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if done:
            dialogs.inform(self, self.tr("Change password"), self.tr("Your password has been changed."))
        return done

    def class_windows(self) -> list[QWidget]:
        classes = self._page_widgets.get("classes")
        return list(getattr(classes, "_windows", {}).values()) if classes is not None else []

    def sign_out(self) -> bool:
        """Close the class windows (each may ask about unsaved marks) and this window, then sign out.

        False when a class window stayed open because its person chose to keep editing.
        """
        for window in self.class_windows():
            if not window.close():
                return False
        self._save_state()
        app = QApplication.instance()
        # The next sign-in dialog is shown once this window is gone; closing it must not end the app.
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        # The next person's window runs its own automatic backups.
        self.auto_backup.timer.stop()
        self._closing_backup = False
        try:
            self.hide()
            sign_in_as(None)
            self.signedOut.emit()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        self.deleteLater()
        return True
