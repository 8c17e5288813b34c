"""Delayed queries never run against a closed database or for a closed dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from lpks_desktop.core.models.base import database
from lpks_desktop.gui.delays import database_is_open, query_delay


def test_the_query_runs_once_the_delay_ends(qtbot, store):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls = []
    timer = query_delay(dialog, 10, lambda: calls.append(database.execute_sql("SELECT 1").fetchone()))
    timer.start()
    qtbot.waitUntil(lambda: calls == [(1,)], timeout=2000)


def test_closing_the_dialog_cancels_a_pending_query(qtbot, store):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls = []
    timer = query_delay(dialog, 50, lambda: calls.append(1))
    dialog.open()
    timer.start()
    dialog.reject()
    assert not timer.isActive()
    qtbot.wait(120)
    assert calls == []


def test_a_delay_ending_after_the_database_was_unbound_does_nothing(qtbot, store):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls = []
    timer = query_delay(dialog, 10, lambda: calls.append(database.execute_sql("SELECT 1")))
    bound = database.obj
    timer.start()
    database.initialize(None)
    try:
        assert not database_is_open()
        qtbot.wait(80)
    finally:
        database.initialize(bound)
    assert calls == []
    assert database_is_open()


def test_the_delay_does_not_keep_its_owner_alive(qtbot):
    import gc
    import weakref

    class Owner(QDialog):
        def check(self):
            pass

    owner = Owner()
    query_delay(owner, 10, owner.check)
    gone = weakref.ref(owner)
    del owner
    gc.collect()
    assert gone() is None
