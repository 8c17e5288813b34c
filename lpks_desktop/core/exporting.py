"""Participants and class lists written to XLSX or CSV for clerks who go on in Excel.

What Excel must never do to these files, and how each is prevented:

* **Identifiers turned into numbers.** A NIK typed into a number cell comes back as
  ``3.17E+15`` or with its last digit made 0; a phone number loses its leading 0. In XLSX,
  every identifier is written with ``write_string`` into a column formatted as Text (``@``),
  so it is text when opened and stays text when a clerk retypes a cell. Phones are written
  as clerks write them (``0812-3456-7890``), which no spreadsheet reads as a number.
  CSV has no cell types: an identifier Excel would read as a number (digits only, or a
  leading 0 or +) gets the text marker described next, unless ``excel_text=False``.
* **Formulas from data.** A value starting with ``=``, ``+``, ``-``, ``@``, a tab or a CR
  is treated as a formula by spreadsheets ("CSV injection": a participant named
  ``=HYPERLINK(...)``). In XLSX such values are written with ``write_string`` (never a
  formula) and a quote-prefix cell format, Excel's own "typed with a leading apostrophe",
  so editing the cell keeps it text. In CSV they get a leading apostrophe ``'``, the text
  marker spreadsheets know; a program reading the CSV strips one leading apostrophe from
  such a value (the apostrophe is the cost of never executing someone's formula).
* **Dates read month-first or as text.** XLSX dates are real date cells with a day-first
  format; CSV dates are ISO ``2026-12-07``, which every Excel locale reads as a date.
* **Mangled names.** CSV is UTF-8 with a byte-order mark (without it Excel on Windows
  reads the file in the local code page); a semicolon separator is available for Excel
  set to the Indonesian locale, whose list separator is ``;``.

Files are written beside the target and renamed into place, so a power cut or a full disk
never leaves a half-written export that looks complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import peewee

from .auth.permissions import Action, require
from .errors import UserError
from .i18n import Text, current_language
from .models import (
    Education,
    Employment,
    Enrollment,
    EnrollmentStatus,
    Institution,
    Participant,
    TrainingClass,
)
from .validation.phone import format_phone_local

FORMATS = ("xlsx", "csv")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
PROGRESS_EVERY = 1000
_SHEET_NAME_BAD = str.maketrans({c: "-" for c in "[]:*?/\\"})
_CELL_MAX = 32767  # Excel's longest cell text
# An Indonesian mobile number, stored as +628xx followed by 6 to 9 more digits.
_MOBILE = re.compile(r"\+62(8\d\d)(\d{6,9})", re.ASCII)

Progress = Callable[[int, int], None]

BAD_SUFFIX = Text(
    'Berkas "{name}" tidak bisa dibuat: akhiran nama berkas harus .xlsx atau .csv{hint_id}.',
    'Cannot write "{name}": the file name must end in .xlsx or .csv{hint_en}.',
)
OLD_EXCEL_HINT = (" (format .xls lama tidak didukung; pakai .xlsx)",
                  " (the old .xls format is not supported; use .xlsx)")
CANNOT_WRITE = Text(
    'Berkas "{path}" tidak bisa ditulis: {reason}. Bila berkas itu sedang dibuka di Excel, '
    "tutup dulu lalu coba lagi; atau pilih folder lain.",
    'Cannot write "{path}": {reason}. If the file is open in Excel, close it and try again; '
    "or choose another folder.",
)
NO_FOLDER = Text('Folder "{folder}" tidak ada.', 'The folder "{folder}" does not exist.')

# Status words for the class list; the GUI words them through Qt Linguist.
_STATUS_FALLBACK = {
    EnrollmentStatus.REGISTERED: Text("Terdaftar", "Registered"),
    EnrollmentStatus.PASSED_SELECTION: Text("Lulus seleksi", "Passed selection"),
    EnrollmentStatus.RESERVE: Text("Cadangan", "Reserve"),
    EnrollmentStatus.NOT_PASSED: Text("Tidak lulus", "Not passed"),
    EnrollmentStatus.ENROLLED: Text("Peserta aktif", "Enrolled"),
    EnrollmentStatus.COMPLETED: Text("Selesai", "Completed"),
    EnrollmentStatus.WITHDREW: Text("Mengundurkan diri", "Withdrew"),
    EnrollmentStatus.DISMISSED: Text("Dikeluarkan", "Dismissed"),
}
EDUCATION_LABELS = {
    Education.NONE: Text("Tidak sekolah", "No schooling"),
    Education.SD: Text("SD/sederajat", "Primary school"),
    Education.SMP: Text("SMP/sederajat", "Junior high school"),
    Education.SMA: Text("SMA/SMK/sederajat", "Senior high school"),
    Education.D1: Text("D1", "D1 diploma"),
    Education.D2: Text("D2", "D2 diploma"),
    Education.D3: Text("D3", "D3 diploma"),
    Education.S1: Text("S1/D4", "Bachelor (S1/D4)"),
    Education.S2: Text("S2", "Master (S2)"),
    Education.S3: Text("S3", "Doctorate (S3)"),
}
EMPLOYMENT_LABELS = {
    Employment.UNEMPLOYED: Text("Belum bekerja", "Unemployed"),
    Employment.EMPLOYED: Text("Bekerja", "Employed"),
    Employment.SELF_EMPLOYED: Text("Wirausaha", "Self-employed"),
    Employment.STUDENT: Text("Pelajar/mahasiswa", "Student"),
    Employment.LAID_OFF: Text("Korban PHK", "Laid off"),
}
# The class list's order: who holds a seat, who waits (reserves by rank), who left or failed.
CLASS_LIST_ORDER = (EnrollmentStatus.PASSED_SELECTION, EnrollmentStatus.ENROLLED,
                    EnrollmentStatus.COMPLETED, EnrollmentStatus.REGISTERED, EnrollmentStatus.RESERVE,
                    EnrollmentStatus.NOT_PASSED, EnrollmentStatus.WITHDREW,
                    EnrollmentStatus.DISMISSED)


def status_labels() -> dict[str, Text]:
    """Enrollment status words, shared with the enrollment service once it provides them."""
    try:
        from .services.enrollments import STATUS_LABELS
    except ImportError:
        return _STATUS_FALLBACK
    return {**_STATUS_FALLBACK, **STATUS_LABELS}


@dataclass(frozen=True)
class Column:
    """One exported column. ``kind``: ``text``; ``code`` (an identifier that must stay text
    to the last digit: NIK, phone, card number); ``int``; ``date``; ``datetime``."""

    key: str
    header: Text
    kind: str = "text"
    width: float = 14


def _col(key: str, id_text: str, en_text: str, kind: str = "text", width: float = 14) -> Column:
    return Column(key, Text(id_text, en_text), kind, width)


PARTICIPANT_COLUMNS = (
    _col("number", "No.", "No.", "int", 6),
    _col("nik", "NIK", "NIK", "code", 19),
    _col("full_name", "Nama lengkap", "Full name", width=30),
    _col("sex", "Jenis kelamin", "Sex", width=8),
    _col("birth_place", "Tempat lahir", "Place of birth", width=16),
    _col("birth_date", "Tanggal lahir", "Date of birth", "date", 13),
    _col("address", "Alamat", "Address", width=32),
    _col("village", "Desa/kelurahan", "Village", width=16),
    _col("district", "Kecamatan", "District", width=16),
    _col("city", "Kabupaten/kota", "Regency/city", width=18),
    _col("province", "Provinsi", "Province", width=16),
    _col("phone", "Telepon", "Phone", "code", 16),
    _col("email", "E-mail", "E-mail", width=24),
    _col("education", "Pendidikan terakhir", "Last education", width=16),
    _col("employment", "Status pekerjaan", "Employment status", width=16),
    _col("prakerja_card_number", "Nomor kartu Prakerja", "Prakerja card number", "code", 19),
    _col("notes", "Catatan", "Notes", width=30),
)

CLASS_LIST_COLUMNS = (
    _col("number", "No.", "No.", "int", 6),
    _col("nik", "NIK", "NIK", "code", 19),
    _col("full_name", "Nama lengkap", "Full name", width=30),
    _col("sex", "Jenis kelamin", "Sex", width=8),
    _col("birth_place", "Tempat lahir", "Place of birth", width=16),
    _col("birth_date", "Tanggal lahir", "Date of birth", "date", 13),
    _col("city", "Kabupaten/kota", "Regency/city", width=18),
    _col("phone", "Telepon", "Phone", "code", 16),
    _col("status", "Status", "Status", width=18),
    _col("reserve_rank", "Urutan cadangan", "Reserve rank", "int", 10),
    _col("registered_at", "Waktu daftar", "Registered at", "datetime", 17),
    _col("prakerja_card_number", "Nomor kartu Prakerja", "Prakerja card number", "code", 19),
    _col("prakerja_redeem_code", "Kode redeem Prakerja", "Prakerja redeem code", "code", 18),
    _col("prakerja_redeemed_at", "Waktu redeem", "Redeemed at", "datetime", 17),
)


def export_format(path: str | os.PathLike, fmt: str | None = None) -> str:
    """``xlsx`` or ``csv``: ``fmt`` when given, else from the file name's suffix."""
    if fmt is not None:
        fmt = fmt.strip().lower().lstrip(".")
        if fmt in FORMATS:
            return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    if fmt is None and suffix in FORMATS:
        return suffix
    hint_id, hint_en = OLD_EXCEL_HINT if (fmt or suffix) == "xls" else ("", "")
    raise UserError(BAD_SUFFIX.format(name=Path(path).name, hint_id=hint_id, hint_en=hint_en))


