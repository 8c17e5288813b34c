"""The attendance recap as an Excel workbook: a recap sheet (one row per participant, rates
as real percentages) and a sheet of the recorded marks by session, for clerks who go on in
Excel (reports to a funder, the certificate list).

NIKs are text cells in Text-formatted columns, so Excel never turns them into 3.2E+15; text
that a spreadsheet would take for a formula (a name typed as ``=HYPERLINK(...)``) is written
as quoted text, never as a formula."""

from __future__ import annotations

import io
from decimal import Decimal

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from .attendance_grid import MARK_ORDER, ClassGridDocument, session_heading
from .attendance_recap import RecapDocument, rule_lines
from .xlsx_sheets import PAPER_CODES, TEXT_FORMAT, ReportFormats, sheet_name, write_text
from .output import Destination, write_output
from .paper import paper_name
from .words import check_lang, format_date, format_period, label

# xlsxwriter's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, the F4 Indonesians use).


class _Formats(ReportFormats):
    def __init__(self, book):
        super().__init__(book)
        border = self.border
        self.total = book.add_format({**border, "num_format": "0", "align": "center",
                                      "bold": True, "bg_color": "#F0F0F0"})
        self.pct = book.add_format({**border, "num_format": "0.0%"})
        self.pct_bold = book.add_format({**border, "num_format": "0.0%", "bold": True})
        self.min_pct = book.add_format({**border, "num_format": "0%", "align": "center"})
        self.blank = book.add_format({**border})
        self.mark = book.add_format({**border, "align": "center"})
        self.mark_absent = book.add_format({**border, "align": "center", "bold": True})
        self.note = book.add_format({"italic": True})


def _page_setup(sheet, paper: str, header_row: int, title: str) -> None:
    sheet.set_landscape()
    sheet.set_paper(PAPER_CODES[paper_name(paper)])
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
    sheet.set_footer(f"&L{title.replace('&', '&&')}&R&P / &N")


def _heading(sheet, recap: RecapDocument, fmt: _Formats, title: str) -> int:
    """Institution, title, class and the as-of line; returns the next free row."""
    lang = recap.lang
    row = 0
    if recap.letterhead is not None:
        _plain(sheet, row, recap.letterhead.name.upper(), fmt.institution)
        row += 1
    _plain(sheet, row, title, fmt.title)
    row += 1
    class_text = " \u2013 ".join(p for p in (recap.class_code, recap.class_name) if p)
    _plain(sheet, row, " \u00b7 ".join(p for p in (class_text, recap.program_name) if p),
           fmt.subtitle)
    row += 1
    period = format_period(recap.period_start, recap.period_end, lang)
    as_of = label("recap_as_of", lang, date=format_date(recap.as_of, lang)) if recap.as_of else ""
    line = " \u00b7 ".join(p for p in (f"{label('period', lang)}: {period}" if period else "",
                                       as_of) if p)
    if line:
        _plain(sheet, row, line, fmt.subtitle)
        row += 1
    return row


def _plain(sheet, row: int, text: str, style) -> None:
    """A heading or note line outside the table; data never starts a formula here either."""
    if text:
        sheet.write_string(row, 0, text, style)


def _recap_sheet(book, recap: RecapDocument, fmt: _Formats) -> None:
    lang = recap.lang
    sheet = book.add_worksheet(sheet_name(label("recap_sheet", lang)))
    row = _heading(sheet, recap, fmt, label("recap_title", lang))
    _plain(sheet, row, f"{label('minimum_long', lang)}: {recap.min_pct}% \u00b7 "
           f"{label('sessions_delivered', lang)}: "
           f"{label('sessions_jp', lang, sessions=recap.delivered_sessions, jp=recap.delivered_jp)}"
           f" \u00b7 {label('sessions_remaining', lang)}: "
           f"{label('sessions_jp', lang, sessions=recap.remaining_sessions, jp=recap.remaining_jp)}",
           fmt.subtitle)
    row += 2
    columns = [("no", label("no", lang), 5), ("name", label("participant_name", lang), 34),
               ("nik", label("nik", lang), 19)]
    columns += [(mark, mark, 5) for mark in MARK_ORDER]
    columns += [("unmarked", label("not_recorded", lang), 10),
                ("late", label("late_count", lang), 10),
                ("attended", label("jp_attended_only", lang), 10),
                ("counted", label("jp_counted", lang), 10),
                ("rate", label("rate", lang), 11), ("min", label("minimum", lang), 7),
                ("verdict", label("verdict", lang), 22), ("reason", label("remarks", lang), 70)]
    header_row = row
    for col, (key, heading, width) in enumerate(columns):
        sheet.write_string(header_row, col, heading, fmt.header)
        column_format = book.add_format({"num_format": TEXT_FORMAT}) if key in ("name", "nik") else None
        sheet.set_column(col, col, width, column_format)
    sheet.set_row(header_row, 30)
    for offset, item in enumerate(recap.rows, 1):
        r = header_row + offset
        name_style = fmt.muted if item.inactive else fmt.text
        name = item.full_name + (f" ({label('not_enrolled_now', lang)})" if item.inactive else "")
        values = {
            "no": item.number, "H": item.counts[0], "I": item.counts[1], "S": item.counts[2],
            "A": item.counts[3], "unmarked": item.unmarked, "late": item.late,
            "attended": item.attended_jp, "counted": item.counted_jp,
        }
        for col, (key, _title, _width) in enumerate(columns):
            if key in values:
                sheet.write_number(r, col, values[key], fmt.int)
            elif key == "name":
                write_text(sheet, r, col, name, fmt, name_style)
            elif key == "nik":
                write_text(sheet, r, col, item.nik, fmt, fmt.code)
            elif key == "rate":
                if item.rate_pct is None:
                    sheet.write_blank(r, col, None, fmt.pct)
                else:
                    # The shown percentage is already rounded down; Excel only displays it.
                    style = fmt.pct_bold if item.verdict in ("not_met", "cannot_reach") else fmt.pct
                    sheet.write_number(r, col, float(Decimal(item.rate_pct) / 100), style)
            elif key == "min":
                sheet.write_number(r, col, item.min_pct / 100, fmt.min_pct)
            elif key == "verdict":
                write_text(sheet, r, col, item.verdict_label, fmt)
            elif key == "reason":
                write_text(sheet, r, col, item.reason, fmt)
    last = header_row + len(recap.rows)
    sheet.freeze_panes(header_row + 1, 2)
    if recap.rows:
        sheet.autofilter(header_row, 0, last, len(columns) - 1)
    row = last + 2
    notes = [label("rate_note", lang), *rule_lines(recap), label("marks_legend", lang)]
    if recap.unmarked_dates:
        notes.append(label("unmarked_note", lang, count=len(recap.unmarked_dates),
                           dates="; ".join(format_date(d, lang) for d in recap.unmarked_dates)))
    _plain(sheet, row, f"{label('notes', lang)}:", fmt.note)
    for note in notes:
        row += 1
        _plain(sheet, row, note, fmt.note)
    _page_setup(sheet, recap.paper, header_row, f"{label('recap_name', lang)} {recap.class_code}")


