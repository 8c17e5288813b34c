"""User accounts: the first administrator, adding and locking users, passwords and sign-in.

Every change is written to the audit trail in the same transaction, never with
a password or its hash. Account changes do not go through ``Store.save``: a
sign-in (nobody signed in yet) and a clerk changing their own password must
write the user row without the right to manage users.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import JOIN

from ..actor import acting_as, current_actor
from ..errors import UserError
from ..i18n import Text
from ..models import Role, Trainer, User
from ..models.fields import utcnow
from ..services import audit
from . import passwords
from .permissions import Action, require
from .session import Principal, current_principal

USERNAME_PATTERN = re.compile(r"[a-z0-9._-]{3,40}")
# Names the app itself writes as the author of changes.
RESERVED_NAMES = frozenset({"system"})

# (failures in a row, how long the account is then locked); None = until an administrator unlocks it.
LOCKOUT_STEPS: tuple[tuple[int, dt.timedelta | None], ...] = (
    (20, None),
    (15, dt.timedelta(minutes=30)),
    (10, dt.timedelta(minutes=5)),
    (5, dt.timedelta(minutes=1)),
)
# The last administrator who can sign in is never locked out for good: nobody would be left to
# unlock anyone. Past the last step they are locked for this long at each failure instead.
LAST_ADMIN_LOCK = dt.timedelta(minutes=30)

_USER = "app_user"


class AccountError(UserError):
    """An account change that was refused; nothing was written."""


class SignInFailed(UserError):
    """A sign-in refused for a wrong user name or password (the same text for both)."""


class AccountLocked(SignInFailed):
    """A sign-in refused because the account is locked; ``until`` is None when an administrator
    must unlock it."""

    def __init__(self, text: Text, until: dt.datetime | None):
        super().__init__(text)
        self.until = until


WRONG_CREDENTIALS = Text("Nama pengguna atau kata sandi salah.", "Wrong user name or password.")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    trainer_id: int | None
    trainer_name: str
    active: bool
    has_password: bool
    failed_logins: int
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    must_change_password: bool

    def as_dict(self) -> dict:
        return {"username": self.username, "full_name": self.full_name, "role": self.role,
                "trainer": self.trainer_name or None, "active": self.active,
                "has_password": self.has_password, "failed_logins": self.failed_logins,
                "locked_until": _iso(self.locked_until), "last_login_at": _iso(self.last_login_at),
                "must_change_password": self.must_change_password}


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value else None


def _local_time(utc: dt.datetime) -> str:
    """A stored UTC time as the user's clock shows it."""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------------------- reading


def has_accounts() -> bool:
    """Whether anyone can sign in with a password. Users without one (as demo data creates)
    do not count: the app stays in single-PC mode until a real account exists."""
    return User.select(User.id).where(User.password_hash.is_null(False), User.password_hash != "").exists()


def _can_sign_in(query):
    return query.where(User.active == True, User.password_hash.is_null(False),  # noqa: E712
                       User.password_hash != "")


def _active_admins() -> int:
    return _can_sign_in(User.select().where(User.role == Role.ADMIN)).count()


def _must_change(user: User) -> bool:
    return bool(getattr(user, "must_change_password", False))


def list_users() -> list[UserRow]:
    require(Action.MANAGE_USERS)
    rows = []
    query = (User.select(User, Trainer.full_name.alias("trainer_name"))
             .join(Trainer, join_type=JOIN.LEFT_OUTER, on=(User.trainer == Trainer.id))
             .order_by(User.username))
    for user in query.objects():
        rows.append(UserRow(
            id=user.id, username=user.username, full_name=user.full_name, role=user.role,
            trainer_id=user.trainer_id, trainer_name=user.trainer_name or "", active=bool(user.active),
            has_password=bool(user.password_hash), failed_logins=user.failed_logins or 0,
            locked_until=user.locked_until, last_login_at=user.last_login_at,
            must_change_password=_must_change(user)))
    return rows


def must_change_password(username: str) -> bool:
    """Whether the user must choose a new password (an administrator set their current one)."""
    user = User.get_or_none(User.username == username)
    return user is not None and _must_change(user)


