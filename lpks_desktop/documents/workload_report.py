"""Trainer workload and fees for one month (rekap jam mengajar dan honor instruktur)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import PageSetup, build_pdf
from .signatures import Signatory, signature_block
from .styles import FONT_BOLD, MUTED, TOTAL_FILL, styles
from .tables import cell, column_widths, grid_table, notes_block, para, title_block
from .words import check_lang, format_month, format_number, format_rupiah, label

Money = Decimal | int


@dataclass(frozen=True)
class WorkloadRow:
    """One trainer's month. ``rate_per_jp`` None means no rate is set: the fee is unknown
    (printed blank, never as zero)."""

    trainer_name: str
    institution_code: str
    sessions: int
    lead_jp: int
    assistant_jp: int
    total_jp: int
    rate_per_jp: Money | None
    fee: Money | None

    @property
    def unpriced(self) -> bool:
        return self.rate_per_jp is None or self.fee is None


@dataclass(frozen=True)
class WorkloadTotals:
    sessions: int
    lead_jp: int
    assistant_jp: int
    total_jp: int
    fee: Money  # the sum of the known fees only
    unpriced: int  # trainers whose fee is unknown


@dataclass(frozen=True)
class WorkloadReport:
    """Blank ``place``, ``head_name`` and ``head_title`` are taken from the letterhead."""

    letterhead: Letterhead | None
    year: int
    month: int
    rows: Sequence[WorkloadRow] = ()
    paper: str = "A4"
    landscape: bool = True
    lang: str = "id"
    place: str = ""
    issued_on: date | None = None  # None leaves the date to be written by hand
    prepared_by_name: str = ""
    prepared_by_title: str = ""  # e.g. "Staf Administrasi"
    head_name: str = ""
    head_title: str = ""
    notes: str = ""
    scope: str = ""  # e.g. "Semua lembaga Yayasan Bina Karya Mandiri", under the title

    def totals(self) -> WorkloadTotals:
        return WorkloadTotals(
            sessions=sum(r.sessions for r in self.rows),
            lead_jp=sum(r.lead_jp for r in self.rows),
            assistant_jp=sum(r.assistant_jp for r in self.rows),
            total_jp=sum(r.total_jp for r in self.rows),
            fee=sum((r.fee for r in self.rows if not r.unpriced), 0),
            unpriced=sum(1 for r in self.rows if r.unpriced))

    @property
    def head(self) -> tuple[str, str]:
        """The head's name and title, from the report or else from the letterhead."""
        letterhead = self.letterhead
        name = self.head_name or (letterhead.head_name if letterhead else "")
        title = self.head_title or (letterhead.head_title if letterhead else "")
        return name, title or label("head_default", self.lang)


COLUMNS = ("no", "trainer_name", "home_institution", "sessions", "lead_jp", "assistant_jp",
           "total_jp", "rate_per_jp", "fee")


def _table(report: WorkloadReport, width: float):
    st = styles()
    lang = report.lang
    wide = report.landscape
    spec = [8, None, 28 if wide else 18, 20 if wide else 19, 20 if wide else 15,
            20 if wide else 15, 20 if wide else 15, 30 if wide else 24, 36 if wide else 28]
    widths = column_widths(spec, width)
    header = st.header if wide else st.header_small
    rows: list[list] = [[para(label(key, lang), header) for key in COLUMNS]]
    name_width = widths[1]
    commands: list[tuple] = []
    for number, row in enumerate(report.rows, 1):
        if row.unpriced:
            commands += [("TEXTCOLOR", (7, number), (7, number), MUTED),
                         ("ALIGN", (7, number), (7, number), "CENTER")]
        rows.append([
            str(number),
            cell(row.trainer_name, st.cell, name_width),
            cell(row.institution_code, st.cell_center, widths[2]),
            format_number(row.sessions, lang),
            format_number(row.lead_jp, lang),
            format_number(row.assistant_jp, lang),
            format_number(row.total_jp, lang),
            label("no_rate_mark", lang) if row.unpriced
            else cell(format_rupiah(row.rate_per_jp, lang), st.cell_right, widths[7]),
            "" if row.unpriced else cell(format_rupiah(row.fee, lang), st.cell_right, widths[8]),
        ])
    totals = report.totals()
    index = len(rows)
    rows.append([
        label("total", lang), "", "",
        format_number(totals.sessions, lang),
        format_number(totals.lead_jp, lang),
        format_number(totals.assistant_jp, lang),
        format_number(totals.total_jp, lang),
        "",
        cell(format_rupiah(totals.fee, lang), st.cell_right, widths[8]),
    ])
    commands = [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (6, -1), "CENTER"),
        ("ALIGN", (7, 1), (8, -1), "RIGHT"),
        *commands,
        ("SPAN", (0, index), (2, index)),
        ("ALIGN", (0, index), (0, index), "RIGHT"),
        ("FONTNAME", (0, index), (-1, index), FONT_BOLD),
        ("BACKGROUND", (0, index), (-1, index), TOTAL_FILL),
        ("LINEABOVE", (0, index), (-1, index), 0.9, st.cell.textColor),
    ]
    return grid_table(rows, widths, header_rows=1, commands=commands)


def workload_story(report: WorkloadReport, width: float) -> list[Flowable]:
    lang = check_lang(report.lang)
    story: list[Flowable] = letterhead_flowable(report.letterhead, lang)
    story += title_block(label("workload_title", lang),
                         label("month_line", lang,
                               month=format_month(report.year, report.month, lang)),
                         report.scope)
    if report.rows:
        story.append(_table(report, width))
    else:
        story.append(para(label("workload_empty", lang), styles().body))
    notes = [report.notes]
    if report.totals().unpriced:
        notes.append(label("no_rate_note", lang))
    closing = notes_block(label("notes", lang), notes)
    head_name, head_title = report.head
    letterhead = report.letterhead
    story.append(Spacer(1, 1 * mm))
    story.append(signature_block([
        Signatory(role=head_title, name=head_name, lead_in=label("acknowledged", lang)),
        Signatory(role=report.prepared_by_title, name=report.prepared_by_name,
                  lead_in=label("prepared_by", lang)),
    ], width=width, place=report.place or (letterhead.place if letterhead else ""),
        on=report.issued_on, lang=lang, keep_with=closing))
    return story


def build_workload_report(report: WorkloadReport, out: Destination) -> int:
    """Write the month's workload and fees as a PDF to ``out`` (a path or a binary file
    object). Returns the number of pages."""
    setup = PageSetup(report.paper, report.landscape)
    name = label("workload_name", report.lang)
    month = format_month(report.year, report.month, report.lang)
    return build_pdf(out, workload_story(report, setup.frame_width), setup,
                     title=f"{name} {month}",
                     author=report.letterhead.name if report.letterhead else "",
                     subject=month, footer_left=f"{name} \u00b7 {month}",
                     lang=report.lang)
