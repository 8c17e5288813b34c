"""The mark, arrival time and note of one cell or of several at once (Enter or F2 on the grid).

With several cells, a field whose cells differ starts empty and is left as each
cell has it unless the clerk types something: changing the note of twelve
cells must not also reset their marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from .. import dialogs
from ..formatting import format_date
from .grid_model import MARKS, AttendanceGridModel, CellValue, Key, format_time, mark_name, parse_time

# Texts are looked up by literal context and source, as the translation tool finds them.
translate = QCoreApplication.translate

KEEP = "keep"
NOTE_MAX_LENGTH = 300


def _distinct(values):
    return list(dict.fromkeys(values))


class MarkDialog(QDialog):
    def __init__(self, heading: str, values: Sequence[CellValue | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark, arrival time and note"))
        self.setMinimumWidth(460)
        marks = _distinct(value.mark if value else None for value in values)
        arrivals = _distinct(value.arrival_time if value else None for value in values)
        notes = _distinct(value.note if value else "" for value in values)
        self.mixed_mark, self.mixed_arrival, self.mixed_note = len(marks) > 1, len(arrivals) > 1, len(notes) > 1

        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")

        self.mark_combo = QComboBox(self)
        if self.mixed_mark:
            self.mark_combo.addItem(self.tr("Leave each mark as it is"), KEEP)
        for mark in MARKS:
            self.mark_combo.addItem(mark_name(mark), mark)
        self.mark_combo.addItem(self.tr("Not recorded (clears the mark and its note)"), None)
        if not self.mixed_mark:
            self.mark_combo.setCurrentIndex(self.mark_combo.findData(marks[0] if marks else None))

        self.arrival_edit = QLineEdit(self)
        self.arrival_edit.setMaxLength(5)
        self.arrival_edit.setPlaceholderText(
            self.tr("Different times: left as they are unless you type one") if self.mixed_arrival
            else self.tr("hh:mm — empty: arrived on time"))
        if not self.mixed_arrival and arrivals[0] is not None:
            self.arrival_edit.setText(format_time(arrivals[0]))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)
        self.note_edit.setPlaceholderText(
            self.tr("Different notes: left as they are unless you type one") if self.mixed_note
            else self.tr("e.g. the reason for an absence"))
        if not self.mixed_note:
            self.note_edit.setText(notes[0])
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Mark:"), self.mark_combo)
        form.addRow(self.tr("&Arrival time:"), self.arrival_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        hint = QLabel(self.tr("An arrival time is kept only with a present (H) mark; after the session's "
                              "start it counts as late."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.mark_combo.currentIndexChanged.connect(self._mark_chosen)
        self._mark_chosen()

    def _mark_chosen(self, *args) -> None:
        chosen = self.mark_combo.currentData()
        self.arrival_edit.setEnabled(chosen in ("H", KEEP))
        self.note_edit.setEnabled(chosen is not None)

    def arrival(self):
        """The typed time, None for empty, ``...`` for "leave as it is"; ValueError when not a time."""
        text = self.arrival_edit.text()
        if self.mixed_arrival and not text.strip():
            return ...
        return parse_time(text)

    def accept(self) -> None:
        try:
            self.arrival()
        except ValueError:
            self.message.setText(self.tr("“%1” is not a time; type it as 08:15.").replace(
                "%1", self.arrival_edit.text()))
            self.message.show()
            self.arrival_edit.setFocus()
            return
        super().accept()

    def apply_to(self, current: CellValue | None) -> CellValue | None:
        """The cell's new value from what the dialog says (raises ValueError for a bad time)."""
        chosen = self.mark_combo.currentData()
        mark = (current.mark if current else None) if chosen == KEEP else chosen
        if mark is None:
            return None
        arrival = self.arrival()
        if arrival is ...:
            arrival = current.arrival_time if current else None
        note = self.note_edit.text().strip()
        if self.mixed_note and not note:
            note = current.note if current else ""
        return CellValue(mark, arrival if mark == "H" else None, note)


def describe(model: AttendanceGridModel, keys: Sequence[Key]) -> str:
    people = _distinct(key[1] for key in keys)
    sessions = _distinct(key[0] for key in keys)
    if len(keys) == 1:
        row, column = model.row_of(keys[0][1]), model.session_column(keys[0][0])
        person = model.people[row]
        session = model.session_at(column) if column is not None else None
        day = format_date(session.date, with_weekday=True) if session else ""
        return f"{person.number}. {person.full_name} · {day}"
    return (translate("AttendanceGrid", "%1 cells: %2 participants, %3 sessions").replace("%1", str(len(keys)))
            .replace("%2", str(len(people))).replace("%3", str(len(sessions))))


def edit_details(parent: QWidget, model: AttendanceGridModel, indexes: Sequence[QModelIndex]) -> int:
    """Ask for the mark, arrival time and note of the editable cells among ``indexes`` and apply
    them as one undo step. Returns how many cells changed."""
    keys = model.editable_keys(indexes)
    if not keys:
        locked = [model.locked_reason(index) for index in indexes if model.locked_reason(index)]
        if locked:
            model.problem.emit(locked[0])
        return 0
    dialog = MarkDialog(describe(model, keys), [model.value(key) for key in keys], parent)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return 0
    try:
        values = {key: dialog.apply_to(model.value(key)) for key in keys}
    except ValueError:
        model.problem.emit(translate("AttendanceGrid", "“%1” is not a time; type it as 08:15.").replace(
            "%1", dialog.arrival_edit.text()))
        return 0
    return model.edit(values, translate("AttendanceGrid", "Mark, arrival time and note"))
