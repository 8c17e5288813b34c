"""The attendance sheet of one session (daftar hadir peserta): who attends, a box for each
signature, the trainer's signature at the bottom. Several sheets (a trainer's week) bind into
one PDF, each starting on a fresh page with its own letterhead and its own page numbers."""

from __future__ import annotations

from dataclasses import dataclass
import datetime as dt
from typing import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, PageBreak, Spacer, Table, TableStyle

from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import PageSetup, SectionStart, build_pdf
from .signatures import Signatory, signature_block
from .styles import FONT, GRID, HEADER_FILL, INK, styles
from .tables import CELL_PADDING, cell, column_widths, info_block, para, title_block
from .words import check_lang, format_date, format_time_range, label

SIGNING_ROW = 8.5 * mm  # a participant's row: room for a signature in a half-width box
CAPTION_GAP = 1.5 * mm
NIK_DIGITS = "0" * 16


@dataclass(frozen=True)
class SheetPerson:
    """One participant's row. ``note`` is printed under Keterangan (usually left blank)."""

    number: int
    full_name: str
    nik: str = ""
    note: str = ""


@dataclass(frozen=True)
class AttendanceSheet:
    """One session's sheet, as plain data. A blank ``place`` takes the letterhead's town."""

    letterhead: Letterhead | None
    class_code: str
    class_name: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    program_name: str = ""
    batch: int | str | None = None
    session_number: int | None = None  # "pertemuan ke-"
    time_zone: str = ""  # "WIB", "WITA" or "WIT" after the time; blank when unknown
    room: str = ""
    trainer_names: tuple[str, ...] = ()  # the lead first; the lead signs
    unit_code: str = ""
    unit_title: str = ""
    topic: str = ""
    jp: int | None = None
    people: Sequence[SheetPerson] = ()
    place: str = ""


@dataclass(frozen=True)
class SheetOptions:
    paper: str = "A4"
    landscape: bool = False
    show_nik: bool = False
    blank_rows: int = 0  # empty numbered rows after the list, for walk-ins
    lang: str = "id"


class Indented(Flowable):
    """Flowables stacked in a narrower column starting ``left`` points from the left edge
    (e.g. one signature in the right half of the page)."""

    def __init__(self, flowables: Sequence[Flowable], left: float):
        super().__init__()
        self.flowables = list(flowables)
        self.left = left
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        inner = avail_width - self.left
        self._sizes = [f.wrap(inner, avail_height) for f in self.flowables]
        self.width = avail_width
        self.height = sum(h for _w, h in self._sizes)
        return self.width, self.height

    def draw(self):
        inner = self.width - self.left
        y = self.height
        for flowable, (w, h) in zip(self.flowables, self._sizes):
            y -= h
            flowable.drawOn(self.canv, self.left + (inner - w) / 2, y)


