"""Who is making the current change.

Every write records its author: the signed-in user (``core.auth.session``),
unless a block overrides the name with ``acting_as``. Services and model hooks
read it, so no call chain has to thread a user argument through every function.
"""

from __future__ import annotations

import contextlib
import getpass
from contextvars import ContextVar

from .auth.session import current_principal

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
    """An ``acting_as`` override, else the signed-in user, else the operating-system account."""
    override = _actor.get()
    if override:
        return override
    principal = current_principal()
    return principal.username if principal is not None else default_actor()


def set_actor(name: str) -> None:
    _actor.set(name)


@contextlib.contextmanager
def acting_as(name: str):
    token = _actor.set(name)
    try:
        yield
    finally:
        _actor.reset(token)
