"""Settings: where the data lives and the language (this PC), paper and lesson length (the data).

What belongs to one PC is kept in QSettings (``pc_settings``, ``i18n``); what
belongs to the data, and so must be the same on every PC sharing it, is kept
in the database (``core.services.settings``).
"""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from ...core import paths
from ...core.database import DatabaseLocation, parse_location
from ...core.errors import UserError
from ...core.models import Institution
from ...core.services import settings as data_settings
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs, i18n, pc_settings, workers
from ..backup.settings_section import BackupSettingsSection
from ..forms.fields import ERROR_STYLE
from .attendance_settings import AttendanceSettingsSection
from .certificate_settings import CertificateSettingsSection
from .schedule_settings import ScheduleSettingsSection

OK_STYLE = "color: #1b6e20;"
NOTE_STYLE = "color: #555555;"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


class DatabaseSection(QGroupBox):
    """Which database this PC opens at start-up: a file here, or a PostgreSQL server."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Database (this PC)"))
        self.store = store
        self.test_job: workers.Job | None = None
        self.current = QLabel(self.tr("In use now: %1").replace("%1", store.location.display()), self)
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.file_choice = QRadioButton(self.tr("A database file on this PC"), self)
        self.path = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.server_choice = QRadioButton(self.tr("A PostgreSQL server, shared by several PCs"), self)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or server-lpks"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(110)
        self.dbname = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(self.tr("&Use this database"), self)
        self.use_button.clicked.connect(self.use_chosen)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setVisible(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        server = QFormLayout()
        server.setContentsMargins(24, 0, 0, 0)
        server.addRow(self.tr("Server:"), self.host)
        server.addRow(self.tr("Port:"), self.port)
        server.addRow(self.tr("Database name:"), self.dbname)
        server.addRow(self.tr("User name:"), self.user)
        server.addRow(self.tr("Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.file_choice)
        file_indent = QHBoxLayout()
        file_indent.setContentsMargins(24, 0, 0, 0)
        file_indent.addLayout(file_row)
        layout.addLayout(file_indent)
        layout.addWidget(self.server_choice)
        layout.addLayout(server)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(_note(self.tr(
            "The database chosen here is opened the next time LPKS Desktop starts on this PC. "
            "A database named with --db or in the LPKS_DB environment variable still comes first."),
            self))

        self.file_choice.toggled.connect(self._enable_fields)
        self.load()

    def load(self) -> None:
        """Show the database chosen for the next start, else the one in use."""
        try:
            location = pc_settings.configured_location(self.store.location)
        except UserError:
            location = self.store.location
        fields = pc_settings.location_fields(location)
        (self.file_choice if location.is_sqlite else self.server_choice).setChecked(True)
        self.path.setText(fields["path"] or str(paths.default_database_path()))
        self.host.setText(fields["host"])
        self.port.setValue(fields["port"])
        self.dbname.setText(fields["dbname"])
        self.user.setText(fields["user"])
        self.password.setText(fields["password"])
        self._enable_fields()

    def _enable_fields(self) -> None:
        on_file = self.file_choice.isChecked()
        for widget in (self.path, self.browse_button):
            widget.setEnabled(on_file)
        for widget in (self.host, self.port, self.dbname, self.user, self.password):
            widget.setEnabled(not on_file)

    def browse(self) -> None:
        start = self.path.text().strip() or str(paths.default_database_path())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Choose the database file"), start,
            self.tr("LPKS Desktop database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def chosen_url(self) -> str:
        if self.file_choice.isChecked():
            return self.path.text().strip()
        return pc_settings.postgres_url(self.host.text().strip(), self.port.value(),
                                        self.dbname.text().strip(), self.user.text().strip(),
                                        self.password.text())

    def chosen_location(self) -> DatabaseLocation:
        """Raises ``DatabaseLocationError`` for a location that cannot be used."""
        return parse_location(self.chosen_url())

    def _show_result(self, ok: bool, text: str) -> None:
        self.result.setText(("✔ " if ok else "✖ ") + text)
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.setVisible(True)

    def test_connection(self) -> None:
        try:
            location = self.chosen_location()
        except UserError as exc:
            self._show_result(False, exc.render(i18n.active_language()))
            return
        label = self.tr("Connecting to %1…").replace("%1", location.display())

        def work(progress, cancelled):
            progress(0, 0, label)
            report = pc_settings.try_connection(location)
            if cancelled():
                raise workers.Cancelled()
            return report

        self.result.setVisible(False)
        self.test_button.setEnabled(False)
        self.test_job = workers.Job(work, self.tr("Test connection"), self)
        self.test_job.succeeded.connect(
            lambda report: self._show_result(report.ok, report.message.render(i18n.active_language())))
        self.test_job.finished.connect(lambda: self.test_button.setEnabled(True))
        self.test_job.start()

    def use_chosen(self) -> None:
        try:
            location = self.chosen_location()
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Database"))
            return
        pc_settings.set_configured_database_url(self.chosen_url())
        self._show_result(True, self.tr(
            "Saved. LPKS Desktop opens %1 the next time it starts on this PC.").replace(
            "%1", location.display()))


class SettingsPage(QWidget):
    openInstitutions = Signal()  # noqa: N815 (Qt naming)
    # A checked backup the clerk confirmed (backup.restore_dialog.RestorePlan): the main window
    # lets go of the database and restores it.
    restoreRequested = Signal(object)  # noqa: N815

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None

        self.title = QLabel(self.tr("Settings"), self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.database = DatabaseSection(store, self)

        language_box = QGroupBox(self.tr("Language (this PC)"), self)
        self.language = QComboBox(language_box)
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))
        self.language.setMinimumWidth(200)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = _note(self.tr(
            "The interface changes language the next time LPKS Desktop starts."), language_box)
        language_layout = QFormLayout(language_box)
        language_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_layout.addRow(self.tr("Interface language:"), self.language)
        language_layout.addRow(self.language_note)

        data_box = QGroupBox(self.tr("Printing and lessons (shared by every PC using this database)"), self)
        self.minutes = QSpinBox(data_box)
        self.minutes.setRange(*data_settings.MINUTES_PER_JP_RANGE)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setMinimumWidth(120)
        self.paper = QComboBox(data_box)
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 / folio (215 × 330 mm)"), "F4")
        self.paper_label = QLabel(data_box)
        self.paper_note = _note("", data_box)
        self.save_button = QPushButton(self.tr("&Save"), data_box)
        self.save_button.clicked.connect(self.save)
        self.saved_note = _note("", data_box)
        data_layout = QFormLayout(data_box)
        data_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        data_layout.addRow(self.tr("Minutes per JP (all institutions):"), self.minutes)
        data_layout.addRow(self.paper_label, self.paper)
        data_layout.addRow(self.paper_note)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)
        data_layout.addRow(save_row)
        self.minutes.valueChanged.connect(self._data_edited)
        self.paper.currentIndexChanged.connect(self._data_edited)

        self.schedules = ScheduleSettingsSection(store, self)
        self.attendance = AttendanceSettingsSection(store, self)
        self.certificates = CertificateSettingsSection(store, self)
        self.backups = BackupSettingsSection(store, self)
        self.backups.restoreRequested.connect(self.restoreRequested)

        letterhead_box = QGroupBox(self.tr("Letterhead"), self)
        self.letterhead_button = QPushButton(self.tr("Edit &institutions and letterheads…"), letterhead_box)
        self.letterhead_button.clicked.connect(self.openInstitutions)
        letterhead_layout = QVBoxLayout(letterhead_box)
        letterhead_layout.addWidget(_note(self.tr(
            "Name, logo, address, registration numbers and the head's name printed on letters and "
            "certificates are part of each institution's details."), letterhead_box))
        letterhead_layout.addWidget(self.letterhead_button, 0, Qt.AlignmentFlag.AlignLeft)

        body = QWidget(self)
        body.setMaximumWidth(820)
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        for box in (self.database, self.backups, language_box, data_box, self.schedules,
                    self.attendance, self.certificates, letterhead_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    # -- the data's settings -------------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        self.institution_id = institution_id
        self.refresh()
        self.schedules.set_institution(institution_id)
        self.attendance.set_institution(institution_id)
        self.certificates.set_institution(institution_id)

    def refresh(self) -> None:
        for editor in (self.minutes, self.paper):
            editor.blockSignals(True)
        self.minutes.setValue(data_settings.minutes_per_jp())
        self.paper.setCurrentIndex(max(self.paper.findData(
            data_settings.default_paper(self.institution_id)), 0))
        for editor in (self.minutes, self.paper):
            editor.blockSignals(False)
        institution = Institution.get_or_none(Institution.id == self.institution_id) \
            if self.institution_id else None
        self.paper.setEnabled(institution is not None)
        if institution is None:
            self.paper_label.setText(self.tr("Default paper size:"))
            self.paper_note.setText(self.tr(
                "Each institution has its own paper size: choose one institution at the top first."))
        else:
            self.paper_label.setText(self.tr("Default paper size for %1:").replace("%1", institution.code))
            self.paper_note.setText(self.tr("Documents start on this size; each print can still change it."))
        self._stored = self._data_values()
        self.save_button.setEnabled(False)

    def _data_values(self) -> tuple[int, str]:
        return self.minutes.value(), self.paper.currentData()

    def _data_edited(self) -> None:
        self.saved_note.setText("")
        self.save_button.setEnabled(self._data_values() != self._stored)

    def save(self) -> None:
        minutes, paper = self._data_values()
        stored_minutes, stored_paper = self._stored
        try:
            if minutes != stored_minutes:
                data_settings.set_setting(self.store, data_settings.MINUTES_PER_JP, minutes)
            if paper != stored_paper and self.institution_id:
                data_settings.set_setting(self.store, data_settings.DEFAULT_PAPER, paper,
                                          self.institution_id)
        except ValidationFailed as failure:
            dialogs.show_problems(self, self.tr("Settings"), failure.problems)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Settings"))
            return
        self.refresh()
        self.saved_note.setText(self.tr("Saved."))

    # -- this PC's settings --------------------------------------------------------------------

    def _language_chosen(self) -> None:
        i18n.set_language(self.language.currentData())
        self.language_note.setStyleSheet(OK_STYLE)
        self.language_note.setText(self.tr(
            "Saved. Restart LPKS Desktop to see the interface in %1.").replace(
            "%1", self.language.currentText()))
