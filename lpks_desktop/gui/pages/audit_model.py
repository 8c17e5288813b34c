"""How audit entries read on screen: the paged list's cells and one entry's field changes."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...core.services.audit_trail import AuditListing, entry_changes
from ...core.services.record_fields import SHARED_LABELS
from .. import i18n
from ..formatting import format_date, format_value
from ..models.listing_model import ColumnSpec, ListingModel

SUMMARY_LENGTH = 140
TOOLTIP_LENGTH = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditLabels", text)


def action_label(action: str) -> str:
    """The verb a clerk reads for an entry's action; an unknown one shows as stored."""
    labels = {
        "insert": _tr("Created"), "update": _tr("Changed"), "delete": _tr("Deleted"),
        "save_marks": _tr("Attendance saved"), "save_results": _tr("Results saved"),
        "schedule": _tr("Schedule generated"), "import": _tr("Imported"),
        "issue": _tr("Certificate issued"), "replace": _tr("Certificate replaced"),
        "revoke": _tr("Certificate revoked"), "print": _tr("Printed"), "demo": _tr("Demo data loaded"),
        "user_add": _tr("Account added"), "first_admin": _tr("First administrator created"),
        "password_change": _tr("Password changed"), "password_reset": _tr("Password reset"),
        "role_change": _tr("Role changed"), "user_lock": _tr("Account locked"),
        "user_unlock": _tr("Account unlocked"), "sign_in": _tr("Signed in"),
        "sign_in_failed": _tr("Sign-in failed"), "sign_in_refused": _tr("Sign-in refused"),
        "backup": _tr("Backup made"), "restore": _tr("Backup restored"),
    }
    return labels.get(action, action)


def table_label(table: str) -> str:
    """The kind of record a table holds, as a noun."""
    labels = {
        "institution": _tr("Institution"), "closure_day": _tr("Closure day"), "program": _tr("Program"),
        "competency_unit": _tr("Competency unit"), "room": _tr("Room"), "trainer": _tr("Trainer"),
        "trainer_competency": _tr("Trainer competency"),
        "trainer_certification": _tr("Trainer certification"), "participant": _tr("Participant"),
        "training_class": _tr("Class"), "class_session": _tr("Session"),
        "session_trainer": _tr("Session trainer"), "session_change": _tr("Session change"),
        "conflict_override": _tr("Accepted conflict"), "enrollment": _tr("Enrollment"),
        "enrollment_status_change": _tr("Enrollment status"), "attendance_mark": _tr("Attendance"),
        "assessment": _tr("Assessment"), "number_sequence": _tr("Number sequence"),
        "certificate": _tr("Certificate"), "signing_key": _tr("Signing key"),
        "app_user": _tr("User account"), "setting": _tr("Setting"), "database": _tr("Database"),
    }
    return labels.get(table, table)


def record_label(table: str, row_id) -> str:
    noun = table_label(table)
    return noun if row_id is None else f"{noun} {row_id}"


def field_label(name: str) -> str:
    shared = SHARED_LABELS.get(name)
    if shared is not None:
        return shared[0] if i18n.active_language() == "id" else shared[1]
    return name.removesuffix("_id").replace("_", " ").capitalize() if name else ""


def local_time(value) -> str:
    """A stored UTC time on this PC's clock, with seconds: audit readers compare moments."""
    if not isinstance(value, dt.datetime):
        return format_value(value)
    local = value.replace(tzinfo=dt.UTC).astimezone()
    separator = "." if i18n.active_language() == "id" else ":"
    clock = separator.join(f"{part:02d}" for part in (local.hour, local.minute, local.second))
    return f"{format_date(local.date())} {clock}"


def value_text(value) -> str:
    """A logged value as text: lists and objects as compact JSON, nothing as empty."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return format_value(value)


class _Entry:
    """What ``entry_changes`` reads from an entry, without a query per row."""

    __slots__ = ("action", "changes")

    def __init__(self, action: str, changes: str):
        self.action, self.changes = action, changes


def summary(action: str, changes: str) -> str:
    rows = entry_changes(_Entry(action, changes))
    paired = action != "delete" and any(old is not None for _, old, _ in rows)
    if paired:
        if len(rows) == 1:
            field, old, new = rows[0]
            text = f"{field_label(field)}: {value_text(old)} → {value_text(new)}"
        else:
            text = ", ".join(field_label(field) for field, _, _ in rows)
    else:
        # What a clerk recognises a record by comes first.
        named = sorted(rows, key=lambda row: row[0] not in ("full_name", "name", "code", "number"))
        shown = [(field, new if new is not None else old) for field, old, new in named]
        text = "; ".join(f"{field_label(field)}: {value_text(value)}"
                         for field, value in shown if field and value not in (None, "", [], {}))
        text = text or (value_text(rows[0][2]) if rows else "")
    return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH - 1] + "…"


class AuditModel(ListingModel):
    """The paged audit list: When (local time), User, Action, Record, Summary."""

    def __init__(self, parent=None):
        columns = [
            ColumnSpec("at", _tr("When")),
            ColumnSpec("username", _tr("User")),
            ColumnSpec("action", _tr("Action")),
            ColumnSpec("table_name", _tr("Record")),
            ColumnSpec("changes", _tr("Summary")),
        ]
        listing = AuditListing()
        super().__init__(listing, columns, parent)
        self._key_index = {key: n + 1 for n, key in enumerate(listing.keys)}
        self._summaries: dict[int, str] = {}

    def reload(self) -> None:
        self._summaries = {}
        super().reload()

    def row_values(self, row: int) -> dict | None:
        """The listing's values of ``row`` by key, with its ``id``."""
        if not 0 <= row < len(self._rows):
            return None
        values = self._rows[row]
        return {"id": values[0], **{key: values[i] for key, i in self._key_index.items()}}

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        values = self.row_values(index.row())
        key = self._columns[index.column()].key
        if key == "changes":
            if role == Qt.ItemDataRole.ToolTipRole:
                text = values["changes"] or ""
                return text if len(text) <= TOOLTIP_LENGTH else text[:TOOLTIP_LENGTH] + "…"
            entry_id = values["id"]
            if entry_id not in self._summaries:
                self._summaries[entry_id] = summary(values["action"], values["changes"])
            return self._summaries[entry_id]
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if key == "at":
            return local_time(values["at"])
        if key == "action":
            return action_label(values["action"])
        if key == "table_name":
            return record_label(values["table_name"], values["row_id"])
        return format_value(values[key])


class ChangesModel(QAbstractTableModel):
    """One entry's changes: Field, Before, After. Read-only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []
        self._headers = (_tr("Field"), _tr("Before"), _tr("After"))

    def set_changes(self, changes: list[tuple[str, object, object]]) -> None:
        self.beginResetModel()
        self._rows = [(field_label(field), value_text(old), value_text(new)) for field, old, new in changes]
        self.endResetModel()

    def clear(self) -> None:
        self.set_changes([])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= 3:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None
