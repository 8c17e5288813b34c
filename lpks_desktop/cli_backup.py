"""Command line: ``backup`` makes one, ``backups`` lists them, ``restore`` puts one back,
``backup-password`` sets the password automatic backups are encrypted for."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from .core.database import DatabaseLocation
from .core.errors import UserError
from .core.i18n import Text

EXIT_OK, EXIT_USER = 0, 1
PASSWORD_ENV = "LPKS_BACKUP_PASSWORD"


def _say(text: Text, *, file=None) -> None:
    print(text.render(), file=file or sys.stdout)


def _size(size: int) -> str:
    return f"{size / (1 << 20):.1f} MB" if size >= 1 << 20 else f"{max(size, 1) / 1024:.0f} KB"


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{label}: {100 * done // total:3d}%", end="", file=sys.stderr, flush=True)


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _password(*, twice: bool, prompt: Text) -> str:
    """From LPKS_BACKUP_PASSWORD, else asked at the terminal (twice for a new one)."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(Text(
            "Kata sandi cadangan diperlukan: isi variabel {env} atau jalankan di terminal.",
            "A backup password is needed: set {env} or run this in a terminal.", {"env": PASSWORD_ENV}))
    first = getpass.getpass(prompt.render() + " ")
    if twice:
        again = getpass.getpass(Text("Ulangi kata sandi:", "Repeat the password:").render() + " ")
        if again != first:
            raise UserError(Text("Kedua kata sandi tidak sama; tidak ada yang dibuat.",
                                 "The two passwords differ; nothing was made."))
    return first


def cmd_backup(args, location: DatabaseLocation) -> int:
    from .cli import _open_store
    from .core.backup import make_backup
    from .core.backup.crypto import check_password_strength

    password = None
    if args.encrypt:
        password = _password(twice=True, prompt=Text("Kata sandi cadangan:", "Backup password:"))
        check_password_strength(password)
    with _open_store(location) as store:
        info = make_backup(store, folder=args.folder, output=args.output, password=password,
                           reason="manual", progress=_progress)
    _end_progress()
    if info.encrypted:
        _say(Text("Cadangan terenkripsi dibuat: {path} ({size})", "Encrypted backup made: {path} ({size})",
                  {"path": str(info.path), "size": _size(info.size)}))
    else:
        _say(Text("Cadangan dibuat: {path} ({size})", "Backup made: {path} ({size})",
                  {"path": str(info.path), "size": _size(info.size)}))
    return EXIT_OK


_REASONS = {"auto": ("otomatis", "automatic"), "manual": ("manual", "manual"),
            "before-restore": ("sebelum pemulihan", "before a restore")}


