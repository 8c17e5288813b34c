"""The first start on an empty database: create the first institution, or load demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage)

from ..core.demo import fill_demo
from ..core.errors import DemoRefusedError
from ..core.i18n import Text
from ..core.models import Institution
from ..core.services.health import holds_records
from ..core.services.institutions import save_institution
from ..core.services.records import ValidationFailed
from ..core.store import Store
from ..core.validation.problems import Problem, error
from . import dialogs, i18n, workers
from .forms.fields import ERROR_STYLE, FormField, line_field, text_field

WELCOME, INSTITUTION, DEMO = range(3)
DEMO_PARTICIPANTS = 400
UNREADABLE_LOGO = Text("File logo {path} tidak bisa dibaca: {reason}.",
                       "The logo file {path} cannot be read: {reason}.")


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to LPKS Desktop"))
        self.setSubTitle(self.tr("This database holds no institution yet. How would you like to start?"))
        self.create_choice = QRadioButton(self.tr("&Create our first institution"), self)
        self.create_choice.setChecked(True)
        self.demo_choice = QRadioButton(self.tr("Load &demo data to look around and practise"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create_choice)
        layout.addWidget(_explain(self.tr(
            "Type your institution's name, registration numbers and head; more institutions, "
            "programs and rooms can be added later."), self))
        layout.addWidget(self.demo_choice)
        layout.addWidget(_explain(self.tr(
            "Sample data with made-up people: three institutions, their programs, classes and "
            "400 participants, written into this empty database. Use it for training; keep real "
            "work in a database of its own."), self))
        layout.addStretch(1)
        layout.addWidget(_explain(self.tr(
            "Is your data already on a server or in another file? Close this window and choose "
            "that database under Settings."), self))

    def nextId(self) -> int:  # noqa: N802 (Qt naming)
        return DEMO if self.demo_choice.isChecked() else INSTITUTION


class InstitutionPage(QWizardPage):
    """The first institution's details; saved through the core when the clerk presses Finish."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.saved_id: int | None = None
        self.warnings: list[Problem] = []
        self.setTitle(self.tr("Your institution"))
        self.setSubTitle(self.tr("As printed on letterheads and certificates. Only the name and "
                                 "the short code are required; the rest can be filled in later."))
        body = QWidget(self)
        form = QFormLayout()
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addStretch(1)  # spare height below the fields, not inside the address box
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, FormField] = {}
        for field in (
            line_field("name", self.tr("Institution name"), body, placeholder=self.tr(
                "e.g. LPK Sapta Bangun Persada")),
            line_field("code", self.tr("Short code"), body, max_length=20, placeholder=self.tr(
                "e.g. LPK-SBP (used in certificate numbers)")),
            line_field("registration_number", self.tr("Registration number (VIN)"), body),
            line_field("license_number", self.tr("Operating licence number"), body),
            line_field("business_id", self.tr("Business ID (NIB)"), body, max_length=40),
            text_field("address", self.tr("Address"), body),
            line_field("city", self.tr("Regency/city"), body),
            line_field("province", self.tr("Province"), body),
            line_field("head_name", self.tr("Head's name"), body),
            line_field("head_title", self.tr("Head's title"), body, placeholder=self.tr(
                "e.g. Kepala LPK")),
        ):
            self.fields[field.key] = field
            form.addRow(field.label, field.container)
        self.logo_path = QLineEdit(body)
        self.logo_path.setPlaceholderText(self.tr("Optional: a PNG or JPEG file"))
        browse = QPushButton(self.tr("&Browse…"), body)
        browse.clicked.connect(self.choose_logo)
        row = QWidget(body)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.logo_path, 1)
        row_layout.addWidget(browse)
        self.fields["logo"] = FormField("logo", self.tr("Logo"), row, self.logo_path.text,
                                        self.logo_path.setText, body)
        form.addRow(self.tr("Logo"), self.fields["logo"].container)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setVisible(False)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def nextId(self) -> int:  # noqa: N802
        return -1

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), self.logo_path.text(),
                                                self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.logo_path.setText(chosen)

    def values(self) -> tuple[dict, list[Problem]]:
        values = {key: field.value() for key, field in self.fields.items() if key != "logo"}
        path = self.logo_path.text().strip()
        if not path:
            return values, []
        try:
            values["logo"] = Path(path).read_bytes()
        except OSError as exc:
            return values, [error("logo", "unreadable", UNREADABLE_LOGO.format(
                path=path, reason=exc.strerror or type(exc).__name__))]
        return values, []

    def show_problems(self, problems: list[Problem]) -> None:
        lang = i18n.active_language()
        for key, field in self.fields.items():
            field.show_problems([p for p in problems if p.field == key])
        elsewhere = [p.message(lang) for p in problems if p.field not in self.fields]
        self.summary.setText("\n".join(elsewhere))
        self.summary.setVisible(bool(elsewhere))
        first = next((p.field for p in problems if p.is_error and p.field in self.fields), None)
        if first:
            self.fields[first].editor.setFocus()

    def validatePage(self) -> bool:  # noqa: N802
        values, problems = self.values()
        if problems:
            self.show_problems(problems)
            return False
        existing = Institution.get_or_none(Institution.id == self.saved_id) if self.saved_id else None
        try:
            institution, warnings = save_institution(self.store, values, existing)
        except ValidationFailed as failure:
            self.show_problems(list(failure.problems))
            return False
        self.saved_id, self.warnings = institution.id, list(warnings)
        self.show_problems(self.warnings)
        if self.warnings:
            dialogs.show_problems(self, self.title(), self.warnings)
        return True


