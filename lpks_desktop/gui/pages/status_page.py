"""Check status: one search box (NIK, name or phone) answering "what is my status?" on the phone.

The lookup covers every institution in the database on purpose, whichever one
the main window's switcher shows: a caller does not know, or mixes up, which
of the foundation's institutions they registered at. Each class says its
institution instead. The answer is written large, to be read out as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout,
                               QWidget)

from ...core.services.status_lookup import lookup, read_query
from ...core.store import Store
from .. import i18n
from ..delays import query_delay
from ..enrollment.status_models import (CLASS, INSTITUTION, PERSON_BORN, PERSON_CITY, PERSON_NAME,
                                        PERSON_NIK, PERSON_PHONE, REASON, SINCE, STATUS, PeopleModel,
                                        PersonClassesModel, person_id)
from ..formatting import format_date, format_number, format_phone, format_sex

SEARCH_DELAY_MS = 300
RESULT_LIMIT = 20
EMPTY_STYLE = "color: #5f5f5f; font-size: 12pt;"
NOTE_STYLE = "color: #5f5f5f;"


class StatusPage(QWidget):
    openParticipant = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.institution_id: int | None = None
        self.people: list[dict] = []
        self._searched = ""

        title = QLabel(self.tr("Check status"), self)
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.note = QLabel(self.tr(
            "Type a NIK, a name or a phone number to see that person's classes and statuses. "
            "Every institution in this database is searched, whichever institution is chosen "
            "above: callers often do not remember where they registered."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("NIK, name or phone number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        big = self.search.font()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.search.setFont(big)
        self.search.setMinimumHeight(self.search.fontMetrics().height() + 16)
        self.search.setAccessibleName(self.tr("Search"))
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setMinimumHeight(self.search.minimumHeight())
        self.search_button.clicked.connect(self.run_search)
        self.search.returnPressed.connect(self.run_search)
        self.search.textChanged.connect(self._typed)
        self._timer = query_delay(self, SEARCH_DELAY_MS, self.run_search)

        self.found_label = QLabel(self)
        self.found_label.setTextFormat(Qt.TextFormat.PlainText)

        self.people_model = PeopleModel(self)
        self.people_view = self._table(self.people_model)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in ((PERSON_NIK, 160), (PERSON_PHONE, 140), (PERSON_BORN, 150), (PERSON_CITY, 220)):
            self.people_view.setColumnWidth(column, width)
        self.people_view.horizontalHeader().setSectionResizeMode(PERSON_NAME, QHeaderView.ResizeMode.Stretch)
        self.people_view.setToolTip(self.tr("Press Enter or double-click to open the participant"))
        self.people_view.selectionModel().currentRowChanged.connect(self._person_chosen)
        self.people_view.activated.connect(lambda index: self.open_profile())

        # One person's answer, large enough to read out over the phone.
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.identity_label = QLabel(self)
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_label.setStyleSheet("font-size: 12pt;")
        self.profile_button = QPushButton(self.tr("Open &profile"), self)
        self.profile_button.setToolTip(self.tr("The participant's full record, with attendance and "
                                               "certificates"))
        self.profile_button.clicked.connect(self.open_profile)
        self.classes_model = PersonClassesModel(self)
        self.classes_view = self._table(self.classes_model)
        large = self.classes_view.font()
        large.setPointSizeF(large.pointSizeF() * 1.3)
        self.classes_view.setFont(large)
        self.classes_model.set_font(large)
        self.classes_view.setWordWrap(True)
        self.classes_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.classes_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The short columns fit their text; the class and the reason share the rest, wrapped.
        header = self.classes_view.horizontalHeader()
        for column in (INSTITUTION, STATUS, SINCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (CLASS, REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.classes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.no_classes = QLabel(self.tr("Registered as a participant, but not in any class yet."), self)
        self.no_classes.setStyleSheet(EMPTY_STYLE)
        self.no_classes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.classes_stack = QStackedWidget(self)
        self.classes_stack.addWidget(self.classes_view)
        self.classes_stack.addWidget(self.no_classes)

        answer = QWidget(self)
        heading = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.identity_label)
        heading.addLayout(names, 1)
        heading.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignTop)
        answer_layout = QVBoxLayout(answer)
        answer_layout.setContentsMargins(0, 6, 0, 0)
        answer_layout.addLayout(heading)
        answer_layout.addWidget(self.classes_stack, 1)

        # The people found above, the answer below across the whole width: the answer is what
        # gets read out, the list only picks whose.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.people_view)
        self.splitter.addWidget(answer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        rows = self.people_view.verticalHeader().defaultSectionSize()
        self.splitter.setSizes([rows * 7, rows * 18])
        self.splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.empty_label.setContentsMargins(0, 40, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addSpacing(4)
        layout.addLayout(search_row)
        layout.addWidget(self.found_label)
        layout.addWidget(self.stack, 1)

        # Down from the search box goes to the people found; Esc clears the search.
        down = QAction(self.search)
        down.setShortcut(QKeySequence(Qt.Key.Key_Down))
        down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        down.triggered.connect(self.people_view.setFocus)
        self.search.addAction(down)
        clear = QAction(self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.setFocusProxy(self.search)
        self._show_people([])

    def _table(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    # -- what the main window calls -------------------------------------------------------------

    def set_institution(self, institution_id: int | None) -> None:
        """Remembered only: the lookup searches every institution by design (see the module)."""
        self.institution_id = institution_id

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.run_search(force=True)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        # A status may have changed in a class window since: the answer must be today's.
        if self._searched:
            self.run_search(force=True)
        self.focus_search()

    # -- searching --------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._searched = ""
            self._show_people([])

    def run_search(self, force: bool = False) -> None:
        self._timer.stop()
        text = " ".join(self.search.text().split())
        if not text:
            self._searched = ""
            self._show_people([])
            return
        if text == self._searched and not force:
            return
        wanted = self._chosen_id()
        self._searched = text
        self._show_people(lookup(text, limit=RESULT_LIMIT), wanted)

    def _show_people(self, people: list[dict], wanted: int | None = None) -> None:
        self.people = people
        self.people_model.set_rows(people)
        if not self._searched:
            self.empty_label.setText(self.tr("Type a NIK, a name or a phone number above."))
            self.found_label.setText("")
            self.stack.setCurrentWidget(self.empty_label)
            return
        if not people:
            # The core says what to try: more digits, the NIK instead of the phone, part of a name.
            self.empty_label.setText(read_query(self._searched).hint().render(i18n.active_language()))
            self.found_label.setText("")
            self.stack.setCurrentWidget(self.empty_label)
            return
        found = self.tr("%n person(s) found", "", len(people))
        if len(people) >= RESULT_LIMIT:
            found = self.tr("The first %1 people found: type more of the name, or the NIK, to "
                            "narrow it down").replace("%1", format_number(RESULT_LIMIT))
        self.found_label.setText(found)
        self.stack.setCurrentWidget(self.splitter)
        # A single match needs no list to choose from; the answer takes the whole width.
        self.people_view.setVisible(len(people) > 1)
        ids = [person_id(p) for p in people]
        row = ids.index(wanted) if wanted in ids else 0
        self.people_view.selectionModel().setCurrentIndex(
            self.people_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_person(people[row])

    def _chosen_id(self) -> int | None:
        person = self.chosen_person()
        return person_id(person) if person else None

    def chosen_person(self) -> dict | None:
        index = self.people_view.currentIndex()
        if not index.isValid() or index.row() >= self.people_model.rowCount():
            return None
        return self.people_model.row(index.row())

    def _person_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < self.people_model.rowCount():
            self._show_person(self.people_model.row(current.row()))

    def _show_person(self, person: dict) -> None:
        self.name_label.setText(person.get("full_name") or "")
        parts = [self.tr("NIK %1").replace("%1", person.get("nik") or "")]
        if person.get("phone"):
            parts.append(format_phone(person["phone"]))
        if person.get("sex"):
            parts.append(format_sex(person["sex"]))
        if person.get("birth_date"):
            parts.append(self.tr("born %1").replace("%1", format_date(person["birth_date"])))
        if person.get("city"):
            parts.append(person["city"])
        if person.get("archived"):
            parts.append(self.tr("archived"))
        self.identity_label.setText(" · ".join(parts))
        classes = person.get("classes") or []
        self.classes_model.set_rows(classes)
        self.classes_stack.setCurrentWidget(self.classes_view if classes else self.no_classes)
        self.classes_view.resizeRowsToContents()

    def open_profile(self) -> None:
        person = self.chosen_person()
        if person is not None and person_id(person) is not None:
            self.openParticipant.emit(person_id(person))
