"""Slow work off the GUI thread: progress reaches the dialog, Cancel rolls back, errors come home."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt

from lpks_desktop.core.actor import acting_as, current_actor
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.i18n import Text
from lpks_desktop.core.models import Institution
from lpks_desktop.gui import dialogs, workers


def slow_steps(steps: int, delay: float = 0.02):
    def work(progress, cancelled):
        for step in range(1, steps + 1):
            time.sleep(delay)
            progress(step, steps, f"Step {step} of {steps}")
        return threading.current_thread().name

    return work


def test_progress_reaches_the_dialog_and_the_result_comes_back(qtbot):
    seen = []
    job = workers.Job(slow_steps(15), "Counting")
    job.progressed.connect(lambda done, total, label: seen.append((done, total, label)))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as outcome:
        job.start()
        qtbot.waitUntil(lambda: job.dialog.isVisible() and job.dialog.bar.value() > 0, timeout=5000)
        assert job.dialog.bar.maximum() == 15
        assert job.dialog.label.text().startswith("Step ")
    assert outcome.args[0] != threading.current_thread().name  # it ran in another thread
    assert (job.status, job.result) == ("done", outcome.args[0])
    assert seen[-1] == (15, 15, "Step 15 of 15")  # the last report always arrives
    assert not job.is_running()


def test_unknown_total_shows_a_busy_bar(qtbot):
    release = threading.Event()

    def work(progress, cancelled):
        progress(0, 0, "Preparing")
        release.wait(5)

    job = workers.run_in_background(work, "Busy")
    qtbot.waitUntil(lambda: job.dialog.label.text() == "Preparing", timeout=5000)
    assert (job.dialog.bar.minimum(), job.dialog.bar.maximum()) == (0, 0)
    release.set()
    assert job.wait() == "done"


def test_cancel_rolls_back_what_the_work_wrote(qtbot, store):
    def work(progress, cancelled):
        with store.transaction():
            for number in range(1, 200):
                store.save(Institution(code=f"LPK-{number}", name=f"LPK {number}"))
                progress(number, 199, f"Institution {number}")
                time.sleep(0.01)

    job = workers.run_in_background(work, "Writing")
    qtbot.waitUntil(lambda: job.dialog.bar.value() >= 3, timeout=10_000)
    qtbot.mouseClick(job.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelling" in job.dialog.label.text()
    assert not job.dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        pass
    assert job.status == "cancelled"
    assert Institution.select().count() == 0


def test_work_that_polls_cancelled_stops_and_escape_means_cancel(qtbot):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise workers.Cancelled()

    job = workers.run_in_background(work, "Waiting")
    assert started.wait(5)
    qtbot.keyClick(job.dialog, Qt.Key.Key_Escape)
    assert job.wait() == "cancelled"


def test_work_in_a_thread_writes_to_the_database_as_the_current_actor(qtbot, store):
    def work(progress, cancelled):
        store.save(Institution(code="LPK-T", name="LPK Thread"))
        return current_actor()

    with acting_as("clerk-ani"):
        job = workers.run_with_progress(work, "Saving")
    assert (job.status, job.result) == ("done", "clerk-ani")
    assert Institution.get(Institution.code == "LPK-T").created_by == "clerk-ani"


def test_a_user_error_is_shown_as_a_message(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_user_error", lambda parent, exc, title="": shown.append((exc, title)))
    problem = UserError(Text("Disk penuh.", "The disk is full."))

    def work(progress, cancelled):
        raise problem

    job = workers.run_with_progress(work, "Backup")
    assert (job.status, job.error) == ("failed", problem)
    assert shown == [(problem, "Backup")]


def test_a_bug_goes_to_the_crash_handler(qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))
    monkeypatch.setattr(dialogs, "show_user_error", lambda *args: pytest.fail("not a user error"))

    def work(progress, cancelled):
        return 1 / 0

    job = workers.run_with_progress(work, "Dividing")
    assert job.status == "failed"
    assert len(reported) == 1 and isinstance(reported[0], ZeroDivisionError)


def test_errors_can_be_left_to_the_caller(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", lambda *args: pytest.fail("reported"))

    def work(progress, cancelled):
        raise KeyError("x")

    job = workers.run_with_progress(work, "Quiet", handle_errors=False, show_dialog=False)
    assert job.status == "failed" and isinstance(job.error, KeyError) and job.dialog is None


def test_closing_the_widget_that_started_the_work_lets_it_finish(qtbot):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    release = threading.Event()

    def work(progress, cancelled):
        release.wait(5)
        return "finished"

    job = workers.run_in_background(work, "Owned", owner)
    assert workers.busy()
    owner.deleteLater()
    qtbot.wait(50)  # the owner and its progress dialog are gone now
    release.set()
    assert job.wait() == "done" and job.result == "finished"
    assert not workers.busy()
