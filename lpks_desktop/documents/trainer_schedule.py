"""A trainer's own teaching schedule for a period, across classes and institutions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import PageSetup, build_pdf
from .styles import CANCELLED_FILL, FONT_BOLD, FONT_ITALIC, MUTED, TOTAL_FILL, styles
from .tables import (cell, column_widths, escape, grid_table, info_block, notes_block, para,
                     text_width_mm, title_block, unit_paragraphs)
from .words import check_lang, format_date, format_period, format_time_range, label

CANCELLED = "cancelled"
LEAD = "lead"
ASSISTANT = "assistant"


@dataclass(frozen=True)
class ScheduleRow:
    """One session the trainer teaches, as lead or assistant."""

    date: date
    start_time: time
    end_time: time
    institution_code: str = ""
    class_code: str = ""
    class_name: str = ""
    unit_code: str = ""
    unit_title: str = ""
    topic: str = ""
    room: str = ""
    role: str = LEAD  # lead / assistant
    jp: int = 0
    status: str = "planned"  # planned / held / cancelled
    cancel_reason: str = ""

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED


@dataclass(frozen=True)
class ScheduleTotals:
    sessions: int
    lead_jp: int
    assistant_jp: int

    @property
    def total_jp(self) -> int:
        return self.lead_jp + self.assistant_jp


@dataclass(frozen=True)
class ScheduleDocument:
    """Rows are printed in the order given (the service sorts them by date and time).
    ``letterhead`` may be None for a trainer who teaches for several institutions."""

    letterhead: Letterhead | None
    trainer_name: str
    period_start: date | None = None
    period_end: date | None = None
    rows: Sequence[ScheduleRow] = ()
    paper: str = "A4"
    landscape: bool = False
    lang: str = "id"
    issued_on: date | None = None  # printed as "Dicetak <date>" when given
    notes: str = ""
    trainer_id_line: str = ""  # e.g. "NIK. ..." in the header block
    home_institution: str = ""

    def totals(self) -> ScheduleTotals:
        """Cancelled sessions are listed but not counted."""
        counted = [r for r in self.rows if not r.cancelled]
        return ScheduleTotals(
            sessions=len(counted),
            lead_jp=sum(r.jp for r in counted if r.role != ASSISTANT),
            assistant_jp=sum(r.jp for r in counted if r.role == ASSISTANT))


def _unit_cell(row: ScheduleRow, lang: str) -> list:
    st = styles()
    cell = unit_paragraphs(row.unit_code, row.unit_title, row.topic)
    if row.cancelled:
        cell.append(para(f"<b>{escape(label('cancelled', lang))}</b>", st.cell, markup=True))
        if row.cancel_reason:
            cell.append(para(label("reason", lang, reason=row.cancel_reason), st.cell_muted))
    return cell or [para("", st.cell)]


def _table(doc: ScheduleDocument, width: float):
    st = styles()
    lang = doc.lang
    date_texts = [t for r in doc.rows
                  for t in format_date(r.date, lang, weekday=True).split(", ")]
    time_texts = [format_time_range(r.start_time, r.end_time, lang) for r in doc.rows]
    wide = doc.landscape
    spec = [
        ("no", 8),
        ("date", text_width_mm(date_texts or ["00 September 0000"], st.cell,
                               minimum=18, maximum=30)),
        ("time", text_width_mm(time_texts or ["00.00-00.00"], st.cell, minimum=15, maximum=22)),
        ("institution", 22 if wide else 16),
        ("class", 55 if wide else 31),
        ("unit", None),
        ("room", 30 if wide else 16),
        ("role", 15),
        ("jp", 9),
    ]
    keys = [k for k, _ in spec]
    widths = column_widths([w for _, w in spec], width)
    heads = {"no": "no", "date": "day_date", "time": "time", "institution": "institution",
             "class": "class", "unit": "unit_topic", "room": "room", "role": "role", "jp": "jp"}
    rows: list[list] = [[para(label(heads[k], lang), st.header) for k in keys]]
    commands: list[tuple] = []
    w = dict(zip(keys, widths))
    for number, row in enumerate(doc.rows, 1):
        index = len(rows)
        class_parts = [f"<font name='{FONT_BOLD}'>{escape(row.class_code)}</font>"] \
            if row.class_code else []
        if row.class_name:
            class_parts.append(escape(row.class_name))
        role = label("role_assistant" if row.role == ASSISTANT else "role_lead", lang)
        cells = {
            "no": str(number),
            "date": cell(format_date(row.date, lang, weekday=True).replace(", ", ",\n", 1),
                         st.cell, w["date"]),
            "time": cell(format_time_range(row.start_time, row.end_time, lang), st.cell_center,
                         w["time"]),
            "institution": cell(row.institution_code, st.cell_center, w["institution"]),
            "class": para("<br/>".join(class_parts), st.cell, markup=True),
            "unit": _unit_cell(row, lang),
            "room": cell(row.room, st.cell, w["room"]),
            "role": cell(role, st.cell_center, w["role"]),
            "jp": str(row.jp),
        }
        if row.cancelled:
            commands += [
                ("BACKGROUND", (0, index), (-1, index), CANCELLED_FILL),
                ("TEXTCOLOR", (len(keys) - 1, index), (len(keys) - 1, index), MUTED),
                ("FONTNAME", (len(keys) - 1, index), (len(keys) - 1, index), FONT_ITALIC),
            ]
        rows.append([cells[k] for k in keys])
    for key in ("no", "time", "institution", "role", "jp"):
        position = keys.index(key)
        commands.append(("ALIGN", (position, 1), (position, -1), "CENTER"))
    totals = doc.totals()
    index = len(rows)
    total_row = [""] * len(keys)
    total_row[0] = label("total_jp", lang)
    total_row[-1] = str(totals.total_jp)
    rows.append(total_row)
    commands += [
        ("SPAN", (0, index), (len(keys) - 2, index)),
        ("ALIGN", (0, index), (0, index), "RIGHT"),
        ("FONTNAME", (0, index), (-1, index), FONT_BOLD),
        ("BACKGROUND", (0, index), (-1, index), TOTAL_FILL),
        ("LINEABOVE", (0, index), (-1, index), 0.9, st.cell.textColor),
    ]
    return grid_table(rows, widths, header_rows=1, commands=commands)


def schedule_story(doc: ScheduleDocument, width: float) -> list[Flowable]:
    lang = check_lang(doc.lang)
    story: list[Flowable] = letterhead_flowable(doc.letterhead, lang)
    story += title_block(label("schedule_title", lang))
    story.append(info_block([
        (label("trainer", lang), doc.trainer_name),
        (label("home_institution", lang), doc.home_institution),
        (label("period", lang), format_period(doc.period_start, doc.period_end, lang)),
        ("", doc.trainer_id_line),
    ], width))
    story.append(Spacer(1, 3 * mm))
    totals = doc.totals()
    if doc.rows:
        story.append(_table(doc, width))
        summary = label("schedule_summary", lang, sessions=totals.sessions,
                        lead_jp=totals.lead_jp, assistant_jp=totals.assistant_jp,
                        total_jp=totals.total_jp)
    else:
        summary = label("schedule_empty", lang)
    story += [Spacer(1, 2.5 * mm), para(summary, styles().note)]
    notes = [doc.notes]
    if any(r.cancelled for r in doc.rows):
        notes.append(label("journal_cancelled_note", lang))
    story += notes_block(label("notes", lang), notes)
    if doc.issued_on:
        story += [Spacer(1, 4 * mm),
                  para(label("printed_on", lang, date=format_date(doc.issued_on, lang)),
                       styles().cell_muted)]
    return story


def build_trainer_schedule(doc: ScheduleDocument, out: Destination) -> int:
    """Write the schedule as a PDF to ``out`` (a path or a binary file object).
    Returns the number of pages."""
    setup = PageSetup(doc.paper, doc.landscape)
    title = label("schedule_name", doc.lang)
    period = format_period(doc.period_start, doc.period_end, doc.lang)
    return build_pdf(out, schedule_story(doc, setup.frame_width), setup,
                     title=f"{title} {doc.trainer_name}".strip(),
                     author=doc.letterhead.name if doc.letterhead else "",
                     subject=period,
                     footer_left=" \u00b7 ".join(p for p in (title, doc.trainer_name, period) if p),
                     lang=doc.lang)
