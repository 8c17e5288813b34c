"""The trainer journal (jurnal instruktur): per session of a class, what was taught and for
how many JP, initialled by the trainer and acknowledged by the head."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import PageSetup, build_pdf
from .signatures import Signatory, signature_block
from .styles import CANCELLED_FILL, FONT_BOLD, FONT_ITALIC, MUTED, TOTAL_FILL, styles
from .tables import (cell, column_widths, escape, grid_table, info_block, notes_block, para,
                     text_width_mm, title_block, unit_paragraphs)
from .words import check_lang, format_date, format_period, format_time_range, label

CANCELLED = "cancelled"
HANDWRITING_SPACE = 11 * mm  # height of an unwritten row, to fill in by hand
INITIALS_SPACE = 7 * mm  # every row leaves at least this much for the trainer's initials


@dataclass(frozen=True)
class JournalRow:
    """One session. ``delivered_jp`` is None while its journal is not written."""

    number: int
    date: date
    start_time: time
    end_time: time
    unit_code: str = ""
    unit_title: str = ""
    topic: str = ""
    taught: str = ""
    planned_jp: int = 0
    delivered_jp: int | None = None
    status: str = "planned"  # planned / held / cancelled, as on the session
    cancel_reason: str = ""
    trainer_names: tuple[str, ...] = ()
    notes: str = ""  # the journal's own remarks, printed under what was taught

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def written(self) -> bool:
        return self.delivered_jp is not None


@dataclass(frozen=True)
class JournalDocument:
    """A class's journal, or one trainer's part of it when ``trainer_name`` is set.

    Blank ``place``, ``head_name`` and ``head_title`` are taken from the letterhead; a blank
    ``issued_on`` leaves the date to be written by hand.
    """

    letterhead: Letterhead | None
    class_code: str
    class_name: str
    program_name: str = ""
    batch: int | str | None = None
    period_start: date | None = None
    period_end: date | None = None
    room: str = ""
    trainer_name: str = ""  # blank: the whole class, each row naming its trainers
    rows: Sequence[JournalRow] = ()
    paper: str = "A4"
    landscape: bool = False
    lang: str = "id"
    place: str = ""
    issued_on: date | None = None
    head_name: str = ""
    head_title: str = ""
    notes: str = ""
    trainer_id_line: str = ""  # e.g. "NIK. ..." under the trainer's name
    head_id_line: str = ""  # e.g. "NIP. ..." under the head's name


def _trainer_names(doc: JournalDocument) -> list[str]:
    names: list[str] = []
    for row in doc.rows:
        names += [n for n in row.trainer_names if n not in names]
    return names


def _date_lines(d: date, lang: str) -> tuple[str, str]:
    weekday, _, rest = format_date(d, lang, weekday=True).partition(", ")
    return f"{weekday},", rest


def _unit_cell(row: JournalRow, names_below: bool, lang: str) -> list:
    st = styles()
    cell = unit_paragraphs(row.unit_code, row.unit_title, row.topic)
    if names_below and row.trainer_names:
        cell.append(para(f"{label('trainer', lang)}: {'; '.join(row.trainer_names)}",
                         st.cell_muted))
    return cell or [para("", st.cell)]


def _taught_cell(row: JournalRow, lang: str) -> list:
    st = styles()
    if row.cancelled:
        cell = [para(f"<b>{escape(label('cancelled', lang))}</b>", st.cell, markup=True)]
        if row.cancel_reason:
            cell.append(para(label("reason", lang, reason=row.cancel_reason), st.cell_muted))
        return cell
    if not row.written and not row.taught:
        return [Spacer(1, HANDWRITING_SPACE)]
    cell = [para(row.taught, st.cell)]
    if row.notes:
        cell.append(para(row.notes, st.cell_muted))
    return cell


def _table(doc: JournalDocument, width: float):
    st = styles()
    lang = doc.lang
    per_row_trainers = not doc.trainer_name and any(r.trainer_names for r in doc.rows)
    # Portrait has no room for a trainers column; the names go under the unit instead.
    trainers_column = per_row_trainers and doc.landscape
    names_below = per_row_trainers and not doc.landscape
    date_texts = [t for r in doc.rows for t in _date_lines(r.date, lang)]
    time_texts = [format_time_range(r.start_time, r.end_time, lang) for r in doc.rows]
    wide = doc.landscape
    date_mm = text_width_mm(date_texts or ["00 September 0000"], st.cell,
                            minimum=18, maximum=30)
    time_mm = text_width_mm(time_texts or ["00.00-00.00"], st.cell, minimum=15, maximum=22)
    spec: list[tuple[str, float | None]] = [
        ("no", 8), ("date", date_mm), ("time", time_mm),
        ("unit", 60 if wide else 34),
    ]
    if trainers_column:
        spec.append(("trainers", 40 if wide else 24))
    spec += [("taught", None), ("planned", 15), ("delivered", 16), ("initials", 16)]
    keys = [k for k, _ in spec]
    col = {k: i for i, k in enumerate(keys)}
    widths = column_widths([w for _, w in spec], width)

    head_labels = {
        "no": "no", "date": "day_date", "time": "time", "unit": "unit_topic",
        "trainers": "trainers", "taught": "taught", "initials": "initials",
    }
    top, second = [], []
    for key in keys:
        if key == "planned":
            top.append(para(label("jp", lang), st.header))
            second.append(para(label("jp_planned", lang), st.header_small))
        elif key == "delivered":
            top.append("")
            second.append(para(label("jp_delivered", lang), st.header_small))
        else:
            top.append(para(label(head_labels[key], lang), st.header))
            second.append("")
    rows: list[list] = [top, second]
    commands: list[tuple] = [("SPAN", (col["planned"], 0), (col["delivered"], 0))]
    commands += [("SPAN", (i, 0), (i, 1)) for k, i in col.items()
                 if k not in ("planned", "delivered")]

    first_body = len(rows)
    w = dict(zip(keys, widths))
    for row in doc.rows:
        index = len(rows)
        cells = {
            "no": str(row.number),
            "date": cell("\n".join(_date_lines(row.date, lang)), st.cell, w["date"]),
            "time": cell(format_time_range(row.start_time, row.end_time, lang),
                         st.cell_center, w["time"]),
            "unit": _unit_cell(row, names_below, lang),
            "trainers": cell("\n".join(row.trainer_names), st.cell, w.get("trainers", 0)),
            "taught": _taught_cell(row, lang),
            "planned": str(row.planned_jp),
            "delivered": "\u2013" if row.cancelled else
            ("" if row.delivered_jp is None else str(row.delivered_jp)),
            "initials": "" if row.cancelled else [Spacer(1, INITIALS_SPACE)],
        }
        if row.cancelled:
            commands += [
                ("BACKGROUND", (0, index), (-1, index), CANCELLED_FILL),
                ("TEXTCOLOR", (col["planned"], index), (col["planned"], index), MUTED),
                ("FONTNAME", (col["planned"], index), (col["planned"], index), FONT_ITALIC),
            ]
        rows.append([cells[k] for k in keys])
    for key in ("no", "time", "planned", "delivered"):
        commands.append(("ALIGN", (col[key], first_body), (col[key], -1), "CENTER"))

    counted = [r for r in doc.rows if not r.cancelled]
    planned_total = sum(r.planned_jp for r in counted)
    written = [r for r in counted if r.written]
    complete = len(written) == len(counted)
    delivered_total = sum(r.delivered_jp for r in written)
    total_row = [""] * len(keys)
    total_row[0] = label("total_jp", lang)
    total_row[col["planned"]] = str(planned_total)
    # Left blank while sessions are unwritten: the sum is completed by hand with them.
    total_row[col["delivered"]] = str(delivered_total) if complete else ""
    index = len(rows)
    rows.append(total_row)
    commands += [
        ("SPAN", (0, index), (col["taught"], index)),
        ("ALIGN", (0, index), (0, index), "RIGHT"),
        ("FONTNAME", (0, index), (-1, index), FONT_BOLD),
        ("BACKGROUND", (0, index), (-1, index), TOTAL_FILL),
        ("LINEABOVE", (0, index), (-1, index), 0.9, st.cell.textColor),
    ]
    notes = [doc.notes]
    if any(r.cancelled for r in doc.rows):
        notes.append(label("journal_cancelled_note", lang))
    if not complete:
        notes.append(label("journal_unwritten_note", lang, missing=len(counted) - len(written),
                           written=len(written), written_jp=delivered_total))
    return grid_table(rows, widths, header_rows=2, commands=commands), notes


def journal_story(doc: JournalDocument, width: float) -> list[Flowable]:
    """The journal's flowables, for a caller that binds it with other documents."""
    lang = check_lang(doc.lang)
    letterhead = doc.letterhead
    class_text = " \u2013 ".join(p for p in (doc.class_code, doc.class_name) if p)
    # Names often carry academic titles with commas ("Sari, S.Pd."), hence the semicolons.
    names = [doc.trainer_name] if doc.trainer_name else _trainer_names(doc)
    story: list[Flowable] = letterhead_flowable(letterhead, lang)
    story += title_block(label("journal_title", lang))
    story.append(info_block([
        (label("program", lang), doc.program_name),
        (label("class", lang), class_text),
        (label("batch", lang), "" if doc.batch is None else str(doc.batch)),
        (label("period", lang), format_period(doc.period_start, doc.period_end, lang)),
        (label("room", lang), doc.room),
        (label("trainers" if len(names) > 1 else "trainer", lang), "; ".join(names)),
    ], width))
    story.append(Spacer(1, 3 * mm))
    table, notes = _table(doc, width)
    story.append(table)
    closing = notes_block(label("notes", lang), notes)
    head_title = doc.head_title or (letterhead.head_title if letterhead else "") \
        or label("head_default", lang)
    story.append(signature_block([
        Signatory(role=head_title,
                  name=doc.head_name or (letterhead.head_name if letterhead else ""),
                  id_line=doc.head_id_line, lead_in=label("acknowledged", lang)),
        Signatory(role=label("trainer", lang), name=doc.trainer_name,
                  id_line=doc.trainer_id_line),
    ], width=width, place=doc.place or (letterhead.place if letterhead else ""),
        on=doc.issued_on, lang=lang, keep_with=closing))
    return story


def build_trainer_journal(doc: JournalDocument, out: Destination) -> int:
    """Write the journal as a PDF to ``out`` (a path or a binary file object).
    Returns the number of pages."""
    setup = PageSetup(doc.paper, doc.landscape)
    name = label("journal_name", doc.lang)
    footer = " \u00b7 ".join(p for p in (name, doc.class_code, doc.trainer_name) if p)
    return build_pdf(out, journal_story(doc, setup.frame_width), setup,
                     title=f"{name} {doc.class_code}".strip(),
                     author=doc.letterhead.name if doc.letterhead else "",
                     subject=doc.class_name, footer_left=footer, lang=doc.lang)
