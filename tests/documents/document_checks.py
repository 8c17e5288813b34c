"""Reading built documents back: PDF text and page sizes with pypdf, XLSX cells with zipfile."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from pypdf import PdfReader
from reportlab.lib.units import mm

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def reader(source: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)


def page_texts(source: bytes | Path) -> list[str]:
    """Each page's text with runs of whitespace (and no-break spaces) made single spaces."""
    return [re.sub(r"\s+", " ", (page.extract_text() or "").replace("\xa0", " "))
            for page in reader(source).pages]


def all_text(source: bytes | Path) -> str:
    return " ".join(page_texts(source))


def page_sizes_mm(source: bytes | Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width) / mm), round(float(p.mediabox.height) / mm))
            for p in reader(source).pages]


def image_count(source: bytes | Path, page: int = 0) -> int:
    return len(reader(source).pages[page].images)


def png_bytes(width: int = 40, height: int = 30, rgb: tuple[int, int, int] = (20, 40, 160)) -> bytes:
    """A small solid-colour PNG, written by hand so the tests need no imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Sheet:
    """The first worksheet of an .xlsx: cell values by reference ("B7"), formulas, raw XML."""

    def __init__(self, data: bytes):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            strings: list[str] = []
            if "xl/sharedStrings.xml" in names:
                root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
                strings = ["".join(t.text or "" for t in si.iter(f"{MAIN}t"))
                           for si in root.iter(f"{MAIN}si")]
            self.xml = archive.read("xl/worksheets/sheet1.xml").decode()
            self.workbook_xml = archive.read("xl/workbook.xml").decode()
        self.values: dict[str, object] = {}
        self.formulas: dict[str, str] = {}
        for cell in ElementTree.fromstring(self.xml).iter(f"{MAIN}c"):
            ref = cell.get("r")
            value = cell.find(f"{MAIN}v")
            formula = cell.find(f"{MAIN}f")
            if formula is not None:
                self.formulas[ref] = formula.text
            if value is None:
                continue
            if cell.get("t") == "s":
                self.values[ref] = strings[int(value.text)]
            elif cell.get("t") == "str":
                self.values[ref] = value.text
            else:
                number = float(value.text)
                self.values[ref] = int(number) if number.is_integer() else number

    def row(self, number: int) -> dict[str, object]:
        """Cells of one (1-based) row, keyed by column letter."""
        return {re.match(r"[A-Z]+", ref)[0]: value for ref, value in self.values.items()
                if int(re.search(r"\d+", ref)[0]) == number}

    def find(self, value: object) -> str:
        """The reference of the first cell holding ``value``."""
        for ref, held in self.values.items():
            if held == value:
                return ref
        raise KeyError(value)
