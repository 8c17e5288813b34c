"""The one object that owns the open database; front ends reach every service through it."""

from __future__ import annotations

import peewee

from .actor import current_actor
from .auth import permissions
from .database import DatabaseLocation
from .errors import UserError
from .i18n import Text
from .migrations import UpgradeResult
from .models import BaseModel
from .models.fields import utcnow
from .opening import open_database
from .record_changes import RecordChanged, refusal
from .services import audit

__all__ = ["RecordChanged", "SaveConflict", "Store"]


class SaveConflict(UserError, peewee.IntegrityError):
    """A save the database refused for a unique value or a missing reference.

    Services check uniqueness before saving, so this is what is left: another PC
    saved the same code or NIK a moment earlier. Still an IntegrityError for code
    that retries on it.
    """

    def __init__(self, table: str, detail: str):
        super().__init__(Text(
            "Data {table} tidak disimpan: nilai yang harus unik (kode, NIK, nomor) sudah dipakai "
            "data lain, mungkin baru saja disimpan di PC lain, atau data yang dirujuk sudah "
            "dihapus. Muat ulang (F5), periksa, lalu simpan lagi. ({detail})",
            "The {table} record was not saved: a value that must be unique (code, NIK, number) is "
            "already used, perhaps saved a moment ago on another PC, or a record it refers to was "
            "deleted. Refresh (F5), check, and save again. ({detail})",
            {"table": table, "detail": detail}))


class Store:
    def __init__(self, db: peewee.Database, location: DatabaseLocation,
                 upgrade_result: UpgradeResult | None = None):
        self.db = db
        self.location = location
        self.upgrade_result = upgrade_result

    @classmethod
    def open(cls, location: DatabaseLocation) -> "Store":
        db, result = open_database(location)
        return cls(db, location, result)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        """One write transaction: everything inside commits together or not at all."""
        return self.db.write_transaction()

    def save(self, instance: BaseModel) -> BaseModel:
        """Insert or update one record and log what changed, atomically.

        An existing record is saved only over the version it was loaded at:
        ``RecordChanged`` (nothing written) when someone saved or deleted it since.
        """
        model = type(instance)
        # Behind the services' own checks: no write path can skip the role.
        permissions.require_write(model._meta.table_name)
        try:
            self._save(model, instance)
        except SaveConflict:
            raise
        except peewee.IntegrityError as exc:
            raise SaveConflict(model._meta.table_name, str(exc).splitlines()[0]) from exc
        return instance

    def _save(self, model, instance: BaseModel) -> None:
        with self.transaction():
            if instance.get_id() is None:
                instance.save(force_insert=True)
                audit.record("insert", model._meta.table_name, instance.get_id(),
                             audit.field_values(instance))
                return
            stored = self._stored_for_writing(model, instance)
            if stored is None or stored.row_version != instance.row_version:
                raise refusal(instance, stored)
            changes = audit.diff(audit.field_values(stored), audit.field_values(instance))
            if changes:
                self._update_if_unchanged(model, instance, instance.row_version)
                audit.record("update", model._meta.table_name, instance.get_id(), changes)

    def delete(self, instance: BaseModel) -> None:
        """Delete one record and log it, unless someone changed it since it was loaded
        (``RecordChanged``). A record already deleted elsewhere is left at that."""
        model = type(instance)
        permissions.require_write(model._meta.table_name)
        with self.transaction():
            stored = self._stored_for_writing(model, instance)
            if stored is None:
                return
            if stored.row_version != instance.row_version:
                raise refusal(instance, stored, deleting=True)
            primary_key = model._meta.primary_key
            deleted = (model.delete()
                       .where(primary_key == instance.get_id(),
                              model.row_version == instance.row_version)
                       .execute())
            if deleted != 1:
                raise refusal(instance, self._stored_for_writing(model, instance), deleting=True)
            audit.record("delete", model._meta.table_name, instance.get_id(),
                         audit.field_values(stored))

    def _stored_for_writing(self, model, instance: BaseModel) -> BaseModel | None:
        """The stored row, locked against other writers until the transaction ends.

        PostgreSQL needs FOR UPDATE: a second clerk's save then waits for the first
        to commit and reads the version it wrote. SQLite's IMMEDIATE write
        transaction already lets one writer in at a time.
        """
        query = model.select().where(model._meta.primary_key == instance.get_id())
        if self.db.for_update:
            query = query.for_update()
        return query.first()

    @staticmethod
    def _update_if_unchanged(model, instance: BaseModel, version: int) -> None:
        """Write every field of ``instance`` only where the row still has ``version``.

        The bookkeeping ``BaseModel.save`` does, written out so the UPDATE carries
        the version condition: whatever slipped past the lock is still refused.
        """
        before = (instance.updated_at, instance.updated_by, instance.row_version)
        instance.updated_at = utcnow()
        instance.updated_by = current_actor()
        instance.row_version = version + 1
        primary_key = model._meta.primary_key
        values = {name: value for name, value in instance.__data__.items()
                  if name != primary_key.name}
        rows = (model.update(values)
                .where(primary_key == instance.get_id(), model.row_version == version)
                .execute())
        if rows != 1:
            instance.updated_at, instance.updated_by, instance.row_version = before
            stored = model.select().where(primary_key == instance.get_id()).first()
            raise refusal(instance, stored)
        instance._dirty.clear()
