"""Runs Windows programs under Wine, each test prefix a folder of its own.

What Wine does here, and why the harness is shaped around it:

- The environment is built from scratch (never the caller's): the installed app must not see
  the test run's LPKS_* or XDG_* variables, and Wine must not see the developer's HOME, where it
  would link the prefix's Desktop and Documents folders and drop menu entries
  (``winemenubuilder`` is switched off for the same reason).
- Output is always read through pipes: Wine 8 gives a Windows CPython an invalid handle when its
  standard output is a regular file, and Python then dies before running anything.
- Console programs need no display, so DISPLAY is left out; ``mscoree`` and ``mshtml`` are
  disabled so that booting a prefix never asks to download Mono or Gecko.
- Wine 8.0 lacks two things of Windows 10 that the app's libraries reach for; without them the
  self-check cannot run at all, so each prefix gets a stand-in (see :meth:`Prefix.stand_in_for_missing_dlls`
  and ``WINEDLLOVERRIDES``), and a test shows that each is still needed:
  * ``bcryptprimitives.dll`` (``ProcessPrng``, the random source of Rust's standard library,
    which cryptography's ``_rust.pyd`` imports): a generated DLL that forwards ``ProcessPrng`` to
    ``advapi32.SystemFunction036`` (RtlGenRandom), which Wine has;
  * WMI: Python's ``platform`` module asks WMI for the Windows version, and Wine 8.0's WMI
    provider calls ``propsys.VariantToString``, which it does not implement, so the process is
    aborted; with ``wbemprox`` disabled the query fails politely and Python falls back.
- A Windows program that starts another one and exits (an NSIS uninstaller copies itself to a
  temporary folder and runs from there) is waited for with ``wineserver -w``.
- Windows programs write their console output in the ANSI code page, which Wine derives from
  LANG: C.UTF-8 gives cp1252, the code page of an English or Indonesian Windows too.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

USER = "clerk"
WINEDLLOVERRIDES = "mscoree,mshtml=;winemenubuilder.exe=d;wbemprox=d"
# Functions of Windows that Wine 8.0 lacks, each forwarded to one of Wine's with the same effect.
STAND_INS = {"bcryptprimitives.dll": {"ProcessPrng": "advapi32.SystemFunction036"}}
ANSI_CODE_PAGE = "cp1252"
# Each command with the Debian package that provides it; the build also verifies signatures.
TOOLS = {"wine": "wine", "wineboot": "wine", "wineserver": "wine", "makensis": "nsis",
         "osslsigncode": "osslsigncode"}
# Wine links these to HOME; inside the prefix they are what a Windows user has.
_SHELL_FOLDERS = ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos")


def missing_tools() -> list[str]:
    """The commands these tests need that are not on PATH, each with its Debian package."""
    return [f"{command} (Debian package {package})"
            for command, package in TOOLS.items() if shutil.which(command) is None]


class WineError(AssertionError):
    """A Windows program did not finish as expected; the message holds its output."""


@dataclass
class Result:
    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def describe(self) -> str:
        return (f"{' '.join(self.command)} exited with {self.returncode} after {self.seconds:.1f} s\n"
                f"--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}")

    def check(self, expected: int = 0) -> Result:
        if self.returncode != expected:
            raise WineError(f"expected exit code {expected}: {self.describe()}")
        return self


@dataclass
class Prefix:
    """One WINEPREFIX (``path``) with a HOME of its own next to it."""

    path: Path
    timings: list[tuple[str, float]] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return self.path.with_name(self.path.name + "-home")

    def env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "USER": USER,
            "LOGNAME": USER,
            "LANG": "C.UTF-8",
            "WINEPREFIX": str(self.path),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": WINEDLLOVERRIDES,
        }

    # --- life cycle -------------------------------------------------------------------------

    def boot(self) -> None:
        """A new prefix, its shell folders real folders inside it (Wine links them to HOME)."""
        self.home.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        done = subprocess.run(["wineboot", "--init"], env=self.env(), stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=300)
        self.wait()
        if done.returncode != 0 or not self.user_dir.is_dir():
            raise WineError(f"wineboot failed ({done.returncode}) for {self.path}:\n"
                            f"{done.stderr.decode(errors='replace')}")
        for name in _SHELL_FOLDERS:
            folder = self.user_dir / name
            if folder.is_symlink():
                folder.unlink()
                folder.mkdir()
        self.timings.append(("wineboot", time.perf_counter() - started))

    def stand_in_for_missing_dlls(self) -> None:
        for name, forwards in STAND_INS.items():
            (self.drive_c / "windows" / "system32" / name).write_bytes(forwarding_dll(name, forwards))

    def copy_to(self, path: Path, linked: tuple[str, ...] = ()) -> Prefix:
        """A copy of this prefix (its programs ended first, so the registry is on disk).

        The folders named in ``linked`` (relative to the prefix) are hard-linked, not copied:
        only for files that are never written in place (Wine's DLLs, an installed runtime that
        setup.exe deletes before writing anew), where linking saves most of the copy's time."""
        self.wait()
        skip = {self.path / name for name in linked}
        shutil.copytree(self.path, path, symlinks=True,
                        ignore=lambda folder, names: [n for n in names if Path(folder, n) in skip])
        for name in linked:
            if (self.path / name).exists():
                subprocess.run(["cp", "-al", str(self.path / name), str(path / name)], check=True)
        copy = Prefix(path, self.timings)
        copy.home.mkdir(parents=True, exist_ok=True)
        return copy

    def wait(self, timeout: float = 120) -> None:
        """Until every program in the prefix has ended and its server has stopped."""
        subprocess.run(["wineserver", "--wait"], env=self.env(), stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=timeout)

    def kill(self) -> None:
        subprocess.run(["wineserver", "--kill"], env=self.env(), stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=60)

    # --- running programs -------------------------------------------------------------------

    def run(self, program: str | Path, *args: str, timeout: float = 300, label: str | None = None,
            extra_env: dict[str, str] | None = None) -> Result:
        """Runs a Windows program (a C:\\ path, or a Linux path to an .exe/.cmd) and waits for it.

        A .cmd runs through Wine's own start-up of cmd.exe, which quotes the arguments right
        (``cmd /c "path with spaces" "an argument"`` does not)."""
        command = ["wine", str(program), *args]
        started = time.perf_counter()
        try:
            done = subprocess.run(command, env={**self.env(), **(extra_env or {})},
                                  stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise WineError(f"{' '.join(command)} still running after {timeout} s; killed.\n"
                            f"--- stdout ---\n{_text(exc.stdout)}\n--- stderr ---\n{_text(exc.stderr)}"
                            ) from None
        seconds = time.perf_counter() - started
        if label:
            self.timings.append((label, seconds))
        return Result(command, done.returncode, _text(done.stdout), _text(done.stderr), seconds)

    def start(self, program: str | Path, *args: str) -> subprocess.Popen:
        """Starts a Windows program without waiting; the caller ends it (or :meth:`kill`)."""
        return subprocess.Popen(["wine", str(program), *args], env=self.env(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    # --- the registry -----------------------------------------------------------------------

    def reg_query(self, key: str) -> dict[str, tuple[str, str]] | None:
        """A key's values as ``{name: (type, data)}``, or None when the key does not exist.

        ``reg query`` prints each value as four spaces, name, four spaces, type, four spaces,
        data; an unnamed default value is called ``(Default)``."""
        result = self.run("reg", "query", key, timeout=60)
        if result.returncode == 1 and "Unable to find" in result.stderr + result.stdout:
            return None
        result.check()
        values: dict[str, tuple[str, str]] = {}
        for line in result.stdout.splitlines():
            if not line.startswith("    "):
                continue
            parts = line[4:].split("    ", 2)
            if len(parts) == 3:
                values[parts[0]] = (parts[1], parts[2])
            elif len(parts) == 2:
                values[parts[0]] = (parts[1], "")
        return values

    # --- where Windows paths are --------------------------------------------------------------

    @property
    def drive_c(self) -> Path:
        return self.path / "drive_c"

    @property
    def user_dir(self) -> Path:
        return self.drive_c / "users" / USER

    @property
    def local_appdata(self) -> Path:
        return self.user_dir / "AppData" / "Local"

    @property
    def start_menu_programs(self) -> Path:
        return self.user_dir / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"

    @property
    def desktop(self) -> Path:
        return self.user_dir / "Desktop"

    def linux_path(self, windows_path: str) -> Path:
        """Where a ``C:\\...`` or ``Z:\\...`` path is on this machine."""
        path = PureWindowsPath(windows_path)
        drive = path.drive.upper()
        if drive == "C:":
            return self.drive_c.joinpath(*path.parts[1:])
        if drive == "Z:":
            return Path("/").joinpath(*path.parts[1:])
        raise ValueError(f"{windows_path!r} is not on drive C: or Z: of the prefix")

    def windows_path(self, linux_path: Path) -> str:
        """The Windows name of a file on this machine (C: inside the prefix, Z: elsewhere)."""
        linux_path = linux_path.absolute()
        try:
            inside = linux_path.relative_to(self.drive_c)
        except ValueError:
            return str(PureWindowsPath("Z:\\", *linux_path.parts[1:]))
        return str(PureWindowsPath("C:\\", *inside.parts))


def _text(data: bytes | None) -> str:
    return (data or b"").decode(ANSI_CODE_PAGE, errors="replace").replace("\r\n", "\n")


@dataclass
class Shortcut:
    target: str
    arguments: str
    working_dir: str
    icon: str


def read_shortcut(path: Path) -> Shortcut:
    """The parts of a Windows .lnk file that say what it starts (the Shell Link format: a
    76-byte header, an optional item list, a LinkInfo block with the target's local path, then
    counted strings for the flags that are set)."""
    data = path.read_bytes()
    if len(data) < 76 or int.from_bytes(data[:4], "little") != 0x4C:
        raise ValueError(f"{path} is not a Windows shortcut")
    flags = int.from_bytes(data[20:24], "little")
    offset = 76
    if flags & 0x01:  # an item list
        offset += 2 + int.from_bytes(data[offset:offset + 2], "little")
    target = ""
    if flags & 0x02:  # LinkInfo
        size = int.from_bytes(data[offset:offset + 4], "little")
        info = data[offset:offset + size]
        if int.from_bytes(info[8:12], "little") & 0x01:  # a local path
            base_at = int.from_bytes(info[16:20], "little")
            suffix_at = int.from_bytes(info[24:28], "little")
            target = (info[base_at:info.index(b"\0", base_at)]
                      + info[suffix_at:info.index(b"\0", suffix_at)]).decode(ANSI_CODE_PAGE)
        offset += size
    strings = {}
    unicode = bool(flags & 0x80)
    for flag, name in ((0x04, "name"), (0x08, "relative_path"), (0x10, "working_dir"),
                       (0x20, "arguments"), (0x40, "icon")):
        if flags & flag:
            count = int.from_bytes(data[offset:offset + 2], "little")
            width = 2 if unicode else 1
            raw = data[offset + 2:offset + 2 + count * width]
            # Wine counts the terminating NUL too.
            strings[name] = raw.decode("utf-16-le" if unicode else ANSI_CODE_PAGE).rstrip("\0")
            offset += 2 + count * width
    return Shortcut(target, strings.get("arguments", ""), strings.get("working_dir", ""),
                    strings.get("icon", ""))


def forwarding_dll(dll_name: str, forwards: dict[str, str]) -> bytes:
    """A 64-bit Windows DLL with no code: an export table whose every entry forwards to
    ``otherdll.Function`` (the PE format: DOS header, PE signature, COFF header, PE32+ optional
    header, one read-only section holding the export directory and its strings)."""
    section_rva, file_alignment, section_alignment = 0x1000, 0x200, 0x1000
    names = sorted(forwards)  # the loader looks names up by binary search
    count = len(names)
    functions_at = section_rva + 40
    names_at = functions_at + 4 * count
    ordinals_at = names_at + 4 * count
    strings_at = ordinals_at + 2 * count
    strings = bytearray()

    def string(text: str) -> int:
        at = strings_at + len(strings)
        strings.extend(text.encode("ascii") + b"\0")
        return at

    name_rva = string(dll_name)
    name_rvas = [string(name) for name in names]
    # An export whose address lies inside the export directory is a forwarder string.
    target_rvas = [string(forwards[name]) for name in names]
    body = (struct.pack("<IIHHIIIIIII", 0, 0, 0, 0, name_rva, 1, count, count,
                        functions_at, names_at, ordinals_at)
            + struct.pack(f"<{count}I", *target_rvas) + struct.pack(f"<{count}I", *name_rvas)
            + struct.pack(f"<{count}H", *range(count)) + bytes(strings))
    raw_size = -(-len(body) // file_alignment) * file_alignment
    image_size = section_rva + -(-len(body) // section_alignment) * section_alignment
    dos_header = b"MZ" + bytes(0x3A) + struct.pack("<I", 0x40)
    # AMD64, one section, optional header of 240 bytes; an executable image, a DLL, large-address aware.
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)
    optional = struct.pack("<HBBIIIII", 0x20B, 1, 0, 0, raw_size, 0, 0, section_rva)
    optional += struct.pack("<QIIHHHHHHIIIIHHQQQQII", 0x3_7A00_0000, section_alignment, file_alignment,
                            6, 0, 0, 0, 6, 0, 0, image_size, file_alignment, 0, 3, 0x0100,
                            0x100000, 0x1000, 0x100000, 0x1000, 0, 16)
    optional += struct.pack("<II", section_rva, len(body)) + bytes(8 * 15)
    section = struct.pack("<8sIIIIIIHHI", b".rdata", len(body), section_rva, raw_size, file_alignment,
                          0, 0, 0, 0, 0x40000040)
    headers = dos_header + b"PE\0\0" + coff + optional + section
    return headers + bytes(file_alignment - len(headers)) + body + bytes(raw_size - len(body))
