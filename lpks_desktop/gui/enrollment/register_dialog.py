"""Registering people into a class: find them by NIK, name or phone, or create them first.

The dialog stays open after each registration (the clerk often has a pile of
forms), says who was registered, and empties the search for the next one.
A refusal from the core is shown with what was typed kept.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import Enrollment, TrainingClass
from ...core.services import enrollments
from ...core.services.participants import find_person
from ...core.services.records import ValidationFailed
from ...core.store import Store
from .. import dialogs
from ..delays import query_delay
from ..forms.participant_form import ParticipantForm
from ..formatting import format_number
from .candidates_model import BORN, CITY, IN_CLASS, NAME, NIK, PHONE, CandidatesModel

SEARCH_DELAY_MS = 250
FOUND_LIMIT = 50
DONE_STYLE = "color: #1b5e20;"
HINT_STYLE = "color: #5f5f5f;"


class RegisterDialog(QDialog):
    def __init__(self, store: Store, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.klass = TrainingClass.get_by_id(class_id)
        self.registered: list[int] = []  # enrollment ids, in the order registered
        self.setWindowTitle(self.tr("Register participants — %1").replace("%1", self.klass.code))

        intro = QLabel(self.tr("Find the person by NIK, name or phone number, choose them and press "
                               "Register. Not in the list? Create them as a new participant."), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("NIK, name or phone number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.new_button = QPushButton(self.tr("&New participant…"), self)
        self.new_button.setToolTip(self.tr("Create the person with the participant form, then "
                                           "register them in this class"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_participant)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)

        self.model = CandidatesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, width in ((NIK, 150), (BORN, 130), (CITY, 150), (PHONE, 120), (IN_CLASS, 140)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Enter reaches the default button (Register); a double-click registers too.
        self.view.doubleClicked.connect(lambda index: self.register_chosen())
        self.found_label = QLabel(self)
        self.found_label.setStyleSheet(HINT_STYLE)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("optional, e.g. registered at the village office"))
        self.reason.setMaxLength(500)
        form.addRow(self.tr("Note for the &history"), self.reason)
        self.redeem_code = QLineEdit(self)
        self.redeem_code.setMaxLength(40)
        self.redeem_code.setPlaceholderText(self.tr("optional; can be added later"))
        self.is_prakerja = self.klass.funding == "prakerja"
        if self.is_prakerja:
            form.addRow(self.tr("Prakerja &redeem code"), self.redeem_code)
        else:
            self.redeem_code.hide()

        self.done_label = QLabel(self)
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(DONE_STYLE)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.register_button = self.buttons.addButton(self.tr("&Register"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.register_chosen)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.found_label)
        layout.addLayout(form)
        layout.addWidget(self.done_label)
        layout.addWidget(self.buttons)
        self.setMinimumSize(760, 520)
        self.resize(980, 600)

        self._timer = query_delay(self, SEARCH_DELAY_MS, self.run_search)
        self.search.textChanged.connect(lambda text: self._timer.start())
        down = QAction(self.search)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self.view.setFocus)
        self.search.addAction(down)
        self.view.selectionModel().currentRowChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.run_search()
        self.search.setFocus()

    # -- searching --------------------------------------------------------------------------------

    def _in_class(self, participant_ids: list[int]) -> dict[int, str]:
        query = (Enrollment.select(Enrollment.participant, Enrollment.status)
                 .where(Enrollment.training_class == self.klass.id,
                        Enrollment.participant.in_(participant_ids)).tuples())
        return dict(query) if participant_ids else {}

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text()
        found = find_person(text, limit=FOUND_LIMIT) if text.strip() else []
        self.model.set_rows(found, self._in_class([row["id"] for row in found]))
        if not text.strip():
            self.found_label.setText(self.tr("Type at least part of a name, or digits of a NIK or "
                                             "phone number."))
        elif not found:
            self.found_label.setText(self.tr("Nobody matches. Check the spelling, or create the "
                                             "person with New participant."))
        elif len(found) >= FOUND_LIMIT:
            self.found_label.setText(self.tr("The first %1 matches: type more to narrow it down.")
                                     .replace("%1", format_number(FOUND_LIMIT)))
        else:
            self.found_label.setText(self.tr("%n person(s) found", "", len(found)))
        # The first one not yet in the class is the likely choice.
        for row in range(self.model.rowCount()):
            if self.model.in_class(self.model.row(row)["id"]) is None:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                break

    def chosen(self) -> dict | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row(index.row())

    def _update(self, *args) -> None:
        person = self.chosen()
        self.register_button.setEnabled(person is not None and self.model.in_class(person["id"]) is None)

    # -- registering ------------------------------------------------------------------------------

    def register_chosen(self) -> bool:
        if self._timer.isActive():  # Enter before the search caught up: search first
            self.run_search()
            return False
        person = self.chosen()
        if person is None or self.model.in_class(person["id"]) is not None:
            return False
        return self.register(person["id"], person["full_name"])

    def register(self, participant_id: int, name: str) -> bool:
        """Register one person; True when the core took it. On a refusal the input stays."""
        code = self.redeem_code.text().strip() if self.is_prakerja else ""
        try:
            enrollment, warnings = enrollments.register(
                self.store, participant_id, self.klass.id, reason=" ".join(self.reason.text().split()),
                prakerja_redeem_code=code or None)
        except ValidationFailed as failure:
            dialogs.show_problems(self, self.windowTitle(), failure.problems)
            return False
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.windowTitle())
            return False
        self.registered.append(enrollment.id)
        if warnings:
            dialogs.show_problems(self, self.windowTitle(), warnings)
        self.done_label.setText(self.tr("%1 is registered. Registered in this dialog: %2.")
                                .replace("%1", name).replace("%2", format_number(len(self.registered))))
        self.redeem_code.clear()
        self.search.clear()
        self.run_search()
        self.search.setFocus()
        return True

    def new_participant(self) -> None:
        form = ParticipantForm(self.store, None, self)
        typed = self.search.text().strip()
        if typed:
            # What was searched for is the likeliest start: digits are a NIK, letters a name.
            digits = typed.replace(" ", "")
            form.load({"nik": digits} if digits.isdigit() and len(digits) >= 10 else {"full_name": typed})
        dialogs.run_modal(form)
        if form.saved_id is None:
            return
        if form.warnings:
            dialogs.show_problems(self, form.windowTitle(), form.warnings)
        name = form.fields["full_name"].value().strip()
        if not self.register(form.saved_id, " ".join(name.split())):
            # Not registered (the core said why): the new person is in the list to try again.
            self.search.setText(name)
            self.run_search()
