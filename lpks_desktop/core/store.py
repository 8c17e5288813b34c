"""The one object that owns the open database; front ends reach every service through it."""

from __future__ import annotations

import peewee

from .database import DatabaseLocation
from .migrations import UpgradeResult
from .models import BaseModel
from .opening import open_database
from .services import audit


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
        return instance

    def delete(self, instance: BaseModel) -> None:
        model = type(instance)
        with self.transaction():
            instance.delete_instance()
            audit.record("delete", model._meta.table_name, instance.get_id(),
                         audit.field_values(instance))
