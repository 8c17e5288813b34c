"""One certificate PDF per person, into a folder or one ZIP file, named from a pattern.

Speed: a PDF made from scratch per person embeds the fonts (subsetting them), the background
and the logo again and draws every static part again: about 15 files a second. Instead the
whole batch is drawn once, as one document whose static parts are forms, and that document is
cut into one small PDF per person: each file gets a byte copy of the shared objects (font
subsets, images, forms), renumbered once for all files, plus its own pages. The shared fonts
then hold the glyphs of every name in the batch, which costs a few kilobytes and shows
nothing of the other people.

Everything is written under temporary names first and given its final name only when every
file is done, so an error or a Cancel half-way leaves nothing that looks like a finished set.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..core.errors import UserError
from ..core.i18n import Text
from .certificate import (
    CertificateBatch,
    CertificatePage,
    Progress,
    as_batches,
    binary_streams,
    draw_batches,
)
from .pdf import BUILD_LOCK, CREATOR
from .output import replaced_atomically

DEFAULT_FILE_PATTERN = "{number} {name}"
MAX_STEM = 120  # characters before ".pdf": room for the folder within Windows' path limit
PROGRESS_EVERY = 10  # people between progress calls

BAD_PATTERN = Text(
    "Pola nama file \"{pattern}\" tidak dapat dipakai; isian yang dikenal: {{number}}, "
    "{{name}}, {{class}}, {{seq}}.",
    "The file name pattern \"{pattern}\" cannot be used; the placeholders are {{number}}, "
    "{{name}}, {{class}} and {{seq}}.")

# Not allowed in Windows file names (and "/" nowhere); control characters neither.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def safe_stem(text: str, *, limit: int = MAX_STEM) -> str:
    """``text`` made usable as a file name on Windows, macOS and Linux: the slashes of a
    certificate number become "-", other forbidden characters "_", runs of spaces one space,
    no dot or space at the end, no reserved device name, at most ``limit`` characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("/", "-").replace("\\", "-")
    text = _FORBIDDEN.sub("_", text)
    text = " ".join(text.split())
    text = text[:limit].rstrip(" .")
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text


def file_names(people: Sequence[CertificatePage], pattern: str, *, class_code: str = "",
               suffix: str = ".pdf") -> list[str]:
    """The file name of each person's certificate: the pattern filled in and made safe; a
    name already taken (compared without case, as Windows does) gets " (2)", " (3)"..."""
    taken: set[str] = set()
    names = []
    for seq, page in enumerate(people, 1):
        try:
            raw = pattern.format(number=page.number, name=page.full_name, seq=seq,
                                 **{"class": class_code})
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            raise UserError(BAD_PATTERN.format(pattern=pattern)) from exc
        stem = safe_stem(raw) or f"sertifikat-{seq:03d}"
        candidate, copy = stem, 1
        while candidate.lower() in taken:
            copy += 1
            tail = f" ({copy})"
            candidate = safe_stem(stem, limit=MAX_STEM - len(tail)) + tail
        taken.add(candidate.lower())
        names.append(candidate + suffix)
    return names


def write_certificate_files(target: Path, batch: CertificateBatch | Sequence[CertificateBatch], *,
                            file_pattern: str = DEFAULT_FILE_PATTERN, as_zip: bool = False,
                            progress: Progress | None = None, class_code: str = "") -> list[str]:
    """Write one PDF per person of ``batch``: into the folder ``target`` (made when missing;
    files of the same names are replaced) or, with ``as_zip``, into the ZIP file ``target``.
    Returns the file names, in the batch's order. ``progress(done, total)`` is called every
    few files; an exception it raises (a Cancel) stops the work and nothing is left behind
    under a final name."""
    batches = as_batches(batch)
    target = Path(target)
    names = file_names([p for b in batches for p in b.people], file_pattern,
                       class_code=class_code)
    total = len(names)
    with BUILD_LOCK, binary_streams():
        pdfs = _person_pdfs(batches, progress)
        if as_zip:
            _write_zip(target, pdfs, names)
        else:
            _write_folder(target, pdfs, names)
    if progress is not None:
        progress(total, total)
    return names


