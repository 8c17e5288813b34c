"""The register of issued certificates (buku induk) as an Excel workbook, for clerks who
report from it or sort and filter it: the same rows as the PDF, one value per column.

NIKs and certificate numbers are text cells in Text-formatted columns (Excel would turn a
NIK into 3.2E+15); dates are real dates; text a spreadsheet would take for a formula is
written as quoted text, never as a formula."""

from __future__ import annotations

import datetime as dt
import io

import xlsxwriter

from .certificate_register import RegisterDocument, register_label, status_counts, status_text, subtitle
from .xlsx_sheets import PAPER_CODES, TEXT_FORMAT, ReportFormats, sheet_name, write_text
from .output import Destination, write_output
from .paper import paper_name
from .words import check_lang, format_date, label

_DATE = "dd/mm/yyyy"


class _Formats(ReportFormats):
    def __init__(self, book):
        super().__init__(book)
        border = self.border
        self.date = book.add_format({**border, "num_format": _DATE, "align": "center"})
        self.blank = book.add_format({**border})
        self.note = book.add_format({"italic": True})


def _date(sheet, row: int, col: int, value: dt.date | None, fmt: _Formats) -> None:
    if value is None:
        sheet.write_blank(row, col, None, fmt.date)
    else:
        sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), fmt.date)


def _plain(sheet, row: int, text: str, style) -> None:
    if text:
        sheet.write_string(row, 0, text, style)


def _columns(doc: RegisterDocument) -> list[tuple[str, str, float]]:
    lang = doc.lang
    columns = [("no", label("no", lang), 6),
               ("number", register_label("certificate_number", lang), 28),
               ("name", label("participant_name", lang), 32)]
    if doc.with_nik:
        columns.append(("nik", label("nik", lang), 19))
    columns += [("birth_place", register_label("birth_place", lang), 18),
                ("birth_date", register_label("birth_date", lang), 12),
                ("program", label("program", lang), 34),
                ("class", label("class", lang), 18),
                ("start", register_label("start_date", lang), 12),
                ("end", register_label("end_date", lang), 12),
                ("jp", label("jp", lang), 6),
                ("issued", register_label("issued_on", lang), 12),
                ("issued_place", register_label("issued_place", lang), 16),
                ("status", register_label("status", lang), 11),
                ("remarks", register_label("remarks", lang), 48),
                ("printed", register_label("printed", lang), 9)]
    return columns


def _status_word(status: str, lang: str) -> str:
    return register_label(status if status in ("valid", "revoked", "replaced") else "valid", lang)


def build_certificate_register_xlsx(doc: RegisterDocument, out: Destination) -> None:
    """Write the register as an .xlsx to ``out`` (a path or a binary file object)."""
    lang = check_lang(doc.lang)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    name = register_label("name", lang)
    book.set_properties({
        "title": " ".join(p for p in (name, doc.institution_name,
                                      "" if doc.year is None else str(doc.year)) if p),
        "author": doc.letterhead.name if doc.letterhead else "",
        "company": doc.letterhead.name if doc.letterhead else "",
        "comments": "LPKS Desktop",
    })
    fmt = _Formats(book)
    name = register_label("sheet", lang)
    if doc.year is not None:
        name = f"{name} {doc.year}"
    sheet = book.add_worksheet(sheet_name(name))
    row = 0
    if doc.letterhead is not None:
        _plain(sheet, row, doc.letterhead.name.upper(), fmt.institution)
        row += 1
    _plain(sheet, row, register_label("title", lang), fmt.title)
    row += 1
    _plain(sheet, row, subtitle(doc), fmt.subtitle)
    row += 1
    if doc.as_of:
        _plain(sheet, row, register_label("as_of", lang, date=format_date(doc.as_of, lang)),
               fmt.subtitle)
        row += 1
    row += 1
    columns = _columns(doc)
    header_row = row
    for col, (key, heading, width) in enumerate(columns):
        sheet.write_string(header_row, col, heading, fmt.header)
        text_column = key in ("number", "name", "nik", "birth_place", "program", "class",
                              "issued_place", "status", "remarks")
        text_format = book.add_format({"num_format": TEXT_FORMAT}) if text_column else None
        sheet.set_column(col, col, width, text_format)
    sheet.set_row(header_row, 30)
    for offset, item in enumerate(doc.rows, 1):
        r = header_row + offset
        stopped = item.status != "valid"
        remarks = "" if item.status == "valid" and not item.replaces_number else status_text(item, lang)
        for col, (key, _heading, _width) in enumerate(columns):
            if key == "no":
                sheet.write_number(r, col, item.number, fmt.int)
            elif key == "number":
                write_text(sheet, r, col, item.certificate_number, fmt, fmt.muted if stopped else fmt.text)
            elif key == "name":
                write_text(sheet, r, col, item.participant_name, fmt, fmt.muted if stopped else fmt.text)
            elif key == "nik":
                write_text(sheet, r, col, item.nik, fmt, fmt.code)
            elif key == "birth_place":
                write_text(sheet, r, col, item.birth_place, fmt)
            elif key == "birth_date":
                _date(sheet, r, col, item.birth_date, fmt)
            elif key == "program":
                write_text(sheet, r, col, item.program_name, fmt)
            elif key == "class":
                write_text(sheet, r, col, item.class_code, fmt)
            elif key == "start":
                _date(sheet, r, col, item.start_date, fmt)
            elif key == "end":
                _date(sheet, r, col, item.end_date, fmt)
            elif key == "jp":
                if item.total_jp is None:
                    sheet.write_blank(r, col, None, fmt.int)
                else:
                    sheet.write_number(r, col, item.total_jp, fmt.int)
            elif key == "issued":
                _date(sheet, r, col, item.issued_on, fmt)
            elif key == "issued_place":
                write_text(sheet, r, col, item.issued_place, fmt)
            elif key == "status":
                write_text(sheet, r, col, _status_word(item.status, lang), fmt,
                      fmt.muted if stopped else fmt.text)
            elif key == "remarks":
                write_text(sheet, r, col, remarks, fmt)
            elif key == "printed":
                sheet.write_number(r, col, item.printed_count, fmt.int)
    last = header_row + len(doc.rows)
    sheet.freeze_panes(header_row + 1, 3)
    sheet.autofilter(header_row, 0, max(last, header_row), len(columns) - 1)
    counts = status_counts(doc.rows)
    _plain(sheet, last + 2, register_label("summary", lang, total=len(doc.rows), **counts), fmt.note)
    _plain(sheet, last + 3, register_label("order_note", lang), fmt.note)
    sheet.set_landscape()
    sheet.set_paper(PAPER_CODES[paper_name(doc.paper)])
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
    footer = " ".join(p for p in (name, subtitle(doc)) if p).replace("&", "&&")
    sheet.set_footer(f"&L{footer}&R&P / &N")
    book.close()
    write_output(out, buffer.getvalue())