class ContinuedTable(Flowable):
    """A long table whose parts after the first page carry a caption line above their
    repeated header row, so a loose continuation page still says which sheet it belongs to;
    optionally closed by a ``trailer`` (notes, signatures) that is never left alone on a
    page: the last ``keep_last`` rows go over with it.

    ``caption`` makes a fresh flowable for each continuation part.
    """

    def __init__(self, table: Table, caption: Callable[[], Flowable] | None, *,
                 continued: bool = False, trailer: Sequence[Flowable] = (), keep_last: int = 3):
        super().__init__()
        self.table = table
        self.caption_factory = caption
        self.continued = continued
        self.trailer = list(trailer)
        self.keep_last = keep_last
        self._caption = caption() if (continued and caption is not None) else None
        self._table_size = (0.0, 0.0)
        self._trailer_sizes: list[tuple[float, float]] = []

    def _caption_height(self, avail_width: float, avail_height: float) -> float:
        if self._caption is None:
            return 0.0
        return self._caption.wrap(avail_width, avail_height)[1] + CAPTION_GAP

    def _trailer_height(self, avail_width: float, avail_height: float) -> float:
        self._trailer_sizes = [f.wrap(avail_width, avail_height) for f in self.trailer]
        return sum(h for _w, h in self._trailer_sizes)

    def _part(self, table: Table, *, continued: bool, last: bool) -> "ContinuedTable":
        return ContinuedTable(table, self.caption_factory, continued=continued,
                              trailer=self.trailer if last else (), keep_last=self.keep_last)

    def wrap(self, avail_width, avail_height):
        caption_height = self._caption_height(avail_width, avail_height)
        trailer_height = self._trailer_height(avail_width, avail_height)
        self._table_size = self.table.wrap(avail_width, avail_height - caption_height)
        self.width = avail_width
        self.height = caption_height + self._table_size[1] + trailer_height
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self._caption_height(avail_width, avail_height)
        if self.trailer:
            _w, table_height = self.table.wrap(avail_width, room)
            row_heights = list(getattr(self.table, "_rowHeights", []))
            kept = min(self.keep_last, max(len(row_heights) - self.table.repeatRows - 1, 0))
            if table_height <= room and kept:
                # The rows fit but the trailer does not: the last rows go over with it.
                room = table_height - sum(row_heights[len(row_heights) - kept:]) - 0.01
        parts = self.table.split(avail_width, room)
        if self.trailer and len(parts) == 2:
            parts = self._rebalanced(parts, avail_width, room)
        if not parts:
            return []
        count = len(parts)
        return [self._part(part, continued=self.continued or index > 0, last=index == count - 1)
                for index, part in enumerate(parts)]

    def _rebalanced(self, parts: list, avail_width: float, room: float) -> list:
        """A split whose rest is short of ``keep_last`` rows moves rows over from the first
        part, so the trailer never starts a page under a lone row; when that would leave the
        first part shorter than ``keep_last`` rows itself, nothing is split here and the
        whole part goes to the next page."""
        header = self.table.repeatRows
        for _attempt in range(3):
            first, rest = parts
            missing = self.keep_last - (len(rest._cellvalues) - header)
            if missing <= 0:
                return parts
            first_body = len(first._cellvalues) - header
            if first_body - missing < 1:
                return parts  # nothing to move: a page this short keeps the plain split
            if first_body - missing < self.keep_last:
                return []
            first.wrap(avail_width, room)
            heights = list(first._rowHeights)
            room = sum(heights) - sum(heights[len(heights) - missing:]) - 0.01
            parts = self.table.split(avail_width, room)
            if len(parts) != 2:
                return parts
        return parts

    def draw(self):
        table_width, table_height = self._table_size
        trailer_height = sum(h for _w, h in self._trailer_sizes)
        self.table.drawOn(self.canv, (self.width - table_width) / 2, trailer_height)
        if self._caption is not None:
            self._caption.drawOn(self.canv, 0, trailer_height + table_height + CAPTION_GAP)
        y = trailer_height
        for flowable, (w, h) in zip(self.trailer, self._trailer_sizes):
            y -= h
            flowable.drawOn(self.canv, (self.width - w) / 2, y)


def table_style(header_rows: int, extra: Sequence[tuple] = ()) -> TableStyle:
    """Thin rules and a shaded bold header, like ``tables.grid_table``, but with the vertical
    rules left to the caller (the signature column has none between its two halves)."""
    body = styles().cell
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), body.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
        ("LEADING", (0, 0), (-1, -1), body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), body.textColor),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, INK),
        *extra,
    ])


def nik_width_mm(font_size: float) -> float:
    """A column that holds 16 digits on one line, with the cell padding and a little air."""
    return (stringWidth(NIK_DIGITS, FONT, font_size) + CELL_PADDING + 2) / mm


def session_caption(sheet: AttendanceSheet, lang: str) -> str:
    """Which sheet a page belongs to: class, session number and day."""
    class_text = " \u2013 ".join(p for p in (sheet.class_code, sheet.class_name) if p)
    parts = [label("sheet_name", lang), class_text]
    if sheet.session_number is not None:
        parts.append(label("session_number", lang, number=sheet.session_number))
    parts.append(format_date(sheet.date, lang, weekday=True))
    return " \u00b7 ".join(parts)


def _time_text(sheet: AttendanceSheet, lang: str) -> str:
    text = format_time_range(sheet.start_time, sheet.end_time, lang)
    return f"{text} {sheet.time_zone}" if sheet.time_zone else text


