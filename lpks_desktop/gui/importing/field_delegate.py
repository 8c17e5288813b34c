"""The drop-down in the mapping table: which field a spreadsheet column fills, or "ignore"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from .models import FIELD_ROLE


class FieldDelegate(QStyledItemDelegate):
    """A combo of (field key, label) choices; a choice is written to the model at once,
    so the table always shows the mapping the next step will use."""

    def __init__(self, choices: list[tuple[str | None, str]], parent=None):
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("fieldCombo")
        for key, label in self.choices:
            combo.addItem(label, key or "")  # "" stands for "ignore"
        combo.setMaxVisibleItems(20)
        combo.activated.connect(lambda _row, editor=combo: self._chosen(editor))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        position = editor.findData(index.data(FIELD_ROLE) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData() or None, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:  # noqa: N802
        editor.setGeometry(option.rect)
