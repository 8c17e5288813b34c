"""Choosing the language, and Qt's own texts (buttons, menus, wizard) following it."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox,
                               QPlainTextEdit, QWizard, QWizardPage)

from lpks_desktop.gui import i18n, resources

Btn = QMessageBox.StandardButton
Box = QDialogButtonBox.StandardButton


@pytest.fixture
def use_language(qapp, monkeypatch):
    """Install a language the way start-up does; afterwards back to English for other tests."""
    def install(lang: str) -> None:
        monkeypatch.setenv("LPKS_LANG", lang)
        assert i18n.install(qapp) == lang

    yield install
    monkeypatch.setenv("LPKS_LANG", "en")
    i18n.install(qapp)


def _texts(widget_with_buttons, buttons) -> list[str]:
    return [widget_with_buttons.button(b).text() for b in buttons]


def _menu_texts(menu) -> list[str]:
    # Qt appends the shortcut after a tab ("&Copy\tCtrl+C").
    return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]


def _wizard_texts(qtbot) -> list[str]:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the Windows look
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    return [wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]


def test_indonesian_is_the_default(qapp, monkeypatch):
    monkeypatch.delenv("LPKS_LANG", raising=False)
    assert i18n.language() == "id"


def test_set_language_is_stored_and_environment_still_wins(qapp, monkeypatch):
    monkeypatch.delenv("LPKS_LANG", raising=False)
    i18n.set_language("en")
    assert QSettings().value(i18n.LANGUAGE_KEY) == "en"
    assert i18n.language() == "en"
    monkeypatch.setenv("LPKS_LANG", "id")
    assert i18n.language() == "id"
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_set_language_waits_for_a_restart(use_language, monkeypatch):
    use_language("id")
    monkeypatch.delenv("LPKS_LANG", raising=False)
    i18n.set_language("en")
    assert i18n.active_language() == "id"  # the running interface keeps its language


def test_message_box_button_box_and_wizard_in_indonesian(use_language, qtbot):
    use_language("id")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", Btn.Yes | Btn.No | Btn.Cancel)
    qtbot.addWidget(box)
    assert _texts(box, (Btn.Yes, Btn.No, Btn.Cancel)) == ["&Ya", "&Tidak", "Batal"]
    buttons = QDialogButtonBox(Box.Save | Box.Discard | Box.Cancel)
    qtbot.addWidget(buttons)
    assert _texts(buttons, (Box.Save, Box.Discard, Box.Cancel)) == ["Simpan", "Buang", "Batal"]
    assert _wizard_texts(qtbot) == ["< &Kembali", "&Berikutnya >", "&Selesai", "Batal"]


def test_message_box_button_box_and_wizard_in_english(use_language, qtbot):
    use_language("en")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", Btn.Yes | Btn.No | Btn.Cancel)
    qtbot.addWidget(box)
    assert _texts(box, (Btn.Yes, Btn.No, Btn.Cancel)) == ["&Yes", "&No", "Cancel"]
    buttons = QDialogButtonBox(Box.Save | Box.Discard | Box.Cancel)
    qtbot.addWidget(buttons)
    assert _texts(buttons, (Box.Save, Box.Discard, Box.Cancel)) == ["Save", "Discard", "Cancel"]
    assert _wizard_texts(qtbot) == ["< &Back", "&Next >", "&Finish", "Cancel"]


def test_edit_context_menus_in_indonesian(use_language, qtbot):
    use_language("id")
    line = QLineEdit("teks")
    qtbot.addWidget(line)
    assert _menu_texts(line.createStandardContextMenu()) == [
        "&Urungkan", "U&langi", "Po&tong", "&Salin", "Tem&pel", "Hapus", "Pilih Semua"]
    text = QPlainTextEdit("teks")
    qtbot.addWidget(text)
    assert "Tem&pel" in _menu_texts(text.createStandardContextMenu())


class _Recorder(QTranslator):
    """Notes every text Qt asks to translate, and translates none."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        self.asked.add((context, source))
        return ""

    def isEmpty(self):  # noqa: N802 (Qt naming)
        return False


