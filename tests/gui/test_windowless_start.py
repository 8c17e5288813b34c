"""Started from a shortcut without a console (pythonw on Windows), a start-up error must be seen."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from lpks_desktop import cli
from lpks_desktop.gui import dialogs


def test_bad_database_address_is_shown_in_a_window_when_there_is_no_console(qapp, monkeypatch, capsys):
    shown: list[QMessageBox] = []

    def answer(dialog):
        shown.append(dialog)
        dialog.reject()
        return 0

    monkeypatch.setattr(dialogs, "_exec", answer)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["--db", "mysql://nobody@server/db"]) == cli.EXIT_USER
    assert len(shown) == 1
    assert "mysql" in shown[0].text()
    assert shown[0].icon() == QMessageBox.Icon.Warning


def test_with_a_console_the_message_goes_to_stderr_and_no_window_opens(qapp, monkeypatch, capsys):
    shown: list = []
    monkeypatch.setattr(dialogs, "_exec", lambda dialog: shown.append(dialog) or 0)
    assert cli.main(["--db", "mysql://nobody@server/db"]) == cli.EXIT_USER
    assert shown == []
    assert "mysql" in capsys.readouterr().err
