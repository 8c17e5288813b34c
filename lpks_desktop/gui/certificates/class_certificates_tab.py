"""The class window's certificates: who has earned one and why the others have not, issuing the
numbers, printing, and reissuing or revoking a certificate with a reason.

The list is read when the tab is first shown, not when the class window opens. After every
change the tab reads the list again and says so through ``changed``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import Institution, NumberSequence, TrainingClass
from ...core.services import certificates as certificate_service
from ...core.services import eligibility
from ...core.services.certificate_numbers import CERTIFICATE_KIND, format_certificate_number, highest_issued
from ...core.store import Store
from .. import dialogs, i18n
from ..formatting import format_number
from . import lifecycle_dialogs
from .eligibility_model import (FILTERS, REASONS, ROW_ROLE, SHOW_ALL, SHOW_ELIGIBLE, SHOW_NOT_ELIGIBLE,
                                EligibilityModel, has_valid_certificate)

translate = QCoreApplication.translate

NOTE_STYLE = "color: #1b6e2d;"


def number_preview(class_id: int, count: int, on: dt.date) -> tuple[str, str] | None:
    """The first and last numbers the next ``count`` certificates of the class would get, if no
    other PC issues in between (None when the pattern cannot be shown)."""
    if count <= 0:
        return None
    klass = TrainingClass.get_by_id(class_id)
    institution = Institution.get_by_id(klass.institution_id)
    last = (NumberSequence.select(NumberSequence.last_value)
            .where(NumberSequence.institution == institution.id, NumberSequence.kind == CERTIFICATE_KIND,
                   NumberSequence.year == on.year).scalar()) or 0
    # Issuing never goes below a number already held, whatever the sequence row says.
    last = max(last, highest_issued(institution.id, on.year))
    try:
        numbers = [format_certificate_number(institution.certificate_number_pattern, seq=seq,
                                             institution_code=institution.code,
                                             program_code=klass.program.code, on=on)
                   for seq in (last + 1, last + count)]
    except (UserError, KeyError, IndexError, ValueError):
        return None  # issuing names the problem with the pattern itself
    return numbers[0], numbers[1]


class ClassCertificatesTab(QWidget):
    changed = Signal()  # certificates were issued, reissued or revoked

    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.store = store
        self.class_id = class_id
        self.today = today
        self.loaded = False

        self.model = EligibilityModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASONS, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._double_clicked)

        self.show_combo = QComboBox(self)
        for key, text in ((SHOW_ALL, self.tr("All")), (SHOW_ELIGIBLE, self.tr("Eligible")),
                          (SHOW_NOT_ELIGIBLE, self.tr("Not eligible"))):
            self.show_combo.addItem(text, key)
        show_label = QLabel(self.tr("Sho&w:"), self)
        show_label.setBuddy(self.show_combo)
        self.show_combo.currentIndexChanged.connect(self._filter_changed)

        self.issue_button = QPushButton(self)
        self.issue_button.setToolTip(self.tr("Give a numbered, signed certificate to every eligible person "
                                             "who has none yet"))
        self.issue_button.clicked.connect(self.issue)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the valid certificates, or save them as PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_certificates)
        self.reissue_button = QPushButton(self.tr("Re&issue…"), self)
        self.reissue_button.setToolTip(self.tr("A new certificate with a new number for the selected person; "
                                               "the old one is marked as replaced"))
        self.reissue_button.clicked.connect(self.reissue)
        self.revoke_button = QPushButton(self.tr("Re&voke…"), self)
        self.revoke_button.setToolTip(self.tr("Withdraw the selected certificate, with a reason"))
        self.revoke_button.clicked.connect(self.revoke)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read attendance, results and certificates again"))
        self.refresh_button.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        top.addStretch(1)
        for button in (self.issue_button, self.print_button, self.reissue_button, self.revoke_button,
                       self.refresh_button):
            top.addWidget(button)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.note = QLabel(self)  # what the last action did, until the next one
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

        print_action = QAction(self)
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_action.triggered.connect(self.print_certificates)
        self.addAction(print_action)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read the class's people, their eligibility and certificates again; the selection stays
        on the same people."""
        kept = {row.enrollment_id for row in self.selected_rows()}
        people = eligibility.class_eligibility(self.class_id, today=self.today)
        self.loaded = True
        self.model.set_people(people)
        self._select(lambda row: row.enrollment_id in kept)
        self._show_summary()
        self._update_buttons()

    def count(self) -> int:
        return len(self.model.everyone)

    def _show_summary(self) -> None:
        model = self.model
        people = len(model.everyone)
        if not people:
            self.summary.setText(self.tr("Nobody in this class is taking part yet."))
            return
        waiting = len(model.awaiting())
        parts = [self.tr("%1 of %2 eligible").replace("%1", format_number(model.eligible_count()))
                 .replace("%2", format_number(people)),
                 self.tr("%n certificates issued", "", model.issued_count()),
                 self.tr("%n not yet issued", "", waiting)]
        self.summary.setText(" · ".join(parts))

    # --- selection --------------------------------------------------------------------------------

    def selected_rows(self) -> list:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows if self.model.row_at(row) is not None]

    def selected_certificate_ids(self) -> list[int]:
        return [row.certificate_id for row in self.selected_rows() if has_valid_certificate(row)]

    def _single_certificate(self):
        """The one selected person's valid certificate row, or None."""
        rows = self.selected_rows()
        if len(rows) != 1 or not has_valid_certificate(rows[0]):
            return None
        return rows[0]

    def _reissuable(self):
        """The one selected person's valid certificate row, or their revoked one when they hold
        no valid certificate (a new one after a revocation is only ever issued this way)."""
        rows = self.selected_rows()
        if len(rows) == 1 and rows[0].certificate_status == "revoked":
            return rows[0]
        return self._single_certificate()

    def _select(self, wanted) -> int | None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = None
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for position, row in enumerate(self.model.rows):
            if wanted(row):
                selection.select(self.model.index(position, 0), flags)
                if first is None:
                    first = position
        if first is not None:
            index = self.model.index(first, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(index)
        return first

    def show_certificate(self, number: str) -> bool:
        """Bring the person holding certificate ``number`` into view and select them (False: not in
        this class)."""
        self.ensure_loaded()
        if self.model.row_of_number(number) is None and self.model.show != SHOW_ALL:
            self.show_combo.setCurrentIndex(self.show_combo.findData(SHOW_ALL))
        wanted = number.strip().casefold()
        found = self._select(lambda row: (row.certificate_number or "").casefold() == wanted)
        if found is not None:
            self.view.setFocus()
        return found is not None

    def _filter_changed(self) -> None:
        kept = {row.enrollment_id for row in self.selected_rows()}
        self.model.set_filter(self.show_combo.currentData())
        self._select(lambda row: row.enrollment_id in kept)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        waiting = len(self.model.awaiting())
        self.issue_button.setText(self.tr("&Issue certificates (%1)").replace("%1", format_number(waiting)))
        self.issue_button.setEnabled(waiting > 0)
        self.print_button.setEnabled(self.model.issued_count() > 0)
        self.reissue_button.setEnabled(self._reissuable() is not None)
        self.revoke_button.setEnabled(self._single_certificate() is not None)

    def _tell(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- issuing --------------------------------------------------------------------------------

    def issue(self) -> bool:
        """Issue certificates to every eligible person without one, after the clerk confirmed."""
        self.reload()  # a change on another PC would otherwise go unseen in the count
        waiting = self.model.awaiting()
        title = self.tr("Issue certificates")
        if not waiting:
            dialogs.inform(self, title, self.tr("Nobody eligible is waiting for a certificate."))
            return False
        count = len(waiting)
        question = self.tr("Issue %n certificates?", "", count)
        preview = number_preview(self.class_id, count, self.today or dt.date.today())
        if preview is not None:
            first, last = preview
            numbers = (self.tr("The number will be %1.").replace("%1", first) if count == 1 else
                       self.tr("Numbers %1 to %2.").replace("%1", first).replace("%2", last))
            question += "\n\n" + numbers + " " + self.tr(
                "(Another PC issuing at the same time may take some of them first.)")
        question += "\n\n" + self.tr("A number is never given again, even if the certificate is "
                                     "revoked later.")
        if not dialogs.ask_yes_no(self, title, question, default_no=False):
            return False
        try:
            outcome = certificate_service.issue_certificates(
                self.store, self.class_id, enrollment_ids=[row.enrollment_id for row in waiting],
                today=self.today)
        except UserError as exc:
            dialogs.show_user_error(self, exc, title)
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        issued = outcome.issued
        if issued:
            text = self.tr("%n certificates issued", "", len(issued))
            text += ": " + (issued[0].number if len(issued) == 1 else
                            self.tr("%1 to %2").replace("%1", issued[0].number).replace("%2", issued[-1].number))
            self._tell(text + ".")
            self._select(lambda row: row.certificate_id in {c.id for c in issued})
        if outcome.skipped:
            names = {row.enrollment_id: row.full_name for row in self.model.everyone}
            lang = i18n.active_language()
            lines = [f"• {names.get(enrollment_id, '?')}: {why.render(lang)}"
                     for enrollment_id, why in outcome.skipped]
            text = self.tr("%n people did not get a certificate:", "", len(outcome.skipped))
            dialogs.inform(self, title, text + "\n" + "\n".join(lines))
        return bool(issued)

    # --- printing ----------------------------------------------------------------------------------

    def print_certificates(self) -> None:
        from .print_dialog import print_certificates  # reportlab loads when first printing

        print_certificates(self, self.store, self.class_id, self.selected_certificate_ids())

    def _double_clicked(self, index) -> None:
        row = self.model.data(index, ROW_ROLE)
        if row is None or not row.certificate_id:
            return
        from .print_dialog import preview_certificates

        if not has_valid_certificate(row):
            from .eligibility_model import status_label

            dialogs.inform(self, self.tr("Certificate %1").replace("%1", row.certificate_number),
                           self.tr("Certificate %1 is %2 and is not printed.").replace(
                               "%1", row.certificate_number).replace("%2", status_label(row.certificate_status)
                                                                      .lower()))
            return
        preview_certificates(self, self.class_id, [row.certificate_id],
                             self.tr("Certificate %1").replace("%1", row.certificate_number))

    # --- reissuing and revoking ---------------------------------------------------------------

    def reissue(self) -> bool:
        row = self._reissuable()
        if row is None:
            return False
        kind = (lifecycle_dialogs.REISSUE_REVOKED if row.certificate_status == "revoked"
                else lifecycle_dialogs.REISSUE)
        reason = lifecycle_dialogs.ask_reason(self, kind, row.certificate_number, row.full_name)
        if reason is None:
            return False
        try:
            new = certificate_service.reissue_certificate(self.store, row.certificate_id, reason,
                                                          today=self.today)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Reissue certificate"))
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        self._tell(self.tr("Certificate %1 replaced by %2.").replace("%1", row.certificate_number)
                   .replace("%2", new.number))
        self._select(lambda r: r.enrollment_id == row.enrollment_id)
        return True

    def revoke(self) -> bool:
        row = self._single_certificate()
        if row is None:
            return False
        reason = lifecycle_dialogs.ask_reason(self, lifecycle_dialogs.REVOKE, row.certificate_number,
                                              row.full_name)
        if reason is None:
            return False
        try:
            certificate_service.revoke_certificate(self.store, row.certificate_id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Revoke certificate"))
            self.reload()
            return False
        self.reload()
        self.changed.emit()
        self._tell(self.tr("Certificate %1 revoked.").replace("%1", row.certificate_number))
        return True


__all__ = ["ClassCertificatesTab", "FILTERS", "number_preview"]
