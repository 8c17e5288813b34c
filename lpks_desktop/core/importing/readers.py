"""Reading a registrant list from an XLSX workbook or a CSV file into rows of cells.

Clerks bring whatever their office produced: workbooks from Excel or WPS, CSV
saved by an Indonesian Excel (semicolons, Windows-1252), CSV from web forms
(UTF-8 with a BOM), and sometimes a file that only looks like a spreadsheet.
What a file is gets decided by its content, never by its name, and anything
that would take the PC down while reading it (a zip bomb, a sheet whose cells
span a million rows) is refused before the spreadsheet parser sees it.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..i18n import Text

MAX_FILE_BYTES = 50 * 1024 * 1024
# A 100,000-row list of 20 columns is ~60 MB of sheet XML; anything far beyond
# is not a registrant list.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# Sheet XML compresses 5-20 times, very repetitive sheets up to ~60. Zip bombs
# reach thousands. Only parts that would be large are held to it.
MAX_RATIO = 120
RATIO_FREE_BYTES = 2 * 1024 * 1024
MAX_PARTS = 5000
MAX_ROWS = 100_000  # sheet rows, title and header rows included
MAX_COLUMNS = 200
_SNIFF_LINES = 50

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: .xls, .doc, encrypted .xlsx
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
# A cell reference past column GR (the 200th) or with a row number of six digits or more.
_FAR = rb'r="((?:[A-Z]{3}|G[S-Z]|[H-Z][A-Z])(?=[0-9])|[A-Z]{1,3}(?=[0-9]{6}))([0-9]+)"'
_FAR_REFERENCE = re.compile(rb" " + _FAR)  # a literal start: the search skips ahead quickly
_FAR_REFERENCE_ANY_SPACE = re.compile(rb"[\t\r\n]" + _FAR)
_CELL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s")
_CELL_WITHOUT_REF = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?:\s(?!(?:[^>]*\s)?r=)[^>]*)?>")
_SHEET_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheet\s([^>]*)/?>")
_RELATIONSHIP = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?Relationship\s([^>]*)/?>")
_ATTRIBUTE = re.compile(rb'([\w:.-]+)\s*=\s*"([^"]*)"')


class ReadRefused(UserError):
    """The file is not read: not a spreadsheet, damaged, protected, or too large to be a list."""


NOT_FOUND = Text('Berkas "{name}" tidak ditemukan.', 'The file "{name}" was not found.')
EMPTY_FILE = Text('Berkas "{name}" kosong (0 byte).', 'The file "{name}" is empty (0 bytes).')
NO_DATA = Text('Berkas "{name}" tidak berisi data.', 'The file "{name}" holds no data.')
TOO_BIG = Text(
    'Berkas "{name}" terlalu besar ({size_mb} MB); paling besar {max_mb} MB. Bagi daftarnya '
    "menjadi beberapa berkas.",
    'The file "{name}" is too large ({size_mb} MB); at most {max_mb} MB. Split the list into '
    "several files.",
)
NOT_SPREADSHEET = Text(
    'Berkas "{name}" adalah {kind_id}, bukan lembar kerja. Pilih berkas Excel (.xlsx) atau CSV '
    "berisi daftar peserta.",
    'The file "{name}" is {kind_en}, not a spreadsheet. Choose an Excel (.xlsx) or CSV file '
    "holding the list of participants.",
)
SAVE_AS_XLSX = Text(
    'Berkas "{name}" berformat {kind_id} yang tidak dibaca aplikasi ini. Buka di Excel, lalu '
    "Simpan Sebagai (Save As) \"Buku Kerja Excel (*.xlsx)\" dan impor berkas .xlsx itu.",
    'The file "{name}" is {kind_en}, which this program does not read. Open it in Excel, '
    'choose Save As "Excel Workbook (*.xlsx)" and import that .xlsx file.',
)
ENCRYPTED = Text(
    'Berkas "{name}" dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > '
    "Protect Workbook > Encrypt with Password, kosongkan), simpan sebagai .xlsx, lalu impor lagi.",
    'The file "{name}" is protected by a password. Open it in Excel, remove the password '
    "(File > Info > Protect Workbook > Encrypt with Password, clear it), save as .xlsx and "
    "import again.",
)
DAMAGED = Text(
    'Berkas "{name}" rusak atau tidak lengkap dan tidak dapat dibaca ({detail}). Buka di Excel '
    "dan simpan ulang sebagai .xlsx.",
    'The file "{name}" is damaged or incomplete and cannot be read ({detail}). Open it in '
    "Excel and save it again as .xlsx.",
)
BOMB = Text(
    'Berkas "{name}" ditolak: isinya akan mengembang menjadi {size_mb} MB lebih saat dibuka '
    "(bagian {part}). Daftar peserta tidak sebesar itu; berkas ini mungkin dibuat untuk "
    "melumpuhkan komputer.",
    'The file "{name}" is refused: its content would expand to more than {size_mb} MB when '
    "opened (part {part}). A list of participants is never that large; the file may have been "
    "made to cripple the computer.",
)
XML_ENTITIES = Text(
    'Berkas "{name}" ditolak: bagian {part} memuat deklarasi DOCTYPE/ENTITY, yang tidak pernah '
    "ditulis Excel dan dapat dipakai untuk melumpuhkan komputer.",
    'The file "{name}" is refused: its part {part} holds a DOCTYPE/ENTITY declaration, which '
    "Excel never writes and which can be used to cripple the computer.",
)
FAR_CELL = Text(
    'Lembar "{sheet}" di berkas "{name}" berisi nilai di sel {cell}, jauh di luar daftar (dibaca paling banyak '
    "{max_rows} baris dan {max_columns} kolom). Hapus isi sel itu atau salin daftarnya ke "
    "lembar baru.",
    'The sheet "{sheet}" of the file "{name}" holds a value in cell {cell}, far outside the list (at most {max_rows} '
    "rows and {max_columns} columns are read). Delete that cell's content or copy the list to "
    "a new sheet.",
)
CSV_TOO_LARGE = Text(
    'Berkas "{name}" berisi lebih dari {max_rows} baris atau {max_columns} kolom. Bagi daftarnya '
    "menjadi beberapa berkas.",
    'The file "{name}" holds more than {max_rows} rows or {max_columns} columns. Split the list '
    "into several files.",
)
CSV_BROKEN = Text(
    'Berkas CSV "{name}" tidak dapat dibaca di baris {row}: {detail}.',
    'The CSV file "{name}" cannot be read at row {row}: {detail}.',
)
NO_SHEET = Text(
    'Buku kerja "{name}" tidak punya lembar kerja yang terlihat dan berisi data.',
    'The workbook "{name}" has no visible worksheet holding data.',
)
NO_SUCH_SHEET = Text(
    'Buku kerja "{name}" tidak punya lembar "{sheet}". Yang ada: {sheets}.',
    'The workbook "{name}" has no sheet "{sheet}". It has: {sheets}.',
)

# (magic bytes, Indonesian, English) for files clerks pick by mistake.
_OTHER_FILES = (
    (b"\x89PNG\r\n\x1a\n", "gambar PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "gambar JPEG", "a JPEG picture"),
    (b"GIF8", "gambar GIF", "a GIF picture"),
    (b"%PDF", "dokumen PDF", "a PDF document"),
    (b"Rar!", "arsip RAR", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "arsip 7-Zip", "a 7-Zip archive"),
    (b"\x1f\x8b", "arsip gzip", "a gzip archive"),
    (b"MZ", "program Windows", "a Windows program"),
    (b"\x7fELF", "program", "a program"),
    (b"SQLite format 3\x00", "basis data SQLite", "an SQLite database"),
    (b"{\\rtf", "dokumen RTF", "an RTF document"),
)


@dataclass
class Sheet:
    """The cells of one worksheet, placed as the spreadsheet shows them.

    ``rows[r][c]`` is the cell in sheet row ``r + 1`` and column ``c`` (0 is A);
    rows may be shorter than others. Cells hold str, float, bool, date, datetime
    or time as the file stored them, '' when empty. ``merged`` holds merged
    ranges as (first row, first column, last row, last column), 0-based.
    """

    name: str
    rows: list[list]
    kind: str  # "xlsx" or "csv"
    path: Path | None = None
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet_names: list[str] = field(default_factory=list)  # every visible sheet of the workbook

    @property
    def file_name(self) -> str:
        return self.path.name if self.path else self.name

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def cell(self, row: int, column: int):
        cells = self.rows[row] if 0 <= row < len(self.rows) else ()
        return cells[column] if 0 <= column < len(cells) else ""


def column_letter(index: int) -> str:
    """A spreadsheet's own name for a 0-based column: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - ord("A") + 1
    return number - 1


