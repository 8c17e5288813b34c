"""How audit entries read on screen: the paged list's cells and one entry's field changes."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...core.record_changes import column_label
from ...core.services.audit_trail import AuditListing, entry_changes
from ...core.services.record_fields import SHARED_LABELS
from .. import i18n
from ..formatting import format_date, format_value
from ..models.listing_model import ColumnSpec, ListingModel

SUMMARY_LENGTH = 140
TOOLTIP_LENGTH = 2000




def action_label(action: str) -> str:
    """The verb a clerk reads for an entry's action; an unknown one shows as stored."""
    labels = {
        "insert": QCoreApplication.translate("AuditLabels", "Created"),
        "update": QCoreApplication.translate("AuditLabels", "Changed"),
        "delete": QCoreApplication.translate("AuditLabels", "Deleted"),
        "save_marks": QCoreApplication.translate("AuditLabels", "Attendance saved"),
        "save_results": QCoreApplication.translate("AuditLabels", "Results saved"),
        "schedule": QCoreApplication.translate("AuditLabels", "Schedule generated"),
        "import": QCoreApplication.translate("AuditLabels", "Imported"),
        "issue": QCoreApplication.translate("AuditLabels", "Certificate issued"),
        "replace": QCoreApplication.translate("AuditLabels", "Certificate replaced"),
        "revoke": QCoreApplication.translate("AuditLabels", "Certificate revoked"),
        "print": QCoreApplication.translate("AuditLabels", "Printed"),
        "demo": QCoreApplication.translate("AuditLabels", "Demo data loaded"),
        "user_add": QCoreApplication.translate("AuditLabels", "Account added"),
        "first_admin": QCoreApplication.translate("AuditLabels", "First administrator created"),
        "password_change": QCoreApplication.translate("AuditLabels", "Password changed"),
        "password_reset": QCoreApplication.translate("AuditLabels", "Password reset"),
        "role_change": QCoreApplication.translate("AuditLabels", "Role changed"),
        "user_lock": QCoreApplication.translate("AuditLabels", "Account locked"),
        "user_unlock": QCoreApplication.translate("AuditLabels", "Account unlocked"),
        "sign_in": QCoreApplication.translate("AuditLabels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("AuditLabels", "Sign-in failed"),
        "sign_in_refused": QCoreApplication.translate("AuditLabels", "Sign-in refused"),
        "backup": QCoreApplication.translate("AuditLabels", "Backup made"),
        "restore": QCoreApplication.translate("AuditLabels", "Backup restored"),
    }
    return labels.get(action, action)


def table_label(table: str) -> str:
    """The kind of record a table holds, as a noun."""
    labels = {
        "institution": QCoreApplication.translate("AuditLabels", "Institution"),
        "closure_day": QCoreApplication.translate("AuditLabels", "Closure day"),
        "program": QCoreApplication.translate("AuditLabels", "Program"),
        "competency_unit": QCoreApplication.translate("AuditLabels", "Competency unit"),
        "room": QCoreApplication.translate("AuditLabels", "Room"),
        "trainer": QCoreApplication.translate("AuditLabels", "Trainer"),
        "trainer_competency": QCoreApplication.translate("AuditLabels", "Trainer competency"),
        "trainer_certification": QCoreApplication.translate("AuditLabels", "Trainer certification"),
        "participant": QCoreApplication.translate("AuditLabels", "Participant"),
        "training_class": QCoreApplication.translate("AuditLabels", "Class"),
        "class_session": QCoreApplication.translate("AuditLabels", "Session"),
        "session_trainer": QCoreApplication.translate("AuditLabels", "Session trainer"),
        "session_change": QCoreApplication.translate("AuditLabels", "Session change"),
        "conflict_override": QCoreApplication.translate("AuditLabels", "Accepted conflict"),
        "enrollment": QCoreApplication.translate("AuditLabels", "Enrollment"),
        "enrollment_status_change": QCoreApplication.translate("AuditLabels", "Enrollment status"),
        "attendance_mark": QCoreApplication.translate("AuditLabels", "Attendance"),
        "assessment": QCoreApplication.translate("AuditLabels", "Assessment"),
        "number_sequence": QCoreApplication.translate("AuditLabels", "Number sequence"),
        "certificate": QCoreApplication.translate("AuditLabels", "Certificate"),
        "signing_key": QCoreApplication.translate("AuditLabels", "Signing key"),
        "app_user": QCoreApplication.translate("AuditLabels", "User account"),
        "setting": QCoreApplication.translate("AuditLabels", "Setting"),
        "database": QCoreApplication.translate("AuditLabels", "Database"),
    }
    return labels.get(table, table)


def record_label(table: str, row_id) -> str:
    noun = table_label(table)
    return noun if row_id is None else f"{noun} {row_id}"


def field_label(name: str, table: str = "") -> str:
    """A column as the record's own form names it, else as every record names it."""
    shared = column_label(table, name) if table else None
    shared = shared or SHARED_LABELS.get(name)
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


def summary(action: str, changes: str, table: str = "") -> str:
    rows = entry_changes(_Entry(action, changes))
    paired = action != "delete" and any(old is not None for _, old, _ in rows)
    if paired:
        if len(rows) == 1:
            field, old, new = rows[0]
            text = f"{field_label(field, table)}: {value_text(old)} → {value_text(new)}"
        else:
            text = ", ".join(field_label(field, table) for field, _, _ in rows)
    else:
        # What a clerk recognises a record by comes first.
        named = sorted(rows, key=lambda row: row[0] not in ("full_name", "name", "code", "number"))
        shown = [(field, new if new is not None else old) for field, old, new in named]
        text = "; ".join(f"{field_label(field, table)}: {value_text(value)}"
                         for field, value in shown if field and value not in (None, "", [], {}))
        text = text or (value_text(rows[0][2]) if rows else "")
    return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH - 1] + "…"


class AuditModel(ListingModel):
    """The paged audit list: When (local time), User, Action, Record, Summary."""

    def __init__(self, parent=None):
        columns = [
            ColumnSpec("at", QCoreApplication.translate("AuditLabels", "When")),
            ColumnSpec("username", QCoreApplication.translate("AuditLabels", "User")),
            ColumnSpec("action", QCoreApplication.translate("AuditLabels", "Action")),
            ColumnSpec("table_name", QCoreApplication.translate("AuditLabels", "Record")),
            ColumnSpec("changes", QCoreApplication.translate("AuditLabels", "Summary")),
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
                self._summaries[entry_id] = summary(values["action"], values["changes"],
                                                    values["table_name"])
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
        self._headers = (QCoreApplication.translate("AuditLabels", "Field"),
                         QCoreApplication.translate("AuditLabels", "Before"),
                         QCoreApplication.translate("AuditLabels", "After"))

    def set_changes(self, changes: list[tuple[str, object, object]], table: str = "") -> None:
        self.beginResetModel()
        self._rows = [(field_label(field, table), value_text(old), value_text(new))
                      for field, old, new in changes]
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
