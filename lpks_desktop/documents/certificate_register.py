"""The register of issued certificates (buku induk sertifikat): one row per certificate
number ever given out, in the order the numbers were drawn, with the participant, the
training it certifies and whether it still stands (valid, revoked with the reason, or
replaced by a newer number). It is the institution's own record, so the NIK is shown
unless asked otherwise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from ..core.i18n import Text
from .attendance_sheet import ContinuedTable, nik_width_mm, right_half, table_style
from .letterhead import Letterhead, letterhead_flowable
from .output import Destination
from .pdf import PageSetup, build_pdf
from .signatures import Signatory, signature_block
from .styles import FONT_BOLD, FONT_ITALIC, GRID, MUTED, styles
from .tables import CELL_PADDING, cell, column_widths, notes_block, para, text_width_mm, title_block
from .words import check_lang, format_date, format_period, label

STATUSES = ("valid", "revoked", "replaced")
NIK_FONT_SIZE = 7
BODY_FONT_SIZE = 7.5  # eleven columns across a landscape page: a size smaller than other lists
CELL_VPADDING = 2.5 + 3

REGISTER_LABELS: dict[str, Text] = {
    "title": Text("BUKU INDUK SERTIFIKAT", "REGISTER OF CERTIFICATES"),
    "name": Text("Buku induk sertifikat", "Register of certificates"),
    "sheet": Text("Buku induk", "Register"),
    "year": Text("Tahun {year}", "Year {year}"),
    "all_years": Text("Semua tahun", "All years"),
    "as_of": Text("Keadaan per {date}", "As of {date}"),
    "certificate_number": Text("Nomor sertifikat", "Certificate number"),
    "program_class": Text("Program pelatihan / kelas", "Training program / class"),
    "birth": Text("Tempat, tanggal lahir", "Place and date of birth"),
    "birth_place": Text("Tempat lahir", "Place of birth"),
    "birth_date": Text("Tanggal lahir", "Date of birth"),
    "training_dates": Text("Tanggal pelatihan", "Training dates"),
    "start_date": Text("Mulai", "Start"),
    "end_date": Text("Selesai", "End"),
    "issued_on": Text("Tanggal terbit", "Issued on"),
    "issued_place": Text("Tempat terbit", "Place of issue"),
    "status": Text("Status", "Status"),
    "remarks": Text("Keterangan", "Remarks"),
    "printed": Text("Dicetak", "Printed"),
    "valid": Text("Berlaku", "Valid"),
    "revoked": Text("Dicabut", "Revoked"),
    "replaced": Text("Diganti", "Replaced"),
    "revoked_reason": Text("Dicabut: {reason}", "Revoked: {reason}"),
    "replaced_by": Text("Diganti dengan {number}", "Replaced by {number}"),
    "replaces": Text("Pengganti {number}", "Replaces {number}"),
    "reason": Text("Alasan: {reason}", "Reason: {reason}"),
    "empty": Text("Belum ada sertifikat yang diterbitkan.", "No certificates have been issued yet."),
    "summary": Text("Jumlah {total} sertifikat: {valid} berlaku, {revoked} dicabut, {replaced} diganti.",
                    "{total} certificates in all: {valid} valid, {revoked} revoked, {replaced} replaced."),
    "order_note": Text(
        "Disusun menurut urutan penomoran. Nomor yang dicabut atau diganti tetap dicatat dan "
        "tidak pernah dipakai lagi.",
        "In the order the numbers were given. Revoked and replaced numbers stay listed and are "
        "never used again."),
    "head_default": Text("Kepala", "Head"),
    "acknowledged": Text("Mengetahui,", "Acknowledged by,"),
}


def register_label(key: str, lang: str = "id", **params) -> str:
    text = REGISTER_LABELS[key]
    return (text.format(**params) if params else text).render(lang)


@dataclass(frozen=True)
class RegisterRow:
    number: int  # the row's place in the register, 1..n
    certificate_number: str
    participant_name: str
    nik: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    program_name: str = ""
    class_code: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    total_jp: int | None = None
    issued_on: dt.date | None = None
    issued_place: str = ""
    status: str = "valid"  # one of STATUSES
    revoke_reason: str = ""
    replaced_by_number: str = ""
    replaces_number: str = ""
    printed_count: int = 0


@dataclass(frozen=True)
class RegisterDocument:
    letterhead: Letterhead | None
    institution_name: str = ""
    year: int | None = None  # None: every year
    rows: Sequence[RegisterRow] = field(default_factory=tuple)
    paper: str = "A4"
    with_nik: bool = True
    lang: str = "id"
    as_of: dt.date | None = None
    place: str = ""
    head_name: str = ""
    head_title: str = ""


def status_text(row: RegisterRow, lang: str, sep: str = "; ") -> str:
    """What a row's status says: "Berlaku", "Dicabut: <reason>", "Diganti dengan <number>" and
    the reason; a reissued certificate also names the number it replaces. ``sep`` joins the
    parts (a line break in the PDF's narrow column)."""
    parts: list[str] = []
    if row.status == "revoked":
        parts.append(register_label("revoked_reason", lang, reason=row.revoke_reason) if row.revoke_reason
                     else register_label("revoked", lang))
    elif row.status == "replaced":
        parts.append(register_label("replaced_by", lang, number=row.replaced_by_number)
                     if row.replaced_by_number else register_label("replaced", lang))
        if row.revoke_reason:
            parts.append(register_label("reason", lang, reason=row.revoke_reason))
    else:
        parts.append(register_label("valid", lang))
    if row.replaces_number:
        parts.append(register_label("replaces", lang, number=row.replaces_number))
    return sep.join(parts)


def birth_text(row: RegisterRow, lang: str) -> str:
    day = format_date(row.birth_date, lang) if row.birth_date else ""
    return ", ".join(p for p in (row.birth_place.strip(), day) if p)


def status_counts(rows: Sequence[RegisterRow]) -> dict[str, int]:
    counts = {status: 0 for status in STATUSES}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def subtitle(doc: RegisterDocument) -> str:
    lang = doc.lang
    year = (register_label("year", lang, year=doc.year) if doc.year is not None
            else register_label("all_years", lang))
    return " \u00b7 ".join(p for p in (doc.institution_name, year) if p)


def _cell_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    st = styles()
    body = ParagraphStyle("register_cell", parent=st.cell, fontSize=BODY_FONT_SIZE,
                          leading=BODY_FONT_SIZE * 1.2)
    muted = ParagraphStyle("register_muted", parent=st.cell_muted, fontSize=BODY_FONT_SIZE,
                           leading=BODY_FONT_SIZE * 1.2)
    return body, muted


def _widths(doc: RegisterDocument, width: float, body: ParagraphStyle) -> dict[str, float]:
    lang = doc.lang
    # Numbers, class codes and issue dates are read as one token: their columns fit the widest
    # so none breaks across lines; names, places and programs share what is left.
    number = text_width_mm([r.certificate_number for r in doc.rows], body, minimum=26, maximum=52)
    issued = text_width_mm([format_date(r.issued_on, lang) for r in doc.rows if r.issued_on], body,
                           minimum=16, maximum=28)
    spec: list[tuple[str, float | None]] = [("no", 8), ("number", number), ("name", None)]
    if doc.with_nik:
        spec.append(("nik", nik_width_mm(NIK_FONT_SIZE)))
    # The class code goes under the program name: one column fewer leaves the names room.
    # The status may name another number: room for one on a line of its own.
    spec += [("birth", 28), ("program", None), ("dates", 26), ("jp", 8), ("issued", issued),
             ("status", max(30.0, number + 3))]
    return dict(zip((k for k, _ in spec), column_widths([w for _, w in spec], width)))


def _table(doc: RegisterDocument, width: float, trailer: list[Flowable]) -> ContinuedTable:
    st = styles()
    body, muted = _cell_styles()
    lang = doc.lang
    w = _widths(doc, width, body)
    keys = list(w)
    col = {k: i for i, k in enumerate(keys)}
    heading = {"no": label("no", lang), "number": register_label("certificate_number", lang),
               "name": label("participant_name", lang), "nik": label("nik", lang),
               "birth": register_label("birth", lang), "program": register_label("program_class", lang),
               "dates": register_label("training_dates", lang),
               "jp": label("jp", lang), "issued": register_label("issued_on", lang),
               "status": register_label("status", lang)}
    rows: list[list] = [[para(heading[k], st.header_small) for k in keys]]
    heights: list[float | None] = [None]
    commands: list[tuple] = [
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
        ("FONTSIZE", (0, 1), (-1, -1), BODY_FONT_SIZE),
        ("LEADING", (0, 1), (-1, -1), BODY_FONT_SIZE * 1.2),
        ("ALIGN", (col["no"], 1), (col["no"], -1), "CENTER"),
        ("ALIGN", (col["jp"], 1), (col["jp"], -1), "CENTER"),
        ("LEFTPADDING", (col["jp"], 0), (col["jp"], -1), 1.5),
        ("RIGHTPADDING", (col["jp"], 0), (col["jp"], -1), 1.5),
    ]
    if doc.with_nik:
        commands += [("ALIGN", (col["nik"], 1), (col["nik"], -1), "CENTER"),
                     ("FONTSIZE", (col["nik"], 1), (col["nik"], -1), NIK_FONT_SIZE)]
    for row in doc.rows:
        index = len(rows)
        stopped = row.status != "valid"
        texts = {
            "no": str(row.number), "number": row.certificate_number, "name": row.participant_name,
            "nik": row.nik, "birth": birth_text(row, lang),
            "program": "\n".join(p for p in (row.program_name, row.class_code) if p),
            "dates": format_period(row.start_date, row.end_date, lang),
            "jp": "" if row.total_jp is None else str(row.total_jp),
            "issued": format_date(row.issued_on, lang) if row.issued_on else "",
            "status": status_text(row, lang, sep="\n"),
        }
        values: list = []
        height: float | None = None
        for key in keys:
            if key in ("no", "jp", "nik"):
                values.append(texts[key])
                continue
            style = muted if stopped else body
            content = cell(texts[key], style, w[key])
            if not isinstance(content, str):
                wrapped = content.wrap(w[key] - CELL_PADDING, 10_000)[1] + CELL_VPADDING
                height = max(height or 0.0, wrapped)
            values.append(content)
        rows.append(values)
        heights.append(height)
        if stopped:
            # A number that no longer stands is still listed, struck through in spirit:
            # greyed, so the valid ones stand out when the head reads down the page.
            commands += [("TEXTCOLOR", (0, index), (-1, index), MUTED),
                         ("FONTNAME", (0, index), (-1, index), FONT_ITALIC)]
        else:
            commands.append(("FONTNAME", (col["number"], index), (col["number"], index), FONT_BOLD))
    if not doc.rows:
        rows.append([para(register_label("empty", lang), st.cell_muted)] + [""] * (len(keys) - 1))
        heights.append(None)
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = LongTable(rows, colWidths=[w[k] for k in keys], rowHeights=heights, repeatRows=1,
                      splitByRow=1, hAlign="CENTER")
    table.setStyle(table_style(1, commands))
    caption = " \u00b7 ".join(p for p in (register_label("name", lang), subtitle(doc)) if p)
    continued = f"{caption} {label('continued', lang)}"
    return ContinuedTable(table, lambda: para(continued, st.cell_bold), trailer=trailer)


def _trailer(doc: RegisterDocument, width: float) -> list[Flowable]:
    lang = doc.lang
    counts = status_counts(doc.rows)
    lines = [register_label("summary", lang, total=len(doc.rows), **counts),
             register_label("order_note", lang)]
    notes = notes_block(label("notes", lang), lines)
    letterhead = doc.letterhead
    head_title = doc.head_title or (letterhead.head_title if letterhead else "") \
        or register_label("head_default", lang)
    head_name = doc.head_name or (letterhead.head_name if letterhead else "")
    signer = Signatory(role=head_title, name=head_name)
    place = doc.place or (letterhead.place if letterhead else "")
    block = signature_block([signer], width=width / 2, place=place, on=doc.as_of, lang=lang)
    return [*notes, Spacer(1, 4 * mm), right_half(block, width)]


def register_story(doc: RegisterDocument, width: float) -> list[Flowable]:
    lang = check_lang(doc.lang)
    story: list[Flowable] = letterhead_flowable(doc.letterhead, lang)
    as_of = register_label("as_of", lang, date=format_date(doc.as_of, lang)) if doc.as_of else ""
    story += title_block(register_label("title", lang), subtitle(doc), as_of)
    story.append(_table(doc, width, _trailer(doc, width)))
    return story


def build_certificate_register(doc: RegisterDocument, out: Destination) -> int:
    """Write the register as a landscape PDF (A4 or F4) to ``out``; returns the page count."""
    setup = PageSetup(doc.paper, landscape=True)
    name = register_label("name", doc.lang)
    year = "" if doc.year is None else str(doc.year)
    return build_pdf(out, register_story(doc, setup.frame_width), setup,
                     title=" ".join(p for p in (name, doc.institution_name, year) if p),
                     author=doc.letterhead.name if doc.letterhead else "",
                     subject=name,
                     footer_left=" \u00b7 ".join(p for p in (name, subtitle(doc)) if p),
                     lang=doc.lang)