def principal_for(user: User) -> Principal:
    return Principal(user.username, user.role, user_id=user.id,
                     trainer_id=user.trainer_id if user.role == Role.TRAINER else None,
                     full_name=user.full_name)


# ---------------------------------------------------------------------------- checks


def check_username(username: str) -> str:
    name = (username or "").strip()
    if not USERNAME_PATTERN.fullmatch(name) or name in RESERVED_NAMES:
        raise AccountError(Text(
            'Nama pengguna "{user}" tidak bisa dipakai: 3 sampai 40 karakter, huruf kecil, angka, '
            'titik, garis bawah atau tanda hubung, dan bukan "system".',
            'The user name "{user}" cannot be used: 3 to 40 characters, lowercase letters, digits, '
            'dots, underscores or hyphens, and not "system".', {"user": name}))
    return name


def _check_role(role: str) -> None:
    if role not in Role.values():
        raise AccountError(Text("Peran {role} tidak dikenal; pilih salah satu: {roles}.",
                                "Unknown role {role}; choose one of: {roles}.",
                                {"role": role, "roles": ", ".join(Role.values())}))


def _trainer_link(username: str, role: str, trainer_id: int | None) -> int | None:
    """A trainer account must say which trainer it is; other roles carry no link."""
    if role != Role.TRAINER:
        return None
    if trainer_id is None:
        raise AccountError(Text(
            "Pengguna {user} berperan instruktur: pilih data instruktur yang menjadi akun ini.",
            "User {user} has the trainer role: choose the trainer record this account belongs to.",
            {"user": username}))
    if not Trainer.select(Trainer.id).where(Trainer.id == trainer_id).exists():
        raise AccountError(Text("Data instruktur #{trainer} tidak ada.",
                                "There is no trainer record #{trainer}.", {"trainer": trainer_id}))
    return trainer_id


def _get(username: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip())
    if user is None:
        raise AccountError(Text("Tidak ada pengguna bernama {user}.", "There is no user named {user}.",
                                {"user": username}))
    return user


def _keep_an_admin(user: User, verb_id: str, verb_en: str) -> None:
    """Refuse to take away the last administrator who can sign in."""
    if (user.role == Role.ADMIN and user.active and user.password_hash
            and _active_admins() <= 1):
        raise AccountError(Text(
            "{user} adalah satu-satunya administrator aktif dan tidak bisa {verb_id}. "
            "Tambahkan administrator lain lebih dulu.",
            "{user} is the only active administrator and cannot be {verb_en}. "
            "Add another administrator first.",
            {"user": user.username, "verb_id": verb_id, "verb_en": verb_en}))


# ---------------------------------------------------------------------------- writing


def _update(user: User, **values) -> None:
    """Change the user row, keeping its bookkeeping columns as ``BaseModel.save`` does."""
    values.update(updated_at=utcnow(), updated_by=current_actor(), row_version=User.row_version + 1)
    User.update(**values).where(User.id == user.id).execute()


def _create(store, username: str, role: str, password: str, full_name: str,
            trainer_id: int | None, action: str) -> User:
    password_hash = passwords.hash_password(password)
    with store.transaction():
        if User.select(User.id).where(User.username == username).exists():
            raise AccountError(Text("Nama pengguna {user} sudah dipakai.",
                                    "The user name {user} is already taken.", {"user": username}))
        user = User.create(username=username, full_name=full_name.strip(), role=role,
                           password_hash=password_hash, trainer=trainer_id, active=True)
        audit.record(action, _USER, user.id, {
            "username": username, "full_name": user.full_name, "role": role,
            "trainer_id": trainer_id, "password": "set"})
    return user


