"""Classes (intakes): find a class, create or change one, and open it in its own window.

Enter, a double-click or Open shows the class window (schedule, participants,
history); one window per class, so opening a class already open brings its
window to the front. Other pages open a class through ``open_class``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from ...core.errors import UserError
from ...core.models import ClassSession, ClassStatus, TrainingClass
from ...core.services.class_records import ClassListing, save_class
from ...core.services.records import InUse, delete_or_refuse
from ...core.store import Store
from .. import dialogs, i18n
from ..formatting import format_date, format_number
from ..forms.class_form import ClassForm
from ..models.listing_model import ColumnSpec
from .class_labels import class_status_labels, funding_labels, label
from .class_window import ClassWindow
from .records_page import RecordsPage

CURRENT = (ClassStatus.PLANNED, ClassStatus.OPEN, ClassStatus.RUNNING)
INSTITUTION_COLUMN = 3


class ClassesPage(RecordsPage):
    classesChanged = Signal()  # noqa: N815 (Qt naming) a class was added, changed or deleted
    openParticipant = Signal(int)  # noqa: N815 a participant chosen in a class window

    def __init__(self, store: Store, parent: QWidget | None = None):
        statuses, fundings = class_status_labels(), funding_labels()
        columns = [
            ColumnSpec("code", self.tr("Class code")),
            ColumnSpec("name", self.tr("Class name")),
            ColumnSpec("program", self.tr("Program")),
            ColumnSpec("institution", self.tr("Institution")),
            ColumnSpec("start_date", self.tr("Starts"), format_date),
            ColumnSpec("end_date", self.tr("Ends"), format_date),
            ColumnSpec("status", self.tr("Status"), lambda code: label(statuses, code)),
            ColumnSpec("funding", self.tr("Funding"), lambda code: label(fundings, code)),
            ColumnSpec("seated", self.tr("Seated"), align_right=True),
            ColumnSpec("capacity", self.tr("Capacity"), align_right=True),
            ColumnSpec("sessions", self.tr("Sessions"), align_right=True),
        ]
        super().__init__(store, ClassListing(), columns, parent)
        self._windows: dict[int, ClassWindow] = {}
        self.title.setText(self.tr("Classes"))
        self.search.setPlaceholderText(self.tr("Search by class code or name, or program…"))
        # The newest intakes are the ones a clerk works on.
        self.model.set_request(replace(self.model.request, descending=True))
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(),
                                                       Qt.SortOrder.DescendingOrder)

        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Current (planned, open, running)"), CURRENT)
        for code, text in statuses.items():
            self.status_filter.addItem(text, code)
        self.status_filter.setToolTip(self.tr("Show only classes with this status"))
        self.status_filter.currentIndexChanged.connect(
            lambda: self.model.set_filters(status=self.status_filter.currentData()))
        self.filters.addWidget(self.status_filter)
        self.show_archived.hide()  # classes are cancelled or deleted, not archived
        self.archive_button.hide()

        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("The class's schedule, participants and history "
                                            "(Enter or double-click)"))
        self.cancel_button = QPushButton(self.tr("&Cancel class"), self)
        self.cancel_button.setToolTip(self.tr("Mark the class as cancelled; its sessions and "
                                              "participants are kept"))
        bar = self.layout().itemAt(1).layout()
        bar.insertWidget(bar.indexOf(self.edit_button), self.open_button)
        bar.insertWidget(bar.indexOf(self.delete_button), self.cancel_button)
        self.table.doubleClicked.disconnect()
        self.table.activated.connect(lambda index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.cancel_button.clicked.connect(self.cancel_class)
        self.table.selectionModel().selectionChanged.connect(self._update_class_buttons)
        self.model.modelReset.connect(self._update_class_buttons)
        # Dates, statuses and funding fit whole in either language; the name takes what is left.
        metrics = self.table.fontMetrics()

        def fits(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + 16

        date_width = fits(format_date(dt.date(2026, 9, 30)), format_date(dt.date(2026, 11, 30)))
        widths = (fits("SBP-JHT-2026-01"), 260, fits("PMD", columns[2].header),
                  fits("LPK-SBP", columns[3].header), date_width, date_width, fits(*statuses.values()),
                  fits(*fundings.values()))
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        for column in (8, 9, 10):
            self.table.setColumnWidth(column, fits(columns[column].header) + 8)
        self._update_class_buttons()

    def set_institution(self, institution_id: int | None) -> None:
        super().set_institution(institution_id)
        # One institution chosen: its code in every row says nothing and costs width.
        self.table.setColumnHidden(INSTITUTION_COLUMN, bool(institution_id))

    def noun_plural(self, count: int) -> str:
        return self.tr("%1 classes").replace("%1", format_number(count))

    # -- opening a class -------------------------------------------------------------------------

    def open_selected(self) -> None:
        class_id = self.selected_id()
        if class_id is not None:
            self.open_class(class_id)

    def open_class(self, class_id: int) -> ClassWindow | None:
        """Show the class's window, or bring it to the front when it is open already.

        None (after telling the clerk) when the class no longer exists.
        """
        window = self._windows.get(class_id)
        if window is None:
            if not TrainingClass.select().where(TrainingClass.id == class_id).exists():
                dialogs.warn(self, self.tr("Classes"),
                             self.tr("This class no longer exists; another user may have deleted it."))
                self.refresh()
                return None
            window = ClassWindow(self.store, class_id, self)
            window.classChanged.connect(self._class_changed)
            window.openParticipant.connect(self.openParticipant)
            window.closed.connect(self._window_closed)
            self._windows[class_id] = window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def class_window(self, class_id: int) -> ClassWindow | None:
        """The open window of the class, if any."""
        return self._windows.get(class_id)

    def _window_closed(self, class_id: int) -> None:
        self._windows.pop(class_id, None)

    def _class_changed(self, class_id: int) -> None:
        self.refresh()
        self.classesChanged.emit()

    # -- the form, cancelling, deleting ------------------------------------------------------------

    def open_form(self, record_id: int | None) -> int | None:
        klass = TrainingClass.get_or_none(TrainingClass.id == record_id) if record_id is not None else None
        form = ClassForm(self.store, klass, self.institution_id, self)
        dialogs.run_modal(form)
        if form.saved_id is None:
            return None
        if form.warnings:
            dialogs.show_problems(self, form.windowTitle(), form.warnings)
        return form.saved_id

    def after_save(self, record_id: int) -> None:
        super().after_save(record_id)
        window = self._windows.get(record_id)
        if window is not None:
            window.reload()
        self.classesChanged.emit()

    def cancel_class(self) -> None:
        klass = self.selected_record()
        if klass is None or klass.status == ClassStatus.CANCELLED:
            return
        if not dialogs.ask_yes_no(
                self, self.tr("Cancel class"),
                self.tr("Cancel the class %1? Its status becomes \"Cancelled\"; its sessions and "
                        "participants are kept, and you can set another status later in the "
                        "class's form.").replace("%1", klass.code)):
            return
        self._set_cancelled(klass)

    def _set_cancelled(self, klass: TrainingClass) -> None:
        try:
            save_class(self.store, {"status": ClassStatus.CANCELLED}, klass)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.after_save(klass.id)

    def delete_record(self) -> None:
        klass = self.selected_record()
        if klass is None:
            return
        sessions = ClassSession.select().where(ClassSession.training_class == klass.id).count()
        question = (self.tr("Delete the class %1 and its %n session(s) for good? This cannot be undone.",
                            "", sessions) if sessions
                    else self.tr("Delete the class %1 for good? This cannot be undone."))
        if not dialogs.ask_yes_no(self, self.tr("Delete class"), question.replace("%1", klass.code)):
            return
        try:
            delete_or_refuse(self.store, klass)
        except InUse as refused:
            message = refused.render(i18n.active_language())
            if klass.status == ClassStatus.CANCELLED:
                dialogs.warn(self, self.tr("Cannot delete"), message)
            elif dialogs.ask_yes_no(self, self.tr("Cannot delete"),
                                    message + "\n\n" + self.tr("Cancel the class instead?"),
                                    default_no=False):
                self._set_cancelled(klass)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        window = self._windows.pop(klass.id, None)
        if window is not None:
            window.close()
        self.refresh()
        self.classesChanged.emit()

    def _update_class_buttons(self, *args) -> None:
        class_id = self.selected_id()
        self.open_button.setEnabled(class_id is not None)
        status = (TrainingClass.select(TrainingClass.status).where(TrainingClass.id == class_id).scalar()
                  if class_id is not None else None)
        self.cancel_button.setEnabled(status is not None and status != ClassStatus.CANCELLED)
