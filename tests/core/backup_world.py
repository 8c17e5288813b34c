"""Shared pieces of the backup tests: a small real database and a way to look inside files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
from lpks_desktop.core.demo import fill_demo

PASSWORD = "sandi-cadangan-lpks"


@pytest.fixture(autouse=True)
def as_administrator():
    with signed_in(SYSTEM_ADMIN):
        yield


def fill(store, participants: int = 40) -> m.Participant:
    """Demo records; returns one participant whose NIK and name must not leak from encrypted files."""
    fill_demo(store, participants=participants, seed=8)
    return m.Participant.select().order_by(m.Participant.id).first()


def participant_count(store) -> int:
    return store.db.execute_sql('SELECT COUNT(*) FROM "participant"').fetchone()[0]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in Path(folder).iterdir())


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path) -> Path:
    """A backup folder apart from the database's own folder."""
    path = tmp_path / "backups"
    path.mkdir()
    return path
