"""The behaviour every record form shares.

Problems are shown as the clerk types (the core's own validators, so the form
and the save agree), errors block the save and warnings do not, and unsaved
edits are never thrown away without asking. A save over someone else's later
save is refused by the core; the form then offers to reload their version and
keeps the clerk's own edits to the fields they did not change.
"""

from __future__ import annotations

from typing import Any

import peewee
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.record_changes import RecordChanged
from ...core.services.records import ValidationFailed
from ...core.store import Store
from ...core.validation.problems import Problem
from .. import dialogs, i18n
from ..delays import query_delay
from .fields import ERROR_STYLE, WARNING_BORDER, WARNING_STYLE, FormField
from .record_changed_dialog import CLOSE, RELOAD, RecordChangedDialog

LIVE_CHECK_DELAY_MS = 150


class FormDialog(QDialog):
    def __init__(self, store: Store, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(title)
        self.setModal(True)
        self.fields: dict[str, FormField] = {}
        self.saved_id: int | None = None
        self.warnings: list[Problem] = []

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setVisible(False)
        # After reloading someone else's version: whose it is and what to check.
        self.change_banner = QLabel(self)
        self.change_banner.setWordWrap(True)
        self.change_banner.setStyleSheet(WARNING_STYLE)
        self.change_banner.setVisible(False)
        self.change_notes: dict[str, str] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget(self)
        body.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.change_banner)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._initial: dict[str, Any] = {}
        self._live_timer = query_delay(self, LIVE_CHECK_DELAY_MS, self.run_live_check)

    # -- building -----------------------------------------------------------------------------

    def add_field(self, field: FormField) -> FormField:
        self.fields[field.key] = field
        self.form.addRow(field.label, field.container)
        field.changed.connect(self._live_timer.start)
        return field

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(heading)

    def load(self, values: dict[str, Any]) -> None:
        for key, field in self.fields.items():
            if key in values:
                field.set_value(values[key])
        self.mark_clean()
        self.run_live_check()

    def mark_clean(self) -> None:
        self._initial = self.values()

    # -- subclasses ---------------------------------------------------------------------------

    def validate(self, values: dict[str, Any]) -> list[Problem]:
        """Problems with what is typed so far (no database writes)."""
        return []

    def save_record(self, values: dict[str, Any]) -> tuple[int, list[Problem]]:
        """Write through the core; returns the record id and the warnings."""
        raise NotImplementedError

    def reload_record(self) -> None:
        """Read the record again as now stored and ``load`` it (someone else saved it meanwhile).

        The form must also keep the reloaded record for its next save, so that the save
        carries the version it now shows."""
        raise NotImplementedError

    def restore_value(self, key: str, value: Any) -> None:
        """Put back a value of the clerk's after a reload (a key of ``values()``)."""
        self.fields[key].set_value(value)

    def shown_value(self, key: str, value: Any) -> str:
        """A value of ``values()`` as the clerk reads it in the form."""
        field = self.fields.get(key)
        if field is not None and isinstance(field.editor, QComboBox):
            index = field.editor.findData(value)
            if index >= 0:
                return field.editor.itemText(index)
        if isinstance(value, list):
            return self.tr("%n rows", "", len(value))
        return self.tr("(empty)") if value in (None, "") else str(value)

    # -- behaviour ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {key: field.value() for key, field in self.fields.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {key: [] for key in self.fields}
        elsewhere = []
        for problem in problems:
            (by_field[problem.field] if problem.field in by_field else elsewhere).append(problem)
        for key, field in self.fields.items():
            field.show_problems(by_field[key])
            if key in self.change_notes:
                self._show_change_note(field, self.change_notes[key])
        lang = i18n.language()
        self.summary.setText("\n".join(p.message(lang) for p in elsewhere))
        self.summary.setVisible(bool(elsewhere))

    def run_live_check(self) -> None:
        self._live_timer.stop()
        self.show_problems(self.validate(self.values()))

    def accept(self) -> None:
        self._live_timer.stop()
        try:
            self.saved_id, self.warnings = self.save_record(self.values())
        except ValidationFailed as failure:
            self.show_problems(list(failure.problems))
            first = next((p.field for p in failure.problems if p.is_error and p.field in self.fields), None)
            if first:
                self.fields[first].editor.setFocus()
            return
        except RecordChanged as changed:
            self.record_changed(changed)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.mark_clean()
        super().accept()

    # -- someone else saved the record ----------------------------------------------------------

    def record_changed(self, changed: RecordChanged) -> None:
        """Nothing was saved: say what the other person changed and let the clerk choose."""
        dialog = RecordChangedDialog(changed, self)
        dialogs.run_modal(dialog)
        if dialog.choice == CLOSE:  # deleted meanwhile: nothing left to save into
            QDialog.reject(self)
        elif dialog.choice == RELOAD:
            self.reload_and_reapply(changed)

    def reload_and_reapply(self, changed: RecordChanged) -> None:
        """Show the stored version, then put back the clerk's own edits to fields the other
        person left alone; fields both changed keep the stored value and are marked."""
        mine, opened = self.values(), dict(self._initial)
        try:
            self.reload_record()
        except peewee.DoesNotExist:  # deleted in the moment since the refusal
            dialogs.warn(self, self.windowTitle(), self.tr(
                "This record has just been deleted by someone else; there is nothing to reload."))
            return
        theirs = dict(self._initial)
        who = changed.saved_by_shown or self.tr("another user")
        notes = {}
        for key, value in mine.items():
            edited, moved = value != opened.get(key), theirs.get(key) != opened.get(key)
            if edited and not moved:
                self.restore_value(key, value)
            elif edited and theirs.get(key) != value:
                notes[key] = (self.tr("%1 saved this value; you had entered: %2")
                              .replace("%1", who).replace("%2", self.shown_value(key, value)))
            elif moved:
                notes[key] = self.tr("Changed by %1.").replace("%1", who)
        self.change_notes = {key: note for key, note in notes.items() if key in self.fields}
        self.change_banner.setText(
            self.tr("This is the version %1 saved. Your changes to the fields they did not change "
                    "are kept; check the marked fields, then save.").replace("%1", who))
        self.change_banner.setVisible(True)
        self.run_live_check()
        first = next(iter(self.change_notes), None)
        if first is not None:
            self.fields[first].editor.setFocus()

    @staticmethod
    def _show_change_note(field: FormField, note: str) -> None:
        if not field.message.isHidden() and field.message.text():
            field.message.setText(f"{field.message.text()}\n{note}")
        else:
            field.message.setText(note)
            field.message.setStyleSheet(WARNING_STYLE)
            field.editor.setStyleSheet(WARNING_BORDER)
        field.message.setVisible(True)

    def reject(self) -> None:
        if self.is_dirty():
            answer = dialogs.ask_save_discard_cancel(
                self, self.windowTitle(), self.tr("You have changes that are not saved yet."))
            if answer == "save":
                self.accept()
                return
            if answer == "cancel":
                return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.result() != QDialog.DialogCode.Accepted and self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
