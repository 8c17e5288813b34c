"""The class's people as the certificates tab lists them: who has earned a certificate, why the
others have not, and the certificate each one holds.

A class has at most a few dozen people, so the filter works on the rows already read; the
reading itself is one call to ``eligibility.class_eligibility``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from .. import i18n
from ..attendance.grid_model import format_pct
from ..formatting import format_number

translate = QCoreApplication.translate

NUMBER, NAME, ATTENDANCE, UNITS, ELIGIBLE, REASONS, CERTIFICATE, STATUS = range(8)
COLUMNS = 8

SHOW_ALL, SHOW_ELIGIBLE, SHOW_NOT_ELIGIBLE = "all", "eligible", "not_eligible"
FILTERS = (SHOW_ALL, SHOW_ELIGIBLE, SHOW_NOT_ELIGIBLE)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Eligibility of the row

ELIGIBLE_COLOUR = QColor("#1b6e2d")
NOT_ELIGIBLE_COLOUR = QColor("#b3261e")
INACTIVE_COLOUR = QColor("#6b6b6b")


def status_label(status: str) -> str:
    """A certificate's status in words (an empty status: none issued)."""
    labels = {"valid": translate("certificates", "Valid"),
              "revoked": translate("certificates", "Revoked"),
              "replaced": translate("certificates", "Replaced")}
    return labels.get(status, status)


def reason_texts(row) -> list[str]:
    lang = i18n.active_language()
    return [reason.text.render(lang) for reason in row.reasons]


def has_valid_certificate(row) -> bool:
    return bool(row.certificate_id) and row.certificate_status == "valid"


def awaits_certificate(row) -> bool:
    """Eligible and holding no valid certificate: the next "Issue certificates" gives them one."""
    return row.eligible and not has_valid_certificate(row)


class EligibilityModel(QAbstractTableModel):
    """One row per person of the class (numbered as on the attendance grid)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.everyone: list = []
        self.rows: list = []
        self.show = SHOW_ALL

    # --- content ---------------------------------------------------------------------------------

    def set_people(self, people: Sequence) -> None:
        self.beginResetModel()
        self.everyone = list(people)
        self.rows = self._filtered()
        self.endResetModel()

    def set_filter(self, show: str) -> None:
        if show not in FILTERS:
            raise ValueError(show)
        self.beginResetModel()
        self.show = show
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list:
        if self.show == SHOW_ELIGIBLE:
            return [row for row in self.everyone if row.eligible]
        if self.show == SHOW_NOT_ELIGIBLE:
            return [row for row in self.everyone if not row.eligible]
        return list(self.everyone)

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of_number(self, number: str) -> int | None:
        """The shown row holding certificate ``number`` (None: not shown)."""
        wanted = number.strip().casefold()
        return next((position for position, row in enumerate(self.rows)
                     if row.certificate_number and row.certificate_number.casefold() == wanted), None)

    # --- counts for the summary line -------------------------------------------------------------------

    def eligible_count(self) -> int:
        return sum(1 for row in self.everyone if row.eligible)

    def issued_count(self) -> int:
        return sum(1 for row in self.everyone if has_valid_certificate(row))

    def awaiting(self) -> list:
        return [row for row in self.everyone if awaits_certificate(row)]

    # --- Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {NUMBER: self.tr("No"), NAME: self.tr("Name"), ATTENDANCE: self.tr("Attendance"),
                  UNITS: self.tr("Units K"), ELIGIBLE: self.tr("Eligible"), REASONS: self.tr("Why not"),
                  CERTIFICATE: self.tr("Certificate number"), STATUS: self.tr("Certificate")}
        return titles.get(section)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ELIGIBLE:
                return ELIGIBLE_COLOUR if row.eligible else NOT_ELIGIBLE_COLOUR
            if column == ATTENDANCE and row.min_pct and row.attendance_pct is not None \
                    and row.attendance_pct < row.min_pct:
                return NOT_ELIGIBLE_COLOUR
            if column in (CERTIFICATE, STATUS) and row.certificate_status in ("revoked", "replaced"):
                return INACTIVE_COLOUR
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, ATTENDANCE, UNITS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == ELIGIBLE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row, column: int) -> str:
        if column == NUMBER:
            return format_number(row.number)
        if column == NAME:
            return row.full_name
        if column == ATTENDANCE:
            rate = format_pct(row.attendance_pct)
            if not row.min_pct:
                return rate
            return self.tr("%1 (min %2)").replace("%1", rate).replace("%2", f"{row.min_pct}%")
        if column == UNITS:
            if not row.units_counted:
                return "—"  # the program's rule needs no results
            return self.tr("%1 of %2").replace("%1", format_number(row.units_competent)).replace(
                "%2", format_number(row.units_counted))
        if column == ELIGIBLE:
            # A symbol and a word: the difference survives colour blindness and black-and-white prints.
            return self.tr("✓ Yes") if row.eligible else self.tr("✗ No")
        if column == REASONS:
            return " ".join(reason_texts(row))  # each reason is a sentence of its own
        if column == CERTIFICATE:
            return row.certificate_number or ""
        if column == STATUS:
            if row.certificate_status:
                return status_label(row.certificate_status)
            return self.tr("Not yet issued") if row.eligible else ""
        return ""

    def _tooltip(self, row, column: int) -> str | None:
        if column == REASONS:
            texts = reason_texts(row)
            return "\n".join(f"• {text}" for text in texts) if texts else None
        if column == NAME and row.nik:
            return self.tr("NIK %1").replace("%1", row.nik)
        if column == ELIGIBLE:
            if row.eligible:
                return self.tr("Meets every condition for the certificate")
            return "\n".join(reason_texts(row)) or None
        if column == UNITS and row.units_counted:
            return self.tr("%1 of the %2 units the program counts are competent (K)").replace(
                "%1", format_number(row.units_competent)).replace("%2", format_number(row.units_counted))
        if column == STATUS and row.certificate_status == "revoked":
            return self.tr("Revoked: it no longer counts, and its number is never given again")
        if column == STATUS and row.certificate_status == "replaced":
            return self.tr("Replaced by a reissued certificate with a new number")
        return None
