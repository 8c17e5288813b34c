"""The institution form: identity, registrations, letterhead details and certificate numbering."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.models import Institution, InstitutionKind
from ...core.services.institutions import (
    LABELS,
    PLACEHOLDERS,
    check_certificate_pattern,
    check_institution_code,
    save_institution,
)
from ...core.services.record_forms import Form
from ...core.services.records import image_bytes, optional_email, phone_number
from ...core.store import Store
from ...core.validation.problems import Problem, is_blank
from .. import dialogs
from ..formatting import format_phone
from .fields import FormField, choice_field, line_field, text_field
from .form_dialog import FormDialog

PREVIEW_SIZE = (180, 90)
LIVE_CHECKS = (("code", check_institution_code), ("phone", phone_number),
               ("email", optional_email), ("logo", image_bytes), ("head_signature", image_bytes),
               ("certificate_number_pattern", check_certificate_pattern))
STORED_KEYS = ("code", "name", "kind", "foundation", "registration_number", "license_number",
               "business_id", "accreditation", "address", "village", "district", "city",
               "province", "postal_code", "email", "website", "head_name", "head_title",
               "certificate_number_pattern")


def choose_image_file(parent: QWidget, title: str, file_filter: str) -> str:
    """The picture file the clerk picks, or "" when cancelled; tests replace this."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path


