"""Saving despite hard conflicts: the conflicts, and the written reason for accepting them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QWidget

from ...core.services.conflicts import ConflictsFound
from .. import dialogs
from .conflict_panel import ConflictPanel
from .reason_dialog import ReasonDialog


class OverrideDialog(ReasonDialog):
    def __init__(self, conflicts: Iterable, parent: QWidget | None = None, *, reason: str = ""):
        super().__init__(
            self.tr("Save despite conflicts?"),
            self.tr("Saving would double-book a trainer, a room or participants. If this is "
                    "intended (e.g. two classes share the workshop), write why: the reason is kept "
                    "with both sessions."),
            self.tr("&Save anyway"), parent,
            placeholder=self.tr("e.g. Both groups practise together in the workshop"),
            reason=reason)
        self.setMinimumWidth(600)
        self.panel = ConflictPanel(self, rows=None)
        self.panel.set_conflicts(conflicts)
        self.body.addWidget(self.panel)


def ask_override_reason(parent: QWidget | None, conflicts: Iterable) -> str | None:
    """The reason for saving anyway, or None when the clerk would rather not."""
    dialog = OverrideDialog(conflicts, parent)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()


class NotSaved(Exception):
    """The clerk chose not to save despite the conflicts; what they typed stays in the dialog."""


def with_override(parent: QWidget | None, write):
    """``write(override_reason)`` with no reason first; when the core refuses because of hard
    conflicts (``ConflictsFound``), show them, ask for the reason, and write again with it.

    Returns what ``write`` returned; raises ``NotSaved`` when the clerk would rather not.
    Other refusals (``ValidationFailed``, ``UserError``) pass through to the caller.
    """
    try:
        return write("")
    except ConflictsFound as found:
        reason = ask_override_reason(parent, found.conflicts)
        if reason is None:
            raise NotSaved() from found
    return write(reason)
