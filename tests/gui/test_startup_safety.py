"""Before the database opens: one app per file, and a damaged file set aside with the newest good
backup offered and restored. Real files, a real second process, no mocks of SQLite or Qt."""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lpks_desktop.core import models
from lpks_desktop.core.backup import list_backups, make_backup, set_backup_password
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.services import settings as data_settings
from lpks_desktop.core.store import Store
from lpks_desktop.gui import dialogs, i18n
from lpks_desktop.gui.backup import backup_settings, startup
from lpks_desktop.gui.backup.startup import DamagedDatabaseDialog, prepare_database

SHOTS = Path(os.environ["LPKS_SHOTS"]) if os.environ.get("LPKS_SHOTS") else None
PASSWORD = "kunci-cadangan-2026"


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    yield
    startup.release_lock()
    models.database.initialize(None)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "backups"
    path.mkdir()
    backup_settings.set_backup_folder(path)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """Overwrite the start of pages after the first, as a failing disk does: a b-tree page's
    header is there, so the damage is always seen (bytes further in may be a page's free space)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), 2 * page):
        data[start: start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def world(tmp_path, folder, *, encrypt: bool = False):
    """A database with minutes per JP 50 in a good backup, a newer backup that is damaged, then
    the database itself damaged."""
    location = parse_location(str(tmp_path / "lpks.db"))
    store = Store.open(location)
    if encrypt:
        set_backup_password(store, PASSWORD)
    data_settings.set_setting(store, data_settings.MINUTES_PER_JP, 50)
    good = make_backup(store, folder=folder, reason="auto")
    newer = make_backup(store, folder=folder, reason="manual")
    newer.path.write_bytes(newer.path.read_bytes()[:9000])  # cut short, as by a pulled USB stick
    store.close()
    models.database.initialize(None)
    for side in ("-wal", "-shm"):
        Path(str(location.path) + side).unlink(missing_ok=True)
    damage(location.path)
    return location, good, newer


def answer_with(monkeypatch, driver):
    """Modal dialogs handled by ``driver(dialog)``; message boxes have their text kept."""
    said = []

    def run(dialog):
        if isinstance(dialog, DamagedDatabaseDialog):
            return driver(dialog)
        said.append(dialog.text() if hasattr(dialog, "text") else dialog.windowTitle())
        return 0

    monkeypatch.setattr(dialogs, "_exec", run)
    return said


def test_damaged_database_is_kept_aside_and_the_newest_good_backup_restored(
        qtbot, tmp_path, folder, monkeypatch):
    location, good, newer = world(tmp_path, folder)
    damaged_hash = sha256(location.path)
    seen = {}

    def drive(dialog: DamagedDatabaseDialog):
        qtbot.addWidget(dialog)
        assert dialog.start_checking().wait() == "done"
        seen["chosen"] = dialog.selected_backup().path
        seen["explanation"] = dialog.explanation.text()
        seen["newer state"] = dialog.model.index(dialog.model.row_of(newer.path), 4).data()
        assert dialog.restore_selected()
        return dialog.result()

    answer_with(monkeypatch, drive)
    assert prepare_database(location) is True
    # The newer backup is damaged: the older good one is offered.
    assert seen["chosen"] == good.path
    assert "Failed" in seen["newer state"] or "✖" in seen["newer state"]
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and str(kept[0]) in seen["explanation"]
    assert sha256(kept[0]) == damaged_hash  # set aside untouched
    # The app goes on with the restored data.
    store = Store.open(location)
    try:
        assert data_settings.minutes_per_jp() == 50
    finally:
        store.close()
    assert startup.held_lock() is not None and startup.held_lock().is_held


def test_encrypted_backups_are_checked_with_the_password_typed_once(qtbot, tmp_path, folder, monkeypatch):
    location, good, _newer = world(tmp_path, folder, encrypt=True)
    assert good.encrypted
    asked = []
    monkeypatch.setattr(startup, "ask_password", lambda *a, **k: asked.append(1) or PASSWORD)

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.start_checking().wait()
        assert dialog.selected_backup().path == good.path
        assert dialog.restore_selected()
        return 1

    answer_with(monkeypatch, drive)
    assert prepare_database(location) is True
    assert asked == [1]
    store = Store.open(location)
    try:
        assert data_settings.minutes_per_jp() == 50
    finally:
        store.close()


def test_quit_leaves_the_damaged_file_aside_and_the_app_stops(qtbot, tmp_path, folder, monkeypatch):
    location, _good, _newer = world(tmp_path, folder)
    damaged_hash = sha256(location.path)

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.quit_button.click()
        return dialog.result()

    answer_with(monkeypatch, drive)
    assert prepare_database(location) is False
    assert startup.held_lock() is None
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and sha256(kept[0]) == damaged_hash
    assert not location.path.exists()


def test_after_quitting_the_next_start_offers_the_backups_again_or_an_empty_database(
        qtbot, tmp_path, folder, monkeypatch):
    location, _good, _newer = world(tmp_path, folder)
    seen = []

    def quit_then_start_empty(dialog):
        qtbot.addWidget(dialog)
        seen.append(dialog.empty_button is not None)
        (dialog.empty_button or dialog.quit_button).click()
        return dialog.result()

    answer_with(monkeypatch, quit_then_start_empty)
    assert prepare_database(location) is False  # the first start: quit
    assert not location.path.exists()
    assert prepare_database(location) is True  # the second start: an empty database chosen
    assert seen == [False, True]
    assert startup.held_lock() is not None
    startup.release_lock()
    answer_with(monkeypatch, lambda dialog: pytest.fail("asked again"))
    Store.open(location).close()  # the empty database now exists: no question at the next start
    models.database.initialize(None)
    assert prepare_database(location) is True


def test_another_file_can_be_chosen(qtbot, tmp_path, folder, monkeypatch):
    location, good, _newer = world(tmp_path, folder)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    moved = elsewhere / good.path.name
    good.path.rename(moved)
    monkeypatch.setattr(startup, "choose_backup_file", lambda *a: str(moved))

    def drive(dialog):
        qtbot.addWidget(dialog)
        dialog.start_checking().wait()
        assert dialog.selected_backup() is None  # nothing good left in the folder
        dialog.choose_other().wait()
        assert dialog.selected_backup().path == moved
        assert dialog.restore_selected()
        return 1

    answer_with(monkeypatch, drive)
    assert prepare_database(location) is True


HOLDER = textwrap.dedent("""
    import sys
    from lpks_desktop.core.instance_lock import InstanceLock
    lock = InstanceLock(sys.argv[1])
    lock.acquire()
    print("ready", flush=True)
    sys.stdin.readline()
    lock.release()
