"""The selection announcement (pengumuman hasil seleksi) of a class, one notification letter
per candidate (surat pemberitahuan hasil seleksi), and the short message a clerk copies into
a messaging app. Registrants were confused about exactly this, so every text says plainly
which result it is and what to do next."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Sequence

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from ..core.i18n import Text
from .letterhead import Letterhead, letterhead_flowable
from .output import Destination, write_output
from .pdf import BUILD_LOCK, CREATOR, PageSetup, build_pdf
from .signatures import BLANK_NAME, SIGNING_SPACE, place_and_date
from .styles import FONT_BOLD, INK, styles
from .tables import column_widths, escape, grid_table, info_block, para, title_block
from .words import check_lang, format_date, format_period, format_time, label

PASSED = "passed"
RESERVE = "reserve"
NOT_PASSED = "not_passed"
RESULTS = (PASSED, RESERVE, NOT_PASSED)
BLANK_NUMBER = "." * 30

LABELS: dict[str, Text] = {
    "announcement_title": Text("PENGUMUMAN HASIL SELEKSI", "SELECTION RESULTS"),
    "announcement_name": Text("Pengumuman hasil seleksi", "Selection results"),
    "announcement_subtitle": Text("CALON PESERTA PELATIHAN {program}", "TRAINING APPLICANTS: {program}"),
    "number_line": Text("Nomor: {number}", "No.: {number}"),
    "letters_name": Text("Surat pemberitahuan hasil seleksi", "Selection result letters"),
    "period": Text("Periode pelatihan", "Training period"),
    "place": Text("Tempat", "Venue"),
    "announcement_intro": Text(
        "Berdasarkan hasil seleksi calon peserta pelatihan {program} di {institution}, dengan "
        "ini diumumkan nama-nama calon peserta beserta hasil seleksinya sebagai berikut:",
        "Following the selection of applicants for the {program} training at {institution}, "
        "the applicants and their results are announced below:"),
    "section_passed": Text("A. Lulus seleksi, diterima sebagai peserta ({count} orang)",
                           "A. Passed the selection, admitted as participants ({count})"),
    "section_reserve": Text("B. Cadangan, menurut urutan ({count} orang)",
                            "B. Reserve list, in order ({count})"),
    "section_not_passed": Text("C. Tidak lulus seleksi ({count} orang)",
                               "C. Did not pass the selection ({count})"),
    "none": Text("Tidak ada", "None"),
    "col_no": Text("No.", "No."),
    "col_rank": Text("Urutan", "Rank"),
    "col_name": Text("Nama lengkap", "Full name"),
    "col_nik": Text("NIK", "NIK"),
    "col_birth": Text("Tempat, tanggal lahir", "Place and date of birth"),
    "col_remark": Text("Keterangan", "Result"),
    "mark_passed": Text("LULUS", "PASSED"),
    "mark_reserve": Text("CADANGAN KE-{rank}", "RESERVE NO. {rank}"),
    "mark_reserve_unranked": Text("CADANGAN", "RESERVE"),
    "mark_not_passed": Text("TIDAK LULUS", "NOT PASSED"),
    "provisions": Text("Ketentuan", "Please note"),
    "rule_report": Text(
        "Peserta yang lulus seleksi wajib hadir {start}{bring}.",
        "Participants who passed must attend {start}{bring}."),
    "rule_report_later": Text(
        "Jadwal dimulainya kelas disampaikan kepada peserta yang lulus seleksi.",
        "The start of the class will be sent to the participants who passed."),
    "rule_bring": Text(" dengan membawa {items}", ", bringing {items}"),
    "rule_absent": Text(
        "Peserta yang lulus tetapi berhalangan hadir diminta segera memberi kabar, agar "
        "tempatnya dapat diberikan kepada peserta cadangan.",
        "Participants who passed but cannot attend are asked to tell us at once, so that "
        "their place can go to the reserve list."),
    "rule_reserve": Text(
        "Peserta cadangan dihubungi sesuai urutan bila ada peserta yang lulus mengundurkan "
        "diri atau tidak hadir.",
        "Reserves are contacted in order when a participant who passed withdraws or does not "
        "attend."),
    "rule_masked": Text("NIK ditampilkan sebagian untuk melindungi data pribadi.",
                        "NIKs are partly hidden to protect personal data."),
    "rule_contact": Text("Informasi lebih lanjut: {contact}.", "More information: {contact}."),
    # when and where
    "start_at": Text("pada {day} pukul {time}", "on {day} at {time}"),
    "start_day": Text("pada {day}", "on {day}"),
    "start_venue": Text("di {venue}", "in {venue}"),
    "and": Text("dan", "and"),
    # letters
    "letter_number": Text("Nomor", "Number"),
    "letter_attachment": Text("Lampiran", "Attachment"),
    "letter_subject": Text("Perihal", "Subject"),
    "letter_subject_value": Text("Pemberitahuan hasil seleksi", "Selection result"),
    "letter_to": Text("Kepada Yth.", "To:"),
    "letter_at": Text("di tempat", ""),
    "letter_greeting": Text("Dengan hormat,", "Dear {name},"),
    "letter_intro": Text(
        "Berdasarkan hasil seleksi calon peserta pelatihan {program}, kelas {class_text}, di "
        "{institution}, dengan ini kami beritahukan bahwa {you}:",
        "Following the selection of applicants for the {program} training, class "
        "{class_text}, at {institution}, we inform you that the applicant"),
    "letter_declared": Text("dinyatakan:", "has been declared:"),
    "letter_name": Text("Nama", "Name"),
    "letter_birth": Text("Tempat/tanggal lahir", "Place/date of birth"),
    "box_passed": Text("LULUS SELEKSI", "PASSED THE SELECTION"),
    "box_reserve": Text("PESERTA CADANGAN URUTAN KE-{rank}", "RESERVE LIST, NUMBER {rank}"),
    "box_reserve_unranked": Text("PESERTA CADANGAN", "RESERVE LIST"),
    "box_not_passed": Text("TIDAK LULUS SELEKSI", "DID NOT PASS THE SELECTION"),
    "letter_passed_attend": Text("{You} diminta hadir pada:", "Please attend on:"),
    "letter_passed_later": Text(
        "Jadwal dimulainya kelas akan kami sampaikan kemudian.",
        "We will let you know when the class starts."),
    "letter_day": Text("Hari/tanggal", "Day/date"),
    "letter_time": Text("Waktu", "Time"),
    "letter_time_value": Text("pukul {time} s.d. selesai", "from {time}"),
    "letter_bring": Text("dengan membawa:", "and please bring:"),
    "letter_passed_absent": Text(
        "Apabila {you} berhalangan hadir, mohon segera memberi kabar kepada kami{contact}, "
        "agar tempat {you} dapat diberikan kepada peserta cadangan.",
        "If you cannot attend, please tell us at once{contact}, so that your place can go "
        "to the reserve list."),
    "letter_reserve": Text(
        "Apabila ada peserta yang lulus seleksi mengundurkan diri atau tidak hadir, kami akan "
        "menghubungi {you} sesuai urutan cadangan. Mohon pastikan nomor telepon {you} selalu "
        "dapat dihubungi.",
        "If a participant who passed withdraws or does not attend, we will contact you in "
        "the order of the reserve list. Please make sure your phone number stays reachable."),
    "letter_not_passed": Text(
        "Kami mengucapkan terima kasih atas minat dan waktu yang telah {you} berikan untuk "
        "mengikuti seleksi. {You} dapat mendaftar kembali pada angkatan atau program "
        "pelatihan berikutnya{contact_info}.",
        "Thank you for your interest and the time you gave to the selection. You are welcome "
        "to apply again for a later intake or another training program{contact_info}."),
    "letter_contact": Text(" melalui {contact}", " on {contact}"),
    "letter_contact_info": Text("; informasinya dapat ditanyakan melalui {contact}",
                                "; ask us on {contact} for details"),
    "letter_closing": Text(
        "Demikian pemberitahuan ini kami sampaikan. Atas perhatian {you}, kami ucapkan "
        "terima kasih.",
        "Thank you for your attention."),
    # short messages
    "msg_greeting": Text("Yth. {name},", "Dear {name},"),
    "msg_intro": Text(
        "Terima kasih telah mengikuti seleksi calon peserta pelatihan {program} (kelas "
        "{code}) di {institution}.",
        "Thank you for taking part in the selection for the {program} training (class "
        "{code}) at {institution}."),
    "msg_passed": Text("Dengan senang hati kami sampaikan bahwa Anda LULUS seleksi.",
                       "We are glad to tell you that you have PASSED the selection."),
    "msg_start": Text("Kelas dimulai {start}.", "The class starts {start}."),
    "msg_start_later": Text("Jadwal dimulainya kelas akan kami kabarkan kemudian.",
                            "We will tell you when the class starts."),
    "msg_address": Text("Alamat: {address}.", "Address: {address}."),
    "msg_bring": Text("Mohon membawa: {items}.", "Please bring: {items}."),
    "msg_absent": Text(
        "Bila berhalangan hadir, mohon segera kabari kami agar tempat Anda dapat diberikan "
        "kepada peserta cadangan.",
        "If you cannot attend, please tell us at once so that your place can go to the "
        "reserve list."),
    "msg_reserve": Text(
        "Anda berada di DAFTAR CADANGAN urutan ke-{rank}. Bila ada peserta yang lulus "
        "mengundurkan diri, kami akan menghubungi Anda sesuai urutan. Mohon pastikan nomor "
        "ini tetap aktif.",
        "You are on the RESERVE LIST as number {rank}. If a participant who passed "
        "withdraws, we will contact you in order. Please keep this number active."),
    "msg_reserve_unranked": Text(
        "Anda berada di DAFTAR CADANGAN. Bila ada peserta yang lulus mengundurkan diri, kami "
        "akan menghubungi Anda sesuai urutan. Mohon pastikan nomor ini tetap aktif.",
        "You are on the RESERVE LIST. If a participant who passed withdraws, we will "
        "contact you in order. Please keep this number active."),
    "msg_not_passed": Text(
        "Dengan berat hati kami sampaikan bahwa Anda TIDAK LULUS seleksi untuk kelas ini. "
        "Terima kasih atas minat Anda; Anda dapat mendaftar kembali pada angkatan atau "
        "program pelatihan berikutnya.",
        "We are sorry to tell you that you did NOT PASS the selection for this class. Thank "
        "you for your interest; you are welcome to apply again for a later intake or "
        "another training program."),
    "msg_pending": Text(
        "Pendaftaran Anda sudah kami terima dan sedang dalam proses seleksi. Hasilnya akan "
        "kami kabarkan kemudian.",
        "We have received your registration and the selection is under way. We will tell "
        "you the result."),
    "msg_regards": Text("Hormat kami,", "Kind regards,"),
}


def word(key: str, lang: str = "id", **params) -> str:
    text = LABELS[key]
    return (text.format(**params) if params else text).render(lang)


@dataclass(frozen=True)
class Candidate:
    """One applicant and their selection result (``passed``, ``reserve``, ``not_passed``)."""

    name: str
    nik: str
    result: str
    reserve_rank: int | None = None
    sex: str = ""  # "L" / "P"; picks Saudara or Saudari
    birth_place: str = ""
    birth_date: date | None = None
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClassStart:
    """When and where those who passed first come. Any part may be unknown."""

    day: date | None = None
    start_time: time | None = None
    room: str = ""
    venue: str = ""  # the institution's name
    address: str = ""  # one line, for the letter and the message


@dataclass(frozen=True)
class SelectionDocument:
    """A class's selection results. Candidates may come in any order: the announcement sorts
    each result's list (reserves by rank) and the letters follow the order given.

    Blank ``place``, ``head_name`` and ``head_title`` are taken from the letterhead; a blank
    ``issued_on`` leaves the date to be written by hand, a blank ``number`` a dotted line.
    """

    letterhead: Letterhead | None
    class_code: str
    class_name: str
    program_name: str = ""
    batch: int | str | None = None
    period_start: date | None = None
    period_end: date | None = None
    candidates: Sequence[Candidate] = ()
    start: ClassStart | None = None
    bring: Sequence[str] = ()  # what those who passed bring on the first day
    contact: str = ""  # a phone number to ask, e.g. "0812-3456-7890"
    number: str = ""  # the announcement's or letters' number
    paper: str = "A4"
    lang: str = "id"
    place: str = ""
    issued_on: date | None = None
    head_name: str = ""
    head_title: str = ""
    head_id_line: str = ""
    show_full_nik: bool = False
    notes: str = ""  # an extra provision printed last
    undecided: tuple[str, ...] = ()  # names still waiting for a result; not printed

    def of(self, result: str) -> list[Candidate]:
        """The candidates with one result, in the order the announcement lists them."""
        chosen = [c for c in self.candidates if c.result == result]
        if result == RESERVE:
            return sorted(chosen, key=lambda c: (c.reserve_rank is None, c.reserve_rank or 0,
                                                 c.name.casefold()))
        return sorted(chosen, key=lambda c: c.name.casefold())

    @property
    def institution(self) -> str:
        return self.letterhead.name if self.letterhead else ""


def mask_nik(nik: str, full: bool = False) -> str:
    """``631101******0001``: the region (first six digits) and the serial (last four) stay
    readable so people can find themselves; the birth date in the middle is hidden."""
    nik = (nik or "").strip()
    if full or len(nik) < 8:
        return nik
    if len(nik) == 16:
        return nik[:6] + "*" * 6 + nik[12:]
    keep = len(nik) // 4
    return nik[:keep] + "*" * (len(nik) - 2 * keep) + nik[-keep:]


def _you(candidate: Candidate, lang: str, capital: bool = False) -> str:
    """The polite second person of a letter: Saudara (men), Saudari (women)."""
    if lang == "en":
        return "You" if capital else "you"
    return {"L": "Saudara", "P": "Saudari"}.get(candidate.sex, "Saudara/i")


def _title(candidate: Candidate, lang: str) -> str:
    if lang == "en":
        return candidate.name
    honorific = {"L": "Sdr.", "P": "Sdri."}.get(candidate.sex, "Sdr./Sdri.")
    return f"{honorific} {candidate.name}"


def in_sentence(item: str) -> str:
    """A list item as it reads inside a sentence: "Alat tulis" becomes "alat tulis", while
    "KTP asli" keeps its acronym."""
    item = item.strip()
    if len(item) > 1 and item[0].isupper() and not item[1].isupper():
        return item[0].lower() + item[1:]
    return item


def _list_words(items: Sequence[str], lang: str) -> str:
    items = [in_sentence(i) for i in items if i and i.strip()]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word('and', lang)} {items[-1]}"


def venue_text(start: ClassStart | None) -> str:
    if start is None:
        return ""
    return ", ".join(p for p in (start.room, start.venue) if p)


def start_phrase(start: ClassStart | None, lang: str = "id") -> str:
    """``pada Senin, 7 Desember 2026 pukul 08.00 di Ruang Jahit, LPK ...``; empty when the
    day is not known yet."""
    if start is None or start.day is None:
        return ""
    day = format_date(start.day, lang, weekday=True)
    if start.start_time is not None:
        phrase = word("start_at", lang, day=day, time=format_time(start.start_time, lang))
    else:
        phrase = word("start_day", lang, day=day)
    venue = venue_text(start)
    return f"{phrase} {word('start_venue', lang, venue=venue)}" if venue else phrase


def result_mark(candidate: Candidate, lang: str) -> str:
    if candidate.result == PASSED:
        return word("mark_passed", lang)
    if candidate.result == RESERVE:
        if candidate.reserve_rank is None:
            return word("mark_reserve_unranked", lang)
        return word("mark_reserve", lang, rank=candidate.reserve_rank)
    return word("mark_not_passed", lang)


# -- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    text: object
    text_center: object
    left: object
    section: object
    box: object
    list_item: object


@functools.cache
def _styles() -> _Styles:
    base = styles().body
    text = base.clone("sel_text", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
    return _Styles(
        text=text,
        text_center=text.clone("sel_text_center", alignment=TA_CENTER),
        left=text.clone("sel_left", alignment=TA_LEFT),
        section=base.clone("sel_section", fontName=FONT_BOLD, fontSize=10.5, leading=13,
                           spaceBefore=9, spaceAfter=3),
        box=base.clone("sel_box", fontName=FONT_BOLD, fontSize=13, leading=16,
                       alignment=TA_CENTER),
        list_item=text.clone("sel_list_item", leftIndent=14, bulletIndent=3, spaceAfter=1.5),
    )


def _numbered(items: Sequence[str], style) -> list[Flowable]:
    return [Paragraph(escape(item), style, bulletText=f"{number}.")
            for number, item in enumerate(items, 1)]


# -- the announcement ------------------------------------------------------------------------


def _class_text(doc: SelectionDocument) -> str:
    return " \u2013 ".join(p for p in (doc.class_code, doc.class_name) if p)


def _result_table(doc: SelectionDocument, result: str, width: float) -> Flowable:
    st = styles()
    lang = doc.lang
    people = doc.of(result)
    first = word("col_rank" if result == RESERVE else "col_no", lang)
    widths = column_widths([12, None, 36, 34], width)
    rows: list[list] = [[para(first, st.header), para(word("col_name", lang), st.header),
                         para(word("col_nik", lang), st.header),
                         para(word("col_remark", lang), st.header)]]
    commands: list[tuple] = []
    if not people:
        rows.append(["", para(word("none", lang), st.cell_muted), "", ""])
    for index, person in enumerate(people, 1):
        number = person.reserve_rank if (result == RESERVE and person.reserve_rank) else index
        rows.append([str(number), para(person.name, st.cell),
                     mask_nik(person.nik, doc.show_full_nik), result_mark(person, lang)])
    commands += [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (3, -1), "CENTER"),
                 ("FONTNAME", (3, 1), (3, -1), FONT_BOLD)]
    return grid_table(rows, widths, commands=commands)


def _provisions(doc: SelectionDocument) -> list[str]:
    lang = doc.lang
    lines = []
    start = start_phrase(doc.start, lang)
    if start:
        items = _list_words(doc.bring, lang)
        bring = word("rule_bring", lang, items=items) if items else ""
        lines.append(word("rule_report", lang, start=start, bring=bring))
    elif doc.of(PASSED):
        lines.append(word("rule_report_later", lang))
    if doc.of(PASSED):
        lines.append(word("rule_absent", lang))
    if doc.of(RESERVE):
        lines.append(word("rule_reserve", lang))
    if not doc.show_full_nik:
        lines.append(word("rule_masked", lang))
    if doc.notes.strip():
        lines.append(doc.notes.strip())
    if doc.contact:
        lines.append(word("rule_contact", lang, contact=doc.contact))
    return lines


def _signature(doc: SelectionDocument, width: float, keep_with: Sequence[Flowable] = ()) -> Flowable:
    """The head's signature on the right half, as under an Indonesian letter, kept on one
    page with the ``keep_with`` flowables before it."""
    st = styles()
    letterhead = doc.letterhead
    lang = doc.lang
    head_title = doc.head_title or (letterhead.head_title if letterhead else "") \
        or label("head_default", lang)
    head_name = doc.head_name or (letterhead.head_name if letterhead else "")
    place = doc.place or (letterhead.place if letterhead else "")
    name = f"<u>{escape(head_name)}</u>" if head_name.strip() else escape(BLANK_NAME)
    rows = [["", para(place_and_date(place, doc.issued_on, lang), st.sign)],
            ["", para(head_title, st.sign)],
            ["", ""],
            ["", para(name, st.sign_name, markup=True)]]
    if doc.head_id_line:
        rows.append(["", para(doc.head_id_line, st.sign)])
    table = Table(rows, colWidths=[width * 0.45, width * 0.55],
                  rowHeights=[None, None, SIGNING_SPACE] + [None] * (len(rows) - 3))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return KeepTogether([*keep_with, Spacer(1, 6 * mm), table])


def announcement_story(doc: SelectionDocument, width: float) -> list[Flowable]:
    """The announcement's flowables, for a caller that binds it with other documents."""
    lang = check_lang(doc.lang)
    st, sel = styles(), _styles()
    program = doc.program_name or doc.class_name
    story: list[Flowable] = letterhead_flowable(doc.letterhead, lang)
    story += title_block(word("announcement_title", lang),
                         word("announcement_subtitle", lang, program=program.upper()),
                         word("number_line", lang, number=doc.number) if doc.number else "")
    story.append(info_block([
        (label("program", lang), doc.program_name),
        (label("class", lang), _class_text(doc)),
        (label("batch", lang), "" if doc.batch is None else str(doc.batch)),
        (word("period", lang), format_period(doc.period_start, doc.period_end, lang)),
        (word("place", lang), venue_text(doc.start)),
    ], width, columns=1))
    story.append(Spacer(1, 4 * mm))
    story.append(para(word("announcement_intro", lang, program=program,
                           institution=doc.institution or doc.class_name), sel.text))
    for result, key in ((PASSED, "section_passed"), (RESERVE, "section_reserve"),
                        (NOT_PASSED, "section_not_passed")):
        # A section heading never stands alone at the foot of a page.
        story.append(CondPageBreak(30 * mm))
        story.append(para(word(key, lang, count=len(doc.of(result))), sel.section))
        story.append(_result_table(doc, result, width))
    provisions = _provisions(doc)
    closing: list[Flowable] = []
    if provisions:
        closing.append(Spacer(1, 3 * mm))
        closing.append(para(f"<b>{escape(word('provisions', lang))}:</b>", st.note, markup=True))
        closing += _numbered(provisions, sel.list_item.clone("sel_provision", fontSize=9.5,
                                                             leading=12.5))
    story.append(_signature(doc, width, keep_with=closing))
    return story


