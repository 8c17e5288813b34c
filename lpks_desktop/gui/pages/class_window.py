"""One class in its own window: its details, schedule, participants, attendance and history.

Not modal: a clerk keeps a class open beside the main window (or several
classes side by side) while answering the phone. The classes page keeps one
window per class.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...core.auth.permissions import Action
from ...core.models import TrainingClass
from ...core.services.classes import class_overview
from ...core.store import Store
from .. import dialogs
from ..formatting import format_date, format_number
from ..assessment.assessment_tab import AssessmentTab
from ..attendance.attendance_tab import AttendanceTab
from ..auth.role_gate import gate, may
from ..certificates.class_certificates_tab import ClassCertificatesTab
from ..forms.class_form import ClassForm
from .class_history_tab import ClassHistoryTab
from .class_labels import class_status_labels, funding_labels, label
from .class_participants_tab import ClassParticipantsTab
from .class_schedule_tab import ClassScheduleTab

GEOMETRY_KEY = "class_window/geometry"
SCHEDULE_TAB, PARTICIPANTS_TAB, ATTENDANCE_TAB, ASSESSMENT_TAB, CERTIFICATES_TAB, HISTORY_TAB = range(6)


class ClassWindow(QWidget):
    classChanged = Signal(int)  # noqa: N815 (Qt naming) the class or its sessions changed
    openParticipant = Signal(int)  # noqa: N815
    closed = Signal(int)

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store = store
        self.class_id = class_id

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.edit_button = QPushButton(self.tr("&Edit class…"), self)
        self.edit_button.setToolTip(self.tr("Change the class's code, name, dates, room, capacity, "
                                            "funding or status"))
        self.edit_button.clicked.connect(self.edit_class)
        self.import_button = QPushButton(self.tr("&Import registrants…"), self)
        self.import_button.setToolTip(self.tr(
            "Read a registrant list (XLSX or CSV) into this class; every problem is shown before "
            "anything is written"))
        self.import_button.clicked.connect(self.import_registrants)
        self.export_button = QPushButton(self.tr("E&xport class list…"), self)
        self.export_button.setToolTip(self.tr("The class's participants with their status, as XLSX or CSV"))
        self.export_button.clicked.connect(self.export_class_list)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.import_button, self.export_button, self.edit_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.details: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        names = [("program", self.tr("Program")), ("institution", self.tr("Institution")),
                 ("period", self.tr("Period")), ("room", self.tr("Room")),
                 ("seats", self.tr("Participants")), ("funding", self.tr("Funding")),
                 ("status", self.tr("Status")), ("sessions", self.tr("Sessions"))]
        for position, (key, text) in enumerate(names):
            row, pair = divmod(position, 2)
            caption = QLabel(text + ":", self)
            caption.setStyleSheet("color: palette(placeholder-text);")
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details[key] = value
            grid.addWidget(caption, row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.schedule = ClassScheduleTab(store, class_id, self)
        self.participants = ClassParticipantsTab(store, class_id, self)
        self.history = ClassHistoryTab(class_id, self)
        # Read when first shown: most visits to a class are not about attendance.
        self.attendance = AttendanceTab(store, class_id, self)
        self.assessment = AssessmentTab(store, class_id, self)
        self.certificates = ClassCertificatesTab(store, class_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.schedule, "")
        self.tabs.addTab(self.participants, "")
        self.tabs.addTab(self.attendance, "")
        self.tabs.addTab(self.assessment, "")
        self.tabs.addTab(self.certificates, "")
        self.tabs.addTab(self.history, "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        for shortcut, slot in ((QKeySequence.StandardKey.Close, self.close),
                               (QKeySequence.StandardKey.Refresh, self.reload)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)

        self.schedule.changed.connect(self._schedule_changed)
        self.participants.openParticipant.connect(self.openParticipant)
        self.participants.changed.connect(self._schedule_changed)  # seats, counts, the classes page
        self.attendance.changed.connect(self._attendance_changed)
        self.attendance.model.pendingChanged.connect(lambda count: self._count_tabs())
        self.assessment.changed.connect(self._assessment_changed)
        self.assessment.model.pendingChanged.connect(lambda count: self._count_tabs())
        self.certificates.changed.connect(self._certificates_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._offer_by_role()
        self._load_header()
        self._count_tabs()
        self._restore_geometry()
        self.schedule.table.setFocus()

    def _offer_by_role(self) -> None:
        """Offer only what the signed-in person may do in this class; the core refuses the rest.

        A trainer sees their class's schedule (read-only), enters its attendance, writes the
        journal and prints; the tabs about people's records stay hidden from them.
        """
        class_id = self.class_id
        gate(self.edit_button, Action.EDIT_SCHEDULE, class_id=class_id)
        gate(self.import_button, Action.IMPORT, class_id=class_id)
        gate(self.export_button, Action.EXPORT, class_id=class_id)
        schedule = self.schedule
        for action in (schedule.generate_action, schedule.add_action, schedule.edit_action,
                       schedule.cancel_action, schedule.restore_action, schedule.delete_action,
                       schedule.trainers_action):
            gate(action, Action.EDIT_SCHEDULE, class_id=class_id)
        gate(schedule.journal_action, Action.WRITE_JOURNAL, class_id=class_id)
        gate(schedule.print_action, Action.PRINT, class_id=class_id)
        people = self.participants
        for action in (people.register_action, people.status_action, people.prakerja_action):
            gate(action, Action.ENROLL, class_id=class_id)
        for action in (people.announcement_action, people.letters_action):
            gate(action, Action.PRINT, class_id=class_id)
        attendance = self.attendance
        for target in (attendance.view, attendance.save_action, attendance.undo_save_action,
                       attendance.present_action, attendance.note_action, attendance.import_action):
            gate(target, Action.ENTER_ATTENDANCE, class_id=class_id)
        gate(attendance.print_action, Action.PRINT, class_id=class_id)
        for action in (attendance.template_action, attendance.recap_action):
            gate(action, Action.EXPORT, class_id=class_id)
        assessment = self.assessment
        for target in (assessment.view, assessment.save_action, assessment.undo_save_action,
                       assessment.competent_action):
            gate(target, Action.ENTER_ASSESSMENT, class_id=class_id)
        certificates = self.certificates
        for button in (certificates.issue_button, certificates.reissue_button):
            gate(button, Action.ISSUE_CERTIFICATES, class_id=class_id)
        gate(certificates.revoke_button, Action.REVOKE_CERTIFICATES, class_id=class_id)
        gate(certificates.print_button, Action.PRINT, class_id=class_id)
        records = may(Action.VIEW_RECORDS, class_id)
        for index in (PARTICIPANTS_TAB, ASSESSMENT_TAB, CERTIFICATES_TAB, HISTORY_TAB):
            self.tabs.setTabVisible(index, records)

    # -- loading --------------------------------------------------------------------------------

    def _load_header(self) -> bool:
        try:
            data = class_overview(self.class_id)
        except TrainingClass.DoesNotExist:
            return False
        klass = data["class"]
        self.klass = klass
        self.setWindowTitle(f"{klass.code} — {klass.name} — {APP_NAME}")
        self.heading.setText(f"{klass.code} — {klass.name}")
        start, end = format_date(klass.start_date), format_date(klass.end_date)
        period = (self.tr("%1 to %2").replace("%1", start).replace("%2", end) if start and end
                  else start or end or self.tr("Not scheduled yet"))
        held = sum(1 for row in data["sessions"] if row["status"] != "cancelled")
        cancelled = len(data["sessions"]) - held
        sessions = format_number(held)
        if cancelled:
            sessions = self.tr("%1 (and %2 cancelled)").replace("%1", sessions).replace(
                "%2", format_number(cancelled))
        values = {
            "program": f"{klass.program.code} — {klass.program.name} ({format_number(klass.program.total_jp)} JP)",
            "institution": f"{klass.institution.code} — {klass.institution.name}",
            "period": period,
            "room": (self.tr("%1 (%2 seats)").replace("%1", klass.room.name)
                     .replace("%2", format_number(klass.room.capacity))
                     if klass.room_id else self.tr("No room chosen")),
            "seats": self.tr("%1 seated of %2 places").replace("%1", format_number(data["seated"]))
            .replace("%2", format_number(klass.capacity)),
            "funding": label(funding_labels(), klass.funding),
            "status": label(class_status_labels(), klass.status),
            "sessions": sessions,
        }
        for key, text in values.items():
            self.details[key].setText(text)
        self.participants.set_participants(data["participants"])
        return True

    def _count_tabs(self) -> None:
        self.tabs.setTabText(SCHEDULE_TAB, self.tr("&Schedule (%1)").replace(
            "%1", format_number(self.schedule.model.rowCount())))
        self.tabs.setTabText(PARTICIPANTS_TAB, self.tr("&Participants (%1)").replace(
            "%1", format_number(self.participants.count())))
        self.tabs.setTabText(HISTORY_TAB, self.tr("&History (%1)").replace(
            "%1", format_number(self.history.count())))
        attendance = self.tr("&Attendance")
        if self.attendance.loaded:
            attendance = self.tr("&Attendance (%1)").replace("%1", format_number(self.attendance.count()))
        if self.attendance.has_unsaved():
            attendance += " *"  # unsaved marks, also when another tab is in front
        self.tabs.setTabText(ATTENDANCE_TAB, attendance)
        assessment = self.tr("Ass&essment")
        if self.assessment.has_unsaved():
            assessment += " *"
        self.tabs.setTabText(ASSESSMENT_TAB, assessment)
        self.tabs.setTabText(CERTIFICATES_TAB, self.tr("&Certificates"))

    def reload(self) -> None:
        """Read everything again (after a change here, on another page or on another PC)."""
        if not self._load_header():
            dialogs.warn(self, self.windowTitle(),
                         self.tr("This class no longer exists; another user may have deleted it."))
            self.close()
            return
        self.schedule.reload()
        self.history.reload()
        self._reload_results()
        self._count_tabs()

    def _reload_results(self) -> None:
        if self.attendance.loaded:
            self.attendance.reload()
        if self.assessment.loaded:
            self.assessment.reload()
        if self.certificates.loaded:  # eligibility follows attendance, results and people
            self.certificates.reload()

    def _schedule_changed(self) -> None:
        self._load_header()
        self.history.reload()
        self._reload_results()  # sessions or people changed: so do the grids' columns and rows
        self._count_tabs()
        self.classChanged.emit(self.class_id)

    def _attendance_changed(self) -> None:
        if self.certificates.loaded:
            self.certificates.reload()
        self._count_tabs()
        self.classChanged.emit(self.class_id)

    def _assessment_changed(self) -> None:
        if self.certificates.loaded:
            self.certificates.reload()
        self._count_tabs()
        self.classChanged.emit(self.class_id)

    def _certificates_changed(self) -> None:
        # Certificate holders' results become read-only (or editable again after a revocation).
        if self.assessment.loaded:
            self.assessment.reload()
        self.history.reload()
        self._count_tabs()
        self.classChanged.emit(self.class_id)

    def _tab_shown(self, index: int) -> None:
        if index == ATTENDANCE_TAB and not self.attendance.loaded:
            self.attendance.ensure_loaded()
            self._count_tabs()
        elif index == ASSESSMENT_TAB and not self.assessment.loaded:
            self.assessment.ensure_loaded()
        elif index == CERTIFICATES_TAB and not self.certificates.loaded:
            self.certificates.ensure_loaded()

    def show_attendance(self, session_id: int | None = None) -> None:
        """Bring the attendance tab to the front: one session's column when given, else the whole
        class's grid. (Clicking the tab itself opens on the latest session that took place.)"""
        if not self.attendance.loaded or session_id != self.attendance.chosen_session():
            self.attendance.show_session(session_id, focus=False)
        self.tabs.setCurrentIndex(ATTENDANCE_TAB)
        self._count_tabs()
        self.attendance.view.setFocus()
        self.raise_()
        self.activateWindow()

    def show_certificates(self, number: str = "") -> None:
        """Bring the certificates tab to the front, with the certificate ``number`` chosen."""
        self.tabs.setCurrentIndex(CERTIFICATES_TAB)
        self.certificates.ensure_loaded()
        if number:
            self.certificates.show_certificate(number)
        self.raise_()
        self.activateWindow()

    # The import and export code loads when first used, not when a class window opens.
    def import_registrants(self) -> None:
        from ..importing.import_dialog import open_import_dialog

        if open_import_dialog(self, self.store, class_id=self.class_id):
            self.participants.reload()
            self._schedule_changed()

    def export_class_list(self) -> None:
        from ..importing.export_actions import export_class_list

        export_class_list(self, self.store, self.class_id)

    def edit_class(self) -> None:
        klass = TrainingClass.get_or_none(TrainingClass.id == self.class_id)
        if klass is None:
            self.reload()
            return
        form = ClassForm(self.store, klass, klass.institution_id, self)
        dialogs.run_modal(form)
        if form.saved_id is None:
            return
        if form.warnings:
            dialogs.show_problems(self, form.windowTitle(), form.warnings)
        self.reload()
        self.classChanged.emit(self.class_id)

    # -- window ---------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty()
                and self.restoreGeometry(geometry)):
            self.resize(1180, 760)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.attendance.has_unsaved():
            self.tabs.setCurrentIndex(ATTENDANCE_TAB)
            choice = dialogs.ask_save_discard_cancel(
                self, self.windowTitle(),
                self.tr("%n attendance mark(s) are not saved yet. Save them before closing?", "",
                        self.attendance.model.pending_count()))
            if choice == "cancel" or (choice == "save" and not self.attendance.save()):
                event.ignore()
                return
            if choice == "discard":
                self.attendance.discard()
        if self.assessment.has_unsaved():
            self.tabs.setCurrentIndex(ASSESSMENT_TAB)
            if not self.assessment.maybe_save():
                event.ignore()
                return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.closed.emit(self.class_id)
        super().closeEvent(event)
