"""Importing marks a trainer typed elsewhere (XLSX or CSV), as the participant import does it:
read and check the whole file first (off the GUI thread), show every problem with its row and
column and write nothing while there is one; otherwise show what changes, before and after,
and save it all in one transaction when the clerk agrees.

Tests replace ``ask_open_path`` (and answer ``dialogs``) to drive it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QVBoxLayout,
                               QWidget)

from ...core.errors import UserError
from ...core.importing.attendance import AttendancePlan, apply_attendance_import, plan_attendance_import, \
    write_attendance_template
from ...core.models import TrainingClass
from ...core.services.attendance import MarkCell, MarkChange
from .. import dialogs, i18n, workers
from ..document_export import export_document, safe_file_name
from ..formatting import format_date
from ..models.listing_model import ColumnSpec
from ..pages.compact_tables import RowsModel, compact_table
from .grid_model import format_time

# Texts are looked up by literal context and source, as the translation tool finds them.
translate = QCoreApplication.translate

FOLDER_KEY = "attendance_import/folder"



def ask_open_path(parent: QWidget | None, title: str) -> str:
    """The file chosen in an open dialog, "" when cancelled."""
    folder = str(QSettings().value(FOLDER_KEY, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder,
                                            translate("AttendanceImport",
                                                      "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
    if chosen:
        QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))
    return chosen


def cell_text(mark: str | None, arrival: dt.time | None = None, note: str = "") -> str:
    """"H 08:25 · came by bus": the mark, its arrival time and note, or "—" for an empty cell."""
    if not mark:
        return "—"
    text = mark + (f" {format_time(arrival)}" if arrival else "")
    return text + (f" · {note}" if note else "")


def before_text(cell: MarkCell | None) -> str:
    return cell_text(cell.mark, cell.arrival_time, cell.note) if cell else "—"


def after_text(change: MarkChange) -> str:
    return cell_text(change.mark, change.arrival_time, change.note)


def _place(row: int | None, letter: str, header: str) -> tuple[str, str]:
    column = f"{letter} ({header})" if letter and header else letter or header
    return ("" if row is None else str(row)), column


def wrapped(table, rows: int) -> None:
    """Long problem texts wrap onto more lines instead of ending in "…" (row heights are measured,
    which is quick for the few hundred rows a file's problems come to)."""
    table.setWordWrap(True)
    if rows <= 1000:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ImportProblemsDialog(QDialog):
    """Every problem in the file; nothing has been written."""

    def __init__(self, plan: AttendancePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marks not imported"))
        self.resize(760, 460)
        lang = i18n.active_language()
        self.heading = QLabel(
            self.tr("Nothing was imported: the file has %n problem(s). Correct them in the file and import it "
                    "again.", "", len(plan.errors)) + "\n" + plan.summary().render(lang), self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        rows = []
        for problem in plan.problems:
            row, column = _place(problem.row, problem.letter, problem.header)
            rows.append({"row": row, "column": column,
                         "kind": self.tr("Error") if problem.is_error else self.tr("Warning"),
                         "message": problem.message(lang)})
        self.model = RowsModel([ColumnSpec("row", self.tr("Row"), align_right=True),
                                ColumnSpec("column", self.tr("Column")), ColumnSpec("kind", self.tr("Kind")),
                                ColumnSpec("message", self.tr("Problem"))], self)
        self.model.set_rows(rows)
        self.table = compact_table(self.model, self, (55, 150, 80), stretch=3)
        wrapped(self.table, len(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class ImportReviewDialog(QDialog):
    """What the import would change, person by session, before and after; Save writes it all."""

    def __init__(self, plan: AttendancePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import marks: check the changes"))
        self.resize(820, 520)
        lang = i18n.active_language()
        self.heading = QLabel(plan.summary().render(lang), self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.warnings_model = None
        if plan.warnings:
            note = QLabel(self.tr("%n warning(s): worth a look, but they do not stop the import.", "",
                                  len(plan.warnings)), self)
            note.setStyleSheet("color: #8a5300;")
            self.warnings_model = RowsModel([ColumnSpec("row", self.tr("Row"), align_right=True),
                                             ColumnSpec("column", self.tr("Column")),
                                             ColumnSpec("message", self.tr("Warning"))], self)
            warn_rows = []
            for problem in plan.warnings:
                row, column = _place(problem.row, problem.letter, problem.header)
                warn_rows.append({"row": row, "column": column, "message": problem.message(lang)})
            self.warnings_model.set_rows(warn_rows)
            layout.addWidget(note)
            warnings_table = compact_table(self.warnings_model, self, (55, 150), stretch=2)
            wrapped(warnings_table, len(warn_rows))
            layout.addWidget(warnings_table)
        rows = []
        for planned in plan.planned():
            when = format_date(planned.session_date, with_weekday=True)
            rows.append({"row": str(planned.row) if planned.row else "",
                         "person": f"{planned.number}. {planned.full_name}",
                         "session": f"{when} {format_time(planned.start_time)}",
                         "before": before_text(planned.before), "after": after_text(planned.after)})
        self.model = RowsModel([ColumnSpec("row", self.tr("Row"), align_right=True),
                                ColumnSpec("person", self.tr("Participant")),
                                ColumnSpec("session", self.tr("Session")),
                                ColumnSpec("before", self.tr("Before")), ColumnSpec("after", self.tr("After"))], self)
        self.model.set_rows(rows)
        self.table = compact_table(self.model, self, (50, 210, 290, 120, 0), stretch=4)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save %n mark(s)", "", len(rows)),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def import_marks(parent: QWidget | None, store, class_id: int, *, today: dt.date | None = None) -> bool:
    """Choose, check, show and (on agreement) save a file of marks. True when marks were written."""
    title = translate("AttendanceImport", "Import marks")
    path = ask_open_path(parent, title)
    if not path:
        return False
    job = workers.run_with_progress(
        lambda progress, cancelled: plan_attendance_import(path, class_id, today=today), title, parent)
    if job.status != "done":
        return False  # cancelled, or a file that cannot be read: already said
    plan: AttendancePlan = job.result
    if not plan.ok:
        dialogs.run_modal(ImportProblemsDialog(plan, parent))
        return False
    if not plan.changes:
        dialogs.inform(parent, title, translate("AttendanceImport",
                                                "Nothing to import: every mark in the file is already recorded.")
                       + "\n" + plan.summary().render(i18n.active_language()))
        return False
    if dialogs.run_modal(ImportReviewDialog(plan, parent)) != QDialog.DialogCode.Accepted:
        return False
    try:
        outcome = apply_attendance_import(store, plan)
    except UserError as exc:  # refused, or marks changed meanwhile: nothing was written
        dialogs.show_user_error(parent, exc, title)
        return False
    text = translate("AttendanceImport", "%n mark(s) saved from the file.", "", outcome.written)
    if outcome.cleared:
        text += " " + translate("AttendanceImport", "%n cleared.", "", outcome.cleared)
    dialogs.inform(parent, title, text)
    return True


def save_template(parent: QWidget | None, class_id: int, *, today: dt.date | None = None) -> str | None:
    """An XLSX of the class's participants and sessions to type marks into, which imports back."""
    klass = TrainingClass.get_or_none(TrainingClass.id == class_id)
    code = klass.code if klass else str(class_id)
    lang = i18n.active_language()
    title = translate("AttendanceImport", "Attendance template")
    return export_document(parent, title, safe_file_name(f"isian-kehadiran-{code}") + ".xlsx", "xlsx",
                           lambda path, progress: write_attendance_template(path, class_id, lang=lang, today=today))
