"""The class attendance grid (daftar hadir kelas): participants down, session dates across,
a narrow cell per session to fill in by hand, or the marks already recorded. Sessions that do
not fit across the page go on in column blocks, each on its own pages, repeating No and Nama."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, PageBreak, Spacer

from .attendance_sheet import ContinuedTable, nik_width_mm, table_style, unpacked
from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import build_class_pdf
from .signatures import Signatory, signature_block
from .styles import FONT_BOLD, FONT_ITALIC, GRID, MUTED, TOTAL_FILL, styles
from .tables import CELL_PADDING, cell, escape, info_block, para, title_block
from .words import check_lang, format_period, label

MARK_ORDER = ("H", "I", "S", "A")
# Short weekday names for the narrow column headings.
WEEKDAYS_SHORT = {"id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
                  "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
SESSION_MIN_MM = 7.5  # wide enough for a hand-written letter and the "02/11" heading
SESSION_MAX_MM = 13
NAME_MIN_MM = {False: 42, True: 52}  # portrait, landscape
HANDWRITING_ROW = 6.5 * mm
SESSION_PADDING = 1.5  # points either side of a session cell
CELL_VPADDING = 2.5 + 3  # top + bottom padding of a cell (table_style)


@dataclass(frozen=True)
class GridColumn:
    """One session: its "pertemuan ke-" and its date."""

    number: int
    date: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    jp: int | None = None


@dataclass(frozen=True)
class GridRow:
    """One participant. ``marks`` has one entry per session ("" when none is recorded);
    ``inactive`` rows (withdrew, dismissed) are printed greyed, after the others."""

    number: int
    full_name: str
    nik: str = ""
    marks: tuple[str, ...] = ()
    inactive: bool = False


@dataclass(frozen=True)
class ClassGridDocument:
    letterhead: Letterhead | None
    class_code: str
    class_name: str
    program_name: str = ""
    batch: int | str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    room: str = ""
    trainer_names: tuple[str, ...] = ()  # the class's trainers; the first signs
    sessions: Sequence[GridColumn] = ()
    rows: Sequence[GridRow] = ()
    with_marks: bool = False
    show_nik: bool = False
    blank_rows: int = 0
    paper: str = "A4"
    landscape: bool = True
    lang: str = "id"
    place: str = ""
    issued_on: dt.date | None = None  # None: the date is written by hand
    head_name: str = ""
    head_title: str = ""


def session_heading(column: GridColumn, lang: str) -> str:
    """``Sen`` over ``02/11``: the day and date of a session, for a narrow column."""
    return f"{WEEKDAYS_SHORT[lang][column.date.weekday()]}\n{column.date:%d/%m}"


def _session_min_width(lang: str) -> float:
    st = styles().header_small
    widest = max(stringWidth(text, st.fontName, st.fontSize)
                 for text in (*WEEKDAYS_SHORT[lang], "00/00", "000"))
    return max(SESSION_MIN_MM * mm, widest + 2 * SESSION_PADDING + 1)


@dataclass(frozen=True)
class _Layout:
    no: float
    nik: float
    session: float
    total: float
    blocks: list[range]  # session indexes per column block


def layout(doc: ClassGridDocument, width: float) -> _Layout:
    """How wide each column is and which sessions go in each column block."""
    no = 8 * mm
    nik = nik_width_mm(styles().cell.fontSize) * mm if doc.show_nik else 0.0
    total = _session_min_width(doc.lang) + 1 * mm if doc.with_marks else 0.0
    totals = 4 if doc.with_marks else 0
    name_min = NAME_MIN_MM[doc.landscape] * mm
    room = width - no - nik - name_min
    minimum = _session_min_width(doc.lang)
    count = len(doc.sessions)
    per_page = max(1, int(room // minimum))
    # The totals need ``total`` each, a little wider than a session cell.
    items = count + math.ceil(totals * total / minimum)
    blocks_count = max(1, math.ceil(items / per_page))
    per_block = max(1, math.ceil(items / blocks_count))
    blocks, start = [], 0
    for index in range(blocks_count):
        end = count if index == blocks_count - 1 else min(count, start + per_block)
        blocks.append(range(start, end))
        start = end
    blocks = [b for b in blocks if len(b)] or [range(0, 0)]
    widest = max(len(b) for b in blocks)
    used = [len(b) * minimum + (totals * total if i == len(blocks) - 1 else 0)
            for i, b in enumerate(blocks)]
    spare = room - max(used)
    session = minimum
    if widest:
        session = min(SESSION_MAX_MM * mm, minimum + max(0.0, spare) / widest)
    return _Layout(no=no, nik=nik, session=session, total=total, blocks=blocks)


def _block_table(doc: ClassGridDocument, lay: _Layout, block: range, last: bool,
                 width: float, caption: str, trailer: list[Flowable]) -> ContinuedTable:
    st = styles()
    lang = doc.lang
    totals = doc.with_marks and last
    columns = [doc.sessions[i] for i in block]
    fixed = lay.no + lay.nik + len(columns) * lay.session + (4 * lay.total if totals else 0)
    name_width = width - fixed
    widths = [lay.no, name_width] + ([lay.nik] if doc.show_nik else [])
    first_session = len(widths)
    widths += [lay.session] * len(columns)
    first_total = len(widths)
    if totals:
        widths += [lay.total] * 4

    lead = [para(label("no", lang), st.header), para(label("participant_name", lang), st.header)]
    if doc.show_nik:
        lead.append(para(label("nik", lang), st.header))
    top = lead + ([para(label("session_short", lang), st.header)] + [""] * (len(columns) - 1)
                  if columns else [])
    second = [""] * len(lead) + [str(c.number) for c in columns]
    third = [""] * len(lead) + [session_heading(c, lang) for c in columns]
    if totals:
        top += [para(label("total", lang), st.header)] + [""] * 3
        second += list(MARK_ORDER)
        third += [""] * 4
    rows: list[list] = [top, second, third]
    commands: list[tuple] = [("SPAN", (i, 0), (i, 2)) for i in range(len(lead))]
    if columns:
        commands.append(("SPAN", (first_session, 0), (first_session + len(columns) - 1, 0)))
    if totals:
        commands += [("SPAN", (first_total, 0), (first_total + 3, 0)),
                     ("SPAN", (first_total, 1), (first_total, 2)),
                     ("SPAN", (first_total + 1, 1), (first_total + 1, 2)),
                     ("SPAN", (first_total + 2, 1), (first_total + 2, 2)),
                     ("SPAN", (first_total + 3, 1), (first_total + 3, 2))]
    commands += [
        ("FONTNAME", (first_session, 1), (-1, 2), FONT_BOLD),
        ("FONTSIZE", (first_session, 1), (-1, 2), st.header_small.fontSize),
        ("LEADING", (first_session, 1), (-1, 2), st.header_small.leading),
        ("ALIGN", (first_session, 1), (-1, -1), "CENTER"),
        ("ALIGN", (0, 3), (0, -1), "CENTER"),
        ("LEFTPADDING", (first_session, 0), (-1, -1), SESSION_PADDING),
        ("RIGHTPADDING", (first_session, 0), (-1, -1), SESSION_PADDING),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
    ]
    if doc.show_nik:
        commands.append(("ALIGN", (2, 3), (2, -1), "CENTER"))
    if totals:
        commands += [("BACKGROUND", (first_total, 3), (-1, -1), TOTAL_FILL),
                     ("LINEBEFORE", (first_total, 0), (first_total, -1), 0.9, GRID)]
    heights: list[float | None] = [None, None, None]
    row_height = None if doc.with_marks else HANDWRITING_ROW
    entries = list(doc.rows)
    after = max((r.number for r in doc.rows), default=0)
    entries += [GridRow(after + i, "") for i in range(1, max(0, doc.blank_rows) + 1)]
    inactive_suffix = f" ({label('not_enrolled_now', lang)})"
    for row in entries:
        index = len(rows)
        name = row.full_name + (inactive_suffix if row.inactive else "")
        name_cell = cell(name, st.cell_muted if row.inactive else st.cell, name_width)
        cells = [str(row.number), name_cell] + ([row.nik] if doc.show_nik else [])
        marks = [row.marks[i] if (doc.with_marks and i < len(row.marks)) else "" for i in block]
        cells += marks
        if totals:
            cells += [str(sum(1 for m in row.marks if m == mark)) if row.full_name else ""
                      for mark in MARK_ORDER]
        rows.append(cells)
        if row_height is not None and not isinstance(name_cell, str):
            # A wrapped name makes its row taller than the handwriting row, never overflows it.
            wrapped = name_cell.wrap(name_width - CELL_PADDING, 10_000)[1] + CELL_VPADDING
            heights.append(max(row_height, wrapped))
        else:
            heights.append(row_height)
        if row.inactive:
            commands += [("TEXTCOLOR", (0, index), (-1, index), MUTED),
                         ("FONTNAME", (0, index), (-1, index), FONT_ITALIC)]
        absent = [first_session + j for j, m in enumerate(marks) if m == "A"]
        commands += [("FONTNAME", (c, index), (c, index), FONT_BOLD) for c in absent]
    table = LongTable(rows, colWidths=widths, rowHeights=heights, repeatRows=3, splitByRow=1,
                      hAlign="CENTER")
    table.setStyle(table_style(3, commands))
    continued = f"{caption} {label('continued', lang)}"
    return ContinuedTable(table, lambda: para(continued, st.cell_bold), trailer=trailer)


def _block_caption(doc: ClassGridDocument, block: range) -> str:
    lang = doc.lang
    class_text = " \u2013 ".join(p for p in (doc.class_code, doc.class_name) if p)
    if not len(block):
        return class_text
    first, last = doc.sessions[block[0]], doc.sessions[block[-1]]
    sessions = label("sessions_range", lang, first=first.number, last=last.number,
                     count=len(doc.sessions))
    return " \u00b7 ".join((class_text, sessions, format_period(first.date, last.date, lang)))


def _trailer(doc: ClassGridDocument, width: float) -> list[Flowable]:
    st = styles()
    lang = doc.lang
    legend = label("marks_legend" if doc.with_marks else "blank_grid_legend", lang)
    notes = [Spacer(1, 2 * mm), para(legend, st.note)]
    letterhead = doc.letterhead
    head_title = doc.head_title or (letterhead.head_title if letterhead else "") \
        or label("head_default", lang)
    trainer = doc.trainer_names[0] if doc.trainer_names else ""
    block = signature_block([
        Signatory(role=head_title, name=doc.head_name or (letterhead.head_name if letterhead else ""),
                  lead_in=label("acknowledged", lang)),
        Signatory(role=label("trainer", lang), name=trainer),
    ], width=width, place=doc.place or (letterhead.place if letterhead else ""),
        on=doc.issued_on, lang=lang)
    return notes + unpacked(block)


def grid_story(doc: ClassGridDocument, width: float) -> list[Flowable]:
    lang = check_lang(doc.lang)
    st = styles()
    class_text = " \u2013 ".join(p for p in (doc.class_code, doc.class_name) if p)
    names = list(doc.trainer_names)
    story: list[Flowable] = letterhead_flowable(doc.letterhead, lang)
    story += title_block(label("grid_title", lang))
    story.append(info_block([
        (label("program", lang), doc.program_name),
        (label("class", lang), class_text),
        (label("batch", lang), "" if doc.batch is None else str(doc.batch)),
        (label("period", lang), format_period(doc.period_start, doc.period_end, lang)),
        (label("room", lang), doc.room),
        (label("trainers" if len(names) > 1 else "trainer", lang), "; ".join(names)),
    ], width, columns=3 if doc.landscape else 2))
    story.append(Spacer(1, 3 * mm))
    if not doc.sessions:
        story.append(para(label("no_sessions", lang), st.body))
    lay = layout(doc, width)
    for index, block in enumerate(lay.blocks):
        last = index == len(lay.blocks) - 1
        caption = _block_caption(doc, block)
        if index:
            story.append(PageBreak())
            story.append(para(f"{escape(label('grid_title', lang))}", st.cell_bold, markup=True))
        if len(lay.blocks) > 1:
            story.append(para(caption, st.cell_bold))
            story.append(Spacer(1, 1.5 * mm))
        story.append(_block_table(doc, lay, block, last, width, caption,
                                  _trailer(doc, width) if last else []))
    return story


def build_class_grid(doc: ClassGridDocument, out: Destination) -> int:
    """Write the grid as a PDF to ``out`` (a path or a binary file object). Returns the
    number of pages."""
    return build_class_pdf(out, doc, grid_story, label("grid_name", doc.lang))
