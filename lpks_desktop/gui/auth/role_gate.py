"""Offering each person only what their role allows.

The services refuse what a role may not do (core.auth.permissions); the screens
should not offer it in the first place. Every page gates its buttons, actions
and grids through ``gate`` here, which asks ``permissions.allowed`` and keeps no
rules of its own. A gated control stays disabled (or hidden) even when its page
later enables it for a selection, and its tooltip says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...core.auth.permissions import ACTION_LABELS, ROLE_ACTIONS, ROLE_LABELS, Action, allowed
from ...core.auth.session import ADMIN, CLERK, READ_ONLY, TRAINER, Principal, current_principal
from .. import i18n

__all__ = ["Action", "gate", "may", "may_somewhere", "refusal", "role_label", "role_choices", "is_gated"]

GATED_PROPERTY = "lpksGatedAction"  # the refused action, on every gated control (tests read it)

# Keys that only move around or select in a grid: a read-only grid still answers them.
_MOVING_KEYS = frozenset({
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_Escape,
})


def role_label(role: str) -> str:
    """The role's name in the interface language (the core's words, so screens and messages agree)."""
    names = ROLE_LABELS.get(role)
    if names is None:
        return role
    return names[0] if i18n.active_language() == "id" else names[1]


def role_choices() -> list[tuple[str, str]]:
    """(code, label) of every role, the most powerful first."""
    return [(role, role_label(role)) for role in (ADMIN, CLERK, TRAINER, READ_ONLY)]


def action_label(action: str) -> str:
    names = ACTION_LABELS.get(action, (action, action))
    return names[0] if i18n.active_language() == "id" else names[1]


def refusal(action: str, principal: Principal | None = None) -> str:
    """Why a control is not offered: the person's role and what it may not do."""
    principal = principal if principal is not None else current_principal()
    if principal is None:
        return QCoreApplication.translate("RoleGate", "Sign in to use this.")
    return (QCoreApplication.translate("RoleGate", "Not for your role (%1): it may not %2.")
            .replace("%1", role_label(principal.role)).replace("%2", action_label(action)))


def may(action: str, class_id: int | None = None) -> bool:
    """Whether the signed-in person may do ``action`` (on ``class_id``), as the core decides."""
    return allowed(action, class_id=class_id)


def may_somewhere(action: str) -> bool:
    """Whether the signed-in person's role includes ``action`` at all, if only for some classes.

    A trainer may view and mark their own classes: the pages listing their sessions are
    theirs, while each class is checked again when opened.
    """
    principal = current_principal()
    return may(action) or (principal is not None
                           and action in ROLE_ACTIONS.get(principal.role, frozenset()))


class _KeepDisabled(QObject):
    """Disables its widget again whenever the page enables it (for a selection, after a load)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) \
                and watched.isEnabled():
            watched.setEnabled(False)
        return False


class _KeepHidden(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShowToParent and isinstance(watched, QWidget):
            watched.hide()
        return False


class _ReadOnlyGrid(QObject):
    """Lets a grid be read, scrolled and selected, but swallows the keys and clicks that edit it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            copying = event.key() in (Qt.Key.Key_C, Qt.Key.Key_A) and \
                modifiers == Qt.KeyboardModifier.ControlModifier
            return not (event.key() in _MOVING_KEYS or copying)
        return kind == QEvent.Type.MouseButtonDblClick


def _keep_action_disabled(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)


def _keep_action_hidden(action: QAction) -> None:
    if action.isVisible():
        action.setVisible(False)


def gate(target: QWidget | QAction, action: str, *, class_id: int | None = None,
         hide: bool = False, somewhere: bool = False) -> bool:
    """Offer ``target`` only if the signed-in person may do ``action`` (on ``class_id``).

    Refused: a button or action is disabled (or hidden with ``hide``) for good,
    with a tooltip saying why; a table or grid becomes read-only (it can still
    be scrolled, selected and copied). Returns whether the action is allowed, so
    a caller can leave out what depends on it.

    ``somewhere``: the control acts only on the person's own classes (a trainer's
    week of sessions), so a role that may do ``action`` for some class keeps it.
    """
    if may_somewhere(action) if somewhere else may(action, class_id):
        return True
    why = refusal(action)
    target.setProperty(GATED_PROPERTY, action)
    if isinstance(target, QAction):
        target.setToolTip(why)
        target.setStatusTip(why)
        if hide:
            target.setVisible(False)
            target.changed.connect(lambda: _keep_action_hidden(target))
        else:
            target.setEnabled(False)
            target.changed.connect(lambda: _keep_action_disabled(target))
        return False
    if isinstance(target, QAbstractItemView):
        target.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid_filter = _ReadOnlyGrid(target)
        target.installEventFilter(grid_filter)
        target.viewport().installEventFilter(grid_filter)
        target.setStatusTip(why)
        return False
    target.setToolTip(why)
    if hide:
        target.hide()
        target.installEventFilter(_KeepHidden(target))
    else:
        target.setEnabled(False)
        target.installEventFilter(_KeepDisabled(target))
    return False


def is_gated(target: QWidget | QAction) -> bool:
    return bool(target.property(GATED_PROPERTY))
