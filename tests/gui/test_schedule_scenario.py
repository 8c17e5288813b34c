"""What the schedule dialog tests share: a small foundation to schedule in, and a stand-in for the
clerk answering each modal dialog in turn (through ``dialogs._exec``, the one patch point)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lpks_desktop.core import models as m
from lpks_desktop.gui import dialogs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import class_scenario  # noqa: E402  (tests/core's scenario: institutions, rooms, program, trainers)

TODAY = dt.date.today()
LEFT = Qt.MouseButton.LeftButton


class Clerk:
    """Answers the modal dialogs in the order they open: each queued answer gets the dialog
    and returns its result code. A dialog nobody expected is closed (Esc)."""

    def __init__(self):
        self.answers: list = []
        self.seen: list = []

    def then(self, answer) -> "Clerk":
        self.answers.append(answer)
        return self

    def yes(self) -> "Clerk":
        return self.then(click(QMessageBox.StandardButton.Yes))

    def ok(self) -> "Clerk":
        return self.then(click(QMessageBox.StandardButton.Ok))

    def __call__(self, dialog) -> int:
        self.seen.append(dialog)
        if not self.answers:
            dialog.reject()
            return 0
        return self.answers.pop(0)(dialog)

    def texts(self) -> list[str]:
        """What the message boxes shown said."""
        return [d.text() for d in self.seen if isinstance(d, QMessageBox)]


def click(button):
    def answer(dialog):
        assert isinstance(dialog, QMessageBox), type(dialog)
        dialog.button(button).click()
        return 0
    return answer


def accept_with(fill=None):
    """Fill a dialog (``fill(dialog)``), then press its OK/Save; returns what the dialog ended with."""
    def answer(dialog):
        if fill is not None:
            fill(dialog)
        dialog.accept()
        return dialog.result()  # still Rejected (0) when the dialog refused to close
    return answer


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """A dialog nobody answers would block the run: it is closed as with Esc."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: dialog.reject() or 0)


@pytest.fixture
def clerk(monkeypatch):
    answering = Clerk()
    monkeypatch.setattr(dialogs, "_exec", answering)
    return answering


@pytest.fixture
def scene(store):
    """tests/core's scenario (class SBP-JHT-2026-01 running since 2 November 2026) and a second,
    planned class of the same program that starts after today and has no sessions yet."""
    built = class_scenario.build(store)
    start = TODAY + dt.timedelta(days=14 - TODAY.weekday())  # a Monday two weeks ahead at most
    built.planned = store.save(m.TrainingClass(
        institution=built.sbp.id, program=built.program.id, code="SBP-JHT-2026-02",
        name="Menjahit Angkatan 2", batch=2, room=built.sewing_room.id, capacity=16,
        status=m.ClassStatus.PLANNED, start_date=start))
    store.save(m.TrainerCompetency(trainer=built.budi.id, unit_code=built.units[0].code,
                                   title=built.units[0].title))
    return built


session = class_scenario.session


def test_the_scenario_has_a_planned_class_after_today(scene):
    assert scene.planned.start_date > TODAY and scene.planned.start_date.weekday() == 0
