"""Generating a class's whole schedule from a start date, weekdays and the day's time slots.

The preview is worked out again shortly after each change (the core's
``draft_for_class``), and checked against every other session in the database,
so the clerk sees the sessions, the skipped holidays, the JP per unit and the
clashes before anything is written. Saving replaces the class's planned sessions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import ClassSession, Program, SessionStatus
from ...core.services import conflicts, schedule_generator, settings
from ...core.services.records import ValidationFailed
from ...core.services.schedule_generator import ScheduleDraft
from ...core.store import Store
from ...core.validation.problems import Problem
from .. import dialogs, i18n
from ..delays import query_delay
from ..forms.fields import ERROR_STYLE, WARNING_STYLE
from ..formatting import format_date
from .choices import load_class, trainer_choices
from .conflict_panel import ConflictPanel
from .editors import date_edit, date_of
from .override_dialog import NotSaved, with_override
from .preview_models import DraftSessionsModel, SkippedDaysModel, UnitPlanModel
from .texts import weekday_names
from .trainer_combo import TrainerCombo

PREVIEW_DELAY_MS = 250
WORKDAYS = {0, 1, 2, 3, 4}
DEFAULT_SLOTS = {"id": "08.00-12.00, 13.00-16.00", "en": "08:00-12:00, 13:00-16:00"}
OK_STYLE = "color: #1b6e20; font-weight: 600;"
SHORT_STYLE = "color: #b3261e; font-weight: 600;"


def preview_table(model, parent: QWidget, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class GeneratorDialog(QDialog):
    """After Accept, ``saved`` holds the new sessions."""

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.klass = load_class(class_id)
        self.program = Program.get_by_id(self.klass.program_id)
        self.draft: ScheduleDraft | None = None
        self.preview_conflicts: list = []
        self.saved: list = []
        self.setWindowTitle(self.tr("Generate the schedule — %1").replace("%1", self.klass.code))
        self._timer = query_delay(self, PREVIEW_DELAY_MS, self.refresh)
        self._build()
        self.resize(1180, 720)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(f"{self.klass.code} — {self.klass.name}", self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        heading.setWordWrap(True)
        room = self.klass.room.name if self.klass.room_id else self.tr("no room chosen")
        about = QLabel(self.tr("Program %1: %2 JP · room: %3").replace("%1", self.program.code)
                       .replace("%2", str(self.program.total_jp)).replace("%3", room), self)
        about.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        start = self.klass.start_date if self.klass.start_date and self.klass.start_date >= dt.date.today() \
            else dt.date.today()
        self.start = date_edit(self, start)
        self.start_problem = self._problem_label()
        form.addRow(self.tr("&First day"), self._stacked(self.start, self.start_problem))

        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for day, name in enumerate(weekday_names()):
            box = QCheckBox(name, days)
            box.setChecked(day in WORKDAYS)
            box.toggled.connect(self._changed)
            self.weekdays.append(box)
            row.addWidget(box)
        self.workdays_button = QPushButton(self.tr("Mon–Fri"), days)
        self.workdays_button.setToolTip(self.tr("Monday to Friday"))
        self.workdays_button.clicked.connect(lambda: self.set_weekdays(WORKDAYS))
        row.addWidget(self.workdays_button)
        row.addStretch(1)
        self.weekdays_problem = self._problem_label()
        form.addRow(self.tr("Weekdays"), self._stacked(days, self.weekdays_problem))

        self.slots = QLineEdit(DEFAULT_SLOTS[i18n.active_language()], self)
        self.slots.setToolTip(self.tr("The day's teaching periods, separated by commas; breaks fall "
                                      "between them"))
        self.slots_problem = self._problem_label()
        form.addRow(self.tr("Daily &times"), self._stacked(self.slots, self.slots_problem))

        self.collective_leave = QCheckBox(self.tr("Skip collective leave (cuti bersama)"), self)
        self.collective_leave.setChecked(settings.skips_collective_leave(self.klass.institution_id))
        form.addRow("", self.collective_leave)

        self.lead = TrainerCombo(trainer_choices(), self, none_text=self.tr("— none for now —"))
        form.addRow(self.tr("&Lead trainer"), self.lead)

        self.jp_label = QLabel(self)
        self.jp_label.setWordWrap(True)
        self.span_label = QLabel(self)
        self.span_label.setWordWrap(True)
        self.notes = QLabel(self)  # the draft's warnings not about one field (units and JP)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.panel = ConflictPanel(self, rows=None)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(about)
        left_layout.addLayout(form)
        left_layout.addWidget(self.span_label)
        left_layout.addWidget(self.jp_label)
        left_layout.addWidget(self.notes)
        left_layout.addWidget(self.panel, 1)

        self.sessions_model = DraftSessionsModel(self)
        self.skipped_model = SkippedDaysModel(self)
        self.units_model = UnitPlanModel(self)
        self.sessions_view = preview_table(self.sessions_model, self, stretch=4)
        self.skipped_view = preview_table(self.skipped_model, self, stretch=1)
        self.units_view = preview_table(self.units_model, self, stretch=1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sessions_view, "")
        self.tabs.addTab(self.skipped_view, "")
        self.tabs.addTab(self.units_view, self.tr("JP per unit"))

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 700])
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save the schedule"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.start.dateChanged.connect(self._changed)
        self.slots.textChanged.connect(self._changed)
        self.collective_leave.toggled.connect(self._changed)
        self.lead.trainerChanged.connect(self._changed)

    def _problem_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _stacked(self, editor: QWidget, message: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(message)
        return box

    # -- inputs -------------------------------------------------------------------------------

    def set_weekdays(self, days: set[int]) -> None:
        for day, box in enumerate(self.weekdays):
            box.setChecked(day in days)

    def chosen_weekdays(self) -> set[int]:
        return {day for day, box in enumerate(self.weekdays) if box.isChecked()}

    def _changed(self) -> None:
        self._timer.start()

    # -- the preview --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Plan the schedule again from what is typed, and check it against the database."""
        self._timer.stop()
        parsed = schedule_generator.parse_slots(self.slots.text())
        problems: list[Problem] = list(parsed.problems)
        self.draft = None
        if parsed.ok:
            self.draft = schedule_generator.draft_for_class(
                self.klass.id, date_of(self.start), self.chosen_weekdays(), parsed.value,
                collective_leave=self.collective_leave.isChecked(), language=i18n.active_language())
            problems += self.draft.problems
        self.preview_conflicts = self._conflicts(self.draft) if self.draft else []
        self._show(problems)

    def _conflicts(self, draft: ScheduleDraft) -> list:
        lead = self.lead.trainer_id()
        found = conflicts.check_slots([
            conflicts.SessionSlot(self.klass.id, s.date, s.start_time, s.end_time, None, s.unit_id,
                                  (lead,) if lead else ())
            for s in draft.sessions])
        # The class's own planned sessions are replaced by the new ones: no clash with them.
        return [c for c in found if c.other_class_id != self.klass.id or c.other_session_id is None]

    def _show(self, problems: list[Problem]) -> None:
        lang = i18n.active_language()
        by_field = {"start": self.start_problem, "weekdays": self.weekdays_problem,
                    "slots": self.slots_problem}
        for key, label in by_field.items():
            mine = [p for p in problems if p.field == key]
            errors = [p for p in mine if p.is_error]
            label.setText("\n".join(p.message(lang) for p in (errors or mine)))
            label.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
            label.setVisible(bool(mine))
        others = [p for p in problems if p.field not in by_field]
        self.notes.setText("\n".join(p.message(lang) for p in others))
        self.notes.setStyleSheet(ERROR_STYLE if any(p.is_error for p in others) else WARNING_STYLE)
        self.notes.setVisible(bool(others))

        draft = self.draft
        for model in (self.sessions_model, self.skipped_model, self.units_model):
            model.set_draft(draft)
        count = len(draft.sessions) if draft else 0
        self.tabs.setTabText(0, self.tr("Sessions (%1)").replace("%1", str(count)))
        self.tabs.setTabText(1, self.tr("Skipped days (%1)").replace(
            "%1", str(len(draft.skipped) if draft else 0)))
        if draft and draft.sessions:
            self.span_label.setText(self.tr("%1 sessions, %2 to %3").replace("%1", str(count))
                                    .replace("%2", format_date(draft.first_date, with_weekday=True))
                                    .replace("%3", format_date(draft.last_date, with_weekday=True)))
        else:
            self.span_label.setText(self.tr("No sessions can be planned from these entries yet."))
        planned = draft.planned_jp if draft else 0
        self.jp_label.setText(self.tr("Planned %1 JP of the program's %2 JP").replace(
            "%1", str(planned)).replace("%2", str(self.program.total_jp)))
        self.jp_label.setStyleSheet(OK_STYLE if planned == self.program.total_jp else SHORT_STYLE)
        self.panel.set_conflicts(self.preview_conflicts, checked=bool(draft and draft.sessions),
                                 prefix=self._session_number)
        self.sessions_model.set_clashes({c.slot_index for c in conflicts.blocking(self.preview_conflicts)})
        self.save_button.setEnabled(bool(draft and draft.ok))

    def _session_number(self, conflict) -> str:
        if conflict.slot_index is None:
            return ""
        return self.tr("No. %1: ").replace("%1", str(conflict.slot_index + 1))

    # -- saving -------------------------------------------------------------------------------

    def replaced_count(self) -> int:
        """Sessions of the class a new schedule replaces (planned ones; the core decides exactly)."""
        return (ClassSession.select().where(ClassSession.training_class == self.klass.id,
                                            ClassSession.status == SessionStatus.PLANNED).count())

    def accept(self) -> None:
        if self._timer.isActive():
            self.refresh()  # save what is on screen, not what was typed a moment ago
        if not (self.draft and self.draft.ok):
            return
        existing = self.replaced_count()
        if existing and not dialogs.ask_yes_no(self, self.windowTitle(), self.tr(
                "The class already has %n planned session(s). They will be replaced by the new "
                "schedule. Continue?", "", existing)):
            return
        lead, draft = self.lead.trainer_id(), self.draft
        try:
            self.saved = with_override(self, lambda reason: schedule_generator.save_draft(
                self.store, self.klass.id, draft, trainer_id=lead, override_reason=reason))
        except NotSaved:
            return
        except ValidationFailed as failure:
            dialogs.show_problems(self, self.windowTitle(), failure.problems)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.windowTitle())
            return
        super().accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