def _unit_text(sheet: AttendanceSheet) -> str:
    title, topic = sheet.unit_title, sheet.topic.strip()
    if title and topic.startswith(title):
        title, topic = f"{title} {topic[len(title):].strip()}".strip(), ""
    head = " ".join(p for p in (sheet.unit_code, title) if p)
    return " \u2013 ".join(p for p in (head, topic) if p)


def _slot_text(number: int, width: float) -> str:
    """``12. ..........`` filling a half of the signature column."""
    st = styles().cell
    lead = f"{number}. "
    room = width - CELL_PADDING - stringWidth(lead, st.fontName, st.fontSize)
    dots = max(0, int(room / stringWidth(".", st.fontName, st.fontSize)) - 1)
    return lead + "." * dots


def _widths(width: float, options: SheetOptions) -> dict[str, float]:
    wide = options.landscape
    spec: list[tuple[str, float | None]] = [("no", 9), ("name", None)]
    if options.show_nik:
        spec.append(("nik", nik_width_mm(styles().cell.fontSize)))
    half = 42 if wide else 27
    spec += [("sign_left", half), ("sign_right", half), ("remarks", 45 if wide else 22)]
    return dict(zip((k for k, _ in spec), column_widths([w for _, w in spec], width)))


def _table(sheet: AttendanceSheet, options: SheetOptions, width: float) -> ContinuedTable:
    st = styles()
    lang = options.lang
    w = _widths(width, options)
    keys = list(w)
    col = {k: i for i, k in enumerate(keys)}
    header = {
        "no": para(label("no", lang), st.header),
        "name": para(label("participant_name", lang), st.header),
        "nik": para(label("nik", lang), st.header),
        "sign_left": para(label("signature", lang), st.header),
        "sign_right": "",
        "remarks": para(label("remarks", lang), st.header),
    }
    rows: list[list] = [[header[k] for k in keys]]
    heights: list[float | None] = [None]
    padding = 2.5 + 3
    entries = [(p.number, p.full_name, p.nik, p.note) for p in sheet.people]
    after = max((p.number for p in sheet.people), default=0)
    entries += [(after + i, "", "", "") for i in range(1, max(0, options.blank_rows) + 1)]
    for number, name, nik, note in entries:
        name_cell = cell(name, st.cell, w["name"])
        note_cell = cell(note, st.cell, w["remarks"]) if note else ""
        height = SIGNING_ROW
        for content, key in ((name_cell, "name"), (note_cell, "remarks")):
            if not isinstance(content, str):  # a wrapping paragraph: let the row grow
                height = max(height, content.wrap(w[key] - CELL_PADDING, 10_000)[1] + padding)
        slot = _slot_text(number, w["sign_left"])
        odd = number % 2 == 1
        cells = {"no": str(number), "name": name_cell, "nik": nik,
                 "sign_left": slot if odd else "", "sign_right": "" if odd else slot,
                 "remarks": note_cell}
        rows.append([cells[k] for k in keys])
        heights.append(height)
    # Vertical rules everywhere except between the two halves of the signature column.
    commands: list[tuple] = [("LINEAFTER", (i, 0), (i, -1), 0.5, GRID)
                             for i, k in enumerate(keys[:-1]) if k != "sign_left"]
    commands += [
        ("LINEAFTER", (col["sign_left"], 0), (col["sign_left"], 0), 0.5, GRID),
        ("SPAN", (col["sign_left"], 0), (col["sign_right"], 0)),
        ("ALIGN", (col["no"], 1), (col["no"], -1), "CENTER"),
        ("VALIGN", (col["sign_left"], 1), (col["sign_right"], -1), "BOTTOM"),
        ("FONTSIZE", (col["sign_left"], 1), (col["sign_right"], -1), 8),
        ("TEXTCOLOR", (col["sign_left"], 1), (col["sign_right"], -1), GRID),
    ]
    if "nik" in col:
        commands.append(("ALIGN", (col["nik"], 1), (col["nik"], -1), "CENTER"))
    table = LongTable(rows, colWidths=[w[k] for k in keys], rowHeights=heights, repeatRows=1,
                      splitByRow=1, hAlign="CENTER")
    table.setStyle(table_style(1, commands))
    caption_text = f"{session_caption(sheet, lang)} {label('continued', lang)}"
    return ContinuedTable(table, lambda: para(caption_text, st.cell_bold),
                          trailer=_signature(sheet, width, lang))


