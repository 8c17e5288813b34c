"""Settings of this PC (not of the data): which database to open at start-up.

Stored in QSettings, like the interface language. The command line's order
stays: ``--db``, then ``LPKS_DB``, then the database chosen here, then the
default file in the per-user data folder. Call these after
``app.create_application`` has set the organisation and application names.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import quote, urlencode

from PySide6.QtCore import QSettings

from ..core.database import DatabaseLocation, parse_location
from ..core.errors import UserError
from ..core.i18n import Text
from ..core.opening import connect, inspect_version

DATABASE_URL_KEY = "database/url"
DEFAULT_PG_PORT = 5432
TEST_TIMEOUT_S = 5  # a clerk waits this long at most for "Test connection" to answer


def configured_database_url() -> str | None:
    """The database chosen in Settings on this PC, or None when none was chosen."""
    value = QSettings().value(DATABASE_URL_KEY, "")
    text = str(value).strip() if value is not None else ""
    return text or None


def set_configured_database_url(url: str | None) -> None:
    """Remember ``url`` (a file path or a postgresql:// URL) for the next start; None forgets it."""
    settings = QSettings()
    if url:
        settings.setValue(DATABASE_URL_KEY, url)
    else:
        settings.remove(DATABASE_URL_KEY)
    settings.sync()


def postgres_url(host: str, port: int | None, dbname: str, user: str = "", password: str = "") -> str:
    """A postgresql:// URL that ``parse_location`` reads back into the same fields.

    A host that is a folder (a Unix socket, as on test machines) goes in the query string,
    where libpq expects it.
    """
    who = quote(user, safe="") + (":" + quote(password, safe="") if password else "") if user else ""
    query = ""
    netloc_host = host
    if host.startswith("/"):
        socket = {"host": host, **({"port": str(port)} if port else {})}
        query, netloc_host = "?" + urlencode(socket), ""
    netloc = (f"{who}@" if who else "") + netloc_host + (f":{port}" if port and netloc_host else "")
    return f"postgresql://{netloc}/{quote(dbname, safe='')}{query}"


def location_fields(location: DatabaseLocation) -> dict:
    """What the Settings form shows for ``location``: kind, path, host, port, database, user, password."""
    options = dict(location.options)
    return {"kind": location.kind, "path": str(location.path or ""),
            "host": location.host or options.get("host", ""),
            "port": int(location.port or options.get("port") or DEFAULT_PG_PORT),
            "dbname": location.dbname, "user": location.user, "password": location.password}


@dataclasses.dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: Text


def try_connection(location: DatabaseLocation, timeout_s: int = TEST_TIMEOUT_S) -> ConnectionReport:
    """Really connect to ``location`` (no tables created, no file made) and say how it went.

    Slow when a server does not answer: run it off the GUI thread.
    """
    where = location.display()
    if location.is_sqlite and not location.path.exists():
        if not location.path.parent.is_dir():
            return ConnectionReport(False, Text(
                "Folder {folder} tidak ada.", "The folder {folder} does not exist.",
                {"folder": str(location.path.parent)}))
        return ConnectionReport(True, Text(
            "Belum ada basis data di {where}; file baru dibuat saat LPKS Desktop dibuka lagi.",
            "There is no database at {where} yet; a new one is made when LPKS Desktop starts again.",
            {"where": where}))
    if not location.is_sqlite:
        options = dict(location.options)
        options.setdefault("connect_timeout", str(timeout_s))
        location = dataclasses.replace(location, options=tuple(options.items()))
    try:
        db = connect(location)
        try:
            version = inspect_version(db)
        finally:
            db.close()
    except UserError as exc:
        return ConnectionReport(False, exc.text)
    if version == 0:
        return ConnectionReport(True, Text(
            "Berhasil terhubung ke {where}. Basis data ini masih kosong; tabelnya dibuat saat "
            "LPKS Desktop dibuka lagi.",
            "Connected to {where}. This database is still empty; its tables are made when "
            "LPKS Desktop starts again.", {"where": where}))
    return ConnectionReport(True, Text("Berhasil terhubung ke {where}.", "Connected to {where}.",
                                       {"where": where}))


def configured_location(fallback: DatabaseLocation | None = None) -> DatabaseLocation | None:
    """The location chosen in Settings, parsed; ``fallback`` when none was chosen.

    Raises ``DatabaseLocationError`` when the stored value cannot be used (e.g. it names a
    network folder), so start-up can say so.
    """
    url = configured_database_url()
    return parse_location(url) if url else fallback