def read_table(path, sheet: str | None = None, *, choose=None) -> Sheet:
    """The registrant list in ``path``: a worksheet of an XLSX workbook, or a CSV file.

    Without ``sheet``, the first visible worksheet for which ``choose(sheet)``
    is true is returned (the importer passes "has a header row"), else the
    first one holding anything. Raises ``ReadRefused`` with a message for the
    clerk when the file cannot or must not be read.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadRefused(NOT_FOUND.format(name=name)) from None
    except OSError as exc:
        raise ReadRefused(DAMAGED.format(name=name, detail=exc.strerror or str(exc))) from None
    if size == 0:
        raise ReadRefused(EMPTY_FILE.format(name=name))
    if size > MAX_FILE_BYTES:
        raise ReadRefused(TOO_BIG.format(name=name, size_mb=round(size / 2**20, 1),
                                         max_mb=MAX_FILE_BYTES // 2**20))
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _read_workbook(path, data, sheet, choose)
    if data.startswith(_CFB):
        raise ReadRefused(_compound_file(name, data))
    for magic, kind_id, kind_en in _OTHER_FILES:
        if data.startswith(magic):
            raise ReadRefused(NOT_SPREADSHEET.format(name=name, kind_id=kind_id, kind_en=kind_en))
    return _read_csv(path, data)


# -- workbooks --------------------------------------------------------------------------------

def _compound_file(name: str, data: bytes) -> Text:
    if _ENCRYPTION_INFO in data:
        return ENCRYPTED.format(name=name)
    if "WordDocument".encode("utf-16-le") in data:
        return NOT_SPREADSHEET.format(name=name, kind_id="dokumen Word lama (.doc)",
                                      kind_en="an old Word document (.doc)")
    return SAVE_AS_XLSX.format(name=name, kind_id="Excel lama (.xls, Excel 97-2003)",
                               kind_en="an old Excel file (.xls, Excel 97-2003)")


def _read_workbook(path: Path, data: bytes, wanted: str | None, choose) -> Sheet:
    name = path.name
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadRefused(DAMAGED.format(name=name, detail=str(exc))) from None
    names = {info.filename for info in infos}
    _refuse_other_archives(name, names, archive)
    if len(infos) > MAX_PARTS:
        raise ReadRefused(BOMB.format(name=name, size_mb=MAX_UNCOMPRESSED_BYTES // 2**20,
                                      part=f"{len(infos)} parts"))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNCOMPRESSED_BYTES or (info.file_size > RATIO_FREE_BYTES and ratio > MAX_RATIO):
            raise ReadRefused(BOMB.format(name=name, size_mb=max(total, info.file_size) // 2**20,
                                          part=info.filename))
    # Every part is decompressed here once: zipfile stops at the declared size and checks
    # the CRC, so a part that lies about its size fails here instead of in the parser.
    parts: dict[str, bytes] = {}
    try:
        for info in infos:
            if info.is_dir():
                continue
            content = archive.read(info)
            if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in content[:4096].upper():
                raise ReadRefused(XML_ENTITIES.format(name=name, part=info.filename))
            parts[info.filename] = content
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        raise ReadRefused(DAMAGED.format(name=name, detail=str(exc))) from None
    sheets = _worksheets(parts)
    visible = [entry for entry in sheets if entry[1] == "visible"]
    if wanted is not None:
        chosen = [entry for entry in sheets if entry[0] == wanted]
        if not chosen:
            raise ReadRefused(NO_SUCH_SHEET.format(
                name=name, sheet=wanted, sheets=", ".join(e[0] for e in visible) or "-"))
        candidates = chosen
    else:
        candidates = visible
    import python_calamine  # loaded on the first import, not at start-up

    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise ReadRefused(ENCRYPTED.format(name=name)) from None
    except Exception as exc:  # noqa: BLE001 - calamine's errors are its own classes and ValueErrors
        raise ReadRefused(DAMAGED.format(name=name, detail=str(exc).splitlines()[0][:200])) from None
    fallback = None
    with workbook:
        for sheet_name, _state, part in candidates:
            _refuse_far_cells(name, sheet_name, parts.get(part, b""))
            try:
                loaded = workbook.get_sheet_by_name(sheet_name)
                rows = loaded.to_python(skip_empty_area=False)
                merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (loaded.merged_cell_ranges or [])]
            except Exception as exc:  # noqa: BLE001
                raise ReadRefused(DAMAGED.format(name=name, detail=str(exc).splitlines()[0][:200])) from None
            table = Sheet(sheet_name, _trimmed(rows), "xlsx", path, merged,
                          sheet_names=[e[0] for e in visible])
            if not table.rows:
                continue
            if wanted is not None or choose is None or choose(table):
                return table
            fallback = fallback or table
    if fallback is None:
        raise ReadRefused(NO_SHEET.format(name=name))
    return fallback


def _refuse_other_archives(name: str, names: set[str], archive: zipfile.ZipFile) -> None:
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise ReadRefused(SAVE_AS_XLSX.format(name=name, kind_id="Excel biner (.xlsb)",
                                              kind_en="a binary Excel workbook (.xlsb)"))
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100]
        except Exception:  # noqa: BLE001 - a broken entry is still "not a workbook"
            mimetype = b""
        if b"spreadsheet" in mimetype:
            raise ReadRefused(SAVE_AS_XLSX.format(
                name=name, kind_id="OpenDocument (.ods, LibreOffice)",
                kind_en="an OpenDocument spreadsheet (.ods, LibreOffice)"))
    if "word/document.xml" in names:
        kind = ("dokumen Word", "a Word document")
    elif "ppt/presentation.xml" in names:
        kind = ("presentasi PowerPoint", "a PowerPoint presentation")
    else:
        kind = ("arsip ZIP", "a ZIP archive")
    raise ReadRefused(NOT_SPREADSHEET.format(name=name, kind_id=kind[0], kind_en=kind[1]))


def _attributes(text: bytes) -> dict[str, str]:
    found = {}
    for key, value in _ATTRIBUTE.findall(text):
        key = key.decode("ascii", "replace")
        found[key.rsplit(":", 1)[-1] if key != "xmlns" else key] = _unescape(value)
    return found


def _unescape(value: bytes) -> str:
    text = value.decode("utf-8", "replace")
    for escaped, plain in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(escaped, plain)
    return text


def _worksheets(parts: dict[str, bytes]) -> list[tuple[str, str, str]]:
    """(name, state, part path) of each worksheet, in the workbook's order."""
    targets = {}
    for match in _RELATIONSHIP.finditer(parts.get("xl/_rels/workbook.xml.rels", b"")):
        attributes = _attributes(match.group(1))
        target = attributes.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[attributes.get("Id")] = target
    sheets = []
    for match in _SHEET_ENTRY.finditer(parts.get("xl/workbook.xml", b"")):
        attributes = _attributes(match.group(1))
        part = targets.get(attributes.get("id"), "")
        if not part.startswith("xl/worksheets/"):
            continue  # chart sheets and dialog sheets hold no list
        sheets.append((attributes.get("name", ""), attributes.get("state", "visible"), part))
    return sheets