def build_announcement(doc: SelectionDocument, out: Destination) -> int:
    """Write the announcement as a PDF to ``out`` (a path or a binary file object).
    Returns the number of pages."""
    setup = PageSetup(doc.paper)
    name = word("announcement_name", doc.lang)
    return build_pdf(out, announcement_story(doc, setup.frame_width), setup,
                     title=f"{name} {doc.class_code}".strip(),
                     author=doc.institution, subject=doc.class_name,
                     footer_left=" \u00b7 ".join(p for p in (name, doc.class_code) if p),
                     lang=doc.lang)


# -- the letters -----------------------------------------------------------------------------


def _result_box(text: str, width: float) -> Table:
    box = Table([[para(text, _styles().box)]], colWidths=[min(width, 120 * mm)])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return box


def _box_text(candidate: Candidate, lang: str) -> str:
    if candidate.result == PASSED:
        return word("box_passed", lang)
    if candidate.result == RESERVE:
        if candidate.reserve_rank is None:
            return word("box_reserve_unranked", lang)
        return word("box_reserve", lang, rank=candidate.reserve_rank)
    return word("box_not_passed", lang)


def _birth_text(candidate: Candidate, lang: str) -> str:
    born = format_date(candidate.birth_date, lang) if candidate.birth_date else ""
    return ", ".join(p for p in (candidate.birth_place, born) if p)