def create_first_admin(store, username: str, password: str, *, full_name: str = "") -> Principal:
    """The first administrator, on first run; refused once any account has a password.

    A user of that name without a password (as demo data leaves them) becomes the administrator.
    """
    username = check_username(username)
    passwords.check_password(password, username)
    if has_accounts():
        raise AccountError(Text(
            "Administrator pertama sudah ada. Pengguna baru ditambahkan oleh administrator.",
            "The first administrator already exists. New users are added by an administrator."))
    password_hash = passwords.hash_password(password)
    with acting_as(username), store.transaction():
        if has_accounts():  # another PC did it a moment ago
            raise AccountError(Text(
                "Administrator pertama sudah ada. Pengguna baru ditambahkan oleh administrator.",
                "The first administrator already exists. New users are added by an administrator."))
        user = User.get_or_none(User.username == username)
        if user is None:
            user = User.create(username=username, full_name=full_name.strip(), role=Role.ADMIN,
                               password_hash=password_hash, active=True)
        else:
            _update(user, role=Role.ADMIN, password_hash=password_hash, active=True, trainer=None,
                    failed_logins=0, locked_until=None,
                    **({"full_name": full_name.strip()} if full_name.strip() else {}))
            user = User.get_by_id(user.id)
        audit.record("first_admin", _USER, user.id, {
            "username": username, "full_name": user.full_name, "role": Role.ADMIN, "password": "set"})
    return principal_for(user)


def add_user(store, username: str, role: str, password: str, *, full_name: str = "",
             trainer_id: int | None = None) -> User:
    require(Action.MANAGE_USERS)
    username = check_username(username)
    _check_role(role)
    passwords.check_password(password, username)
    trainer_id = _trainer_link(username, role, trainer_id)
    return _create(store, username, role, password, full_name, trainer_id, "user_add")


def set_password(store, username: str, new_password: str, *, current_password: str | None = None) -> None:
    """A user changes their own password (``current_password`` needed), or an administrator sets
    someone's, who must then choose a new one at their next sign-in."""
    principal = current_principal()
    own = principal is not None and principal.username == (username or "").strip() \
        and current_password is not None
    if not own:
        require(Action.MANAGE_USERS)
    user = _get(username)
    if own and not passwords.verify_password(user.password_hash, current_password):
        raise AccountError(Text("Kata sandi sekarang salah; kata sandi tidak diubah.",
                                "The current password is wrong; the password was not changed."))
    passwords.check_password(new_password, user.username)
    password_hash = passwords.hash_password(new_password)
    values = {"password_hash": password_hash}
    if hasattr(User, "must_change_password"):
        values["must_change_password"] = not own
    with store.transaction():
        _update(user, **values)
        audit.record("password_change" if own else "password_reset", _USER, user.id,
                     {"password": "changed"})


def set_role(store, username: str, role: str, *, trainer_id: int | None = None) -> None:
    require(Action.MANAGE_USERS)
    _check_role(role)
    user = _get(username)
    trainer_id = _trainer_link(user.username, role, trainer_id)
    if role != Role.ADMIN:
        _keep_an_admin(user, "diturunkan perannya", "given another role")
    changes = audit.diff({"role": user.role, "trainer_id": user.trainer_id},
                         {"role": role, "trainer_id": trainer_id})
    if not changes:
        return
    with store.transaction():
        _update(user, role=role, trainer=trainer_id)
        audit.record("role_change", _USER, user.id, changes)


def lock_user(store, username: str) -> None:
    """Lock an account until an administrator unlocks it."""
    require(Action.MANAGE_USERS)
    user = _get(username)
    _keep_an_admin(user, "dikunci", "locked")
    if not user.active:
        return
    with store.transaction():
        _update(user, active=False)
        audit.record("user_lock", _USER, user.id, {"active": [True, False]})


def unlock_user(store, username: str) -> None:
    """Unlock an account locked by an administrator or by failed sign-ins."""
    require(Action.MANAGE_USERS)
    user = _get(username)
    with store.transaction():
        _update(user, active=True, failed_logins=0, locked_until=None)
        audit.record("user_unlock", _USER, user.id, {
            "active": [bool(user.active), True], "failed_logins": [user.failed_logins, 0],
            "locked_until": [_iso(user.locked_until), None]})


def delete_user(store, username: str) -> None:
    require(Action.MANAGE_USERS)
    user = _get(username)
    _keep_an_admin(user, "dihapus", "deleted")
    with store.transaction():
        User.delete().where(User.id == user.id).execute()
        audit.record("delete", _USER, user.id, {"username": user.username, "role": user.role,
                                                 "full_name": user.full_name})


