"""Taking participant lists out as Excel or CSV files: everyone, one institution's, or one class's.

The files are written by the core (``core.exporting``: NIKs and phones stay text,
cells never start a formula); here the clerk chooses what and where, the file is
written off the GUI thread, and the result is offered to open.

Tests replace ``ask_save_path`` (and ``document_export.open_file``) and answer
``dialogs`` to drive it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QLabel, QRadioButton, QVBoxLayout, QWidget)

from ...core import exporting
from ...core.models import TrainingClass
from ...core.services.institutions import institution_choices
from ...core.store import Store
from .. import dialogs, document_export, i18n, workers
from ..formatting import format_number

KINDS = ("xlsx", "csv")


def _filter(kind: str) -> str:
    if kind == "csv":
        return QCoreApplication.translate("export_actions", "CSV file (*.csv)")
    return QCoreApplication.translate("export_actions", "Excel workbook (*.xlsx)")


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, kind: str) -> str:
    """The path chosen in a save dialog ("" when cancelled). ``kind`` is offered first; the
    other kind can be chosen too, by its filter or by typing its extension."""
    folder = str(QSettings().value(document_export.FOLDER_KEY, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    kinds = [kind] + [other for other in KINDS if other != kind]
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / f"{suggested_name}.{kind}"), ";;".join(_filter(k) for k in kinds))
    if not chosen:
        return ""
    if Path(chosen).suffix.lower().lstrip(".") in KINDS:
        return chosen
    picked = next((k for k in kinds if _filter(k) == chosen_filter), kind)
    return f"{chosen}.{picked}"


def save_file(parent: QWidget | None, title: str, suggested_name: str, kind: str, write) -> str | None:
    """Ask where, run ``write(path, progress)`` with a progress dialog, offer to open the file.
    Returns the path written, or None when nothing was written."""
    path = ask_save_path(parent, title, document_export.safe_file_name(suggested_name), kind)
    if not path:
        return None
    label = QCoreApplication.translate("export_actions", "Writing %1…").replace("%1", Path(path).name)

    def work(progress, cancelled):
        # The core reports (done, total); a file half-written is never left behind.
        return write(path, lambda done, total: progress(done, total, label))

    job = workers.run_with_progress(work, title, parent)
    if job.status != "done":
        return None
    QSettings().setValue(document_export.FOLDER_KEY, str(Path(path).parent))
    question = QCoreApplication.translate("export_actions", "Saved as %1.\n\nOpen it now?").replace("%1", path)
    if dialogs.ask_yes_no(parent, title, question, default_no=False):
        document_export.open_file(path)
    return path


def _today() -> str:
    return dt.date.today().isoformat()


class ExportParticipantsDialog(QDialog):
    """Which participants (everyone, or those with a class at one institution) and which format."""

    def __init__(self, institution_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export participants"))
        self.setMinimumWidth(460)
        self.institution_box = QComboBox(self)
        self.institution_box.addItem(self.tr("All participants"), 0)
        for row in institution_choices():
            self.institution_box.addItem(self.tr("Registered at %1").replace(
                "%1", f"{row['code']} — {row['name']}"), row["id"])
        position = self.institution_box.findData(institution_id) if institution_id else 0
        self.institution_box.setCurrentIndex(max(position, 0))

        self.xlsx_button = QRadioButton(self.tr("&Excel workbook (.xlsx)"), self)
        self.csv_button = QRadioButton(self.tr("&CSV file (.csv), for other programs"), self)
        self.xlsx_button.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.xlsx_button)
        self.kind_group.addButton(self.csv_button)
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        kinds.addWidget(self.xlsx_button)
        kinds.addWidget(self.csv_button)
        self.semicolon_box = QCheckBox(self.tr("&Semicolons between values (for Excel set to Indonesian)"), self)
        self.semicolon_box.setToolTip(self.tr(
            "Excel set to Indonesian expects ; between the values of a CSV file; other programs expect ,"))
        self.semicolon_box.setEnabled(False)
        self.csv_button.toggled.connect(self.semicolon_box.setEnabled)
        kinds.addWidget(self.semicolon_box)
        self.count_label = QLabel(self)
        self.institution_box.currentIndexChanged.connect(self._count)
        self._count()
        note = QLabel(self.tr("NIKs and phone numbers are written as text, so Excel keeps every digit."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow(self.tr("&Who:"), self.institution_box)
        form.addRow("", self.count_label)
        form.addRow(self.tr("Format:"), kinds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save as…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def institution_id(self) -> int | None:
        return self.institution_box.currentData() or None

    def kind(self) -> str:
        return "csv" if self.csv_button.isChecked() else "xlsx"

    def semicolon(self) -> bool:
        return self.csv_button.isChecked() and self.semicolon_box.isChecked()

    def _count(self) -> None:
        count = exporting.participants_query(institution_id=self.institution_id()).count()
        self.count_label.setText(self.tr("%1 participants").replace("%1", format_number(count)))


def export_participants(parent: QWidget | None, store: Store, institution_id: int | None = None) -> str | None:
    """Everyone, or those registered at one institution, to an XLSX or CSV file.
    Returns the path written, or None."""
    options = ExportParticipantsDialog(institution_id, parent)
    if dialogs.run_modal(options) != QDialog.DialogCode.Accepted:
        return None
    chosen, kind, semicolon = options.institution_id(), options.kind(), options.semicolon()
    base = "peserta" if i18n.active_language() == "id" else "participants"
    code = next((row["code"] for row in institution_choices() if row["id"] == chosen), "")
    name = "-".join(part for part in (base, code, _today()) if part)
    title = QCoreApplication.translate("export_actions", "Export participants")
    return save_file(parent, title, name, kind, lambda path, progress: exporting.export_participants(
        path, institution_id=chosen, lang=i18n.active_language(), semicolon=semicolon, progress=progress))


def export_class_list(parent: QWidget | None, store: Store, class_id: int) -> str | None:
    """A class's participants with their status, to an XLSX (or CSV) file. Returns the path, or None."""
    klass = TrainingClass.get_by_id(class_id)
    base = "daftar-peserta" if i18n.active_language() == "id" else "class-list"
    title = QCoreApplication.translate("export_actions", "Export the class list")
    return save_file(parent, title, f"{base}-{klass.code}", "xlsx", lambda path, progress: exporting.export_class_list(
        path, class_id, lang=i18n.active_language()))
