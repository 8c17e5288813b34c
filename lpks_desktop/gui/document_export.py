"""Saving a document the clerk asked for: where to (a save dialog with a sensible name),
building it off the GUI thread, then offering to open it.

Tests replace ``ask_save_path`` and ``open_file`` (and answer ``dialogs``) to drive it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from . import dialogs, workers

FOLDER_KEY = "export/folder"


def safe_file_name(text: str) -> str:
    """A name every file system takes: no path separators or characters Windows refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "-", text.strip())
    return re.sub(r"-{2,}", "-", cleaned).strip("-.") or "dokumen"


def _filter(kind: str) -> str:
    if kind == "xlsx":
        return QCoreApplication.translate("document_export", "Excel workbook (*.xlsx)")
    return QCoreApplication.translate("document_export", "PDF document (*.pdf)")


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, kind: str) -> str:
    """The path chosen in a save dialog ("" when cancelled), with the extension of ``kind``."""
    folder = str(QSettings().value(FOLDER_KEY, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested_name), _filter(kind))
    if chosen and not chosen.lower().endswith(f".{kind}"):
        chosen += f".{kind}"
    return chosen


def open_file(path: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def export_document(parent: QWidget | None, title: str, suggested_name: str, kind: str,
                    build: Callable[[str, workers.Progress], object]) -> str | None:
    """Ask where, run ``build(path, progress)`` with a progress dialog, offer to open the
    result. Returns the path written, or None when nothing was written."""
    path = ask_save_path(parent, title, suggested_name, kind)
    if not path:
        return None
    job = workers.run_with_progress(lambda progress, cancelled: build(path, progress), title, parent)
    if job.status != "done":
        return None
    settings = QSettings()
    settings.setValue(FOLDER_KEY, str(Path(path).parent))
    question = QCoreApplication.translate("document_export", "Saved as %1.\n\nOpen it now?").replace("%1", path)
    if dialogs.ask_yes_no(parent, title, question, default_no=False):
        open_file(path)
    return path
