"""Building blocks for the body of a document: escaped paragraphs, column widths, the thin
grid table with a repeated header, the "label : value" header block, titles and notes."""

from __future__ import annotations

from typing import Iterable, Sequence
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from .styles import FONT_BOLD, GRID, HEADER_FILL, INK, styles

MIN_FLEX_WIDTH_MM = 22
CELL_PADDING = 6  # left + right padding of grid cells, in points


def escape(text: object) -> str:
    """Text typed by clerks as Paragraph markup: ``&`` and ``<`` kept literal, line breaks kept."""
    return _xml_escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle, *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped), or of trusted markup built here when ``markup``."""
    return Paragraph(str(text) if markup else escape(text), style)


def cell(text: object, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A grid cell: the plain string when every line fits ``width``, else a wrapping paragraph.

    Plain strings are drawn by the table itself in the table's font (``grid_table`` sets the
    cell style's font), which is many times faster than a Paragraph; a long table of short
    numbers and codes builds in a fraction of the time.
    """
    text = str(text)
    room = width - CELL_PADDING
    if all(stringWidth(line, style.fontName, style.fontSize) <= room
           for line in text.split("\n")):
        return text
    return para(text, style)


def column_widths(spec_mm: Sequence[float | None], total: float) -> list[float]:
    """Widths in points: numbers are millimetres, ``None`` columns share what is left.

    When the fixed columns leave the flexible ones too little room (portrait paper), the
    fixed ones shrink in proportion rather than the table running off the page.
    """
    fixed = sum(w * mm for w in spec_mm if w is not None)
    flex = sum(1 for w in spec_mm if w is None)
    room = total - flex * MIN_FLEX_WIDTH_MM * mm
    scale = min(1.0, room / fixed) if fixed else 1.0
    left = total - fixed * scale
    share = left / flex if flex else 0.0
    return [share if w is None else w * mm * scale for w in spec_mm]


def grid_table(rows: list[list], widths: Sequence[float], *, header_rows: int = 1,
               commands: Iterable[tuple] = ()) -> LongTable:
    """A table with thin rules, a shaded bold header repeated on every page, and rows that
    never split across a page. Align plain-string columns with ``ALIGN`` commands."""
    table = LongTable(rows, colWidths=list(widths), repeatRows=header_rows, splitByRow=1,
                      hAlign="CENTER")
    body = styles().cell
    base = [
        # Plain-string cells (see ``cell``) are drawn in the body cell style.
        ("FONTNAME", (0, 0), (-1, -1), body.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
        ("LEADING", (0, 0), (-1, -1), body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), body.textColor),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        base += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, INK),
        ]
    table.setStyle(TableStyle(base + list(commands)))
    return table


def info_block(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """The header block above a table: ``Label : value`` pairs, filled column by column."""
    st = styles()
    pairs = [(k, v) for k, v in pairs if v not in (None, "")]
    per_column = -(-len(pairs) // columns) if pairs else 0
    groups = [pairs[i * per_column:(i + 1) * per_column] for i in range(columns)]
    groups = [g for g in groups if g]
    if not groups:
        return Table([[""]], colWidths=[width])
    gap = 6 * mm
    group_width = (width - gap * (len(groups) - 1)) / len(groups)
    colon = 3 * mm
    row_cells: list[list] = [[] for _ in range(per_column)]
    widths: list[float] = []
    for index, group in enumerate(groups):
        label_width = min(group_width * 0.45,
                          max(stringWidth(k, st.info_label.fontName, st.info_label.fontSize)
                              for k, _ in group) + 2)
        widths += [label_width, colon, group_width - label_width - colon]
        if index < len(groups) - 1:
            widths.append(gap)
        for row in range(per_column):
            key, value = group[row] if row < len(group) else ("", "")
            cells = [para(key, st.info_label), para(":" if key else "", st.info_label),
                     para(value, st.info_value)]
            if index < len(groups) - 1:
                cells.append("")
            row_cells[row] += cells
    table = Table(row_cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
    ]))
    return table


def title_block(title: str, *subtitles: str) -> list[Flowable]:
    """The centred bold document title and its subtitle lines."""
    st = styles()
    flowables: list[Flowable] = [para(title, st.title)]
    flowables += [para(line, st.subtitle) for line in subtitles if line]
    flowables.append(Spacer(1, 4 * mm))
    return flowables


def notes_block(heading: str, lines: Sequence[str]) -> list[Flowable]:
    """``Catatan:`` followed by one paragraph per line; nothing when there are no lines."""
    lines = [line for line in lines if line and line.strip()]
    if not lines:
        return []
    st = styles()
    flowables: list[Flowable] = [Spacer(1, 2.5 * mm),
                                 para(f"<b>{escape(heading)}:</b>", st.note, markup=True)]
    flowables += [para(line, st.note) for line in lines]
    return flowables


def text_width_mm(texts: Iterable[str], style: ParagraphStyle, *, minimum: float,
                  maximum: float, padding_pt: float = 7) -> float:
    """A column width in millimetres that fits the widest of ``texts`` on one line, within
    ``minimum``..``maximum`` (dates and times should not wrap mid-word)."""
    widest = max((stringWidth(t, style.fontName, style.fontSize) for t in texts), default=0.0)
    return max(minimum, min(maximum, (widest + padding_pt) / mm))


def unit_paragraphs(unit_code: str, unit_title: str, topic: str) -> list[Paragraph]:
    """A session's competency unit (code in bold, then title) and its topic, without saying the
    title twice: a topic like "<title> (2/4)" only adds its "(2/4)" to the title line."""
    st = styles()
    title, extra = unit_title, topic.strip()
    if title and extra.startswith(title):
        title, extra = f"{title} {extra[len(title):].strip()}".strip(), ""
    lines = []
    if unit_code:
        lines.append(f"<font name='{FONT_BOLD}'>{escape(unit_code)}</font>")
    if title:
        lines.append(escape(title))
    cells = [para("<br/>".join(lines), st.cell, markup=True)] if lines else []
    if extra:
        cells.append(para(extra, st.cell_muted))
    return cells