# Texts Qt asks for that need no Indonesian: key names, layout direction, a progress format.
_NOT_TRANSLATED = {"QShortcut", "QGuiApplication", "QProgressBar"}


def test_qtbase_id_covers_every_text_qt_uses_in_common_widgets(use_language, qapp, qtbot):
    """Fails when a Qt update changes a source text: Qt would silently fall back to English."""
    use_language("id")
    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        all_buttons = Btn.Ok | Btn.Save | Btn.SaveAll | Btn.Open | Btn.Yes | Btn.YesToAll | Btn.No \
            | Btn.NoToAll | Btn.Abort | Btn.Retry | Btn.Ignore | Btn.Close | Btn.Cancel | Btn.Discard \
            | Btn.Help | Btn.Apply | Btn.Reset | Btn.RestoreDefaults
        box = QMessageBox(QMessageBox.Icon.Information, "t", "x", all_buttons)
        box.setDetailedText("details")
        qtbot.addWidget(box)
        box.show()
        _wizard_texts(qtbot)
        QLineEdit().createStandardContextMenu()
        QPlainTextEdit().createStandardContextMenu()
        files = QFileDialog()
        qtbot.addWidget(files)
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.show()
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        files.close()
    finally:
        qapp.removeTranslator(recorder)

    ours = QTranslator()
    assert ours.load(str(i18n.compiled_qt_translation("id")))
    missing = sorted((ctx, src) for ctx, src in recorder.asked
                     if ctx not in _NOT_TRANSLATED and not src.startswith("Alt+")
                     and not ours.translate(ctx, src))
    assert not missing, f"not in qtbase_id.ts: {missing}"
    assert ("QPlatformTheme", "Restore Defaults") in recorder.asked
    assert ("QFileDialog", "File &name:") in recorder.asked


def test_qtbase_id_is_complete_and_keeps_placeholders():
    root = ET.parse(resources.translations_dir() / "qtbase_id.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation.get("type") is None, source
        for placeholder in ("%1", "%2"):
            assert (placeholder in source) == (placeholder in translation.text), source


def test_dates_and_numbers_follow_the_language(use_language):
    saturday = QDate(2026, 11, 28)
    use_language("id")
    assert QLocale().toString(saturday, "dddd, d MMMM yyyy") == "Sabtu, 28 November 2026"
    assert QLocale().toString(1234567.5, "f", 2) == "1.234.567,50"
    use_language("en")
    assert QLocale().toString(saturday, "dddd, d MMMM yyyy") == "Saturday, 28 November 2026"


def test_translation_is_compiled_when_missing_or_older(tmp_path, monkeypatch):
    source = resources.translations_dir() / "lpks_desktop_id.ts"
    shutil.copy(source, tmp_path / source.name)
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    qm = i18n.compiled_translation("id")
    assert qm == tmp_path / "lpks_desktop_id.qm" and qm.stat().st_size > 0
    assert i18n.compiled_translation("xx") is None
    assert sorted(path.name for path in tmp_path.iterdir()) == ["lpks_desktop_id.qm", "lpks_desktop_id.ts"]


def test_a_newer_translation_replaces_the_compiled_file_without_rewriting_it(tmp_path, monkeypatch):
    # Another running copy of the app has the old .qm mapped into memory: the new one must be a
    # new file renamed into place, never the old file truncated and rewritten.
    source = resources.translations_dir() / "lpks_desktop_id.ts"
    shutil.copy(source, tmp_path / source.name)
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    qm = i18n.compiled_translation("id")
    old_inode = qm.stat().st_ino
    mapped = qm.read_bytes()
    ts = tmp_path / source.name
    os.utime(ts, (qm.stat().st_mtime + 10, qm.stat().st_mtime + 10))
    assert i18n.compiled_translation("id") == qm
    assert qm.stat().st_ino != old_inode and qm.read_bytes() == mapped
    assert sorted(path.name for path in tmp_path.iterdir()) == ["lpks_desktop_id.qm", "lpks_desktop_id.ts"]
