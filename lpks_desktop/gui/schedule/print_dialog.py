"""Choosing how to print a class's trainer journal: paper, orientation, all trainers or one."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QRadioButton, QVBoxLayout, QWidget)

from ...core.models import ClassSession, SessionTrainer, Trainer
from ...core.services.settings import PAPER_SIZES, default_paper
from .choices import load_class


def class_trainers(class_id: int) -> list[tuple[int, str]]:
    """(id, name) of everyone who teaches a session of the class, by name."""
    query = (Trainer.select(Trainer.id, Trainer.full_name).join(SessionTrainer)
             .join(ClassSession).where(ClassSession.training_class == class_id)
             .distinct().order_by(Trainer.full_name).tuples())
    return list(query)


class PrintJournalDialog(QDialog):
    def __init__(self, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.klass = load_class(class_id)
        self.setWindowTitle(self.tr("Print the trainer journal — %1").replace("%1", self.klass.code))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.paper = QComboBox(self)
        labels = {"A4": self.tr("A4 (210 × 297 mm)"), "F4": self.tr("F4 / folio (215 × 330 mm)")}
        for size in PAPER_SIZES:
            self.paper.addItem(labels.get(size, size), size)
        self.paper.setCurrentIndex(max(self.paper.findData(default_paper(self.klass.institution_id)), 0))
        form.addRow(self.tr("&Paper"), self.paper)

        self.portrait = QRadioButton(self.tr("P&ortrait"), self)
        self.landscape = QRadioButton(self.tr("&Landscape"), self)
        self.portrait.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.portrait)
        group.addButton(self.landscape)
        row = QHBoxLayout()
        row.addWidget(self.portrait)
        row.addWidget(self.landscape)
        row.addStretch(1)
        form.addRow(self.tr("Orientation"), row)

        self.trainer = QComboBox(self)
        self.trainer.addItem(self.tr("All trainers"), None)
        for trainer_id, name in class_trainers(self.klass.id):
            self.trainer.addItem(name, trainer_id)
        form.addRow(self.tr("&Trainer"), self.trainer)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save as PDF…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def chosen_paper(self) -> str:
        return self.paper.currentData()

    def is_landscape(self) -> bool:
        return self.landscape.isChecked()

    def trainer_id(self) -> int | None:
        return self.trainer.currentData()

    def suggested_name(self) -> str:
        name = f"Jurnal-{self.klass.code}"
        if self.trainer_id() is not None:
            name += f"-{self.trainer.currentText()}"
        return f"{name}.pdf"