""")


def test_a_database_open_in_another_app_is_refused_naming_who_has_it(qtbot, tmp_path, monkeypatch):
    location = parse_location(str(tmp_path / "lpks.db"))
    Store.open(location).close()
    models.database.initialize(None)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(location.path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        said = answer_with(monkeypatch, lambda dialog: 0)
        assert prepare_database(location) is False
        assert len(said) == 1
        assert getpass.getuser() in said[0] and socket.gethostname() in said[0]
        assert startup.held_lock() is None
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    # Once the other app has closed, this one opens the database.
    assert prepare_database(location) is True


def test_a_lock_left_by_a_killed_app_does_not_stop_the_next(qtbot, tmp_path, monkeypatch):
    location = parse_location(str(tmp_path / "lpks.db"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(location.path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    holder.kill()
    holder.wait(timeout=30)
    answer_with(monkeypatch, lambda dialog: 0)
    assert prepare_database(location) is True


@pytest.mark.parametrize("lang", ["en", "id"])
def test_damaged_dialog_looks(qtbot, tmp_path, folder, lang, monkeypatch, qapp):
    """Screenshots for a person to look at (set LPKS_SHOTS to a folder)."""
    monkeypatch.setenv("LPKS_LANG", lang)
    i18n.install(qapp)
    location, good, _newer = world(tmp_path, folder)
    dialog = DamagedDatabaseDialog(location, tmp_path / "lpks.db.damaged-20261128-080000",
                                   "database disk image is malformed",
                                   startup.candidate_backups(location))
    qtbot.addWidget(dialog)
    dialog.resize(760, 520)
    dialog.show()
    dialog.start_checking().wait()
    assert dialog.selected_backup().path == good.path
    assert len(list_backups(folder)) == 2
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / f"damaged-{lang}.png"))


def test_open_store_opens_a_sound_database_and_names_who_signed_in(qtbot, tmp_path):
    location = parse_location(str(tmp_path / "lpks.db"))
    store = startup.open_store(location)
    assert store is not None
    try:
        startup.name_signed_in_user("siti")
        assert startup.held_lock().holder()["user"] == "siti"
    finally:
        store.close()
