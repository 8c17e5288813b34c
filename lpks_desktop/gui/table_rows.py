"""Choosing a whole row of a table from code, as a click would."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Select ``row`` alone and scroll it into view."""
    index = table.model().index(row, 0)
    table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
