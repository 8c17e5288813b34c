"""Making backups on both backends: checked, atomic, encrypted when asked, only when something changed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.auth.permissions import PermissionDenied
from lpks_desktop.core.auth.session import Principal, signed_in
from lpks_desktop.core.backup import (BackupCancelled, BackupFolderError, WrongPassword, backup_due,
                                      check_backup, list_backups, make_backup, set_backup_password)
from lpks_desktop.core.backup.keys import BACKUP_KEY_SETTING
from lpks_desktop.core.errors import UserError
from lpks_desktop.core.services.settings import set_setting

import backup_world
from backup_world import PASSWORD, files_in, fill, participant_count

# Fixtures shared by the backup tests.
as_administrator = backup_world.as_administrator
folder = backup_world.folder


def test_a_backup_is_complete_checked_and_named_as_one(store, folder):
    fill(store)
    info = make_backup(store, folder=folder)
    assert info.reason == "manual" and not info.encrypted and info.kind == store.location.kind
    suffix = ".sqlite" if store.location.is_sqlite else ".pgdump"
    assert info.path.name.startswith("lpks-") and info.path.name.endswith(f"-manual{suffix}")
    assert info.path.parent == folder and info.size == info.path.stat().st_size
    # Nothing but the backup and the small state file: no temporary copy is left behind.
    assert files_in(folder) == sorted([info.path.name, "lpks-backup-state.json"])
    assert [b.path for b in list_backups(folder)] == [info.path]
    check = check_backup(info.path)
    assert check.ok, [p.render("en") for p in check.problems]
    assert check.kind == store.location.kind and check.schema_version >= 5
    if store.location.is_sqlite:
        assert check.counts["participant"] == participant_count(store)


def test_an_encrypted_backup_holds_no_plain_nik_or_name(store, folder):
    person = fill(store)
    plain = make_backup(store, folder=folder)
    sealed = make_backup(store, folder=folder, password=PASSWORD)
    assert sealed.encrypted and sealed.path.name.endswith(".lpksenc")
    data = sealed.path.read_bytes()
    for secret in (person.nik, person.full_name, PASSWORD):
        assert secret.encode() not in data
    if store.location.is_sqlite:
        # The same search finds them in a plain backup, so it would see a leak.
        assert person.nik.encode() in plain.path.read_bytes()
    check = check_backup(sealed.path, password=PASSWORD)
    assert check.ok and check.encrypted
    with pytest.raises(WrongPassword):
        check_backup(sealed.path, password="a wrong password")
    with pytest.raises(WrongPassword):
        check_backup(sealed.path)


def test_automatic_backups_are_encrypted_without_knowing_the_password(store, folder):
    person = fill(store)
    config = set_backup_password(store, PASSWORD)
    stored = m.Setting.get(m.Setting.key == BACKUP_KEY_SETTING).value
    assert PASSWORD not in stored
    auto = make_backup(store, folder=folder, reason="auto")
    assert auto.encrypted and auto.reason == "auto"
    assert person.nik.encode() not in auto.path.read_bytes()
    assert check_backup(auto.path, password=PASSWORD).ok
    with pytest.raises(WrongPassword):
        check_backup(auto.path, password=PASSWORD + "!")
    # A new password makes a new key; the older file still opens with the password it was made for.
    set_backup_password(store, "another-password-1")
    assert check_backup(auto.path, password=PASSWORD).ok
    assert config.public_key not in stored.encode()  # stored as text, base64


def test_a_backup_is_due_only_when_something_changed(store, folder):
    fill(store, participants=10)
    assert backup_due(store, folder)
    made = make_backup(store, folder=folder, reason="auto")
    later = made.created_at + dt.timedelta(hours=30)
    assert not backup_due(store, folder, now=later)
    assert not backup_due(store, folder, now=later, closing=True)
    set_setting(store, "minutes_per_jp", 50)
    assert backup_due(store, folder, closing=True)
    assert not backup_due(store, folder, now=made.created_at + dt.timedelta(hours=23))
    assert backup_due(store, folder, now=made.created_at + dt.timedelta(hours=24))
    # A backup made by hand records the change but does not restart the daily clock.
    make_backup(store, folder=folder)
    assert not backup_due(store, folder, closing=True)
    set_setting(store, "minutes_per_jp", 55)
    assert backup_due(store, folder, now=made.created_at + dt.timedelta(hours=24))


def test_another_folder_keeps_its_own_record(store, folder):
    fill(store, participants=10)
    make_backup(store, folder=folder, reason="auto")
    other = folder / "usb"
    other.mkdir()
    assert backup_due(store, other, closing=True)


def test_a_missing_folder_is_named_and_nothing_is_made(store, folder):
    missing = folder / "usb-stick"
    with pytest.raises(BackupFolderError) as caught:
        make_backup(store, folder=missing)
    assert str(missing) in caught.value.render("en") and str(missing) in caught.value.render("id")
    assert not missing.exists()


def test_an_existing_output_file_is_never_overwritten(store, folder):
    target = folder / "mine.sqlite"
    target.write_bytes(b"keep me")
    with pytest.raises(UserError):
        make_backup(store, output=target)
    assert target.read_bytes() == b"keep me"
    made = make_backup(store, output=folder / "chosen.bak")
    assert made.path == folder / "chosen.bak" and check_backup(made.path).ok


@pytest.mark.parametrize("password", [None, PASSWORD])
def test_a_cancelled_backup_leaves_nothing(store, folder, password):
    fill(store, participants=10)
    with pytest.raises(BackupCancelled):
        make_backup(store, folder=folder, password=password, cancelled=lambda: True)
    assert files_in(folder) == []


def test_roles_that_may_not_back_up_or_restore_are_refused(store, folder):
    from lpks_desktop.core.backup import restore_backup

    fill(store, participants=5)
    made = make_backup(store, folder=folder)
    before = files_in(folder)
    with signed_in(Principal("inspektur", "read_only")), pytest.raises(PermissionDenied):
        make_backup(store, folder=folder)
    with signed_in(Principal("kasir", "clerk")):
        make_backup(store, folder=folder / "..")  # a clerk backs up...
        with pytest.raises(PermissionDenied):  # ...but does not restore
            restore_backup(store.location, made.path)
        with pytest.raises(PermissionDenied):
            set_backup_password(store, PASSWORD)
    assert files_in(folder) == before


@pytest.mark.skipif(os.name == "nt", reason="file-size limits are a POSIX facility")
def test_a_full_disk_during_a_backup_is_named_and_leaves_nothing(tmp_path):
    """The backup runs in a child whose file-size limit stands in for a full USB stick."""
    db_path = tmp_path / "lpks.db"
    folder = tmp_path / "usb"
    folder.mkdir()
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from lpks_desktop.core.auth.session import SYSTEM_ADMIN, sign_in_as
        from lpks_desktop.core.backup import make_backup
        from lpks_desktop.core.database import parse_location
        from lpks_desktop.core.demo import fill_demo
        from lpks_desktop.core.errors import UserError
        from lpks_desktop.core.store import Store
        sign_in_as(SYSTEM_ADMIN)
        store = Store.open(parse_location({str(db_path)!r}))
        fill_demo(store, participants=200, seed=1)
        size = {str(db_path)!r}
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        import os
        limit = os.path.getsize(size) // 2
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            make_backup(store, folder={str(folder)!r})
        except UserError as exc:
            print(exc.render("en"))
            sys.exit(3)
        sys.exit(0)
    """)
    env = {**os.environ, "LPKS_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 3, done.stderr
    assert "full" in done.stdout and str(folder) in done.stdout
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions that bind the user")
def test_a_read_only_folder_is_named_and_nothing_is_made(store, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(BackupFolderError) as caught:
            make_backup(store, folder=folder)
    finally:
        folder.chmod(0o700)
    assert str(folder) in caught.value.render("en")
    assert list(folder.iterdir()) == []


def test_backups_in_the_same_second_never_overwrite_each_other(store, folder):
    made = [make_backup(store, folder=folder) for _ in range(3)]
    assert len({b.path for b in made}) == 3
    assert all(check_backup(b.path).ok for b in made)


def test_a_taken_name_moves_the_new_backup_to_the_next_one(folder):
    import datetime as dt

    from lpks_desktop.core.backup import files
    from lpks_desktop.core.backup.naming import backup_name

    taken = folder / backup_name(dt.datetime(2026, 1, 1), "auto", "sqlite", False)
    taken.write_bytes(b"theirs")
    ours = folder / ".lpks-000000000000.partial"
    ours.write_bytes(b"ours")
    with pytest.raises(FileExistsError):
        files.publish_new(ours, taken)
    assert taken.read_bytes() == b"theirs" and ours.exists()


def test_missing_postgresql_tools_are_named(tmp_path, monkeypatch):
    from lpks_desktop.core.backup import ProgramMissing, postgres
    from lpks_desktop.core.database import parse_location

    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ProgramMissing) as caught:
        postgres.dump(parse_location("postgresql://lpks@server/lpks"), tmp_path / "x")
    assert "pg_dump" in caught.value.render("en") and "pg_dump" in caught.value.render("id")
    assert "postgresql-client" in caught.value.render("en")
    assert list(tmp_path.iterdir()) == []


def test_the_schema_of_a_test_location_is_dumped_alone():
    from lpks_desktop.core.backup.postgres import schema_of
    from lpks_desktop.core.database import parse_location

    assert schema_of(parse_location("postgresql://u@h/db?options=-csearch_path%3Dt_abc")) == "t_abc"
    assert schema_of(parse_location("postgresql://u@h/db?options=-c%20search_path%3Dpublic")) is None
    assert schema_of(parse_location("postgresql://u@h/db")) is None


def test_a_damaged_database_gives_no_backup_and_says_why(tmp_path, folder):
    import apsw

    from lpks_desktop.core.database import parse_location
    from lpks_desktop.core.store import Store

    location = parse_location(str(tmp_path / "lpks.db"))
    with Store.open(location) as store:
        fill(store, participants=300)
    m.database.initialize(None)
    reader = apsw.Connection(str(location.path))
    page_size = reader.execute("PRAGMA page_size").fetchone()[0]
    root = reader.execute("SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'participant' "
                          "ORDER BY name LIMIT 1").fetchone()[0]
    reader.close()
    store = Store.open(location)
    try:
        with open(location.path, "r+b") as handle:
            # An index's first page claims to be of a kind no page can be (as a failing disk does it).
            handle.seek((root - 1) * page_size)
            handle.write(b"\x07")
        # Another connection's write makes the store's connection read pages from the file again.
        other = apsw.Connection(str(location.path))
        other.execute("UPDATE setting SET value = value WHERE 0")
        other.execute("INSERT INTO schema_version (version, name, applied_at, app_version) "
                      "SELECT version, name, applied_at, app_version FROM schema_version WHERE 0")
        other.execute("PRAGMA user_version = 7")
        other.close()
        with pytest.raises(UserError) as caught:
            make_backup(store, folder=folder)
    finally:
        store.close()
        m.database.initialize(None)
    text = caught.value.render("en")
    assert "integrity check" in text and str(location.path) in text
    assert files_in(folder) == []


def test_an_encrypted_backup_never_puts_a_plain_copy_in_the_temporary_folder(store, folder, tmp_path,
                                                                               monkeypatch):
    """Nor does restoring it: a killed process could not remove one from a folder others can read."""
    import tempfile

    from lpks_desktop.core.backup import restore_backup

    person = fill(store, participants=10)
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    seen = []

    def progress(done, total, label):
        seen.extend(p.name for p in shared.rglob("*"))

    made = make_backup(store, folder=folder, password=PASSWORD, progress=progress)
    assert seen == [] and list(shared.iterdir()) == []
    assert person.nik.encode() not in made.path.read_bytes()
    if store.location.is_sqlite:
        store.close()
        restore_backup(store.location, made.path, password=PASSWORD, progress=progress)
        assert seen == [] and list(shared.iterdir()) == []


def test_connection_keywords_in_the_url_reach_pg_dump_through_its_environment():
    from lpks_desktop.core.backup.postgres import _environment
    from lpks_desktop.core.database import parse_location

    env = _environment(parse_location("postgresql://lpks:rahasia@/lpks?host=/run/postgresql&port=5433"))
    assert (env["PGHOST"], env["PGPORT"], env["PGUSER"], env["PGPASSWORD"], env["PGDATABASE"]) \
        == ("/run/postgresql", "5433", "lpks", "rahasia", "lpks")
    served = _environment(parse_location("postgresql://lpks@192.168.1.10/lpks?host=/ignored"))
    assert served["PGHOST"] == "192.168.1.10"  # the URL's own host comes first
