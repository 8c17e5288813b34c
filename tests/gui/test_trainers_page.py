"""The trainer list and form, driven through their widgets, checked in the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QStyleOptionViewItem

from lpks_desktop.core.models import Trainer, TrainerCertification, TrainerCompetency
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.core.services.trainers import save_trainer
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.forms import trainer_form
from lpks_desktop.gui.forms.child_rows_editor import ERROR_TINT, WARNING_COLOR, ChildRowsEditor
from lpks_desktop.gui.forms.fields import ERROR_STYLE
from lpks_desktop.gui.forms.trainer_form import TrainerForm
from lpks_desktop.gui.pages.trainers_page import (
    EXPIRED_COLOR,
    EXPIRING_COLOR,
    EXPIRY_COLUMN,
    TrainersPage,
)

TODAY = dt.date(2026, 11, 25)
UNIT = "C.141000.001.02"


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A question nobody answers would hang the test; closing leftover forms discards them."""
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: pytest.fail(f"unexpected {dialog!r}"))
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda *args: "discard")


@pytest.fixture
def institution(store):
    return save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta Bangun Persada"})[0]


@pytest.fixture
def form(qtbot, store, institution):
    dialog = TrainerForm(store, institution_id=institution.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["full_name"].editor, "Hj. Rusmilawati, S.Pd.")
    return dialog


def type_cell(qtbot, editor: ChildRowsEditor, row: int, column: int, text: str) -> None:
    """Type into a cell as a clerk does: open its editor, type, press Enter."""
    index = editor.model.index(row, column)
    if editor.table.indexWidget(index) is None:  # Add row opens the first cell by itself
        editor.table.setCurrentIndex(index)
        editor.table.edit(index)
    cell = editor.table.indexWidget(index)
    assert cell is not None, "the cell did not open for typing"
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()  # the closed editor goes away before the next cell opens


def add_row(qtbot, editor: ChildRowsEditor, *cells: str) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.model.rowCount() - 1
    for column, text in enumerate(cells):
        if text:
            type_cell(qtbot, editor, row, column, text)


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_an_expired_certification_is_warned_about_and_still_saved(qtbot, form):
    qtbot.keyClicks(form.fields["rate_per_jp"].editor, "150000")
    form.fields["rate_per_jp"].editor.editingFinished.emit()
    assert form.fields["rate_per_jp"].editor.text() == "Rp 150.000"
    add_row(qtbot, form.certifications, "Metodologi Pelatihan", "123", "BNSP", "01/02/2020",
            "1/10/2026")
    model = form.certifications.model
    assert model.index(0, 4).data() == "1 October 2026"  # typed day first, shown as understood
    message = form.fields["certifications"].message
    assert message.isVisible()
    assert 'The certificate "Metodologi Pelatihan" expired on 1 October 2026.' in message.text()
    assert WARNING_COLOR.name() in message.text()
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOR

    click_save(qtbot, form)

    assert form.result() == QDialog.DialogCode.Accepted
    trainer = Trainer.get_by_id(form.saved_id)
    assert trainer.rate_per_jp == Decimal("150000")
    cert = trainer.certifications.get()
    assert (cert.name, cert.issued_on, cert.expires_on) == (
        "Metodologi Pelatihan", dt.date(2020, 2, 1), dt.date(2026, 10, 1))
    assert [w.code for w in form.warnings] == ["certification_expiring"]


def test_a_bad_nik_is_refused_under_the_field_and_nothing_is_saved(qtbot, form):
    nik = form.fields["nik"]
    qtbot.keyClicks(nik.editor, "3171011708450")
    qtbot.waitUntil(nik.message.isVisible)
    assert "16" in nik.message.text() and nik.message.styleSheet() == ERROR_STYLE

    click_save(qtbot, form)

    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert Trainer.select().count() == 0
    assert nik.message.isVisible() and "16" in nik.message.text()


def test_a_competency_listed_twice_is_refused_until_removed(qtbot, form, store):
    add_row(qtbot, form.competencies, UNIT, "Mengukur Tubuh")
    add_row(qtbot, form.competencies, UNIT.lower())
    message = form.fields["competencies"].message
    assert message.isVisible() and "already appears in row 1" in message.text()
    assert form.competencies.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color() \
        == ERROR_TINT

    click_save(qtbot, form)
    assert form.isVisible()
    assert Trainer.select().count() == TrainerCompetency.select().count() == 0

    form.competencies.table.selectRow(1)
    qtbot.mouseClick(form.competencies.remove_button, Qt.MouseButton.LeftButton)
    assert not message.isVisible()
    click_save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert [c.unit_code for c in TrainerCompetency.select()] == [UNIT]


