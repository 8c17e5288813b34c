"""The import's problem report as an Excel or CSV file, to work through while fixing the list.

Written by the core's table writer, so a message quoting a cell such as
``=HYPERLINK(...)`` stays text and a half-written file is never left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core import exporting
from ...core.i18n import Text
from .. import i18n
from .export_actions import save_file
from .models import ProblemsModel


def _same_in_both(text: str) -> Text:
    """Headings already translated by Qt: the same words whichever language the writer asks for."""
    return Text(text, text)


def write_report(path: str, rows: list[dict], model: ProblemsModel, progress=None) -> int:
    columns = [exporting.Column("row", _same_in_both(QCoreApplication.translate("import", "Row")), "int", 7),
               exporting.Column("column", _same_in_both(QCoreApplication.translate("import", "Column")),
                                "text", 24),
               exporting.Column("field", _same_in_both(QCoreApplication.translate("import", "Field")),
                                "text", 20),
               exporting.Column("kind", _same_in_both(QCoreApplication.translate("import", "Kind")), "text", 10),
               exporting.Column("message", _same_in_both(QCoreApplication.translate("import", "Problem")),
                                "text", 90)]
    lines = ([row["row"], model.text(row, "column"), model.text(row, "field"), model.text(row, "kind"),
              model.text(row, "message")] for row in rows)
    title = QCoreApplication.translate("import", "Import problems")
    return exporting.write_table(path, columns, lines, lang=i18n.active_language(), sheet_name=title,
                                 title=title, total=len(rows), progress=progress)


def save_report(parent: QWidget | None, rows: list[dict], model: ProblemsModel, source: str) -> str | None:
    """Ask where, write the report, offer to open it. Returns the path, or None."""
    suffix = QCoreApplication.translate("import", "problems")
    name = f"{Path(source).stem}-{suffix}" if source else suffix
    title = QCoreApplication.translate("import", "Save the problem report")
    return save_file(parent, title, name, "xlsx", lambda path, progress: write_report(path, rows, model, progress))
