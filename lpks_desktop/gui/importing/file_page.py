"""Step 1 of the import: which file, and (optionally) which class the people register in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ...core.models import TrainingClass
from ...core.services.class_records import class_choices
from ...core.services.institutions import institution_choices

FOLDER_KEY = "import/folder"


class FilePage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, institution_id: int | None = None,
                 class_id: int | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        intro = QLabel(self.tr(
            "Choose the registrant list as it came: an Excel workbook (.xlsx) or a CSV file. Title rows "
            "above the headings, Indonesian headings and NIKs damaged by Excel are recognised. Every "
            "problem is listed before anything is saved, and nothing is saved until you say so."), self)
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Choose a .xlsx or .csv file, or drop it here"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self.changed)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setToolTip(self.tr("Choose the file (Ctrl+O)"))
        self.browse_button.clicked.connect(self.browse)
        QShortcut(QKeySequence.StandardKey.Open, self, self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)

        self.institution_box = QComboBox(self)
        self.class_box = QComboBox(self)
        self.class_box.setMinimumContentsLength(40)
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        class_note = QLabel(self.tr(
            "Everyone imported is also registered in this class (status: registered). Leave it empty to "
            "only add or update the participants."), self)
        class_note.setWordWrap(True)
        class_note.setStyleSheet("color: palette(placeholder-text);")
        group = QGroupBox(self.tr("Register in a class (optional)"), self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Institution:"), self.institution_box)
        form.addRow(self.tr("C&lass:"), self.class_box)
        form.addRow("", class_note)

        columns = QLabel(self.tr(
            "The list needs a column with the NIK and one with the full name. Other columns are read when "
            "their heading says what they hold, in Indonesian or English: sex (or an L and a P column), "
            "place and date of birth (together or apart), address, village, district, regency/city, "
            "province, phone, e-mail, last education, employment, Prakerja card number and redeem code, "
            "notes. A column can also be chosen by hand in the next step."), self)
        columns.setWordWrap(True)
        columns.setStyleSheet("color: palette(placeholder-text);")
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(group)
        layout.addSpacing(8)
        layout.addWidget(columns)
        layout.addStretch(1)

        self._fixed_class = class_id
        self._load_institutions(institution_id, class_id)
        self.institution_box.currentIndexChanged.connect(lambda: self._load_classes(self.class_id()))
        self.class_box.currentIndexChanged.connect(self.changed)
        self._load_classes(class_id)

    # -- choices -------------------------------------------------------------------------------

    def _load_institutions(self, institution_id: int | None, class_id: int | None) -> None:
        rows = institution_choices()
        if len(rows) != 1:
            self.institution_box.addItem(self.tr("All institutions"), 0)
        for row in rows:
            self.institution_box.addItem(f"{row['code']} — {row['name']}", row["id"])
        if institution_id is None and class_id is not None:
            klass = TrainingClass.get_or_none(TrainingClass.id == class_id)
            institution_id = klass.institution_id if klass else None
        position = self.institution_box.findData(institution_id) if institution_id else -1
        self.institution_box.setCurrentIndex(max(position, 0))
        self.institution_box.setEnabled(self.institution_box.count() > 1)

    def _load_classes(self, keep: int | None) -> None:
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItem(self.tr("— no class: only add or update participants —"), 0)
        chosen = [keep, self._fixed_class]
        for row in class_choices(self.institution_id(), include_finished=False):
            self.class_box.addItem(f"{row['code']} — {row['name']}", row["id"])
        # A finished class handed in by the class window still belongs in the list.
        if self._fixed_class and self.class_box.findData(self._fixed_class) < 0:
            for row in class_choices(self.institution_id()):
                if row["id"] == self._fixed_class:
                    self.class_box.addItem(f"{row['code']} — {row['name']}", row["id"])
        position = next((self.class_box.findData(c) for c in chosen if c and self.class_box.findData(c) >= 0), 0)
        self.class_box.setCurrentIndex(position)
        self.class_box.blockSignals(False)
        self.changed.emit()

    def institution_id(self) -> int | None:
        return self.institution_box.currentData() or None

    def owning_institution_id(self) -> int | None:
        """The institution chosen, else the chosen class's: where the column choices are kept."""
        if self.institution_id() or not self.class_id():
            return self.institution_id()
        klass = TrainingClass.get_or_none(TrainingClass.id == self.class_id())
        return klass.institution_id if klass else None

    def class_id(self) -> int | None:
        return self.class_box.currentData() or None

    def class_label(self) -> str:
        return self.class_box.currentText() if self.class_id() else ""

    # -- the file ------------------------------------------------------------------------------

    def path(self) -> str:
        return self.path_edit.text().strip().strip('"')

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def problem(self) -> str:
        """Why the chosen file cannot be read yet ("" when it can be tried)."""
        path = self.path()
        if not path:
            return self.tr("Choose the file to import.")
        if not Path(path).is_file():
            return self.tr("There is no file at %1.").replace("%1", path)
        return ""

    def browse(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        start = self.path() if self.path() and Path(self.path()).parent.is_dir() else folder
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the registrant list"), start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        if chosen:
            self.set_path(chosen)

    def remember_folder(self) -> None:
        QSettings().setValue(FOLDER_KEY, str(Path(self.path()).parent))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path:
            self.set_path(path)
            event.acceptProposedAction()

    @staticmethod
    def _dropped_file(event) -> str:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [url.toLocalFile() for url in urls if url.isLocalFile()]
        return files[0] if len(files) == 1 else ""
