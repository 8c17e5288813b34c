"""Print the DDL of the current models for a new migration module.

A migration must keep creating the schema of its own version even after the
models change, so its SQL is frozen text rather than a call to the models.
Run it when writing a migration that adds tables, and paste what it prints:

    python tools/freeze_schema.py Institution Program > /tmp/ddl.txt
"""

from __future__ import annotations

import sys

import peewee
from playhouse.apsw_ext import APSWDatabase

from lpks_desktop.core import models


def ddl(database: peewee.Database, model_names: list[str]) -> list[str]:
    chosen = [m for m in models.ALL_MODELS if not model_names or m.__name__ in model_names]
    statements = []
    with database.bind_ctx(chosen, bind_refs=False, bind_backrefs=False):
        for model in chosen:
            sql, _ = model._schema._create_table(safe=False).query()
            statements.append(sql)
            for index in model._schema._create_indexes(safe=False):
                statements.append(database.get_sql_context().sql(index).query()[0])
            if model._meta.table_name in EXTRA:
                statements.append(EXTRA[model._meta.table_name])
    return statements


EXTRA = {
    # A NULL institution means "whole database"; UNIQUE(institution_id, key) would let it repeat.
    "setting": 'CREATE UNIQUE INDEX "setting_scope_key" ON "setting" (COALESCE("institution_id", 0), "key")',
}


def main(argv: list[str]) -> None:
    for label, database in (("SQLITE", APSWDatabase(":memory:")),
                            ("POSTGRESQL", peewee.PostgresqlDatabase("frozen"))):
        print(f"{label} = (")
        for statement in ddl(database, argv):
            print(f"    {statement!r},")
        print(")\n")


if __name__ == "__main__":
    main(sys.argv[1:])
