"""Changing the status of one or many registrants at once, with the reason kept in their history.

The usual next steps every chosen registrant may take come first; any other
status is a correction, for which the core wants a reason (so does a
dismissal, or taking a seat back). The dialog says beforehand when the move
would take more seats than are free; the core decides, and its refusal is
shown with nothing written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QSpinBox, QWidget

from ...core.services.classes import SEATED
from ...core.services.enrollments import STATUSES, needs_reason
from ..formatting import format_number
from ..pages.class_labels import enrollment_status_labels, label
from ..schedule.reason_dialog import MIN_REASON, ReasonDialog
from .roster_model import status_rank, status_text

LISTED = 8  # names shown; more are counted
WARN_STYLE = "color: #b3261e;"


def listed_names(rows: list[dict]) -> str:
    labels = enrollment_status_labels()
    lines = [f"• {row['full_name']} ({status_text(row, labels)})" for row in rows[:LISTED]]
    if len(rows) > LISTED:
        lines.append(QCoreApplication.translate("EnrollmentStatus", "… and %n more", "",
                                                len(rows) - LISTED))
    return "\n".join(lines)


def reason_example(status: str) -> str:
    examples = {
        "passed_selection": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Written test 12 November: score 78 of 100"),
        "reserve": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Passed the test, but the class is full"),
        "not_passed": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Interview: does not meet the age requirement"),
        "enrolled": QCoreApplication.translate("EnrollmentStatus", "e.g. Attended the opening day"),
        "completed": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Finished with 95% attendance, competent in all units"),
        "withdrew": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Got a job; told us by phone on 3 December"),
        "dismissed": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Absent without notice for 5 sessions"),
        "registered": QCoreApplication.translate(
            "EnrollmentStatus", "e.g. Status set by mistake; selection not done yet"),
    }
    return examples.get(status, "")


class StatusDialog(ReasonDialog):
    """``rows`` are roster rows; ``usual`` the statuses all of them may usually move to. Other
    statuses are offered below them as corrections (the core then wants a reason)."""

    def __init__(self, rows: list[dict], usual: list[str], *, seated: int, capacity: int,
                 next_rank: int = 1, parent: QWidget | None = None):
        count = len(rows)
        # Before the QObject exists, translate names the context (the class's name) itself.
        title = (QCoreApplication.translate("StatusDialog", "Change status — %1")
                 .replace("%1", rows[0]["full_name"]) if count == 1
                 else QCoreApplication.translate("StatusDialog", "Change status — %n participant(s)",
                                                 "", count))
        prompt = (QCoreApplication.translate("StatusDialog", "Change the status of %n participant(s):",
                                             "", count) + "\n" + listed_names(rows))
        super().__init__(title, prompt, QCoreApplication.translate("StatusDialog", "&Change status"),
                         parent)
        self.rows = rows
        self.seated = seated
        self.capacity = capacity
        labels = enrollment_status_labels()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status = QComboBox(self)
        current = {row["status"] for row in rows}
        for code in sorted(usual, key=status_rank):
            self.status.addItem(label(labels, code), code)
        corrections = [code for code in sorted(STATUSES, key=status_rank)
                       if code not in usual and code not in current]
        if usual and corrections:
            self.status.insertSeparator(self.status.count())
        for code in corrections:
            self.status.addItem(self.tr("Correction: %1").replace("%1", label(labels, code)), code)
        form.addRow(self.tr("&New status"), self.status)
        self.rank = QSpinBox(self)
        self.rank.setRange(1, 9999)
        self.rank.setValue(max(next_rank, 1))
        self.rank_label = QLabel(self.tr("Place on the reserve &list"), self)
        self.rank_label.setBuddy(self.rank)
        self.rank.setToolTip(self.tr("Several people take consecutive places from this one, in the "
                                     "order listed above; those already from this place on move down"))
        form.addRow(self.rank_label, self.rank)
        self.capacity_label = QLabel(self)
        self.capacity_label.setWordWrap(True)
        form.addRow(self.capacity_label)
        self.body.addLayout(form)

        self.status.currentIndexChanged.connect(self._status_changed)
        self.status.setFocus()
        self._status_changed()

    def chosen_status(self) -> str | None:
        return self.status.currentData()

    def reserve_rank(self) -> int | None:
        return self.rank.value() if self.chosen_status() == "reserve" else None

    def reason_required(self) -> bool:
        status = self.chosen_status()
        return status is not None and any(needs_reason(row["status"], status) for row in self.rows)

    def seats_needed(self) -> int:
        """How many more seats the move takes: people moving into a seated status from outside it."""
        if self.chosen_status() not in SEATED:
            return 0
        return sum(1 for row in self.rows if row["status"] not in SEATED)

    def _status_changed(self, *args) -> None:
        status = self.chosen_status()
        is_reserve = status == "reserve"
        self.rank.setVisible(is_reserve)
        self.rank_label.setVisible(is_reserve)
        self.reason.setPlaceholderText(reason_example(status or ""))
        needed, free = self.seats_needed(), max(self.capacity - self.seated, 0)
        if needed and needed > free:
            self.capacity_label.setText(
                self.tr("Only %1 of %2 seats are free; this takes %3. The class's capacity will refuse "
                        "it: move fewer people, put the rest on the reserve list, or raise the "
                        "capacity first.").replace("%1", format_number(free))
                .replace("%2", format_number(self.capacity)).replace("%3", format_number(needed)))
            self.capacity_label.setStyleSheet(WARN_STYLE)
        elif needed:
            self.capacity_label.setText(
                self.tr("Seats: %1 of %2 taken; this takes %3 more.")
                .replace("%1", format_number(self.seated)).replace("%2", format_number(self.capacity))
                .replace("%3", format_number(needed)))
            self.capacity_label.setStyleSheet("")
        self.capacity_label.setVisible(bool(needed))
        self._update()

    def _update(self) -> None:
        if not hasattr(self, "status"):  # still being built
            super()._update()
            return
        required = self.reason_required()
        self.reason_label.setText(self.tr("&Reason (required for this change):") if required
                                  else self.tr("&Reason (optional, kept in the history):"))
        self.hint.setVisible(required)
        long_enough = len(self.text()) >= MIN_REASON
        self.ok_button.setEnabled(self.chosen_status() is not None and (long_enough or not required))

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            QDialog.accept(self)