def formula_like(value: str) -> bool:
    """True for text a spreadsheet would take for a formula."""
    return value.startswith(FORMULA_STARTS)


def _numberlike(value: str) -> bool:
    """Text Excel would turn into a number when it opens a CSV (and so lose digits)."""
    body = value[1:] if value[:1] == "+" else value
    return body.isascii() and body.isdigit()


def csv_cell(value: str, kind: str = "text", excel_text: bool = True) -> str:
    """The text of one CSV cell: formulas and (for Excel) number-like identifiers marked as text."""
    if formula_like(value) or (excel_text and kind == "code" and value and _numberlike(value)):
        return TEXT_MARK + value
    return value


def phone_text(e164: str) -> str:
    """The stored number as clerks write it (``0812-3456-7890``), like ``format_phone_local``.

    Mobile numbers, nearly all of them, are grouped here directly: the phone library takes
    about 0.2 ms a number, which is 20 seconds of an export of 100,000 participants.
    """
    if not e164:
        return ""
    mobile = _MOBILE.fullmatch(e164)
    if mobile is None:
        return format_phone_local(e164)
    rest = mobile[2]
    split = 3 if len(rest) == 6 else 4
    return f"0{mobile[1]}-{rest[:split]}-{rest[split:]}"


def _local_time(value: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC timestamp in the PC's local time, as the app shows it."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None, microsecond=0)


def _sheet_name(name: str) -> str:
    return (name.translate(_SHEET_NAME_BAD).strip("'") or "Sheet1")[:31]


# -- writing ---------------------------------------------------------------------------------


def _temporary_beside(target: Path) -> str:
    if not target.parent.is_dir():
        raise UserError(NO_FOLDER.format(folder=str(target.parent)))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".part{target.suffix}",
                                    dir=target.parent)
    except OSError as exc:
        raise UserError(CANNOT_WRITE.format(path=str(target), reason=exc.strerror or str(exc))) from exc
    os.close(fd)
    return temp