def test_units_are_picked_from_the_institutions_programs(qtbot, form, store, institution,
                                                          monkeypatch):
    save_program(store, {"institution": institution.id, "code": "MJH", "name": "Menjahit",
                         "total_jp": 40},
                 [{"code": UNIT, "title": "Mengukur Tubuh", "jp": 20},
                  {"code": "C.141000.002.02", "title": "Membuat Pola", "jp": 20}])
    add_row(qtbot, form.competencies, UNIT, "Mengukur Tubuh")
    offered = []

    def tick_first(dialog):
        offered.extend(dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount()))
        dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(trainer_form, "run_modal", tick_first)
    qtbot.mouseClick(form.pick_button, Qt.MouseButton.LeftButton)
    assert offered == ["C.141000.002.02"]  # the unit already listed is not offered again
    assert [row["unit_code"] for row in form.competencies.rows()] == [UNIT, "C.141000.002.02"]


def test_editing_keeps_the_stored_rows(qtbot, store, institution):
    trainer, _ = save_trainer(store, {"institution": institution.id, "full_name": "Ahmad",
                                      "rate_per_jp": "85000"},
                              [{"unit_code": UNIT, "title": "Mengukur Tubuh"}],
                              [{"name": "Metodologi", "expires_on": "2030-01-01"}], today=TODAY)
    cert_id = TrainerCertification.get().id
    dialog = TrainerForm(store, trainer.id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields["rate_per_jp"].editor.text() == "Rp 85.000"
    assert not dialog.is_dirty()
    type_cell(qtbot, dialog.certifications, 0, 1, "BNSP-001")
    assert dialog.is_dirty()
    click_save(qtbot, dialog)
    cert = TrainerCertification.get()
    assert (cert.id, cert.number, cert.expires_on) == (cert_id, "BNSP-001", dt.date(2030, 1, 1))


def test_the_rows_model_follows_the_qt_model_rules(qtbot, qtmodeltester, form):
    add_row(qtbot, form.competencies, UNIT, "Mengukur Tubuh")
    add_row(qtbot, form.competencies, "BUKAN KODE")
    qtmodeltester.check(form.competencies.model, force_py=True)


def test_enter_on_a_cell_opens_it_instead_of_saving_the_form(qtbot, form):
    add_row(qtbot, form.competencies, UNIT)
    index = form.competencies.model.index(0, 1)
    form.competencies.table.setCurrentIndex(index)
    qtbot.keyClick(form.competencies.table, Qt.Key.Key_Return)
    assert form.isVisible() and Trainer.select().count() == 0
    assert form.competencies.table.indexWidget(index) is not None


def _trainer_with_expiry(store, institution, name: str, days: int | None) -> int:
    today = dt.date.today()
    certs = [] if days is None else [{"name": "Metodologi",
                                      "expires_on": today + dt.timedelta(days=days)}]
    return save_trainer(store, {"institution": institution.id, "full_name": name}, [], certs)[0].id


def _shown_color(page, row: int):
    option = QStyleOptionViewItem()
    index = page.model.index(row, EXPIRY_COLUMN)
    page.table.itemDelegateForColumn(EXPIRY_COLUMN).initStyleOption(option, index)
    return option.palette.color(option.palette.ColorRole.Text)


def test_the_expiring_filter_lists_expired_and_soon_expiring_trainers(qtbot, store, institution):
    expired = _trainer_with_expiry(store, institution, "Budi", -10)
    soon = _trainer_with_expiry(store, institution, "Citra", 20)
    _trainer_with_expiry(store, institution, "Dedi", 400)
    _trainer_with_expiry(store, institution, "Eka", None)
    page = TrainersPage(store)
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 4

    page.expiry_filter.setCurrentIndex(1)

    shown = {page.model.record_id(row): row for row in range(page.model.rowCount())}
    assert set(shown) == {expired, soon}
    assert page.count_label.text() == "2 trainers"
    assert "(expired)" in page.model.index(shown[expired], EXPIRY_COLUMN).data()
    assert _shown_color(page, shown[expired]) == EXPIRED_COLOR
    assert _shown_color(page, shown[soon]) == EXPIRING_COLOR
    page.expiry_filter.setCurrentIndex(0)
    assert page.model.total == 4
    far = next(row for row in range(4) if page.model.index(row, 0).data() == "Dedi")
    assert _shown_color(page, far) not in (EXPIRED_COLOR, EXPIRING_COLOR)


def test_new_trainer_from_the_page_is_listed_and_selected(qtbot, store, institution):
    page = TrainersPage(store)
    qtbot.addWidget(page)
    page.show()

    def fill_in():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.fields["full_name"].editor, "Siti Khadijah")
        click_save(qtbot, dialog)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    saved = Trainer.get(Trainer.full_name == "Siti Khadijah")
    assert saved.institution_id == institution.id
    assert page.selected_id() == saved.id
    assert page.model.index(0, 0, QModelIndex()).data() == "Siti Khadijah"
