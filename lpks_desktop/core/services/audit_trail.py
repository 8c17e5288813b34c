"""Reading the audit trail: a filtered, paged list, one entry's changes, and the chain check.

Entries are written by ``services.audit.record`` as a hash chain (schema 5). The
check recomputes every hash and names the first entry that does not fit, with its
time and author, so a head or inspector can tell what was tampered with.

What the chain can and cannot show: an entry altered, deleted or added outside the
program, and newest entries cut off, are all found. Someone who rewrites every
hash from an entry onwards AND the head row leaves a chain that checks out; only
an older copy (a backup) of ``audit_head`` shows that, since its hash no longer
appears in the trail.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from typing import Callable

import peewee

from ..i18n import Text
from ..models import GENESIS_HASH, AuditLog
from .audit import entry_hash
from .listing import Listing, ListRequest, contains

BATCH = 5000
MAX_PROBLEMS = 20

# Actions whose changes are {"field": [old, new]} pairs (services.audit.diff).
DIFF_ACTIONS = frozenset({"update", "replace", "revoke"})
REMOVED_ACTIONS = frozenset({"delete"})


def _require_view() -> None:
    from ..auth.permissions import Action, require

    require(Action.VIEW_AUDIT)


# -- the list ------------------------------------------------------------------------------------

def local_day_start(day: _dt.date) -> _dt.datetime:
    """The UTC moment (naive, as stored) when ``day`` begins on this PC's clock."""
    return _dt.datetime.combine(day, _dt.time()).astimezone().astimezone(_dt.UTC).replace(tzinfo=None)


class AuditListing(Listing):
    """Audit entries, newest first by default.

    Filters: ``username``, ``table_name``, ``action`` (exact), ``row_id`` (int),
    ``date_from`` and ``date_to`` (``date``: whole days on this PC's clock, both
    included; or ``datetime`` in UTC). The search finds text in the changes or the
    user name.
    """

    model = AuditLog
    keys = ("at", "username", "action", "table_name", "row_id", "changes")
    default_sort = "at"

    def columns(self) -> dict[str, peewee.Node]:
        return {"at": AuditLog.at, "username": AuditLog.username, "action": AuditLog.action,
                "table_name": AuditLog.table_name, "row_id": AuditLog.row_id,
                "changes": AuditLog.changes}

    def apply_filters(self, query, request: ListRequest):
        filters = request.filters
        for key in ("username", "table_name", "action"):
            if filters.get(key):
                query = query.where(getattr(AuditLog, key) == filters[key])
        if filters.get("row_id") is not None:
            query = query.where(AuditLog.row_id == int(filters["row_id"]))
        start, end = filters.get("date_from"), filters.get("date_to")
        if start is not None:
            if not isinstance(start, _dt.datetime):
                start = local_day_start(start)
            query = query.where(AuditLog.at >= start)
        if end is not None:
            if not isinstance(end, _dt.datetime):
                end = local_day_start(end + _dt.timedelta(days=1))
                query = query.where(AuditLog.at < end)
            else:
                query = query.where(AuditLog.at <= end)
        return query

    def apply_search(self, query, text: str):
        return query.where(contains(AuditLog.changes, text) | contains(AuditLog.username, text))

    def count(self, request: ListRequest, cap: int | None = None) -> int:
        _require_view()
        return super().count(request, cap)

    def page(self, request: ListRequest, offset: int, limit: int = 200) -> list[tuple]:
        _require_view()
        return super().page(request, offset, limit)


def _distinct(column: peewee.Field) -> list[str]:
    _require_view()
    return [row[0] for row in AuditLog.select(column).distinct().order_by(column).tuples()]


def usernames() -> list[str]:
    """Everyone who appears in the trail, for the user filter."""
    return _distinct(AuditLog.username)


def table_names() -> list[str]:
    """The tables the trail mentions, for the record filter."""
    return _distinct(AuditLog.table_name)


def actions() -> list[str]:
    return _distinct(AuditLog.action)


def get_entry(entry_id: int) -> AuditLog | None:
    _require_view()
    return AuditLog.get_or_none(AuditLog.id == entry_id)


# -- one entry's changes ---------------------------------------------------------------------------

def entry_changes(entry: AuditLog) -> list[tuple[str, object, object]]:
    """``(field, before, after)`` for each field the entry mentions.

    An update holds each changed field's old and new value; an insert (or a service
    step such as an import) only what it wrote, shown as "after"; a delete what was
    removed, shown as "before". Text that is not JSON (never written by this program)
    comes back whole as one row.
    """
    try:
        changes = json.loads(entry.changes) if entry.changes else {}
    except ValueError:
        return [("", None, entry.changes)]
    if not isinstance(changes, dict):
        return [("", None, changes)]
    pairs = entry.action in DIFF_ACTIONS or (
        changes and entry.action not in REMOVED_ACTIONS and entry.action != "insert"
        and all(isinstance(v, list) and len(v) == 2 for v in changes.values()))
    rows = []
    for key in sorted(changes):
        value = changes[key]
        if pairs and isinstance(value, list) and len(value) == 2:
            rows.append((key, value[0], value[1]))
        elif entry.action in REMOVED_ACTIONS:
            rows.append((key, value, None))
        else:
            rows.append((key, None, value))
    return rows