def _replace(temp: str, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as exc:
        # Windows refuses to replace a file Excel holds open.
        raise UserError(CANNOT_WRITE.format(path=str(target), reason=exc.strerror or str(exc))) from exc


def _write_atomically(target: Path, write: Callable[[str], int]) -> int:
    temp = _temporary_beside(target)
    try:
        try:
            count = write(temp)
        except OSError as exc:
            raise UserError(CANNOT_WRITE.format(path=str(target),
                                                reason=exc.strerror or str(exc))) from exc
        _replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
    return count


def _plain(value: object, lang: str) -> object:
    if isinstance(value, Text):
        return value.render(lang)
    return value


def write_table(path: str | os.PathLike, columns: Sequence[Column], rows: Iterable[Sequence],
                *, fmt: str | None = None, lang: str | None = None, sheet_name: str = "",
                title: str = "", paper: str = "A4", semicolon: bool = False,
                excel_text: bool = True, total: int = 0, progress: Progress | None = None) -> int:
    """Write ``rows`` (values in ``columns`` order; Text values rendered in ``lang``) to an
    XLSX or CSV file. Returns the number of rows written."""
    lang = lang or current_language()
    kind = export_format(path, fmt)
    target = Path(path)

    def counted() -> Iterator[Sequence]:
        for done, row in enumerate(rows, 1):
            yield row
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)

    def write(temp: str) -> int:
        if kind == "xlsx":
            count = _write_xlsx(temp, columns, counted(), lang=lang, sheet_name=sheet_name,
                                title=title, paper=paper)
        else:
            count = _write_csv(temp, columns, counted(), lang=lang,
                               delimiter=";" if semicolon else ",", excel_text=excel_text)
        if progress is not None:
            progress(count, total or count)
        return count

    return _write_atomically(target, write)


