"""Form fields that show their own problems under them, errors and warnings told apart."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.validation.problems import Problem
from .. import i18n

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
ERROR_BORDER = "border: 1px solid #b3261e;"
WARNING_BORDER = "border: 1px solid #c98a00;"


class FormField(QObject):
    """One input and the message line beneath it.

    ``read`` returns what the clerk typed (text as typed, choice codes);
    validation and conversion happen in the core, so the form, the CLI and
    imports agree on what is valid.
    """

    changed = Signal()

    def __init__(self, key: str, label: str, editor: QWidget, read: Callable[[], Any],
                 write: Callable[[Any], None], parent: QWidget):
        super().__init__(parent)
        self.key = key
        self.label = label
        self.editor = editor
        self._read = read
        self._write = write
        self.message = QLabel(parent)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.container = QWidget(parent)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def value(self) -> Any:
        return self._read()

    def set_value(self, value: Any) -> None:
        self._write(value)

    def show_problems(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.is_error]
        shown = errors or problems
        if not shown:
            self.message.setVisible(False)
            self.editor.setStyleSheet("")
            self.editor.setToolTip("")
            return
        lang = i18n.language()
        text = "\n".join(p.message(lang) for p in shown)
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
        self.message.setVisible(True)
        self.editor.setStyleSheet(ERROR_BORDER if errors else WARNING_BORDER)
        self.editor.setToolTip(text)


def line_field(key: str, label: str, parent: QWidget, *, placeholder: str = "",
               max_length: int = 200) -> FormField:
    editor = QLineEdit(parent)
    editor.setPlaceholderText(placeholder)
    editor.setMaxLength(max_length)
    field = FormField(key, label, editor, editor.text,
                      lambda v: editor.setText("" if v is None else str(v)), parent)
    editor.textEdited.connect(field.changed)
    return field


def text_field(key: str, label: str, parent: QWidget) -> FormField:
    editor = QPlainTextEdit(parent)
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 12)
    # Fixed, or the box claims the form's spare height and floats in a blank area.
    editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    field = FormField(key, label, editor, editor.toPlainText,
                      lambda v: editor.setPlainText("" if v is None else str(v)), parent)
    editor.textChanged.connect(field.changed)
    return field


def choice_field(key: str, label: str, parent: QWidget, choices: list[tuple[str, Any]]) -> FormField:
    editor = QComboBox(parent)
    for text, data in choices:
        editor.addItem(text, data)

    def write(value: Any) -> None:
        index = editor.findData(value)
        editor.setCurrentIndex(max(index, 0))

    field = FormField(key, label, editor, editor.currentData, write, parent)
    editor.currentIndexChanged.connect(field.changed)
    return field


def number_field(key: str, label: str, parent: QWidget, minimum: int, maximum: int,
                 suffix: str = "") -> FormField:
    editor = QSpinBox(parent)
    editor.setRange(minimum, maximum)
    editor.setSuffix(suffix)
    field = FormField(key, label, editor, editor.value,
                      lambda v: editor.setValue(int(v) if v not in (None, "") else minimum), parent)
    editor.valueChanged.connect(field.changed)
    return field
