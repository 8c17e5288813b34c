"""Command-line commands about certificates: ``print certificates`` (issue numbers to those
eligible, then print), ``verify`` (check a scanned code offline), ``certificates`` (a class's
certificates and who is still without one; ``revoke`` and ``reissue``), ``register`` (the
buku induk as PDF or XLSX) and ``keys`` (the signing keys; export and import public keys).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

from .cli_attendance import iso_date
from .core.database import DatabaseLocation
from .core.errors import UserError
from .core.i18n import Text, current_language
from .core.validation import format_date_en, format_date_id

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2

CANNOT_WRITE = Text("Tidak dapat menulis {path}: {reason}", "Cannot write {path}: {reason}")
NOBODY_TO_PRINT = Text(
    "Kelas {code} belum punya sertifikat yang dapat dicetak: tidak ada peserta yang layak dan "
    "belum ada sertifikat yang berlaku.",
    "Class {code} has no certificate to print: nobody is eligible and no valid certificate has "
    "been issued yet.")
NO_PARTICIPANTS = Text("Kelas {code} belum punya peserta.", "Class {code} has no participants yet.")
NO_SUCH_CERTIFICATE = Text(
    'Tidak ada sertifikat bernomor "{number}".{hint_id}',
    'There is no certificate numbered "{number}".{hint_en}')
CLASS_NEEDED = Text(
    "Sebutkan kelasnya dengan --class KODE, atau pakai certificates revoke/reissue NOMOR.",
    "Name the class with --class CODE, or use certificates revoke/reissue NUMBER.")
EMPTY_REASON = Text("Alasan (--reason) tidak boleh kosong.", "The reason (--reason) must not be empty.")
REGISTER_SUFFIX = Text(
    'Buku induk ditulis sebagai .pdf atau .xlsx; "{name}" berakhiran lain.',
    'The register is written as .pdf or .xlsx; "{name}" ends otherwise.')
UNCONFIRMED_CLAIM = Text(
    "Isi kode menurut kode itu sendiri, TIDAK dijamin oleh tanda tangan:",
    "What the code itself says, NOT vouched for by a signature:")
NO_STDIN = Text("Tidak ada kode yang dibaca dari masukan standar.", "No code was read from standard input.")
CHOOSE_INSTITUTION = Text(
    "Basis data ini memuat beberapa lembaga ({codes}); pilih satu dengan --institution KODE.",
    "This database holds several institutions ({codes}); choose one with --institution CODE.")
STATUS_WORDS = {"valid": Text("berlaku", "valid"), "revoked": Text("dicabut", "revoked"),
                "replaced": Text("diganti", "replaced")}
NO_INSTITUTIONS = Text("Belum ada lembaga di basis data ini.", "This database holds no institutions yet.")


def _say(text: Text, *, file=None) -> None:
    print(text.render(), file=file or sys.stdout)


def _date(day: dt.date | None) -> str:
    if day is None:
        return "-"
    return format_date_id(day) if current_language() == "id" else format_date_en(day)


def _plain(value):
    """A value as JSON holds it: dates in ISO form, decimals as numbers, Text in the language."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Text):
        return value.render()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1900 <= value <= 9999:
        raise argparse.ArgumentTypeError(Text(
            "tahun harus empat angka, misalnya 2026; tertulis {text!r}",
            "the year must have four digits, e.g. 2026; got {text!r}", {"text": text}).render())
    return value


def _design(text: str) -> str:
    from .documents.certificate_designs import DESIGNS

    wanted = text.strip().lower()
    if wanted not in DESIGNS:
        raise argparse.ArgumentTypeError(Text(
            "desain harus classic, modern atau simple; tertulis {text!r}",
            "the design must be classic, modern or simple; got {text!r}", {"text": text}).render())
    return wanted


def _certificate_json(row) -> dict:
    data = dataclasses.asdict(row) if dataclasses.is_dataclass(row) else dict(vars(row))
    return _plain(data)