def cmd_backups(args, location: DatabaseLocation) -> int:
    from .core.backup import default_backup_folder, list_backups
    from .core.i18n import current_language

    folder = Path(args.folder) if args.folder else default_backup_folder()
    found = list_backups(folder)
    if args.json:
        print(json.dumps([{"path": str(b.path), "created_at": b.created_at.isoformat(), "kind": b.kind,
                           "encrypted": b.encrypted, "size": b.size, "reason": b.reason} for b in found],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        _say(Text("Tidak ada cadangan di {folder}.", "No backups in {folder}.", {"folder": str(folder)}))
        return EXIT_OK
    _say(Text("{count} cadangan di {folder}:", "{count} backups in {folder}:",
              {"count": len(found), "folder": str(folder)}))
    english = current_language() == "en"
    for b in found:
        reason = _REASONS.get(b.reason, (b.reason, b.reason))[1 if english else 0]
        lock = Text("terenkripsi", "encrypted").render() if b.encrypted else ""
        print(f"  {b.created_at:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {reason:<18} {lock:<11} {b.path.name}")
    return EXIT_OK


def _sign_in_for_restore(location: DatabaseLocation):
    """Who restores: the signed-in user of the database; for a database that is not
    there yet (a new PC), the local administrator, as for any new database."""
    from .cli import _open_store
    from .core.auth.session import SYSTEM_ADMIN, signed_in

    if location.is_sqlite and not Path(location.path).exists():
        return signed_in(SYSTEM_ADMIN)
    store = _open_store(location)
    store.close()
    from contextlib import nullcontext
    return nullcontext()


def _lock_for(location: DatabaseLocation):
    """For SQLite, hold the app's instance lock so a running app is never swapped under its feet."""
    from contextlib import nullcontext

    if not location.is_sqlite:
        return nullcontext()
    from .core.instance_lock import InstanceLock

    class _Held:
        def __enter__(self):
            self.lock = InstanceLock(location.path)
            self.lock.acquire()
            return self.lock

        def __exit__(self, *exc):
            self.lock.release()

    return _Held()


def _confirm(question: Text) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(question.render() + " ").strip().lower()
    return answer in ("y", "ya", "yes")


def cmd_restore(args, location: DatabaseLocation) -> int:
    from .core.backup import check_backup, restore_backup
    from .core.backup.crypto import is_encrypted_file

    path = Path(args.file).expanduser().absolute()
    password = None
    if path.is_file() and is_encrypted_file(path):
        password = _password(twice=False, prompt=Text("Kata sandi cadangan:", "Backup password:"))
    with _sign_in_for_restore(location):
        from .core.auth.permissions import Action, require

        require(Action.RESTORE)
        check = check_backup(path, password=password)
        for problem in check.problems:
            _say(Text("MASALAH: {problem}", "PROBLEM: {problem}", {"problem": problem.render()}),
                 file=sys.stderr)
        if not check.ok:
            _say(Text("Cadangan tidak dipulihkan; tidak ada yang diganti.",
                      "The backup was not restored; nothing was replaced."), file=sys.stderr)
            return EXIT_USER
        counts = ", ".join(f"{table} {count}" for table, count in check.counts.items()) or "-"
        _say(Text("Cadangan {path} baik: skema versi {version}; isi: {counts}.",
                  "The backup {path} is sound: schema version {version}; holds: {counts}.",
                  {"path": str(path), "version": check.schema_version, "counts": counts}))
        if location.is_sqlite:
            _say(Text("Basis data {where} akan diganti; yang sekarang disimpan di sampingnya sebagai "
                      "{name}.before-restore-<waktu>.",
                      "The database {where} will be replaced; the current one is kept beside it as "
                      "{name}.before-restore-<time>.",
                      {"where": location.display(), "name": Path(location.path).name}))
        else:
            _say(Text("Isi basis data {where} akan diganti; salinan isinya sekarang dibuat dulu di folder "
                      "cadangan.",
                      "The contents of {where} will be replaced; a copy of what it holds now is made in the "
                      "backup folder first.", {"where": location.display()}))
        if not args.yes and not _confirm(Text("Lanjutkan? [y/T]", "Go ahead? [y/N]")):
            _say(Text("Tidak dipulihkan; tidak ada yang diganti. (Pakai --yes tanpa terminal.)",
                      "Not restored; nothing was replaced. (Use --yes without a terminal.)"), file=sys.stderr)
            return EXIT_USER
        with _lock_for(location):
            result = restore_backup(location, path, password=password, progress=_progress,
                                    folder=args.folder)
        _end_progress()
    _say(Text("Dipulihkan dari {path}. Basis data sebelumnya disimpan: {aside}",
              "Restored from {path}. The previous database is kept: {aside}",
              {"path": str(path), "aside": str(result.kept_aside)}))
    return EXIT_OK


def cmd_backup_password(args, location: DatabaseLocation) -> int:
    from .cli import _open_store
    from .core.backup import clear_backup_password, set_backup_password

    with _open_store(location) as store:
        if args.clear:
            clear_backup_password(store)
            _say(Text("Cadangan otomatis berikutnya tidak dienkripsi. Cadangan terenkripsi yang ada tetap "
                      "memerlukan kata sandinya.",
                      "Later automatic backups are not encrypted. Existing encrypted backups still need "
                      "their password."))
            return EXIT_OK
        password = _password(twice=True, prompt=Text("Kata sandi cadangan baru:", "New backup password:"))
        set_backup_password(store, password)
    _say(Text("Kata sandi cadangan disimpan (hanya kunci terbungkusnya, bukan kata sandinya). Semua cadangan "
              "berikutnya terenkripsi; simpan kata sandi ini di tempat aman: tanpa itu cadangan tidak bisa "
              "dipulihkan.",
              "The backup password is set (only its wrapped key is stored, never the password). Every later "
              "backup is encrypted; keep this password safe: without it the backups cannot be restored."))
    return EXIT_OK


def add_commands(commands, h) -> None:
    backup = commands.add_parser("backup", help=h(
        "buat cadangan basis data sekarang", "make a backup of the database now"))
    where = backup.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar=h("FILE", "FILE"), help=h(
        "tulis cadangan ke file ini", "write the backup to this file"))
    where.add_argument("--folder", metavar="DIR", help=h(
        "folder cadangan (mis. flashdisk); bawaan: folder cadangan pengguna",
        "backup folder (e.g. a USB stick); default: the per-user backup folder"))
    backup.add_argument("--encrypt", action="store_true", help=h(
        f"enkripsi dengan kata sandi (dari ${PASSWORD_ENV} atau ditanyakan)",
        f"encrypt with a password (from ${PASSWORD_ENV} or asked)"))
    backup.set_defaults(func=cmd_backup)

    backups = commands.add_parser("backups", help=h(
        "daftar cadangan dalam folder", "list the backups in a folder"))
    backups.add_argument("--folder", metavar="DIR", help=h(
        "folder cadangan; bawaan: folder cadangan pengguna", "backup folder; default: the per-user one"))
    backups.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    backups.set_defaults(func=cmd_backups)

    restore = commands.add_parser("restore", help=h(
        "periksa lalu pulihkan cadangan, basis data sekarang disimpan di samping",
        "check and restore a backup, keeping the current database aside"))
    restore.add_argument("file", metavar="FILE", help=h("file cadangan", "backup file"))
    restore.add_argument("--yes", action="store_true", help=h(
        "jangan minta konfirmasi", "do not ask for confirmation"))
    restore.add_argument("--folder", metavar="DIR", help=h(
        "PostgreSQL: folder untuk salinan sebelum pemulihan", "PostgreSQL: folder for the before-restore copy"))
    restore.set_defaults(func=cmd_restore)

    password = commands.add_parser("backup-password", help=h(
        "atur kata sandi untuk mengenkripsi semua cadangan basis data ini",
        "set the password every backup of this database is encrypted for"))
    password.add_argument("--clear", action="store_true", help=h(
        "berhenti mengenkripsi cadangan berikutnya", "stop encrypting later backups"))
    password.set_defaults(func=cmd_backup_password)
