"""Undo steps of the attendance grid.

A step stores the cells' values before and after, not the keystroke, so undo
and redo put back exactly what was there, whatever was typed in between.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .grid_model import AttendanceGridModel, CellValue, Key


class SetCellsCommand(QUndoCommand):
    """One edit of one or many cells: a typed letter, a multi-cell change, "all present"."""

    def __init__(self, model: "AttendanceGridModel", before: Mapping["Key", "CellValue | None"],
                 after: Mapping["Key", "CellValue | None"], text: str):
        super().__init__(text)
        self.model = model
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        self.model.apply(self.after)

    def undo(self) -> None:
        self.model.apply(self.before)

    def keys(self) -> list["Key"]:
        return list(self.after)
