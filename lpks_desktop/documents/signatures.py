"""Signature blocks: "place, date", role, room to sign (and stamp), the name underlined,
an optional NIP/NIK line; side by side in two or three columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .styles import styles
from .tables import escape, para
from .words import format_date, town

SIGNING_SPACE = 20 * mm  # room for a signature and the institution's stamp
BLANK_NAME = "(" + "." * 40 + ")"
BLANK_PLACE = "." * 18
BLANK_DATE = "." * 26


@dataclass(frozen=True)
class Signatory:
    """One person signing. A blank ``name`` prints a dotted line to write it by hand."""

    role: str  # e.g. "Instruktur", "Kepala LPK"
    name: str = ""
    id_line: str = ""  # printed as given, e.g. "NIP. 19750101 200003 1 001"
    lead_in: str = ""  # e.g. "Mengetahui," above the role


def place_and_date(place: str, on: date | None, lang: str = "id") -> str:
    """``Bandung, 7 Desember 2026``, with dots for whatever is not known yet. A regency or
    city name loses its "Kabupaten"/"Kota" prefix, as in handwritten letters."""
    return f"{town(place) or BLANK_PLACE}, {format_date(on, lang) if on else BLANK_DATE}"


def signature_block(signatories: Sequence[Signatory], *, width: float, place: str = "",
                    on: date | None = None, lang: str = "id", dated: bool = True,
                    keep_with: Sequence[Flowable] = ()) -> Flowable:
    """The signatures side by side, the place and date above the rightmost one (the usual
    layout: "Mengetahui" on the left, the maker on the right).

    The block, with the ``keep_with`` flowables before it (notes the signatures vouch for),
    stays on one page. (A KeepTogether nested in another always breaks the page, which is
    why this takes the flowables rather than being wrapped by the caller.)
    """
    if not signatories:
        return KeepTogether(list(keep_with))
    st = styles()
    count = len(signatories)
    rows: list[list] = [[], [], [], [], []]
    for index, person in enumerate(signatories):
        last = index == count - 1
        top = place_and_date(place, on, lang) if (last and dated) else person.lead_in
        role_lines = [person.lead_in] if (last and dated and person.lead_in) else []
        role_lines.append(person.role)
        name = (f"<u>{escape(person.name)}</u>" if person.name.strip()
                else escape(BLANK_NAME))
        rows[0].append(para(top, st.sign))
        rows[1].append(para("<br/>".join(escape(line) for line in role_lines), st.sign,
                            markup=True))
        rows[2].append("")
        rows[3].append(para(name, st.sign_name, markup=True))
        rows[4].append(para(person.id_line, st.sign))
    if not any(person.id_line for person in signatories):
        rows.pop()
    table = Table(rows, colWidths=[width / count] * count,
                  rowHeights=[None, None, SIGNING_SPACE] + [None] * (len(rows) - 3))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        # Roles hang from the top so "Mengetahui," sits right above its role on the left
        # while the right column has the place and date above its own.
        ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return KeepTogether([*keep_with, Spacer(1, 6 * mm), table])
