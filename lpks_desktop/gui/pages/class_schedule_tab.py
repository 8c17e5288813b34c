"""The class window's schedule: its sessions, what they cover of the program, and the actions on them.

The actions (generate, add, edit, cancel, restore, delete, trainers, journal,
print) live in ``gui.schedule.actions``; each returns True when it changed
something, and the tab then reloads, keeping the selection and the scroll
position. That module is imported when an action is first used.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.services.classes import class_schedule
from ...core.services.schedule_summary import jp_summary
from ...core.store import Store
from .. import dialogs
from ..formatting import format_number
from ..models.schedule_model import ScheduleModel
from ..models.unit_jp_model import UnitJpModel
from .compact_tables import compact_table

ACTIONS_MODULE = "..schedule.actions"
SHORT_STYLE = "color: #b3261e;"
OVER_STYLE = "color: #8a5a00;"


def schedule_actions():
    """The schedule actions module, imported on first use."""
    return importlib.import_module(ACTIONS_MODULE, __package__)


class ClassScheduleTab(QWidget):
    changed = Signal()  # an action changed the class's sessions

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        self.model = ScheduleModel(self)
        self.units = UnitJpModel(self)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.generate_action = self._action(self.tr("Generate schedule…"), "generate", None,
                                            self.tr("Plan all sessions at once from a start date, "
                                                    "weekdays and daily hours"))
        self.add_action = self._action(self.tr("Add session…"), "add", QKeySequence.StandardKey.New,
                                       self.tr("Add one session (Ctrl+N)"))
        self.edit_action = self._action(self.tr("Edit / move…"), "edit", QKeySequence(Qt.Key.Key_F2),
                                        self.tr("Change the date, time, room, unit or JP of the "
                                                "session (F2 or double-click)"))
        self.toolbar.addSeparator()
        self.cancel_action = self._action(self.tr("Cancel session…"), "cancel", None,
                                          self.tr("Cancel the selected sessions, with a reason"))
        self.restore_action = self._action(self.tr("Restore"), "restore", None,
                                           self.tr("Bring the selected cancelled sessions back"))
        self.delete_action = self._action(self.tr("Delete…"), "delete",
                                          QKeySequence.StandardKey.Delete,
                                          self.tr("Delete the selected sessions (Del)"))
        self.toolbar.addSeparator()
        self.trainers_action = self._action(self.tr("Trainers…"), "trainers", QKeySequence("Ctrl+T"),
                                            self.tr("Assign trainers to the selected sessions "
                                                    "(Ctrl+T)"))
        self.journal_action = self._action(self.tr("Journal…"), "journal", QKeySequence("Ctrl+J"),
                                           self.tr("Write the trainer journal of the session "
                                                   "(Ctrl+J)"))
        self.print_action = self._action(self.tr("Print journal…"), "print",
                                         QKeySequence.StandardKey.Print,
                                         self.tr("The class's trainer journal as a PDF (Ctrl+P)"))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((45, 215, 105, 40, 300, 140, 230, 85, 80)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.unit_view = compact_table(self.units, self, (150, 0, 95, 105, 100), stretch=1)
        self.unit_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.unit_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        below_layout.addWidget(self.summary_label)
        below_layout.addWidget(self.unit_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        # Double-click and Enter edit the session.
        self.table.activated.connect(lambda index: self.run("edit"))
        self.reload()

    def _action(self, text: str, name: str, shortcut, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while the schedule is shown, so Del in another tab does not delete sessions.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.run(name))
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # -- loading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the sessions again, keeping the selected rows and the scroll position."""
        selected = self.selected_ids()
        current = self.table.currentIndex()
        current_id = self.model.session_id(current.row()) if current.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(class_schedule(self.class_id))
        self.units.set_summary(summary := jp_summary(self.class_id))
        self._show_summary(summary)
        self.select_ids(selected, current_id)
        self.table.verticalScrollBar().setValue(scroll)

    def _show_summary(self, summary: dict) -> None:
        program, planned = summary["program_jp"], summary["planned_jp"]
        text = (self.tr("Scheduled: %1 of the program's %2 JP · delivered (journals written): %3 JP")
                .replace("%1", format_number(planned)).replace("%2", format_number(program))
                .replace("%3", format_number(summary["delivered_jp"])))
        style = ""
        if planned < program:
            text += " · " + self.tr("%1 JP still to schedule").replace("%1", format_number(program - planned))
            style = SHORT_STYLE
        elif planned > program:
            text += " · " + self.tr("%1 JP more than the program").replace(
                "%1", format_number(planned - program))
            style = OVER_STYLE
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(style)

    # -- selection ------------------------------------------------------------------------------

    def selected_rows(self) -> list[dict]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(row) for row in rows]

    def selected_ids(self) -> list[int]:
        return [row["session_id"] for row in self.selected_rows()]

    def select_ids(self, session_ids: list[int], current_id: int | None = None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for session_id in session_ids:
            row = self.model.row_of(session_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        if current_id is not None and (row := self.model.row_of(current_id)) is not None:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        self.table.selectionModel().select(selection, flags.ClearAndSelect)

    def update_actions(self, *args) -> None:
        rows = self.selected_rows()
        live = [row for row in rows if row["status"] != "cancelled"]
        cancelled = [row for row in rows if row["status"] == "cancelled"]
        one_live = len(rows) == 1 and len(live) == 1
        self.edit_action.setEnabled(one_live)
        self.cancel_action.setEnabled(bool(live))
        self.restore_action.setEnabled(bool(cancelled))
        self.delete_action.setEnabled(bool(rows))
        self.trainers_action.setEnabled(bool(live))
        # A journal is written once the session has taken place.
        self.journal_action.setEnabled(one_live and live[0]["date"] <= self.model.today())

    # -- actions --------------------------------------------------------------------------------

    def run(self, name: str) -> bool:
        """Run one schedule action on the selection; True when it changed something."""
        rows = self.selected_rows()
        live = [row["session_id"] for row in rows if row["status"] != "cancelled"]
        cancelled = [row["session_id"] for row in rows if row["status"] == "cancelled"]
        enabled = {"generate": True, "add": True, "print": True,
                   "edit": self.edit_action.isEnabled(), "cancel": bool(live),
                   "restore": bool(cancelled), "delete": bool(rows), "trainers": bool(live),
                   "journal": self.journal_action.isEnabled()}
        if not enabled[name]:
            return False
        try:
            actions = schedule_actions()
        except ImportError:
            dialogs.warn(self, self.tr("Schedule"),
                         self.tr("This version cannot change schedules yet."))
            return False
        calls = {
            "generate": lambda: actions.generate_schedule(self, self.store, self.class_id),
            "add": lambda: actions.add_session(self, self.store, self.class_id),
            "edit": lambda: actions.edit_session(self, self.store, live[0]),
            "cancel": lambda: actions.cancel_sessions(self, self.store, live),
            "restore": lambda: actions.restore_sessions(self, self.store, cancelled),
            "delete": lambda: actions.delete_sessions(self, self.store, [r["session_id"] for r in rows]),
            "trainers": lambda: actions.assign_trainers(self, self.store, self.class_id, live),
            "journal": lambda: actions.write_journal(self, self.store, live[0]),
            "print": lambda: actions.print_journal(self, self.store, self.class_id),
        }
        try:
            changed = bool(calls[name]())
        except AttributeError as missing:
            if getattr(missing, "obj", None) is not actions:
                raise
            dialogs.warn(self, self.tr("Schedule"), self.tr("This version cannot do that yet."))
            return False
        except UserError as exc:
            # Refused, nothing written; what is shown may be stale (another PC), so read it again.
            dialogs.show_user_error(self, exc)
            self.reload()
            return False
        if changed:
            self.reload()
            self.changed.emit()
        return changed
