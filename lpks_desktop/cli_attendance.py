"""Command-line commands about attendance: ``print attendance`` (sheets or the class grid as
PDF) and ``attendance`` (each participant's rate and eligibility).

``print`` is a group of subcommands, one per kind of document; ``print_group`` gives a
later module (certificates) the same group to add its own to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter

from .core.database import DatabaseLocation
from .core.errors import UserError
from .core.i18n import Text, current_language
from .core.validation import format_date_en, format_date_id

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2
MAX_BLANK_ROWS = 20
NEAREST_LISTED = 2  # session dates named each side of a day without a session

NO_SESSION_THAT_DAY = Text(
    "Kelas {code} tidak punya pertemuan pada {day}. Pertemuan terdekat: {nearest}.",
    "Class {code} has no session on {day}. Nearest sessions: {nearest}.")
NO_SESSIONS = Text(
    "Kelas {code} belum punya pertemuan yang dapat dicetak daftar hadirnya.",
    "Class {code} has no sessions whose attendance sheets could be printed.")
CANNOT_WRITE = Text(
    "Tidak dapat menulis {path}: {reason}",
    "Cannot write {path}: {reason}")
MARKS_NEED_GRID = Text(
    "--with-marks hanya berlaku bersama --grid.",
    "--with-marks applies only together with --grid.")


def _date(day: dt.date, weekday: bool = False) -> str:
    if current_language() == "id":
        return format_date_id(day, with_weekday=weekday)
    return format_date_en(day, with_weekday=weekday)


def _weekday(day: dt.date) -> str:
    return _date(day, weekday=True).split(",", 1)[0]


def iso_date(text: str) -> dt.date:
    """A command-line date, YYYY-MM-DD (argparse ``type``)."""
    cleaned = text.strip()
    try:
        # Only the full form: Python would also take 20261102, which a clerk never means.
        if len(cleaned) == 10:
            return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(Text(
        "bukan tanggal berbentuk TTTT-BB-HH (misalnya 2026-11-02): {text!r}",
        "not a date in the form YYYY-MM-DD (e.g. 2026-11-02): {text!r}", {"text": text}).render())


def _blank_rows(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_BLANK_ROWS:
        raise argparse.ArgumentTypeError(Text(
            "baris kosong harus bilangan bulat 0 sampai {high}, tertulis {text!r}",
            "blank rows must be a whole number from 0 to {high}, got {text!r}",
            {"high": MAX_BLANK_ROWS, "text": text}).render())
    return value


def _paper(text: str) -> str:
    from .documents.paper import paper_name

    try:
        return paper_name(text)
    except ValueError:
        raise argparse.ArgumentTypeError(Text(
            "kertas harus A4 atau F4, tertulis {text!r}", "paper must be A4 or F4, got {text!r}",
            {"text": text}).render()) from None


# --- print attendance ---------------------------------------------------------------------------


def _nearest_dates(class_id: int, day: dt.date) -> list[dt.date]:
    """The session dates closest before and after ``day`` (sessions that get a sheet)."""
    from .core.services.attendance_documents import week_session_ids
    from .core.models import ClassSession

    ids = week_session_ids(dt.date.min, dt.date.max, class_id=class_id)
    dates = sorted({d for (d,) in ClassSession.select(ClassSession.date)
                    .where(ClassSession.id.in_(ids or [0])).tuples()})
    before = [d for d in dates if d < day][-NEAREST_LISTED:]
    after = [d for d in dates if d > day][:NEAREST_LISTED]
    return before + after


def cmd_print_attendance(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services import attendance_documents as documents
    from .core.services.classes import find_class

    if args.with_marks and not args.grid:
        print(MARKS_NEED_GRID.render(), file=sys.stderr)
        return EXIT_USAGE
    with open_store(location):
        klass = find_class(args.class_code)
        landscape = args.grid if args.landscape is None else args.landscape
        options = {"paper": args.paper, "landscape": landscape, "show_nik": args.nik,
                   "blank_rows": args.blank_rows}
        try:
            if args.grid:
                pages = documents.write_class_grid(args.output, klass.id, with_marks=args.with_marks, **options)
                done = Text("Daftar hadir kelas {code} ({pages} halaman) ditulis ke {path}.",
                            "The class grid of {code} ({pages} pages) was written to {path}.")
                sheets = 0
            else:
                if args.date is not None:
                    session_ids = documents.sessions_on(klass.id, args.date)
                    if not session_ids:
                        # In the form the option takes, so the clerk can type it straight back.
                        nearest = ", ".join(f"{d.isoformat()} ({_weekday(d)})"
                                            for d in _nearest_dates(klass.id, args.date))
                        raise UserError(NO_SESSION_THAT_DAY.format(
                            code=klass.code, day=_date(args.date, weekday=True), nearest=nearest or "-"))
                else:
                    session_ids = documents.week_session_ids(dt.date.min, dt.date.max, class_id=klass.id)
                    if not session_ids:
                        raise UserError(NO_SESSIONS.format(code=klass.code))
                pages = documents.write_attendance_sheets(args.output, session_ids, **options)
                sheets = len(session_ids)
                done = Text("{sheets} daftar hadir kelas {code} ({pages} halaman) ditulis ke {path}.",
                            "{sheets} attendance sheets of {code} ({pages} pages) were written to {path}.")
        except OSError as exc:
            raise UserError(CANNOT_WRITE.format(path=args.output, reason=exc.strerror or str(exc))) from None
    print(done.format(code=klass.code, pages=pages, path=args.output, sheets=sheets).render())
    return EXIT_OK


# --- attendance (rates) -------------------------------------------------------------------------

RULE_LABELS = {
    "absent": Text("dianggap tidak hadir", "counted as not attended"),
    "present": Text("dianggap hadir", "counted as attended"),
    "excluded": Text("tidak ikut dihitung", "left out of the total"),
}


def _rate_json(row) -> dict:
    return {
        "number": row.number, "name": row.full_name, "nik": row.nik or None, "status": row.status,
        "counts": dict(row.counts), "unmarked": row.unmarked, "late": row.late,
        "attended_jp": row.attended_jp, "counted_jp": row.counted_jp, "delivered_jp": row.delivered_jp,
        "remaining_jp": row.remaining_jp,
        "rate_pct": None if row.rate_pct is None else float(row.rate_pct),
        "min_pct": row.min_pct, "allowance_jp": row.allowance_jp, "verdict": row.verdict,
        "meets_minimum": row.meets_minimum, "eligible": row.eligible, "reason": row.reason.render(),
    }


def _verdict_counts(rates) -> dict[str, int]:
    from .core.services.attendance import ATTENDING
    from .core.services.attendance_rates import VERDICTS

    found = Counter(row.verdict for row in rates.rows if row.status in ATTENDING)
    return {verdict: found.get(verdict, 0) for verdict in VERDICTS}


def cmd_attendance(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.attendance_rates import class_rates
    from .core.services.classes import find_class

    with open_store(location):
        klass = find_class(args.class_code)
        rates = class_rates(klass.id)
        program_name = rates.program_name
    verdicts = _verdict_counts(rates)
    if args.json:
        print(json.dumps({
            "class": {"code": rates.class_code, "name": rates.class_name, "program": program_name,
                      "min_pct": rates.min_pct},
            "rules": {"excused": rates.rules.excused, "sick": rates.rules.sick},
            "delivered_sessions": rates.delivered_sessions, "delivered_jp": rates.delivered_jp,
            "remaining_sessions": rates.remaining_sessions, "remaining_jp": rates.remaining_jp,
            "unmarked_sessions": [{"session_id": sid, "date": day.isoformat()}
                                  for sid, day in rates.unmarked_sessions],
            "participants": [_rate_json(row) for row in rates.rows],
            "summary": {"participants": sum(verdicts.values()), "verdicts": verdicts},
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_rates(rates, verdicts)
    return EXIT_OK


def _print_rates(rates, verdicts: dict[str, int]) -> None:
    from .core.services.attendance import ATTENDING
    from .core.services.attendance_rates import VERDICT_LABELS, format_pct

    lang = current_language()
    print(f"{rates.class_code}  {rates.class_name}  ({rates.program_name})")
    print(Text(
        "Minimal kehadiran {min_pct}%. Izin: {excused}; sakit: {sick}. "
        "Terlaksana {delivered} pertemuan ({delivered_jp} JP), tersisa {remaining} ({remaining_jp} JP).",
        "Minimum attendance {min_pct}%. Excused: {excused}; sick: {sick}. "
        "Delivered {delivered} sessions ({delivered_jp} JP), {remaining} remaining ({remaining_jp} JP).",
        {"min_pct": rates.min_pct, "excused": RULE_LABELS[rates.rules.excused].render(),
         "sick": RULE_LABELS[rates.rules.sick].render(), "delivered": rates.delivered_sessions,
         "delivered_jp": rates.delivered_jp, "remaining": rates.remaining_sessions,
         "remaining_jp": rates.remaining_jp}).render())
    if not rates.rows:
        print(Text("Kelas ini belum punya peserta.", "This class has no participants yet.").render())
        return
    name_width = min(max(len(row.full_name) for row in rates.rows), 32)
    name_head = "Nama" if lang == "id" else "Name"
    jp_head = "Hadir/JP" if lang == "id" else "Att./JP"
    min_head = "Min." if lang == "id" else "Min."
    verdict_head = "Keterangan" if lang == "id" else "Verdict"
    print()
    print(f"{'No':>3}  {name_head:<{name_width}}  {'H':>3} {'I':>3} {'S':>3} {'A':>3}  "
          f"{jp_head:>9}  {'%':>6}  {min_head:>4}  {verdict_head}")
    for row in rates.rows:
        name = row.full_name if len(row.full_name) <= name_width else row.full_name[:name_width - 1] + "…"
        verdict = VERDICT_LABELS[row.verdict].render()
        if row.status not in ATTENDING:
            verdict += Text(" (keluar)", " (left)").render()
        if row.unmarked:
            verdict += Text(" [{n} belum diisi]", " [{n} not recorded]", {"n": row.unmarked}).render()
        jp = f"{row.attended_jp}/{row.counted_jp}"
        print(f"{row.number:>3}  {name:<{name_width}}  {row.counts.get('H', 0):>3} {row.counts.get('I', 0):>3} "
              f"{row.counts.get('S', 0):>3} {row.counts.get('A', 0):>3}  {jp:>9}  "
              f"{format_pct(row.rate_pct, lang):>6}  {row.min_pct:>3}%  {verdict}")
    print()
    shown = ", ".join(f"{VERDICT_LABELS[v].render()}: {n}" for v, n in verdicts.items() if n)
    print(Text("{count} peserta. {verdicts}.", "{count} participants. {verdicts}.",
               {"count": sum(verdicts.values()), "verdicts": shown or "-"}).render())
    if rates.unmarked_sessions:
        days = ", ".join(_date(day) for _sid, day in rates.unmarked_sessions)
        print(Text("Kehadiran belum lengkap diisi untuk pertemuan: {days}.",
                   "Attendance not fully recorded for the sessions of: {days}.", {"days": days}).render())


# --- registration -------------------------------------------------------------------------------

_PRINT_GROUP = "_lpks_print_documents"


def print_group(commands, h):
    """The subcommands of ``print`` (one per kind of document), made on first use."""
    existing = getattr(commands, _PRINT_GROUP, None)
    if existing is not None:
        return existing
    printing = commands.add_parser("print", help=h(
        "cetak dokumen ke PDF (daftar hadir, ...)", "print documents to PDF (attendance sheets, ...)"))
    documents = printing.add_subparsers(dest="document", required=True,
                                        metavar=h("DOKUMEN", "DOCUMENT"))
    setattr(commands, _PRINT_GROUP, documents)
    return documents


def add_commands(commands, h) -> None:
    """Register ``print attendance`` and ``attendance``; ``h`` words help in the user's language."""
    code = "KODE" if current_language() == "id" else "CODE"
    sheets = print_group(commands, h).add_parser("attendance", help=h(
        "daftar hadir pertemuan kelas (semua, satu hari, atau daftar hadir kelas dengan --grid)",
        "a class's attendance sheets (all, one day's, or the class grid with --grid)"))
    sheets.add_argument("--class", dest="class_code", required=True, metavar=code,
                        help=h("kode kelas (lihat perintah classes)", "class code (see the classes command)"))
    which = sheets.add_mutually_exclusive_group()
    which.add_argument("--date", type=iso_date, metavar=h("TTTT-BB-HH", "YYYY-MM-DD"), help=h(
        "hanya daftar hadir pertemuan hari itu", "only the sheets of that day's sessions"))
    which.add_argument("--grid", action="store_true", help=h(
        "daftar hadir kelas: peserta kali tanggal pertemuan (mendatar)",
        "the class grid: participants by session dates (landscape)"))
    sheets.add_argument("--with-marks", action="store_true", help=h(
        "isi daftar hadir kelas dengan kehadiran yang sudah dicatat",
        "fill the class grid with the marks recorded so far"))
    sheets.add_argument("--nik", action="store_true", help=h("tampilkan NIK", "show the NIK"))
    sheets.add_argument("--blank-rows", type=_blank_rows, default=0, metavar="N", help=h(
        f"baris kosong untuk peserta tambahan (0-{MAX_BLANK_ROWS})",
        f"blank rows for walk-ins (0-{MAX_BLANK_ROWS})"))
    sheets.add_argument("--paper", type=_paper, default=None, metavar="A4|F4", help=h(
        "ukuran kertas (bawaan: pengaturan lembaga)", "paper size (default: the institution's setting)"))
    orientation = sheets.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=None, help=h(
        "mendatar (bawaan untuk --grid)", "landscape (the default with --grid)"))
    orientation.add_argument("--portrait", dest="landscape", action="store_false", default=None, help=h(
        "tegak (bawaan untuk daftar hadir pertemuan)", "portrait (the default for session sheets)"))
    sheets.add_argument("-o", "--output", required=True, metavar=h("FILE.pdf", "FILE.pdf"), help=h(
        "file PDF yang ditulis", "the PDF file to write"))
    sheets.set_defaults(func=cmd_print_attendance)

    rates = commands.add_parser("attendance", help=h(
        "tingkat kehadiran dan kelayakan setiap peserta satu kelas",
        "each participant's attendance rate and eligibility in one class"))
    rates.add_argument("--class", dest="class_code", required=True, metavar=code,
                       help=h("kode kelas (lihat perintah classes)", "class code (see the classes command)"))
    rates.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    rates.set_defaults(func=cmd_attendance)
