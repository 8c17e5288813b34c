"""Who is signed in to this app process.

One person uses the app at a time, and the GUI runs slow work in worker
threads that must act as that same person, so the principal is a plain
process-wide value rather than a context variable (which a new thread would
not inherit).

This module imports no models: ``core.actor`` reads it, and the models read
``core.actor`` for their created_by/updated_by columns.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

# The role codes of ``models.system.Role``, repeated here to keep this module
# free of model imports (see the module docstring).
ADMIN = "admin"
CLERK = "clerk"
TRAINER = "trainer"
READ_ONLY = "read_only"


@dataclass(frozen=True)
class Principal:
    """A signed-in person: their user name, role and, for a trainer, the trainer record."""

    username: str
    role: str
    user_id: int | None = None
    trainer_id: int | None = None
    full_name: str = ""


# Scripts, tests and start-up work that act for the installation itself.
SYSTEM_ADMIN = Principal("system", ADMIN)

_lock = threading.Lock()
_principal: Principal | None = None


def current_principal() -> Principal | None:
    return _principal


def sign_in_as(principal: Principal | None) -> None:
    """Make ``principal`` the signed-in person for the whole process; None signs out."""
    global _principal
    with _lock:
        _principal = principal


@contextlib.contextmanager
def signed_in(principal: Principal | None):
    """Act as ``principal`` inside the block, then restore whoever was signed in before."""
    previous = current_principal()
    sign_in_as(principal)
    try:
        yield principal
    finally:
        sign_in_as(previous)
