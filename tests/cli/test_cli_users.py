"""``lpks-desktop users ...`` and signing in on the command line, run as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lpks_desktop.cli import main
from lpks_desktop.core import models as m
from lpks_desktop.core.auth import accounts
from lpks_desktop.core.database import parse_location
from lpks_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PW = "admin-sandi-2026"
CLERK_PW = "staf-sandi-2026"


@pytest.fixture
def no_credentials(monkeypatch):
    for name in ("LPKS_USER", "LPKS_PASSWORD", "LPKS_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("LPKS_USER", "LPKS_PASSWORD", "LPKS_NEW_PASSWORD")}
    return subprocess.run([sys.executable, "-m", "lpks_desktop", "--lang", "en", *args], cwd=ROOT,
                          capture_output=True, text=True, env={**clean, **(env or {})},
                          stdin=subprocess.DEVNULL, timeout=300)


def _first_admin(db: str, monkeypatch) -> None:
    monkeypatch.setenv("LPKS_NEW_PASSWORD", ADMIN_PW)
    assert main(["--db", db, "users", "add", "admin.sbp", "--role", "admin", "--full-name", "Admin SBP"]) == 0
    monkeypatch.delenv("LPKS_NEW_PASSWORD")


def _as_admin(monkeypatch) -> None:
    monkeypatch.setenv("LPKS_USER", "admin.sbp")
    monkeypatch.setenv("LPKS_PASSWORD", ADMIN_PW)


def _user(db: str, name: str) -> m.User:
    with Store.open(parse_location(db)):
        user = m.User.get(m.User.username == name)
    m.database.initialize(None)
    return user


def test_single_pc_mode_until_the_first_administrator(db_url, no_credentials, capsys):
    assert main(["--lang", "en", "--db", db_url, "users", "list"]) == 0
    captured = capsys.readouterr()
    assert "No users yet" in captured.out
    assert "users add NAME --role admin" in captured.err
    no_credentials.setenv("LPKS_NEW_PASSWORD", CLERK_PW)
    assert main(["--lang", "en", "--db", db_url, "users", "add", "staf.sbp", "--role", "clerk"]) == 1
    assert "must be an administrator" in capsys.readouterr().err
    _first_admin(db_url, no_credentials)
    out = capsys.readouterr().out
    assert "First administrator admin.sbp created" in out and ADMIN_PW not in out


def test_with_accounts_a_command_needs_credentials(db_url, no_credentials, capsys):
    _first_admin(db_url, no_credentials)
    capsys.readouterr()
    assert main(["--lang", "en", "--db", db_url, "users", "list"]) == 1
    assert "has user accounts: give --user NAME" in capsys.readouterr().err
    no_credentials.setenv("LPKS_USER", "admin.sbp")
    # No password and no terminal to ask at (pytest's stdin is not a tty).
    assert main(["--lang", "en", "--db", db_url, "institutions"]) == 1
    assert "No password for admin.sbp" in capsys.readouterr().err
    no_credentials.setenv("LPKS_PASSWORD", ADMIN_PW)
    assert main(["--lang", "en", "--db", db_url, "users", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["username"], r["role"], r["full_name"]) for r in rows] == [("admin.sbp", "admin", "Admin SBP")]
    assert rows[0]["last_login_at"]


def test_add_list_lock_unlock_and_refusals(db_url, no_credentials, capsys):
    _first_admin(db_url, no_credentials)
    _as_admin(no_credentials)
    no_credentials.setenv("LPKS_NEW_PASSWORD", CLERK_PW)
    assert main(["--lang", "en", "--db", db_url, "users", "add", "staf.sbp", "--role", "clerk",
                 "--full-name", "Siti Rahmah"]) == 0
    assert main(["--lang", "en", "--db", db_url, "users", "add", "Bad Name", "--role", "clerk"]) == 1
    assert "cannot be used" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", db_url, "users", "add", "budi", "--role", "trainer"]) == 1
    assert "trainer record" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", db_url, "users", "lock", "staf.sbp"]) == 0
    assert main(["--lang", "en", "--db", db_url, "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "staf.sbp" in out and "Siti Rahmah" in out and "locked" in out
    assert not _user(db_url, "staf.sbp").active
    # The locked clerk cannot sign in; unlocked, they can, but may not manage users.
    clerk = {"LPKS_USER": "staf.sbp", "LPKS_PASSWORD": CLERK_PW}
    result = run("--db", db_url, "institutions", env=clerk)
    assert result.returncode == 1 and "is locked" in result.stderr
    assert main(["--lang", "en", "--db", db_url, "users", "unlock", "staf.sbp"]) == 0
    result = run("--db", db_url, "institutions", env=clerk)
    assert result.returncode == 0, result.stderr
    result = run("--db", db_url, "users", "lock", "admin.sbp", env=clerk)
    assert result.returncode == 1
    assert "User staf.sbp (clerk) may not manage users." in result.stderr
    # The only administrator cannot lock themselves out.
    assert main(["--lang", "en", "--db", db_url, "users", "lock", "admin.sbp"]) == 1
    assert "only active administrator" in capsys.readouterr().err


def test_wrong_password_is_counted_then_the_account_locks(db_url, no_credentials, capsys):
    _first_admin(db_url, no_credentials)
    _as_admin(no_credentials)
    no_credentials.setenv("LPKS_NEW_PASSWORD", CLERK_PW)
    assert main(["--db", db_url, "users", "add", "staf.sbp", "--role", "clerk"]) == 0
    capsys.readouterr()
    no_credentials.setenv("LPKS_USER", "staf.sbp")
    no_credentials.setenv("LPKS_PASSWORD", "salah-sandi-2026")
    for attempt in range(1, 5):
        assert main(["--lang", "en", "--db", db_url, "institutions"]) == 1
        assert capsys.readouterr().err.strip() == "Wrong user name or password."
        assert _user(db_url, "staf.sbp").failed_logins == attempt
    assert main(["--lang", "en", "--db", db_url, "institutions"]) == 1
    err = capsys.readouterr().err
    assert "Too many failed attempts: the account staf.sbp is locked until" in err
    assert main(["--lang", "id", "--db", db_url, "institutions"]) == 1
    assert "dikunci sampai" in capsys.readouterr().err
    no_credentials.setenv("LPKS_PASSWORD", CLERK_PW)  # the right one, too late
    assert main(["--lang", "en", "--db", db_url, "institutions"]) == 1
    assert "locked until" in capsys.readouterr().err
    _as_admin(no_credentials)
    assert main(["--db", db_url, "users", "unlock", "staf.sbp"]) == 0
    assert _user(db_url, "staf.sbp").failed_logins == 0


def test_passwd_own_and_reset(db_url, no_credentials, capsys):
    _first_admin(db_url, no_credentials)
    _as_admin(no_credentials)
    no_credentials.setenv("LPKS_NEW_PASSWORD", CLERK_PW)
    assert main(["--db", db_url, "users", "add", "staf.sbp", "--role", "clerk"]) == 0
    no_credentials.setenv("LPKS_NEW_PASSWORD", "reset-sandi-2026")
    assert main(["--lang", "en", "--db", db_url, "users", "passwd", "staf.sbp"]) == 0
    assert "must change it" in capsys.readouterr().out
    no_credentials.setenv("LPKS_USER", "staf.sbp")
    no_credentials.setenv("LPKS_PASSWORD", "reset-sandi-2026")
    no_credentials.setenv("LPKS_NEW_PASSWORD", "pendek")
    assert main(["--lang", "en", "--db", db_url, "users", "passwd", "staf.sbp"]) == 1
    assert "too short" in capsys.readouterr().err
    no_credentials.setenv("LPKS_NEW_PASSWORD", "milik-sendiri-2026")
    assert main(["--lang", "en", "--db", db_url, "users", "passwd", "staf.sbp"]) == 0
    assert "Password of staf.sbp changed" in capsys.readouterr().out
    with Store.open(parse_location(db_url)) as store:
        accounts.sign_in(store, "staf.sbp", "milik-sendiri-2026")
    m.database.initialize(None)


def test_no_password_in_output_audit_or_database(tmp_path, no_credentials, capsys):
    db = str(tmp_path / "lpks.db")
    _first_admin(db, no_credentials)
    _as_admin(no_credentials)
    no_credentials.setenv("LPKS_NEW_PASSWORD", CLERK_PW)
    assert main(["--db", db, "users", "add", "staf.sbp", "--role", "clerk"]) == 0
    no_credentials.setenv("LPKS_PASSWORD", "salah-sandi-2026")
    assert main(["--db", db, "users", "list"]) == 1
    captured = capsys.readouterr()
    for secret in (ADMIN_PW, CLERK_PW, "salah-sandi-2026"):
        assert secret not in captured.out + captured.err
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
