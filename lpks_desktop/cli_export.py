"""Command-line exports: ``export participants FILE`` and ``export class-list FILE`` to
.xlsx or .csv that open correctly in Excel."""

from __future__ import annotations

import sys
from pathlib import Path

from .core.database import DatabaseLocation
from .core.i18n import Text, current_language

EXIT_OK, EXIT_USER = 0, 1

NO_INSTITUTION = Text('Tidak ada lembaga berkode "{code}". Yang ada: {codes}.',
                      'There is no institution with the code "{code}". Known: {codes}.')
WRITTEN = Text("{count} baris ditulis ke {path}", "{count} rows written to {path}")


def _check_name(path: str) -> None:
    """A bad file name is refused before the database is opened."""
    from .core.exporting import export_format

    export_format(path)


def _institution_id(code: str | None) -> int | None:
    from .core.errors import UserError
    from .core.models import Institution

    if not code:
        return None
    institution = Institution.get_or_none(Institution.code == code.strip().upper())
    if institution is None:
        codes = ", ".join(c for (c,) in Institution.select(Institution.code)
                          .order_by(Institution.code).tuples())
        raise UserError(NO_INSTITUTION.format(code=code.strip(), codes=codes or "-"))
    return institution.id


def cmd_export_participants(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.exporting import export_participants
    from .core.services.classes import find_class

    _check_name(args.file)
    with open_store(location):
        class_id = find_class(args.class_code).id if args.class_code else None
        institution_id = _institution_id(args.institution)
        count = export_participants(args.file, class_id=class_id, institution_id=institution_id,
                                    semicolon=args.semicolon, excel_text=not args.plain,
                                    include_archived=args.archived)
    print(WRITTEN.format(count=count, path=str(Path(args.file))).render())
    return EXIT_OK


def cmd_export_class_list(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.exporting import export_class_list
    from .core.services.classes import find_class

    _check_name(args.file)
    with open_store(location):
        klass = find_class(args.class_code)
        count = export_class_list(args.file, klass.id, semicolon=args.semicolon,
                                  excel_text=not args.plain)
    print(WRITTEN.format(count=count, path=str(Path(args.file))).render())
    return EXIT_OK


def cmd_export_missing(args, location: DatabaseLocation) -> int:
    print(Text("Sebutkan apa yang diekspor: participants atau class-list.",
               "Say what to export: participants or class-list.").render(), file=sys.stderr)
    return 2


def _csv_options(parser, h) -> None:
    parser.add_argument("--semicolon", action="store_true", help=h(
        "CSV dengan pemisah titik koma (Excel berbahasa Indonesia)",
        "CSV separated by semicolons (Excel set to Indonesian)"))
    parser.add_argument("--plain", action="store_true", help=h(
        "CSV tanpa tanda teks (') di depan NIK dan nomor, untuk program selain Excel",
        "CSV without the text mark (') before NIKs and numbers, for programs other than Excel"))


def add_commands(commands, h) -> None:
    """Register ``export`` on the main parser's subparsers; ``h`` words help in the user's language."""
    code = "KODE" if current_language() == "id" else "CODE"
    file = "BERKAS" if current_language() == "id" else "FILE"
    export = commands.add_parser("export", help=h(
        "ekspor data peserta atau daftar kelas ke .xlsx atau .csv",
        "export participants or a class list to .xlsx or .csv"))
    export.set_defaults(func=cmd_export_missing)
    kinds = export.add_subparsers(dest="export_kind", metavar=h("JENIS", "KIND"))

    participants = kinds.add_parser("participants", help=h(
        "data pribadi peserta (semua, satu kelas, atau satu lembaga)",
        "participants' personal details (all, one class, or one institution)"))
    participants.add_argument("file", metavar=file, help=h(
        "berkas tujuan, berakhiran .xlsx atau .csv", "the file to write, ending in .xlsx or .csv"))
    participants.add_argument("--class", dest="class_code", metavar=code, help=h(
        "hanya peserta kelas ini", "only this class's participants"))
    participants.add_argument("--institution", metavar=code, help=h(
        "hanya peserta kelas-kelas lembaga ini", "only participants of this institution's classes"))
    participants.add_argument("--archived", action="store_true", help=h(
        "sertakan peserta yang diarsipkan", "include archived participants"))
    _csv_options(participants, h)
    participants.set_defaults(func=cmd_export_participants)

    class_list = kinds.add_parser("class-list", help=h(
        "daftar peserta satu kelas dengan status dan urutan cadangan",
        "one class's people with their status and reserve rank"))
    class_list.add_argument("file", metavar=file, help=h(
        "berkas tujuan, berakhiran .xlsx atau .csv", "the file to write, ending in .xlsx or .csv"))
    class_list.add_argument("--class", dest="class_code", required=True, metavar=code, help=h(
        "kode kelas (lihat perintah classes)", "class code (see the classes command)"))
    _csv_options(class_list, h)
    class_list.set_defaults(func=cmd_export_class_list)
