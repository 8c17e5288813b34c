"""Uncaught exceptions: bugs go to the log and the crash dialog, the user's environment does not."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QGuiApplication

from lpks_desktop import __version__
from lpks_desktop.core.database import DatabaseLocation
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.i18n import Text
from lpks_desktop.gui import crash, i18n

# pytest-qt swaps sys.excepthook around every test phase; these tests install their own.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def location(tmp_path) -> DatabaseLocation:
    return DatabaseLocation("sqlite", path=tmp_path / "lpks.db")


@pytest.fixture
def hooked(qapp, tmp_path, location):
    context = crash.AppContext(location)
    crash.install_excepthook(context, log_dir=tmp_path / "logs")
    yield context
    crash.uninstall_excepthook()


@pytest.fixture
def dialogs_shown(monkeypatch, qapp):
    """Crash dialogs and user-error messages, recorded instead of shown."""
    shown = {"crash": [], "user": [], "threads": []}

    def fake_exec(dialog):
        shown["crash"].append(dialog)
        shown["threads"].append(QThread.currentThread() == qapp.thread())
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    monkeypatch.setattr(crash.dialogs, "show_user_error", lambda parent, exc: shown["user"].append(exc))
    return shown


def _raise_in_slot(exc: BaseException) -> None:
    def slot():
        raise exc
    QTimer.singleShot(0, slot)


def _log_text(tmp_path: Path) -> str:
    return (tmp_path / "logs" / crash.LOG_NAME).read_text(encoding="utf-8")


def test_bug_in_a_slot_is_logged_and_shown(hooked, dialogs_shown, qtbot, tmp_path, location):
    _raise_in_slot(ValueError("boom in slot"))
    qtbot.waitUntil(lambda: bool(dialogs_shown["crash"]))
    log = _log_text(tmp_path)
    for expected in ("Traceback (most recent call last)", "ValueError: boom in slot", "in slot",
                     f"LPKS Desktop {__version__}", "Python: 3.", "Qt: 6.", "SQLite: 3.", "OS: ",
                     f"Database: {location.path}", "Thread: MainThread"):
        assert expected in log, expected
    dialog = dialogs_shown["crash"][0]
    assert "ValueError: boom in slot" in dialog.report and dialog.report in log
    assert dialog.report_view.toPlainText() == dialog.report
    assert dialog.report_view.isReadOnly()
    assert str(tmp_path / "logs" / crash.LOG_NAME) in dialog.where.text()
    assert dialogs_shown["user"] == []


def test_copy_report_puts_it_on_the_clipboard(qapp, qtbot):
    dialog = crash.CrashDialog("the report", None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "the report"


def test_crash_dialog_speaks_indonesian(qapp, qtbot, monkeypatch):
    monkeypatch.setenv("LPKS_LANG", "id")
    i18n.install(qapp)
    try:
        dialog = crash.CrashDialog("r", Path("C:/log.txt"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Terjadi kesalahan"
        assert dialog.copy_button.text() == "Salin laporan"
        assert dialog.where.text() == "Laporan ini juga disimpan di: C:/log.txt"
        assert dialog.buttons.button(dialog.buttons.StandardButton.Close).text() == "Tutup"
    finally:
        monkeypatch.setenv("LPKS_LANG", "en")
        i18n.install(qapp)


def test_user_error_is_a_message_not_a_crash(hooked, dialogs_shown, qtbot, tmp_path):
    problem = UserError(Text("Folder cadangan penuh.", "The backup folder is full."))
    _raise_in_slot(problem)
    qtbot.waitUntil(lambda: bool(dialogs_shown["user"]))
    assert dialogs_shown["user"] == [problem]
    assert dialogs_shown["crash"] == []
    log = _log_text(tmp_path)
    assert "WARNING" in log and "The backup folder is full." in log and "Traceback" not in log


def test_known_database_error_is_explained(hooked, dialogs_shown, qtbot, location):
    _raise_in_slot(peewee.OperationalError("database is locked"))
    qtbot.waitUntil(lambda: bool(dialogs_shown["user"]))
    explained = dialogs_shown["user"][0]
    assert isinstance(explained, UserError)
    assert str(location.path) in explained.render("en") and "busy" in explained.render("en")
    assert dialogs_shown["crash"] == []


def test_unknown_database_error_is_a_bug(hooked, dialogs_shown, qtbot):
    _raise_in_slot(peewee.OperationalError("no such column: participant.nickname"))
    qtbot.waitUntil(lambda: bool(dialogs_shown["crash"]))
    assert "no such column" in dialogs_shown["crash"][0].report


def test_python_thread_crash_is_shown_on_the_gui_thread(hooked, dialogs_shown, qtbot, tmp_path):
    worker = threading.Thread(target=lambda: 1 / 0, name="import-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs_shown["crash"]))
    assert dialogs_shown["threads"] == [True]
    assert "Thread: import-worker" in dialogs_shown["crash"][0].report
    assert "ZeroDivisionError" in _log_text(tmp_path)


def test_qthread_crash_is_shown_on_the_gui_thread(hooked, dialogs_shown, qtbot):
    class Worker(QThread):
        def run(self):
            raise KeyError("in a QThread")

    worker = Worker()
    worker.start()
    worker.wait()
    qtbot.waitUntil(lambda: bool(dialogs_shown["crash"]))
    assert dialogs_shown["threads"] == [True]
    assert "KeyError: 'in a QThread'" in dialogs_shown["crash"][0].report


def test_password_never_reaches_log_or_report(qapp, tmp_path, dialogs_shown, qtbot):
    server = DatabaseLocation("postgresql", host="db.lpks.lan", user="admin", password="s3cret-Pw", dbname="lpks")
    crash.install_excepthook(crash.AppContext(server), log_dir=tmp_path / "logs")
    try:
        _raise_in_slot(RuntimeError("connect postgresql://admin:s3cret-Pw@db.lpks.lan/lpks password=s3cret-Pw"))
        qtbot.waitUntil(lambda: bool(dialogs_shown["crash"]))
    finally:
        crash.uninstall_excepthook()
    report, log = dialogs_shown["crash"][0].report, _log_text(tmp_path)
    assert "s3cret" not in report and "s3cret" not in log
    assert "Database: postgresql://admin@db.lpks.lan/lpks" in report


def test_failing_dialog_does_not_recurse(hooked, monkeypatch, qtbot, tmp_path):
    calls = []

    def broken_exec(dialog):
        calls.append(dialog)
        raise RuntimeError("the dialog itself broke")

    monkeypatch.setattr(crash.CrashDialog, "exec", broken_exec)
    _raise_in_slot(ValueError("first"))
    qtbot.waitUntil(lambda: "Could not show the error dialog" in _log_text(tmp_path))
    qtbot.wait(50)
    assert len(calls) == 1


def test_errors_while_the_dialog_is_open_do_not_stack_dialogs(hooked, monkeypatch, qtbot, tmp_path):
    calls = []

    def exec_with_another_error(dialog):
        calls.append(dialog)
        try:
            raise ValueError("second, while the first dialog is open")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_with_another_error)
    _raise_in_slot(ValueError("first"))
    qtbot.waitUntil(lambda: bool(calls))
    assert len(calls) == 1
    assert "second, while the first dialog is open" in _log_text(tmp_path)


def test_log_rotates_at_one_megabyte_keeping_five_files(hooked):
    handler = crash._handler
    assert handler.maxBytes == 1_000_000 and handler.backupCount + 1 == 5


def test_unwritable_log_folder_does_not_stop_the_app(tmp_path, qapp):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    try:
        assert crash.setup_logging(blocker) is None
        assert crash.log_file() is None
    finally:
        crash.uninstall_excepthook()


def test_without_qapplication_the_report_goes_to_stderr(tmp_path):
    script = (
        "from lpks_desktop.gui import crash\n"
        f"crash.install_excepthook(None, log_dir={str(tmp_path)!r})\n"
        "raise LookupError('no window here')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "LookupError: no window here" in result.stderr
    assert "LookupError: no window here" in (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