def _write_csv(temp: str, columns: Sequence[Column], rows: Iterable[Sequence], *, lang: str,
               delimiter: str, excel_text: bool) -> int:
    count = 0
    # newline="" lets the csv module write its own CRLF, as Excel expects.
    with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([csv_cell(c.header.render(lang)) for c in columns])
        for row in rows:
            cells = []
            for column, value in zip(columns, row):
                value = _plain(value, lang)
                if value is None:
                    cells.append("")
                elif column.kind == "datetime":
                    cells.append(value.strftime("%Y-%m-%d %H:%M"))
                elif column.kind == "date":
                    cells.append(value.isoformat())
                elif column.kind == "int":
                    cells.append(str(value))
                else:
                    cells.append(csv_cell(str(value), column.kind, excel_text))
            writer.writerow(cells)
            count += 1
    return count


# xlsxwriter's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, the F4 Indonesians use).
_PAPER_CODES = {"A4": 9, "F4": 14}


def _write_xlsx(temp: str, columns: Sequence[Column], rows: Iterable[Sequence], *, lang: str,
                sheet_name: str, title: str, paper: str) -> int:
    import xlsxwriter

    # constant_memory streams rows to disk: 100,000 participants without holding them all.
    # The string conversions are off so no text is ever turned into a number, a formula or
    # a link behind the code's back.
    book = xlsxwriter.Workbook(temp, {
        "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False})
    try:
        book.set_properties({"title": title, "comments": "LPKS Desktop"})
        sheet = book.add_worksheet(_sheet_name(sheet_name))
        header = book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1,
                                  "text_wrap": True, "valign": "vcenter", "align": "center"})
        date_pattern = "dd/mm/yyyy" if lang == "id" else "dd mmm yyyy"
        text = 49  # Excel's built-in Text format, "@"
        column_formats = {
            "text": book.add_format({"num_format": text}),
            "code": book.add_format({"num_format": text}),
            "int": book.add_format({"num_format": "0", "align": "center"}),
            "date": book.add_format({"num_format": date_pattern, "align": "left"}),
            "datetime": book.add_format({"num_format": f"{date_pattern} hh:mm", "align": "left"}),
        }
        quoted = {kind: book.add_format({"num_format": text, "quote_prefix": True})
                  for kind in ("text", "code")}
        for index, column in enumerate(columns):
            # The column itself is formatted, so a cell typed later keeps the same type.
            sheet.set_column(index, index, column.width, column_formats[column.kind])
        sheet.set_row(0, 30)
        for index, column in enumerate(columns):
            sheet.write_string(0, index, column.header.render(lang), header)
        sheet.freeze_panes(1, 0)
        count = 0
        for count, row in enumerate(rows, 1):
            for index, (column, value) in enumerate(zip(columns, row)):
                value = _plain(value, lang)
                if value is None or value == "":
                    continue
                if column.kind in ("date", "datetime"):
                    sheet.write_datetime(count, index, value, column_formats[column.kind])
                elif column.kind == "int":
                    sheet.write_number(count, index, value, column_formats["int"])
                else:
                    value = str(value)[:_CELL_MAX]
                    style = quoted[column.kind] if formula_like(value) else column_formats[column.kind]
                    sheet.write_string(count, index, value, style)
        sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
        sheet.set_landscape()
        sheet.set_paper(_PAPER_CODES.get(paper, 9))
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
        if title:
            sheet.set_header("&C&\"-,Bold\"" + title[:200].replace("&", "&&"))
        sheet.set_footer("&R&P / &N")
    finally:
        book.close()
    return count


# -- what is exported ------------------------------------------------------------------------


def _participant_row(number: int, p: dict) -> list:
    return [
        number, p["nik"], p["full_name"], p["sex"], p["birth_place"], p["birth_date"],
        p["address"], p["village"], p["district"], p["city"], p["province"],
        phone_text(p["phone"]), p["email"],
        EDUCATION_LABELS.get(p["education"], p["education"] or ""),
        EMPLOYMENT_LABELS.get(p["employment"], p["employment"] or ""),
        p["prakerja_card_number"] or "", p["notes"],
    ]


