"""The database's backup key, kept as a database setting (no password is ever stored)."""

from __future__ import annotations

import json

from cryptography.exceptions import InvalidTag

from .crypto import KeyConfig, check_password_strength, new_key_config

BACKUP_KEY_SETTING = "backup_key"


def _require(action_name: str) -> None:
    # Imported late: the permissions module arrives with sign-in and may load after this one.
    from ..auth.permissions import Action, require

    require(getattr(Action, action_name))


def backup_key(store) -> KeyConfig | None:
    """The database's backup key, or None when no backup password was set.

    Read with plain SQL on the store's own database, not through the models: a
    restore reads it from a connection the models are not bound to.
    """
    db = store.db
    row = db.execute_sql(
        f'SELECT "value" FROM "setting" WHERE "key" = {db.param} AND "institution_id" IS NULL',
        (BACKUP_KEY_SETTING,)).fetchone()
    if not row or not row[0]:
        return None
    try:
        data = json.loads(row[0])
        return KeyConfig.from_dict(data) if data else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def set_backup_password(store, password: str, *, kdf_params: dict | None = None) -> KeyConfig:
    """Make a new backup key pair protected by ``password``; later backups are encrypted with it.

    Backups made before keep opening with the password in force when they were made:
    each file carries its own wrapped key.
    """
    from ..services.settings import set_setting

    _require("EDIT_SETTINGS")
    check_password_strength(password)
    config = new_key_config(password, kdf_params)
    set_setting(store, BACKUP_KEY_SETTING, config.as_dict())
    return config


def clear_backup_password(store) -> None:
    """Stop encrypting automatic backups (existing encrypted backups still need their password)."""
    from ..services.settings import set_setting

    _require("EDIT_SETTINGS")
    set_setting(store, BACKUP_KEY_SETTING, None)


def verify_backup_password(store, password: str) -> bool:
    config = backup_key(store)
    if config is None:
        return False
    try:
        config.unwrap(password)
    except InvalidTag:
        return False
    return True