class ImagePicker(QWidget):
    """A picture kept as bytes: a preview, Choose… and Remove."""

    changed = Signal()

    def __init__(self, dialog_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._data: bytes | None = None
        self._dialog_title = dialog_title
        self.preview = QLabel(self)
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        note = QLabel(self.tr("PNG or JPEG, at most 2 MB"), self)
        note.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(note)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.set_data(None)

    def data(self) -> bytes | None:
        return self._data

    def set_data(self, data: bytes | None) -> None:
        self._data = bytes(data) if data else None
        self.remove_button.setEnabled(self._data is not None)
        pixmap = QPixmap()
        if self._data is None:
            self.preview.setText(self.tr("No picture"))
        elif pixmap.loadFromData(self._data):
            self.preview.setPixmap(pixmap.scaled(
                self.preview.size() * 0.95, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setText(self.tr("Not a picture"))

    def choose(self) -> None:
        path = choose_image_file(self, self._dialog_title,
                                 self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            dialogs.warn(self, self._dialog_title, self.tr("The file %1 could not be read: %2")
                         .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        # Kept even when unusable: the core's message then says why, under the field.
        self.set_data(data)
        self.changed.emit()

    def remove(self) -> None:
        self.set_data(None)
        self.changed.emit()

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 (Qt naming)
        # FormField marks a field with a red or amber border; on the whole picker it would
        # also frame every button, so only the preview gets it.
        self.preview.setStyleSheet(sheet)


def image_field(key: str, label: str, dialog_title: str, parent: QWidget) -> FormField:
    picker = ImagePicker(dialog_title, parent)
    field = FormField(key, label, picker, picker.data, picker.set_data, parent)
    picker.changed.connect(field.changed)
    return field


class InstitutionForm(FormDialog):
    def __init__(self, store: Store, institution_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(store, "", parent)
        self.instance = Institution.get_by_id(institution_id) if institution_id else None
        self.setWindowTitle(self.tr("Edit institution") if self.instance
                            else self.tr("New institution"))
        self.resize(720, 760)
        self._build_fields()
        self.example = QLabel(self)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        help_text = QLabel(self.tr(
            "<b>{seq:03d}</b> sequence number, 3 digits (001, 002, …), "
            "starting again each year · <b>{institution}</b> institution code · "
            "<b>{program}</b> program code · <b>{month_roman}</b> month in Roman numerals "
            "(I–XII) · <b>{month}</b> month number · <b>{year}</b> year"), self)
        help_text.setWordWrap(True)
        pattern = self.fields["certificate_number_pattern"]
        pattern.container.layout().addWidget(help_text)
        pattern.container.layout().addWidget(self.example)
        for key in ("certificate_number_pattern", "code"):
            self.fields[key].editor.textChanged.connect(self.update_example)
        self.load(self._stored_values() if self.instance else {
            "kind": InstitutionKind.LPKS,
            "certificate_number_pattern": Institution.certificate_number_pattern.default})

    def _build_fields(self) -> None:
        self.add_section(self.tr("Institution"))
        self.add_field(line_field("code", self.tr("Code"), self, max_length=20,
                                  placeholder=self.tr("Short, used in numbers, e.g. LPK-SBP")))
        self.add_field(line_field("name", self.tr("Name"), self))
        self.add_field(choice_field("kind", self.tr("Kind"), self, [
            (self.tr("LPKS (private training institution)"), InstitutionKind.LPKS),
            (self.tr("BLK (public vocational training centre)"), InstitutionKind.BLK),
            (self.tr("Other"), InstitutionKind.OTHER)]))
        self.add_field(line_field("foundation", self.tr("Foundation"), self))
        self.add_field(image_field("logo", self.tr("Logo"), self.tr("Choose the logo"), self))
        self.add_section(self.tr("Registrations"))
        self.add_field(line_field("registration_number", self.tr("Registration number (VIN)"),
                                  self))
        self.add_field(line_field("license_number", self.tr("Licence number"), self))
        self.add_field(line_field("business_id", self.tr("Business ID (NIB)"), self, max_length=40))
        accreditation = self.add_field(text_field("accreditation", self.tr("Accreditation"), self))
        accreditation.editor.setPlaceholderText(self.tr("Per program: number, grade, valid until"))
        self.add_section(self.tr("Address and contact"))
        self.add_field(text_field("address", self.tr("Street address"), self))
        for key, label in (("village", self.tr("Village")), ("district", self.tr("District")),
                           ("city", self.tr("Regency/city")), ("province", self.tr("Province"))):
            self.add_field(line_field(key, label, self, max_length=100))
        self.add_field(line_field("postal_code", self.tr("Postal code"), self, max_length=10))
        self.add_field(line_field("phone", self.tr("Phone"), self, placeholder="0526-2021234"))
        self.add_field(line_field("email", self.tr("E-mail"), self))
        self.add_field(line_field("website", self.tr("Website"), self))
        self.add_section(self.tr("Head of the institution (signs certificates)"))
        self.add_field(line_field("head_name", self.tr("Head's name"), self))
        self.add_field(line_field("head_title", self.tr("Head's title"), self,
                                  placeholder=self.tr("e.g. Kepala LPK")))
        self.add_field(image_field("head_signature", self.tr("Head's signature"),
                                   self.tr("Choose the signature picture"), self))
        self.add_section(self.tr("Certificates"))
        self.add_field(line_field("certificate_number_pattern",
                                  self.tr("Certificate number pattern"), self))

    def _stored_values(self) -> dict[str, Any]:
        values = {key: getattr(self.instance, key) for key in STORED_KEYS}
        values["phone"] = format_phone(self.instance.phone)
        values["logo"] = self.instance.logo
        values["head_signature"] = self.instance.head_signature
        return values

    def update_example(self) -> None:
        values = self.values()
        pattern = check_certificate_pattern(values["certificate_number_pattern"],
                                            "certificate_number_pattern",
                                            *LABELS["certificate_number_pattern"])
        if pattern.value is None:
            self.example.setText(self.tr("Example: none until the pattern is corrected"))
            return
        code = check_institution_code(values["code"], "code", *LABELS["code"]).value
        sample = pattern.value.format(**{**PLACEHOLDERS,
                                         "institution": code or PLACEHOLDERS["institution"]})
        self.example.setText(self.tr("Example: %1").replace("%1", f"<b>{html.escape(sample)}</b>"))

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        # Blank fields are left to Save, so a new form does not open covered in red.
        form = Form(Institution(), values, LABELS)
        for key, check in LIVE_CHECKS:
            if not is_blank(values.get(key)):
                form.check(key, check)
        return form.problems

    def reload_record(self) -> None:
        self.instance = Institution.get_by_id(self.instance.id)
        self.load(self._stored_values())

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        institution, warnings = save_institution(self.store, values, self.instance)
        return institution.id, list(warnings)
