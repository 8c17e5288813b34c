"""Who is making the current change.

Every write records its author. Front ends set the actor once per signed-in
user (or per CLI run); services and model hooks read it, so no call chain has
to thread a user argument through every function.
"""

from __future__ import annotations

import contextlib
import getpass
from contextvars import ContextVar

SYSTEM_ACTOR = "system"

_actor: ContextVar[str | None] = ContextVar("lpks_actor", default=None)


def default_actor() -> str:
    """Before sign-in exists, the operating-system account is the best name we have."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name in some service or container contexts
        name = ""
    return f"os:{name}" if name else SYSTEM_ACTOR


def current_actor() -> str:
    return _actor.get() or default_actor()


def set_actor(name: str) -> None:
    _actor.set(name)


@contextlib.contextmanager
def acting_as(name: str):
    token = _actor.set(name)
    try:
        yield
    finally:
        _actor.reset(token)
