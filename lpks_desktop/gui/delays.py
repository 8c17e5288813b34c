"""Short delays that run a database query once the user stops typing or choosing.

A delay can end after its dialog was closed or after the database was let go (the app
switching databases or quitting): the query is skipped then rather than failing in the event loop.
"""

from __future__ import annotations

import weakref
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from ..core.models.base import database


def database_is_open() -> bool:
    # A bound database with no connection yet is fine: peewee connects on the first query.
    return database.obj is not None


def query_delay(owner: QWidget, milliseconds: int, callback: Callable[[], object]) -> QTimer:
    """A single-shot timer owned by ``owner`` that calls ``callback`` while the database is open."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)

    # A weak reference: the timer must not keep its dialog or page alive after it is gone.
    target = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else lambda: callback

    def fire() -> None:
        method = target()
        if method is not None and database_is_open():
            method()

    timer.timeout.connect(fire)
    if isinstance(owner, QDialog):
        owner.finished.connect(timer.stop)
    return timer
