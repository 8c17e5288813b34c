"""``backup``, ``backups``, ``restore`` and ``backup-password`` on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lpks_desktop import cli, cli_backup
from lpks_desktop.core import models as m

PASSWORD = "sandi-cadangan-cli"


@pytest.fixture(autouse=True)
def no_password_given(monkeypatch):
    monkeypatch.delenv(cli_backup.PASSWORD_ENV, raising=False)
    yield
    m.database.initialize(None)


@pytest.fixture
def demo(tmp_path, capsys):
    db = tmp_path / "lpks.db"
    assert cli.main(["--db", str(db), "demo", "--participants", "30", "--seed", "3"]) == 0
    capsys.readouterr()
    return db


def run(*args) -> int:
    return cli.main([str(a) for a in args])


def first_nik(db: Path) -> str:
    import apsw
    connection = apsw.Connection(str(db), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        return connection.execute("SELECT nik FROM participant ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        connection.close()


def test_backup_into_a_folder_then_list_it(demo, tmp_path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run("--db", demo, "backup", "--folder", folder) == 0
    out = capsys.readouterr().out
    made = next(folder.glob("lpks-*-manual.sqlite"))
    assert str(made) in out
    assert run("--db", demo, "backups", "--folder", folder, "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(Path(b["path"]), b["reason"], b["encrypted"]) for b in listed] == [(made, "manual", False)]
    assert run("--lang", "id", "--db", demo, "backups", "--folder", folder) == 0
    assert "1 cadangan di" in capsys.readouterr().out


def test_backup_to_a_chosen_file_and_a_missing_folder(demo, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert run("--db", demo, "backup", "-o", target) == 0
    assert target.exists()
    assert run("--db", demo, "backup", "-o", target) == 1  # never overwrites
    assert "already exists" in capsys.readouterr().err
    missing = tmp_path / "no-stick"
    assert run("--db", demo, "backup", "--folder", missing) == 1
    assert str(missing) in capsys.readouterr().err and not missing.exists()


def test_an_encrypted_backup_restores_with_the_password_from_the_environment(demo, tmp_path, capsys,
                                                                                monkeypatch):
    monkeypatch.setenv(cli_backup.PASSWORD_ENV, PASSWORD)
    target = tmp_path / "safe.lpksenc"
    assert run("--db", demo, "backup", "-o", target, "--encrypt") == 0
    assert "Encrypted backup made" in capsys.readouterr().out
    assert first_nik(demo).encode() not in target.read_bytes()
    restored = tmp_path / "restored.db"
    assert run("--db", restored, "restore", target, "--yes") == 0
    out = capsys.readouterr().out
    assert "participant 30" in out and "Restored from" in out
    assert first_nik(restored) == first_nik(demo)
    monkeypatch.setenv(cli_backup.PASSWORD_ENV, "wrong password!")
    assert run("--db", restored, "restore", target, "--yes") == 1
    assert "Wrong password" in capsys.readouterr().err


def test_encrypt_without_a_password_or_a_terminal_is_refused(demo, tmp_path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run("--db", demo, "backup", "--folder", folder, "--encrypt") == 1
    assert cli_backup.PASSWORD_ENV in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_restore_keeps_the_current_database_aside(demo, tmp_path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run("--db", demo, "backup", "--folder", folder) == 0
    made = next(folder.glob("lpks-*.sqlite"))
    capsys.readouterr()
    assert run("--db", demo, "restore", made, "--yes") == 0
    out = capsys.readouterr().out
    assert "will be replaced" in out
    aside = [p for p in demo.parent.iterdir() if p.name.startswith("lpks.db.before-restore-")]
    assert len(aside) == 1 and str(aside[0]) in out
    assert run("--db", demo, "check") == 0


def test_restore_without_yes_and_without_a_terminal_replaces_nothing(demo, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert run("--db", demo, "backup", "-o", target) == 0
    before = sorted(p.name for p in demo.parent.iterdir())
    capsys.readouterr()
    assert run("--db", demo, "restore", target) == 1
    assert "nothing was replaced" in capsys.readouterr().err
    assert sorted(p.name for p in demo.parent.iterdir()) == before


def test_restore_of_a_damaged_backup_replaces_nothing(demo, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert run("--db", demo, "backup", "-o", target) == 0
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    before = {p.name: p.stat().st_size for p in demo.parent.iterdir() if p.name.startswith("lpks.db")}
    capsys.readouterr()
    assert run("--db", demo, "restore", target, "--yes") == 1
    assert "PROBLEM" in capsys.readouterr().err
    after = {p.name: p.stat().st_size for p in demo.parent.iterdir() if p.name.startswith("lpks.db")}
    assert after == before


def test_a_backup_password_makes_later_backups_encrypted(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(cli_backup.PASSWORD_ENV, PASSWORD)
    assert run("--db", demo, "backup-password") == 0
    monkeypatch.delenv(cli_backup.PASSWORD_ENV)
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run("--db", demo, "backup", "--folder", folder) == 0
    made = next(folder.glob("lpks-2*"))
    assert made.name.endswith(".sqlite.lpksenc")
    assert first_nik(demo).encode() not in made.read_bytes()
    assert run("--db", demo, "backup-password", "--clear") == 0
    assert run("--db", demo, "backup", "-o", tmp_path / "plain.sqlite") == 0
    assert first_nik(demo).encode() in (tmp_path / "plain.sqlite").read_bytes()


def test_the_real_command_in_its_own_process(demo, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    env = {**os.environ, "LPKS_LANG": "en", cli_backup.PASSWORD_ENV: PASSWORD}
    done = subprocess.run([sys.executable, "-m", "lpks_desktop.cli", "--db", str(demo), "backup",
                           "--folder", str(folder), "--encrypt"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    assert len(list(folder.glob("lpks-*.lpksenc"))) == 1
