"""Command line: ``users add|list|lock|unlock|passwd`` manage who may sign in.

A new password comes from LPKS_NEW_PASSWORD or is asked twice at the terminal;
it is never printed, logged or accepted as an argument (command lines end up in
shell histories and process lists).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys

from .core.database import DatabaseLocation
from .core.errors import UserError
from .core.i18n import Text

EXIT_OK, EXIT_USER = 0, 1

NEW_PASSWORD_ENV = "LPKS_NEW_PASSWORD"

ROLE_NAMES = ("admin", "clerk", "trainer", "read_only")


def _say(text: Text, *, file=None) -> None:
    print(text.render(), file=file or sys.stdout)


def _new_password(username: str) -> str:
    """The new password from the environment, or typed twice at a terminal."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(Text(
            "Kata sandi baru untuk {user} tidak diberikan: isi variabel LPKS_NEW_PASSWORD, "
            "atau jalankan perintah ini di terminal supaya kata sandi ditanyakan.",
            "No new password for {user}: set LPKS_NEW_PASSWORD, or run this command in a terminal "
            "to be asked for it.", {"user": username}))
    first = getpass.getpass(Text("Kata sandi baru untuk {user}: ", "New password for {user}: ",
                                 {"user": username}).render())
    second = getpass.getpass(Text("Ulangi kata sandi baru: ", "Repeat the new password: ").render())
    if first != second:
        raise UserError(Text("Kedua kata sandi tidak sama; tidak ada yang diubah.",
                             "The two passwords differ; nothing was changed."))
    return first


def _current_password(username: str) -> str:
    from .cli import PASSWORD_ENV

    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(Text(
            "Kata sandi sekarang untuk {user} tidak diberikan: isi LPKS_PASSWORD atau jalankan di terminal.",
            "No current password for {user}: set LPKS_PASSWORD or run this in a terminal.",
            {"user": username}))
    return getpass.getpass(Text("Kata sandi sekarang untuk {user}: ", "Current password for {user}: ",
                                {"user": username}).render())


def _trainer_id(reference: str | None) -> int | None:
    """A trainer by NIK (16 digits), by record number, or by full name."""
    from .core.models import Trainer

    if not reference:
        return None
    text = reference.strip()
    if text.isdigit() and len(text) == 16:
        found = list(Trainer.select().where(Trainer.nik == text))
    elif text.lstrip("#").isdigit():
        found = list(Trainer.select().where(Trainer.id == int(text.lstrip("#"))))
    else:
        found = list(Trainer.select().where(Trainer.full_name.ilike(text)))
    if len(found) == 1:
        return found[0].id
    if not found:
        raise UserError(Text('Tidak ada instruktur "{trainer}" (cari dengan NIK, nomor data atau nama lengkap).',
                             'There is no trainer "{trainer}" (give a NIK, record number or full name).',
                             {"trainer": text}))
    raise UserError(Text('Ada {count} instruktur bernama "{trainer}": pakai NIK atau nomor data.',
                         'There are {count} trainers named "{trainer}": give a NIK or record number.',
                         {"count": len(found), "trainer": text}))