def _refuse_far_cells(name: str, sheet_name: str, xml: bytes) -> None:
    """Refuse a sheet whose cells would span more than the caps.

    The parser allocates every cell of the rectangle from A1 to the farthest
    value: one value in XFD1048576 makes 17 billion cells. Empty styled cells
    (``<c r="B9" s="3"/>``) hold nothing and are not counted, as the parser
    skips them too. The scan looks only for references beyond the caps, which
    a plain search finds in a few milliseconds per megabyte.
    """
    matches = _FAR_REFERENCE.finditer(xml)
    if b'\tr="' in xml or b'\nr="' in xml or b'\rr="' in xml:
        matches = itertools.chain(matches, _FAR_REFERENCE_ANY_SPACE.finditer(xml))
    for match in matches:
        letters, number = match.group(1).decode(), int(match.group(2))
        if number <= MAX_ROWS and column_index(letters) < MAX_COLUMNS:
            continue
        start = xml.rfind(b"<", 0, match.start())
        end = xml.find(b">", match.end())
        element = xml[start:end + 1]
        if not _CELL_START.match(element) or element.endswith(b"/>"):
            continue
        raise ReadRefused(FAR_CELL.format(name=name, sheet=sheet_name, cell=letters + str(number),
                                          max_rows=MAX_ROWS, max_columns=MAX_COLUMNS))
    # Cells without a reference are placed one after another. Excel always writes
    # references; only when some cell lacks one are such cells counted.
    cells = xml.count(b"<c ") + xml.count(b"<c>")
    referenced = xml.count(b' r="') - xml.count(b'<row r="')
    prefixed = b":c " in xml or b":c>" in xml
    if (cells > referenced or prefixed) and len(_CELL_WITHOUT_REF.findall(xml)) > MAX_ROWS * 20:
        raise ReadRefused(FAR_CELL.format(name=name, sheet=sheet_name, cell="?", max_rows=MAX_ROWS,
                                          max_columns=MAX_COLUMNS))