def _find_certificate(number: str):
    """The certificate with this number (exactly, else ignoring case), or a ``UserError``."""
    import peewee

    from .core.models import Certificate

    wanted = number.strip()
    found = Certificate.get_or_none(Certificate.number == wanted)
    if found is None:
        found = Certificate.get_or_none(peewee.fn.LOWER(Certificate.number) == wanted.lower())
    if found is not None:
        return found
    tail = wanted.split("/")[0] if "/" in wanted else wanted
    similar = [n for (n,) in Certificate.select(Certificate.number)
               .where(Certificate.number.contains(tail)).order_by(Certificate.number).limit(5).tuples()]
    hint_id = f" Mungkin: {', '.join(similar)}." if similar else ""
    hint_en = f" Perhaps: {', '.join(similar)}." if similar else ""
    raise UserError(NO_SUCH_CERTIFICATE.format(number=wanted, hint_id=hint_id, hint_en=hint_en))


def _institution_id(code: str | None) -> int:
    """The institution named by ``--institution``; without it, the only one there is."""
    from .cli_export import _institution_id as by_code
    from .core.models import Institution

    if code:
        return by_code(code)
    rows = list(Institution.select(Institution.id, Institution.code).where(~Institution.archived)
                .order_by(Institution.code).tuples())
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise UserError(NO_INSTITUTIONS)
    raise UserError(CHOOSE_INSTITUTION.format(codes=", ".join(c for _i, c in rows)))


def _progress(done: int, total: int, *_rest) -> None:
    if sys.stderr.isatty():
        print(f"\r[{done}/{total}]", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)


# --- print certificates -------------------------------------------------------------------------


def _without_certificate(class_id: int, *, eligible: bool) -> list:
    """Those attending without a valid certificate who may get one (``eligible``), or who
    may not yet (each with the reasons)."""
    from .core.services.eligibility import class_eligibility

    return [row for row in class_eligibility(class_id)
            if row.eligible == eligible and row.certificate_status != "valid"]


def _reasons(row) -> str:
    return "; ".join(reason.text.render() for reason in row.reasons) or "-"


