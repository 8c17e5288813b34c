"""Printing attendance: the chosen sessions' sheets, a whole week's sheets (everyone's or one
trainer's, all classes or one), a class's grid, or its attendance recap; previewed, printed or
saved.

The document is built off the GUI thread into memory, then handed to the preview, the
printer or a file. ``choice()`` says what would be printed; ``build_document`` builds it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QRadioButton, QSpinBox, QToolButton, QVBoxLayout, QWidget)

from ...core.models import ClassSession, Enrollment, SessionStatus, Trainer, TrainingClass
from ...core.services import attendance_documents
from ...core.services.attendance import ATTENDING
from ...core.services.settings import PAPER_SIZES, default_paper
from ...core.store import Store
from .. import dialogs, document_export, i18n, printing, workers
from ..formatting import format_date

SHEETS, WEEK, GRID, RECAP = "sheets", "week", "grid", "recap"
KINDS = (SHEETS, WEEK, GRID, RECAP)
MAX_BLANK_ROWS = 20

# Rough page capacities for the summary line ("about 14 pages"), in millimetres of paper:
# what a sheet's letterhead, session details and signatures take, and a signing row.
_SHEET_FIRST_PAGE_MM = 150
_SHEET_OTHER_PAGES_MM = 45
_SHEET_ROW_MM = 8.5
_GRID_HEAD_MM = 95
_GRID_ROW_MM = 7
_GRID_NAME_MM = 110
_GRID_COLUMN_MM = 9
_PAPERS_MM = {"A4": (210, 297), "F4": (215, 330)}


def monday_to_sunday(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def date_range(first: dt.date, last: dt.date) -> str:
    """"2–8 November 2026", "30 November – 6 December 2026": the shared month and year once."""
    whole_first, whole_last = format_date(first), format_date(last)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{whole_last}"
    if first.year == last.year:
        return f"{whole_first.rsplit(' ', 1)[0]} – {whole_last}"
    return f"{whole_first} – {whole_last}"


@dataclass(frozen=True)
class PrintChoice:
    """Everything needed to build the document, read from the dialog on the GUI thread."""

    kind: str
    session_ids: tuple[int, ...] = ()
    class_id: int | None = None
    paper: str = "A4"
    landscape: bool = False
    show_nik: bool = False
    blank_rows: int = 0
    with_marks: bool = False
    xlsx: bool = False
    lang: str = "id"

    @property
    def file_kind(self) -> str:
        return "xlsx" if self.kind == RECAP and self.xlsx else "pdf"


def build_document(choice: PrintChoice, out) -> int | None:
    """Write the chosen document to ``out`` (a path or a binary file); the pages written
    (None for a workbook)."""
    docs = attendance_documents
    if choice.kind in (SHEETS, WEEK):
        return docs.write_attendance_sheets(out, list(choice.session_ids), paper=choice.paper,
                                            landscape=choice.landscape, show_nik=choice.show_nik,
                                            blank_rows=choice.blank_rows, lang=choice.lang)
    if choice.kind == GRID:
        return docs.write_class_grid(out, choice.class_id, paper=choice.paper, landscape=choice.landscape,
                                     with_marks=choice.with_marks, show_nik=choice.show_nik,
                                     blank_rows=choice.blank_rows, lang=choice.lang)
    if choice.xlsx:
        docs.write_recap_xlsx(out, choice.class_id, lang=choice.lang)
        return None
    return docs.write_recap_pdf(out, choice.class_id, paper=choice.paper, landscape=choice.landscape,
                                lang=choice.lang)


@dataclass
class Extent:
    """How much a choice prints, for the summary line."""

    sessions: int = 0
    classes: int = 0
    people: int = 0
    pages: int = 0
    exact: bool = False
    per_class: dict = field(default_factory=dict)


def _people_per_class(class_ids) -> dict[int, int]:
    ids = list(set(class_ids))
    if not ids:
        return {}
    query = (Enrollment.select(Enrollment.training_class, Enrollment.id)
             .where(Enrollment.training_class.in_(ids), Enrollment.status.in_(ATTENDING)).tuples())
    return dict(Counter(class_id for class_id, _ in query))


def _usable_mm(paper: str, landscape: bool) -> tuple[float, float]:
    width, height = _PAPERS_MM.get(paper, _PAPERS_MM["A4"])
    return (height, width) if landscape else (width, height)


def estimate_sheet_pages(people: int, paper: str, landscape: bool) -> int:
    _width, height = _usable_mm(paper, landscape)
    first = max(int((height - _SHEET_FIRST_PAGE_MM) // _SHEET_ROW_MM), 4)
    other = max(int((height - _SHEET_OTHER_PAGES_MM) // _SHEET_ROW_MM), 8)
    if people <= first:
        return 1
    return 1 + math.ceil((people - first) / other)


def estimate_grid_pages(people: int, sessions: int, paper: str, landscape: bool) -> int:
    width, height = _usable_mm(paper, landscape)
    rows = max(int((height - _GRID_HEAD_MM) // _GRID_ROW_MM), 5)
    columns = max(int((width - _GRID_NAME_MM) // _GRID_COLUMN_MM), 4)
    return max(math.ceil(max(people, 1) / rows), 1) * max(math.ceil(max(sessions, 1) / columns), 1)


class PrintAttendanceDialog(QDialog):
    def __init__(self, store: Store, class_id: int | None = None, session_ids=(), parent: QWidget | None = None,
                 trainer_id: int | None = None, week_of: dt.date | None = None,
                 institution_id: int | None = None):
        super().__init__(parent)
        self.store = store
        # The institution the clerk is looking at: a week's sheets stay within it.
        self.institution_scope = institution_id
        self.klass = TrainingClass.get_by_id(class_id) if class_id is not None else None
        self.chosen_sessions = self._existing_sessions(session_ids)
        self.pages_built: int | None = None  # exact, once a document has been built
        self.setWindowTitle(self.tr("Print attendance"))
        self.setMinimumWidth(620)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        what = QGroupBox(self.tr("What to print"), self)
        rows = QVBoxLayout(what)

        self.kind_buttons[SHEETS] = QRadioButton(self._sessions_label(), what)
        rows.addWidget(self.kind_buttons[SHEETS])

        self.kind_buttons[WEEK] = QRadioButton(self.tr("Attendance sheets of a &week"), what)
        rows.addWidget(self.kind_buttons[WEEK])
        self.week_box = QWidget(what)
        week_form = QFormLayout(self.week_box)
        week_form.setContentsMargins(24, 0, 0, 0)
        self.week_date = QDateEdit(self.week_box)
        self.week_date.setCalendarPopup(True)
        self.week_date.setDisplayFormat("dd.MM.yyyy" if i18n.active_language() == "id" else "dd/MM/yyyy")
        self.week_date.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.previous_week = QToolButton(self.week_box)
        self.previous_week.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_week.setToolTip(self.tr("Previous week"))
        self.next_week = QToolButton(self.week_box)
        self.next_week.setArrowType(Qt.ArrowType.RightArrow)
        self.next_week.setToolTip(self.tr("Next week"))
        self.week_label = QLabel(self.week_box)
        week_row = QHBoxLayout()
        week_row.addWidget(self.previous_week)
        week_row.addWidget(self.week_date)
        week_row.addWidget(self.next_week)
        week_row.addWidget(self.week_label, 1)
        week_form.addRow(self.tr("Week"), week_row)
        self.trainer = QComboBox(self.week_box)
        self.trainer.addItem(self.tr("Everyone"), None)
        for tid, name in self._trainers(trainer_id):
            self.trainer.addItem(name, tid)
        week_form.addRow(self.tr("&Trainer"), self.trainer)
        self.only_class = QCheckBox(self.week_box)
        if self.klass is not None:
            self.only_class.setText(self.tr("Only class %1").replace("%1", self.klass.code))
            week_form.addRow("", self.only_class)
        else:
            self.only_class.hide()
        rows.addWidget(self.week_box)

        code = self.klass.code if self.klass is not None else self.tr("(no class chosen)")
        self.kind_buttons[GRID] = QRadioButton(self.tr("Class &grid of %1").replace("%1", code), what)
        self.with_marks = QCheckBox(self.tr("with the &marks recorded so far"), what)
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.kind_buttons[GRID])
        grid_row.addWidget(self.with_marks)
        grid_row.addStretch(1)
        rows.addLayout(grid_row)

        self.kind_buttons[RECAP] = QRadioButton(self.tr("Attendance &recap of %1").replace("%1", code), what)
        self.recap_format = QComboBox(what)
        self.recap_format.addItem(self.tr("as PDF"), "pdf")
        self.recap_format.addItem(self.tr("as Excel workbook (XLSX)"), "xlsx")
        recap_row = QHBoxLayout()
        recap_row.addWidget(self.kind_buttons[RECAP])
        recap_row.addWidget(self.recap_format)
        recap_row.addStretch(1)
        rows.addLayout(recap_row)
        for kind in KINDS:
            self.kind_group.addButton(self.kind_buttons[kind])

        page = QGroupBox(self.tr("Page"), self)
        form = QFormLayout(page)
        self.paper = QComboBox(page)
        labels = {"A4": self.tr("A4 (210 × 297 mm)"), "F4": self.tr("F4 / folio (215 × 330 mm)")}
        for size in PAPER_SIZES:
            self.paper.addItem(labels.get(size, size), size)
        self.paper.setCurrentIndex(max(self.paper.findData(default_paper(self._institution_id(trainer_id))), 0))
        form.addRow(self.tr("&Paper"), self.paper)
        self.portrait = QRadioButton(self.tr("P&ortrait"), page)
        self.landscape = QRadioButton(self.tr("&Landscape"), page)
        orientation_group = QButtonGroup(self)
        orientation_group.addButton(self.portrait)
        orientation_group.addButton(self.landscape)
        orientation = QHBoxLayout()
        orientation.addWidget(self.portrait)
        orientation.addWidget(self.landscape)
        orientation.addStretch(1)
        form.addRow(self.tr("Orientation"), orientation)
        self.show_nik = QCheckBox(self.tr("Show &NIK"), page)
        form.addRow("", self.show_nik)
        self.blank_rows = QSpinBox(page)
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        form.addRow(self.tr("&Blank rows for walk-ins"), self.blank_rows)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.print_button = QPushButton(self.tr("Pr&int…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._set_initial(trainer_id, week_of)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.week_date.dateChanged.connect(self._week_changed)
        self.previous_week.clicked.connect(lambda: self._move_week(-7))
        self.next_week.clicked.connect(lambda: self._move_week(7))
        for signal in (self.trainer.currentIndexChanged, self.only_class.toggled, self.with_marks.toggled,
                       self.recap_format.currentIndexChanged, self.paper.currentIndexChanged,
                       self.landscape.toggled, self.show_nik.toggled, self.blank_rows.valueChanged):
            signal.connect(self._refresh)
        self._refresh()

    # --- set-up ---------------------------------------------------------------------------------

    @staticmethod
    def _existing_sessions(session_ids) -> list[ClassSession]:
        ids = list(dict.fromkeys(session_ids))
        if not ids:
            return []
        found = {s.id: s for s in ClassSession.select().where(ClassSession.id.in_(ids))}
        return sorted((found[i] for i in ids if i in found), key=lambda s: (s.date, s.start_time, s.id))

    def _sessions_label(self) -> str:
        count = len(self.chosen_sessions)
        if count == 1:
            s = self.chosen_sessions[0]
            return self.tr("Attendance sheet of the chosen s&ession (%1)").replace(
                "%1", format_date(s.date, with_weekday=True))
        if count:
            return self.tr("Attendance sheets of the %n chosen s&essions", "", count)
        return self.tr("Attendance sheets of the chosen s&essions (none chosen)")

    def _trainers(self, wanted: int | None) -> list[tuple[int, str]]:
        query = Trainer.select(Trainer.id, Trainer.full_name).where(
            (Trainer.archived == False) | (Trainer.id == (wanted or 0)))  # noqa: E712 (SQL)
        if self.klass is not None:
            query = query.where((Trainer.institution == self.klass.institution_id) | (Trainer.id == (wanted or 0)))
        return sorted(query.tuples(), key=lambda row: (row[1].casefold(), row[0]))

    def _institution_id(self, trainer_id: int | None) -> int | None:
        if self.klass is not None:
            return self.klass.institution_id
        if self.chosen_sessions:
            return self.chosen_sessions[0].training_class.institution_id
        if trainer_id is not None:
            trainer = Trainer.get_or_none(Trainer.id == trainer_id)
            return trainer.institution_id if trainer is not None else self.institution_scope
        return self.institution_scope

    def _set_initial(self, trainer_id: int | None, week_day: dt.date | None) -> None:
        has_class = self.klass is not None
        self.kind_buttons[SHEETS].setEnabled(bool(self.chosen_sessions))
        self.kind_buttons[GRID].setEnabled(has_class)
        self.kind_buttons[RECAP].setEnabled(has_class)
        if week_day is None:
            week_day = self.chosen_sessions[0].date if self.chosen_sessions else dt.date.today()
        self.week_date.setDate(QDate(week_day.year, week_day.month, week_day.day))
        if trainer_id is not None:
            self.trainer.setCurrentIndex(max(self.trainer.findData(trainer_id), 0))
        self.only_class.setChecked(has_class)
        kind = SHEETS if self.chosen_sessions else WEEK
        self.kind_buttons[kind].setChecked(True)
        self._apply_kind_defaults(kind)
        self._update_week_label()

    # --- reading the choices ------------------------------------------------------------------

    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def week(self) -> tuple[dt.date, dt.date]:
        return monday_to_sunday(self.week_date.date().toPython())

    def session_ids(self) -> list[int]:
        """The sessions whose sheets would print (sheets and week only)."""
        kind = self.kind()
        if kind == SHEETS:
            return [s.id for s in self.chosen_sessions]
        if kind == WEEK:
            first, last = self.week()
            class_id = self.klass.id if self.klass is not None and self.only_class.isChecked() else None
            return attendance_documents.week_session_ids(first, last, trainer_id=self.trainer.currentData(),
                                                         class_id=class_id,
                                                         institution_id=self.institution_scope)
        return []

    def choice(self) -> PrintChoice:
        kind = self.kind()
        return PrintChoice(
            kind=kind, session_ids=tuple(self.session_ids()),
            class_id=self.klass.id if self.klass is not None else None,
            paper=self.paper.currentData(), landscape=self.landscape.isChecked(),
            show_nik=self.show_nik.isChecked(), blank_rows=self.blank_rows.value(),
            with_marks=self.with_marks.isChecked(), xlsx=self.recap_format.currentData() == "xlsx",
            lang=i18n.active_language())

    def extent(self, choice: PrintChoice | None = None) -> Extent:
        choice = choice or self.choice()
        if choice.kind in (SHEETS, WEEK):
            rows = list(ClassSession.select(ClassSession.id, ClassSession.training_class)
                        .where(ClassSession.id.in_(list(choice.session_ids) or [0])).tuples())
            per_class = Counter(class_id for _sid, class_id in rows)
            people = _people_per_class(per_class)
            pages = sum(count * estimate_sheet_pages(people.get(cid, 0) + choice.blank_rows, choice.paper,
                                                     choice.landscape)
                        for cid, count in per_class.items())
            return Extent(sessions=len(rows), classes=len(per_class), people=sum(people.values()),
                          pages=pages, per_class=dict(per_class))
        people = _people_per_class([choice.class_id]).get(choice.class_id, 0)
        sessions = (ClassSession.select().where(ClassSession.training_class == choice.class_id,
                                                ClassSession.status != SessionStatus.CANCELLED).count())
        if choice.kind == GRID:
            pages = estimate_grid_pages(people + choice.blank_rows, sessions, choice.paper, choice.landscape)
        else:
            pages = 0 if choice.xlsx else estimate_sheet_pages(people, choice.paper, choice.landscape)
        return Extent(sessions=sessions, classes=1, people=people, pages=pages)

    # --- reacting --------------------------------------------------------------------------------

    def _kind_toggled(self, button, checked: bool) -> None:
        if checked:
            self._apply_kind_defaults(self.kind())
            self._refresh()

    def _apply_kind_defaults(self, kind: str) -> None:
        # A grid needs the width for its session columns; sheets and the recap read down the page.
        (self.landscape if kind == GRID else self.portrait).setChecked(True)

    def _move_week(self, days: int) -> None:
        self.week_date.setDate(self.week_date.date().addDays(days))

    def _week_changed(self) -> None:
        self._update_week_label()
        self._refresh()

    def _update_week_label(self) -> None:
        first, last = self.week()
        self.week_label.setText(date_range(first, last))

    def _refresh(self, *_args) -> None:
        self.pages_built = None
        kind = self.kind()
        sheets = kind in (SHEETS, WEEK)
        xlsx = kind == RECAP and self.recap_format.currentData() == "xlsx"
        self.week_box.setEnabled(kind == WEEK)
        self.with_marks.setEnabled(kind == GRID)
        self.recap_format.setEnabled(kind == RECAP)
        self.paper.setEnabled(not xlsx)
        self.portrait.setEnabled(not xlsx)
        self.landscape.setEnabled(not xlsx)
        self.show_nik.setEnabled(sheets or kind == GRID)
        self.blank_rows.setEnabled(sheets or kind == GRID)
        self.preview_button.setEnabled(not xlsx)
        self.print_button.setEnabled(not xlsx)
        self.save_button.setText(self.tr("&Save as XLSX…") if xlsx else self.tr("&Save as PDF…"))
        self.summary.setText(self.summary_text())

    def summary_text(self, extent: Extent | None = None) -> str:
        choice = self.choice()
        extent = extent or self.extent(choice)
        if choice.kind in (SHEETS, WEEK) and not extent.sessions:
            if choice.kind == WEEK:
                return self.tr("No sessions in this week: nothing to print.")
            return self.tr("No sessions chosen: nothing to print.")
        parts = [self.tr("%n sessions", "", extent.sessions)]
        if choice.kind in (SHEETS, WEEK):
            parts.append(self.tr("%n classes", "", extent.classes))
        parts.append(self.tr("%n participants", "", extent.people))
        if choice.file_kind == "pdf":
            pages = self.pages_built if self.pages_built is not None else extent.pages
            parts.append(self.tr("%n pages", "", pages) if self.pages_built is not None
                         else self.tr("about %n pages", "", pages))
        return ", ".join(parts)

    # --- building and what follows ---------------------------------------------------------------

    def suggested_name(self, choice: PrintChoice) -> str:
        code = self.klass.code if self.klass is not None else ""
        if choice.kind == GRID:
            stem = f"Daftar-Hadir-Kelas-{code}"
        elif choice.kind == RECAP:
            stem = f"Rekap-Kehadiran-{code}"
        elif choice.kind == WEEK:
            first, last = self.week()
            stem = f"Daftar-Hadir-{first.isoformat()}-sd-{last.isoformat()}"
            if self.klass is not None and self.only_class.isChecked():
                stem += f"-{code}"
            if self.trainer.currentData() is not None:
                stem += f"-{self.trainer.currentText()}"
        else:
            first = self.chosen_sessions[0]
            stem = f"Daftar-Hadir-{first.training_class.code}-{first.date.isoformat()}"
            if len(self.chosen_sessions) > 1:
                stem += f"-{len(self.chosen_sessions)}-pertemuan"
        return f"{document_export.safe_file_name(stem)}.{choice.file_kind}"

    def _document_title(self, choice: PrintChoice) -> str:
        if choice.kind == GRID:
            return self.tr("Attendance grid — %1").replace("%1", self.klass.code)
        if choice.kind == RECAP:
            return self.tr("Attendance recap — %1").replace("%1", self.klass.code)
        return self.tr("Attendance sheets")

    def _ready(self, choice: PrintChoice) -> bool:
        """Whether there is anything to print; says so when there is not."""
        if choice.kind in (SHEETS, WEEK) and not choice.session_ids:
            if choice.kind == WEEK:
                first, last = self.week()
                text = self.tr("There are no sessions from %1 to %2 for this choice. Nothing was printed.") \
                    .replace("%1", format_date(first, with_weekday=True)) \
                    .replace("%2", format_date(last, with_weekday=True))
            else:
                text = self.tr("No sessions were chosen. Nothing was printed.")
            dialogs.inform(self, self.windowTitle(), text)
            return False
        return True

    def build_bytes(self, choice: PrintChoice) -> bytes | None:
        """The document in memory, built off the GUI thread; None when cancelled or refused."""
        title = self._document_title(choice)

        def work(progress, cancelled) -> tuple[bytes, int | None]:
            progress(0, 0, QCoreApplication.translate("PrintAttendanceDialog", "Preparing the document…"))
            out = io.BytesIO()
            pages = build_document(choice, out)
            if cancelled():
                raise workers.Cancelled()
            return out.getvalue(), pages

        job = workers.run_with_progress(work, title, self)
        if job.status != "done":
            return None
        data, pages = job.result
        self._built(pages)
        return data

    def _built(self, pages: int | None) -> None:
        if pages is not None:
            self.pages_built = pages
            self.summary.setText(self.summary_text())

    def preview(self) -> bool:
        choice = self.choice()
        if choice.file_kind != "pdf" or not self._ready(choice):
            return False
        data = self.build_bytes(choice)
        if data is None:
            return False
        printing.preview_pdf(self, data, self._document_title(choice))
        return True

    def print_(self) -> bool:
        choice = self.choice()
        if choice.file_kind != "pdf" or not self._ready(choice):
            return False
        data = self.build_bytes(choice)
        if data is None:
            return False
        return printing.print_pdf(self, data, self._document_title(choice))

    def save(self) -> str | None:
        """Save as PDF (or XLSX for the recap); the path written, or None."""
        choice = self.choice()
        if not self._ready(choice):
            return None
        title = self._document_title(choice)
        pages: list[int | None] = []

        def build(path: str, progress) -> None:
            progress(0, 0, QCoreApplication.translate("PrintAttendanceDialog", "Preparing the document…"))
            pages.append(build_document(choice, path))

        written = document_export.export_document(self, title, self.suggested_name(choice), choice.file_kind,
                                                  build)
        if written and pages:
            self._built(pages[0])
        return written


def print_attendance(parent: QWidget | None, store: Store, *, class_id: int | None = None, session_ids=(),
                     trainer_id: int | None = None, week_of: dt.date | None = None,
                     institution_id: int | None = None) -> None:
    """Open the dialog; it stays open until closed, so several documents can go out in a row."""
    dialogs.run_modal(PrintAttendanceDialog(store, class_id, session_ids, parent, trainer_id, week_of,
                                            institution_id))
