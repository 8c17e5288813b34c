"""The behaviour every record form shares.

Problems are shown as the clerk types (the core's own validators, so the form
and the save agree), errors block the save and warnings do not, and unsaved
edits are never thrown away without asking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.services.records import ValidationFailed
from ...core.store import Store
from ...core.validation.problems import Problem
from .. import dialogs, i18n
from ..delays import query_delay
from .fields import ERROR_STYLE, FormField

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
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.mark_clean()
        super().accept()

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
