"""Assigning one trainer to many sessions at once (the chosen ones, a unit's, the whole class's),
or taking them off. Clashes, missing competencies and expired certificates show before saving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QGridLayout, QLabel, QLineEdit, QRadioButton,
                               QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import ClassSession, SessionStatus, TrainerRole
from ...core.services import sessions
from ...core.services.conflicts import check_assignment
from ...core.store import Store
from .. import dialogs
from ..delays import query_delay
from .choices import load_class, trainer_choices, unit_choices
from .conflict_panel import ConflictPanel
from .override_dialog import NotSaved, with_override
from .texts import unit_label
from .trainer_combo import TrainerCombo

CHECK_DELAY_MS = 200
SELECTED, UNIT, CLASS = "selected", "unit", "class"


class TrainersDialog(QDialog):
    """After Accept: ``changed`` sessions changed and the core's ``warnings``."""

    def __init__(self, store: Store, class_id: int, session_ids=(), parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or dt.date.today()
        self.klass = load_class(class_id)
        chosen = list(ClassSession.select(ClassSession.id, ClassSession.unit, ClassSession.status)
                      .where(ClassSession.id.in_(list(session_ids)),
                             ClassSession.training_class == class_id)
                      .order_by(ClassSession.date, ClassSession.start_time))
        self.selected_ids = [s.id for s in chosen if s.status != SessionStatus.CANCELLED]
        self.cancelled_selected = len(chosen) - len(self.selected_ids)
        self.changed = 0
        self.warnings: tuple = ()
        self.setWindowTitle(self.tr("Trainers — %1").replace("%1", self.klass.code))
        self._timer = query_delay(self, CHECK_DELAY_MS, self.refresh)
        self._build(chosen[0].unit_id if chosen else None)
        self.resize(640, 560)
        self.refresh()
        self.trainer.setFocus()

    def _build(self, unit_id: int | None) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trainer = TrainerCombo(trainer_choices(), self)
        form.addRow(self.tr("&Trainer"), self.trainer)
        self.lead_choice = QRadioButton(self.tr("&Lead trainer"), self)
        self.assistant_choice = QRadioButton(self.tr("&Assistant"), self)
        self.lead_choice.setChecked(True)
        roles = QWidget(self)
        row = QGridLayout(roles)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.lead_choice, 0, 0)
        row.addWidget(self.assistant_choice, 0, 1)
        row.setColumnStretch(2, 1)
        form.addRow(self.tr("Role"), roles)
        self.role_hint = QLabel(self.tr("A new lead trainer takes the place of the sessions' "
                                        "current lead."), self)
        self.role_hint.setWordWrap(True)
        self.role_hint.setStyleSheet("color: #5f5f5f;")
        form.addRow("", self.role_hint)

        scope = QWidget(self)
        grid = QGridLayout(scope)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scope_selected = QRadioButton(self.tr("The chosen sessions (%1)").replace(
            "%1", str(len(self.selected_ids))), scope)
        self.scope_unit = QRadioButton(self.tr("All sessions of the unit"), scope)
        self.scope_class = QRadioButton(self.tr("All sessions of this class"), scope)
        self.scopes = QButtonGroup(self)
        for button in (self.scope_selected, self.scope_unit, self.scope_class):
            self.scopes.addButton(button)
        self.unit = QComboBox(scope)
        for unit in unit_choices(self.klass.program_id):
            self.unit.addItem(unit_label(unit.code, unit.title), unit.id)
        self.unit.setCurrentIndex(max(self.unit.findData(unit_id), 0))
        self.from_today = QCheckBox(self.tr("Only sessions from today on"), scope)
        self.from_today.setChecked(True)
        grid.addWidget(self.scope_selected, 0, 0, 1, 2)
        grid.addWidget(self.scope_unit, 1, 0)
        grid.addWidget(self.unit, 1, 1)
        grid.addWidget(self.scope_class, 2, 0, 1, 2)
        grid.addWidget(self.from_today, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.scope_selected.setEnabled(bool(self.selected_ids))
        self.unit.setEnabled(self.unit.count() > 0)
        self.scope_unit.setEnabled(self.unit.count() > 0)
        (self.scope_selected if self.selected_ids else self.scope_class).setChecked(True)
        form.addRow(self.tr("Sessions"), scope)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        form.addRow("", self.count)

        self.reason = None
        if sessions.class_has_started(self.klass, self.today):
            self.reason = QLineEdit(self)
            self.reason.setPlaceholderText(self.tr("Kept in the class's change history"))
            form.addRow(self.tr("Reason for the change"), self.reason)

        self.panel = ConflictPanel(self, rows=None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.assign_button = self.buttons.addButton(self.tr("A&ssign"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.assign_button.setDefault(True)
        self.remove_button = self.buttons.addButton(self.tr("&Remove from these sessions"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.assign_button.clicked.connect(self.assign)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)

        self.trainer.trainerChanged.connect(self._timer.start)
        self.scopes.buttonToggled.connect(lambda *_: self._timer.start())
        self.unit.currentIndexChanged.connect(self._timer.start)
        self.from_today.toggled.connect(self._timer.start)
        self.lead_choice.toggled.connect(self._timer.start)

    # -- what the choice covers ---------------------------------------------------------------

    def role(self) -> str:
        return TrainerRole.LEAD if self.lead_choice.isChecked() else TrainerRole.ASSISTANT

    def session_ids(self) -> list[int]:
        if self.scope_selected.isChecked():
            return list(self.selected_ids)
        from_date = self.today if self.from_today.isChecked() else None
        unit_id = self.unit.currentData() if self.scope_unit.isChecked() else None
        if self.scope_unit.isChecked() and unit_id is None:
            return []
        return sessions.session_ids_for(self.klass.id, unit_id, from_date)

    def refresh(self) -> None:
        self._timer.stop()
        ids = self.session_ids()
        self.from_today.setEnabled(not self.scope_selected.isChecked())
        text = self.tr("Sessions to change: %1").replace("%1", str(len(ids)))
        if self.scope_selected.isChecked() and self.cancelled_selected:
            text += " · " + self.tr("cancelled ones left out: %1").replace(
                "%1", str(self.cancelled_selected))
        self.count.setText(text)
        trainer_id = self.trainer.trainer_id()
        ready = bool(ids) and trainer_id is not None
        self.assign_button.setEnabled(ready)
        self.remove_button.setEnabled(ready)
        if ready:
            self.panel.set_conflicts(check_assignment(ids, trainer_id))
        else:
            self.panel.set_conflicts([], checked=False)
            self.panel.summary.setText(self.tr("Choose a trainer and the sessions to see clashes "
                                               "and warnings."))

    # -- writing ------------------------------------------------------------------------------

    def _reason(self) -> str:
        return self.reason.text().strip() if self.reason is not None else ""

    def assign(self) -> None:
        self.refresh()
        ids, trainer_id, role = self.session_ids(), self.trainer.trainer_id(), self.role()
        if not ids or trainer_id is None:
            return
        try:
            self.changed, self.warnings = with_override(self, lambda override: sessions.assign_trainer(
                self.store, ids, trainer_id, role, override_reason=override, reason=self._reason(),
                today=self.today))
        except NotSaved:
            return
        except UserError as exc:
            self._refused(exc)
            return
        self.accept()

    def remove(self) -> None:
        self.refresh()
        ids, trainer_id = self.session_ids(), self.trainer.trainer_id()
        if not ids or trainer_id is None:
            return
        if not dialogs.ask_yes_no(self, self.windowTitle(), self.tr(
                "Take %1 off %2 session(s)?").replace("%1", self.trainer.currentText())
                .replace("%2", str(len(ids)))):
            return
        try:
            self.changed, self.warnings = sessions.unassign_trainer(
                self.store, ids, trainer_id, reason=self._reason(), today=self.today)
        except UserError as exc:
            self._refused(exc)
            return
        self.accept()

    def _refused(self, exc: UserError) -> None:
        problems = getattr(exc, "problems", None)
        if problems:
            dialogs.show_problems(self, self.windowTitle(), problems)
        else:
            dialogs.show_user_error(self, exc, self.windowTitle())

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
