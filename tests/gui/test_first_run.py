"""The first-run wizard: the first institution typed in, or demo data, or nothing at all."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWizard

from lpks_desktop.core.models import AuditLog, Institution, Participant
from lpks_desktop.core.services.health import holds_records
from lpks_desktop.gui import first_run
from lpks_desktop.gui.first_run import DEMO, INSTITUTION, FirstRunWizard, maybe_run_first_run

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def wizard(qtbot, store):
    widget = FirstRunWizard(store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(qtbot, wizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill(qtbot, wizard, **values) -> None:
    for key, text in values.items():
        editor = wizard.institution.fields[key].editor
        editor.setFocus()
        qtbot.keyClicks(editor, text)


def test_typing_the_first_institution_creates_it(qtbot, wizard, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == INSTITUTION
    fill(qtbot, wizard, name="LPK  Sapta Bangun Persada", code="lpk-sbp", registration_number="VIN 123",
         license_number="503/12/DPMPTSP", business_id="9120001234567", address="Jl. A. Yani km 1",
         city="Kabupaten Balangan", province="Kalimantan Selatan", head_name="Hj. Rusmilawati",
         head_title="Kepala LPK")
    qtbot.keyClicks(wizard.institution.logo_path, str(logo))
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    saved = Institution.get()
    assert (saved.code, saved.name, saved.city, saved.head_title, saved.business_id) == (
        "LPK-SBP", "LPK Sapta Bangun Persada", "Kabupaten Balangan", "Kepala LPK", "9120001234567")
    assert saved.logo == PNG and saved.id == wizard.institution.saved_id


def test_problems_are_shown_inline_and_nothing_is_written(qtbot, wizard, tmp_path):
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill(qtbot, wizard, code="lpk sbp!")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    fields = wizard.institution.fields
    assert wizard.isVisible() and wizard.currentId() == INSTITUTION
    assert fields["name"].message.isVisible() and "required" in fields["name"].message.text()
    assert fields["code"].message.isVisible() and "LPK-SBP" in fields["code"].message.text()
    assert Institution.select().count() == 0 and AuditLog.select().count() == 0
    fill(qtbot, wizard, name="LPK Satu")
    wizard.institution.fields["code"].editor.clear()
    fill(qtbot, wizard, code="LPK-1")
    qtbot.keyClicks(wizard.institution.logo_path, str(tmp_path / "missing.png"))
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "cannot be read" in fields["logo"].message.text()
    assert not fields["name"].message.isVisible()
    assert Institution.select().count() == 0


def test_the_demo_path_fills_the_database(qtbot, wizard):
    wizard.welcome.demo_choice.setChecked(True)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == DEMO
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.demo.job.status == "done"
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert Institution.select().count() == 3 and Participant.select().count() == first_run.DEMO_PARTICIPANTS


def test_cancelling_the_demo_leaves_the_database_empty(qtbot, wizard, monkeypatch):
    real_fill = first_run.fill_demo

    def slowed_fill(store, *, progress, **options):
        # Slower progress so Cancel lands while rows are being written inside the transaction.
        def slow(done, total, label):
            time.sleep(0.02)
            progress(done, total, label)

        return real_fill(store, progress=slow, **options)

    monkeypatch.setattr(first_run, "fill_demo", slowed_fill)
    pressed = []

    def cancel_once_writing():
        job = wizard.demo.job
        if job is not None and job.dialog is not None and job.dialog.bar.maximum() > 0 \
                and job.dialog.bar.value() > 0 and not pressed:
            pressed.append(job.dialog.bar.value())
            qtbot.mouseClick(job.dialog.cancel_button, Qt.MouseButton.LeftButton)

    watcher = QTimer()
    watcher.timeout.connect(cancel_once_writing)
    watcher.start(5)
    wizard.welcome.demo_choice.setChecked(True)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    watcher.stop()
    assert pressed, "Cancel was never pressed while writing"
    assert wizard.demo.job.status == "cancelled"
    assert wizard.isVisible() and wizard.currentId() == DEMO
    assert "Nothing was written" in wizard.demo.outcome.text()
    assert holds_records(wizard.store.db) == {} and AuditLog.select().count() == 0


def test_maybe_run_first_run_only_asks_an_empty_database(qtbot, store, monkeypatch):
    shown = []

    def type_and_finish(self):
        shown.append(self)
        self.show()
        press(qtbot, self, QWizard.WizardButton.NextButton)
        fill(qtbot, self, name="BLK Paringin", code="BLK-PRG")
        press(qtbot, self, QWizard.WizardButton.FinishButton)
        return self.result()

    monkeypatch.setattr(FirstRunWizard, "exec", type_and_finish)
    assert maybe_run_first_run(store, None) is True
    assert len(shown) == 1 and Institution.get().code == "BLK-PRG"
    assert maybe_run_first_run(store, None) is True
    assert len(shown) == 1  # not asked again


def test_closing_the_wizard_leaves_an_empty_database(qtbot, store, monkeypatch):
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: self.reject() or self.result())
    assert maybe_run_first_run(store, None) is False
    assert Institution.select().count() == 0
