"""How an institution's certificates look and are numbered: design, paper, background image,
the names of one-file-per-person PDFs, the number pattern, and the signing keys.

Each institution prints its own certificates, so the section works on the institution chosen
at the top of the window, like the attendance and schedule sections beside it.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import Institution, NumberSequence, Program
from ...core.services import settings as data_settings
from ...core.services.certificate_numbers import CERTIFICATE_KIND, format_certificate_number, highest_issued
from ...core.services.institutions import LABELS as INSTITUTION_LABELS
from ...core.services.institutions import check_certificate_pattern, save_institution
from ...core.services.records import ValidationFailed
from ...core.store import Store
from ...documents.certificate_designs import DESIGN_LABELS, DESIGNS
from ...core.validation.problems import Problem
from .. import dialogs, i18n
from ..delays import query_delay
from ..forms.fields import ERROR_STYLE, WARNING_STYLE

NOTE_STYLE = "color: #555555;"
EXAMPLE_STYLE = ("color: #1f2328; background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 4px;"
                 " padding: 6px 8px;")
DESIGN_KEY = data_settings.CERTIFICATE_DESIGN
PAPER_KEY = data_settings.CERTIFICATE_PAPER
FILE_PATTERN_KEY = data_settings.CERTIFICATE_FILE_PATTERN
PATTERN_FIELD = "certificate_number_pattern"
MAX_BACKGROUND_BYTES = 5 * 1024 * 1024
THUMBNAIL = QSize(168, 119)  # A4 landscape's proportions
CHECK_DELAY_MS = 150
PNG_MAGIC, JPEG_MAGIC = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"
# What a file name example is made of: a person as a clerk would see one in the folder.
SAMPLE_NAME, SAMPLE_CLASS, SAMPLE_SEQ, SAMPLE_PROGRAM = "Ani Suryani", "SBP-JHT-2026-01", 12, "JHT"


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def choose_background_file(parent: QWidget, title: str, file_filter: str) -> str:
    """The picture file the clerk picks, or "" when cancelled; tests replace this."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path


def _file_name(text: str) -> str:
    """The file name the one-PDF-per-person writer makes of ``text``."""
    from ...documents.certificate_files import safe_stem

    return safe_stem(text) or "sertifikat-012"


def next_numbers(institution: Institution, pattern: str, *, count: int = 3,
                 on: dt.date | None = None) -> list[str]:
    """The next ``count`` numbers the institution would issue ``on`` (today), as the pattern makes them.

    A preview only: the issue takes its value inside its own transaction, so a number shown
    here may have been taken by another PC by then.
    """
    on = on or dt.date.today()
    stored = (NumberSequence.select(NumberSequence.last_value)
              .where(NumberSequence.institution == institution.id, NumberSequence.kind == CERTIFICATE_KIND,
                     NumberSequence.year == on.year).scalar()) or 0
    last = max(int(stored), highest_issued(institution.id, on.year))
    program = (Program.select(Program.code).where(Program.institution == institution.id,
                                                  Program.archived == False)  # noqa: E712
               .order_by(Program.code).first())
    program_code = program.code if program is not None else SAMPLE_PROGRAM
    return [format_certificate_number(pattern, seq=last + step, institution_code=institution.code,
                                      program_code=program_code, on=on) for step in range(1, count + 1)]


def background_problem(name: str, size: int, data: bytes | None) -> str:
    """Why a file of ``size`` bytes (its content ``data``, unread when too large) cannot be a
    certificate background; "" when it can."""
    if size > MAX_BACKGROUND_BYTES:
        return QCoreApplication.translate(
            "CertificateSettingsSection",
            "%1 is %2 MB; a background may be at most 5 MB. Save it smaller (for example "
            "3508 × 2480 pixels, A4 at 300 dpi, as JPEG) and choose it again.") \
            .replace("%1", name).replace("%2", f"{size / (1024 * 1024):.1f}")
    if not data or not data.startswith((PNG_MAGIC, JPEG_MAGIC)) or not QPixmap().loadFromData(data):
        return QCoreApplication.translate(
            "CertificateSettingsSection",
            "%1 is not a PNG or JPEG picture; choose a PNG or JPEG file.").replace("%1", name)
    return ""


