"""Checking a certificate's QR code: typed by a USB scanner, pasted, or typed by hand.

A scanner that acts as a keyboard types the code and presses Enter, so Enter verifies, and
after each check the field is selected: the next scan replaces the code instead of being
appended to it. Checking needs no network: the signature is checked against the keys this
database knows, and whether a certificate was revoked or replaced is what this database says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from .. import i18n
from ..formatting import format_date
from .register_model import VALID as VALID_STATUS
from .register_model import status_colour, status_text

GENUINE, REVOKED, REPLACED, FORGED, UNKNOWN_KEY, MALFORMED = (
    "genuine", "revoked", "replaced", "forged", "unknown_key", "malformed")
VERDICT_COLOURS = {GENUINE: "#1b6e20", REVOKED: "#b3261e", REPLACED: "#8a5a00", FORGED: "#b3261e",
                   UNKNOWN_KEY: "#8a5a00", MALFORMED: "#4a4f55"}
CARD_BACKGROUNDS = {GENUINE: "#eef7ee", REVOKED: "#fcefee", REPLACED: "#fdf5e6", FORGED: "#fcefee",
                    UNKNOWN_KEY: "#fdf5e6", MALFORMED: "#f3f4f6"}
NOTE_STYLE = "color: #4a4f55;"


def verdict_text(verdict: str) -> str:
    """The verdict in a few plain words, no symbols: it is read aloud to an employer, too."""
    words = {
        GENUINE: QCoreApplication.translate("certificate_verdict", "Genuine"),
        REVOKED: QCoreApplication.translate("certificate_verdict", "Revoked"),
        REPLACED: QCoreApplication.translate("certificate_verdict", "Replaced"),
        FORGED: QCoreApplication.translate("certificate_verdict", "Forged or altered"),
        UNKNOWN_KEY: QCoreApplication.translate("certificate_verdict", "Unknown institution"),
        MALFORMED: QCoreApplication.translate("certificate_verdict", "Not a certificate code"),
    }
    return words.get(verdict, verdict)


def cleaned_code(text: str) -> str:
    """The code without the spaces and line breaks a paste or a scanner may add around or inside it."""
    return "".join(text.split())


def _date_span(start, end) -> str:
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start or end)


class VerifyPanel(QWidget):
    """The code field, the Verify button and the result card."""

    verified = Signal(str)  # noqa: N815: the verdict of the check just made
    keysRequested = Signal()  # noqa: N815: the clerk wants to import another office's key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.verification = None  # the last check's outcome

        self.heading = QLabel(self.tr("Verify a certificate"), self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.note = QLabel(self.tr(
            "Scan the QR code on the certificate with a USB scanner, or paste its text here, then press "
            "Enter. The check works without internet: a certificate of another office can be checked "
            "once that office's public key has been imported (Keys…)."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("LPKS1:… (scan or paste the QR code's text)"))
        self.code.setAccessibleName(self.tr("Certificate code"))
        self.code.setClearButtonEnabled(True)
        self.code.setMinimumWidth(360)
        code_label = QLabel(self.tr("&Code:"), self)
        code_label.setBuddy(self.code)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setDefault(True)
        self.keys_button = QPushButton(self.tr("&Keys…"), self)
        self.keys_button.setToolTip(self.tr("Import another office's public key, or export this institution's"))

        # -- the result card ---------------------------------------------------------------------
        self.card = QFrame(self)
        self.card.setObjectName("verifyCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = QLabel(self.card)
        self.verdict.setObjectName("verdict")
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(self.card)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.claim_heading = QLabel(self.tr("What the code says"), self.card)
        self.claim_heading.setStyleSheet("font-weight: 600;")
        self.claim_number, self.claim_name, self.claim_program = (self._value() for _ in range(3))
        self.claim_dates, self.claim_issued, self.claim_issuer = (self._value() for _ in range(3))
        self.claim_key = self._value()
        claim = QFormLayout()
        claim.addRow(self.tr("Number:"), self.claim_number)
        claim.addRow(self.tr("Name:"), self.claim_name)
        claim.addRow(self.tr("Program:"), self.claim_program)
        claim.addRow(self.tr("Training:"), self.claim_dates)
        claim.addRow(self.tr("Issued on:"), self.claim_issued)
        claim.addRow(self.tr("Issued by:"), self.claim_issuer)
        claim.addRow(self.tr("Key id:"), self.claim_key)

        self.record_heading = QLabel(self.tr("This database's record"), self.card)
        self.record_heading.setStyleSheet("font-weight: 600;")
        self.record_status, self.record_reason, self.record_link = (self._value() for _ in range(3))
        self.record_class, self.record_name, self.record_program = (self._value() for _ in range(3))
        self.record_missing = QLabel(self.card)
        self.record_missing.setWordWrap(True)
        self.record_missing.setStyleSheet(NOTE_STYLE)
        self.record_form = QWidget(self.card)
        record = QFormLayout(self.record_form)
        record.setContentsMargins(0, 0, 0, 0)
        record.addRow(self.tr("Status:"), self.record_status)
        record.addRow(self.tr("Name:"), self.record_name)
        record.addRow(self.tr("Program:"), self.record_program)
        record.addRow(self.tr("Reason:"), self.record_reason)
        record.addRow(self.tr("Replacement:"), self.record_link)
        record.addRow(self.tr("Class:"), self.record_class)

        self.details = QWidget(self.card)
        details = QHBoxLayout(self.details)
        details.setContentsMargins(0, 6, 0, 0)
        claim_column = QVBoxLayout()
        claim_column.addWidget(self.claim_heading)
        claim_column.addLayout(claim)
        claim_column.addStretch(1)
        record_column = QVBoxLayout()
        record_column.addWidget(self.record_heading)
        record_column.addWidget(self.record_form)
        record_column.addWidget(self.record_missing)
        record_column.addStretch(1)
        details.addLayout(claim_column, 1)
        details.addSpacing(16)
        details.addLayout(record_column, 1)

        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        card_layout.addWidget(self.verdict)
        card_layout.addWidget(self.explanation)
        card_layout.addWidget(self.details)

        entry = QHBoxLayout()
        entry.addWidget(code_label)
        entry.addWidget(self.code, 1)
        entry.addWidget(self.verify_button)
        entry.addWidget(self.keys_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(entry)
        layout.addWidget(self.card)
        layout.addStretch(1)

        self.code.returnPressed.connect(self.verify)
        self.verify_button.clicked.connect(self.verify)
        self.keys_button.clicked.connect(self.keysRequested)
        self.clear_result()

    def _value(self) -> QLabel:
        label = QLabel(self.card)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- checking -------------------------------------------------------------------------------

    def verify_text(self, text: str):
        """Check ``text`` as a scanner would type it; returns the ``Verification`` shown."""
        self.code.setText(text)
        return self.verify()

    def verify(self):
        from ...core.signing.verify import verify_payload

        code = cleaned_code(self.code.text())
        if not code:
            self.clear_result()
            self.code.setFocus()
            return None
        self.verification = verify_payload(code)
        self.show_verification(self.verification)
        # Selected, so the next scan (typed keys) replaces this code instead of joining it.
        self.code.setFocus()
        self.code.selectAll()
        self.verified.emit(self.verification.verdict)
        return self.verification

    def clear_result(self) -> None:
        self.verification = None
        self.card.setVisible(False)

    def show_verification(self, result) -> None:
        verdict = result.verdict
        colour = VERDICT_COLOURS.get(verdict, "#4a4f55")
        self.card.setStyleSheet(
            f"QFrame#verifyCard {{ background: {CARD_BACKGROUNDS.get(verdict, '#f3f4f6')};"
            f" border: 2px solid {colour}; border-radius: 6px; }}")
        self.verdict.setText(verdict_text(verdict))
        self.verdict.setStyleSheet(f"font-size: 22pt; font-weight: 700; color: {colour};")
        self.explanation.setText(result.message.render(i18n.language()) if result.message else "")
        claim = result.claim
        self.details.setVisible(claim is not None)
        if claim is not None:
            # Without a valid signature nothing vouches for these values.
            self.claim_heading.setText(self.tr("What the code says") if result.signed else self.tr(
                "What the code says (not confirmed by a signature)"))
            self.claim_number.setText(claim.number)
            self.claim_name.setText(claim.name)
            self.claim_program.setText(claim.program)
            self.claim_dates.setText(_date_span(claim.start_date, claim.end_date))
            self.claim_issued.setText(format_date(claim.issued_on))
            issuer = " — ".join(part for part in (result.issuer_code, result.issuer_name) if part)
            self.claim_issuer.setText(issuer or self.tr("not known here"))
            self.claim_key.setText(claim.key_id)
            self._show_record(result)
        self.card.setVisible(True)

    def _show_record(self, result) -> None:
        """What this database knows of the certificate: its status, why, and what replaced it.

        For an altered code the certificate that really carries the number is shown, so the
        clerk sees at once what was changed.
        """
        row = result.certificate
        if row is None and result.verdict == FORGED:
            row = self._recorded_number(result.claim.number)
        recorded = row is not None or bool(getattr(result, "recorded", False))
        self.record_heading.setText(self.tr("This database's certificate with this number")
                                    if result.verdict == FORGED else self.tr("This database's record"))
        self.record_form.setVisible(recorded)
        self.record_missing.setVisible(not recorded)
        if not recorded:
            if result.verdict == FORGED:
                self.record_missing.setText(self.tr("This database holds no certificate with this number."))
            elif getattr(result, "own_issuer", False):
                self.record_missing.setText(self.tr(
                    "Signed by one of this database's institutions, but this database holds no certificate "
                    "with this number (it may come from a copy of the data made before it was issued)."))
            else:
                self.record_missing.setText(self.tr(
                    "This database holds no certificate with this number: it was issued elsewhere, so "
                    "whether it was revoked later is known only to the office that issued it."))
            return
        status = row.status if row is not None else result.verdict
        self.record_status.setText(status_text(status))
        self.record_status.setStyleSheet(f"color: {status_colour(status)}; font-weight: 600;")
        self.record_name.setText(row.participant_name if row is not None else "—")
        self.record_program.setText(row.program_name if row is not None else "—")
        reason = getattr(result, "status_reason", "") or (row.revoke_reason if row is not None else "")
        when = getattr(result, "status_date", None)
        if reason and when and status != VALID_STATUS:
            reason = self.tr("%1 (on %2)").replace("%1", reason).replace("%2", format_date(when))
        self.record_reason.setText(reason or "—")
        replaced_by = getattr(result, "replaced_by", "") or (row.replaced_by_number if row is not None else "")
        parts = []
        if replaced_by:
            parts.append(self.tr("replaced by %1").replace("%1", replaced_by))
        if row is not None and row.replaces_number:
            parts.append(self.tr("replaces %1").replace("%1", row.replaces_number))
        self.record_link.setText("; ".join(parts) or "—")
        self.record_class.setText((row.class_code if row is not None else "") or "—")

    @staticmethod
    def _recorded_number(number: str):
        from ...core.services.certificates import certificate_register

        return next((row for row in certificate_register(search=number) if row.number == number), None)
