"""PostgreSQL backups through ``pg_dump`` and restores through ``pg_restore``.

The password reaches the programs through the PGPASSWORD environment variable
of the child process, never its command line (which other users of the PC can
see). A location whose options set ``search_path`` is one schema of a shared
database: only that schema is dumped and restored.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Callable

from ..errors import UserError
from ..i18n import Text


class ProgramMissing(UserError):
    """pg_dump or pg_restore is not installed on this PC."""


def _program(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise ProgramMissing(Text(
            "Program {program} tidak ditemukan di PC ini. Pasang alat klien PostgreSQL (paket "
            "postgresql-client, atau PostgreSQL untuk Windows) dengan versi yang sama atau lebih baru "
            "dari servernya, lalu coba lagi.",
            "The program {program} was not found on this PC. Install the PostgreSQL client tools "
            "(package postgresql-client, or PostgreSQL for Windows) of the server's version or newer, "
            "then try again.",
            {"program": name}))
    return found


def schema_of(location) -> str | None:
    """The schema named by ``options=-csearch_path=...`` in the location, if any."""
    for key, value in location.options:
        if key != "options":
            continue
        match = re.search(r"-c\s*search_path\s*=\s*([^\s,]+)", value)
        if match:
            schema = match.group(1).strip('"')
            return None if schema == "public" else schema
    return None


def _environment(location) -> dict:
    env = dict(os.environ)
    for name in ("PGPASSWORD", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS"):
        env.pop(name, None)
    if location.host:
        env["PGHOST"] = location.host
    if location.port:
        env["PGPORT"] = str(location.port)
    if location.user:
        env["PGUSER"] = location.user
    env["PGDATABASE"] = location.dbname
    if location.password:
        env["PGPASSWORD"] = location.password
    # Connection keywords given as URL options (``?host=/run/postgresql`` for a local socket,
    # ``?sslmode=require``) are libpq's own: the client programs read them from the environment.
    options = dict(location.options)
    for keyword, variable in (("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"),
                              ("password", "PGPASSWORD"), ("sslmode", "PGSSLMODE")):
        if options.get(keyword) and variable not in env:
            env[variable] = options[keyword]
    env["PGCONNECT_TIMEOUT"] = "10"
    env["PGAPPNAME"] = "lpks-desktop"
    return env


def _failed(program: str, location, output: str) -> UserError:
    detail = " ".join(output.strip().splitlines()[-3:])[:400] or "-"
    return UserError(Text(
        "{program} gagal untuk {where}: {detail}",
        "{program} failed for {where}: {detail}",
        {"program": program, "where": location.display(), "detail": detail}))


def _run(args: list[str], location, *, cancelled: Callable[[], bool] | None = None) -> str:
    process = subprocess.Popen(args, env=_environment(location), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if cancelled is None:
        output, _ = process.communicate()
    else:
        while process.poll() is None:
            if cancelled():
                process.kill()
                process.wait()
                from .snapshot import Cancelled
                raise Cancelled()
            time.sleep(0.1)
        output = process.stdout.read()
        process.stdout.close()
    if process.returncode != 0:
        raise _failed(Path(args[0]).name, location, output)
    return output


def dump(location, target: Path, *, cancelled: Callable[[], bool] | None = None) -> None:
    """``pg_dump -Fc`` of the location's database (or its schema) into ``target``."""
    args = [_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
            f"--file={target}"]
    schema = schema_of(location)
    if schema:
        args.append(f"--schema={schema}")
    _run(args, location, cancelled=cancelled)


