"""The signing keys: this institution's own (made the first time it is needed), exporting its
public half for other offices, and importing theirs so their certificates can be checked here.

Only public keys ever leave the database; the private key that signs certificates stays in it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.errors import UserError
from ...core.models import Institution
from ...core.store import Store
from .. import dialogs, i18n
from ..document_export import safe_file_name
from ..formatting import format_date

FOLDER_KEY = "certificates/keys_folder"
KEY_FILE_SUFFIX = ".lpkskey"
MAX_KEY_FILE_BYTES = 64 * 1024  # a public key file is a few hundred bytes
NOTE_STYLE = "color: #4a4f55;"
OK_STYLE = "color: #1b6e20;"
ERROR_STYLE = "color: #b3261e;"


def _folder() -> str:
    return str(QSettings().value(FOLDER_KEY, "")) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)


def _remember_folder(path: str) -> None:
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))


class KeysDialog(QDialog):
    """The institution's key and the keys known to this database.

    Tests replace ``ask_export_path`` and ``ask_import_path`` to answer the file dialogs.
    """

    def __init__(self, store: Store, institution_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.institution = Institution.get_or_none(Institution.id == institution_id) if institution_id else None
        self.key = None
        self.setWindowTitle(self.tr("Certificate signing keys"))
        self.resize(720, 460)

        own_box = QGroupBox(self.tr("This institution's key"), self)
        self.own_note = QLabel(own_box)
        self.own_note.setWordWrap(True)
        self.own_note.setStyleSheet(NOTE_STYLE)
        self.key_id = QLabel(own_box)
        self.key_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_id.setStyleSheet("font-family: monospace; font-size: 11pt;")
        self.key_created = QLabel(own_box)
        self.export_button = QPushButton(self.tr("&Export public key…"), own_box)
        self.export_button.setToolTip(self.tr(
            "Save the public key in a file, for other offices to check this institution's certificates"))
        own_form = QFormLayout()
        own_form.addRow(self.tr("Key id:"), self.key_id)
        own_form.addRow(self.tr("Created:"), self.key_created)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_note)
        own_layout.addLayout(own_form)
        own_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)

        known_box = QGroupBox(self.tr("Keys this database knows"), self)
        self.table = QTableWidget(0, 4, known_box)
        self.table.setHorizontalHeaderLabels([self.tr("Key id"), self.tr("Institution"), self.tr("Kind"),
                                              self.tr("Added")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Known keys"))
        self.import_button = QPushButton(self.tr("&Import a key from another office…"), known_box)
        self.import_button.setToolTip(self.tr(
            "Add the public key file another office exported, so its certificates verify here"))
        self.status = QLabel(known_box)
        self.status.setWordWrap(True)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addWidget(self.status, 1)
        known_layout = QVBoxLayout(known_box)
        known_layout.addWidget(self.table, 1)
        known_layout.addLayout(import_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(known_box, 1)
        layout.addWidget(buttons)

        self.export_button.clicked.connect(self.export_key)
        self.import_button.clicked.connect(self.import_key)
        self.load_own_key()
        self.load_known_keys()

    # -- this institution's key ------------------------------------------------------------------

    def load_own_key(self) -> None:
        from ...core.signing import institution_key

        self.export_button.setEnabled(False)
        if self.institution is None:
            self.own_note.setText(self.tr(
                "Each institution signs its certificates with its own key: choose one institution at "
                "the top of the window to see or export its key."))
            self.key_id.setText("—")
            self.key_created.setText("—")
            return
        try:
            # Made here the first time it is needed, like when the first certificate is issued.
            self.key = institution_key(self.store, self.institution.id)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.windowTitle())
            return
        self.own_note.setText(self.tr(
            "%1 — %2 signs its certificates with this key. Give the exported public key to offices "
            "that need to check them; the private key never leaves this database.")
            .replace("%1", self.institution.code).replace("%2", self.institution.name))
        self.key_id.setText(self.key.key_id)
        self.key_created.setText(format_date(self.key.created_at))
        self.export_button.setEnabled(True)

    def ask_export_path(self, suggested: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export public key"), str(Path(_folder()) / suggested),
            self.tr("LPKS public key (*%1);;All files (*)").replace("%1", KEY_FILE_SUFFIX))
        return chosen

    def export_key(self) -> str | None:
        """Save the public key file; returns the path written, or None."""
        from ...core.signing import export_public_key

        if self.institution is None:
            return None
        suggested = safe_file_name(f"{self.institution.code}-public-key") + KEY_FILE_SUFFIX
        path = self.ask_export_path(suggested)
        if not path:
            return None
        try:
            data = export_public_key(self.institution.id)
            Path(path).write_bytes(data)
        except UserError as exc:
            dialogs.show_user_error(self, exc, self.tr("Export public key"))
            return None
        except OSError as exc:
            dialogs.error(self, self.tr("Export public key"), self.tr(
                "The key could not be saved as %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return None
        _remember_folder(path)
        self._say(True, self.tr("Public key saved as %1.").replace("%1", path))
        return path

    # -- other offices' keys ---------------------------------------------------------------------

    def ask_import_path(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a public key"), _folder(),
            self.tr("LPKS public key (*%1);;All files (*)").replace("%1", KEY_FILE_SUFFIX))
        return chosen

    def import_key(self):
        """Read a key file another office exported; returns the key added (or already known), or None."""
        from ...core.signing import import_public_key

        path = self.ask_import_path()
        if not path:
            return None
        title = self.tr("Import a public key")
        try:
            size = Path(path).stat().st_size
            if size > MAX_KEY_FILE_BYTES:
                self._refuse(title, self.tr(
                    "%1 is not a public key file: it is far too large (%2 KB).")
                    .replace("%1", Path(path).name).replace("%2", str(-(-size // 1024))))
                return None
            data = Path(path).read_bytes()
        except OSError as exc:
            self._refuse(title, self.tr("%1 could not be read: %2")
                         .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return None
        known_before = {info.key_id for info in self._known()}
        try:
            key = import_public_key(self.store, data)
        except UserError as exc:
            self._say(False, exc.render(i18n.language()))
            dialogs.show_user_error(self, exc, title)
            return None
        _remember_folder(path)
        self.load_known_keys()
        owner = " — ".join(part for part in (key.owner_code, key.owner_name) if part)
        if key.key_id in known_before:
            self._say(True, self.tr("This key of %1 was already known; nothing changed.").replace("%1", owner))
        else:
            self._say(True, self.tr("Key %1 of %2 added: its certificates can be verified here now.")
                      .replace("%1", key.key_id).replace("%2", owner))
        return key

    def _refuse(self, title: str, text: str) -> None:
        self._say(False, text)
        dialogs.error(self, title, text)

    def _say(self, ok: bool, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _known(self) -> list:
        from ...core.signing import known_keys

        return known_keys()

    def load_known_keys(self) -> None:
        keys = self._known()
        self.table.setRowCount(len(keys))
        for row, info in enumerate(keys):
            owner = " — ".join(part for part in (info.owner_code, info.owner_name) if part)
            if info.own:
                kind = self.tr("own, in use") if info.active else self.tr("own, retired")
            else:
                kind = self.tr("imported")
            for column, text in enumerate((info.key_id, owner, kind, format_date(info.created_at))):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, info.key_id)
                self.table.setItem(row, column, item)

    def known_key_ids(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]


def show_keys(parent: QWidget | None, store: Store, institution_id: int | None) -> KeysDialog:
    dialog = KeysDialog(store, institution_id, parent)
    dialogs.run_modal(dialog)
    return dialog