# ---------------------------------------------------------------------------- signing in


def _lock_for(failures: int, last_admin: bool) -> tuple[bool, dt.timedelta | None]:
    """Whether ``failures`` in a row lock the account, and for how long (None: until unlocked)."""
    for threshold, duration in LOCKOUT_STEPS:
        if failures >= threshold:
            if duration is None and last_admin:
                return True, LAST_ADMIN_LOCK
            return True, duration
    return False, None


def _locked_text(username: str, until: dt.datetime | None) -> Text:
    if until is None:
        return Text("Akun {user} dikunci. Minta administrator membukanya.",
                    "The account {user} is locked. Ask an administrator to unlock it.",
                    {"user": username})
    return Text("Terlalu banyak percobaan gagal: akun {user} dikunci sampai {until}. "
                "Coba lagi setelah itu, atau minta administrator membukanya.",
                "Too many failed attempts: the account {user} is locked until {until}. "
                "Try again after that, or ask an administrator to unlock it.",
                {"user": username, "until": _local_time(until)})


def sign_in(store, username: str, password: str, *, now: dt.datetime | None = None) -> Principal:
    """Check a user name and password and return who signed in; the caller makes them current.

    An unknown name and a wrong password get the same answer so names cannot be guessed, and
    both are audited. Each failure is committed before the refusal is raised.
    """
    now = (now or utcnow()).replace(tzinfo=None, microsecond=0)
    name = (username or "").strip()[:80]
    user = User.get_or_none(User.username == name) if name else None
    if user is None or not user.password_hash:
        passwords.spend_verify_time(password)
        with acting_as(name or "?"), store.transaction():
            audit.record("sign_in_failed", _USER, user.id if user else None,
                         {"username": name, "reason": "unknown user" if user is None else "no password"})
        raise SignInFailed(WRONG_CREDENTIALS)
    if user.locked_until is not None and user.locked_until > now:
        with acting_as(name), store.transaction():
            audit.record("sign_in_refused", _USER, user.id,
                         {"reason": "locked", "locked_until": _iso(user.locked_until)})
        raise AccountLocked(_locked_text(name, user.locked_until), user.locked_until)
    if not passwords.verify_password(user.password_hash, password):
        _count_failure(store, user, now)
    if not user.active:
        with acting_as(name), store.transaction():
            audit.record("sign_in_refused", _USER, user.id, {"reason": "account locked"})
        raise AccountLocked(_locked_text(name, None), None)
    values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    changes = {"last_login_at": [_iso(user.last_login_at), _iso(now)]}
    if user.failed_logins:
        changes["failed_logins"] = [user.failed_logins, 0]
    if passwords.needs_rehash(user.password_hash):
        values["password_hash"] = passwords.hash_password(password)
        changes["password"] = "rehashed"
    with acting_as(name), store.transaction():
        _update(user, **values)
        audit.record("sign_in", _USER, user.id, changes)
    return principal_for(User.get_by_id(user.id))


def _count_failure(store, user: User, now: dt.datetime) -> None:
    """Count one more failure in a row (atomically: two PCs may fail at once), lock the account
    when a step is reached, commit, then refuse."""
    with acting_as(user.username), store.transaction():
        User.update(failed_logins=User.failed_logins + 1).where(User.id == user.id).execute()
        failures = User.select(User.failed_logins).where(User.id == user.id).scalar()
        last_admin = user.role == Role.ADMIN and user.active and _active_admins() <= 1
        locks, duration = _lock_for(failures, last_admin)
        values: dict = {}
        until = None
        if locks and duration is None:
            values["active"] = False
        elif locks:
            until = now + duration
            values["locked_until"] = until
        if values:
            _update(user, **values)
        audit.record("sign_in_failed", _USER, user.id, {
            "reason": "wrong password", "failed_logins": failures,
            **({"locked_until": _iso(until)} if until else {}),
            **({"active": [True, False]} if "active" in values else {})})
    if locks:
        raise AccountLocked(_locked_text(user.username, until), until)
    raise SignInFailed(WRONG_CREDENTIALS)
