"""The institution list and form, driven through their widgets, checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from lpks_desktop.core.models import Institution
from lpks_desktop.core.services.institutions import save_institution
from lpks_desktop.core.services.programs import save_program
from lpks_desktop.gui import dialogs
from lpks_desktop.gui.forms import institution_form
from lpks_desktop.gui.forms.fields import ERROR_STYLE
from lpks_desktop.gui.forms.institution_form import InstitutionForm
from lpks_desktop.gui.pages.institutions_page import InstitutionsPage

# Shared with the trainer tests; the autouse fixture applies here once imported.
from test_trainers_page import click_save, no_modal_questions  # noqa: F401, E402  isort:skip


@pytest.fixture
def form(qtbot, store):
    dialog = InstitutionForm(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["code"].editor, "lpk-mdn")
    qtbot.keyClicks(dialog.fields["name"].editor, "LPK Mandiri")
    return dialog


def retype(qtbot, field, text: str) -> None:
    field.editor.selectAll()
    qtbot.keyClick(field.editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.editor, text)


def choose_file(qtbot, monkeypatch, form, key: str, path) -> None:
    monkeypatch.setattr(institution_form, "choose_image_file", lambda *args: str(path))
    qtbot.mouseClick(form.fields[key].editor.choose_button, Qt.MouseButton.LeftButton)


def test_the_live_example_follows_the_pattern_and_the_code(qtbot, form):
    assert form.example.text() == "Example: <b>012/LPK-MDN/CERT/XI/2026</b>"
    retype(qtbot, form.fields["certificate_number_pattern"], "{seq:04d}-{institution}-{year}")
    assert form.example.text() == "Example: <b>0012-LPK-MDN-2026</b>"


def test_a_pattern_without_sequence_is_refused_inline(qtbot, form):
    pattern = form.fields["certificate_number_pattern"]
    retype(qtbot, pattern, "{institution}/CERT/{month_roman}/{year}")
    qtbot.waitUntil(pattern.message.isVisible)
    assert "lacks the sequence number {seq}" in pattern.message.text()
    assert pattern.message.styleSheet() == ERROR_STYLE
    assert "none until the pattern is corrected" in form.example.text()

    click_save(qtbot, form)

    assert form.isVisible() and Institution.select().count() == 0
    assert pattern.message.isVisible()


@pytest.mark.parametrize("content, says", [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024), "too large (2049 KB)"),
    (b"Daftar peserta angkatan 3\n", "must be a PNG or JPEG picture"),
])
def test_an_unusable_logo_is_refused(qtbot, monkeypatch, tmp_path, form, content, says):
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    choose_file(qtbot, monkeypatch, form, "logo", path)
    logo = form.fields["logo"]
    qtbot.waitUntil(logo.message.isVisible)
    assert says in logo.message.text()

    click_save(qtbot, form)

    assert form.isVisible() and Institution.select().count() == 0
    qtbot.mouseClick(logo.editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not logo.message.isVisible())
    click_save(qtbot, form)
    assert Institution.get().logo is None


def test_a_picture_is_previewed_and_stored(qtbot, monkeypatch, tmp_path, form):
    path = tmp_path / "ttd.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(path))
    choose_file(qtbot, monkeypatch, form, "head_signature", path)
    assert not form.fields["head_signature"].editor.preview.pixmap().isNull()
    click_save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert bytes(Institution.get().head_signature) == path.read_bytes()


def test_a_code_already_used_is_refused(qtbot, store, form):
    save_institution(store, {"code": "LPK-MDN", "name": "LPK Mandiri Lama"})
    click_save(qtbot, form)
    code = form.fields["code"]
    assert form.isVisible() and Institution.select().count() == 1
    assert code.message.isVisible() and "LPK Mandiri Lama" in code.message.text()
    retype(qtbot, code, "LPK-MDN2")
    click_save(qtbot, form)
    assert Institution.select().count() == 2


@pytest.mark.parametrize("archive_instead", [True, False])
def test_deleting_an_institution_with_programs_offers_archiving(qtbot, store, monkeypatch,
                                                                archive_instead):
    institution, _ = save_institution(store, {"code": "LPK-SBP", "name": "LPK Sapta"})
    save_program(store, {"institution": institution.id, "code": "MJH", "name": "Menjahit",
                         "total_jp": 20}, [{"code": "C.141000.001.02", "title": "Ukur", "jp": 20}])
    asked = []

    def answer(parent, title, text, **options):
        asked.append(text)
        return len(asked) == 1 or archive_instead  # yes, delete; then the answer on archiving

    monkeypatch.setattr(dialogs, "ask_yes_no", answer)
    page = InstitutionsPage(store)
    qtbot.addWidget(page)
    page.show()
    assert page.select_id(institution.id)
    with qtbot.waitSignal(page.institutionsChanged):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 2
    assert "1 program" in asked[1] and "Archive it instead?" in asked[1]
    stored = Institution.get_or_none(Institution.id == institution.id)
    assert stored is not None and stored.archived == archive_instead
    assert page.model.total == (0 if archive_instead else 1)