# -- the chain check -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found. ``problem`` is the first finding, ``problems`` up to
    ``MAX_PROBLEMS`` of them; ``complete`` is False when the check was cancelled."""

    ok: bool
    checked: int
    entries: int
    first_bad_id: int | None = None
    problem: Text | None = None
    problems: tuple[Text, ...] = field(default_factory=tuple)
    complete: bool = True

    def summary(self) -> Text:
        if not self.complete:
            return Text("Pemeriksaan dibatalkan setelah {checked} dari {entries} entri.",
                        "The check was cancelled after {checked} of {entries} entries.",
                        {"checked": self.checked, "entries": self.entries})
        if self.ok:
            return Text("Jejak audit utuh: {checked} entri diperiksa, tidak ada yang diubah atau "
                        "dihapus.",
                        "The audit trail is intact: {checked} entries checked, none altered or "
                        "deleted.", {"checked": self.checked})
        return self.problem


def _when(at) -> str:
    """The entry's time on this PC's clock, as the audit screen shows it."""
    if isinstance(at, str):
        at = AuditLog._meta.fields["at"].python_value(at)
    if not isinstance(at, _dt.datetime):
        return str(at)
    return at.replace(tzinfo=_dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _who(row) -> dict:
    return {"id": row[0], "when": _when(row[1]), "user": row[2]}


def _altered(row) -> Text:
    return Text("Entri no. {id} ({when}, oleh {user}) diubah setelah ditulis: isinya tidak cocok "
                "lagi dengan hash-nya.",
                "Entry no. {id} ({when}, by {user}) was altered after it was written: its "
                "contents no longer match its hash.", _who(row))


def _link_broken(before, row) -> Text:
    params = {**_who(row), "prev_id": before[0], "prev_when": _when(before[1]), "prev_user": before[2]}
    missing = row[0] - before[0] - 1
    if missing == 1:
        return Text("Entri no. {gone} dihapus (antara no. {prev_id}, {prev_when}, oleh {prev_user}, "
                    "dan no. {id}, {when}, oleh {user}).",
                    "Entry no. {gone} was deleted (between no. {prev_id}, {prev_when}, by "
                    "{prev_user}, and no. {id}, {when}, by {user}).", {**params, "gone": row[0] - 1})
    if missing > 1:
        return Text("{missing} entri dihapus antara no. {prev_id} ({prev_when}, oleh {prev_user}) "
                    "dan no. {id} ({when}, oleh {user}).",
                    "{missing} entries were deleted between no. {prev_id} ({prev_when}, by "
                    "{prev_user}) and no. {id} ({when}, by {user}).", {**params, "missing": missing})
    return Text("Rantai jejak audit ditulis ulang: entri no. {id} ({when}, oleh {user}) tidak "
                "menyambung ke no. {prev_id} ({prev_when}, oleh {prev_user}) padahal tidak ada "
                "yang hilang; no. {prev_id} diubah lalu hash-nya dihitung ulang.",
                "The audit chain was rewritten: entry no. {id} ({when}, by {user}) does not "
                "follow no. {prev_id} ({prev_when}, by {prev_user}) although none is missing; "
                "no. {prev_id} was changed and its hash recomputed.", params)


def _start_missing(row) -> Text:
    return Text("Entri pertama jejak audit dihapus: jejak kini mulai di no. {id} ({when}, oleh "
                "{user}) yang menyambung ke entri sebelumnya.",
                "The first entries of the audit trail were deleted: it now starts at no. {id} "
                "({when}, by {user}), which follows an earlier entry.", _who(row))


def _tail(last, head) -> tuple[Text, int] | None:
    """What is wrong with the trail's end, and the first entry id concerned."""
    head_id, head_hash, head_entries = head
    if last is None:
        if head_entries:
            return (Text("Semua {entries} entri jejak audit dihapus (sampai no. {head_id}).",
                         "All {entries} entries of the audit trail were deleted (up to no. "
                         "{head_id}).", {"entries": head_entries, "head_id": head_id}), 1)
        return None
    params = {**_who(last), "head_id": head_id, "entries": head_entries}
    if last[0] < head_id:
        return (Text("Entri terbaru jejak audit dihapus: jejak berakhir di no. {id} ({when}, "
                     "oleh {user}) padahal sudah sampai no. {head_id}.",
                     "The newest entries of the audit trail were deleted: it ends at no. {id} "
                     "({when}, by {user}) but had reached no. {head_id}.", params), last[0] + 1)
    if last[0] > head_id:
        return (Text("Entri no. {id} ({when}, oleh {user}) ditambahkan di luar program: catatan "
                     "jejak audit berakhir di no. {head_id}.",
                     "Entry no. {id} ({when}, by {user}) was added outside the program: the "
                     "trail's own record ends at no. {head_id}.", params), head_id + 1)
    if last[-1] != head_hash:
        return (Text("Rantai jejak audit ditulis ulang: entri terakhir no. {id} ({when}, oleh "
                     "{user}) tidak cocok dengan catatan akhir jejak.",
                     "The audit chain was rewritten: the last entry, no. {id} ({when}, by {user}), "
                     "does not match the trail's own record of its end.", params), last[0])
    return None


