"""Finding the header row of a registrant list and what each of its columns holds.

Lists arrive with title rows above the table ("DAFTAR PESERTA PELATIHAN ...",
the institution, the date, blank rows), headings in Indonesian or English in
many spellings, sometimes a heading spread over two rows ("Tempat, Tanggal
Lahir" merged above "Tempat" and "Tanggal") and sometimes a row of column
numbers under the headings, as government forms have. The mapping a clerk
settles on for one layout is remembered, so the next list from the same
template needs no choices.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..i18n import Text
from .readers import Sheet, column_letter

# Fields a column can fill. Participant fields keep their record names; the
# others are read into them (a combined place/date of birth, a tick in an "L"
# or "P" column) or belong to the class registration (the redeem code).
PARTICIPANT_FIELDS = ("nik", "full_name", "sex", "birth_place", "birth_date", "address", "village",
                      "district", "city", "province", "phone", "email", "education", "employment",
                      "prakerja_card_number", "notes")
FIELDS = PARTICIPANT_FIELDS + ("birth_place_date", "sex_male_mark", "sex_female_mark",
                               "prakerja_redeem_code")
REQUIRED_FIELDS = ("nik", "full_name")

FIELD_LABELS: dict[str, Text] = {
    "nik": Text("NIK", "NIK"),
    "full_name": Text("Nama lengkap", "Full name"),
    "sex": Text("Jenis kelamin", "Sex"),
    "birth_place": Text("Tempat lahir", "Place of birth"),
    "birth_date": Text("Tanggal lahir", "Date of birth"),
    "address": Text("Alamat", "Address"),
    "village": Text("Desa/kelurahan", "Village"),
    "district": Text("Kecamatan", "District"),
    "city": Text("Kabupaten/kota", "Regency/city"),
    "province": Text("Provinsi", "Province"),
    "phone": Text("Telepon", "Phone"),
    "email": Text("E-mail", "E-mail"),
    "education": Text("Pendidikan terakhir", "Last education"),
    "employment": Text("Status pekerjaan", "Employment status"),
    "prakerja_card_number": Text("Nomor kartu Prakerja", "Prakerja card number"),
    "notes": Text("Catatan", "Notes"),
    "birth_place_date": Text("Tempat, tanggal lahir", "Place and date of birth"),
    "sex_male_mark": Text("Jenis kelamin: kolom L", "Sex: column L (male)"),
    "sex_female_mark": Text("Jenis kelamin: kolom P", "Sex: column P (female)"),
    "prakerja_redeem_code": Text("Kode voucher/redeem Prakerja", "Prakerja redeem code"),
}

_IGNORED = "-"  # known headings that are not imported on purpose (row numbers, signatures)

# Normalised heading -> field. Normalising lower-cases, drops "(...)" and turns
# every run of other characters into one space: "No. HP/WA" -> "no hp wa".
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no nik", "nomor nik", "nik ktp", "no ktp", "nomor ktp", "no nik ktp",
            "nomor induk kependudukan", "no induk kependudukan", "ktp", "nik e ktp", "id number",
            "national id", "national id number", "nik number"),
    "full_name": ("nama", "nama lengkap", "nama peserta", "nama lengkap peserta", "nama sesuai ktp",
                  "nama calon peserta", "name", "full name", "participant name", "nama pendaftar"),
    "sex": ("jenis kelamin", "jk", "l p", "kelamin", "jns kelamin", "jenis kel", "jenkel",
            "gender", "sex", "p l", "l pr", "lk pr"),
    "birth_place": ("tempat lahir", "tmp lahir", "tmpt lahir", "tempat lhr", "place of birth",
                    "birth place", "birthplace", "kota lahir"),
    "birth_date": ("tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "tgl lahir dd mm yyyy",
                   "date of birth", "birth date", "birthdate", "dob", "tgl bln thn lahir",
                   "tanggal bulan tahun lahir"),
    "birth_place_date": ("ttl", "tempat tanggal lahir", "tempat tgl lahir", "tempat dan tanggal lahir",
                         "tempat tgl lhr", "tmp tgl lahir", "tempat tgl bln thn lahir",
                         "place and date of birth", "place date of birth"),
    "address": ("alamat", "alamat lengkap", "alamat rumah", "alamat sesuai ktp", "alamat jalan",
                "jalan", "alamat domisili", "address", "street address", "alamat jalan rt rw",
                "jalan rt rw", "dusun"),
    "village": ("desa", "kelurahan", "desa kelurahan", "desa kel", "kel desa", "kelurahan desa",
                "village", "kel", "ds kel"),
    "district": ("kecamatan", "kec", "district", "sub district", "subdistrict"),
    "city": ("kabupaten", "kota", "kabupaten kota", "kab kota", "kota kabupaten", "kab", "kota kab",
             "regency", "city", "regency city"),
    "province": ("provinsi", "propinsi", "prov", "province"),
    "phone": ("no hp", "nomor hp", "hp", "no hp wa", "nomor hp wa", "no wa", "nomor wa", "wa",
              "whatsapp", "no whatsapp", "nomor whatsapp", "no telp", "no telepon", "nomor telepon",
              "telp", "telepon", "tlp", "no tlp", "handphone", "no handphone", "kontak", "no kontak",
              "phone", "phone number", "mobile", "mobile phone", "no telp hp", "telp hp",
              "no hp whatsapp", "no wa hp"),
    "email": ("email", "e mail", "alamat email", "alamat e mail", "surel", "email address"),
    "education": ("pendidikan", "pendidikan terakhir", "pend terakhir", "pend", "ijazah terakhir",
                  "pendidikan terakhir ijazah", "education", "last education", "jenjang pendidikan"),
    "employment": ("status pekerjaan", "pekerjaan", "status kerja", "status bekerja", "pekerjaan saat ini",
                   "employment", "employment status", "occupation"),
    "prakerja_card_number": ("no kartu prakerja", "nomor kartu prakerja", "kartu prakerja", "no prakerja",
                             "nomor prakerja", "no kartu", "prakerja card number", "prakerja card",
                             "prakerja number"),
    "prakerja_redeem_code": ("kode voucher", "kode redeem", "kode voucher redeem", "kode redeem voucher",
                             "voucher", "kode voucher prakerja", "kode redeem prakerja", "redeem code",
                             "voucher code", "kode redemption", "redeem"),
    "notes": ("keterangan", "ket", "catatan", "notes", "note", "remarks"),
    _IGNORED: ("no", "no urut", "nomor", "nomor urut", "nr", "number", "ttd", "tanda tangan",
               "paraf", "signature", "umur", "usia", "age", "foto", "photo"),
}
_LOOKUP = {name: key for key, names in _SYNONYMS.items() for name in names}
_PREFIXES = sorted((name for name in _LOOKUP if " " in name), key=len, reverse=True)
# Words that may follow a known heading without changing what it means:
# "Nama Lengkap Sesuai KTP", "No HP yang Aktif". "Nama Ibu Kandung" stays unknown.
_FILLER = frozenset({"peserta", "sesuai", "ktp", "lengkap", "aktif", "yang", "bisa", "dapat",
                     "dihubungi", "terakhir", "rumah", "asli", "saat", "ini", "domisili", "calon",
                     "pendaftar", "pelatihan", "dd", "mm", "yy", "yyyy", "hh", "bb", "tt", "tttt",
                     "format", "wajib", "diisi", "harus", "sesuai", "e", "ktp", "kk"})
_SUB_HEADING = " › "  # joins a merged heading and the one under it: "TTL › Tempat"
_MAX_HEADER_SCAN = 30

HEADER_NOT_FOUND = Text(
    'Baris judul kolom tidak ditemukan di lembar "{sheet}" (dicari di {rows} baris pertama). '
    "Daftar harus punya satu baris judul kolom, misalnya NIK, Nama Lengkap, Jenis Kelamin.",
    'No header row was found on the sheet "{sheet}" (looked at the first {rows} rows). The list '
    "needs one row of column headings, e.g. NIK, Nama Lengkap, Jenis Kelamin.",
)


def normalise(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).lower()
    bare = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    if re.search(r"[a-z0-9]", bare):
        text = bare  # "Jenis Kelamin (L/P)" -> "jenis kelamin"; "(L/P)" alone stays
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def field_for(heading) -> str | None:
    """The field a heading names, "-" for a known heading that is not imported, else None."""
    heading = str(heading)
    if _SUB_HEADING in heading:
        parent, child = heading.split(_SUB_HEADING, 1)
        return _field_under(normalise(parent), normalise(child))
    return _match(normalise(heading))


def _match(text: str) -> str | None:
    if not text:
        return None
    found = _LOOKUP.get(text)
    if found:
        return found
    for prefix in _PREFIXES:
        if text.startswith(prefix + " "):
            rest = text[len(prefix) + 1:].split()
            if all(word in _FILLER or word.isdigit() for word in rest):
                return _LOOKUP[prefix]
    return None


def _field_under(parent: str, child: str) -> str | None:
    """A sub-heading read in the light of the heading above it."""
    own = _match(child)
    parent_field = _match(parent)
    if parent_field in ("birth_place_date", "birth_date", "birth_place") or parent in ("lahir",):
        if "tempat" in child.split() or child in ("tmp", "tmpt", "place", "kota"):
            return "birth_place"
        if any(word in child.split() for word in ("tanggal", "tgl", "date", "tgl bln thn")):
            return "birth_date"
    if parent_field == "sex":
        if child in ("l", "lk", "laki laki", "pria", "m", "male"):
            return "sex_male_mark"
        if child in ("p", "pr", "perempuan", "wanita", "w", "f", "female"):
            return "sex_female_mark"
    if own:
        return own
    return None


@dataclass
class Column:
    """One column of the list: its place, its heading as the clerk reads it, a few values."""

    index: int  # 0-based, A = 0
    heading: str
    samples: list[str] = field(default_factory=list)
    parent: str = ""  # the merged heading above, for a two-row header

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def key(self) -> str:
        """The heading the field is looked up by (with the heading above it, if any)."""
        return f"{self.parent}{_SUB_HEADING}{self.heading}" if self.parent else self.heading

    @property
    def shown(self) -> str:
        return f"{self.parent} / {self.heading}" if self.parent and self.heading else (
            self.heading or self.parent)


@dataclass
class Header:
    """Where the table starts: the header row(s), the first data row, and its columns."""

    row: int  # 0-based sheet row of the (first) header row
    data_start: int  # 0-based sheet row of the first data row
    columns: list[Column]
    skipped_numbering_row: int | None = None  # 0-based row of "1 2 3 ..." under the headings

    @property
    def headings(self) -> list[str]:
        """Each column's heading by column index ("" for a column without one)."""
        width = max((c.index for c in self.columns), default=-1) + 1
        found = [""] * width
        for column in self.columns:
            found[column.index] = column.key
        return found

    def column(self, index: int) -> Column | None:
        return next((c for c in self.columns if c.index == index), None)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def detect_header(sheet: Sheet) -> Header | None:
    """The row of column headings: among the first rows, the one naming the most known
    fields (at least two, one of them NIK or name). None when there is none."""
    best, best_score = None, (1, 0)
    for row in range(min(len(sheet.rows), _MAX_HEADER_SCAN)):
        fields = {field_for(_text(cell)) for cell in sheet.rows[row] if isinstance(cell, str)}
        fields.discard(None)
        fields.discard(_IGNORED)
        if not fields & {"nik", "full_name", "birth_place_date"}:
            continue
        score = (len(fields), -row)
        if score > best_score:
            best, best_score = row, score
    if best is None:
        return None
    return _build_header(sheet, best)


