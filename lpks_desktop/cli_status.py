"""Command line: ``status`` answers "what is my status?" for a NIK, a phone number or a name."""

from __future__ import annotations

import datetime as dt
import json
import sys

from .core.database import DatabaseLocation
from .core.i18n import Text, current_language
from .core.validation import format_date_en, format_date_id, format_phone_local

EXIT_OK, EXIT_USER = 0, 1
DEFAULT_LIMIT = 20


def _date(day: dt.date | None) -> str:
    if day is None:
        return "-"
    return format_date_id(day) if current_language() == "id" else format_date_en(day)


def _local(moment: dt.datetime) -> dt.datetime:
    """Stored times are UTC; the clerk reads their own clock."""
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _moment(moment: dt.datetime | None) -> str:
    if moment is None:
        return "-"
    local = _local(moment)
    clock = local.strftime("%H.%M" if current_language() == "id" else "%H:%M")
    return f"{_date(local.date())} {clock}"


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()


def _as_json(people: list[dict]) -> list[dict]:
    lang = current_language()
    return [{
        **{key: person[key] for key in ("id", "nik", "full_name", "sex", "phone", "city", "archived",
                                        "prakerja_card_number", "matched_by")},
        "birth_date": _iso(person["birth_date"]),
        "classes": [{
            **{key: c[key] for key in ("enrollment_id", "class_code", "class_name", "class_status",
                                       "institution_code", "institution_name", "program_name",
                                       "funding", "status", "reason", "changed_by", "reserve_rank",
                                       "prakerja_redeem_code")},
            "status_label": c["status_label"].render(lang),
            "since": _iso(c["since"]), "registered_at": _iso(c["registered_at"]),
            "start_date": _iso(c["start_date"]), "end_date": _iso(c["end_date"]),
            "prakerja_redeemed_at": _iso(c["prakerja_redeemed_at"]),
        } for c in person["classes"]],
    } for person in people]


def _person_lines(person: dict) -> list[str]:
    phone = format_phone_local(person["phone"]) if person["phone"] else "-"
    head = f"{person['full_name']}  NIK {person['nik']}  {phone}"
    if person["archived"]:
        head += "  " + Text("(diarsipkan)", "(archived)").render()
    lines = [head]
    if not person["classes"]:
        lines.append("  " + Text("Belum terdaftar di kelas mana pun.",
                                 "Not registered in any class yet.").render())
    for c in person["classes"]:
        period = f"{_date(c['start_date'])} – {_date(c['end_date'])}"
        lines.append(f"  {c['class_code']}  {c['class_name']}  ({c['institution_code']}, "
                     f"{c['program_name']}; {period})")
        status = c["status_label"].render()
        if c["reserve_rank"] is not None:
            status += Text(" no. {rank}", " no. {rank}", {"rank": c["reserve_rank"]}).render()
        line = "    " + Text("{status} sejak {since}", "{status} since {since}",
                             {"status": status, "since": _moment(c["since"])}).render()
        if c["reason"]:
            line += f" — {c['reason']}"
        lines.append(line)
        if c["prakerja_redeem_code"] or c["funding"] == "prakerja":
            lines.append("    " + _prakerja(c).render())
    return lines


def _prakerja(c: dict) -> Text:
    if not c["prakerja_redeem_code"]:
        return Text("Prakerja: kode redeem belum dicatat", "Prakerja: no redeem code recorded yet")
    if c["prakerja_redeemed_at"] is None:
        return Text("Prakerja: kode {code}, belum ditukarkan", "Prakerja: code {code}, not redeemed yet",
                    {"code": c["prakerja_redeem_code"]})
    return Text("Prakerja: kode {code}, ditukarkan {at}", "Prakerja: code {code}, redeemed {at}",
                {"code": c["prakerja_redeem_code"], "at": _moment(c["prakerja_redeemed_at"])})


def cmd_status(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.status_lookup import lookup, read_query

    text = " ".join(args.query)
    query = read_query(text)
    with open_store(location):
        people = lookup(text, limit=args.limit + 1)
    more = len(people) > args.limit
    people = people[:args.limit]
    if args.json:
        print(json.dumps(_as_json(people), ensure_ascii=False, indent=2))
    else:
        for number, person in enumerate(people):
            if number:
                print()
            print("\n".join(_person_lines(person)))
        if more:
            print()
            print(Text("Lebih dari {limit} orang ditemukan; ketik lebih lengkap (NIK lebih pasti).",
                       "More than {limit} people found; type more of it (a NIK is surest).",
                       {"limit": args.limit}).render())
    if not people:
        print(query.hint().render(), file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


def _limit(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 500:
        raise argparse.ArgumentTypeError(Text(
            "harus bilangan bulat antara 1 dan 500, tertulis {value!r}",
            "must be a whole number from 1 to 500, got {value!r}", {"value": text}).render())
    return value


def add_commands(commands, h) -> None:
    """Register the commands on the main parser's subparsers; ``h`` words help in the user's language."""
    status = commands.add_parser("status", help=h(
        "status seseorang di semua kelasnya: cari dengan NIK, nomor telepon atau nama; kode keluar "
        "1 bila tidak ada yang ditemukan",
        "a person's status in all their classes: search by NIK, phone number or name; exit code 1 "
        "when nobody is found"))
    status.add_argument("query", nargs="+", metavar="NIK|TELEPON|NAMA" if current_language() == "id"
                        else "NIK|PHONE|NAME", help=h(
                            "NIK (16 digit atau paling sedikit 6 digit pertama), nomor telepon "
                            "(08..., 62..., +62...) atau nama",
                            "NIK (16 digits or at least the first 6), phone number (08..., 62..., "
                            "+62...) or name"))
    status.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N", help=h(
        f"paling banyak N orang (bawaan {DEFAULT_LIMIT})", f"at most N people (default {DEFAULT_LIMIT})"))
    status.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    status.set_defaults(func=cmd_status)
