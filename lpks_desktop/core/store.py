"""The one object that owns the open database; front ends reach every service through it."""

from __future__ import annotations

import peewee

from .database import DatabaseLocation
from .errors import UserError
from .i18n import Text
from .migrations import UpgradeResult
from .models import BaseModel
from .opening import open_database
from .services import audit


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
        """Insert or update one record and log what changed, atomically."""
        model = type(instance)
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
            else:
                stored = model.get_by_id(instance.get_id())
                changes = audit.diff(audit.field_values(stored), audit.field_values(instance))
                if changes:
                    instance.save()
                    audit.record("update", model._meta.table_name, instance.get_id(), changes)

    def delete(self, instance: BaseModel) -> None:
        model = type(instance)
        with self.transaction():
            instance.delete_instance()
            audit.record("delete", model._meta.table_name, instance.get_id(),
                         audit.field_values(instance))
