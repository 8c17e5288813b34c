"""The class window's assessment: who is competent in which unit, typed from the assessors' sheets.

The grid is read when the tab is first shown. Unsaved results survive switching
what the grid shows (result, score, pre-test, post-test); they are saved together
in one transaction (Ctrl+S). Participants holding a valid certificate are shown
greyed and cannot be changed until the certificate is revoked.

The tab answers the class window as the attendance tab does: ``loaded``,
``ensure_loaded``, ``reload``, ``has_unsaved``, ``save``, ``discard``, ``count``,
``title``, ``changed`` and ``model.pendingChanged``; ``maybe_save`` asks the
closing question.
"""

from __future__ import annotations

import html

import datetime as dt

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolBar, QVBoxLayout, QWidget

from ...core.errors import UserError
from ...core.models import TrainingClass
from ...core.services.assessments import AssessmentConflict, save_results
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs
from .grid_model import MODES, RESULT_COLOURS, UNIT, AssessmentGridModel, cell_text, mode_names
from .grid_view import PENDING_MARK, AssessmentGridView

ERROR_STYLE = "color: #b3261e;"


class AssessmentTab(QWidget):
    changed = Signal()  # results were saved: eligibility and lists elsewhere may change

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        self.today = today
        self.loaded = False
        self._last_save: list | None = None  # SaveOutcome.previous of the last save, to undo it
        self.model = AssessmentGridModel(class_id, self)
        self.view = AssessmentGridView(self)
        self.view.setModel(self.model)

        self.mode_combo = QComboBox(self)
        for mode in MODES:
            self.mode_combo.addItem(mode_names()[mode], mode)
        self.mode_combo.setToolTip(self.tr("What the unit columns show and what typing enters"))
        mode_label = QLabel(self.tr("Sho&w:"), self)
        mode_label.setBuddy(self.mode_combo)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_action = self._action(self.tr("Sa&ve"), self.save,
                                        self.tr("Save all unsaved results at once (Ctrl+S)"),
                                        QKeySequence.StandardKey.Save)
        self.discard_action = self._action(self.tr("&Discard"), self.ask_discard,
                                           self.tr("Forget every unsaved change"))
        stack = self.model.undo_stack
        self.undo_action = self._action(self.tr("Undo"), stack.undo, self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_action = self._action(self.tr("Redo"), stack.redo, self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_save_action = self._action(self.tr("Undo last save"), self.undo_last_save,
                                             self.tr("Put back the results as they were before the last save"))
        self.undo_save_action.setEnabled(False)
        self.toolbar.addSeparator()
        self.competent_action = self._action(
            self.tr("All &competent"), self.mark_competent,
            self.tr("Mark the chosen cells competent, or with one cell chosen every unassessed cell of "
                    "its unit (Ctrl+Shift+K)"))

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(mode_label)
        top.addWidget(self.mode_combo)
        top.addWidget(self.toolbar, 1)

        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(self._legend_html())
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.pending_label = QLabel(self)
        self.pending_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pending_label.setStyleSheet(f"font-weight: 600; color: {PENDING_MARK.name()};")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.pending_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)

        self.mode_combo.activated.connect(lambda position: self.show_mode(self.mode_combo.itemData(position)))
        self.view.saveRequested.connect(self.save)
        self.view.hint.connect(self.say)
        self.model.pendingChanged.connect(self._pending_changed)
        self.model.problem.connect(self.say_problem)
        self._pending_changed(0)

    def _action(self, text: str, slot, tip: str, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _legend_html(self) -> str:
        competent = RESULT_COLOURS["K"].name()
        not_yet = RESULT_COLOURS["BK"].name()
        # Each text on its own: the translation tools do not read tr() calls inside f-strings.
        words = {
            "competent": html.escape(self.tr("competent")),
            "not_yet": html.escape(self.tr("not yet competent")),
            "pending": html.escape(self.tr("not saved yet")),
            "read_only": html.escape(self.tr("read-only (certificate issued)")),
            "bold": html.escape(self.tr("bold unit")),
            "required": html.escape(self.tr("required")),
        }
        chips = (f'<span style="background-color:{competent}; color:#1b1b1b;">&nbsp;K&nbsp;</span> '
                 f'{words["competent"]} &nbsp; '
                 f'<span style="background-color:{not_yet}; color:#1b1b1b;">&nbsp;BK&nbsp;</span> '
                 f'{words["not_yet"]} &nbsp; '
                 f'<span style="color:{PENDING_MARK.name()};">▌</span><b><i>K</i></b> {words["pending"]} '
                 f'&nbsp; <span style="background-color:#e4e4e4;">&nbsp;&nbsp;&nbsp;</span> '
                 f'{words["read_only"]} &nbsp; <b>{words["bold"]}</b>: {words["required"]}')
        keys = self.tr("Keys: K competent · B not yet competent (then down) · digits type a score · Del clear · "
                       "Enter/F2 edit · Ctrl+Shift+K all competent · Ctrl+Z undo · Ctrl+S save")
        return f"{chips}<br><span style='color:palette(placeholder-text);'>{keys}</span>"

    # -- loading --------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read the grid again; unsaved results stay."""
        first = not self.loaded
        try:
            self.model.load()
        except TrainingClass.DoesNotExist:
            self.say_problem(self.tr("This class no longer exists."))
            return
        self.loaded = True
        if first:
            self._place_cursor()

    def _place_cursor(self) -> None:
        """On the first editable cell without a result, so typing can start at once."""
        model = self.model
        for column in range(len(model.units)):
            for row in range(model.rowCount()):
                index = model.index(row, column)
                value = model.value(model.key_at(index))
                if model.is_editable(index) and (value is None or value.result is None):
                    self.view.select_cell(row, column)
                    return
        if model.rowCount() and model.units:
            self.view.select_cell(0, 0)

    def show_mode(self, mode: str) -> None:
        """Show and type results, scores, pre-tests or post-tests."""
        self.model.set_mode(mode)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.view.setFocus()

    # -- state ----------------------------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.model.pending_count() > 0

    has_unsaved_changes = has_unsaved

    def count(self) -> int:
        return len(self.model.people)

    def title(self) -> str:
        return self.tr("Assessment")

    def discard(self) -> None:
        self.model.discard()

    def ask_discard(self) -> None:
        count = self.model.pending_count()
        if count and dialogs.ask_yes_no(self, self.title(), self.tr("Forget %n unsaved changes?", "", count)):
            self.discard()
            self.say(self.tr("Unsaved changes discarded."))

    def maybe_save(self) -> bool:
        """Before the window closes: save, discard or stay. True when it may close."""
        if not self.has_unsaved():
            return True
        choice = dialogs.ask_save_discard_cancel(
            self, self.title(), self.tr("%n assessment results are not saved yet. Save them before closing?", "",
                                        self.model.pending_count()))
        if choice == "cancel" or (choice == "save" and not self.save()):
            return False
        if choice == "discard":
            self.discard()
        return True

    def _pending_changed(self, count: int) -> None:
        self.pending_label.setText(self.tr("%n unsaved changes", "", count) if count else "")
        self.save_action.setEnabled(count > 0)
        self.discard_action.setEnabled(count > 0)
        if count:
            self._last_save = None
            self.undo_save_action.setEnabled(False)
            self.status_label.setStyleSheet("")
            self.status_label.clear()

    def say(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def say_problem(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)

    def mark_competent(self) -> None:
        changed = self.view.mark_competent()
        self.say(self.tr("%n cells marked competent.", "", changed) if changed
                 else self.tr("No unassessed cell to mark competent."))
        self.view.setFocus()

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save every unsaved result in one transaction. True when nothing is left unsaved."""
        changes = self.model.pending_changes()
        if not changes:
            return True
        try:
            outcome = save_results(self.store, self.class_id, changes, today=self.today)
        except ValidationFailed as exc:
            self._refused(exc)
            return False
        except AssessmentConflict as exc:
            self._conflict(exc)
            return False
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.title())
            return False
        self.model.clear_edits()
        self.model.reload()
        self._last_save = outcome.previous
        self.undo_save_action.setEnabled(bool(outcome.previous))
        text = self.tr("Saved: %n results written", "", outcome.written)
        if outcome.cleared:
            text += ", " + self.tr("%n cleared", "", outcome.cleared)
        self.say(text + ".")
        self.changed.emit()
        return True

    def _refused(self, exc: ValidationFailed) -> None:
        """Nothing was saved; the edits stay and the refused cells are selected."""
        cells = [key for key, _ in getattr(exc, "cells", [])]
        dialogs.show_problems(self, self.tr("The results were not saved"), exc.problems)
        self.say_problem(self.tr("Nothing was saved: correct the %n refused cells and save again.", "",
                                 len(cells) or len(exc.errors)))
        indexes = [index for index in (self.model.index_of(key) for key in cells) if index.isValid()]
        if indexes:
            selection = QItemSelection()
            for index in indexes:
                selection.select(index, index)
            self.view.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(indexes[0])

    def _conflict(self, exc: AssessmentConflict) -> None:
        """Someone else saved some of these cells: show theirs, keep the clerk's other edits."""
        mine = {key: self.model.value(key) for key in exc.cells}
        self.model.drop_pending(exc.cells)
        self.model.reload()
        self.model.set_conflicts(exc.cells)
        lines = []
        for key in exc.cells[:12]:
            row, column = self.model.row_of(key[1]), self.model.unit_column(key[0])
            name = self.model.people[row].full_name if row is not None else "?"
            unit = self.model.unit_at(column) if column is not None else None
            lines.append("• " + self.tr("%1, %2: you typed %3, saved meanwhile: %4").replace("%1", name)
                         .replace("%2", unit.code if unit else "?").replace("%3", cell_text(mine.get(key)))
                         .replace("%4", cell_text(self.model.saved(key))))
        if len(exc.cells) > 12:
            lines.append(self.tr("… and %n more", "", len(exc.cells) - 12))
        kept = self.model.pending_count()
        text = (self.tr("Nothing was saved: someone else saved these results after you opened the grid.")
                + "\n\n" + "\n".join(lines) + "\n\n"
                + self.tr("Their values are now shown (framed in red). Your %n other changes are kept: "
                          "check and save again.", "", kept))
        dialogs.warn(self, self.tr("Results changed by someone else"), text)
        self.say_problem(self.tr("%n cells were changed by someone else; their values are shown.", "",
                                 len(exc.cells)))
        self.view.viewport().update()

    def undo_last_save(self) -> None:
        previous = self._last_save
        if not previous or self.has_unsaved():
            return
        title = self.tr("The last save was not undone")
        try:
            save_results(self.store, self.class_id, previous, today=self.today)
        except ValidationFailed as exc:
            dialogs.show_problems(self, title, exc.problems)
            return
        except AssessmentConflict as exc:
            self.model.reload()
            self.model.set_conflicts(exc.cells)
            dialogs.show_user_error(self, exc, title)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.title())
            return
        self._last_save = None
        self.undo_save_action.setEnabled(False)
        self.model.reload()
        self.say(self.tr("The last save was undone: the results are back as they were."))
        self.changed.emit()

    def chosen_unit_ids(self) -> list[int]:
        model = self.model
        columns = {index.column() for index in self.view.chosen_indexes()
                   if model.column_kind(index.column()) == UNIT}
        return [model.unit_at(column).id for column in sorted(columns)]

