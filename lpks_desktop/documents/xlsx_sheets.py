"""What every spreadsheet the app writes shares: the cell formats of a report sheet, text cells
that a spreadsheet never runs as a formula, sheet names Excel accepts, and its paper codes."""

from __future__ import annotations

from ..core.exporting import formula_like

PAPER_CODES = {"A4": 9, "F4": 14}  # xlsxwriter's codes: 14 is Folio (8.5 x 13 in)
TEXT_FORMAT = 49  # Excel's built-in Text number format, "@"
SHEET_NAME_MAX = 31


class ReportFormats:
    """The formats of a report sheet: title lines above a bordered table."""

    def __init__(self, book):
        border = {"border": 1, "valign": "vcenter"}
        self.border = border
        self.institution = book.add_format({"bold": True, "font_size": 12})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.subtitle = book.add_format({"font_size": 11})
        self.header = book.add_format({**border, "bold": True, "align": "center",
                                       "text_wrap": True, "bg_color": "#D9D9D9"})
        self.text = book.add_format({**border, "num_format": TEXT_FORMAT})
        self.quoted = book.add_format({**border, "num_format": TEXT_FORMAT, "quote_prefix": True})
        self.muted = book.add_format({**border, "num_format": TEXT_FORMAT, "italic": True,
                                      "font_color": "#595959"})
        self.code = book.add_format({**border, "num_format": TEXT_FORMAT, "align": "center"})
        self.int = book.add_format({**border, "num_format": "0", "align": "center"})


def write_text(sheet, row: int, col: int, value, fmt: ReportFormats, style=None) -> None:
    """Text that stays text: a value a spreadsheet would run as a formula gets the quote."""
    value = str(value or "")
    if not value:
        sheet.write_blank(row, col, None, style or fmt.text)
    elif formula_like(value):
        sheet.write_string(row, col, value, fmt.quoted)
    else:
        sheet.write_string(row, col, value, style or fmt.text)


def sheet_name(text: str) -> str:
    """``text`` as Excel accepts a sheet name: none of []:*?/\\ and at most 31 characters."""
    return text.translate(str.maketrans({c: "-" for c in "[]:*?/\\"}))[:SHEET_NAME_MAX]