def cmd_users_add(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.auth import accounts, passwords

    with open_store(location) as store:
        username = accounts.check_username(args.name)
        if not accounts.has_accounts():
            if args.role != "admin":
                raise UserError(Text(
                    "Belum ada akun: pengguna pertama harus administrator (--role admin).",
                    "There are no accounts yet: the first user must be an administrator (--role admin)."))
            password = _new_password(username)
            passwords.check_password(password, username)
            accounts.create_first_admin(store, username, password, full_name=args.full_name)
            _say(Text("Administrator pertama {user} dibuat. Mulai sekarang perintah meminta --user dan "
                      "kata sandi.",
                      "First administrator {user} created. From now on commands need --user and a "
                      "password.", {"user": username}))
            return EXIT_OK
        trainer_id = _trainer_id(args.trainer)
        password = _new_password(username)
        accounts.add_user(store, username, args.role, password, full_name=args.full_name,
                          trainer_id=trainer_id)
    _say(Text("Pengguna {user} ditambahkan ({role}).", "User {user} added ({role}).",
              {"user": username, "role": args.role}))
    return EXIT_OK


def cmd_users_list(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.auth import accounts

    with open_store(location):
        rows = accounts.list_users()
    if args.json:
        print(json.dumps([row.as_dict() for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        _say(Text("Belum ada pengguna.", "No users yet."))
    for row in rows:
        if not row.active:
            state = Text("dikunci", "locked")
        elif row.locked_until is not None:
            until = row.locked_until.replace(tzinfo=dt.UTC).astimezone()  # the clerk's own clock
            state = Text("dikunci sampai {until}", "locked until {until}",
                         {"until": until.strftime("%Y-%m-%d %H:%M")})
        elif not row.has_password:
            state = Text("tanpa kata sandi", "no password")
        else:
            state = Text("aktif", "active")
        print(f"{row.username:<24} {row.role:<10} {row.full_name[:30]:<30} "
              f"{(row.trainer_name or '-')[:24]:<24} {state.render()}")
    return EXIT_OK


def cmd_users_lock(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.auth import accounts

    with open_store(location) as store:
        accounts.lock_user(store, args.name)
    _say(Text("Akun {user} dikunci.", "Account {user} locked.", {"user": args.name}))
    return EXIT_OK


def cmd_users_unlock(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.auth import accounts

    with open_store(location) as store:
        accounts.unlock_user(store, args.name)
    _say(Text("Akun {user} dibuka.", "Account {user} unlocked.", {"user": args.name}))
    return EXIT_OK


def cmd_users_passwd(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.auth import accounts
    from .core.auth.session import current_principal

    with open_store(location) as store:
        principal = current_principal()
        own = principal is not None and principal.username == args.name
        current = _current_password(args.name) if own else None
        password = _new_password(args.name)
        accounts.set_password(store, args.name, password, current_password=current)
    if own:
        _say(Text("Kata sandi {user} diubah.", "Password of {user} changed.", {"user": args.name}))
    else:
        _say(Text("Kata sandi {user} diatur; ia harus menggantinya saat masuk berikutnya.",
                  "Password of {user} set; they must change it at their next sign-in.",
                  {"user": args.name}))
    return EXIT_OK


def add_commands(commands, h) -> None:
    """Register ``users`` and its subcommands; ``h`` words help in the user's language."""
    users = commands.add_parser("users", help=h(
        "kelola pengguna: tambah, daftar, kunci, buka, ganti kata sandi",
        "manage users: add, list, lock, unlock, change password"))
    actions = users.add_subparsers(dest="users_command", metavar=h("TINDAKAN", "ACTION"), required=True)

    add = actions.add_parser("add", help=h(
        "tambah pengguna (kata sandi dari LPKS_NEW_PASSWORD atau ditanyakan dua kali); tanpa akun, "
        "yang pertama menjadi administrator",
        "add a user (password from LPKS_NEW_PASSWORD or asked twice); with no accounts yet, the "
        "first one is the administrator"))
    add.add_argument("name", metavar=h("NAMA", "NAME"))
    add.add_argument("--role", required=True, choices=ROLE_NAMES, help=h(
        "peran: admin, clerk (petugas), trainer (instruktur), read_only (pimpinan/pengawas)",
        "role: admin, clerk, trainer, read_only (head or inspector)"))
    add.add_argument("--full-name", default="", help=h("nama lengkap", "full name"))
    add.add_argument("--trainer", metavar="NIK|ID|NAMA", help=h(
        "data instruktur akun ini (wajib untuk peran trainer)",
        "the trainer record of this account (required for role trainer)"))
    add.set_defaults(func=cmd_users_add)

    listing = actions.add_parser("list", help=h("daftar pengguna", "list the users"))
    listing.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    listing.set_defaults(func=cmd_users_list)

    for name, func, id_help, en_help in (
            ("lock", cmd_users_lock, "kunci akun sampai dibuka administrator",
             "lock an account until an administrator unlocks it"),
            ("unlock", cmd_users_unlock, "buka akun yang dikunci (juga setelah salah kata sandi)",
             "unlock an account (also after failed sign-ins)"),
            ("passwd", cmd_users_passwd, "ganti kata sandi sendiri, atau atur kata sandi pengguna lain",
             "change your own password, or set another user's")):
        command = actions.add_parser(name, help=h(id_help, en_help))
        command.add_argument("name", metavar=h("NAMA", "NAME"))
        command.set_defaults(func=func)