def cmd_print_certificates(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services import certificates as service
    from .core.services.classes import find_class

    with open_store(location) as store:
        klass = find_class(args.class_code)
        issued = []
        # Only when someone can get a number: issuing refuses (rightly) a batch of nobody, while
        # here the certificates already issued are still to be printed.
        if not args.no_issue and _without_certificate(klass.id, eligible=True):
            issued = list(service.issue_certificates(store, klass.id, issued_on=args.issued_on).issued)
        printable = [row for row in service.class_certificates(klass.id, include_inactive=False)
                     if row.status == "valid"]
        waiting = _without_certificate(klass.id, eligible=False)
        pending = _without_certificate(klass.id, eligible=True)
        if not printable:
            if not waiting:
                raise UserError(NO_PARTICIPANTS.format(code=klass.code))
            people = "\n".join(f"  {row.number:>3}. {row.full_name}: {_reasons(row)}" for row in waiting)
            raise UserError(Text(NOBODY_TO_PRINT.id + "\n{people}", NOBODY_TO_PRINT.en + "\n{people}",
                                 {"code": klass.code, "people": people}))
        from .core.services import certificate_documents as documents

        ids = [row.id for row in printable]
        options = {"certificate_ids": ids, "design": args.design, "paper": args.paper,
                   "with_back": not args.no_back, "lang": args.language, "progress": _progress}
        try:
            if args.output:
                target = args.output
                pages = documents.write_certificates_pdf(target, klass.id, **options)
                files = 0
            else:
                target = args.per_person or args.zip
                names = documents.write_certificate_files_for_class(
                    Path(target), klass.id, as_zip=bool(args.zip), **options)
                files, pages = len(names), 0
        except OSError as exc:
            raise UserError(CANNOT_WRITE.format(path=target, reason=exc.strerror or str(exc))) from None
        service.mark_printed(store, ids)
    _print_summary(klass.code, issued, printable, waiting, pending, target=target, pages=pages, files=files)
    return EXIT_OK


def _print_summary(code: str, issued, printed, waiting, pending, *, target, pages: int, files: int) -> None:
    if issued:
        _say(Text("Sertifikat baru untuk kelas {code}: {count} ({numbers}).",
                  "New certificates issued for class {code}: {count} ({numbers}).",
                  {"count": len(issued), "code": code,
                   "numbers": ", ".join(row.number for row in issued)}))
    else:
        _say(Text("Tidak ada sertifikat baru yang diterbitkan untuk kelas {code}.",
                  "No new certificates were issued for class {code}.", {"code": code}))
    if files:
        _say(Text("Sertifikat dicetak: {count}, satu berkas per orang (berkas: {files}), ke {path}.",
                  "Certificates printed: {count}, one file each (files: {files}), to {path}.",
                  {"count": len(printed), "files": files, "path": target}))
    else:
        _say(Text("Sertifikat dicetak: {count} (halaman: {pages}) ke {path}.",
                  "Certificates printed: {count} (pages: {pages}) to {path}.",
                  {"count": len(printed), "pages": pages, "path": target}))
    if pending:
        _say(Text("Layak tetapi belum diterbitkan: {count} ({names}).",
                  "Eligible but not issued yet: {count} ({names}).",
                  {"count": len(pending), "names": ", ".join(row.full_name for row in pending)}))
    if waiting:
        _say(Text("Belum layak mendapat sertifikat: {count}", "Not eligible for a certificate yet: {count}",
                  {"count": len(waiting)}))
        for row in waiting:
            print(f"  {row.number:>3}. {row.full_name}: {_reasons(row)}")


# --- verify -------------------------------------------------------------------------------------


def cmd_verify(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.signing.verify import verify_payload

    text = args.payload
    if text == "-":
        text = sys.stdin.read()
        if not text.strip():
            raise UserError(NO_STDIN)
    with open_store(location):
        result = verify_payload(text)
    if args.json:
        claim = dataclasses.asdict(result.claim) if result.claim is not None else None
        print(json.dumps(_plain({
            "verdict": result.verdict, "ok": result.ok, "label": result.label,
            "message": result.message, "issuer": {"code": result.issuer_code, "name": result.issuer_name,
                                                  "own": result.own_issuer},
            "claim": claim, "recorded": result.recorded, "status_reason": result.status_reason,
            "status_date": result.status_date, "replaced_by": result.replaced_by,
            "certificate": _certificate_json(result.certificate) if result.certificate is not None else None,
        }), ensure_ascii=False, indent=2))
        return EXIT_OK if result.ok else EXIT_USER
    print(f"{result.label.render().upper()}")
    _say(result.message)
    claim = result.claim
    if claim is not None:
        details = [
            (Text("Nomor", "Number"), claim.number),
            (Text("Nama", "Name"), claim.name),
            (Text("Program", "Program"), claim.program),
            (Text("Pelatihan", "Training"), f"{_date(claim.start_date)} \u2013 {_date(claim.end_date)}"),
            (Text("Terbit", "Issued"), _date(claim.issued_on)),
            (Text("Penerbit", "Issuer"), " ".join(p for p in (result.issuer_code, result.issuer_name) if p)
             or "-"),
            (Text("Kunci", "Key"), claim.key_id),
        ]
        row = result.certificate
        if row is not None:
            details.append((Text("Kelas", "Class"), getattr(row, "class_code", "") or "-"))
            status = STATUS_WORDS.get(row.status, Text(row.status, row.status))
            details.append((Text("Status", "Status"), status.render()))
        if result.replaced_by:
            details.append((Text("Diganti dengan", "Replaced by"), result.replaced_by))
        if result.status_reason:
            details.append((Text("Alasan", "Reason"), result.status_reason))
        width = max(len(label.render()) for label, _v in details)
        print()
        if not result.signed:
            # Nothing vouches for these values: say so before they are read as facts.
            print(UNCONFIRMED_CLAIM.render())
        for label, value in details:
            print(f"  {label.render():<{width}}  {value}")
    return EXIT_OK if result.ok else EXIT_USER


# --- certificates (list, revoke, reissue) ------------------------------------------------------


def cmd_certificates(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.certificates import class_certificates
    from .core.services.classes import find_class
    from .core.services.eligibility import class_eligibility

    if not args.class_code:
        print(CLASS_NEEDED.render(), file=sys.stderr)
        return EXIT_USAGE
    with open_store(location):
        klass = find_class(args.class_code)
        certificates = class_certificates(klass.id, include_inactive=True)
        people = class_eligibility(klass.id)
        program = klass.program.name
    valid = {row.enrollment_id: row for row in certificates if row.status == "valid"}
    if args.json:
        print(json.dumps(_plain({
            "class": {"code": klass.code, "name": klass.name, "program": program},
            "participants": [{
                "number": p.number, "name": p.full_name, "eligible": p.eligible,
                "reasons": [{"code": r.code, "text": r.text} for r in p.reasons],
                "certificate": (_certificate_json(valid[p.enrollment_id])
                                if p.enrollment_id in valid else None),
            } for p in people],
            "certificates": [_certificate_json(row) for row in certificates],
            "summary": {
                "participants": len(people),
                "valid": sum(1 for row in certificates if row.status == "valid"),
                "revoked": sum(1 for row in certificates if row.status == "revoked"),
                "replaced": sum(1 for row in certificates if row.status == "replaced"),
                "eligible_without": sum(1 for p in people if p.eligible and p.enrollment_id not in valid),
                "not_eligible": sum(1 for p in people if not p.eligible and p.enrollment_id not in valid),
            },
        }), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{klass.code}  {klass.name}  ({program})")
    if not people and not certificates:
        _say(NO_PARTICIPANTS.format(code=klass.code))
        return EXIT_OK
    lang = current_language()
    name_width = min(max((len(p.full_name) for p in people), default=10), 32)
    number_width = max((len(row.number) for row in certificates), default=10)
    heads = (("Nama", "Nomor sertifikat", "Terbit", "Dicetak", "Keterangan") if lang == "id"
             else ("Name", "Certificate number", "Issued", "Printed", "Remarks"))
    print()
    print(f"{'No':>3}  {heads[0]:<{name_width}}  {heads[1]:<{number_width}}  {heads[2]:<18}  "
          f"{heads[3]:>7}  {heads[4]}")
    for p in people:
        name = p.full_name if len(p.full_name) <= name_width else p.full_name[:name_width - 1] + "\u2026"
        row = valid.get(p.enrollment_id)
        if row is not None:
            remark = STATUS_WORDS["valid"].render()
            print(f"{p.number:>3}  {name:<{name_width}}  {row.number:<{number_width}}  "
                  f"{_date(row.issued_on):<18}  {row.printed_count:>7}  {remark}")
            continue
        remark = (Text("layak, belum diterbitkan", "eligible, not issued yet").render() if p.eligible
                  else Text("belum layak: {why}", "not eligible: {why}", {"why": _reasons(p)}).render())
        if p.certificate_number and p.certificate_status in STATUS_WORDS:
            # A revoked certificate does not stop a new one: say which number went before.
            remark += f" ({p.certificate_number} {STATUS_WORDS[p.certificate_status].render()})"
        print(f"{p.number:>3}  {name:<{name_width}}  {'-':<{number_width}}  {'-':<18}  {'-':>7}  {remark}")
    listed = {p.enrollment_id for p in people}
    for row in certificates:
        if row.status == "valid" and row.enrollment_id not in listed:
            # Certified, then withdrew or was dismissed: the certificate still stands.
            remark = Text("berlaku (tidak lagi aktif di kelas)", "valid (no longer attending)").render()
            name = row.participant_name[:name_width]
            print(f"{'-':>3}  {name:<{name_width}}  {row.number:<{number_width}}  "
                  f"{_date(row.issued_on):<18}  {row.printed_count:>7}  {remark}")
    stopped = [row for row in certificates if row.status != "valid"]
    if stopped:
        print()
        _say(Text("Nomor yang tidak berlaku lagi:", "Numbers no longer valid:"))
        for row in stopped:
            print(f"     {row.participant_name:<{name_width}}  {row.number:<{number_width}}  "
                  f"{_date(row.issued_on):<18}  {row.printed_count:>7}  {_stopped_remark(row)}")
    print()
    _say(Text("Sertifikat berlaku: {valid}; layak tetapi belum diterbitkan: {eligible}; "
              "belum layak: {waiting}.",
              "Valid certificates: {valid}; eligible but not issued yet: {eligible}; not eligible yet: "
              "{waiting}.",
              {"valid": len(valid),
               "eligible": sum(1 for p in people if p.eligible and p.enrollment_id not in valid),
               "waiting": sum(1 for p in people if not p.eligible and p.enrollment_id not in valid)}))
    return EXIT_OK


def _stopped_remark(row) -> str:
    if row.status == "revoked":
        return Text("dicabut: {reason}", "revoked: {reason}", {"reason": row.revoke_reason or "-"}).render()
    return Text("diganti dengan {new}: {reason}", "replaced by {new}: {reason}",
                {"new": row.replaced_by_number or "-", "reason": row.revoke_reason or "-"}).render()


def _reason_text(args) -> str:
    reason = " ".join((args.reason or "").split())
    if not reason:
        raise UserError(EMPTY_REASON)
    return reason


def cmd_revoke(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.certificates import revoke_certificate

    reason = _reason_text(args)
    with open_store(location) as store:
        row = revoke_certificate(store, _find_certificate(args.number).id, reason)
    _say(Text("Sertifikat {number} ({name}) dicabut. Alasan: {reason}.",
              "Certificate {number} ({name}) was revoked. Reason: {reason}.",
              {"number": row.number, "name": row.participant_name, "reason": reason}))
    return EXIT_OK


def cmd_reissue(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services.certificates import reissue_certificate

    reason = _reason_text(args)
    with open_store(location) as store:
        old = _find_certificate(args.number)
        old_number = old.number
        row = reissue_certificate(store, old.id, reason, issued_on=args.issued_on)
    _say(Text("Sertifikat {old} diganti dengan sertifikat baru {new} ({name}). Alasan: {reason}.",
              "Certificate {old} was replaced by the new certificate {new} ({name}). Reason: {reason}.",
              {"old": old_number, "new": row.number, "name": row.participant_name, "reason": reason}))
    return EXIT_OK


# --- register -----------------------------------------------------------------------------------


def cmd_register(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.services import register_documents as documents

    suffix = Path(args.output).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(REGISTER_SUFFIX.format(name=Path(args.output).name))
    with open_store(location):
        institution_id = _institution_id(args.institution) if args.institution else None
        try:
            if suffix == ".pdf":
                pages = documents.write_register_pdf(args.output, institution_id=institution_id,
                                                     year=args.year, paper=args.paper,
                                                     with_nik=not args.no_nik)
                _say(Text("Buku induk sertifikat ditulis ke {path} (halaman: {pages}).",
                          "The register of certificates was written to {path} (pages: {pages}).",
                          {"pages": pages, "path": args.output}))
            else:
                count = documents.write_register_xlsx(args.output, institution_id=institution_id,
                                                      year=args.year, with_nik=not args.no_nik)
                _say(Text("Buku induk sertifikat ditulis ke {path} (sertifikat: {count}).",
                          "The register of certificates was written to {path} (certificates: {count}).",
                          {"count": count, "path": args.output}))
        except OSError as exc:
            raise UserError(CANNOT_WRITE.format(path=args.output, reason=exc.strerror or str(exc))) from None
    return EXIT_OK


# --- keys ---------------------------------------------------------------------------------------


def cmd_keys(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.signing import known_keys

    with open_store(location):
        keys = known_keys()
    if args.json:
        print(json.dumps([_plain(dataclasses.asdict(k)) for k in keys], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not keys:
        _say(Text("Belum ada kunci tanda tangan; kunci lembaga dibuat saat sertifikat pertama diterbitkan.",
                  "No signing keys yet; an institution's key is made when its first certificate is issued."))
        return EXIT_OK
    own_word, other_word = Text("milik sendiri", "own").render(), Text("diimpor", "imported").render()
    active_word = Text("aktif", "active").render()
    for key in keys:
        flags = ", ".join(p for p in (own_word if key.own else other_word,
                                      active_word if key.active else "") if p)
        created = _date(key.created_at.date() if key.created_at else None)
        print(f"{key.key_id}  {key.owner_code:<12} {key.owner_name:<40} {created:<18} {flags}")
    return EXIT_OK


def cmd_keys_export(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.signing import export_public_key
    from .documents.output import write_output

    with open_store(location) as store:
        institution_id = _institution_id(args.institution)
        data = export_public_key(institution_id, store=store)
    try:
        write_output(args.output, data)
    except OSError as exc:
        raise UserError(CANNOT_WRITE.format(path=args.output, reason=exc.strerror or str(exc))) from None
    key_line = next((line for line in data.decode("utf-8").splitlines() if line.startswith("key-id:")), "")
    _say(Text("Kunci publik {key_id} ditulis ke {path}. Berikan berkas ini kepada kantor lain yang "
              "perlu memeriksa sertifikat lembaga ini.",
              "Public key {key_id} was written to {path}. Give this file to other offices that need to "
              "check this institution's certificates.",
              {"key_id": key_line.partition(":")[2].strip(), "path": args.output}))
    return EXIT_OK


def cmd_keys_import(args, location: DatabaseLocation) -> int:
    from .cli import _open_store as open_store
    from .core.signing import find_key, import_public_key
    from .core.signing.keys import read_public_key_file

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UserError(Text("Tidak dapat membaca {path}: {reason}", "Cannot read {path}: {reason}",
                             {"path": args.file, "reason": exc.strerror or str(exc)})) from None
    with open_store(location) as store:
        parsed = read_public_key_file(data)
        known = find_key(parsed.key_id) is not None
        key = import_public_key(store, data)
    params = {"key_id": key.key_id, "code": key.owner_code, "name": key.owner_name}
    if known:
        _say(Text("Kunci {key_id} ({code} {name}) sudah dikenal; tidak ada yang berubah.",
                  "Key {key_id} ({code} {name}) was already known; nothing changed.", params))
    else:
        _say(Text("Kunci publik {key_id} ({code} {name}) diimpor; sertifikat lembaga itu kini dapat "
                  "diperiksa.",
                  "Public key {key_id} ({code} {name}) imported; that institution's certificates can now "
                  "be checked.", params))
    return EXIT_OK


# --- registration -------------------------------------------------------------------------------


def add_commands(commands, h) -> None:
    """Register ``print certificates``, ``verify``, ``certificates``, ``register`` and ``keys``."""
    from .cli_attendance import _paper, print_group

    code = "KODE" if current_language() == "id" else "CODE"
    number = "NOMOR" if current_language() == "id" else "NUMBER"

    printing = print_group(commands, h).add_parser("certificates", help=h(
        "terbitkan nomor bagi peserta yang layak lalu cetak sertifikat kelas",
        "issue numbers to eligible participants, then print the class's certificates"))
    printing.add_argument("--class", dest="class_code", required=True, metavar=code,
                          help=h("kode kelas (lihat perintah classes)",
                                 "class code (see the classes command)"))
    printing.add_argument("--paper", type=_paper, default=None, metavar="A4|F4", help=h(
        "ukuran kertas (bawaan: pengaturan lembaga)", "paper size (default: the institution's setting)"))
    printing.add_argument("--design", type=_design, default=None, metavar="classic|modern|simple", help=h(
        "desain sertifikat (bawaan: pengaturan lembaga)",
        "certificate design (default: the institution's setting)"))
    # A certificate is an Indonesian document: --lang changes the messages, not the certificate.
    printing.add_argument("--language", choices=("id", "en"), default="id", help=h(
        "bahasa sertifikat (bawaan: id)", "the certificates' language (default: id)"))
    printing.add_argument("--no-back", action="store_true", help=h(
        "tanpa halaman belakang (daftar unit kompetensi)", "without the back page (the competency units)"))
    printing.add_argument("--no-issue", action="store_true", help=h(
        "jangan terbitkan nomor baru; cetak ulang yang sudah ada saja",
        "issue no new numbers; only reprint the certificates already issued"))
    printing.add_argument("--issued-on", type=iso_date, default=None, metavar=h("TTTT-BB-HH", "YYYY-MM-DD"),
                          help=h("tanggal terbit sertifikat baru (bawaan: hari ini)",
                                 "issue date of new certificates (default: today)"))
    where = printing.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="FILE.pdf", help=h(
        "satu berkas PDF untuk printer", "one PDF file for the printer"))
    where.add_argument("--per-person", metavar=h("FOLDER", "DIR"), help=h(
        "satu PDF per orang di folder ini", "one PDF per person in this folder"))
    where.add_argument("--zip", metavar="FILE.zip", help=h(
        "satu PDF per orang dalam satu berkas ZIP", "one PDF per person inside one ZIP file"))
    printing.set_defaults(func=cmd_print_certificates)

    verify = commands.add_parser("verify", help=h(
        "periksa kode QR sertifikat (asli, diubah, dicabut), tanpa internet",
        "check a certificate's QR code (genuine, altered, revoked), offline"))
    verify.add_argument("payload", metavar=h("KODE", "PAYLOAD"), help=h(
        "isi kode QR (LPKS1:...), atau - untuk membacanya dari masukan standar",
        "the QR code's text (LPKS1:...), or - to read it from standard input"))
    verify.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    verify.set_defaults(func=cmd_verify)

    # The listing and its actions share one command; argparse would print the optional action
    # as if it were required, so the usage is written out.
    listing = commands.add_parser("certificates", usage=(
        f"%(prog)s --class {code} [--json]\n"
        f"       %(prog)s revoke {number} --reason {h('ALASAN', 'TEXT')}\n"
        f"       %(prog)s reissue {number} --reason {h('ALASAN', 'TEXT')} [--issued-on "
        f"{h('TTTT-BB-HH', 'YYYY-MM-DD')}]"), help=h(
        "sertifikat satu kelas dan siapa yang belum mendapatkannya; cabut atau terbitkan ulang",
        "a class's certificates and who is still without one; revoke or reissue"))
    listing.add_argument("--class", dest="class_code", metavar=code,
                         help=h("kode kelas (lihat perintah classes)",
                                "class code (see the classes command)"))
    listing.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    listing.set_defaults(func=cmd_certificates)
    actions = listing.add_subparsers(dest="action", metavar=h("TINDAKAN", "ACTION"))
    revoke = actions.add_parser("revoke", help=h("cabut sertifikat (nomornya tidak dipakai lagi)",
                                                 "revoke a certificate (its number is never used again)"))
    revoke.add_argument("number", metavar=number, help=h("nomor sertifikat", "certificate number"))
    revoke.add_argument("--reason", required=True, metavar=h("ALASAN", "TEXT"),
                        help=h("alasan pencabutan", "why it is revoked"))
    revoke.set_defaults(func=cmd_revoke)
    reissue = actions.add_parser("reissue", help=h(
        "terbitkan ulang dengan nomor baru; yang lama ditandai diganti",
        "reissue under a new number; the old one is marked replaced"))
    reissue.add_argument("number", metavar=number,
                         help=h("nomor sertifikat lama", "the old certificate's number"))
    reissue.add_argument("--reason", required=True, metavar=h("ALASAN", "TEXT"),
                         help=h("alasan penggantian", "why it is replaced"))
    reissue.add_argument("--issued-on", type=iso_date, default=None, metavar=h("TTTT-BB-HH", "YYYY-MM-DD"),
                         help=h("tanggal terbit yang baru (bawaan: hari ini)",
                                "the new issue date (default: today)"))
    reissue.set_defaults(func=cmd_reissue)

    register = commands.add_parser("register", help=h(
        "buku induk sertifikat (semua nomor yang pernah diterbitkan) sebagai PDF atau XLSX",
        "the register of certificates (every number ever issued) as PDF or XLSX"))
    register.add_argument("--institution", metavar=code, help=h(
        "kode lembaga (perlu bila ada beberapa lembaga)", "institution code (needed when there are several)"))
    register.add_argument("--year", type=_year, default=None, metavar=h("TAHUN", "YEAR"), help=h(
        "hanya sertifikat tahun ini", "only this year's certificates"))
    register.add_argument("--paper", type=_paper, default=None, metavar="A4|F4", help=h(
        "ukuran kertas PDF (bawaan: pengaturan lembaga)",
        "PDF paper size (default: the institution's setting)"))
    register.add_argument("--no-nik", action="store_true",
                          help=h("tanpa kolom NIK", "without the NIK column"))
    register.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx", help=h(
        "berkas yang ditulis; jenisnya menurut akhiran", "the file to write; its kind follows its suffix"))
    register.set_defaults(func=cmd_register)

    keys = commands.add_parser("keys", usage=(
        f"%(prog)s [--json]\n"
        f"       %(prog)s export [--institution {code}] -o {h('BERKAS', 'FILE')}\n"
        f"       %(prog)s import {h('BERKAS', 'FILE')}"), help=h(
        "kunci tanda tangan sertifikat: daftar, ekspor dan impor kunci publik",
        "certificate signing keys: list, export and import public keys"))
    keys.add_argument("--json", action="store_true", help=h("keluaran JSON", "JSON output"))
    keys.set_defaults(func=cmd_keys)
    key_actions = keys.add_subparsers(dest="key_action", metavar=h("TINDAKAN", "ACTION"))
    export = key_actions.add_parser("export", help=h(
        "tulis kunci publik lembaga ke berkas untuk kantor lain",
        "write the institution's public key to a file for other offices"))
    export.add_argument("--institution", metavar=code, help=h(
        "kode lembaga (perlu bila ada beberapa lembaga)", "institution code (needed when there are several)"))
    export.add_argument("-o", "--output", required=True, metavar=h("BERKAS", "FILE"), help=h(
        "berkas kunci yang ditulis", "the key file to write"))
    export.set_defaults(func=cmd_keys_export)
    imported = key_actions.add_parser("import", help=h(
        "percayai kunci publik kantor lain", "trust another office's public key"))
    imported.add_argument("file", metavar=h("BERKAS", "FILE"),
                          help=h("berkas kunci publik", "the public key file"))
    imported.set_defaults(func=cmd_keys_import)
