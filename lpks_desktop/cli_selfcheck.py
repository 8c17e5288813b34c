"""``lpks-desktop self-check``: proves an installation works without a screen.

It makes a database of its own (never the user's), fills it with demo data and
prints an attendance sheet and a certificate to PDF: the database engine, the
migrations, the fonts and images under ``resources/`` and the PDF writer are all
exercised, so a frozen build that lost a data file or a hidden import fails here.
Qt is not imported: the check also runs where Qt cannot (Windows programs under Wine).

``--gui`` goes on to open the real main window on that database (``gui.selfcheck``);
where Qt's libraries cannot load, it says so in one line instead of a traceback.
"""

from __future__ import annotations

import importlib
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import APP_NAME, __version__
from .core.i18n import Text

# Small enough to take a few seconds, large enough to have classes with certificates.
DEMO_PARTICIPANTS = 60
DEMO_SEED = 8


class _Failed(Exception):
    """What failed: English text, or a bilingual ``Text``."""


def _checked_pdf(path: Path) -> int:
    """The size of a finished PDF; a missing, empty or cut-off file fails the check."""
    data = path.read_bytes() if path.exists() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise _Failed(f"{path.name} is not a complete PDF ({len(data)} bytes)")
    return len(data)


def _attending_session() -> int:
    from .core.models import ClassSession, Enrollment, SessionStatus
    from .core.services.attendance import ATTENDING

    session = (ClassSession.select(ClassSession.id)
               .join(Enrollment, on=(Enrollment.training_class == ClassSession.training_class))
               .where(Enrollment.status.in_(ATTENDING), ClassSession.status != SessionStatus.CANCELLED)
               .order_by(ClassSession.date, ClassSession.start_time, ClassSession.id)
               .first())
    if session is None:
        raise _Failed("the demo data has no session with participants")
    return session.id


def _class_with_certificates() -> int:
    from .core.models import Certificate, CertificateStatus, Enrollment

    row = (Certificate.select(Enrollment.training_class)
           .join(Enrollment)
           .where(Certificate.status == CertificateStatus.VALID)
           .order_by(Certificate.id)
           .first())
    if row is None:
        raise _Failed("the demo data issued no certificate")
    return row.enrollment.training_class_id


def run_self_check(folder: Path, say=print) -> dict:
    """Every step in ``folder``; returns what was checked, or raises on the first failure."""
    from .core import models
    from .core.auth.session import SYSTEM_ADMIN, signed_in
    from .core.database import parse_location, sqlite_version
    from .core.demo import fill_demo
    from .core.services.attendance_documents import write_attendance_sheets
    from .core.services.certificate_documents import write_certificates_pdf
    from .core.store import Store

    started = time.perf_counter()
    report = {"app_version": __version__, "python": platform.python_version(),
              "system": platform.platform(), "sqlite": ".".join(map(str, sqlite_version())),
              "folder": str(folder)}
    database = folder / "self-check.db"
    with signed_in(SYSTEM_ADMIN), Store.open(parse_location(str(database))) as store:
        try:
            report["schema_version"] = store.upgrade_result.to_version if store.upgrade_result else None
            say(Text("basis data: {path} (SQLite {version})", "database: {path} (SQLite {version})",
                     {"path": database, "version": report["sqlite"]}).render())
            summary = fill_demo(store, participants=DEMO_PARTICIPANTS, seed=DEMO_SEED)
            report["demo_rows"] = sum(summary.counts().values())
            say(Text("data contoh: {rows} baris", "demo data: {rows} rows", {"rows": report["demo_rows"]}).render())
            sheet = folder / "attendance-sheet.pdf"
            write_attendance_sheets(sheet, [_attending_session()])
            report["attendance_sheet_bytes"] = _checked_pdf(sheet)
            say(Text("daftar hadir: {path} ({size} bita)", "attendance sheet: {path} ({size} bytes)",
                     {"path": sheet, "size": report["attendance_sheet_bytes"]}).render())
            certificate = folder / "certificates.pdf"
            write_certificates_pdf(certificate, _class_with_certificates())
            report["certificates_bytes"] = _checked_pdf(certificate)
            say(Text("sertifikat: {path} ({size} bita)", "certificates: {path} ({size} bytes)",
                     {"path": certificate, "size": report["certificates_bytes"]}).render())
        finally:
            models.database.initialize(None)
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


def _load_qt() -> None:
    """Qt's libraries, or one line saying why they cannot load (a DLL missing under Wine, say)."""
    try:
        for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
            importlib.import_module(module)
    except (ImportError, OSError) as exc:
        raise _Failed(Text("Qt tidak dapat dimuat: {why}", "Qt could not be loaded: {why}",
                           {"why": str(exc) or type(exc).__name__})) from exc


def run_gui_check(folder: Path, say=print) -> dict:
    """The window part, on the database ``run_self_check`` left in ``folder``."""
    _load_qt()
    from .gui import selfcheck

    try:
        return selfcheck.run_gui_check(folder, folder / "self-check.db", say=say)
    except selfcheck.CheckFailed as exc:
        raise _Failed(exc.text) from exc


def cmd_self_check(args, location) -> int:
    quiet = (lambda _text: None) if args.json else print
    folder = None
    try:
        if args.keep:
            folder = Path(args.keep).expanduser()
        else:
            folder = Path(tempfile.mkdtemp(prefix="lpks-self-check-"))
        folder.mkdir(parents=True, exist_ok=True)
        report = run_self_check(folder, say=quiet)
        if args.gui:
            report["gui"] = run_gui_check(folder, say=quiet)
    except (_Failed, OSError) as exc:
        print(Text("Pemeriksaan mandiri GAGAL: {why}", "Self-check FAILED: {why}",
                   {"why": str(exc)}).render(), file=sys.stderr)
        if not args.keep and folder is not None and folder.is_dir():
            # Kept for whoever looks into the failure: the database and any PDF made so far.
            print(Text("Berkas pemeriksaan disimpan di {folder}.", "The check's files are kept in {folder}.",
                       {"folder": folder}).render(), file=sys.stderr)
        return 1
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps({"ok": True, **report}, ensure_ascii=False, indent=2))
    else:
        print(Text("{app} {version}: pemeriksaan mandiri berhasil dalam {seconds} detik.",
                   "{app} {version}: self-check passed in {seconds} s.",
                   {"app": APP_NAME, "version": __version__, "seconds": report["seconds"]}).render())
    return 0


def add_commands(commands, h) -> None:
    check = commands.add_parser("self-check", help=h(
        "periksa instalasi tanpa layar: basis data baru, data demo, daftar hadir dan sertifikat ke PDF",
        "check the installation without a screen: a new database, demo data, an attendance sheet and "
        "a certificate printed to PDF"))
    check.add_argument("--keep", metavar="DIR", help=h(
        "simpan basis data dan PDF-nya di folder ini (bawaan: folder sementara)",
        "keep the database and its PDFs in this folder (default: a temporary folder)"))
    check.add_argument("--gui", action="store_true", help=h(
        "lalu buka jendela utama pada basis data itu, tampilkan setiap halaman, dan periksa ikon, "
        "terjemahan dan plugin Qt (tanpa layar: QT_QPA_PLATFORM=offscreen)",
        "then open the main window on that database, show every page, and check the icon, the "
        "translations and Qt's plugins (without a screen: QT_QPA_PLATFORM=offscreen)"))
    check.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    check.set_defaults(func=cmd_self_check)
