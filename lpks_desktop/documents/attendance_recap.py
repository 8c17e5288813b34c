"""The attendance recap of a class (rekap kehadiran): per participant the H/I/S/A counts, the
JP attended over the JP counted, the rate against the program's minimum and the verdict;
the class's sessions delivered and remaining; how I and S count; the head's signature."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from .attendance_sheet import ContinuedTable, nik_width_mm, right_half, table_style
from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import build_class_pdf
from .signatures import Signatory, signature_block
from .styles import FONT_BOLD, FONT_ITALIC, GRID, MUTED, styles
from .tables import CELL_PADDING, cell, column_widths, info_block, notes_block, para, title_block
from .words import check_lang, format_date, format_number, format_period, label

MARK_ORDER = ("H", "I", "S", "A")
# Verdicts printed in bold: the participant does not (or can no longer) meet the minimum.
ALARMING = ("not_met", "cannot_reach")
WATCH = ("at_risk",)
RULE_KEYS = {"absent": "rule_absent", "present": "rule_present", "excluded": "rule_excluded"}
UNMARKED_DATES_SHOWN = 12
CELL_VPADDING = 2.5 + 3
NIK_FONT_SIZE = 7.5  # a little smaller than the names, to leave them room on portrait paper


@dataclass(frozen=True)
class RecapRow:
    number: int
    full_name: str
    nik: str = ""
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)  # H, I, S, A
    unmarked: int = 0
    late: int = 0
    attended_jp: int = 0
    counted_jp: int = 0
    rate_pct: Decimal | None = None  # already rounded down to one decimal
    min_pct: int = 0
    verdict: str = "no_data"
    verdict_label: str = ""  # the verdict in the document's language
    reason: str = ""  # one line why, in the document's language (the spreadsheet shows it)
    inactive: bool = False  # withdrew or dismissed: listed after the others, greyed


@dataclass(frozen=True)
class RecapDocument:
    letterhead: Letterhead | None
    class_code: str
    class_name: str
    program_name: str = ""
    batch: int | str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    trainer_names: tuple[str, ...] = ()
    min_pct: int = 0
    delivered_sessions: int = 0
    delivered_jp: int = 0
    remaining_sessions: int = 0
    remaining_jp: int = 0
    excused_rule: str = "absent"  # "absent" | "present" | "excluded"
    sick_rule: str = "absent"
    unmarked_dates: Sequence[dt.date] = ()  # delivered sessions missing someone's mark
    rows: Sequence[RecapRow] = ()
    as_of: dt.date | None = None
    paper: str = "A4"
    landscape: bool = False
    lang: str = "id"
    place: str = ""
    issued_on: dt.date | None = None
    head_name: str = ""
    head_title: str = ""


def format_rate(value: Decimal | None, lang: str) -> str:
    """``79,9%`` / ``79.9%``; a dash when nothing was counted yet."""
    if value is None:
        return "\u2013"
    return f"{format_number(value, lang, 1)}%"


def rule_lines(doc: RecapDocument) -> list[str]:
    lang = doc.lang
    return [label("rule_line", lang, mark=label(mark_key, lang), rule=label(RULE_KEYS[rule], lang))
            for mark_key, rule in (("mark_excused", doc.excused_rule), ("mark_sick", doc.sick_rule))]


def _widths(doc: RecapDocument, width: float) -> dict[str, float]:
    wide = doc.landscape
    spec: list[tuple[str, float | None]] = [("no", 8), ("name", None)]
    spec.append(("nik", nik_width_mm(NIK_FONT_SIZE)))
    spec += [(mark, 7 if not wide else 10) for mark in MARK_ORDER]
    spec += [("unmarked", 11 if not wide else 16), ("jp", 16 if not wide else 24),
             ("rate", 14.5 if not wide else 18), ("min", 9 if not wide else 14),
             ("verdict", 22 if not wide else 40)]
    return dict(zip((k for k, _ in spec), column_widths([w for _, w in spec], width)))


def _table(doc: RecapDocument, width: float, trailer: list[Flowable]) -> ContinuedTable:
    st = styles()
    lang = doc.lang
    w = _widths(doc, width)
    keys = list(w)
    col = {k: i for i, k in enumerate(keys)}
    heading = {"no": label("no", lang), "name": label("participant_name", lang),
               "nik": label("nik", lang), "unmarked": label("not_recorded", lang),
               "jp": label("jp_attended", lang), "rate": label("rate", lang),
               "min": label("minimum", lang), "verdict": label("verdict", lang)}
    header = [para(heading.get(k, k), st.header_small if k in ("unmarked", "jp", "rate") else st.header)
              for k in keys]
    rows: list[list] = [header]
    heights: list[float | None] = [None]
    commands: list[tuple] = [
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
        ("ALIGN", (col["no"], 1), (col["no"], -1), "CENTER"),
        ("ALIGN", (col["nik"], 1), (col["nik"], -1), "CENTER"),
        ("FONTSIZE", (col["nik"], 1), (col["nik"], -1), NIK_FONT_SIZE),
        ("ALIGN", (col["H"], 1), (col["min"], -1), "CENTER"),
        ("ALIGN", (col["rate"], 1), (col["rate"], -1), "RIGHT"),
        ("LEFTPADDING", (col["H"], 0), (col["min"], -1), 1.5),
        ("RIGHTPADDING", (col["H"], 0), (col["min"], -1), 1.5),
    ]
    inactive_suffix = f" ({label('not_enrolled_now', lang)})"
    for row in doc.rows:
        index = len(rows)
        name = row.full_name + (inactive_suffix if row.inactive else "")
        name_cell = cell(name, st.cell_muted if row.inactive else st.cell, w["name"])
        verdict_cell = cell(row.verdict_label, st.cell, w["verdict"])
        values = {
            "no": str(row.number), "name": name_cell, "nik": row.nik,
            **{mark: str(count) for mark, count in zip(MARK_ORDER, row.counts)},
            "unmarked": str(row.unmarked) if row.unmarked else "\u2013",
            "jp": f"{row.attended_jp} / {row.counted_jp}",
            "rate": format_rate(row.rate_pct, lang),
            "min": f"{row.min_pct}%",
            "verdict": verdict_cell,
        }
        rows.append([values[k] for k in keys])
        height = None
        for content, key in ((name_cell, "name"), (verdict_cell, "verdict")):
            if not isinstance(content, str):
                wrapped = content.wrap(w[key] - CELL_PADDING, 10_000)[1] + CELL_VPADDING
                height = max(height or 0.0, wrapped)
        heights.append(height)
        if row.inactive:
            commands += [("TEXTCOLOR", (0, index), (-1, index), MUTED),
                         ("FONTNAME", (0, index), (-1, index), FONT_ITALIC)]
        elif row.verdict in ALARMING:
            commands.append(("FONTNAME", (col["rate"], index), (col["verdict"], index), FONT_BOLD))
        elif row.verdict in WATCH:
            commands.append(("FONTNAME", (col["verdict"], index), (col["verdict"], index),
                             FONT_ITALIC))
    if not doc.rows:
        rows.append([para(label("no_participants", lang), st.cell_muted)] + [""] * (len(keys) - 1))
        heights.append(None)
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = LongTable(rows, colWidths=[w[k] for k in keys], rowHeights=heights, repeatRows=1,
                      splitByRow=1, hAlign="CENTER")
    table.setStyle(table_style(1, commands))
    caption = " \u00b7 ".join(p for p in (label("recap_name", lang), doc.class_code,
                                          doc.class_name) if p)
    continued = f"{caption} {label('continued', lang)}"
    return ContinuedTable(table, lambda: para(continued, st.cell_bold), trailer=trailer)


def _notes(doc: RecapDocument) -> list[str]:
    lang = doc.lang
    lines = [label("rate_note", lang), *rule_lines(doc), label("marks_legend", lang)]
    if doc.unmarked_dates:
        dates = [format_date(d, lang) for d in doc.unmarked_dates[:UNMARKED_DATES_SHOWN]]
        if len(doc.unmarked_dates) > UNMARKED_DATES_SHOWN:
            dates.append("\u2026")
        lines.append(label("unmarked_note", lang, count=len(doc.unmarked_dates),
                           dates="; ".join(dates)))
    return lines


def recap_story(doc: RecapDocument, width: float) -> list[Flowable]:
    lang = check_lang(doc.lang)
    letterhead = doc.letterhead
    class_text = " \u2013 ".join(p for p in (doc.class_code, doc.class_name) if p)
    names = list(doc.trainer_names)
    story: list[Flowable] = letterhead_flowable(letterhead, lang)
    story += title_block(label("recap_title", lang),
                         label("recap_as_of", lang, date=format_date(doc.as_of, lang))
                         if doc.as_of else "")
    story.append(info_block([
        (label("program", lang), doc.program_name),
        (label("class", lang), class_text),
        (label("batch", lang), "" if doc.batch is None else str(doc.batch)),
        (label("period", lang), format_period(doc.period_start, doc.period_end, lang)),
        (label("trainers" if len(names) > 1 else "trainer", lang), "; ".join(names)),
        (label("minimum_long", lang), f"{doc.min_pct}%"),
        (label("sessions_delivered", lang), label("sessions_jp", lang, sessions=doc.delivered_sessions,
                                                  jp=doc.delivered_jp)),
        (label("sessions_remaining", lang), label("sessions_jp", lang, sessions=doc.remaining_sessions,
                                                  jp=doc.remaining_jp)),
    ], width))
    story.append(Spacer(1, 3 * mm))
    head_title = doc.head_title or (letterhead.head_title if letterhead else "") \
        or label("head_default", lang)
    signature = signature_block(
        [Signatory(role=head_title, name=doc.head_name or (letterhead.head_name if letterhead else ""))],
        width=width / 2, place=doc.place or (letterhead.place if letterhead else ""),
        on=doc.issued_on, lang=lang)
    trailer = notes_block(label("notes", lang), _notes(doc)) + [right_half(signature, width)]
    story.append(_table(doc, width, trailer))
    return story


def build_attendance_recap(doc: RecapDocument, out: Destination) -> int:
    """Write the recap as a PDF to ``out`` (a path or a binary file object). Returns the
    number of pages."""
    return build_class_pdf(out, doc, recap_story, label("recap_name", doc.lang))