class CertificateSettingsSection(QGroupBox):
    """The chosen institution's certificate choices; the background is saved as soon as it is
    chosen or removed, the other choices with an explicit Save."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Certificates"))
        self.store = store
        self.institution: Institution | None = None
        self._stored: tuple[str, str, str, str] = ("", "", "", "")

        self.scope_note = _note("", self)
        self.design = QComboBox(self)
        for name in DESIGNS:  # named as the print dialog names them
            self.design.addItem(DESIGN_LABELS[name].render(i18n.active_language()), name)
        self.design.setAccessibleName(self.tr("Certificate design"))
        self.design.setMinimumWidth(340)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4 landscape (297 × 210 mm)"), "A4")
        self.paper.addItem(self.tr("F4 / folio landscape (330 × 215 mm)"), "F4")
        self.paper.setAccessibleName(self.tr("Certificate paper"))
        self.paper.setMinimumWidth(340)
        self.design_label = QLabel(self.tr("&Design:"), self)
        self.design_label.setBuddy(self.design)
        self.paper_label = QLabel(self.tr("&Paper:"), self)
        self.paper_label.setBuddy(self.paper)

        # -- background image ---------------------------------------------------------------------------
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(self.tr("Background image"))
        self.choose_button = QPushButton(self.tr("C&hoose image…"), self)
        self.clear_button = QPushButton(self.tr("Re&move image"), self)
        self.background_note = _note(self.tr(
            "Printed behind the front of every certificate, stretched to the page. PNG or JPEG, at "
            "most 5 MB; saved at once."), self)
        self.background_label = QLabel(self.tr("Background:"), self)
        background_buttons = QVBoxLayout()
        background_buttons.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        background_buttons.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        background_buttons.addWidget(self.background_note)
        background_buttons.addStretch(1)
        background_row = QHBoxLayout()
        background_row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        background_row.addLayout(background_buttons, 1)

        # -- file names and numbers --------------------------------------------------------------------
        self.file_pattern = QLineEdit(self)
        self.file_pattern.setAccessibleName(self.tr("File name pattern"))
        self.file_pattern.setPlaceholderText("{number} {name}")
        self.file_pattern_label = QLabel(self.tr("&File names:"), self)
        self.file_pattern_label.setBuddy(self.file_pattern)
        self.file_example = QLabel(self)
        self.file_example.setWordWrap(True)
        self.file_example.setStyleSheet(EXAMPLE_STYLE)
        self.file_problem = QLabel(self)
        self.file_problem.setWordWrap(True)
        self.file_problem.setVisible(False)
        self.file_help = _note(self.tr(
            "For one PDF per person: {number} certificate number · {name} participant · {class} class "
            "code · {seq} the person's number in the class. Characters a file name cannot hold "
            "(such as /) become -."), self)

        self.number_pattern = QLineEdit(self)
        self.number_pattern.setAccessibleName(self.tr("Certificate number pattern"))
        self.number_pattern_label = QLabel(self.tr("&Numbers:"), self)
        self.number_pattern_label.setBuddy(self.number_pattern)
        self.number_preview = QLabel(self)
        self.number_preview.setWordWrap(True)
        self.number_preview.setStyleSheet(EXAMPLE_STYLE)
        self.number_problem = QLabel(self)
        self.number_problem.setWordWrap(True)
        self.number_problem.setVisible(False)
        self.number_help = _note(self.tr(
            "{seq:03d} running number with leading zeros · {institution} institution code · {program} "
            "program code · {month_roman} month in Roman numerals · {month} month · {year} year. "
            "The running number starts again at 1 each year. Also on the institution's form."), self)

        self.keys_button = QPushButton(self.tr("Signing &keys…"), self)
        self.keys_button.setToolTip(self.tr(
            "The key that signs this institution's QR codes; export it, or import other offices' keys"))
        self.save_button = QPushButton(self.tr("&Save certificate settings"), self)
        self.saved_note = _note("", self)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.keys_button)
        save_row.addWidget(self.saved_note, 1)

        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.addWidget(self.design_label, 0, 0)
        form.addWidget(self.design, 0, 1, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.paper_label, 1, 0)
        form.addWidget(self.paper, 1, 1, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.background_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        form.addLayout(background_row, 2, 1)
        form.addWidget(self.file_pattern_label, 3, 0)
        form.addWidget(self.file_pattern, 3, 1)
        form.addWidget(self.file_problem, 4, 1)
        form.addWidget(self.file_example, 5, 1)
        form.addWidget(self.file_help, 6, 1)
        form.addWidget(self.number_pattern_label, 7, 0)
        form.addWidget(self.number_pattern, 7, 1)
        form.addWidget(self.number_problem, 8, 1)
        form.addWidget(self.number_preview, 9, 1)
        form.addWidget(self.number_help, 10, 1)
        form.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_note)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addStretch(1)  # spare height below the section, not inside the background row

        self._check_timer = query_delay(self, CHECK_DELAY_MS, self._explain)
        self.design.currentIndexChanged.connect(self._edited)
        self.paper.currentIndexChanged.connect(self._edited)
        self.file_pattern.textChanged.connect(self._typed)
        self.number_pattern.textChanged.connect(self._typed)
        self.choose_button.clicked.connect(self.choose_background)
        self.clear_button.clicked.connect(self.clear_background)
        self.save_button.clicked.connect(self.save)
        self.keys_button.clicked.connect(self.show_keys)
        self.set_institution(None)

    # -- which institution ---------------------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        self.institution = Institution.get_or_none(Institution.id == institution_id) if institution_id else None
        self.refresh()

    @property
    def institution_id(self) -> int | None:
        return self.institution.id if self.institution else None

    def refresh(self) -> None:
        chosen = self.institution is not None
        for widget in (self.design, self.paper, self.choose_button, self.file_pattern, self.number_pattern,
                       self.keys_button, self.design_label, self.paper_label, self.file_pattern_label,
                       self.number_pattern_label, self.background_label):
            widget.setEnabled(chosen)
        if chosen:
            self.scope_note.setText(self.tr("For %1 — %2. Each institution's certificates look its own way.")
                                    .replace("%1", self.institution.code).replace("%2", self.institution.name))
        else:
            self.scope_note.setText(self.tr(
                "Certificates are set up for each institution: choose one institution at the top first."))
        self.load_settings()

    # -- loading and explaining ----------------------------------------------------------------------

    def load_settings(self) -> None:
        institution_id = self.institution_id
        if institution_id is not None:
            stored = (data_settings.get_setting(DESIGN_KEY, institution_id=institution_id),
                      data_settings.get_setting(PAPER_KEY, institution_id=institution_id),
                      data_settings.get_setting(FILE_PATTERN_KEY, institution_id=institution_id),
                      self.institution.certificate_number_pattern)
        else:
            stored = tuple(data_settings.KNOWN[key].default for key in (DESIGN_KEY, PAPER_KEY, FILE_PATTERN_KEY)) \
                + (Institution.certificate_number_pattern.default,)
        for box, value in ((self.design, stored[0]), (self.paper, stored[1])):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)
        for edit, value in ((self.file_pattern, stored[2]), (self.number_pattern, stored[3])):
            edit.blockSignals(True)
            edit.setText(value or "")
            edit.blockSignals(False)
        self._stored = self.values()
        self._show_background()
        self.save_button.setEnabled(False)
        self._explain()

    def values(self) -> tuple[str, str, str, str]:
        return (self.design.currentData(), self.paper.currentData(), self.file_pattern.text(),
                self.number_pattern.text())

    def _typed(self) -> None:
        self._edited()
        self._check_timer.start()

    def _edited(self) -> None:
        self.saved_note.setText("")
        self.save_button.setEnabled(self.institution is not None and self.values() != self._stored)

    def _explain(self) -> None:
        self._explain_file_pattern()
        self._explain_number_pattern()

    def _show_problem(self, label: QLabel, problems) -> None:
        errors = [p for p in problems if p.is_error]
        shown = errors or list(problems)
        label.setVisible(bool(shown))
        label.setText("\n".join(p.message(i18n.language()) for p in shown))
        label.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)

    def file_pattern_problems(self) -> list[Problem]:
        return list(data_settings.KNOWN[FILE_PATTERN_KEY].check(self.file_pattern.text()).problems)

    def _sample_number(self) -> str:
        """The next number of the institution as its saved pattern makes it, for the file name example."""
        if self.institution is not None:
            try:
                return next_numbers(self.institution, self._stored[3], count=1)[0]
            except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                pass  # a pattern saved before it was checked: the sample below will do
        return "012/LPK-SBP/CERT/XI/2026"

    def _explain_file_pattern(self) -> None:
        problems = self.file_pattern_problems()
        self._show_problem(self.file_problem, problems)
        pattern = self.file_pattern.text().strip() or "{number} {name}"
        sample = None
        if not any(p.is_error for p in problems):
            try:
                sample = _file_name(pattern.format(number=self._sample_number(), name=SAMPLE_NAME,
                                                   seq=SAMPLE_SEQ, **{"class": SAMPLE_CLASS})) + ".pdf"
            except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                sample = None
        if sample is None:
            self.file_example.setText(self.tr("Example: none until the pattern is corrected"))
        else:
            self.file_example.setText(self.tr("Example: %1").replace("%1", f"<b>{html.escape(sample)}</b>"))

    def number_pattern_problems(self) -> list[Problem]:
        return list(check_certificate_pattern(self.number_pattern.text(), PATTERN_FIELD,
                                              *INSTITUTION_LABELS[PATTERN_FIELD]).problems)

    def _explain_number_pattern(self) -> None:
        problems = self.number_pattern_problems()
        self._show_problem(self.number_problem, problems)
        if self.institution is None:
            self.number_preview.setText(self.tr("Next numbers: choose one institution at the top first"))
            return
        if any(p.is_error for p in problems):
            self.number_preview.setText(self.tr("Next numbers: none until the pattern is corrected"))
            return
        numbers = next_numbers(self.institution, self.number_pattern.text().strip())
        self.number_preview.setText(self.tr("Next numbers: %1").replace(
            "%1", " · ".join(f"<b>{html.escape(number)}</b>" for number in numbers)))

    # -- saving -----------------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.institution is None:
            return False
        design, paper, file_pattern, number_pattern = self.values()
        stored = self._stored
        try:
            # All or nothing: a refused pattern must not leave the design changed.
            with self.store.transaction():
                for key, value, before in ((DESIGN_KEY, design, stored[0]), (PAPER_KEY, paper, stored[1]),
                                           (FILE_PATTERN_KEY, file_pattern, stored[2])):
                    if value != before:
                        data_settings.set_setting(self.store, key, value, self.institution_id)
                warnings = ()
                if number_pattern != stored[3]:
                    self.institution, warnings = save_institution(
                        self.store, {PATTERN_FIELD: number_pattern}, self.institution)
        except ValidationFailed as failure:
            dialogs.show_problems(self, self.tr("Certificates"), failure.problems)
            return False
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Certificates"))
            return False
        self.institution = Institution.get_by_id(self.institution_id)
        self.load_settings()
        self.saved_note.setText(self.tr("Saved."))
        if warnings:
            self._show_problem(self.number_problem, warnings)
        return True

    # -- background image -------------------------------------------------------------------------------

    def background(self) -> bytes | None:
        data = self.institution.certificate_background if self.institution else None
        return bytes(data) if data else None

    def _show_background(self) -> None:
        data = self.background()
        self.clear_button.setEnabled(data is not None)
        pixmap = QPixmap()
        if data is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No background"))
        elif pixmap.loadFromData(data):
            self.thumbnail.setPixmap(pixmap.scaled(THUMBNAIL * 0.95, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("Not a picture"))

    def choose_background(self) -> bool:
        """Pick a PNG or JPEG file and keep it as the background; refuses anything else, saying why."""
        if self.institution is None:
            return False
        title = self.tr("Certificate background")
        path = choose_background_file(self, title, self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"))
        if not path:
            return False
        try:
            size = Path(path).stat().st_size
            # A file far too large is refused by its size, without reading it.
            data = Path(path).read_bytes() if size <= MAX_BACKGROUND_BYTES else None
        except OSError as exc:
            dialogs.warn(self, title, self.tr("The file %1 could not be read: %2")
                         .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        problem = background_problem(Path(path).name, size, data)
        if problem:
            self.saved_note.setText("")
            dialogs.warn(self, title, problem)
            return False
        return self._store_background(data, self.tr("Background saved."))

    def clear_background(self) -> bool:
        if self.institution is None or self.background() is None:
            return False
        return self._store_background(None, self.tr("Background removed."))

    def _store_background(self, data: bytes | None, done: str) -> bool:
        institution = Institution.get_by_id(self.institution_id)
        institution.certificate_background = data
        try:
            self.store.save(institution)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Certificate background"))
            return False
        self.institution = Institution.get_by_id(self.institution_id)
        self._show_background()
        self.saved_note.setText(done)
        return True

    # -- keys -------------------------------------------------------------------------------------------

    def show_keys(self):
        from ..certificates.keys_dialog import show_keys

        return show_keys(self, self.store, self.institution_id)
