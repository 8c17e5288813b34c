"""Command-line commands about classes and their schedules: ``classes``, ``schedule``, ``conflicts``."""

from __future__ import annotations

import json
import sys

from .core.database import DatabaseLocation
from .core.i18n import Text, current_language
from .core.validation import format_date_en, format_date_id

EXIT_OK, EXIT_USER = 0, 1


def _date(day) -> str:
    if day is None:
        return "-"
    return format_date_id(day) if current_language() == "id" else format_date_en(day)


def _clock(t) -> str:
    text = t.strftime("%H:%M")
    return text.replace(":", ".") if current_language() == "id" else text


def _iso(value):
    return None if value is None else value.isoformat()


def cmd_classes(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.models import Institution
    from .core.services.class_records import STATUS_LABELS, ClassListing
    from .core.services.listing import ListRequest

    with open_store(location):
        filters = {}
        if args.institution:
            institution = Institution.get_or_none(Institution.code == args.institution.strip().upper())
            if institution is None:
                codes = ", ".join(code for (code,) in Institution.select(Institution.code).tuples())
                print(Text('Tidak ada lembaga berkode "{code}". Yang ada: {codes}.',
                           'There is no institution with the code "{code}". Known: {codes}.',
                           {"code": args.institution, "codes": codes or "-"}).render(), file=sys.stderr)
                return EXIT_USER
            filters["institution_id"] = institution.id
        listing = ClassListing()
        request = ListRequest(filters=filters, sort_key="start_date")
        rows = [dict(zip(("id", *listing.keys), row))
                for row in listing.page(request, 0, listing.count(request) or 1)]
    if args.json:
        for row in rows:
            row["start_date"], row["end_date"] = _iso(row["start_date"]), _iso(row["end_date"])
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(Text("Belum ada kelas.", "No classes yet.").render())
    for row in rows:
        period = f"{_date(row['start_date'])} – {_date(row['end_date'])}"
        print(f"{row['code']:<22} {row['name'][:44]:<44} {row['institution']:<9} {period:<36} "
              f"{STATUS_LABELS[row['status']].render():<19} {row['seated']:>3}/{row['capacity']:<3}")
    return EXIT_OK


def cmd_schedule(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.classes import class_schedule, find_class

    with open_store(location):
        klass = find_class(args.class_code)
        sessions = class_schedule(klass.id)
    if args.json:
        print(json.dumps({
            "class": {"code": klass.code, "name": klass.name, "status": klass.status,
                      "start_date": _iso(klass.start_date), "end_date": _iso(klass.end_date)},
            "sessions": [{
                "number": s["number"], "date": s["date"].isoformat(),
                "start_time": s["start_time"].strftime("%H:%M"), "end_time": s["end_time"].strftime("%H:%M"),
                "jp": s["jp"], "unit_code": s["unit_code"], "unit_title": s["unit_title"], "topic": s["topic"],
                "room": s["room_name"], "status": s["status"], "cancel_reason": s["cancel_reason"],
                "trainers": [{"name": t["name"], "role": t["role"]} for t in s["trainers"]],
                "journal_jp": s["journal_jp"]} for s in sessions]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{klass.code}  {klass.name}")
    if not sessions:
        print(Text("Kelas ini belum punya jadwal.", "This class has no sessions yet.").render())
    for s in sessions:
        number = f"{s['number']:>3}" if s["number"] else "  -"
        trainers = ", ".join(t["name"] + ("" if t["role"] == "lead" else " (asisten)"
                                          if current_language() == "id" else " (assistant)")
                             for t in s["trainers"]) or "-"
        line = (f"{number} {_date(s['date']):<18} {_clock(s['start_time'])}–{_clock(s['end_time'])} "
                f"{s['jp']:>2} JP  {(s['unit_code'] or ''):<16} {(s['room_name'] or '-'):<18} {trainers}")
        if s["status"] == "cancelled":
            line += "  " + Text("[batal: {reason}]", "[cancelled: {reason}]",
                                {"reason": s["cancel_reason"] or "-"}).render()
        print(line)
    return EXIT_OK


def cmd_conflicts(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.conflicts import all_conflicts

    with open_store(location):
        conflicts = all_conflicts()
    hard = [c for c in conflicts if c.hard and not c.overridden]
    if args.json:
        print(json.dumps([{
            "kind": c.kind, "hard": c.hard, "session_id": c.session_id, "other_session_id": c.other_session_id,
            "subject_id": c.subject_id, "subject": c.subject_name, "message": c.message.render(),
            "overridden": c.overridden, "override_reason": c.override_reason} for c in conflicts],
            ensure_ascii=False, indent=2))
    else:
        for c in conflicts:
            tag = ("BENTROK" if current_language() == "id" else "CONFLICT") if c.hard else (
                "PERINGATAN" if current_language() == "id" else "WARNING")
            if c.overridden:
                tag += Text(" (diterima: {reason})", " (accepted: {reason})",
                            {"reason": c.override_reason}).render()
            print(f"{tag}: {c.message.render()}")
        print(Text("{hard} bentrok, {accepted} diterima dengan alasan, {warnings} peringatan.",
                   "{hard} conflicts, {accepted} accepted with a reason, {warnings} warnings.",
                   {"hard": len(hard), "accepted": sum(1 for c in conflicts if c.hard and c.overridden),
                    "warnings": sum(1 for c in conflicts if not c.hard)}).render())
    return EXIT_USER if hard else EXIT_OK


def add_commands(commands, h) -> None:
    """Register the commands on the main parser's subparsers; ``h`` words help in the user's language."""
    classes = commands.add_parser("classes", help=h(
        "daftar kelas beserta kodenya", "list classes with their codes"))
    classes.add_argument("--institution", metavar="KODE" if current_language() == "id" else "CODE",
                         help=h("hanya kelas lembaga ini", "only this institution's classes"))
    classes.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    classes.set_defaults(func=cmd_classes)

    schedule = commands.add_parser("schedule", help=h(
        "jadwal pertemuan satu kelas, dengan instruktur dan ruangan",
        "one class's sessions with trainers and rooms"))
    schedule.add_argument("--class", dest="class_code", required=True,
                          metavar="KODE" if current_language() == "id" else "CODE",
                          help=h("kode kelas (lihat perintah classes)", "class code (see the classes command)"))
    schedule.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    schedule.set_defaults(func=cmd_schedule)

    conflicts = commands.add_parser("conflicts", help=h(
        "semua bentrok jadwal dalam basis data; kode keluar 1 bila ada bentrok",
        "every schedule conflict in the database; exit code 1 when a hard conflict exists"))
    conflicts.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    conflicts.set_defaults(func=cmd_conflicts)
