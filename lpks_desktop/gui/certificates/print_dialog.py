"""Printing a class's certificates: which ones, in which design and on which paper, and where
they go (the printer, the preview, one PDF, or one PDF per person in a folder or a ZIP).

Only valid certificates print; revoked and replaced ones never do. A print or save that went
through is recorded on the certificates (printed_at, printed_count). The dialog stays open, so
the same certificates can go to the printer and into a folder in a row.

Tests replace ``ask_folder`` and ``ask_zip_path`` (and ``document_export.ask_save_path``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGroupBox, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import TrainingClass
from ...core.services import certificates as certificate_service
from ...core.services.settings import (CERTIFICATE_DESIGN, CERTIFICATE_FILE_PATTERN, CERTIFICATE_PAPER, KNOWN,
                                       PAPER_SIZES, get_setting)
from ...core.store import Store
from ...documents.certificate import DESIGN_LABELS, DESIGNS
from ...documents.certificate_files import DEFAULT_FILE_PATTERN, safe_stem
from .. import dialogs, document_export, i18n, printing
from . import batch

translate = QCoreApplication.translate

PRINT, PREVIEW, PDF, FOLDER, ZIP = "print", "preview", "pdf", "folder", "zip"
OUTPUTS = (PRINT, PREVIEW, PDF, FOLDER, ZIP)
SELECTED, ALL_VALID = "selected", "all"
PROBLEM_STYLE = "color: #b3261e;"
# Stands in for a certificate when checking a pattern with none chosen.
EXAMPLE_ROW = SimpleNamespace(number="001/LPK/CERT/I/2026", participant_name="Siti Aminah", class_code="KELAS-01")



def ask_folder(parent: QWidget | None, title: str) -> str:
    """The folder chosen for one PDF per person ("" when cancelled)."""
    start = str(QSettings().value(document_export.FOLDER_KEY, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_zip_path(parent: QWidget | None, title: str, suggested_name: str) -> str:
    """Where the ZIP of certificates goes ("" when cancelled), ending in .zip."""
    start = str(QSettings().value(document_export.FOLDER_KEY, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(start) / suggested_name),
                                            translate("certificate_print", "ZIP archive (*.zip)"))
    if chosen and not chosen.lower().endswith(".zip"):
        chosen += ".zip"
    return chosen


def example_file_name(pattern: str, row, *, seq: int) -> str:
    """The name the file of certificate ``row`` gets under ``pattern`` as number ``seq`` of the
    batch; a pattern that cannot be used raises ``UserError`` saying why."""
    checked = KNOWN[CERTIFICATE_FILE_PATTERN].check(pattern)
    if not checked.ok:
        raise UserError(checked.errors[0].text)
    raw = pattern.format(number=row.number, name=row.participant_name, seq=seq, **{"class": row.class_code})
    return (safe_stem(raw) or f"sertifikat-{seq:03d}") + ".pdf"


def default_look(institution_id: int | None) -> batch.Look:
    """The institution's certificate design and paper, with the back page, in Indonesian: a
    certificate is an Indonesian document whatever language the app is shown in."""
    design = get_setting(CERTIFICATE_DESIGN, institution_id=institution_id) or DESIGNS[0]
    paper = get_setting(CERTIFICATE_PAPER, institution_id=institution_id) or PAPER_SIZES[0]
    return batch.Look(design=design if design in DESIGNS else DESIGNS[0],
                      paper=paper if paper in PAPER_SIZES else PAPER_SIZES[0],
                      with_back=True, lang="id")


# Each language named in itself: whoever reads the choice knows their own language's name.
CERTIFICATE_LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def _title(class_code: str) -> str:
    return translate("certificate_print", "Certificates — %1").replace("%1", class_code)


def _no_valid_text() -> str:
    return translate("certificate_print",
                     "This class has no valid certificates to print. Issue them first with \"Issue "
                     "certificates\"; revoked and replaced certificates are never printed.")


class CertificatePrintDialog(QDialog):
    def __init__(self, store: Store, class_id: int, selected_ids: Sequence[int] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        self.klass = TrainingClass.get_by_id(class_id)
        self.setWindowTitle(_title(self.klass.code))
        self.setMinimumWidth(540)
        self.valid = [row for row in certificate_service.class_certificates(class_id) if row.status == "valid"]
        wanted = set(selected_ids)
        self.selected = [row for row in self.valid if row.id in wanted]
        look = default_look(self.klass.institution_id)

        # Which certificates.
        which = QGroupBox(self.tr("Certificates"), self)
        self.which_group = QButtonGroup(self)
        self.selected_button = QRadioButton(
            self.tr("The &selected certificates (%n)", "", len(self.selected)), which)
        self.all_button = QRadioButton(
            self.tr("&All valid certificates of the class (%n)", "", len(self.valid)), which)
        self.selected_button.setEnabled(bool(self.selected))
        self.which_group.addButton(self.selected_button)
        self.which_group.addButton(self.all_button)
        (self.selected_button if self.selected else self.all_button).setChecked(True)
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.selected_button)
        which_layout.addWidget(self.all_button)

        # How they look.
        page = QGroupBox(self.tr("Certificate"), self)
        self.design = QComboBox(page)
        lang = i18n.active_language()
        for name in DESIGNS:
            label = DESIGN_LABELS.get(name)
            self.design.addItem(label.render(lang) if label is not None else name, name)
        self.design.setCurrentIndex(max(self.design.findData(look.design), 0))
        self.paper = QComboBox(page)
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(max(self.paper.findData(look.paper), 0))
        self.with_back = QCheckBox(self.tr("Include the &back page (the competency units)"), page)
        self.with_back.setChecked(True)
        self.language = QComboBox(page)
        for code, name in CERTIFICATE_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(look.lang), 0))
        page_layout = QFormLayout(page)
        page_layout.addRow(self.tr("&Design:"), self.design)
        page_layout.addRow(self.tr("&Paper:"), self.paper)
        page_layout.addRow(self.tr("&Language:"), self.language)
        page_layout.addRow("", self.with_back)

        # Where they go.
        output = QGroupBox(self.tr("Output"), self)
        self.output_group = QButtonGroup(self)
        texts = {PRINT: self.tr("P&rint (choose the printer)"),
                 PREVIEW: self.tr("Pre&view on screen"),
                 PDF: self.tr("Save as &one PDF"),
                 FOLDER: self.tr("One PDF per person into a &folder"),
                 ZIP: self.tr("One PDF per person in a &ZIP file")}
        self.output_buttons: dict[str, QRadioButton] = {}
        output_layout = QVBoxLayout(output)
        for kind in OUTPUTS:
            button = QRadioButton(texts[kind], output)
            self.output_buttons[kind] = button
            self.output_group.addButton(button)
            output_layout.addWidget(button)
        self.output_buttons[PRINT].setChecked(True)
        self.pattern = QLineEdit(output)
        self.pattern.setText(get_setting(CERTIFICATE_FILE_PATTERN, institution_id=self.klass.institution_id)
                             or DEFAULT_FILE_PATTERN)
        self.pattern.setToolTip(self.tr("Placeholders: {number} certificate number, {name} participant, "
                                        "{class} class code, {seq} running number in this batch"))
        self.example = QLabel(output)
        self.example.setTextFormat(Qt.TextFormat.PlainText)
        self.example.setWordWrap(True)
        names = QFormLayout()
        names.addRow(self.tr("File &names:"), self.pattern)
        names.addRow("", self.example)
        output_layout.addLayout(names)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button.setDefault(True)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.go_button.clicked.connect(self.run)

        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addWidget(page)
        layout.addWidget(output)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.which_group.buttonToggled.connect(self._refresh)
        self.output_group.buttonToggled.connect(self._refresh)
        self.with_back.toggled.connect(self._refresh)
        self.pattern.textChanged.connect(self._refresh)
        self._refresh()

    # --- reading the choices ------------------------------------------------------------------

    def chosen(self) -> list:
        return self.selected if self.selected_button.isChecked() else self.valid

    def chosen_ids(self) -> list[int]:
        return [row.id for row in self.chosen()]

    def output(self) -> str:
        return next(kind for kind, button in self.output_buttons.items() if button.isChecked())

    def look(self) -> batch.Look:
        return batch.Look(design=self.design.currentData(), paper=self.paper.currentData(),
                          with_back=self.with_back.isChecked(), lang=self.language.currentData())

    def set_output(self, kind: str) -> None:
        self.output_buttons[kind].setChecked(True)

    def file_pattern(self) -> str:
        return self.pattern.text().strip() or DEFAULT_FILE_PATTERN

    # --- reacting -----------------------------------------------------------------------------------

    def _refresh(self, *_args) -> None:
        kind = self.output()
        per_person = kind in (FOLDER, ZIP)
        self.pattern.setEnabled(per_person)
        self.example.setEnabled(per_person)
        example, usable = self.example_text()
        self.example.setText(example)
        self.example.setStyleSheet("" if usable else PROBLEM_STYLE)
        self.go_button.setText({PRINT: self.tr("Print…"), PREVIEW: self.tr("Preview…"),
                                PDF: self.tr("Save PDF…"), FOLDER: self.tr("Choose folder…"),
                                ZIP: self.tr("Save ZIP…")}[kind])
        self.go_button.setEnabled(bool(self.chosen()) and (usable or not per_person))
        self.summary.setText(self.summary_text())

    def example_text(self) -> tuple[str, bool]:
        """The first file's name under the pattern, or what is wrong with the pattern; and
        whether the pattern can be used."""
        rows = self.chosen()
        try:
            if not rows:
                example_file_name(self.file_pattern(), EXAMPLE_ROW, seq=1)
                return "", True
            name = example_file_name(self.file_pattern(), rows[0], seq=1)
        except UserError as exc:
            return exc.render(i18n.active_language()), False
        return self.tr("First file: %1").replace("%1", name), True

    def summary_text(self) -> str:
        count = len(self.chosen())
        if not self.valid:
            return _no_valid_text()
        if not count:
            return self.tr("No certificates chosen: nothing to print.")
        pages = count * (2 if self.with_back.isChecked() else 1)
        return self.tr("%n certificates", "", count) + ", " + self.tr("%n pages", "", pages)

    # --- doing it -------------------------------------------------------------------------------------

    def _ready(self) -> bool:
        if not self.chosen():
            dialogs.inform(self, self.windowTitle(), _no_valid_text() if not self.valid
                           else self.tr("No certificates chosen: nothing was printed."))
            return False
        return True

    def run(self) -> object:
        """Send the chosen certificates where the output choice says; what each step returns."""
        return {PRINT: self.print_, PREVIEW: self.preview, PDF: self.save_pdf,
                FOLDER: self.save_folder, ZIP: self.save_zip}[self.output()]()

    def _printed(self, ids: list[int]) -> None:
        try:
            certificate_service.mark_printed(self.store, ids)
        except UserError as exc:  # the certificates went out; only the record of it failed
            dialogs.show_user_error(self, exc, self.windowTitle())

    def preview(self) -> bool:
        if not self._ready():
            return False
        built = batch.build_pdf(self, self.windowTitle(), self.class_id, self.chosen_ids(), self.look())
        if built is None:
            return False
        printing.preview_pdf(self, built[0], self.windowTitle())
        return True

    def print_(self) -> bool:
        if not self._ready():
            return False
        ids = self.chosen_ids()
        built = batch.build_pdf(self, self.windowTitle(), self.class_id, ids, self.look())
        if built is None:
            return False
        if not printing.print_pdf(self, built[0], self.windowTitle()):
            return False
        self._printed(ids)
        return True

    def suggested_name(self, extension: str) -> str:
        stem = f"Sertifikat-{self.klass.code}"
        if self.selected_button.isChecked() and len(self.selected) == 1:
            stem = f"Sertifikat-{self.selected[0].number}-{self.selected[0].participant_name}"
        return f"{document_export.safe_file_name(stem)}.{extension}"

    def save_pdf(self) -> str | None:
        if not self._ready():
            return None
        title = self.windowTitle()
        path = document_export.ask_save_path(self, title, self.suggested_name("pdf"), "pdf")
        if not path:
            return None
        ids = self.chosen_ids()
        if batch.save_pdf(self, title, path, self.class_id, ids, self.look()) is None:
            return None
        self._printed(ids)
        self._remember_folder(Path(path).parent)
        question = self.tr("Saved as %1.\n\nOpen it now?").replace("%1", path)
        if dialogs.ask_yes_no(self, title, question, default_no=False):
            document_export.open_file(path)
        return path

    def save_folder(self) -> list[str] | None:
        if not self._ready():
            return None
        folder = ask_folder(self, self.tr("Folder for the certificates of %1").replace("%1", self.klass.code))
        if not folder:
            return None
        return self._save_files(folder, as_zip=False)

    def save_zip(self) -> list[str] | None:
        if not self._ready():
            return None
        path = ask_zip_path(self, self.windowTitle(), self.suggested_name("zip"))
        if not path:
            return None
        return self._save_files(path, as_zip=True)

    def _save_files(self, target: str, *, as_zip: bool) -> list[str] | None:
        title = self.windowTitle()
        ids = self.chosen_ids()
        written = batch.save_files(self, title, target, self.class_id, ids, self.look(), as_zip=as_zip,
                                   file_pattern=self.file_pattern())
        if written is None:
            return None
        self._printed(ids)
        self._remember_folder(Path(target).parent if as_zip else Path(target))
        if as_zip:
            question = self.tr("%n certificates saved in %1.\n\nOpen it now?", "", len(written))
        else:
            question = self.tr("%n certificates saved in the folder %1.\n\nOpen the folder now?", "",
                               len(written))
        if dialogs.ask_yes_no(self, title, question.replace("%1", str(target)), default_no=False):
            document_export.open_file(str(target))
        return written

    @staticmethod
    def _remember_folder(folder: Path) -> None:
        QSettings().setValue(document_export.FOLDER_KEY, str(folder))


def print_certificates(parent: QWidget | None, store: Store, class_id: int,
                       selected_ids: Sequence[int] = ()) -> CertificatePrintDialog | None:
    """Open the print dialog for the class; refuses at once when it has nothing valid to print."""
    dialog = CertificatePrintDialog(store, class_id, selected_ids, parent)
    if not dialog.valid:
        dialogs.inform(parent, dialog.windowTitle(), _no_valid_text())
        dialog.deleteLater()
        return None
    dialogs.run_modal(dialog)
    return dialog


def preview_certificates(parent: QWidget | None, class_id: int, certificate_ids: Sequence[int],
                         title: str) -> bool:
    """The print preview of some certificates in the institution's design and paper."""
    klass = TrainingClass.get_by_id(class_id)
    built = batch.build_pdf(parent, title, class_id, certificate_ids, default_look(klass.institution_id))
    if built is None:
        return False
    printing.preview_pdf(parent, built[0], title)
    return True
