"""What the enrollment GUI tests share: tests/core's small foundation, people to register, a
Prakerja class, and the clerk who answers each modal dialog in turn (``dialogs._exec``)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.services import enrollments as en
from lpks_desktop.gui import dialogs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import class_scenario  # noqa: E402  (institutions, rooms, a program, trainers, a running class)
from test_schedule_scenario import Clerk, accept_with, click  # noqa: E402

__all__ = ["Clerk", "accept_with", "class_scenario", "click", "clerk", "new_class", "no_real_dialogs",
           "person", "registered", "scene", "shown", "status_of"]

_serial = itertools.count(1)


def person(store, name: str, *, sex: str = "P", phone: str = "", **extra) -> m.Participant:
    # Women's NIKs carry day + 40: "41" is the first of the month.
    day = "41" if sex == "P" else "01"
    return store.save(m.Participant(nik=f"631101{day}0190{next(_serial):04d}", full_name=name,
                                    sex=sex, phone=phone, **extra))


def registered(store, klass, name: str, *statuses: str, reason: str = "Tes tertulis",
               **extra) -> m.Enrollment:
    """A new person registered in ``klass`` and moved through ``statuses``."""
    enrollment = en.register(store, person(store, name, **extra).id, klass.id)[0]
    for status in statuses:
        enrollment = en.change_status(store, enrollment.id, status, reason=reason)[0]
    return enrollment


def status_of(enrollment) -> str:
    return m.Enrollment.get_by_id(enrollment.id).status


def new_class(scene, code: str, *, capacity: int = 16, funding: str = "apbn",
              status: str = m.ClassStatus.OPEN, institution=None) -> m.TrainingClass:
    return scene.store.save(m.TrainingClass(
        institution=(institution or scene.sbp).id, program=scene.program.id, code=code,
        name=f"Kelas {code}", capacity=capacity, funding=funding, status=status))


@pytest.fixture
def scene(store):
    built = class_scenario.build(store)
    built.store = store
    return built


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
def shown(monkeypatch):
    """What the screens told the clerk: problems (by code) and user errors, without dialogs."""
    said: dict[str, list] = {"problems": [], "errors": []}
    monkeypatch.setattr(dialogs, "show_problems",
                        lambda parent, title, problems: said["problems"].extend(problems))
    monkeypatch.setattr(dialogs, "show_user_error",
                        lambda parent, exc, title="": said["errors"].append(exc.render("en")))
    return said