def _build_header(sheet: Sheet, row: int) -> Header:
    top = [_text(cell) for cell in sheet.rows[row]]
    below_cells = sheet.rows[row + 1] if row + 1 < len(sheet.rows) else []
    # A number or a date under the headings means data, never a sub-heading.
    below = ["" if cell is None else _text(cell) if isinstance(cell, str) else None for cell in below_cells]
    spans = {c1: c2 for r1, c1, r2, c2 in sheet.merged if r1 == row and c2 > c1}
    two_rows = _is_sub_header(top, below, spans)
    if two_rows:
        spans = {**_implicit_spans(top, below), **spans}
    data_start = row + (2 if two_rows else 1)
    width = max(len(top), len(below) if two_rows else 0)
    owner = {index: start for start, end in spans.items() for index in range(start, end + 1)}
    columns = []
    for index in range(width):
        heading = top[index] if index < len(top) else ""
        sub = (below[index] or "") if two_rows and index < len(below) else ""
        if index in owner:
            start = owner[index]
            if sub:
                columns.append(Column(index, sub, parent=top[start] if start < len(top) else ""))
            elif index == start and heading:
                columns.append(Column(index, heading))
        elif heading or sub:
            columns.append(Column(index, heading or sub))
    header = Header(row, data_start, columns)
    if _is_numbering_row(sheet.rows[data_start] if data_start < len(sheet.rows) else []):
        header.skipped_numbering_row = data_start
        header.data_start += 1
    _add_samples(sheet, header)
    _add_unnamed_columns(sheet, header)
    return header


