"""A new password typed twice, with what the password policy says about it shown as it is typed."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from .. import i18n
from ..forms.fields import ERROR_STYLE, WARNING_STYLE


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                             | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class CapsLockWatch(QObject):
    """Guesses Caps Lock from the letters typed: an upper-case letter without Shift (or the reverse).

    Qt cannot ask the keyboard for its Caps Lock state on every platform; the
    letters themselves tell, as soon as one is typed.
    """

    changed = Signal(bool)

    def __init__(self, edit: QLineEdit, warning: QLabel):
        super().__init__(edit)
        self.on = False
        self.warning = warning
        warning.setStyleSheet(WARNING_STYLE)
        warning.setVisible(False)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.set_on(text.isupper() != shifted)
        return False

    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.warning.setVisible(on)
            self.changed.emit(on)


class NewPasswordFields(QObject):
    """Two password fields and the policy's problems; ``acceptable()`` when none are left.

    ``problems_of(password)`` is the core's policy check (a list of Texts); the
    user name and full name are given to it so a password cannot simply repeat them.
    """

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget,
                 problems_of: Callable[[str], list], label: str = ""):
        super().__init__(parent)
        self._problems_of = problems_of
        self.password = password_edit(parent)
        self.repeat = password_edit(parent)
        self.password.setAccessibleName(label or self.tr("New password"))
        self.repeat.setAccessibleName(self.tr("The same password again"))
        self.caps = QLabel(self.tr("Caps Lock is on."), parent)
        CapsLockWatch(self.password, self.caps)
        CapsLockWatch(self.repeat, self.caps)
        self.problems = QLabel(parent)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setMinimumHeight(self.problems.fontMetrics().height() * 3)
        self.problems.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form.addRow(label or self.tr("New password:"), self.password)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow("", self.caps)
        form.addRow("", self.problems)
        self.password.textChanged.connect(self.check)
        self.repeat.textChanged.connect(self.check)
        self.check()

    def value(self) -> str:
        return self.password.text()

    def messages(self) -> list[str]:
        password, repeat = self.password.text(), self.repeat.text()
        if not password:
            return [self.tr("Type the new password.")]
        lang = i18n.active_language()
        found = [problem.render(lang) for problem in self._problems_of(password)]
        if not found and password != repeat:
            found.append(self.tr("Type the same password again in the second field.")
                         if repeat else self.tr("Type the password a second time to be sure of it."))
        return found

    def acceptable(self) -> bool:
        return not self.messages()

    def check(self) -> None:
        found = self.messages()
        if found:
            self.problems.setStyleSheet(ERROR_STYLE if self.password.text() else "")
            self.problems.setText("\n".join("• " + line for line in found))
        else:
            self.problems.setStyleSheet("color: #1b6e20;")
            self.problems.setText(self.tr("✓ The password is acceptable."))
        self.changed.emit()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
