"""The database handle every model binds to, and the columns every record carries."""

from __future__ import annotations

import peewee

from ..actor import current_actor
from .fields import DateTimeField, utcnow

# Bound at start-up by ``core.database.open_database``; tests bind it to a
# temporary SQLite file or a PostgreSQL schema.
database = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    """Every record knows when and by whom it was created and last changed.

    ``row_version`` is bumped on every save so that a later optimistic-locking
    check can tell whether someone else saved the record in between.
    """

    created_at = DateTimeField(default=utcnow)
    created_by = peewee.CharField(max_length=80, default=current_actor)
    updated_at = DateTimeField(default=utcnow)
    updated_by = peewee.CharField(max_length=80, default=current_actor)
    row_version = peewee.IntegerField(default=1)

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, force_insert=False, only=None):
        if self._pk is not None and not force_insert:
            self.updated_at = utcnow()
            self.updated_by = current_actor()
            self.row_version = (self.row_version or 0) + 1
            if only is not None:
                only = list(only) + [
                    type(self).updated_at,
                    type(self).updated_by,
                    type(self).row_version,
                ]
        return super().save(force_insert=force_insert, only=only)


class Choices:
    """Closed vocabularies stored as short codes; labels live in the front ends."""

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str))

    @classmethod
    def check(cls, column: str) -> str:
        allowed = ", ".join(f"'{v}'" for v in cls.values())
        return f"{column} IN ({allowed})"