def _implicit_spans(top: list[str], below: list) -> dict[int, int]:
    """Headings over several sub-headings without a merge (CSV, or merges undone):
    a heading followed by empty heading cells with sub-headings under them."""
    spans = {}
    for index, heading in enumerate(top):
        if not heading or not (index < len(below) and below[index]):
            continue
        end = index
        while end + 1 < len(below) and below[end + 1] and not (end + 1 < len(top) and top[end + 1]):
            end += 1
        if end > index:
            spans[index] = end
    return spans


def _is_sub_header(top: list[str], below: list, spans: dict[int, int]) -> bool:
    """The row under the headings holds sub-headings: words under a merged heading, or
    words that name fields or parts of one (Tempat, Tanggal, L, P) under empty headings."""
    if any(text is None for text in below):
        return False
    texts = [(index, text) for index, text in enumerate(below) if text]
    if not texts or not all(_is_word(text) for _, text in texts):
        return False
    if any(c1 <= index <= c2 for index, _ in texts for c1, c2 in spans.items()):
        return True
    parts = {"tempat", "tanggal", "tgl", "l", "p", "lk", "pr", "desa", "kecamatan", "kabupaten"}
    known = all(normalise(text) in parts or _match(normalise(text)) for _, text in texts)
    return known and any(not (index < len(top) and top[index]) for index, _ in texts)