def _grid_sheet(book, recap: RecapDocument, grid: ClassGridDocument, fmt: _Formats) -> None:
    lang = recap.lang
    sheet = book.add_worksheet(sheet_name(label("grid_sheet", lang)))
    row = _heading(sheet, recap, fmt, label("grid_title", lang))
    row += 1
    numbers_row, dates_row = row, row + 1
    lead = [(label("no", lang), 5), (label("participant_name", lang), 34), (label("nik", lang), 19)]
    for col, (heading, width) in enumerate(lead):
        sheet.merge_range(numbers_row, col, dates_row, col, heading, fmt.header)
        sheet.set_column(col, col, width, book.add_format({"num_format": TEXT_FORMAT}) if col else None)
    first_session = len(lead)
    for offset, column in enumerate(grid.sessions):
        col = first_session + offset
        sheet.write_number(numbers_row, col, column.number, fmt.header)
        sheet.write_string(dates_row, col, session_heading(column, lang).replace("\n", " "),
                           fmt.header)
        sheet.set_column(col, col, 6.5)
    first_total = first_session + len(grid.sessions)
    for offset, mark in enumerate(MARK_ORDER):
        col = first_total + offset
        sheet.merge_range(numbers_row, col, dates_row, col, mark, fmt.header)
        sheet.set_column(col, col, 5)
    sheet.set_row(dates_row, 30)
    for offset, person in enumerate(grid.rows, 1):
        r = dates_row + offset
        sheet.write_number(r, 0, person.number, fmt.int)
        name = person.full_name + (f" ({label('not_enrolled_now', lang)})" if person.inactive else "")
        write_text(sheet, r, 1, name, fmt, fmt.muted if person.inactive else fmt.text)
        write_text(sheet, r, 2, person.nik, fmt, fmt.code)
        for index in range(len(grid.sessions)):
            mark = person.marks[index] if index < len(person.marks) else ""
            style = fmt.mark_absent if mark == "A" else fmt.mark
            if mark:
                sheet.write_string(r, first_session + index, mark, style)
            else:
                sheet.write_blank(r, first_session + index, None, style)
        for offset_mark, mark in enumerate(MARK_ORDER):
            count = sum(1 for m in person.marks if m == mark)
            if grid.sessions:
                cells = (f"{xl_rowcol_to_cell(r, first_session)}:"
                         f"{xl_rowcol_to_cell(r, first_total - 1)}")
                sheet.write_formula(r, first_total + offset_mark, f'=COUNTIF({cells},"{mark}")',
                                    fmt.total, count)
            else:
                sheet.write_number(r, first_total + offset_mark, 0, fmt.total)
    sheet.freeze_panes(dates_row + 1, first_session)
    last = dates_row + len(grid.rows)
    _plain(sheet, last + 2, label("marks_legend", lang), fmt.note)
    _page_setup(sheet, recap.paper, dates_row, f"{label('grid_name', lang)} {recap.class_code}")


def build_recap_xlsx(recap: RecapDocument, grid: ClassGridDocument, out: Destination) -> None:
    """Write the recap and the grid of marks as an .xlsx to ``out`` (a path or a binary
    file object)."""
    check_lang(recap.lang)
    buffer = io.BytesIO()
    # No text is ever turned into a number, a formula or a link behind the code's back.
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    name = label("recap_name", recap.lang)
    book.set_properties({
        "title": f"{name} {recap.class_code}",
        "author": recap.letterhead.name if recap.letterhead else "",
        "company": recap.letterhead.name if recap.letterhead else "",
        "comments": "LPKS Desktop",
    })
    fmt = _Formats(book)
    _recap_sheet(book, recap, fmt)
    _grid_sheet(book, recap, grid, fmt)
    book.close()
    write_output(out, buffer.getvalue())

