"""The class window's attendance: the grid, what the clerk can do with it, and where the class stands.

The grid is read when the tab is first shown, not when the class window opens.
Unsaved marks survive switching between one session and all sessions; they are
saved together in one transaction (Ctrl+S). Printing, the recap and the import
are loaded when first used.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolBar, QToolButton,
                               QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import TrainingClass
from ...core.services.attendance import AttendanceConflict, save_marks
from ...core.services.classes import class_schedule
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs, i18n
from ..formatting import format_date
from .grid_model import MARK_COLOURS, SESSION, AttendanceGridModel, format_time, mark_name
from .grid_view import AttendanceGridView, LATE_MARK, NOTE_MARK, PENDING_MARK

# Texts are looked up by literal context and source, as the translation tool finds them.
translate = QCoreApplication.translate

ALL_SESSIONS = 0  # the session chooser's data for "All sessions"
ERROR_STYLE = "color: #b3261e;"
RISK_STYLE = "color: #8a5300;"



def rule_name(rule: str) -> str:
    names = {"absent": translate("AttendanceTab", "counted as absent"),
             "present": translate("AttendanceTab", "counted as present"),
             "excluded": translate("AttendanceTab", "left out of the total")}
    return names.get(rule, rule)


class AttendanceTab(QWidget):
    changed = Signal()  # marks were saved (or imported): rates and lists elsewhere may change

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        self.today = today
        self.loaded = False
        self._last_save: list | None = None  # SaveOutcome.previous of the last save, to undo it
        self._sessions: list[dict] = []
        self.model = AttendanceGridModel(class_id, self, today=today)
        self.view = AttendanceGridView(self)
        self.view.setModel(self.model)

        self.session_combo = QComboBox(self)
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_combo.setMinimumContentsLength(24)
        self.session_combo.setToolTip(self.tr("Type the marks of one session (with arrival times and notes) "
                                              "or of all sessions at once"))
        session_label = QLabel(self.tr("Sho&w:"), self)
        session_label.setBuddy(self.session_combo)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_action = self._action(self.tr("Sa&ve"), self.save,
                                        self.tr("Save all unsaved marks at once (Ctrl+S)"),
                                        QKeySequence.StandardKey.Save)
        # Fixed texts (the stack's own actions say "Undo Mark H", making the toolbar jump about);
        # the tooltip names the step.
        stack = self.model.undo_stack
        self.undo_action = self._action(self.tr("Undo"), stack.undo, self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_action = self._action(self.tr("Redo"), stack.redo, self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo_action.setToolTip(
            self.tr("Undo: %1 (Ctrl+Z)").replace("%1", text) if text else self.tr("Undo the last change (Ctrl+Z)")))
        stack.redoTextChanged.connect(lambda text: self.redo_action.setToolTip(
            self.tr("Redo: %1 (Ctrl+Shift+Z or Ctrl+Y)").replace("%1", text) if text
            else self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)")))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_save_action = self._action(self.tr("Undo last save"), self.undo_last_save,
                                             self.tr("Put back the marks as they were before the last save"))
        self.undo_save_action.setEnabled(False)
        self.toolbar.addSeparator()
        self.present_action = self._action(
            self.tr("All presen&t"), self.fill_present,
            self.tr("Mark every empty cell of the chosen session(s) H, as one step (Ctrl+Shift+H)"))
        self.note_action = self._action(self.tr("&Note…"), self.view.open_details,
                                        self.tr("Mark, arrival time and note of the chosen cells (Enter or F2)"))
        self.toolbar.addSeparator()
        self.import_action = self._action(self.tr("I&mport marks…"), self.import_marks,
                                          self.tr("Read marks typed elsewhere from an XLSX or CSV file; every "
                                                  "problem is shown before anything is written"))
        self.template_action = QAction(self.tr("Save an empty template…"), self)
        self.template_action.setToolTip(self.tr("An XLSX with this class's participants and sessions to fill in"))
        self.template_action.triggered.connect(self.save_template)
        self._attach_menu(self.import_action, [self.template_action])
        self.print_action = self._action(self.tr("P&rint…"), self.print_sheets,
                                         self.tr("Attendance sheets to sign, or the class grid (Ctrl+P)"))
        self.recap_xlsx_action = QAction(self.tr("Recap as XLSX…"), self)
        self.recap_xlsx_action.triggered.connect(lambda: self.export_recap("xlsx"))
        self.recap_pdf_action = QAction(self.tr("Recap as PDF…"), self)
        self.recap_pdf_action.triggered.connect(lambda: self.export_recap("pdf"))
        self.recap_action = self._action(self.tr("Export re&cap…"), lambda: self.export_recap("xlsx"),
                                         self.tr("The class's attendance recap (rekap kehadiran) as XLSX or PDF"))
        self._attach_menu(self.recap_action, [self.recap_xlsx_action, self.recap_pdf_action])

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(session_label)
        top.addWidget(self.session_combo)
        top.addWidget(self.toolbar, 1)

        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(self._legend_html())
        self.rates_label = QLabel(self)
        self.rates_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rates_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.pending_label = QLabel(self)
        self.pending_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pending_label.setStyleSheet("font-weight: 600;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.pending_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.rates_label)
        layout.addLayout(bottom)

        self.session_combo.activated.connect(self._session_chosen)
        self.view.saveRequested.connect(self.save)
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

    def _attach_menu(self, action: QAction, extra: list[QAction]) -> None:
        """A toolbar button that does its main thing when clicked and offers more from its arrow."""
        menu = QMenu(self)
        menu.addActions(extra)
        action.setMenu(menu)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

    def _legend_html(self) -> str:
        chips = " ".join(
            f'<span style="background-color:{MARK_COLOURS[mark].name()}; color:#1b1b1b;">&nbsp;{mark}&nbsp;</span>'
            f"&nbsp;{mark_name(mark).split(' (')[0]}&nbsp;&nbsp;" for mark in ("H", "I", "S", "A"))
        note, late, pending = self.tr("note"), self.tr("late arrival"), self.tr("not saved yet")
        read_only, as_saved = self.tr("read-only"), self.tr("rate as last saved")
        signs = (f'<span style="color:{NOTE_MARK.name()};">◥</span> {note} &nbsp; '
                 f'<span style="color:{LATE_MARK.name()};">●</span> {late} &nbsp; '
                 f'<span style="color:{PENDING_MARK.name()};">▌</span><b><i>H</i></b> {pending} &nbsp; '
                 f'<span style="background-color:#e4e4e4;">&nbsp;&nbsp;&nbsp;</span> {read_only} &nbsp; '
                 f'* {as_saved}')
        keys = self.tr("Keys: H I S A mark and go down · Space present/empty · Del clear · Enter note · "
                       "Ctrl+Shift+H all present · Ctrl+Z undo · Ctrl+S save")
        return f"{chips}&nbsp;&nbsp;{signs}<br><span style='color:palette(placeholder-text);'>{keys}</span>"

    # -- loading --------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read the sessions and the grid again; unsaved marks stay."""
        chosen = self.chosen_session() if self.loaded else None
        first = not self.loaded
        self._fill_sessions()
        self.loaded = True
        self.show_session(self._default_session() if first else chosen, focus=False)

    def _fill_sessions(self) -> None:
        try:
            rows = [row for row in class_schedule(self.class_id) if row["status"] != "cancelled"]
        except TrainingClass.DoesNotExist:
            rows = []
        self._sessions = rows
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("All sessions (%1)").replace("%1", str(len(rows))), ALL_SESSIONS)
        today = self.today or dt.date.today()
        for row in rows:
            text = (self.tr("%1. %2, %3–%4").replace("%1", str(row["number"]))
                    .replace("%2", format_date(row["date"], with_weekday=True))
                    .replace("%3", format_time(row["start_time"])).replace("%4", format_time(row["end_time"])))
            if row["date"] > today:
                text += " " + self.tr("(not yet)")
            self.session_combo.addItem(text, row["session_id"])
        self.session_combo.blockSignals(False)

    def _default_session(self) -> int | None:
        """The latest session on or before today: the one whose sheet is on the clerk's desk."""
        today = self.today or dt.date.today()
        rows = [row for row in self._sessions if row["date"] <= today]
        return rows[-1]["session_id"] if rows else None

    def chosen_session(self) -> int | None:
        data = self.session_combo.currentData()
        return None if data in (None, ALL_SESSIONS) else int(data)

    def show_session(self, session_id: int | None, *, focus: bool = True) -> None:
        """One session's column with its arrival times and notes, or (None) all sessions."""
        if not self.loaded:
            self._fill_sessions()
            self.loaded = True
        position = self.session_combo.findData(session_id if session_id is not None else ALL_SESSIONS)
        if position < 0:
            position, session_id = 0, None
        self.session_combo.setCurrentIndex(position)
        self.model.load(None if session_id is None else [session_id])
        self._show_rates()
        self._place_cursor(session_id)
        if focus:
            self.view.setFocus()

    def _session_chosen(self, position: int) -> None:
        self.show_session(self.chosen_session())

    def _place_cursor(self, session_id: int | None) -> None:
        """On the first empty editable cell of the session (the latest past one when showing all)."""
        model = self.model
        if not model.rowCount():
            return
        column = model.session_column(session_id) if session_id is not None else None
        if column is None:
            editable = [c for c in range(model.columnCount()) if model.column_kind(c) == SESSION
                        and model.session_at(c).editable]
            column = editable[-1] if editable else 0
        rows = [r for r in range(model.rowCount()) if model.is_editable(model.index(r, column))]
        empty = [r for r in rows if model.value(model.key_at(model.index(r, column))) is None]
        row = (empty or rows or [0])[0]
        self.view.select_cell(row, column)

    # -- rates ----------------------------------------------------------------------------------

    def _reload_rates(self) -> None:
        self.model.load_rates()
        self._show_rates()

    def _show_rates(self) -> None:
        rates = self.model.rates
        if rates is None:
            self.rates_label.clear()
            return
        verdicts = [row.verdict for row in rates.rows]
        at_risk, cannot = verdicts.count("at_risk"), verdicts.count("cannot_reach")
        below = verdicts.count("not_met")
        minimum = f"{rates.min_pct}%"
        parts = []
        if at_risk:
            parts.append(self.tr("%n participant(s) at risk", "", at_risk))
        if cannot:
            parts.append(self.tr("%n cannot reach the minimum of %1", "", cannot).replace("%1", minimum))
        if below:
            parts.append(self.tr("%n below the minimum of %1", "", below).replace("%1", minimum))
        if not rates.delivered_sessions:
            parts.append(self.tr("no session has taken place yet"))
        elif not parts and rates.rows:
            parts.append(self.tr("everyone meets or is on track for the minimum of %1").replace("%1", minimum))
        if rates.unmarked_sessions:
            parts.append(self.tr("%n past session(s) with participants not yet marked", "",
                                 len(rates.unmarked_sessions)))
        text = ", ".join(parts)
        text = text[:1].upper() + text[1:] + "."
        text += " " + self.tr("Excused (I): %1; sick (S): %2.").replace(
            "%1", rule_name(rates.rules.excused)).replace("%2", rule_name(rates.rules.sick))
        self.rates_label.setText(text)
        self.rates_label.setStyleSheet(RISK_STYLE if at_risk or cannot or below else "")

    def rates_summary(self) -> str:
        return self.rates_label.text()

    # -- state ----------------------------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.model.pending_count() > 0

    def count(self) -> int:
        """The people attending (the same whichever sessions are shown; those who left are not counted)."""
        return sum(1 for person in self.model.people if person.editable)

    def discard(self) -> None:
        self.model.discard()

    def _pending_changed(self, count: int) -> None:
        self.pending_label.setText(self.tr("%n unsaved change(s)", "", count) if count else "")
        self.save_action.setEnabled(count > 0)
        if count:
            # A new edit makes "undo last save" ambiguous: it would also undo nothing of this edit.
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

    def title(self) -> str:
        return self.tr("Attendance")

    def fill_present(self) -> None:
        changed = self.view.fill_present()
        if not changed:
            self.say(self.tr("No empty cell to fill in the chosen session(s)."))
        else:
            self.say(self.tr("%n cell(s) marked present.", "", changed))
        self.view.setFocus()

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save every unsaved mark in one transaction. True when nothing is left unsaved."""
        changes = self.model.pending_changes()
        if not changes:
            return True
        try:
            outcome = save_marks(self.store, self.class_id, changes, today=self.today)
        except ValidationFailed as exc:
            self._refused(exc)
            return False
        except AttendanceConflict as exc:
            self._conflict(exc)
            return False
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.title())
            return False
        if self.model.adopt_saved(outcome.versions):
            # The saved marks show at once; the rates are read in the next turn of the event
            # loop, so the grid answers the save without waiting for them.
            QTimer.singleShot(0, self, self._reload_rates)
        else:
            self.model.reload()
            self._show_rates()
        self._last_save = outcome.previous
        self.undo_save_action.setEnabled(bool(outcome.previous))
        text = self.tr("Saved: %n mark(s) written", "", outcome.written)
        if outcome.cleared:
            text += ", " + self.tr("%n cleared", "", outcome.cleared)
        self.say(text + ".")
        if outcome.warnings:
            dialogs.show_problems(self, self.title(), outcome.warnings)
        self.changed.emit()
        return True

    def _refused(self, exc: ValidationFailed) -> None:
        """Nothing was saved; the edits stay and the refused cells are selected."""
        cells = [key for key, _ in getattr(exc, "cells", [])]
        dialogs.show_problems(self, self.tr("The marks were not saved"), exc.problems)
        self.say_problem(self.tr("Nothing was saved: correct the %n refused cell(s) and save again.", "",
                                 len(cells) or len(exc.errors)))
        indexes = [self.model.index_of(key) for key in cells]
        indexes = [index for index in indexes if index.isValid()]
        if indexes:
            selection = QItemSelection()
            for index in indexes:
                selection.select(index, index)
            self.view.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(indexes[0])

    def _conflict(self, exc: AttendanceConflict) -> None:
        """Someone else saved some of these cells: show theirs, keep the clerk's other edits."""
        mine = {key: self.model.value(key) for key in exc.cells}
        self.model.drop_pending(exc.cells)
        self.model.reload()
        self.model.set_conflicts(exc.cells)
        self._show_rates()
        lines = []
        for key in exc.cells[:12]:
            row, column = self.model.row_of(key[1]), self.model.session_column(key[0])
            name = self.model.people[row].full_name if row is not None else "?"
            session = self.model.session_at(column) if column is not None else None
            day = format_date(session.date, with_weekday=True) if session else ""
            theirs = self.model.saved(key)
            lines.append("• " + self.tr("%1, %2: you typed %3, saved meanwhile: %4").replace("%1", name)
                         .replace("%2", day).replace("%3", _mark_text(mine.get(key)))
                         .replace("%4", _mark_text(theirs)))
        if len(exc.cells) > 12:
            lines.append(self.tr("… and %n more", "", len(exc.cells) - 12))
        kept = self.model.pending_count()
        text = (self.tr("Nothing was saved: someone else saved these marks after you opened the grid.")
                + "\n\n" + "\n".join(lines) + "\n\n"
                + self.tr("Their marks are now shown (framed in red). Your %n other change(s) are kept: "
                          "check and save again.", "", kept))
        dialogs.warn(self, self.tr("Marks changed by someone else"), text)
        self.say_problem(self.tr("%n cell(s) were changed by someone else; their marks are shown.", "",
                                 len(exc.cells)))
        self.view.viewport().update()

    def undo_last_save(self) -> None:
        previous = self._last_save
        if not previous or self.has_unsaved():
            return
        try:
            save_marks(self.store, self.class_id, previous, today=self.today)
        except ValidationFailed as exc:
            dialogs.show_problems(self, self.tr("The last save was not undone"), exc.problems)
            return
        except AttendanceConflict as exc:
            self.model.reload()
            self.model.set_conflicts(exc.cells)
            dialogs.show_user_error(self, exc, self.tr("The last save was not undone"))
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.title())
            return
        self._last_save = None
        self.undo_save_action.setEnabled(False)
        self.model.reload()
        self._show_rates()
        self.say(self.tr("The last save was undone: the marks are back as they were."))
        self.changed.emit()

    # -- printing, recap, import ------------------------------------------------------------------

    def chosen_session_ids(self) -> list[int]:
        """The session on show, or the sessions of the chosen columns of the whole grid."""
        if self.chosen_session() is not None:
            return [self.chosen_session()]
        columns = {index.column() for index in self.view.selectionModel().selectedIndexes()
                   if self.model.column_kind(index.column()) == SESSION}
        return [self.model.session_at(column).id for column in sorted(columns)]

    def _saved_first(self, question: str) -> bool:
        """Printouts and files show saved marks: offer to save first. False: the clerk backed out."""
        if not self.has_unsaved():
            return True
        if dialogs.ask_yes_no(self, self.title(), question, default_no=False):
            return self.save()
        return True

    def print_sheets(self) -> None:
        if not self._saved_first(self.tr("Printouts show saved marks only. Save your %n unsaved change(s) first?",
                                         "", self.model.pending_count())):
            return
        try:
            from .print_dialog import print_attendance
        except ImportError:
            dialogs.warn(self, self.title(), self.tr("This version cannot print attendance yet."))
            return
        print_attendance(self, self.store, class_id=self.class_id, session_ids=self.chosen_session_ids())

    def export_recap(self, kind: str) -> str | None:
        if not self._saved_first(self.tr("The recap shows saved marks only. Save your %n unsaved change(s) "
                                         "first?", "", self.model.pending_count())):
            return None
        from ..document_export import export_document, safe_file_name

        try:
            from ...core.services import attendance_documents

            write = attendance_documents.write_recap_pdf if kind == "pdf" else attendance_documents.write_recap_xlsx
        except (ImportError, AttributeError):
            dialogs.warn(self, self.title(), self.tr("This version cannot make the recap yet."))
            return None
        lang = i18n.active_language()
        code = self.model.grid.class_code if self.model.grid else str(self.class_id)
        title = self.tr("Attendance recap")
        return export_document(self, title, safe_file_name(f"rekap-kehadiran-{code}") + f".{kind}", kind,
                               lambda path, progress: write(path, self.class_id, lang=lang, today=self.today))

    def import_marks(self) -> None:
        if self.has_unsaved():
            choice = dialogs.ask_save_discard_cancel(
                self, self.title(), self.tr("Save your %n unsaved change(s) before importing marks?", "",
                                            self.model.pending_count()))
            if choice == "cancel" or (choice == "save" and not self.save()):
                return
            if choice == "discard":
                self.discard()
        from .import_flow import import_marks

        if import_marks(self, self.store, self.class_id, today=self.today):
            self.model.reload()
            self._show_rates()
            self.changed.emit()

    def save_template(self) -> None:
        from .import_flow import save_template

        save_template(self, self.class_id, today=self.today)


def _mark_text(value) -> str:
    return value.mark if value is not None else translate("AttendanceTab", "(empty)")
