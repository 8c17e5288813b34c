"""Password hashing (argon2id) and what makes a password acceptable.

The parameters sit above OWASP's minimum for argon2id (19 MiB, 2 passes,
1 lane; or 46 MiB with 1 pass): 46 MiB with 2 passes. Raising them later is
safe: a stored hash made with older parameters is re-hashed the next time its
owner signs in (``needs_rehash``).
"""

from __future__ import annotations

import argon2

from ..errors import UserError
from ..i18n import Text

MEMORY_KIB = 47104  # 46 MiB
TIME_COST = 2
PARALLELISM = 1
MIN_LENGTH = 10

_hasher = argon2.PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB,
                                parallelism=PARALLELISM, type=argon2.Type.ID)

# Verified against when the user name is unknown, so that answer takes as long
# as a wrong password and timing does not tell which names exist.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash``; an empty or damaged hash matches nothing."""
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and bool(stored_hash)
    except argon2.exceptions.InvalidHashError:
        return False
    except argon2.exceptions.VerificationError:
        return False


def spend_verify_time(password: str) -> None:
    """Do the work of one verification for a sign-in that has no hash to check."""
    verify_password(None, password)


def needs_rehash(stored_hash: str) -> bool:
    """Whether the hash was made with other parameters than today's (or another algorithm)."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except argon2.exceptions.InvalidHashError:
        return True


class WeakPassword(UserError):
    """A new password the policy refuses; ``problems`` lists each reason."""

    def __init__(self, problems: list[Text]):
        joined = Text(" ".join(p.id.format(**p.params) for p in problems),
                      " ".join(p.en.format(**p.params) for p in problems))
        super().__init__(joined)
        self.problems = problems


def password_problems(password: str, username: str = "") -> list[Text]:
    """Every reason ``password`` is not acceptable for ``username``; empty when it is."""
    problems: list[Text] = []
    if len(password) < MIN_LENGTH:
        problems.append(Text("Kata sandi terlalu pendek: paling sedikit {minimum} karakter, "
                             "ini {length}.",
                             "The password is too short: at least {minimum} characters, "
                             "this one has {length}.",
                             {"minimum": MIN_LENGTH, "length": len(password)}))
    if username and password.strip().casefold() == username.strip().casefold():
        problems.append(Text("Kata sandi tidak boleh sama dengan nama pengguna {user}.",
                             "The password may not be the user name {user}.", {"user": username}))
    if password and len(set(password)) == 1:
        problems.append(Text("Kata sandi tidak boleh satu karakter yang diulang.",
                             "The password may not be one character repeated."))
    return problems


def check_password(password: str, username: str = "") -> None:
    """Raise ``WeakPassword`` naming every problem, or return when the password is acceptable."""
    problems = password_problems(password, username)
    if problems:
        raise WeakPassword(problems)
