"""Users, the audit log, settings and the schema version."""

from __future__ import annotations

import peewee as pw

from .base import BaseModel, Choices, database
from .fields import DateTimeField, utcnow
from .institution import Institution
from .trainer import Trainer


class Role(Choices):
    ADMIN = "admin"
    CLERK = "clerk"
    TRAINER = "trainer"
    READ_ONLY = "read_only"  # head or inspector


class User(BaseModel):
    username = pw.CharField(max_length=80, unique=True)
    full_name = pw.CharField(max_length=200, default="")
    role = pw.CharField(max_length=10, default=Role.CLERK,
                        constraints=[pw.Check(Role.check("role"))])
    password_hash = pw.CharField(max_length=255, null=True)  # argon2id
    trainer = pw.ForeignKeyField(Trainer, null=True, backref="users", on_delete="SET NULL")
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    last_login_at = DateTimeField(null=True)
    # Set for an account an administrator created or reset: the first sign-in asks for a new one.
    must_change_password = pw.BooleanField(default=False)

    class Meta:
        table_name = "app_user"  # "user" is reserved in PostgreSQL


# The hash an empty trail's head holds and the first entry chains from.
GENESIS_HASH = "0" * 64


class AuditLog(pw.Model):
    """Who changed what, written in the same transaction as the change.

    Not a BaseModel: an audit entry is never edited, so it has no update columns
    (the database refuses UPDATE and DELETE on this table). Each entry carries the
    hash of the one before it (``prev_hash``) and its own (``entry_hash``, SHA-256
    over a canonical text of its columns, see ``services.audit.entry_hash``), so an
    entry altered or deleted afterwards breaks the chain.
    """

    at = DateTimeField(default=utcnow, index=True)
    username = pw.CharField(max_length=80, index=True)
    action = pw.CharField(max_length=20)  # insert, update, delete, or a service verb
    table_name = pw.CharField(max_length=60)
    row_id = pw.BigIntegerField(null=True)
    changes = pw.TextField(default="")  # JSON: {"field": [old, new]} or a summary
    prev_hash = pw.FixedCharField(max_length=64)
    entry_hash = pw.FixedCharField(max_length=64)

    class Meta:
        database = database
        legacy_table_names = False
        indexes = ((("table_name", "row_id"), False),)


class AuditHead(pw.Model):
    """The one row that says where the audit chain ends.

    Updated in the same transaction as every entry: on PostgreSQL its row lock
    makes concurrent writers chain one after another, and a trail whose last
    entries were deleted no longer agrees with it.
    """

    id = pw.IntegerField(primary_key=True, constraints=[pw.Check("id = 1")])
    last_id = pw.BigIntegerField(default=0)
    last_hash = pw.FixedCharField(max_length=64, default=GENESIS_HASH)
    entries = pw.BigIntegerField(default=0)

    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """A setting that belongs to the data (per database, or per institution).

    Settings that belong to one PC (window size, language) live in the GUI's
    own settings store instead.
    """

    institution = pw.ForeignKeyField(Institution, null=True, backref="settings", on_delete="CASCADE")
    key = pw.CharField(max_length=100)
    value = pw.TextField()  # JSON

    class Meta:
        # A plain UNIQUE(institution, key) lets NULL institutions repeat a key.
        indexes = ()


class SchemaVersion(pw.Model):
    """One row per migration applied; the highest version is the schema's."""

    version = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=200)
    applied_at = DateTimeField(default=utcnow)
    app_version = pw.CharField(max_length=40)

    class Meta:
        database = database
        legacy_table_names = False