def _is_word(text: str) -> bool:
    return not re.fullmatch(r"[\d\s.,/+-]+", text)


def _is_numbering_row(cells: list) -> bool:
    """A row of column numbers (1, 2, 3 ... or (1), (2) ...) under the headings."""
    numbers = []
    for cell in cells:
        if cell == "" or cell is None:
            continue
        text = _text(cell).strip("()")
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) \
        and numbers[0] in (0, 1)


def _add_samples(sheet: Sheet, header: Header, count: int = 3) -> None:
    wanted = {c.index: c for c in header.columns}
    for row in sheet.rows[header.data_start:header.data_start + 200]:
        for index, column in wanted.items():
            if len(column.samples) < count and index < len(row) and _text(row[index]):
                column.samples.append(_text(row[index]))
        if all(len(c.samples) >= count for c in wanted.values()):
            break


def _add_unnamed_columns(sheet: Sheet, header: Header) -> None:
    """Columns that hold values but no heading, so the clerk can still map them."""
    named = {c.index for c in header.columns}
    found: dict[int, Column] = {}
    for row in sheet.rows[header.data_start:header.data_start + 200]:
        for index, cell in enumerate(row):
            if index not in named and _text(cell):
                column = found.setdefault(index, Column(index, ""))
                if len(column.samples) < 3:
                    column.samples.append(_text(cell))
    header.columns = sorted(header.columns + list(found.values()), key=lambda c: c.index)


def suggest_mapping(headers: Sequence[str] | Mapping[int, str]) -> dict[int, str]:
    """Column index -> field for the headings that name one; each field once, the leftmost
    column first (a list with both "No. HP" and "No. WA" takes the phone from the first)."""
    items = headers.items() if isinstance(headers, Mapping) else enumerate(headers)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    parent_field_used: set[str] = set()
    for index, heading in sorted(items):
        found = field_for(heading) if heading else None
        if found is None and heading and _SUB_HEADING in heading:
            # "Alamat › Jalan": a sub-heading of its own unknown; the first such column
            # under a heading that names a field takes that field.
            parent = heading.split(_SUB_HEADING, 1)[0]
            found = _match(normalise(parent))
            if found in parent_field_used:
                found = None
            elif found:
                parent_field_used.add(found)
        if found and found != _IGNORED and found not in taken:
            mapping[index] = found
            taken.add(found)
    return mapping


def is_ignored_heading(heading: str) -> bool:
    """A heading known not to hold anything to import (No, TTD, Umur)."""
    return field_for(heading) == _IGNORED


def header_signature(headers: Sequence[str] | Mapping[int, str]) -> str:
    """A short hash of the headings by position, the same for every list made from one template."""
    items = headers.items() if isinstance(headers, Mapping) else enumerate(headers)
    shown = [f"{index}:{normalise(heading.replace(_SUB_HEADING, ' / '))}"
             for index, heading in sorted(items) if heading]
    return hashlib.sha256(json.dumps(shown).encode()).hexdigest()[:16]


def mapping_key(headers) -> str:
    return f"import_mapping:{header_signature(headers)}"


def remembered_mapping(headers, institution_id: int | None = None) -> dict[int, str] | None:
    """The mapping last used for lists with these headings (the institution's, else the
    database-wide one), or None. Columns or fields that no longer fit are dropped."""
    from ..services.settings import get_setting

    stored = get_setting(mapping_key(headers), None, institution_id=institution_id)
    if not isinstance(stored, dict) or not isinstance(stored.get("mapping"), dict):
        return None
    width = len(headers) if not isinstance(headers, Mapping) else max(headers, default=-1) + 1
    mapping = {}
    for key, value in stored["mapping"].items():
        if str(key).isdigit() and int(key) < width and value in FIELDS and value not in mapping.values():
            mapping[int(key)] = value
    return mapping


def remember_mapping(store, headers, mapping: Mapping[int, str], institution_id: int | None = None) -> None:
    """Keep ``mapping`` for lists with these headings (a database setting, audited)."""
    from ..services.settings import set_setting

    unknown = set(mapping.values()) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown import fields: {sorted(unknown)}")
    items = headers.items() if isinstance(headers, Mapping) else enumerate(headers)
    set_setting(store, mapping_key(headers), {
        "headers": [heading for _, heading in sorted(items)],
        "mapping": {str(index): value for index, value in sorted(mapping.items())},
    }, institution_id=institution_id)
