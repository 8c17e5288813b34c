"""What lies on the disk after people signed in (one with a wrong password), backups were made
(plain, encrypted with a password, encrypted with the database's backup key) and command lines
ran with the password in LPKS_PASSWORD and the app's log file on: no plaintext password in the
database, its -wal, any backup, any log file or the commands' output; no plaintext NIK or
participant name in an encrypted backup. The plain backup does hold them (the search works)."""

from __future__ import annotations

import pytest

from lpks_desktop.core import models as m
from lpks_desktop.core.auth import accounts
from lpks_desktop.core.auth.session import SYSTEM_ADMIN, signed_in
from lpks_desktop.core.backup import make_backup, set_backup_password

import certificate_world
from fault_databases import opened
from kill_runs import run_to_end

ADMIN_PASSWORD = "Kepala#Balangan-7391"
CLERK_PASSWORD = "Kasir!Paringin-2846"
WRONG_PASSWORD = "Salah?Tebakan-5512"
NEW_USER_PASSWORD = "Pelatih*Amuntai-6603"
BACKUP_PASSWORD = "Cadangan%Flashdisk-4417"
KEY_PASSWORD = "Kunci&Otomatis-9025"
PASSWORDS = (ADMIN_PASSWORD, CLERK_PASSWORD, WRONG_PASSWORD, NEW_USER_PASSWORD, BACKUP_PASSWORD, KEY_PASSWORD)


def _holds(data: bytes, secrets) -> list[str]:
    return [s for s in secrets if s.encode("utf-8") in data]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Everything written, once: the database, backups, command outputs and logs."""
    root = tmp_path_factory.mktemp("secrets")
    db = root / "lpks.db"
    usb = root / "usb"
    usb.mkdir()
    backups = {}
    with signed_in(SYSTEM_ADMIN), opened(db) as store:
        klass = certificate_world.build(store, participants=3)
        people = [(p.nik, p.full_name) for p in m.Participant.select()
                  .where(m.Participant.id.in_([p.id for p in klass.participants]))]
        accounts.create_first_admin(store, "kepala", ADMIN_PASSWORD, full_name="Kepala LPK")
        accounts.add_user(store, "kasir", "clerk", CLERK_PASSWORD, full_name="Kasir Satu")
        accounts.sign_in(store, "kepala", ADMIN_PASSWORD)
        with pytest.raises(accounts.SignInFailed):
            accounts.sign_in(store, "kasir", WRONG_PASSWORD)
        backups["plain"] = make_backup(store, folder=usb).path
        backups["with password"] = make_backup(store, folder=usb, password=BACKUP_PASSWORD).path
        set_backup_password(store, KEY_PASSWORD)
        backups["with the backup key"] = make_backup(store, folder=usb, reason="auto").path

    logs = root / "logs"
    signed = {"LPKS_USER": "kepala", "LPKS_PASSWORD": ADMIN_PASSWORD, "LPKS_DB": str(db)}
    commands = [
        (signed, ["institutions"]),
        (signed, ["classes"]),
        (signed, ["users", "list"]),
        ({**signed, "LPKS_NEW_PASSWORD": NEW_USER_PASSWORD}, ["users", "add", "pelatih", "--role", "read_only"]),
        ({**signed, "LPKS_BACKUP_PASSWORD": BACKUP_PASSWORD},
         ["backup", "--encrypt", "-o", str(usb / "cli-encrypted.sqlite")]),
        (signed, ["backup", "-o", str(usb / "cli-plain.sqlite")]),
        ({**signed, "LPKS_PASSWORD": WRONG_PASSWORD}, ["institutions"]),  # refused
    ]
    known = _known_commands()
    outputs, missing = [], sorted({argv[0] for _, argv in commands} - known)
    for number, (env, argv) in enumerate(commands):
        if argv[0] not in known:
            continue
        run, _ = run_to_end("cli", logs, *argv, home=root / f"cli-{number}", env=env)
        assert run.done, run.describe()
        outputs.append((argv, run.done["exit"], "\n".join(run.lines) + run.stderr))
    assert [exit for _, exit, _ in outputs] == [0] * (len(outputs) - 1) + [1], outputs
    for name, path in (("command line, encrypted", usb / "cli-encrypted.sqlite"),
                       ("command line, plain", usb / "cli-plain.sqlite")):
        if path.exists():
            backups[name] = path
    return root, db, usb, logs, backups, people, [text for *_, text in outputs], missing


def _known_commands() -> set[str]:
    import argparse

    from lpks_desktop.cli import build_parser

    parser = build_parser()
    return {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
            for name in action.choices}


def test_the_command_line_has_the_users_and_backup_commands(world):
    """The other tests here run them with the password in the environment."""
    *_, missing = world
    assert missing == []


def test_no_plaintext_password_in_the_database_or_its_wal(world):
    root, db, *_ = world
    for path in [db] + [db.with_name(db.name + s) for s in ("-wal", "-journal")]:
        if path.exists():
            assert _holds(path.read_bytes(), PASSWORDS) == [], path.name


def test_no_plaintext_password_in_any_backup(world):
    _, _, usb, _, backups, _, _, _ = world
    assert all(path.exists() for path in backups.values())
    for path in usb.iterdir():
        assert _holds(path.read_bytes(), PASSWORDS) == [], path.name


def test_no_plaintext_password_in_the_logs_or_the_output(world):
    _, _, _, logs, _, _, outputs, _ = world
    files = [p for p in logs.rglob("*") if p.is_file()]
    assert files, "the commands wrote no log file"
    assert "command:" in "".join(p.read_text(errors="replace") for p in files)
    for path in files:
        assert _holds(path.read_bytes(), PASSWORDS) == [], path.name
    for output in outputs:
        assert _holds(output.encode(), PASSWORDS) == []


@pytest.mark.parametrize("kind", ["with password", "with the backup key", "command line, encrypted"])
def test_an_encrypted_backup_holds_no_plaintext_nik_or_name(world, kind):
    _, _, _, _, backups, people, _, _ = world
    if kind not in backups:
        pytest.skip(f"no {kind} backup: the command is not there yet")
    data = backups[kind].read_bytes()
    plain = backups["plain"].read_bytes()
    for nik, name in people:
        assert nik.encode() in plain and name.encode() in plain  # what is searched for is there
        assert nik.encode() not in data, f"the NIK {nik} is readable in the {kind} backup"
        assert name.encode() not in data, f"the name {name} is readable in the {kind} backup"
