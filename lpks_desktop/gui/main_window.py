"""The main window. For now a summary of the open database; the records screens come next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from .. import APP_NAME
from ..core.actor import current_actor
from ..core.services.health import count_records
from ..core.services.institutions import list_institutions
from ..core.store import Store

GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(f"{APP_NAME} — {store.location.display()}")
        self.setMinimumSize(720, 480)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 28)
        self.heading = QLabel(self.tr("Welcome to LPKS Desktop"), central)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.summary = QLabel(central)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", store.location.display()))
        self.user_label = QLabel(self.tr("User: %1").replace("%1", current_actor()))
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self.refresh()
        self._restore_geometry()

    def refresh(self) -> None:
        institutions = list_institutions()
        if not institutions:
            self.summary.setText(self.tr(
                "<p>This database holds no institution yet.</p>"
                "<p>To try the app with realistic sample data, close it and run "
                "<code>lpks-desktop demo</code>, then start it again.</p>"))
            return
        items = "".join(
            f"<li><b>{escape(row['code'])}</b> {escape(row['name'])} — {escape(row['city'])}</li>"
            for row in institutions)
        counts = self.tr("%1 participants, %2 classes, %3 trainers, %4 certificates")
        tables = ("participant", "training_class", "trainer", "certificate")
        for index, (_, count) in enumerate(count_records(self.store.db, tables).items(), 1):
            counts = counts.replace(f"%{index}", str(count))
        self.summary.setText(f"<h3>{self.tr('Institutions')}</h3><ul>{items}</ul><p>{counts}</p>")

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
