"""Never two backups (or a backup and a restore) at once, whoever starts them.

Automatic backups, "Back up now", "Back up to…" and the backup on closing all start their
work here; a second request while one runs gets None and the caller says so or waits.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .. import workers

_current: workers.Job | None = None


def current() -> workers.Job | None:
    """The backup or restore running now, if any."""
    if _current is not None and not _current.is_running():
        _forget(_current)
    return _current


def busy() -> bool:
    return current() is not None


def _forget(job: workers.Job) -> None:
    global _current
    if _current is job:
        _current = None


def start(work: workers.Work, title: str, parent: QWidget | None = None, **options) -> workers.Job | None:
    """Start ``work`` (see ``workers``) unless a backup already runs; returns its Job or None."""
    global _current
    if busy():
        return None
    job = workers.Job(work, title, parent, **options)
    _current = job
    job.finished.connect(lambda: _forget(job))
    return job.start()
