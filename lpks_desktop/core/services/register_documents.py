"""Gathering the register of issued certificates (buku induk) from the database for its PDF
and its spreadsheet. The rows come from ``certificates.certificate_register`` (the numbers in
the order they were drawn); the place and date of birth come from the participant's record."""

from __future__ import annotations

import datetime as dt

from ..auth.permissions import Action, require
from ...documents.certificate_register import RegisterDocument, RegisterRow, build_certificate_register
from ...documents.certificate_register_xlsx import build_certificate_register_xlsx
from ...documents.letterhead import Letterhead
from ...documents.output import Destination
from ..errors import UserError
from ..i18n import Text, current_language
from ..models import Institution, Participant
from .settings import default_paper

SEVERAL_INSTITUTIONS = Text(
    "Basis data ini memuat sertifikat dari beberapa lembaga ({codes}); buku induk dibuat per "
    "lembaga. Pilih salah satu lembaga.",
    "This database holds certificates of several institutions ({codes}); a register is made per "
    "institution. Choose one institution.")
NO_SUCH_INSTITUTION = Text("Lembaga tidak ditemukan (mungkin sudah dihapus).",
                           "The institution was not found (perhaps deleted).")
BAD_YEAR = Text("Tahun {year} tidak masuk akal untuk buku induk; tulis tahun empat angka, "
                "misalnya 2026.",
                "The year {year} makes no sense for a register; write a four-digit year, "
                "e.g. 2026.")


def _institution(institution_id: int | None, rows) -> Institution | None:
    """The institution whose register this is: the one asked for; else the only one whose
    certificates are listed (or the only one in the database when none are)."""
    if institution_id is not None:
        found = Institution.get_or_none(Institution.id == institution_id)
        if found is None:
            raise UserError(NO_SUCH_INSTITUTION)
        return found
    ids = sorted({row.institution_id for row in rows})
    if len(ids) > 1:
        codes = ", ".join(code for (code,) in Institution.select(Institution.code)
                          .where(Institution.id.in_(ids)).order_by(Institution.code).tuples())
        raise UserError(SEVERAL_INSTITUTIONS.format(codes=codes))
    if ids:
        return Institution.get_or_none(Institution.id == ids[0])
    only = list(Institution.select().where(~Institution.archived).limit(2))
    return only[0] if len(only) == 1 else None


def _births(participant_ids) -> dict[int, tuple[str, dt.date | None]]:
    ids = list(set(participant_ids))
    found: dict[int, tuple[str, dt.date | None]] = {}
    # In chunks: SQLite caps the number of bound parameters in one statement.
    for start in range(0, len(ids), 500):
        query = (Participant.select(Participant.id, Participant.birth_place, Participant.birth_date)
                 .where(Participant.id.in_(ids[start:start + 500])).tuples())
        found.update({pid: (place or "", born) for pid, place, born in query})
    return found


def register_document(*, institution_id: int | None = None, year: int | None = None,
                      paper: str | None = None, with_nik: bool = True, lang: str | None = None,
                      today: dt.date | None = None) -> RegisterDocument:
    """The register's data: every certificate number of the institution (and year, when
    given), valid or not, in numbering order."""
    require(Action.PRINT)
    from .certificates import certificate_register

    lang = lang or current_language()
    if year is not None and not 1900 <= int(year) <= 9999:
        raise UserError(BAD_YEAR.format(year=year))
    certificates = certificate_register(institution_id=institution_id, year=year)
    institution = _institution(institution_id, certificates)
    births = _births(row.participant_id for row in certificates)
    rows = []
    for index, row in enumerate(certificates, 1):
        place, born = births.get(row.participant_id, ("", None))
        rows.append(RegisterRow(
            number=index, certificate_number=row.number, participant_name=row.participant_name,
            nik=row.nik or "", birth_place=place, birth_date=born, program_name=row.program_name,
            class_code=row.class_code or "", start_date=row.start_date, end_date=row.end_date,
            total_jp=row.total_jp, issued_on=row.issued_on, issued_place=row.issued_place or "",
            status=row.status, revoke_reason=row.revoke_reason or "",
            replaced_by_number=row.replaced_by_number or "",
            replaces_number=row.replaces_number or "", printed_count=row.printed_count or 0))
    letterhead = Letterhead.from_institution(institution, lang) if institution is not None else None
    return RegisterDocument(
        letterhead=letterhead, institution_name=institution.name if institution else "",
        year=year, rows=tuple(rows),
        paper=paper or default_paper(institution.id if institution else None),
        with_nik=with_nik, lang=lang, as_of=today or dt.date.today(),
        place=(institution.city or "") if institution else "",
        head_name=(institution.head_name or "") if institution else "",
        head_title=(institution.head_title or "") if institution else "")


def write_register_pdf(out: Destination, *, institution_id: int | None = None, year: int | None = None,
                       paper: str | None = None, with_nik: bool = True, lang: str | None = None,
                       today: dt.date | None = None) -> int:
    """The register as a landscape PDF; returns the number of pages."""
    require(Action.PRINT)
    doc = register_document(institution_id=institution_id, year=year, paper=paper,
                            with_nik=with_nik, lang=lang, today=today)
    return build_certificate_register(doc, out)


def write_register_xlsx(out: Destination, *, institution_id: int | None = None, year: int | None = None,
                        with_nik: bool = True, lang: str | None = None,
                        today: dt.date | None = None) -> int:
    """The register as an .xlsx; returns the number of certificates listed."""
    require(Action.PRINT)
    doc = register_document(institution_id=institution_id, year=year, with_nik=with_nik, lang=lang,
                            today=today)
    build_certificate_register_xlsx(doc, out)
    return len(doc.rows)