def _indented(flowable: Flowable, width: float, indent: float = 8 * mm) -> Table:
    table = Table([["", flowable]], colWidths=[indent, width - indent], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def letter_story(doc: SelectionDocument, candidate: Candidate, width: float) -> list[Flowable]:
    """One candidate's letter."""
    lang = check_lang(doc.lang)
    sel = _styles()
    you, You = _you(candidate, lang), _you(candidate, lang, capital=True)
    story: list[Flowable] = letterhead_flowable(doc.letterhead, lang)
    story.append(info_block([
        (word("letter_number", lang), doc.number or BLANK_NUMBER),
        (word("letter_attachment", lang), "-"),
        (word("letter_subject", lang), word("letter_subject_value", lang)),
    ], width * 0.62, columns=1))
    story.append(Spacer(1, 6 * mm))
    addressee = [word("letter_to", lang), f"<b>{escape(_title(candidate, lang))}</b>"]
    addressee += [escape(line) for line in candidate.address_lines]
    if word("letter_at", lang):
        addressee.append(escape(word("letter_at", lang)))
    story.append(para("<br/>".join(addressee), sel.left, markup=True))
    story.append(Spacer(1, 3 * mm))
    story.append(para(word("letter_greeting", lang, name=candidate.name), sel.text))
    story.append(para(word("letter_intro", lang, program=doc.program_name or doc.class_name,
                           class_text=_class_text(doc), institution=doc.institution or "-",
                           you=you), sel.text))
    identity = info_block([
        (word("letter_name", lang), candidate.name),
        (word("col_nik", lang), mask_nik(candidate.nik, doc.show_full_nik)),
        (word("letter_birth", lang), _birth_text(candidate, lang)),
    ], width - 8 * mm, columns=1)
    story.append(_indented(identity, width))
    story.append(Spacer(1, 2.5 * mm))
    story.append(para(word("letter_declared", lang), sel.text))
    story.append(_result_box(_box_text(candidate, lang), width))
    story.append(Spacer(1, 4 * mm))
    contact = word("letter_contact", lang, contact=doc.contact) if doc.contact else ""
    if candidate.result == PASSED:
        start = doc.start
        if start is not None and start.day is not None:
            story.append(para(word("letter_passed_attend", lang, You=You), sel.text))
            place = ", ".join(p for p in (venue_text(start), start.address) if p)
            when = info_block([
                (word("letter_day", lang), format_date(start.day, lang, weekday=True)),
                (word("letter_time", lang), word("letter_time_value", lang, time=format_time(
                    start.start_time, lang)) if start.start_time else ""),
                (word("place", lang), place),
            ], width - 8 * mm, columns=1)
            story.append(_indented(when, width))
            story.append(Spacer(1, 2 * mm))
        else:
            story.append(para(word("letter_passed_later", lang), sel.text))
        items = [i for i in doc.bring if i and i.strip()]
        if items:
            story.append(para(word("letter_bring", lang), sel.text))
            story += _numbered(items, sel.list_item)
            story.append(Spacer(1, 3 * mm))
        story.append(para(word("letter_passed_absent", lang, you=you, contact=contact), sel.text))
    elif candidate.result == RESERVE:
        story.append(para(word("letter_reserve", lang, you=you), sel.text))
    else:
        info = word("letter_contact_info", lang, contact=doc.contact) if doc.contact else ""
        story.append(para(word("letter_not_passed", lang, you=you, You=You, contact_info=info),
                          sel.text))
    closing = [para(word("letter_closing", lang, you=you), sel.text)]
    story.append(_signature(doc, width, keep_with=closing))
    return story


def letters_story(doc: SelectionDocument, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for index, candidate in enumerate(doc.candidates):
        if index:
            story.append(PageBreak())
        story += letter_story(doc, candidate, width)
    return story


def build_letters(doc: SelectionDocument, out: Destination) -> int:
    """Write one letter per candidate, each starting on a new page, as a PDF to ``out``.
    Returns the number of pages.

    Unlike the other documents, letters carry no "page X of Y" footer: each is handed to
    one person, to whom the page count of the whole batch means nothing.
    """
    lang = check_lang(doc.lang)
    setup = PageSetup(doc.paper)
    margins = setup.used_margins
    size = setup.size
    buffer = io.BytesIO()
    name = word("letters_name", lang)
    template = BaseDocTemplate(
        buffer, pagesize=size, title=f"{name} {doc.class_code}".strip(), author=doc.institution,
        subject=doc.class_name, creator=CREATOR, lang="id-ID" if lang == "id" else "en",
        leftMargin=margins.left * mm, rightMargin=margins.right * mm,
        topMargin=margins.top * mm, bottomMargin=margins.bottom * mm)
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="letter", frames=[frame], pagesize=size)])
    story = letters_story(doc, setup.frame_width) or [Spacer(1, 1)]
    with BUILD_LOCK:
        template.build(story)
        pages = template.page
    write_output(out, buffer.getvalue())
    return pages


