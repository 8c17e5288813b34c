"""The ``lpks-desktop`` command: starts the app, or runs a batch job over the core.

Once the database has user accounts, a command signs in first: --user NAME (or
LPKS_USER) and the password from LPKS_PASSWORD or asked at the terminal. Before
the first administrator exists, commands run as the local administrator.

Exit codes: 0 success, 1 a problem the user can fix (the message says what),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Sequence

from . import APP_NAME, __version__
from . import cli_attendance, cli_backup, cli_certificates, cli_selfcheck, cli_users
from .cli_export import add_commands as add_export_commands
from .cli_import import add_commands as add_import_commands
from .cli_schedule import add_commands as add_schedule_commands
from .cli_status import add_commands as add_status_commands
from .core import i18n
from .core.database import DatabaseLocation, resolve_location
from .core.errors import UserError
from .core.i18n import Text

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2

USER_ENV, PASSWORD_ENV = "LPKS_USER", "LPKS_PASSWORD"

# --user of this run; read by _open_store, which other command modules call without arguments.
_requested_user: str | None = None
_told_single_pc: set[str] = set()  # databases whose single-PC mode this process explained


def _say(text: Text, *, file=None) -> None:
    print(text.render(), file=file or sys.stdout)


def _open_store(location: DatabaseLocation):
    from .core.store import Store

    store = Store.open(location)
    result = store.upgrade_result
    if result and result.changed and result.from_version:
        _say(Text("Skema basis data diperbarui dari versi {old} ke {new}; salinan sebelumnya: {backup}",
                  "Database schema upgraded from version {old} to {new}; copy taken first: {backup}",
                  {"old": result.from_version, "new": result.to_version,
                   "backup": result.backup_path or "-"}), file=sys.stderr)
    try:
        _sign_in(store)
    except BaseException:
        store.close()
        raise
    return store


def _sign_in(store) -> None:
    """Act as the user named by --user or LPKS_USER; with no accounts yet, as the local administrator."""
    from .core.actor import default_actor
    from .core.auth import accounts
    from .core.auth.session import ADMIN, Principal, sign_in_as

    if not accounts.has_accounts():
        # Single-PC mode: until the first administrator exists, whoever uses this PC runs it.
        sign_in_as(Principal(default_actor(), ADMIN))
        # The options count: two PostgreSQL schemas on one server are two databases.
        identity = f"{store.location.display()}?{store.location.options}"
        if identity not in _told_single_pc:
            _told_single_pc.add(identity)
            _say(Text("Belum ada akun pengguna: perintah berjalan sebagai administrator lokal. Buat "
                      "administrator pertama dengan: lpks-desktop users add NAMA --role admin",
                      "No user accounts yet: commands run as the local administrator. Create the first "
                      "administrator with: lpks-desktop users add NAME --role admin"), file=sys.stderr)
        return
    username = (_requested_user or os.environ.get(USER_ENV, "")).strip()
    if not username:
        raise UserError(Text(
            "Basis data {where} memakai akun pengguna: sebutkan --user NAMA (atau LPKS_USER) dan "
            "kata sandinya (LPKS_PASSWORD, atau ditanyakan di terminal).",
            "The database {where} has user accounts: give --user NAME (or LPKS_USER) and the "
            "password (LPKS_PASSWORD, or asked at the terminal).", {"where": store.location.display()}))
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(Text(
                "Tidak ada kata sandi untuk {user}: isi LPKS_PASSWORD, atau jalankan di terminal "
                "supaya kata sandi ditanyakan.",
                "No password for {user}: set LPKS_PASSWORD, or run in a terminal to be asked for it.",
                {"user": username}))
        import getpass

        password = getpass.getpass(Text("Kata sandi untuk {user}: ", "Password for {user}: ",
                                        {"user": username}).render())
    principal = accounts.sign_in(store, username, password)
    sign_in_as(principal)
    if accounts.must_change_password(principal.username):
        _say(Text("Kata sandi {user} diatur oleh administrator: gantilah dengan "
                  "lpks-desktop users passwd {user}",
                  "The password of {user} was set by an administrator: change it with "
                  "lpks-desktop users passwd {user}", {"user": principal.username}), file=sys.stderr)


def cmd_demo(args, location: DatabaseLocation) -> int:
    from .core.demo import fill_demo
    from .core.errors import DemoRefusedError
    from .core.services.health import holds_records

    with _open_store(location) as store:
        found = holds_records(store.db)
        if found:
            counts = ", ".join(f"{table}: {count}" for table, count in found.items())
            raise DemoRefusedError(Text(
                "Basis data {where} sudah berisi data ({counts}). Data demo hanya ditulis ke basis data "
                "kosong, supaya tidak tercampur dengan data asli. Pakai --db untuk file baru.",
                "The database {where} already holds records ({counts}). Demo data goes only into an "
                "empty database so it never mixes with real records. Use --db for a new file.",
                {"where": location.display(), "counts": counts}))

        def progress(done: int, total: int, label: str) -> None:
            if sys.stderr.isatty():
                print(f"\r[{done}/{total}] {label:<40}", end="", file=sys.stderr, flush=True)

        started = time.perf_counter()
        summary = fill_demo(store, participants=args.participants, seed=args.seed, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        seconds = time.perf_counter() - started
    counts = ", ".join(f"{table} {count}" for table, count in summary.counts().items())
    _say(Text("Data demo ditulis ke {where} dalam {seconds:.1f} detik: {counts}",
              "Demo data written to {where} in {seconds:.1f} s: {counts}",
              {"where": location.display(), "seconds": seconds, "counts": counts}))
    return EXIT_OK


def cmd_check(args, location: DatabaseLocation) -> int:
    from .core.opening import connect
    from .core.services.health import check

    db = connect(location, must_exist=True)
    try:
        report = check(db, location.display())
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        _say(Text("Basis data : {where} ({engine})", "Database   : {where} ({engine})",
                  {"where": report.location, "engine": report.engine_version}))
        _say(Text("Versi skema: {found} (terbaru {latest})", "Schema     : version {found} (latest {latest})",
                  {"found": report.schema_version, "latest": report.latest_schema_version}))
        if report.schema_version == 0:
            _say(Text("Basis data masih kosong; tabel dibuat saat pertama dibuka.",
                      "The database is empty; its tables are created when it is first opened."))
        width = max((len(t) for t in report.counts), default=0)
        for table, count in report.counts.items():
            print(f"  {table:<{width}}  {count:>9}")
        for problem in report.problems:
            _say(Text("MASALAH: {problem}", "PROBLEM: {problem}", {"problem": problem.render()}))
        if report.ok:
            _say(Text("Pemeriksaan selesai: tidak ada masalah.", "Check finished: no problems."))
    return EXIT_OK if report.ok else EXIT_USER


def cmd_migrate(args, location: DatabaseLocation) -> int:
    with _open_store(location) as store:
        result = store.upgrade_result
    if result.changed:
        _say(Text("Skema sekarang versi {new} (sebelumnya {old}).", "Schema is now version {new} (was {old}).",
                  {"new": result.to_version, "old": result.from_version}))
    else:
        _say(Text("Skema sudah versi terbaru ({new}).", "The schema is already the latest version ({new}).",
                  {"new": result.to_version}))
    return EXIT_OK


def cmd_institutions(args, location: DatabaseLocation) -> int:
    from .core.services.institutions import list_institutions

    with _open_store(location):
        rows = list_institutions()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        _say(Text("Belum ada lembaga.", "No institutions yet."))
    for row in rows:
        print(f"{row['code']:<12} {row['name']:<45} {row['city']:<22} "
              f"{row['programs']:>3} program  {row['participants']:>7} peserta")
    return EXIT_OK


def cmd_gui(args, location: DatabaseLocation) -> int:
    from .gui.app import run

    explicit = bool(args.db or os.environ.get("LPKS_DB", "").strip())
    return run(location, sys.argv[:1], explicit=explicit)


def _show_without_console(exc: UserError) -> None:
    try:
        from .gui.app import create_application
        from .gui.dialogs import show_user_error
    except ImportError:
        return
    create_application(sys.argv[:1])
    show_user_error(None, exc, APP_NAME)


def _h(id_text: str, en_text: str) -> str:
    return Text(id_text, en_text).render()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lpks-desktop",
        description=_h(
            f"{APP_NAME}: pelatihan kerja tatap muka, dari pendaftaran sampai sertifikat. "
            "Tanpa PERINTAH, aplikasi desktop dibuka.",
            f"{APP_NAME}: face-to-face job training, from registration to certificate. "
            "Without a COMMAND, the desktop app opens."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH|URL", help=_h(
        "file atau URL basis data (sqlite:///..., postgresql://pengguna@server/db); bawaan: "
        "$LPKS_DB, atau folder data pengguna",
        "database file or URL (sqlite:///..., postgresql://user@host/db); default: $LPKS_DB, "
        "else the per-user data folder"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_h(
        "bahasa pesan (bawaan id)", "language of messages (default id)"))
    parser.add_argument("--user", metavar=_h("NAMA", "NAME"), help=_h(
        "masuk sebagai pengguna ini (bawaan $LPKS_USER); kata sandi dari $LPKS_PASSWORD atau "
        "ditanyakan. Diperlukan setelah administrator pertama dibuat.",
        "sign in as this user (default $LPKS_USER); password from $LPKS_PASSWORD or asked. Needed "
        "once the first administrator exists."))
    commands = parser.add_subparsers(dest="command", metavar=_h("PERINTAH", "COMMAND"))

    demo = commands.add_parser("demo", help=_h(
        "isi basis data kosong dengan data demo yang realistis",
        "fill an empty database with realistic demo data"))
    demo.add_argument("--participants", type=_positive_int, default=400, metavar="N", help=_h(
        "jumlah peserta (bawaan 400; sampai 100000 untuk uji kecepatan)",
        "number of participants (default 400; up to 100000 for benchmarks)"))
    demo.add_argument("--seed", type=int, default=None, help=_h(
        "hasilkan data demo yang sama setiap kali", "make the demo data reproducible"))
    demo.set_defaults(func=cmd_demo)

    check = commands.add_parser("check", help=_h(
        "periksa keutuhan, versi skema dan jumlah data",
        "integrity check, schema version and record counts"))
    check.add_argument("--json", action="store_true", help=_h("keluaran JSON", "JSON output"))
    check.set_defaults(func=cmd_check)

    migrate = commands.add_parser("migrate", help=_h(
        "perbarui skema (salinan dibuat lebih dulu)", "upgrade the schema (a copy is taken first)"))
    migrate.set_defaults(func=cmd_migrate)

    institutions = commands.add_parser("institutions", help=_h(
        "daftar lembaga dalam basis data", "list the institutions in the database"))
    institutions.add_argument("--json", action="store_true", help=_h("keluaran JSON", "JSON output"))
    institutions.set_defaults(func=cmd_institutions)
    add_schedule_commands(commands, _h)
    add_export_commands(commands, _h)
    add_status_commands(commands, _h)
    add_import_commands(commands, _h)
    cli_attendance.add_commands(commands, _h)
    cli_certificates.add_commands(commands, _h)
    cli_users.add_commands(commands, _h)
    cli_backup.add_commands(commands, _h)
    cli_selfcheck.add_commands(commands, _h)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_h(f"bukan bilangan bulat: {text!r}",
                                            f"not a whole number: {text!r}")) from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(_h(f"harus antara 1 dan 1000000, tertulis {value}",
                                            f"must be between 1 and 1000000, got {value}"))
    return value


def _language_from(argv: Sequence[str]) -> str | None:
    """--lang must take effect before the parser is built, so that --help follows it."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def _keeping_who_is_signed_in():
    """A command signs in for its own run; whoever was signed in before (a caller in the same
    process, such as a test) is signed in again afterwards."""
    from .core.auth.session import current_principal, signed_in

    return signed_in(current_principal())


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if (lang := _language_from(argv)) in i18n.LANGUAGES:
        os.environ["LPKS_LANG"] = lang
    args = build_parser().parse_args(argv)
    global _requested_user
    _requested_user = args.user
    try:
        location = resolve_location(args.db)
        handler = getattr(args, "func", cmd_gui)
        with _keeping_who_is_signed_in():
            return handler(args, location)
    except UserError as exc:
        if sys.stderr is None:
            # Started from a shortcut without a console (pythonw, a windowed executable): a
            # message printed nowhere would look like an app that never opens.
            _show_without_console(exc)
        else:
            print(exc.render(), file=sys.stderr)
        return EXIT_USER
    except BrokenPipeError:
        # Output piped into a pager or ``head`` that stopped reading: not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _say(Text("Dibatalkan; tidak ada yang setengah tersimpan.", "Cancelled; nothing was half-saved."),
             file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
