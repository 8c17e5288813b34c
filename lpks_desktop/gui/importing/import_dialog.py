"""The participant import wizard: file, columns, check, done.

A clerk brings a registrant list as it came (title rows, Indonesian headings,
NIKs damaged by Excel). The file is read and checked by the core
(``core.importing``) off the GUI thread; every problem is shown at once with
its sheet row and column, changes to people already in the database are shown
before→after, and nothing is written until the clerk imports — everything in
one transaction, or (after an explicit question) only the rows without errors.
"Re-read file" reads the corrected file again with the same column choices.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from ...core import importing
from ...core.errors import UserError
from ...core.importing.headers import HEADER_NOT_FOUND, REQUIRED_FIELDS
from ...core.store import Store
from .. import dialogs, i18n, workers
from ..formatting import format_number
from . import plan_report, report_file
from .check_page import CheckPage
from .done_page import DonePage
from .file_page import FilePage
from .mapping_page import MappingPage

FILE, COLUMNS, CHECK, DONE = range(4)
HEADER_SCAN_ROWS = 30  # how far down the core looks for the headings


class ImportDialog(QDialog):
    """``imported`` is True once something was written (the caller then reloads its lists)."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, institution_id: int | None = None,
                 class_id: int | None = None):
        super().__init__(parent)
        self.store = store
        self.sheet = None  # the core's Sheet, as last read
        self.header = None  # the core's Header: where the headings are, the columns
        self.sheet_name: str | None = None  # the worksheet chosen (None: the core picks)
        self.plan = None  # the core's ImportPlan, as last checked
        self.result = None  # the core's ImportResult once imported
        self.imported = False
        self.setWindowTitle(self.tr("Import participants"))
        self.setSizeGripEnabled(True)

        self.steps = QLabel(self)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.file_page = FilePage(self, institution_id=institution_id, class_id=class_id)
        lang = i18n.active_language()
        choices = [(None, self.tr("— ignore this column —"))] + [
            (name, importing.FIELD_LABELS[name].render(lang)) for name in importing.FIELDS]
        required = {name: importing.FIELD_LABELS[name].render(lang) for name in REQUIRED_FIELDS}
        self.mapping_page = MappingPage(choices, required, self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        self.stack = QStackedWidget(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.done_page):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.reread_button = QPushButton(self.tr("&Re-read file"), self)
        self.reread_button.setToolTip(self.tr(
            "Read the file again after fixing it in Excel, with the same column choices (F5)"))
        self.valid_only_button = QPushButton(self.tr("Import &valid rows only…"), self)
        self.valid_only_button.setToolTip(self.tr(
            "Import the rows without errors and leave the others out; you are asked first"))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.back_button, self.next_button, self.reread_button, self.valid_only_button,
                       self.import_button, self.close_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.reread_button.clicked.connect(self.reread)
        self.valid_only_button.clicked.connect(self.import_valid_only)
        self.import_button.clicked.connect(self.import_all)
        self.close_button.clicked.connect(self.reject)
        self.check_page.save_report_button.clicked.connect(self.save_report)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self._reread_shortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.reread_button)
        buttons.addStretch(1)
        buttons.addWidget(self.valid_only_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.file_page.changed.connect(self._update_buttons)
        self.mapping_page.changed.connect(self._update_buttons)
        self.mapping_page.sheetChosen.connect(self.choose_sheet)
        self.resize(1040, 680)
        self.show_step(FILE)

    # -- steps ---------------------------------------------------------------------------------

    def step(self) -> int:
        return self.stack.currentIndex()

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [self.tr("1 File"), self.tr("2 Columns"), self.tr("3 Check"), self.tr("4 Done")]
        shown = []
        for index, name in enumerate(names):
            name = name.replace("&", "&amp;").replace("<", "&lt;")
            if index == step:
                shown.append(f"<b>{name}</b>")
            else:
                shown.append(f"<span style='color: palette(placeholder-text);'>{name}</span>")
        self.steps.setText(" &nbsp;›&nbsp; ".join(shown))
        if step == FILE:
            self.file_page.path_edit.setFocus()
        elif step == COLUMNS:
            self.mapping_page.view.setFocus()
        elif step == CHECK:
            self.check_page.problems_view.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step()
        self.back_button.setVisible(step in (COLUMNS, CHECK))
        self.next_button.setVisible(step in (FILE, COLUMNS))
        self.reread_button.setVisible(step in (COLUMNS, CHECK))
        self.valid_only_button.setVisible(step == CHECK)
        self.import_button.setVisible(step == CHECK)
        self.close_button.setText(self.tr("Close") if step == DONE else self.tr("Cancel"))
        if step == FILE:
            self.next_button.setEnabled(not self.file_page.problem())
            self.next_button.setToolTip(self.file_page.problem())
        elif step == COLUMNS:
            self.next_button.setEnabled(not self.mapping_page.problem())
            self.next_button.setToolTip(self.mapping_page.problem())
        report = self.check_page.report
        can_import = step == CHECK and self.plan is not None and not report.errors \
            and (report.new or report.updated or report.registered)
        self.import_button.setEnabled(bool(can_import))
        self.valid_only_button.setEnabled(step == CHECK and bool(report.errors) and not report.file_errors
                                          and report.importable > 0)
        default = {FILE: self.next_button, COLUMNS: self.next_button,
                   CHECK: self.import_button if can_import else self.reread_button,
                   DONE: self.close_button}[step]
        default.setDefault(True)

    def back(self) -> None:
        if self.step() in (COLUMNS, CHECK):
            self.show_step(self.step() - 1)

    def next(self) -> None:
        if self.step() == FILE and self.next_button.isEnabled():
            if self.read_file():
                self.show_step(COLUMNS)
        elif self.step() == COLUMNS and self.next_button.isEnabled():
            if self.check():
                self.show_step(CHECK)

    # -- step 1 -> 2: reading ------------------------------------------------------------------

    def read_file(self) -> bool:
        """Read the chosen file and find its headings; fills the columns step. False when the
        file could not be read (the clerk was told why)."""
        path = self.file_page.path()
        wanted = self.sheet_name if self.sheet is not None and self.sheet.path == Path(path) else None
        label = self.tr("Reading %1…").replace("%1", Path(path).name)

        def work(progress, cancelled):
            progress(0, 0, label)
            sheet = importing.read_table(path, wanted, choose=lambda found: importing.detect_header(found) is not None)
            return sheet, importing.detect_header(sheet)

        job = self._run(work, self.tr("Reading the file"))
        if job is None:
            return False
        sheet, header = job.result
        if header is None:
            dialogs.warn(self, self.tr("Reading the file"), HEADER_NOT_FOUND.format(
                sheet=sheet.name, rows=min(len(sheet.rows), HEADER_SCAN_ROWS)).render(i18n.active_language()))
            return False
        self.file_page.remember_folder()
        same_layout = self.header is not None and self.header.headings == header.headings
        kept = self.mapping_page.mapping() if same_layout else None
        self.sheet, self.header, self.sheet_name = sheet, header, sheet.name
        self._fill_columns(kept)
        return True

    def choose_sheet(self, name: str) -> None:
        """Another worksheet of the same workbook: read it and start its columns afresh."""
        if self.sheet is None or name == self.sheet.name:
            return
        previous = self.sheet_name
        self.sheet_name = name
        if not self.read_file():
            self.sheet_name = previous
            self.mapping_page.show_sheets(self.sheet.sheet_names, previous)

    def _run(self, work, title: str, cancel_message: str = "") -> workers.Job | None:
        """Run ``work`` with its progress dialog; the finished job, or None when it was cancelled
        or failed (a refusal is shown to the clerk, a bug goes to the crash report)."""
        job = workers.run_with_progress(work, title, self, handle_errors=False)
        cancelled = job.status == "cancelled" or isinstance(job.error, importing.ImportCancelled)
        if cancelled:
            if cancel_message:
                dialogs.inform(self, title, cancel_message)
            return None
        if job.status == "failed":
            self._failed(job.error, title)
            return None
        return job

    def _fill_columns(self, kept: dict[int, str] | None) -> None:
        headings = self.header.headings
        suggested = importing.suggest_mapping(headings)
        remembered = importing.remembered_mapping(headings, self.file_page.owning_institution_id())
        mapping = kept if kept is not None else (remembered or suggested)
        rows = [{"index": column.index, "letter": column.letter,
                 "heading": column.shown or self.tr("(no heading)"),
                 "samples": " · ".join(column.samples), "field": mapping.get(column.index)}
                for column in self.header.columns]
        self.mapping_page.set_columns(rows, suggested, self._about_sheet(), self._mapping_source(
            kept is not None, bool(remembered)))
        self.mapping_page.show_sheets(self.sheet.sheet_names, self.sheet.name)

    def _about_sheet(self) -> str:
        sheet, header = self.sheet, self.header
        data_rows = sum(1 for row in sheet.rows[header.data_start:] if any(cell != "" for cell in row))
        text = self.tr("%1, sheet \"%2\": headings in row %3, %4 filled rows below them.").replace(
            "%1", sheet.file_name).replace("%2", sheet.name).replace("%3", str(header.row + 1)).replace(
            "%4", format_number(data_rows))
        if header.row > 0:
            text += " " + self.tr("Rows 1 to %1 above them (titles) are skipped.").replace("%1", str(header.row))
        if header.skipped_numbering_row is not None:
            text += " " + self.tr("Row %1 only numbers the columns and is skipped.").replace(
                "%1", str(header.skipped_numbering_row + 1))
        return text

    def _mapping_source(self, kept: bool, remembered: bool) -> str:
        if kept:
            return self.tr("Your column choices are kept.")
        if remembered:
            return self.tr("The column choices last used for lists with these headings are filled in.")
        return self.tr("Each column's field is suggested from its heading; change any that is wrong.")

    def _reread_shortcut(self) -> None:
        if self.reread_button.isVisible() and self.reread_button.isEnabled():
            self.reread()

    # -- step 2 -> 3: checking -----------------------------------------------------------------

    def check(self) -> bool:
        """Check every row against the database with the chosen columns; fills the check step."""
        path, mapping, sheet = self.file_page.path(), self.mapping_page.mapping(), self.sheet
        class_id, institution_id = self.file_page.class_id(), self.file_page.institution_id()
        labels, class_label = self.mapping_page.model.label, self.file_page.class_label()
        label = self.tr("Checking the rows…")

        def work(progress, cancelled):
            progress(0, 0, label)
            plan = importing.plan_import(path, mapping=mapping, class_id=class_id, institution_id=institution_id,
                                         progress=progress, cancelled=cancelled, sheet=sheet)
            # Readable rows are made here too: thousands of problems take a moment.
            return plan, plan_report.report(plan, labels, class_label)

        job = self._run(work, self.tr("Checking the file"))
        if job is None:
            return False
        self.plan, report = job.result
        self.check_page.show_report(report)
        self._update_buttons()
        return True

    def reread(self) -> None:
        """The file again, as saved now. On the check step the same columns are checked again at
        once; a file whose headings changed goes back to the columns step."""
        on_check = self.step() == CHECK
        if not self.read_file():
            return
        if not on_check or self.mapping_page.problem():
            self.show_step(COLUMNS)
        elif not self.check():
            self.show_step(COLUMNS)

    # -- step 3 -> 4: importing ----------------------------------------------------------------

    def import_all(self) -> None:
        if self.import_button.isEnabled():
            self._apply(valid_only=False)

    def import_valid_only(self) -> None:
        report = self.check_page.report
        if not self.valid_only_button.isEnabled():
            return
        question = self.tr(
            "%n row(s) with errors will be left out and not imported.", "", report.error_rows) + "\n\n" + \
            self.tr("%n row(s) without errors will be imported.", "", report.importable) + "\n\n" + \
            self.tr("Import only the rows without errors?")
        if dialogs.ask_yes_no(self, self.tr("Import valid rows only"), question, default_no=True):
            self._apply(valid_only=True)

    def _apply(self, *, valid_only: bool) -> None:
        plan, label = self.plan, self.tr("Importing…")

        def work(progress, cancelled):
            progress(0, 0, label)
            # The column choices are remembered by the same transaction.
            return importing.apply_import(self.store, plan, valid_only=valid_only, progress=progress,
                                          cancelled=cancelled)

        job = self._run(work, self.tr("Importing participants"),
                        self.tr("The import was cancelled. Nothing was changed."))
        if job is None:
            return
        self.result = job.result
        self.imported = self.result.written
        heading, lines = plan_report.summary(self.result, self.file_page.class_label())
        self.done_page.show_summary(heading, lines)
        self.show_step(DONE)

    def _failed(self, exc: BaseException, title: str) -> None:
        """Nothing was written. A refusal the clerk can act on is shown; a bug goes to the crash report."""
        if isinstance(exc, importing.ImportRefused):
            dialogs.show_problems(self, exc.render(i18n.active_language()), exc.problems)
        elif isinstance(exc, UserError):
            dialogs.show_user_error(self, exc, title)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    # -- the problem report --------------------------------------------------------------------

    def save_report(self) -> str | None:
        rows = self.check_page.problems_model.all_rows()
        if not rows:
            return None
        return report_file.save_report(self, rows, self.check_page.problems_model, self.file_page.path())


def open_import_dialog(parent: QWidget | None, store: Store, *, institution_id: int | None = None,
                       class_id: int | None = None) -> bool:
    """Run the import wizard; True when something was imported (the caller reloads its lists)."""
    dialog = ImportDialog(store, parent, institution_id=institution_id, class_id=class_id)
    dialogs.run_modal(dialog)
    return dialog.imported
