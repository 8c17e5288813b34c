"""Making certificate documents off the GUI thread, with a progress bar and Cancel.

Every output is all or nothing: a single PDF is built in memory and written in one step, and
the files of a folder or ZIP are written by the documents layer, which removes what it wrote
when the run is cancelled or fails. So a cancelled run leaves nothing behind.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.services import certificate_documents
from ...documents.output import write_output
from .. import workers

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Look:
    """How the certificates come out: the same for the printer, the preview and files."""

    design: str
    paper: str
    with_back: bool
    lang: str


def _stepper(progress, label: str):
    """The documents layer reports (done, total); the progress dialog also shows what is happening.

    A Cancel arriving with the last step is let through: the documents layer may report it
    after its files are in place, and a run that has written everything counts as done."""
    def step(done: int, total: int) -> None:
        if total and done >= total:
            try:
                progress(done, total, label)
            except workers.Cancelled:
                pass
            return
        progress(done, total, label)
    return step


def _label(count: int) -> str:
    return translate("certificate_batch", "Making %n certificates…", "", count)


def build_pdf(parent: QWidget | None, title: str, class_id: int, certificate_ids: Sequence[int],
              look: Look) -> tuple[bytes, int] | None:
    """One PDF of the certificates in memory with its page count; None when cancelled or refused
    (a refusal has been shown to the clerk)."""
    ids = list(certificate_ids)
    label = _label(len(ids))

    def work(progress, cancelled):
        progress(0, len(ids), label)
        out = io.BytesIO()
        pages = certificate_documents.write_certificates_pdf(
            out, class_id, certificate_ids=ids, design=look.design, paper=look.paper,
            with_back=look.with_back, lang=look.lang, progress=_stepper(progress, label))
        if cancelled():
            raise workers.Cancelled()
        return out.getvalue(), pages

    job = workers.run_with_progress(work, title, parent)
    return job.result if job.status == "done" else None


def save_pdf(parent: QWidget | None, title: str, path: str | Path, class_id: int,
             certificate_ids: Sequence[int], look: Look) -> int | None:
    """The certificates as one PDF file at ``path``; its page count, or None when nothing was written."""
    ids = list(certificate_ids)
    label = _label(len(ids))

    def work(progress, cancelled):
        progress(0, len(ids), label)
        out = io.BytesIO()
        pages = certificate_documents.write_certificates_pdf(
            out, class_id, certificate_ids=ids, design=look.design, paper=look.paper,
            with_back=look.with_back, lang=look.lang, progress=_stepper(progress, label))
        if cancelled():  # the last moment a Cancel still keeps the file from being written
            raise workers.Cancelled()
        write_output(path, out.getvalue())
        return pages

    job = workers.run_with_progress(work, title, parent)
    return job.result if job.status == "done" else None


def save_files(parent: QWidget | None, title: str, target: str | Path, class_id: int,
               certificate_ids: Sequence[int], look: Look, *, as_zip: bool,
               file_pattern: str) -> list[str] | None:
    """One PDF per person into the folder ``target``, or into one ZIP file ``target``; the names
    written, or None when nothing was written."""
    ids = list(certificate_ids)
    label = _label(len(ids))

    def work(progress, cancelled):
        progress(0, len(ids), label)
        return certificate_documents.write_certificate_files_for_class(
            Path(target), class_id, certificate_ids=ids, as_zip=as_zip, file_pattern=file_pattern,
            design=look.design, paper=look.paper, with_back=look.with_back, lang=look.lang,
            progress=_stepper(progress, label))

    job = workers.run_with_progress(work, title, parent)
    return job.result if job.status == "done" else None