def dump_into(location, write: Callable[[BinaryIO], None]) -> None:
    """``pg_dump -Fc`` streamed into ``write(stream)``: an encrypted backup never has a plain
    copy on any disk. Raises when pg_dump fails, after ``write`` has seen what it sent."""
    args = [_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
    schema = schema_of(location)
    if schema:
        args.append(f"--schema={schema}")
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(args, env=_environment(location), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=errors)
        try:
            write(process.stdout)
        except BaseException:
            process.kill()
            raise
        finally:
            process.stdout.close()
            process.wait()
        if process.returncode != 0:
            errors.seek(0)
            raise _failed("pg_dump", location, errors.read().decode("utf-8", "replace"))


def list_contents(path: Path) -> list[str]:
    """The table of contents of a dump; raises UserError when pg_restore cannot read it."""
    result = subprocess.run([_program("pg_restore"), "--list", str(path)], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise UserError(Text("{path} bukan cadangan PostgreSQL yang utuh: {detail}",
                             "{path} is not an intact PostgreSQL backup: {detail}",
                             {"path": str(path), "detail": result.stderr.strip()[:300]}))
    return [line for line in result.stdout.splitlines() if line and not line.startswith(";")]


def read_through(path: Path) -> str | None:
    """Read the whole dump, data included, as a restore would; None when intact, else what failed."""
    result = subprocess.run([_program("pg_restore"), f"--file={os.devnull}", str(path)],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        return " ".join(result.stderr.strip().splitlines()[-2:])[:300] or "pg_restore failed"
    return None


def dumped_tables(toc: list[str]) -> dict[str, set[str]]:
    """{schema: {table}} for the TABLE entries of a table of contents."""
    tables: dict[str, set[str]] = {}
    for line in toc:
        # "215; 1259 16390 TABLE myschema participant postgres"
        match = re.match(r"^\d+;\s+\d+\s+\d+\s+TABLE\s+(\S+)\s+(\S+)", line)
        if match:
            tables.setdefault(match.group(1), set()).add(match.group(2))
    return tables


def dumped_schema_version(path: Path, schema: str) -> int:
    """The highest schema_version row in the dump (0 when none), read without restoring."""
    result = subprocess.run([_program("pg_restore"), "--data-only", f"--schema={schema}",
                             "--table=schema_version", "--file=-", str(path)],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        return 0
    versions, in_copy = [], False
    for line in result.stdout.splitlines():
        if line.startswith("COPY "):
            in_copy = True
            columns = line[line.index("(") + 1:line.index(")")].split(", ")
            position = columns.index("version") if "version" in columns else 1
            continue
        if in_copy:
            if line == "\\.":
                in_copy = False
                continue
            try:
                versions.append(int(line.split("\t")[position]))
            except (ValueError, IndexError):
                pass
    return max(versions, default=0)


# Empties the schema the app uses before the dump recreates it, so tables, sequences and
# functions that a newer schema version added (and the backup does not have) go too.
_CLEAR_CURRENT_SCHEMA = """DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r.tablename); END LOOP;
  FOR r IN SELECT c.relname FROM pg_class c WHERE c.relkind = 'S'
           AND c.relnamespace = current_schema()::regnamespace LOOP
    EXECUTE format('DROP SEQUENCE IF EXISTS %I CASCADE', r.relname); END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
           WHERE p.pronamespace = current_schema()::regnamespace LOOP
    EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', r.signature); END LOOP;
END $$;"""


def restore(location, path: Path) -> None:
    """Replace the database's (or its schema's) contents with the dump, in one transaction.

    ``pg_restore --clean`` alone would leave behind what the current schema has and
    the backup does not (a table a later version added), and the migration ladder
    would then trip over it; so the script pg_restore writes runs through psql,
    after a statement that empties the schema, all inside one transaction: if any
    statement fails, nothing changed.
    """
    schema = schema_of(location)
    clear = f'DROP SCHEMA IF EXISTS "{schema}" CASCADE;' if schema else _CLEAR_CURRENT_SCHEMA
    env = _environment(location)
    for key, value in location.options:
        if key == "options":
            env["PGOPTIONS"] = value
    # The whole script is written out first: were pg_restore to stop half-way while
    # feeding psql, psql would commit the half it had been given.
    with tempfile.TemporaryDirectory(prefix="lpks-restore-") as private:
        script = Path(private) / "restore.sql"
        produced = subprocess.run(
            [_program("pg_restore"), "--no-owner", "--no-privileges", "--no-comments", f"--file={script}",
             str(path)], stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if produced.returncode != 0:
            raise _failed("pg_restore", location, produced.stderr)
        consumer = subprocess.run(
            [_program("psql"), "-X", "-q", "--single-transaction", "-v", "ON_ERROR_STOP=1",
             "-c", clear, "-f", str(script)],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if consumer.returncode != 0:
        raise _failed("psql", location, consumer.stderr or consumer.stdout)
