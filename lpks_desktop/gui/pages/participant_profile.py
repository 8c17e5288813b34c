"""A participant's page: who they are and their story in every class, at every institution.

It answers the clerk's most frequent question, "what is my status?": per
enrollment the current status and how it got there, attendance against the
program's minimum, results per competency unit and certificates.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.services.participants import participant_profile
from ...core.store import Store
from .. import dialogs
from ..auth.role_gate import Action, gate
from ..formatting import format_date, format_number, format_phone, format_sex
from ..forms.participant_form import ParticipantForm, age_on, education_label, employment_label

GOOD, BAD, MUTED = "#1b6e20", "#b3261e", "#606060"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def status_label(code: str) -> str:
    return {
        "registered": QCoreApplication.translate("EnrollmentCard", "Registered"),
        "passed_selection": QCoreApplication.translate("EnrollmentCard", "Passed selection"),
        "reserve": QCoreApplication.translate("EnrollmentCard", "Reserve list"),
        "not_passed": QCoreApplication.translate("EnrollmentCard", "Did not pass selection"),
        "enrolled": QCoreApplication.translate("EnrollmentCard", "In training"),
        "completed": QCoreApplication.translate("EnrollmentCard", "Completed"),
        "withdrew": QCoreApplication.translate("EnrollmentCard", "Withdrew"),
        "dismissed": QCoreApplication.translate("EnrollmentCard", "Dismissed"),
    }.get(code, code)


def funding_label(code: str) -> str:
    return {
        "self_paid": QCoreApplication.translate("EnrollmentCard", "Self-paid"),
        "apbn": "APBN",
        "apbd": "APBD",
        "prakerja": "Kartu Prakerja", "company": QCoreApplication.translate("EnrollmentCard", "Company"),
    }.get(code, code)


def _local_time(at: dt.datetime | None) -> str:
    """Stored in UTC; shown in the PC's own time zone."""
    if at is None:
        return ""
    local = at.replace(tzinfo=dt.UTC).astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; cells are already escaped."""
    head = "".join(f"<th align='left'>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (f"<table border='1' cellspacing='0' cellpadding='4' width='100%' "
            f"style='border-collapse:collapse'><tr>{head}</tr>{body}</table>")


def _coloured(text: str, colour: str, bold: bool = False) -> str:
    weight = "font-weight:bold;" if bold else ""
    return f"<span style='color:{colour};{weight}'>{html.escape(text)}</span>"


class EnrollmentCard(QFrame):
    """One enrollment: placement, status history, attendance, results, certificates."""

    def __init__(self, enrollment: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrollment = enrollment
        klass, institution = enrollment["class"], enrollment["institution"]
        title = self.tr("%1 — class %2").replace("%1", institution["name"]).replace("%2", klass["code"])
        sections = [f"<h3>{html.escape(title)}</h3>", self._placement(), self._attendance(), self._results(),
                    self._certificates(), self._history()]
        self.body = QLabel("".join(part for part in sections if part), self)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(SELECTABLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)

    def _heading(self, text: str) -> str:
        return f"<h4 style='margin-top:10px'>{html.escape(text)}</h4>"

    def _placement(self) -> str:
        e = self.enrollment
        klass, program = e["class"], e["program"]
        finished_well = e["status"] == "completed"
        dropped = e["status"] in ("not_passed", "withdrew", "dismissed")
        rows = [
            (self.tr("Status"), _coloured(status_label(e["status"]),
                                          GOOD if finished_well else BAD if dropped else "#000",
                                          bold=True)),
            (self.tr("Class"), html.escape(klass["name"])),
            (self.tr("Program"), html.escape(self.tr("%1 — %2, %3 JP").replace("%1", program["code"])
                                             .replace("%2", program["name"])
                                             .replace("%3", format_number(program["total_jp"])))),
            (self.tr("Dates"), html.escape(self.tr("%1 to %2")
                                           .replace("%1", format_date(klass["start_date"]) or "?")
                                           .replace("%2", format_date(klass["end_date"]) or "?"))),
            (self.tr("Funding"), html.escape(funding_label(klass["funding"]))),
            (self.tr("Registered"), html.escape(_local_time(e["registered_at"]))),
        ]
        if e["prakerja_redeem_code"]:
            rows.append((self.tr("Prakerja redeem code"), html.escape(e["prakerja_redeem_code"])))
        cells = "".join(f"<tr><td style='color:{MUTED};padding-right:12px'>{html.escape(label)}</td>"
                        f"<td>{value}</td></tr>" for label, value in rows)
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"

    def _attendance(self) -> str:
        attendance = self.enrollment["attendance"]
        heading = self._heading(self.tr("Attendance"))
        if attendance is None:
            return heading + html.escape(self.tr(
                "Not taking part in this class (yet), so there is no attendance or result."))
        if not attendance["delivered_jp"]:
            return heading + html.escape(self.tr("No sessions held yet."))
        marks = attendance["marks"]
        counts = self.tr("H (present) %1 · I (excused) %2 · S (sick) %3 · A (absent) %4")
        for number, mark in enumerate("HISA", 1):
            counts = counts.replace(f"%{number}", format_number(marks[mark]))
        held = self.tr("%1 sessions held").replace("%1", format_number(attendance["held_sessions"]))
        if attendance["unmarked"]:
            held = self.tr("%1 sessions held, %2 not marked yet").replace(
                "%1", format_number(attendance["held_sessions"])).replace(
                "%2", format_number(attendance["unmarked"]))
        rate = QLocale().toString(float(attendance["rate_pct"]), "f", 1) + "%"
        summary = self.tr("Attended %1 of %2 JP delivered: %3 (program minimum %4%)").replace(
            "%1", format_number(attendance["attended_jp"])).replace(
            "%2", format_number(attendance["delivered_jp"])).replace("%3", rate).replace(
            "%4", format_number(attendance["min_pct"]))
        verdict = (_coloured(self.tr("✓ meets the minimum"), GOOD) if attendance["meets_minimum"]
                   else _coloured(self.tr("✗ below the minimum"), BAD, bold=True))
        return (f"{heading}<p>{html.escape(counts)}<br>{html.escape(held)}</p>"
                f"<p>{html.escape(summary)} {verdict}</p>")

    def _results(self) -> str:
        assessments = self.enrollment["assessments"]
        if not assessments:
            return ""
        results = {"K": _coloured(self.tr("Competent (K)"), GOOD),
                   "BK": _coloured(self.tr("Not yet competent (BK)"), BAD, bold=True)}
        rows = [[html.escape(a["code"]), html.escape(a["title"]), format_number(a["jp"]),
                 results.get(a["result"], _coloured(self.tr("Not assessed yet"), MUTED)),
                 html.escape(QLocale().toString(float(a["score"]), "f", 0)) if a["score"] is not None else ""]
                for a in assessments]
        return self._heading(self.tr("Results per competency unit")) + _table(
            [self.tr("Unit code"), self.tr("Unit"), self.tr("JP"), self.tr("Result"), self.tr("Score")],
            rows)

    def _certificates(self) -> str:
        heading = self._heading(self.tr("Certificates"))
        certificates = self.enrollment["certificates"]
        if not certificates:
            return heading + html.escape(self.tr("No certificate issued."))
        rows = []
        for c in certificates:
            if c["status"] == "revoked":
                state = _coloured(self.tr("Revoked %1: %2").replace("%1", _local_time(c["revoked_at"]))
                                  .replace("%2", c["revoke_reason"]), BAD)
            elif c["status"] == "replaced":
                state = _coloured(self.tr("Replaced by a reissue %1: %2").replace(
                    "%1", _local_time(c["revoked_at"])).replace("%2", c["revoke_reason"]), BAD)
            else:
                state = _coloured(self.tr("Valid"), GOOD, bold=True)
            rows.append([f"<b>{html.escape(c['number'])}</b>", html.escape(format_date(c["issued_on"])),
                         state])
        return heading + _table([self.tr("Number"), self.tr("Issued on"), self.tr("Status")], rows)

    def _history(self) -> str:
        heading = self._heading(self.tr("Status history"))
        history = self.enrollment["status_history"]
        if not history:
            return heading + html.escape(self.tr("No status changes recorded."))
        rows = [[html.escape(_local_time(h["at"])), html.escape(status_label(h["status"])),
                 html.escape(h["user"]), html.escape(h["reason"])] for h in reversed(history)]
        return heading + _table([self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Reason")],
                                rows)


class ParticipantProfileDialog(QDialog):
    """Read-only; Edit opens the participant form and shows the result here."""

    def __init__(self, store: Store, participant_id: int, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.participant_id = participant_id
        self.today = today
        self.edited = False
        self.setSizeGripEnabled(True)
        self.setMinimumSize(560, 420)
        self.resize(860, 700)

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(SELECTABLE)
        self.tabs = QTabWidget(self)
        self.cards: list[EnrollmentCard] = []
        self.edit_button = QPushButton(self.tr("&Edit participant data"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit)
        gate(self.edit_button, Action.EDIT_PARTICIPANTS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        profile = participant_profile(self.participant_id)
        self.setWindowTitle(self.tr("Participant: %1").replace("%1", profile["full_name"]))
        self.header.setText(self._header(profile))
        current = self.tabs.currentIndex()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        enrollments = profile["enrollments"]
        self.tabs.addTab(self._classes_tab(enrollments),
                         self.tr("Classes (%1)").replace("%1", format_number(len(enrollments))))
        self.tabs.addTab(self._identity_tab(profile), self.tr("Personal data"))
        self.tabs.setCurrentIndex(max(current, 0))

    def edit(self) -> None:
        form = ParticipantForm(self.store, self.participant_id, self, today=self.today)
        dialogs.run_modal(form)
        if form.saved_id is not None:
            self.edited = True
            self.reload()

    def _born(self, profile: dict) -> str:
        born = profile["birth_date"]
        if born is None:
            return profile["birth_place"]
        age = str(age_on(born, self.today or dt.date.today()))
        if not profile["birth_place"]:
            return self.tr("Born %1 (age %2)").replace("%1", format_date(born)).replace("%2", age)
        return self.tr("%1, %2 (age %3)").replace("%1", profile["birth_place"]).replace(
            "%2", format_date(born)).replace("%3", age)

    def _header(self, profile: dict) -> str:
        facts = [self.tr("NIK %1").replace("%1", profile["nik"]), format_sex(profile["sex"]),
                 self._born(profile), format_phone(profile["phone"])]
        line = " · ".join(html.escape(fact) for fact in facts if fact)
        archived = (" " + _coloured(self.tr("(archived)"), BAD)) if profile["archived"] else ""
        return f"<h2>{html.escape(profile['full_name'])}{archived}</h2>{line}"

    def _classes_tab(self, enrollments: list[dict]) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        # Newest first: the clerk is usually asked about the current class.
        self.cards = [EnrollmentCard(e, body) for e in reversed(enrollments)]
        for card in self.cards:
            layout.addWidget(card)
        if not enrollments:
            empty = QLabel(self.tr("Not yet registered in any class. Register them from a class's "
                                   "participant list."), body)
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def _identity_tab(self, profile: dict) -> QWidget:
        place = ", ".join(part for part in (profile["village"], profile["district"], profile["city"],
                                            profile["province"]) if part)
        rows = [
            (self.tr("NIK"), profile["nik"]),
            (self.tr("Full name"), profile["full_name"]),
            (self.tr("Sex"), format_sex(profile["sex"])),
            (self.tr("Place and date of birth"), self._born(profile)),
            (self.tr("Address"), "\n".join(part for part in (profile["address"], place) if part)),
            (self.tr("Phone"), format_phone(profile["phone"])),
            (self.tr("E-mail"), profile["email"]),
            (self.tr("Last education"), education_label(profile["education"])),
            (self.tr("Employment"), employment_label(profile["employment"])),
            (self.tr("Kartu Prakerja card number"), profile["prakerja_card_number"] or ""),
            (self.tr("Notes"), profile["notes"]),
        ]
        page = QWidget()
        form = QFormLayout(page)
        for label, value in rows:
            shown = QLabel(value or "—", page)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(SELECTABLE)
            form.addRow(label, shown)
        return page
