"""Picking a trainer by typing part of the name: a combo box that filters as the clerk types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from .choices import Choice


class TrainerCombo(QComboBox):
    """Trainers by name with their institution's code; ``trainer_id()`` is None while what is
    typed names nobody (or the "none" entry, when ``none_text`` is given, is chosen)."""

    trainerChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, choices: list[Choice], parent: QWidget | None = None, *, none_text: str = ""):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if none_text:
            self.addItem(none_text, None)
        for choice in choices:
            self.addItem(choice.text, choice.id)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self.currentIndexChanged.connect(self.trainerChanged)
        self.lineEdit().textEdited.connect(lambda _text: self.trainerChanged.emit())
        self.setCurrentIndex(0 if none_text else -1)

    def trainer_id(self) -> int | None:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def set_trainer(self, trainer_id: int | None) -> None:
        index = self.findData(trainer_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
