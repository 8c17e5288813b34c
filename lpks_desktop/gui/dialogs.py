"""The one module through which LPKS Desktop asks and tells the user things.

Screens call these functions instead of building QMessageBoxes, so a test
patches one function (``monkeypatch.setattr(dialogs, "ask_yes_no", ...)``)
instead of clicking through modal windows. Every modal loop starts in
``_exec``; the tests of this module replace that one.

Texts are shown as plain text: they often quote what a clerk typed (names with
"<" or "&"), which must not be read as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QStyle, QVBoxLayout, QWidget)

from .. import APP_NAME
from ..core.errors import UserError
from . import i18n

Button = QMessageBox.StandardButton
Choice = Literal["save", "discard", "cancel"]


def _exec(dialog: QDialog) -> int:
    """Run a dialog modally. The single place tests replace to answer for the user."""
    return dialog.exec()


def run_modal(dialog: QDialog) -> int:
    """Show a form or page dialog and wait for it, through the same patch point as the questions."""
    return _exec(dialog)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: Button, default: Button, escape_button: Button | None = None) -> QMessageBox:
    box = QMessageBox(icon, title or APP_NAME, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    if escape_button is not None:
        box.setEscapeButton(escape_button)
    return box


def _clicked(box: QMessageBox) -> Button:
    """Which standard button closed the box; closing the window counts as its escape button."""
    button = box.clickedButton()
    return box.standardButton(button) if button is not None else Button.NoButton


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _exec(_box(parent, QMessageBox.Icon.Information, title, text, Button.Ok, Button.Ok))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _exec(_box(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok))


def error(parent: QWidget | None, title: str, text: str) -> None:
    _exec(_box(parent, QMessageBox.Icon.Critical, title, text, Button.Ok, Button.Ok))


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_no: bool = True) -> bool:
    """True only when the user clicks Yes; Esc and closing the window mean No.

    ``default_no`` makes Enter answer No: the safe choice for anything that
    deletes or overwrites.
    """
    box = _box(parent, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No,
               Button.No if default_no else Button.Yes, Button.No)
    _exec(box)
    return _clicked(box) == Button.Yes


def ask_save_discard_cancel(parent: QWidget | None, title: str, text: str) -> Choice:
    """For closing a form with unsaved changes. Esc and closing the window mean "cancel"."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text,
               Button.Save | Button.Discard | Button.Cancel, Button.Save, Button.Cancel)
    _exec(box)
    return {Button.Save: "save", Button.Discard: "discard"}.get(_clicked(box), "cancel")


def show_user_error(parent: QWidget | None, exc: UserError, title: str = "") -> None:
    """A problem in the user's environment or input: its message in the interface language."""
    warn(parent, title or QCoreApplication.translate("dialogs", "Cannot continue"),
         exc.render(i18n.active_language()))


def show_problems(parent: QWidget | None, title: str, problems: Iterable) -> None:
    """Validation problems (core.validation ``Problem``s), errors first, warnings after.

    Errors and warnings differ by icon, colour and a written label, so the
    difference survives colour blindness and a black-and-white screenshot.
    """
    _exec(ProblemsDialog(list(problems), title, parent))


class ProblemsDialog(QDialog):
    def __init__(self, problems: list, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or APP_NAME)
        self.setMinimumWidth(520)
        lang = i18n.active_language()
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]

        summary = []
        if errors:
            summary.append(QCoreApplication.translate(
                "dialogs", "%n error(s) must be corrected before the data can be saved.", "",
                len(errors)))
        if warnings:
            summary.append(QCoreApplication.translate(
                "dialogs", "%n warning(s): worth a second look, but saving is allowed.", "",
                len(warnings)))
        self.summary = QLabel("\n".join(summary), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        style = self.style()
        kinds = (
            (errors, QStyle.StandardPixmap.SP_MessageBoxCritical, "#b00020",
             QCoreApplication.translate("dialogs", "Error: %1")),
            (warnings, QStyle.StandardPixmap.SP_MessageBoxWarning, "#8a5300",
             QCoreApplication.translate("dialogs", "Warning: %1")),
        )
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for group, pixmap, colour, template in kinds:
            for problem in group:
                item = QListWidgetItem(style.standardIcon(pixmap),
                                       template.replace("%1", problem.message(lang), 1))
                item.setForeground(QColor(colour))
                item.setData(Qt.ItemDataRole.UserRole, "error" if problem.is_error else "warning")
                self.list.addItem(item)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

