"""The DLL names a Windows executable or DLL imports, read from its PE header.

Pruning Qt needs to know which Qt DLLs the kept modules and plugins pull in; reading the
import tables here means no Windows tool (and no guessing) is needed on the build machine.
"""

from __future__ import annotations

import struct
from pathlib import Path

_IMPORT_DIRECTORY = 1
_DELAY_IMPORT_DIRECTORY = 13


class NotAPortableExecutable(ValueError):
    pass


def imported_dlls(path: Path) -> set[str]:
    """Lower-cased names of the DLLs ``path`` imports, including delay-loaded ones."""
    data = path.read_bytes()
    if data[:2] != b"MZ" or len(data) < 0x40:
        raise NotAPortableExecutable(f"{path}: not a Windows executable (no MZ header)")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise NotAPortableExecutable(f"{path}: not a Windows executable (no PE signature)")
    sections_count, = struct.unpack_from("<H", data, pe + 6)
    optional_size, = struct.unpack_from("<H", data, pe + 20)
    optional = pe + 24
    magic, = struct.unpack_from("<H", data, optional)
    directories = optional + (112 if magic == 0x20B else 96)
    sections = []
    for index in range(sections_count):
        header = optional + optional_size + 40 * index
        virtual_size, virtual_address, raw_size, raw_offset = struct.unpack_from("<IIII", data, header + 8)
        sections.append((virtual_address, max(virtual_size, raw_size), raw_offset))

    def offset(rva: int) -> int:
        for virtual_address, size, raw_offset in sections:
            if virtual_address <= rva < virtual_address + size:
                return rva - virtual_address + raw_offset
        raise NotAPortableExecutable(f"{path}: address {rva:#x} lies in no section")

    def name_at(rva: int) -> str:
        start = offset(rva)
        return data[start:data.index(b"\0", start)].decode("ascii").lower()

    names: set[str] = set()
    for directory, entry_size, name_field in ((_IMPORT_DIRECTORY, 20, 12), (_DELAY_IMPORT_DIRECTORY, 32, 4)):
        rva, size = struct.unpack_from("<II", data, directories + 8 * directory)
        if not rva or not size:
            continue
        entry = offset(rva)
        while entry + entry_size <= len(data) and any(data[entry:entry + entry_size]):
            name_rva, = struct.unpack_from("<I", data, entry + name_field)
            if name_rva:
                names.add(name_at(name_rva))
            entry += entry_size
    return names