def _signatories(sheet: AttendanceSheet, lang: str) -> list[Signatory]:
    """The lead trainer signs on the right, under the place and date; assistants to the left."""
    names = list(sheet.trainer_names[:3]) or [""]
    lead, assistants = names[0], names[1:]
    return ([Signatory(role=label("trainer", lang), name=name) for name in reversed(assistants)]
            + [Signatory(role=label("trainer", lang), name=lead)])


def _signature(sheet: AttendanceSheet, width: float, lang: str) -> list[Flowable]:
    signatories = _signatories(sheet, lang)
    place = sheet.place or (sheet.letterhead.place if sheet.letterhead else "")
    if len(signatories) > 1:
        return unpacked(signature_block(signatories, width=width, place=place, on=sheet.date,
                                        lang=lang))
    # A single signature sits in the right half, where Indonesian forms put the maker's.
    return [right_half(signature_block(signatories, width=width / 2, place=place,
                                       on=sheet.date, lang=lang), width)]


def right_half(block: Flowable, width: float) -> Flowable:
    return Indented(unpacked(block), width / 2)


def unpacked(block: Flowable) -> list[Flowable]:
    """The flowables inside a ``KeepTogether`` (as ``signature_block`` returns), to be drawn
    inside another flowable that keeps them together itself."""
    return list(getattr(block, "_content", [block]))


def sheet_footer(sheet: AttendanceSheet, lang: str) -> str:
    return " \u00b7 ".join(p for p in (label("sheet_name", lang), sheet.class_code,
                                       format_date(sheet.date, lang)) if p)


def sheet_story(sheet: AttendanceSheet, options: SheetOptions, width: float) -> list[Flowable]:
    """One sheet's flowables, starting its own page numbering."""
    lang = check_lang(options.lang)
    class_text = " \u2013 ".join(p for p in (sheet.class_code, sheet.class_name) if p)
    names = list(sheet.trainer_names)
    story: list[Flowable] = [SectionStart(sheet_footer(sheet, lang))]
    story += letterhead_flowable(sheet.letterhead, lang)
    subtitle = ("" if sheet.session_number is None
                else label("session_number", lang, number=sheet.session_number))
    story += title_block(label("sheet_title", lang), subtitle)
    time_text = _time_text(sheet, lang)
    if sheet.jp:
        time_text = f"{time_text} ({label('jp_of_session', lang, jp=sheet.jp)})"
    story.append(info_block([
        (label("program", lang), sheet.program_name),
        (label("class", lang), class_text),
        (label("batch", lang), "" if sheet.batch is None else str(sheet.batch)),
        (label("unit_topic", lang), _unit_text(sheet)),
        (label("day_date", lang), format_date(sheet.date, lang, weekday=True)),
        (label("time", lang), time_text),
        (label("room", lang), sheet.room),
        (label("trainers" if len(names) > 1 else "trainer", lang), "; ".join(names)),
    ], width))
    story.append(Spacer(1, 3 * mm))
    story.append(_table(sheet, options, width))
    return story


def build_attendance_sheets(sheets: Sequence[AttendanceSheet], out: Destination,
                            options: SheetOptions = SheetOptions()) -> int:
    """Write the sheets as one PDF to ``out`` (a path or a binary file object), each on its
    own pages. Returns the number of pages in all."""
    if not sheets:
        raise ValueError("no attendance sheets to build")
    lang = check_lang(options.lang)
    setup = PageSetup(options.paper, options.landscape)
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += sheet_story(sheet, options, setup.frame_width)
    first = sheets[0]
    name = label("sheet_name", lang)
    if len(sheets) == 1:
        title = f"{name} {first.class_code} {format_date(first.date, lang)}"
    else:
        title = f"{name} {format_date(first.date, lang)} \u2013 {format_date(sheets[-1].date, lang)}"
    return build_pdf(out, story, setup, title=title,
                     author=first.letterhead.name if first.letterhead else "",
                     subject=first.class_name, footer_left=sheet_footer(first, lang), lang=lang)

