"""Ids for rows written in bulk, taken so that no other writer can take them too."""

from __future__ import annotations

import peewee


def reserve_ids(db: peewee.Database, model, count: int) -> list[int]:
    """``count`` ids for new rows of ``model`` that no other writer will take."""
    if count == 0:
        return []
    table = model._meta.table_name
    if isinstance(db, peewee.PostgresqlDatabase):
        # Taken from the sequence, so another PC inserting meanwhile gets other ids.
        cursor = db.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)",
            (count,))
        return [row[0] for row in cursor.fetchall()]
    # SQLite: the IMMEDIATE transaction already holds the write lock.
    highest = db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
    return list(range(highest + 1, highest + 1 + count))