def participants_query(*, class_id: int | None = None, institution_id: int | None = None,
                       include_archived: bool = False) -> peewee.ModelSelect:
    """The participants an export holds: of one class, of one institution's classes, or all;
    archived ones only with ``include_archived`` or when a class is named (they are in it)."""
    fields = [getattr(Participant, c.key) for c in PARTICIPANT_COLUMNS if c.key != "number"]
    query = Participant.select(*fields)
    if class_id is not None:
        query = query.where(Participant.id.in_(
            Enrollment.select(Enrollment.participant).where(Enrollment.training_class == class_id)))
    elif not include_archived:
        query = query.where(Participant.archived == False)  # noqa: E712 (peewee expression)
    if institution_id is not None:
        query = query.where(Participant.id.in_(
            Enrollment.select(Enrollment.participant).join(TrainingClass)
            .where(TrainingClass.institution == institution_id)))
    return query.order_by(Participant.full_name, Participant.id)


def export_participants(path: str | os.PathLike, *, class_id: int | None = None,
                        institution_id: int | None = None, fmt: str | None = None,
                        lang: str | None = None, semicolon: bool = False,
                        excel_text: bool = True, include_archived: bool = False,
                        progress: Progress | None = None) -> int:
    """Participants with their personal details to ``path`` (.xlsx or .csv, or ``fmt``).
    Returns the number of participants written."""
    require(Action.EXPORT)
    lang = lang or current_language()
    export_format(path, fmt)  # a bad name is refused before the database is read
    query = participants_query(class_id=class_id, institution_id=institution_id,
                               include_archived=include_archived)
    total = query.count() if progress is not None else 0
    title = Text("Data peserta", "Participants").render(lang)
    paper = "A4"
    if class_id is not None:
        klass = TrainingClass.get_by_id(class_id)
        title = f"{title} {klass.code} {klass.name}"
        paper = _paper(klass.institution_id)
    elif institution_id is not None:
        institution = Institution.get_by_id(institution_id)
        title = f"{title} {institution.code} {institution.name}"
        paper = _paper(institution_id)
    rows = (_participant_row(number, p)
            for number, p in enumerate(query.dicts().iterator(), 1))
    return write_table(path, PARTICIPANT_COLUMNS, rows, fmt=fmt, lang=lang,
                       sheet_name=Text("Peserta", "Participants").render(lang), title=title,
                       paper=paper, semicolon=semicolon, excel_text=excel_text, total=total,
                       progress=progress)


def class_list_rows(class_id: int) -> list[dict]:
    """The class's people in list order: seated, undecided, reserves by rank, then the rest."""
    people = list(
        Enrollment.select(Enrollment.id.alias("enrollment_id"), Enrollment.status,
                          Enrollment.reserve_rank, Enrollment.registered_at,
                          Enrollment.prakerja_redeem_code, Enrollment.prakerja_redeemed_at,
                          Participant.nik, Participant.full_name, Participant.sex,
                          Participant.birth_place, Participant.birth_date, Participant.city,
                          Participant.phone, Participant.prakerja_card_number)
        .join(Participant).where(Enrollment.training_class == class_id).dicts())
    people.sort(key=lambda p: (CLASS_LIST_ORDER.index(p["status"]),
                               p["reserve_rank"] if p["reserve_rank"] is not None else 1 << 30,
                               p["full_name"].casefold(), p["enrollment_id"]))
    return people


def export_class_list(path: str | os.PathLike, class_id: int, *, fmt: str | None = None,
                      lang: str | None = None, semicolon: bool = False,
                      excel_text: bool = True) -> int:
    """One class's people with their status and reserve rank to ``path``. Returns the count."""
    require(Action.EXPORT, class_id=class_id)
    lang = lang or current_language()
    export_format(path, fmt)
    klass = TrainingClass.get_by_id(class_id)
    labels = status_labels()
    rows = []
    for number, p in enumerate(class_list_rows(class_id), 1):
        rows.append([
            number, p["nik"], p["full_name"], p["sex"], p["birth_place"], p["birth_date"],
            p["city"], phone_text(p["phone"]),
            labels[p["status"]],
            p["reserve_rank"] if p["status"] == EnrollmentStatus.RESERVE else None,
            _local_time(p["registered_at"]), p["prakerja_card_number"] or "",
            p["prakerja_redeem_code"] or "", _local_time(p["prakerja_redeemed_at"]),
        ])
    title = f"{Text('Daftar peserta kelas', 'Class list').render(lang)} {klass.code} {klass.name}"
    return write_table(path, CLASS_LIST_COLUMNS, rows, fmt=fmt, lang=lang, sheet_name=klass.code,
                       title=title, paper=_paper(klass.institution_id), semicolon=semicolon,
                       excel_text=excel_text)


def _paper(institution_id: int | None) -> str:
    from .services.settings import default_paper

    return default_paper(institution_id)