def only(doc: SelectionDocument, candidates: Sequence[Candidate]) -> SelectionDocument:
    """The same document for some of its candidates (e.g. one letter to reprint)."""
    return replace(doc, candidates=tuple(candidates))


# -- the short message -----------------------------------------------------------------------


def short_message_text(doc: SelectionDocument, candidate: Candidate | None, *,
                       name: str = "", pending: bool = False) -> str:
    """A plain-text message for a messaging app: greeting, the result in capitals, what to do
    next, and who sends it. ``pending`` words it for someone still waiting for a result."""
    lang = check_lang(doc.lang)
    name = candidate.name if candidate is not None else name
    program = doc.program_name or doc.class_name
    institution = doc.institution or doc.class_name
    paragraphs = [word("msg_greeting", lang, name=name),
                  word("msg_intro", lang, program=program, code=doc.class_code,
                       institution=institution)]
    if pending or candidate is None:
        paragraphs[-1] += " " + word("msg_pending", lang)
    elif candidate.result == PASSED:
        paragraphs[-1] += " " + word("msg_passed", lang)
        start = start_phrase(doc.start, lang)
        lines = []
        if start:
            # "Kelas dimulai Senin, ..." reads better without the leading "pada".
            start = start.removeprefix("pada ") if lang == "id" else start
            lines.append(word("msg_start", lang, start=start))
            if doc.start and doc.start.address:
                lines.append(word("msg_address", lang, address=doc.start.address))
        else:
            lines.append(word("msg_start_later", lang))
        items = [in_sentence(i) for i in doc.bring if i and i.strip()]
        if items:
            lines.append(word("msg_bring", lang, items="; ".join(items)))
        lines.append(word("msg_absent", lang))
        paragraphs.append("\n".join(lines))
    elif candidate.result == RESERVE:
        key = "msg_reserve" if candidate.reserve_rank is not None else "msg_reserve_unranked"
        paragraphs.append(word(key, lang, rank=candidate.reserve_rank))
    else:
        paragraphs.append(word("msg_not_passed", lang))
    signature = [word("msg_regards", lang), institution]
    if doc.contact:
        signature.append(doc.contact)
    paragraphs.append("\n".join(signature))
    return "\n\n".join(paragraphs)