def _person_pdfs(batches: Sequence[CertificateBatch],
                 progress: Progress | None) -> Iterator[bytes]:
    """Each person's PDF, in the batches' order: all drawn once, then cut apart."""
    buffer = io.BytesIO()
    canvas, pages = draw_batches(lambda renderer: renderer.new_canvas(buffer), batches,
                                 progress, every=PROGRESS_EVERY)
    canvas.save()
    document = _PdfObjects(buffer.getvalue())
    first = 0
    for batch in batches:
        per_person = 2 if batch.with_back else 1
        info = {"Author": batch.letterhead.name, "Creator": CREATOR}
        for person in batch.people:
            yield document.extract(range(first, first + per_person),
                                   {**info, "Title": person.number, "Subject": person.full_name})
            first += per_person


def _write_zip(target: Path, pdfs: Iterator[bytes], names: list[str]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(target) as handle:
        # PDFs are compressed already: stored, not deflated again.
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
            for name, data in zip(names, pdfs, strict=True):
                archive.writestr(name, data)


def _write_folder(target: Path, pdfs: Iterator[bytes], names: list[str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    # A hidden folder beside the final files, on the same disk, so the last step is renames.
    staging = Path(tempfile.mkdtemp(prefix=".certificates.", suffix=".part", dir=target))
    try:
        for name, data in zip(names, pdfs, strict=True):
            (staging / name).write_bytes(data)
        for name in names:
            os.replace(staging / name, target / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# -- cutting a PDF into smaller ones ---------------------------------------------------------

_OBJ = re.compile(rb"(\d+) 0 obj\s*")
_REF = re.compile(rb"(\d+) 0 R")
_STREAM = re.compile(rb"stream\r?\n")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def _pdf_text(text: str) -> bytes:
    """A PDF text string that holds any character: UTF-16BE with its byte order mark."""
    return b"<feff" + text.encode("utf-16-be").hex().encode("ascii") + b">"


class _PdfObjects:
    """The objects of a PDF that reportlab wrote (a classic cross-reference table, one flat
    page tree), enough to copy some of its pages into a PDF of their own. Anything else is
    refused rather than guessed at."""

    def __init__(self, data: bytes):
        match = _STARTXREF.search(data[-64:])
        if match is None:
            raise ValueError("not a PDF with a classic cross-reference table")
        xref_at = int(match.group(1))
        lines = data[xref_at:].split(b"\n", 2)
        if lines[0].strip() != b"xref":
            raise ValueError("not a PDF with a classic cross-reference table")
        first, count = (int(v) for v in lines[1].split())
        table = lines[2][: 20 * count]
        offsets = {}
        for number in range(first, first + count):
            entry = table[20 * (number - first): 20 * (number - first) + 20]
            if entry[17:18] == b"n":
                offsets[number] = int(entry[:10])
        trailer = data[xref_at + len(lines[0]) + len(lines[1]) + 2 + 20 * count:]
        refs = {key.decode(): int(number) for key, number in _TRAILER_REF.findall(trailer)}
        ordered = sorted(offsets.items(), key=lambda item: item[1])
        ends = [offset for _n, offset in ordered[1:]] + [xref_at]
        self.body: dict[int, bytes] = {}  # object number -> what is between "obj" and "endobj"
        for (number, start), end in zip(ordered, ends):
            chunk = data[start:end]
            head = _OBJ.match(chunk)
            if head is None or int(head.group(1)) != number:
                raise ValueError(f"object {number} is not where the table says")
            self.body[number] = chunk[head.end(): chunk.rindex(b"endobj")].rstrip()
        catalog = self._dict(refs["Root"])
        self.lang = re.search(rb"/Lang (\([^)]*\))", catalog)
        pages_root = int(re.search(rb"/Pages (\d+) 0 R", catalog).group(1))
        kids = re.search(rb"/Kids \[([^\]]*)\]", self._dict(pages_root)).group(1)
        self.pages = [int(n) for n in _REF.findall(kids)]
        self.page_tree = pages_root
        for page in self.pages:
            if b"/Type /Pages" in self._dict(page):
                raise ValueError("nested page trees are not supported")
        self.contents = {page: [int(n) for n in _REF.findall(
            re.search(rb"/Contents ([^/>]*)", self._dict(page)).group(1))] for page in self.pages}
        # Everything the pages use but the pages themselves and their content streams:
        # fonts, images, forms. Numbered 1.. in every file made from this document.
        own = set(self.pages) | {n for streams in self.contents.values() for n in streams}
        own |= {pages_root, refs["Root"], refs.get("Info", 0)}
        shared: set[int] = set()
        todo = [n for page in self.pages for n in self._refs(page) if n not in own]
        while todo:
            number = todo.pop()
            if number in shared or number in own:
                continue
            shared.add(number)
            todo.extend(self._refs(number))
        self.numbers = {old: new for new, old in enumerate(sorted(shared), 1)}
        self.shared = [self._renumbered(old) for old in sorted(shared)]

    def _dict(self, number: int) -> bytes:
        body = self.body[number]
        stream = _STREAM.search(body)
        return body[: stream.start()] if stream else body

    def _refs(self, number: int) -> list[int]:
        return [int(n) for n in _REF.findall(self._dict(number))
                if int(n) != self.page_tree]

    def _renumbered(self, number: int, extra: dict[int, int] | None = None) -> bytes:
        """The object's body with its references renumbered (only in its dictionary: the
        bytes of a stream are left alone)."""
        mapping = {**self.numbers, **(extra or {})}
        body = self.body[number]
        stream = _STREAM.search(body)
        head, tail = (body[: stream.start()], body[stream.start():]) if stream else (body, b"")
        head = _REF.sub(lambda m: b"%d 0 R" % mapping[int(m.group(1))], head)
        return head + tail

    def extract(self, page_indexes: Iterable[int], info: dict[str, str]) -> bytes:
        """A PDF of the pages at ``page_indexes`` with document information ``info``."""
        pages = [self.pages[i] for i in page_indexes]
        next_number = len(self.shared) + 1
        catalog, tree, info_number = next_number, next_number + 1, next_number + 2
        mapping = {self.page_tree: tree}
        number = info_number + 1
        for page in pages:
            mapping[page] = number
            number += 1
            for stream in self.contents[page]:
                mapping[stream] = number
                number += 1
        objects: list[bytes] = list(self.shared)
        lang = b" /Lang " + self.lang.group(1) if self.lang else b""
        objects.append(b"<< /Type /Catalog /Pages %d 0 R%s /PageMode /UseNone >>" % (tree, lang))
        kids = b" ".join(b"%d 0 R" % mapping[page] for page in pages)
        objects.append(b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(pages), kids))
        objects.append(b"<< " + b" ".join(b"/%s %s" % (key.encode(), _pdf_text(value))
                                          for key, value in info.items() if value) + b" >>")
        for page in pages:
            objects.append(self._renumbered(page, mapping))
            objects.extend(self._renumbered(stream, mapping) for stream in self.contents[page])
        out = [b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n"]
        offsets = []
        position = len(out[0])
        for index, body in enumerate(objects, 1):
            chunk = b"%d 0 obj\n%s\nendobj\n" % (index, body)
            offsets.append(position)
            out.append(chunk)
            position += len(chunk)
        xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)]
        xref.extend(b"%010d 00000 n \n" % offset for offset in offsets)
        digest = hashlib.md5(b"".join(out[-2 * len(pages) - 2:])).hexdigest().encode()
        xref.append(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\n"
                    b"startxref\n%d\n%%%%EOF\n"
                    % (len(objects) + 1, catalog, info_number, digest, digest, position))
        return b"".join(out) + b"".join(xref)
