"""Command-line import of registrant lists: ``import participants FILE``.

Prints every problem with its sheet row and column ("Baris 7, kolom C (NIK): ..."),
the changes to participants already stored (before -> after), and writes only
when nothing is wrong (or, with --valid-only, the rows that are right).
Exit 0 when everything was fine, 1 when anything was wrong or refused.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from .core.database import DatabaseLocation
from .core.i18n import Text, current_language

EXIT_OK, EXIT_USER = 0, 1
_CHANGES_SHOWN = 200  # a text report lists this many changed people; --json lists all


def _say(text: Text, *, file=None) -> None:
    print(text.render(), file=file or sys.stdout)


def _value(value) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, dt.date):
        from .core.validation import format_date_en, format_date_id

        return format_date_id(value) if current_language() == "id" else format_date_en(value)
    return str(value)


def _plain(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _find_institution(code: str):
    from .core.errors import UserError
    from .core.models import Institution

    found = Institution.get_or_none(Institution.code == code.strip().upper())
    if found is None:
        codes = ", ".join(c for (c,) in Institution.select(Institution.code).order_by(Institution.code).tuples())
        raise UserError(Text('Tidak ada lembaga berkode "{code}". Yang ada: {codes}.',
                             'There is no institution with the code "{code}". Known: {codes}.',
                             {"code": code, "codes": codes or "-"}))
    return found


def cmd_import_participants(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.importing import ImportRefused, apply_import, plan_import
    from .core.importing.headers import FIELD_LABELS
    from .core.services.classes import find_class

    with open_store(location) as store:
        institution = _find_institution(args.institution) if args.institution else None
        klass = find_class(args.class_code) if args.class_code else None
        progress = _progress if sys.stderr.isatty() and not args.json else None
        plan = plan_import(args.file, class_id=klass.id if klass else None,
                           institution_id=institution.id if institution else None, progress=progress)
        if progress:
            print(file=sys.stderr)
        result, refused = None, None
        if not args.dry_run:
            try:
                result = apply_import(store, plan, valid_only=args.valid_only, progress=progress)
            except ImportRefused as exc:
                refused = exc
            if progress:
                print(file=sys.stderr)
    if args.json:
        print(json.dumps(_as_json(plan, result, refused, args), ensure_ascii=False, indent=2))
    else:
        _report(plan, result, refused, args, FIELD_LABELS)
    return EXIT_USER if plan.errors else EXIT_OK


def _progress(done: int, total: int, label: str) -> None:
    print(f"\r[{done}/{total}] {label:<40}", end="", file=sys.stderr, flush=True)


def _report(plan, result, refused, args, labels) -> None:
    where = {"file": plan.path.name, "sheet": plan.sheet.name, "row": plan.header_row or "-",
             "rows": plan.rows_read}
    _say(Text('Berkas {file}, lembar "{sheet}": judul kolom di baris {row}, {rows} baris data.',
              'File {file}, sheet "{sheet}": headings in row {row}, {rows} data rows.', where))
    for column in plan.columns:
        name = plan.mapping.get(column.index)
        target = labels[name].render() if name else Text("(tidak diimpor)", "(not imported)").render()
        print(f"  {column.letter:>3}  {(column.shown or '-')[:40]:<40} -> {target}")
    if plan.problems:
        _say(Text("Masalah: {errors} kesalahan, {warnings} peringatan.",
                  "Problems: {errors} errors, {warnings} warnings.",
                  {"errors": len(plan.errors), "warnings": len(plan.warnings)}))
        for problem in plan.problems:
            tag = (Text("KESALAHAN", "ERROR") if problem.is_error else Text("peringatan", "warning")).render()
            print(f"  [{tag}] {problem.located()}")
    if plan.updates:
        _say(Text("Peserta yang sudah ada dan akan diubah ({count}):",
                  "Stored participants that would change ({count}):", {"count": len(plan.updates)}))
        for planned in plan.updates[:_CHANGES_SHOWN]:
            changes = "; ".join(f"{labels[name].render()}: {_value(old)} -> {_value(new)}"
                                for name, (old, new) in planned.changes.items())
            print(f"  {Text('Baris', 'Row').render()} {planned.row}, NIK {planned.nik}, "
                  f"{planned.full_name}: {changes}")
        if len(plan.updates) > _CHANGES_SHOWN:
            _say(Text("  ... dan {more} lagi (lihat --json).", "  ... and {more} more (see --json).",
                      {"more": len(plan.updates) - _CHANGES_SHOWN}))
    _say(plan.summary())
    if args.dry_run:
        _say(Text("Uji coba (--dry-run): tidak ada yang disimpan.", "Dry run (--dry-run): nothing was saved."))
    elif refused is not None:
        _say(Text("{message}", "{message}", {"message": refused.render()}))
    elif result is not None:
        _say(result.summary())
        for warning in result.warnings:
            print(f"  {warning.message()}")


def _as_json(plan, result, refused, args) -> dict:
    return {
        "file": str(plan.path),
        "sheet": plan.sheet.name,
        "header_row": plan.header_row,
        "rows": plan.rows_read,
        "mapping": {column.letter: {"heading": column.shown, "field": plan.mapping.get(column.index)}
                    for column in plan.columns},
        "mapping_source": plan.mapping_source,
        "ok": plan.ok,
        "errors": len(plan.errors),
        "warnings": len(plan.warnings),
        "problems": [p.as_dict() for p in plan.problems],
        "new": [{"row": p.row, "nik": p.nik, "full_name": p.full_name} for p in plan.new_rows],
        "updates": [{"row": p.row, "nik": p.nik, "full_name": p.full_name, "participant_id": p.participant_id,
                     "changes": {name: [_plain(old), _plain(new)] for name, (old, new) in p.changes.items()}}
                    for p in plan.updates],
        "unchanged": [{"row": p.row, "nik": p.nik} for p in plan.unchanged],
        "rejected_rows": plan.rejected_rows,
        "register": [{"row": p.row, "nik": p.nik} for p in plan.to_register],
        "already_registered": [{"row": p.row, "nik": p.nik, "status": p.enrolled_status}
                               for p in plan.already_registered],
        "dry_run": bool(args.dry_run),
        "written": bool(result and result.written),
        "refused": refused.render() if refused is not None else None,
        "result": None if result is None else {
            "inserted": result.inserted, "updated": result.updated, "unchanged": result.unchanged,
            "registered": result.registered, "skipped_rows": result.skipped_rows,
            "registration": result.registration or None},
    }


def add_commands(commands, h) -> None:
    """Register ``import`` on the main parser's subparsers; ``h`` words help in the user's language."""
    code = "KODE" if current_language() == "id" else "CODE"
    importing = commands.add_parser("import", help=h(
        "impor data dari berkas Excel (.xlsx) atau CSV", "import records from an Excel (.xlsx) or CSV file"))
    kinds = importing.add_subparsers(dest="import_kind", metavar=h("JENIS", "KIND"), required=True)
    participants = kinds.add_parser("participants", help=h(
        "daftar peserta/pendaftar; semua masalah ditampilkan sekaligus, tidak ada yang disimpan bila "
        "ada kesalahan",
        "a list of participants/registrants; every problem is shown at once, nothing is saved while "
        "any error exists"))
    participants.add_argument("file", metavar=h("BERKAS", "FILE"), help=h(
        "berkas .xlsx atau .csv", ".xlsx or .csv file"))
    participants.add_argument("--institution", metavar=code, help=h(
        "lembaga yang mengimpor (pemetaan kolom diingat per lembaga)",
        "the importing institution (column mappings are remembered per institution)"))
    participants.add_argument("--class", dest="class_code", metavar=code, help=h(
        "daftarkan setiap peserta ke kelas ini (status terdaftar)",
        "register each participant into this class (status registered)"))
    participants.add_argument("--dry-run", action="store_true", help=h(
        "hanya periksa dan laporkan; tidak ada yang disimpan", "only check and report; nothing is saved"))
    participants.add_argument("--valid-only", action="store_true", help=h(
        "impor baris yang benar saja dan lewati baris bermasalah",
        "import only the valid rows and skip the rows with problems"))
    participants.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    participants.set_defaults(func=cmd_import_participants)