def _trimmed(rows: list[list]) -> list[list]:
    """Rows without their trailing empty cells, and without trailing empty rows."""
    result = []
    for row in rows:
        end = len(row)
        while end and _blank(row[end - 1]):
            end -= 1
        result.append(row[:end] if end < len(row) else row)
    while result and not result[-1]:
        result.pop()
    return result


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- CSV --------------------------------------------------------------------------------------

def _decode(name: str, data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode Text" export: UTF-16 with tabs.
        return data.decode("utf-16", "replace"), "utf-16"
    if b"\x00" in data[:65536]:
        raise ReadRefused(NOT_SPREADSHEET.format(name=name, kind_id="berkas biner",
                                                 kind_en="a binary file"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # What an Indonesian or English Windows Excel writes for "CSV (Comma delimited)".
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most rows of one width.

    Indonesian Excel writes ";" (its decimal separator is the comma); others ",".
    Tabs come from "Unicode Text" and copy-paste.
    """
    lines = text.splitlines()[:_SNIFF_LINES]
    best, best_score = ",", (-1, -1)
    for delimiter in (";", ",", "\t", "|"):
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = (wide.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, data: bytes) -> Sheet:
    name = path.name
    text, encoding = _decode(name, data)
    if "<html" in text[:2048].lower() or "<!doctype html" in text[:2048].lower():
        raise ReadRefused(SAVE_AS_XLSX.format(
            name=name, kind_id="halaman web (HTML) yang diberi nama lembar kerja",
            kind_en="a web page (HTML) given a spreadsheet's name"))
    if text.lstrip().startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in text[:4096]:
        raise ReadRefused(SAVE_AS_XLSX.format(name=name, kind_id="XML Spreadsheet 2003",
                                              kind_en="an XML Spreadsheet 2003 file"))
    delimiter = _sniff_delimiter(text)
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS:
                raise ReadRefused(CSV_TOO_LARGE.format(name=name, max_rows=MAX_ROWS,
                                                       max_columns=MAX_COLUMNS))
            # A leading apostrophe is how spreadsheets (and our own CSV export) mark "keep as
            # text": it guards NIKs and formula-looking values, and is not part of the value.
            rows.append([cell[1:] if cell.startswith("'") else cell for cell in row])
    except csv.Error as exc:
        raise ReadRefused(CSV_BROKEN.format(name=name, row=reader.line_num, detail=str(exc))) from None
    rows = _trimmed(rows)
    if not rows:
        raise ReadRefused(NO_DATA.format(name=name))
    return Sheet(path.stem, rows, "csv", path, encoding=encoding, delimiter=delimiter)