_NO_HEAD = Text("Catatan akhir jejak audit (tabel audit_head) hilang; entri terbaru tidak dapat "
                "dipastikan utuh.",
                "The audit trail's record of its end (table audit_head) is missing; whether the "
                "newest entries are all there cannot be told.")

_COLUMNS = '"id", "at", "username", "action", "table_name", "row_id", "changes", "prev_hash", "entry_hash"'


def verify_chain(progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ChainReport:
    """Recompute the whole chain and compare it with the head row.

    Reads one consistent snapshot, so entries written meanwhile (another PC) are
    neither half-seen nor mistaken for tampering. ``progress(done, total, label)``
    is called every batch; ``cancelled()`` stops the check early.
    """
    _require_view()
    db = AuditLog._meta.database
    with db.atomic():
        if isinstance(db.obj if isinstance(db, peewee.DatabaseProxy) else db,
                      peewee.PostgresqlDatabase):
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return _verify(db, progress, cancelled)


def _verify(db, progress, cancelled) -> ChainReport:
    head = db.execute_sql('SELECT "last_id", "last_hash", "entries" FROM "audit_head" '
                          'WHERE "id" = 1').fetchone()
    total = db.execute_sql('SELECT COUNT(*) FROM "audit_log"').fetchone()[0]
    label = "audit"
    problems: list[Text] = []
    first_bad: int | None = None
    prev_hash, before, checked = GENESIS_HASH, None, 0
    if progress:
        progress(0, total, label)
    after = None
    while True:
        where = f'WHERE "id" > {db.param} ' if after is not None else ""
        rows = db.execute_sql(f'SELECT {_COLUMNS} FROM "audit_log" {where}ORDER BY "id" LIMIT {BATCH}',
                              (after,) if after is not None else ()).fetchall()
        if not rows:
            break
        for row in rows:
            found, bad_id = None, row[0]
            stored_prev, stored_hash = row[7], row[8]
            if stored_prev != prev_hash:
                if before is None:
                    found, bad_id = _start_missing(row), 1
                else:
                    found = _link_broken(before, row)
                    # The first id missing, or the entry rewritten just before this one.
                    bad_id = before[0] + 1 if row[0] - before[0] > 1 else before[0]
            elif entry_hash(*row[:7], stored_prev) != stored_hash:
                found = _altered(row)
            if found is not None:
                first_bad = bad_id if first_bad is None else first_bad
                if len(problems) < MAX_PROBLEMS:
                    problems.append(found)
            # Go on from what the next entry should refer to, so one tampered entry
            # is reported once rather than breaking every entry after it.
            prev_hash, before = stored_hash, row
            checked += 1
        after = rows[-1][0]
        if progress:
            progress(checked, total, label)
        if cancelled is not None and cancelled():
            return ChainReport(False, checked, total, first_bad, problems[0] if problems else None,
                               tuple(problems), complete=False)
    if head is None:
        tail = (_NO_HEAD, None)
    else:
        tail = _tail(before, (int(head[0]), head[1], int(head[2])))
        if tail is None and not problems and int(head[2]) != checked:
            tail = (Text("Jumlah entri jejak audit ({checked}) tidak sama dengan catatannya "
                         "({entries}).",
                         "The audit trail holds {checked} entries but its own record says "
                         "{entries}.", {"checked": checked, "entries": int(head[2])}), None)
    if tail is not None:
        first_bad = tail[1] if first_bad is None else first_bad
        if len(problems) < MAX_PROBLEMS:
            problems.append(tail[0])
    return ChainReport(not problems, checked, total, first_bad, problems[0] if problems else None,
                       tuple(problems))


__all__ = ["AuditListing", "ChainReport", "actions", "entry_changes", "get_entry",
           "local_day_start", "table_names", "usernames", "verify_chain"]
