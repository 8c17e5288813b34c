"""A list of schedule conflicts, hard ones told apart from warnings and from accepted ones.

The difference is carried by an icon, a colour and a written label, so it
survives colour blindness and a black-and-white screenshot. Used by every
dialog that writes sessions, before and after the clerk presses Save.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListView, QSizePolicy, QStyle, QVBoxLayout,
                               QWidget)

from ...core.validation.problems import Problem, warning
from .. import i18n

HARD_COLOR = QColor("#b3261e")
WARNING_COLOR = QColor("#8a5a00")
ACCEPTED_COLOR = QColor("#5f5f5f")
CLEAR_STYLE = "color: #1b6e20;"
HARD_STYLE = "color: #b3261e; font-weight: 600;"
WARNING_STYLE = "color: #8a5a00;"

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "hard", "warning" or "accepted"


def kind_of(conflict) -> str:
    if conflict.hard and not conflict.overridden:
        return "hard"
    return "accepted" if conflict.hard else "warning"


def blocking(conflicts: Iterable) -> list:
    """The hard conflicts nobody has accepted yet: these stop a save."""
    return [c for c in conflicts if kind_of(c) == "hard"]


_ORDER = {"hard": 0, "warning": 1, "accepted": 2}


class ConflictsModel(QAbstractListModel):
    """Conflicts, hard ones first, each one line of text with its icon and colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._conflicts: list = []
        self._prefix = None

    def set_conflicts(self, conflicts: Iterable, prefix=None) -> None:
        """``prefix(conflict)``: text put before the message, e.g. which planned session it is about."""
        self.beginResetModel()
        self._conflicts = sorted(conflicts, key=lambda c: _ORDER[kind_of(c)])
        self._prefix = prefix
        self.endResetModel()

    def conflicts(self) -> list:
        return list(self._conflicts)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._conflicts)

    def text(self, row: int) -> str:
        conflict = self._conflicts[row]
        message = conflict.message.render(i18n.active_language())
        if self._prefix is not None:
            message = self._prefix(conflict) + message
        kind = kind_of(conflict)
        if kind == "hard":
            return self.tr("Conflict: %1").replace("%1", message)
        if kind == "warning":
            return self.tr("Warning: %1").replace("%1", message)
        return self.tr("Accepted: %1 (reason: %2)").replace("%1", message).replace(
            "%2", conflict.override_reason or "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._conflicts):
            return None
        kind = kind_of(self._conflicts[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return {"hard": HARD_COLOR, "warning": WARNING_COLOR, "accepted": ACCEPTED_COLOR}[kind]
        if role == Qt.ItemDataRole.DecorationRole:
            style = QStyle.StandardPixmap
            icon = {"hard": style.SP_MessageBoxCritical, "warning": style.SP_MessageBoxWarning,
                    "accepted": style.SP_DialogApplyButton}[kind]
            widget = self.parent()
            owner = widget.style() if isinstance(widget, QWidget) else None
            return owner.standardIcon(icon) if owner is not None else None
        if role == KIND_ROLE:
            return kind
        return None


class ConflictPanel(QWidget):
    """A one-line summary ("2 conflicts, 1 warning" / "No conflicts") above the list itself."""

    def __init__(self, parent: QWidget | None = None, *, rows: int | None = 4):
        """``rows``: about how many conflicts show before the list scrolls; None: as many as fit."""
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model = ConflictsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        line = self.view.fontMetrics().lineSpacing()
        self.view.setMinimumHeight(line * 2 + 12)
        if rows is not None:
            self.view.setMaximumHeight(line * (rows * 2) + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        self.set_conflicts([])

    def set_conflicts(self, conflicts: Iterable, *, checked: bool = True, prefix=None) -> None:
        """Show ``conflicts``; ``checked`` False says the check could not run (inputs incomplete)."""
        self.model.set_conflicts(conflicts, prefix)
        shown = self.model.conflicts()
        hard = len(blocking(shown))
        warnings = sum(1 for c in shown if kind_of(c) == "warning")
        accepted = len(shown) - hard - warnings
        self.view.setVisible(bool(shown))
        if not checked:
            self.summary.setText(self.tr("Conflicts are checked once the date and times are valid."))
            self.summary.setStyleSheet("")
            return
        if not shown:
            self.summary.setText(self.tr("No conflicts with other sessions."))
            self.summary.setStyleSheet(CLEAR_STYLE)
            return
        parts = []
        if hard:
            parts.append(self.tr("Conflicts that stop the save: %n", "", hard))
        if warnings:
            parts.append(self.tr("Warnings: %n", "", warnings))
        if accepted:
            parts.append(self.tr("Accepted conflicts: %n", "", accepted))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(HARD_STYLE if hard else WARNING_STYLE)

    def conflicts(self) -> list:
        return self.model.conflicts()

    def blocking(self) -> list:
        return blocking(self.model.conflicts())


def as_problems(items: Iterable) -> list[Problem]:
    """What a core write hands back (its warning ``Problem``s, then warning ``Conflict``s) as
    problems, to be shown with ``dialogs.show_problems``."""
    found = []
    for item in items:
        if isinstance(item, Problem):
            found.append(item)
        else:
            found.append(warning("conflicts", item.kind, item.message))
    return found
