"""The shape every records list shares: search as you type, filters, a paged table, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.services.listing import Listing
from ...core.services.records import InUse, archive, delete_or_refuse, describe
from ...core.store import Store
from .. import dialogs, i18n
from ..delays import query_delay
from ..formatting import format_number
from ..models.listing_model import ColumnSpec, ListingModel
from ..table_rows import select_row

SEARCH_DELAY_MS = 200  # long enough to skip the middle of a word, short enough to feel live


class RecordsPage(QWidget):
    """A list of one kind of record. Subclasses give the listing, the columns and the form."""

    recordOpened = Signal(int)  # noqa: N815 (Qt naming)

    def __init__(self, store: Store, listing: Listing, columns: list[ColumnSpec],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.model = ListingModel(listing, columns, self)
        self.institution_id: int | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        self.new_button = QPushButton(self.tr("&New"), self)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The indicator must be set before sorting is enabled, which sorts by it at once.
        self.table.horizontalHeader().setSortIndicator(max(self.model.sort_column(), 0),
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.filters = QHBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addLayout(self.filters)
        bar.addWidget(self.show_archived)
        bar.addStretch(1)
        for button in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._search_timer = query_delay(self, SEARCH_DELAY_MS, self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.show_archived.toggled.connect(lambda on: self.model.set_filters(archived=on))
        self.model.totalChanged.connect(self._show_total)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda index: self.edit_record())
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_record)
        self._update_buttons()

    # -- subclasses --------------------------------------------------------------------------

    def noun_plural(self, count: int) -> str:
        """'%n participants' in the subclass's words."""
        return format_number(count)

    def open_form(self, record_id: int | None) -> int | None:
        """Show the form for a new (None) or existing record; return the saved id, or None."""
        raise NotImplementedError

    # -- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        saved = self.open_form(None)
        if saved is not None:
            self.after_save(saved)

    def edit_record(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        saved = self.open_form(record_id)
        if saved is not None:
            self.after_save(saved)

    def after_save(self, record_id: int) -> None:
        self.refresh()
        self.select_id(record_id)

    def selected_record(self):
        record_id = self.selected_id()
        model = self.model.listing.model
        return model.get_or_none(model.id == record_id) if record_id is not None else None

    def toggle_archived(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if not record.archived and not dialogs.ask_yes_no(
                self, self.tr("Archive"),
                self.tr("Archive %1? It disappears from lists and choices but keeps its history; "
                        "you can bring it back under \"Show archived\".").replace("%1", describe(record))):
            return
        try:
            archive(self.store, record, not record.archived)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.refresh()

    def delete_record(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if not dialogs.ask_yes_no(self, self.tr("Delete"),
                                  self.tr("Delete %1 for good? This cannot be undone.")
                                  .replace("%1", describe(record))):
            return
        try:
            delete_or_refuse(self.store, record)
        except InUse as refused:
            message = refused.render(i18n.active_language())
            if "archived" not in type(record)._meta.fields or record.archived:
                dialogs.warn(self, self.tr("Cannot delete"), message)
            elif dialogs.ask_yes_no(self, self.tr("Cannot delete"),
                                    message + "\n\n" + self.tr("Archive it instead?"), default_no=False):
                archive(self.store, record, True)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.refresh()

    # -- shared behaviour --------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        if selected is not None:
            self.select_id(selected)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Loaded when shown, so pages the clerk never opens cost nothing at start-up,
        # and a page shown again reflects what changed meanwhile (also on other PCs).
        if not self.model.loaded:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.model.invalidate()
        super().hideEvent(event)

    def set_institution(self, institution_id: int | None) -> None:
        self.institution_id = institution_id
        self.model.set_filters(institution_id=institution_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _show_total(self, total: int) -> None:
        if self.model.total_is_capped:
            self.count_label.setText(self.tr("more than %1").replace(
                "%1", self.noun_plural(total - 1)))
        else:
            self.count_label.setText(self.noun_plural(total))

    def _update_buttons(self, *args) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(has)
        archived_view = bool(self.model.request.filters.get("archived"))
        self.archive_button.setText(self.tr("&Restore") if archived_view else self.tr("&Archive"))