class DemoPage(QWizardPage):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.job: workers.Job | None = None
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("Sample data with made-up people, for looking around and practice."))
        layout = QVBoxLayout(self)
        layout.addWidget(_explain(self.tr(
            "Press Finish to write three sample institutions with their programs, rooms, trainers, "
            "classes and 400 participants into this empty database. It takes up to a minute on an "
            "older PC. You may cancel while it runs: then nothing is written."), self))
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        return -1

    def validatePage(self) -> bool:  # noqa: N802
        found = holds_records(self.store.db)
        if found:
            dialogs.show_user_error(self, DemoRefusedError(Text(
                "Basis data ini sudah berisi data; data demo hanya ditulis ke basis data kosong.",
                "This database already holds records; demo data goes only into an empty database.")))
            return False
        self.outcome.clear()
        self.job = workers.run_in_background(
            lambda progress, cancelled: fill_demo(self.store, participants=DEMO_PARTICIPANTS,
                                                  progress=progress),
            self.tr("Writing demo data"), self)
        self.job.wait()
        if self.job.status == "cancelled":
            self.outcome.setText(self.tr("Cancelled. Nothing was written; the database is still empty."))
        return self.job.status == "done"


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Getting started with LPKS Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage(self)
        self.institution = InstitutionPage(store, self)
        self.demo = DemoPage(store, self)
        self.setPage(WELCOME, self.welcome)
        self.setPage(INSTITUTION, self.institution)
        self.setPage(DEMO, self.demo)
        self.setStartId(WELCOME)
        self.resize(680, 620)


def _explain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setContentsMargins(24, 0, 0, 8)
    return label


def needs_first_run() -> bool:
    return not Institution.select().exists()


def maybe_run_first_run(store: Store, parent: QWidget | None = None) -> bool:
    """Show the wizard when the database holds no institution (archived ones count).

    Returns True when the database holds an institution afterwards (it already
    did, or the wizard made one or loaded the demo); False when the clerk closed
    the wizard and the database is still empty.
    """
    if not needs_first_run():
        return True
    wizard = FirstRunWizard(store, parent)
    wizard.exec()
    wizard.deleteLater()
    return not needs_first_run()
