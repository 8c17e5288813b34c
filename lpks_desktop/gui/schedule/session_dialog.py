"""Adding one session to a class, or changing (moving) one: when, what, where and who teaches.

Conflicts with every other session in the database are checked as the clerk
types and listed under the form. On Save the core checks again; when it refuses
because of hard conflicts the clerk may write why and save anyway.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QLabel, QLineEdit,
                               QListView, QPushButton, QSizePolicy, QSpinBox, QWidget)

from ...core.models import ClassSession, SessionStatus, SessionTrainer, TrainerRole
from ...core.services import sessions
from ...core.services.closed_days import closed_days
from ...core.services.conflicts import SessionSlot, check_slot
from ...core.store import Store
from ...core.validation.problems import Problem
from ..forms.fields import FormField
from ..forms.form_dialog import FormDialog
from ..formatting import format_date
from .choices import (Choice, first_unit_short_of_jp, load_class, room_choices, trainer_choices,
                      unit_choices)
from .conflict_panel import ConflictPanel, as_problems
from .editors import date_edit, date_of, set_date, set_time, time_edit, time_of
from .override_dialog import NotSaved, with_override
from .texts import minutes_between, unit_label
from .trainer_combo import TrainerCombo

DEFAULT_TIMES = (dt.time(8, 0), dt.time(12, 0))


class TrainerListModel(QAbstractListModel):
    """The assistants chosen so far, by name."""

    def __init__(self, names: dict[int, str], parent=None):
        super().__init__(parent)
        self._names = names
        self._ids: list[int] = []

    def ids(self) -> list[int]:
        return list(self._ids)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(dict.fromkeys(ids))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            trainer_id = self._ids[index.row()]
            return self._names.get(trainer_id, str(trainer_id))
        return None


class AssistantsEditor(QWidget):
    """Assistant trainers: pick one in the combo and Add; select one in the list and Remove."""

    changed = Signal()

    def __init__(self, choices: list[Choice], parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = TrainerCombo(choices, self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.model = TrainerListModel({c.id: c.text for c in choices}, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFixedHeight(self.view.fontMetrics().lineSpacing() * 3 + 10)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, 0)
        layout.addWidget(self.add_button, 0, 1)
        layout.addWidget(self.view, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        # Fixed, or the form's spare height lands between the combo and the list.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)

    def value(self) -> list[int]:
        return self.model.ids()

    def set_value(self, ids) -> None:
        self.model.set_ids(list(ids or []))
        self.changed.emit()

    def add_chosen(self) -> None:
        trainer_id = self.combo.trainer_id()
        if trainer_id is not None and trainer_id not in self.model.ids():
            self.model.set_ids(self.model.ids() + [trainer_id])
            self.combo.set_trainer(None)
            self.changed.emit()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        if rows:
            self.model.set_ids([t for n, t in enumerate(self.model.ids()) if n not in rows])
            self.changed.emit()


class SessionDialog(FormDialog):
    """``session_id`` None: a new session of ``class_id``. After Save, ``saved_id`` is the session."""

    def __init__(self, store: Store, *, class_id: int | None = None, session_id: int | None = None,
                 parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(store, "", parent)
        self.today = today or dt.date.today()
        self.session = ClassSession.get_by_id(session_id) if session_id else None
        self.klass = load_class(self.session.training_class_id if self.session else class_id)
        self.started = sessions.class_has_started(self.klass, self.today)
        self.current_trainers = self._current_trainers()
        if self.session is None:
            self.setWindowTitle(self.tr("New session — %1").replace("%1", self.klass.code))
        else:
            self.setWindowTitle(self.tr("Session of %1 — %2").replace("%1", format_date(
                self.session.date, with_weekday=True)).replace("%2", self.klass.code))
        self._jp_follows_times = True
        self._topic_follows_unit = True
        self._loading = False
        self._build()
        self.resize(680, 620)
        self._jp_follows_times = self.session is None or self.session.jp == sessions.default_jp(
            self.session.start_time, self.session.end_time)
        self.load(self._initial_values())
        self._topic_follows_unit = self._topic_matches_unit()

    def reload_record(self) -> None:
        self.session = ClassSession.get_by_id(self.session.id)
        self.current_trainers = self._current_trainers()
        self.load(self._initial_values())

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        trainer_ids = tuple(self.current_trainers)
        trainers = trainer_choices(trainer_ids)
        self.date = self._field("date", self.tr("Date"), date_edit(self), date_of, self._set_date,
                                "dateChanged")
        self.start = self._field("start_time", self.tr("Starts at"), time_edit(self), time_of,
                                 lambda e, v: set_time(e, v), "timeChanged")
        self.end = self._field("end_time", self.tr("Ends at"), time_edit(self), time_of,
                               lambda e, v: set_time(e, v), "timeChanged")
        jp_editor = QSpinBox(self)
        jp_editor.setRange(0, 24)
        jp_editor.setSuffix(self.tr(" JP"))
        self.jp = self._field("jp", self.tr("JP"), jp_editor, lambda e: e.value(),
                              lambda e, v: e.setValue(int(v or 0)), "valueChanged")
        self.jp_hint = QLabel(self)
        self.jp_hint.setStyleSheet("color: #5f5f5f;")
        self.form.addRow("", self.jp_hint)
        units = QComboBox(self)
        units.addItem(self.tr("No unit (free topic)"), None)
        self.unit_titles: dict[int, str] = {}
        for unit in unit_choices(self.klass.program_id):
            units.addItem(unit_label(unit.code, unit.title), unit.id)
            self.unit_titles[unit.id] = unit.title
        self.unit = self._field("unit_id", self.tr("Competency unit"), units,
                                lambda e: e.currentData(), self._set_combo, "currentIndexChanged")
        topic = QLineEdit(self)
        topic.setMaxLength(300)
        self.topic = self._field("topic", self.tr("Topic"), topic, lambda e: e.text(),
                                 lambda e, v: e.setText(v or ""), "textEdited")
        rooms = QComboBox(self)
        class_room = self.klass.room.name if self.klass.room_id else self.tr("none chosen")
        rooms.addItem(self.tr("The class's room (%1)").replace("%1", class_room), None)
        own = [c for c in room_choices(self.session.room_id if self.session else None)
               if c.institution_id == self.klass.institution_id]
        others = [c for c in room_choices(self.session.room_id if self.session else None)
                  if c.institution_id != self.klass.institution_id]
        for choice in own + others:
            rooms.addItem(choice.text, choice.id)
        self.room = self._field("room_id", self.tr("Room"), rooms, lambda e: e.currentData(),
                                self._set_combo, "currentIndexChanged")
        lead = TrainerCombo(trainers, self, none_text=self.tr("— no lead trainer —"))
        self.lead = self._field("lead", self.tr("Lead trainer"), lead, lambda e: e.trainer_id(),
                                lambda e, v: e.set_trainer(v), "trainerChanged")
        assistants = AssistantsEditor(trainers, self)
        self.assistants = self._field("trainers", self.tr("Assistants"), assistants,
                                      lambda e: e.value(), lambda e, v: e.set_value(v), "changed")
        self.reason = None
        if self.started:
            reason = QLineEdit(self)
            reason.setPlaceholderText(self.tr("Kept in the class's change history, e.g. trainer ill"))
            self.reason = self._field("reason", self.tr("Reason for the change"), reason,
                                      lambda e: e.text(), lambda e, v: e.setText(v or ""), "textEdited")
        self.panel = ConflictPanel(self)
        self.layout().insertWidget(self.layout().count() - 1, self.panel)

        self.start.editor.timeChanged.connect(self._times_changed)
        self.end.editor.timeChanged.connect(self._times_changed)
        jp_editor.valueChanged.connect(self._jp_typed)
        units.currentIndexChanged.connect(self._unit_changed)
        topic.textEdited.connect(lambda _text: setattr(self, "_topic_follows_unit", False))

    def _field(self, key, label, editor, read, write, signal) -> FormField:
        field = FormField(key, label, editor, lambda: read(editor), lambda v: write(editor, v), self)
        getattr(editor, signal).connect(field.changed)
        return self.add_field(field)

    @staticmethod
    def _set_combo(editor: QComboBox, value) -> None:
        editor.setCurrentIndex(max(editor.findData(value), 0))

    @staticmethod
    def _set_date(editor, value: dt.date | None) -> None:
        if value is not None:
            set_date(editor, value)

    def _current_trainers(self) -> dict[int, str]:
        if self.session is None:
            return {}
        return {trainer_id: role for trainer_id, role in
                SessionTrainer.select(SessionTrainer.trainer, SessionTrainer.role)
                .where(SessionTrainer.session == self.session.id)
                .order_by(SessionTrainer.id).tuples()}

    def _initial_values(self) -> dict[str, Any]:
        if self.session is not None:
            session = self.session
            lead = next((t for t, role in self.current_trainers.items() if role == TrainerRole.LEAD), None)
            return {"date": session.date, "start_time": session.start_time,
                    "end_time": session.end_time, "jp": session.jp, "unit_id": session.unit_id,
                    "topic": session.topic, "room_id": session.room_id, "lead": lead,
                    "trainers": [t for t, role in self.current_trainers.items()
                                 if role == TrainerRole.ASSISTANT], "reason": ""}
        last = (ClassSession.select().where(ClassSession.training_class == self.klass.id,
                                            ClassSession.status != SessionStatus.CANCELLED)
                .order_by(ClassSession.date.desc(), ClassSession.end_time.desc()).first())
        if last is not None:
            day, (start, end) = last.date + dt.timedelta(days=1), (last.start_time, last.end_time)
        else:
            day, (start, end) = self.klass.start_date or self.today, DEFAULT_TIMES
        # A weekend or a holiday is the exception, not the default; the core warns if it is chosen.
        closed = closed_days(self.klass.institution_id, day, day + dt.timedelta(days=31))
        while day.weekday() >= 5 or day in closed:
            day += dt.timedelta(days=1)
        unit_id = first_unit_short_of_jp(self.klass.id, self.klass.program_id)
        return {"date": day, "start_time": start, "end_time": end,
                "jp": sessions.default_jp(start, end), "unit_id": unit_id,
                "topic": self.unit_titles.get(unit_id, ""), "room_id": None, "lead": None,
                "trainers": [], "reason": ""}

    # -- following the clerk's typing ---------------------------------------------------------

    def _times_changed(self) -> None:
        start, end = time_of(self.start.editor), time_of(self.end.editor)
        if end <= start:
            self.jp_hint.setText("")
            return
        fit = sessions.default_jp(start, end)
        self.jp_hint.setText(self.tr("%1 minutes: %2 JP fit").replace(
            "%1", str(minutes_between(start, end))).replace("%2", str(fit)))
        if self._jp_follows_times and not self._loading and self.jp.value() != fit:
            self.jp.editor.blockSignals(True)
            self.jp.set_value(fit)
            self.jp.editor.blockSignals(False)

    def _jp_typed(self) -> None:
        if self._loading:
            return
        start, end = time_of(self.start.editor), time_of(self.end.editor)
        self._jp_follows_times = end > start and self.jp.value() == sessions.default_jp(start, end)

    def _topic_matches_unit(self) -> bool:
        topic = self.topic.value().strip()
        return not topic or topic == self.unit_titles.get(self.unit.value(), "")

    def _unit_changed(self) -> None:
        if self._topic_follows_unit and not self._loading:
            self.topic.set_value(self.unit_titles.get(self.unit.value(), ""))

    def load(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            super().load(values)
        finally:
            self._loading = False
        self._times_changed()

    # -- checking and saving ------------------------------------------------------------------

    def slot(self, values: dict[str, Any]) -> SessionSlot | None:
        if values["end_time"] <= values["start_time"]:
            return None
        trainers = tuple(t for t in [values["lead"], *values["trainers"]] if t is not None)
        return SessionSlot(self.klass.id, values["date"], values["start_time"], values["end_time"],
                           values["room_id"], values["unit_id"], trainers,
                           self.session.id if self.session else None)

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        slot = self.slot(values)
        if self.session is not None and self.session.status == SessionStatus.CANCELLED:
            self.panel.set_conflicts([])
        elif slot is None:
            self.panel.set_conflicts([], checked=False)
        else:
            self.panel.set_conflicts(check_slot(slot))
        return []

    def core_values(self, values: dict[str, Any]) -> dict[str, Any]:
        return {key: values[key] for key in ("date", "start_time", "end_time", "room_id", "unit_id",
                                             "topic", "jp")}

    def chosen_trainers(self, values: dict[str, Any]) -> list[tuple[int, str]]:
        chosen = [(values["lead"], TrainerRole.LEAD)] if values["lead"] is not None else []
        return chosen + [(t, TrainerRole.ASSISTANT) for t in values["trainers"] if t != values["lead"]]

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        reason = (values.get("reason") or "").strip()
        trainers = self.chosen_trainers(values)

        def write(override_reason: str):
            if self.session is None:
                session, warnings = sessions.add_session(
                    self.store, self.klass.id, {**self.core_values(values), "trainers": trainers},
                    override_reason=override_reason, reason=reason, today=self.today)
                return session.id, list(warnings)
            return self._update(values, trainers, override_reason, reason)

        try:
            saved_id, warnings = with_override(self, write)
        except NotSaved:
            raise _KeepOpen() from None
        return saved_id, as_problems(warnings)

    def _update(self, values, trainers, override_reason: str, reason: str):
        """The session's fields and its trainers, all or nothing."""
        session_id = self.session.id
        wanted = dict(trainers)
        warnings: list = []
        with self.store.transaction():
            for trainer_id in self.current_trainers:
                if trainer_id not in wanted:
                    sessions.unassign_trainer(self.store, [session_id], trainer_id, reason=reason,
                                              today=self.today)
            _, found = sessions.update_session(self.store, session_id, self.core_values(values),
                                               override_reason=override_reason, reason=reason,
                                               today=self.today, loaded=self.session)
            warnings += found
            for trainer_id, role in trainers:
                if self.current_trainers.get(trainer_id) != role:
                    _, found = sessions.assign_trainer(self.store, [session_id], trainer_id, role,
                                                       override_reason=override_reason,
                                                       reason=reason, today=self.today)
                    warnings += found
        return session_id, warnings

    def accept(self) -> None:
        try:
            super().accept()
        except _KeepOpen:
            self.run_live_check()

    def done(self, result: int) -> None:
        self._live_timer.stop()  # no check after the dialog has closed
        super().done(result)


class _KeepOpen(Exception):
    """The clerk declined to save anyway: the dialog stays open with what was typed."""
