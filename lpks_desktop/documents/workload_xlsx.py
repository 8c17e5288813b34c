"""The month's trainer workload and fees as an Excel workbook, for clerks who go on
working in Excel (payment lists, bank transfers)."""

from __future__ import annotations

import io
from decimal import Decimal

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from .letterhead import Letterhead
from .output import Destination, write_output
from .paper import paper_name
from .signatures import BLANK_NAME, place_and_date
from .workload_report import COLUMNS, WorkloadReport
from .words import check_lang, format_month, label

# xlsxwriter's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, the F4 Indonesians use).
_PAPER_CODES = {"A4": 9, "F4": 14}
_WIDTHS = {"no": 5, "trainer_name": 34, "home_institution": 14, "sessions": 11,
           "lead_jp": 11, "assistant_jp": 11, "total_jp": 11, "rate_per_jp": 16, "fee": 20}
_SUMMED = ("sessions", "lead_jp", "assistant_jp", "total_jp", "fee")


def _money(value) -> float:
    return float(Decimal(value))


def _has_sen(report: WorkloadReport) -> bool:
    amounts = [v for r in report.rows for v in (r.rate_per_jp, r.fee) if v is not None]
    return any(Decimal(v) != Decimal(v).to_integral_value() for v in amounts)


def build_workload_xlsx(report: WorkloadReport, out: Destination) -> None:
    """Write the report as .xlsx to ``out`` (a path or a binary file object): title rows,
    a frozen bold header with filters, numbers stored as numbers, a totals row of SUM
    formulas (with their values, for readers that do not recalculate)."""
    lang = check_lang(report.lang)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    letterhead: Letterhead | None = report.letterhead
    month = format_month(report.year, report.month, lang)
    book.set_properties({
        "title": f"{label('workload_name', lang)} {month}",
        "author": letterhead.name if letterhead else "",
        "company": letterhead.name if letterhead else "",
        "comments": "LPKS Desktop",
    })
    sheet = book.add_worksheet(label("xlsx_sheet", lang, year=report.year, month=report.month))

    money_format = '"Rp "#,##0.00' if _has_sen(report) else '"Rp "#,##0'
    border = {"border": 1, "valign": "vcenter"}
    fmt = {
        "institution": book.add_format({"bold": True, "font_size": 12}),
        "title": book.add_format({"bold": True, "font_size": 14}),
        "subtitle": book.add_format({"font_size": 11}),
        "header": book.add_format({**border, "bold": True, "align": "center",
                                   "text_wrap": True, "bg_color": "#D9D9D9"}),
        "text": book.add_format({**border}),
        "center": book.add_format({**border, "align": "center"}),
        "int": book.add_format({**border, "num_format": "#,##0", "align": "center"}),
        "money": book.add_format({**border, "num_format": money_format}),
        "mark": book.add_format({**border, "align": "center", "italic": True,
                                 "font_color": "#595959"}),
        "total_label": book.add_format({**border, "bold": True, "align": "right",
                                        "bg_color": "#F0F0F0"}),
        "total_int": book.add_format({**border, "bold": True, "num_format": "#,##0",
                                      "align": "center", "bg_color": "#F0F0F0"}),
        "total_money": book.add_format({**border, "bold": True, "num_format": money_format,
                                        "bg_color": "#F0F0F0"}),
        "total_blank": book.add_format({**border, "bg_color": "#F0F0F0"}),
        "note": book.add_format({"italic": True}),
        "sign": book.add_format({"align": "center"}),
        "sign_name": book.add_format({"align": "center", "bold": True, "underline": True}),
    }
    last_col = len(COLUMNS) - 1
    row = 0
    if letterhead is not None:
        sheet.write(row, 0, letterhead.name.upper(), fmt["institution"])
        row += 1
    sheet.write(row, 0, label("workload_title", lang), fmt["title"])
    row += 1
    sheet.write(row, 0, label("month_line", lang, month=month), fmt["subtitle"])
    row += 1
    if report.scope:
        sheet.write(row, 0, report.scope, fmt["subtitle"])
        row += 1
    row += 1

    header_row = row
    for col, key in enumerate(COLUMNS):
        sheet.write(header_row, col, label(key, lang), fmt["header"])
        sheet.set_column(col, col, _WIDTHS[key])
    sheet.set_row(header_row, 30)
    first_data = header_row + 1
    for number, item in enumerate(report.rows, 1):
        r = header_row + number
        sheet.write_number(r, 0, number, fmt["center"])
        sheet.write_string(r, 1, item.trainer_name, fmt["text"])
        sheet.write_string(r, 2, item.institution_code, fmt["center"])
        sheet.write_number(r, 3, item.sessions, fmt["int"])
        sheet.write_number(r, 4, item.lead_jp, fmt["int"])
        sheet.write_number(r, 5, item.assistant_jp, fmt["int"])
        sheet.write_number(r, 6, item.total_jp, fmt["int"])
        if item.unpriced:
            # No rate: the fee stays empty (SUM skips it), never a misleading zero.
            sheet.write_string(r, 7, label("no_rate_mark", lang), fmt["mark"])
            sheet.write_blank(r, 8, None, fmt["money"])
        else:
            sheet.write_number(r, 7, _money(item.rate_per_jp), fmt["money"])
            sheet.write_number(r, 8, _money(item.fee), fmt["money"])
    last_data = header_row + len(report.rows)
    total_row = last_data + 1
    totals = report.totals()
    sheet.merge_range(total_row, 0, total_row, 2, label("total", lang), fmt["total_label"])
    values = {"sessions": totals.sessions, "lead_jp": totals.lead_jp,
              "assistant_jp": totals.assistant_jp, "total_jp": totals.total_jp,
              "fee": _money(totals.fee)}
    for col, key in enumerate(COLUMNS):
        if key in _SUMMED:
            style = fmt["total_money"] if key == "fee" else fmt["total_int"]
            if report.rows:
                cells = (f"{xl_rowcol_to_cell(first_data, col)}:"
                         f"{xl_rowcol_to_cell(last_data, col)}")
                sheet.write_formula(total_row, col, f"=SUM({cells})", style, values[key])
            else:
                sheet.write_number(total_row, col, 0, style)
        elif key == "rate_per_jp":
            sheet.write_blank(total_row, col, None, fmt["total_blank"])

    sheet.freeze_panes(first_data, 0)
    if report.rows:
        sheet.autofilter(header_row, 0, last_data, last_col)

    row = total_row + 2
    notes = [n for n in (report.notes,) if n and n.strip()]
    if totals.unpriced:
        notes.append(label("no_rate_note", lang))
    if notes:
        sheet.write(row, 0, f"{label('notes', lang)}:", fmt["note"])
        for note in notes:
            row += 1
            sheet.write(row, 0, note, fmt["note"])
        row += 1

    row += 1
    head_name, head_title = report.head
    place = report.place or (letterhead.place if letterhead else "")
    left, right = (1, 1), (7, 8)
    _sign_cell(sheet, row, right, place_and_date(place, report.issued_on, lang), fmt["sign"])
    _sign_cell(sheet, row + 1, left, label("acknowledged", lang), fmt["sign"])
    _sign_cell(sheet, row + 1, right, label("prepared_by", lang), fmt["sign"])
    _sign_cell(sheet, row + 2, left, head_title, fmt["sign"])
    _sign_cell(sheet, row + 2, right, report.prepared_by_title, fmt["sign"])
    _sign_cell(sheet, row + 6, left, head_name or BLANK_NAME,
               fmt["sign_name"] if head_name else fmt["sign"])
    _sign_cell(sheet, row + 6, right, report.prepared_by_name or BLANK_NAME,
               fmt["sign_name"] if report.prepared_by_name else fmt["sign"])

    if report.landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_paper(_PAPER_CODES[paper_name(report.paper)])
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.set_margins(left=0.6, right=0.5, top=0.6, bottom=0.7)
    sheet.set_footer(f"&L{label('workload_name', lang)} {month}&R&P / &N")
    book.close()
    write_output(out, buffer.getvalue())


def _sign_cell(sheet, row: int, cols: tuple[int, int], text: str, style) -> None:
    if not text:
        return
    first, last = cols
    if first == last:
        sheet.write(row, first, text, style)
    else:
        sheet.merge_range(row, first, row, last, text, style)
