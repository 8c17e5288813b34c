"""Ways a database file gets damaged: bytes flipped inside a page, the end cut off, the header
wiped. Each changes the file in place, as a bad sector or a pulled USB stick would."""

from __future__ import annotations

import struct
from pathlib import Path

import apsw


def page_size(path: Path) -> int:
    size = struct.unpack(">H", path.read_bytes()[16:18])[0]
    return 65536 if size == 1 else size


def root_page(path: Path, table: str) -> int:
    connection = apsw.Connection(f"file:{path}?mode=ro", flags=apsw.SQLITE_OPEN_READONLY | apsw.SQLITE_OPEN_URI)
    try:
        return connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()


def _xor(path: Path, offset: int, count: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        data = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in data))


def flip_page_header(path: Path, table: str = "participant") -> None:
    """The b-tree header of the table's root page (page type, cell count, content offset)."""
    _xor(path, (root_page(path, table) - 1) * page_size(path), 12)


def flip_cell_pointers(path: Path, table: str = "participant") -> None:
    """Bytes in the middle of a page: the cell pointers of the table's root page."""
    _xor(path, (root_page(path, table) - 1) * page_size(path) + 12, 24)


def truncate_to_half(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)


def zero_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"\x00" * 100)


DAMAGES = {
    "flipped-page-header": flip_page_header,
    "flipped-cell-pointers": flip_cell_pointers,
    "truncated-to-half": truncate_to_half,
    "zeroed-header": zero_header,
}
