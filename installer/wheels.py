"""The Windows wheels the installer bundles: the hash-pinned lock, fetching, and unpacking.

requirements-windows.txt names every wheel (dependencies included) with the SHA-256 of the exact
win_amd64 / abi3 / pure-Python file. pip fetches them from PyPI with --require-hashes; nothing
is pip-installed, since a wheel is a zip that is unpacked into the runtime's site-packages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from downloads import sha256_of

LOCK_FILE = Path(__file__).resolve().parent / "requirements-windows.txt"
PLATFORM_OPTIONS = ("--platform", "win_amd64", "--python-version", "3.13", "--implementation", "cp",
                    "--abi", "cp313", "--abi", "abi3", "--abi", "none", "--only-binary=:all:")


class LockInvalid(ValueError):
    pass


class WheelInvalid(ValueError):
    pass


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    hashes: tuple[str, ...]

    @property
    def key(self) -> str:
        return normalize(self.name)

    def line(self) -> str:
        hashes = "".join(f" \\\n    --hash=sha256:{digest}" for digest in self.hashes)
        return f"{self.name}=={self.version}{hashes}\n"


def normalize(name: str) -> str:
    """A project name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path = LOCK_FILE) -> list[Pin]:
    """The pins in a pip requirements file that uses only ``name==version --hash=sha256:...``."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    pins = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)((?:\s+--hash=sha256:[0-9a-f]{64})+)", line)
        if not match:
            raise LockInvalid(f"{path}: cannot read {raw.strip()!r}: every entry must be name==version "
                              "followed by --hash=sha256:<64 hex digits>")
        hashes = tuple(re.findall(r"--hash=sha256:([0-9a-f]{64})", match.group(3)))
        pins.append(Pin(match.group(1), match.group(2), hashes))
    seen: set[str] = set()
    for pin in pins:
        if pin.key in seen:
            raise LockInvalid(f"{path}: {pin.name} is pinned twice")
        seen.add(pin.key)
    return pins


def wheel_name_parts(filename: str) -> tuple[str, str]:
    """(normalized project name, version) from a wheel's file name."""
    parts = filename[:-len(".whl")].split("-")
    if not filename.endswith(".whl") or len(parts) not in (5, 6):
        raise WheelInvalid(f"{filename} is not a wheel file name")
    return normalize(parts[0]), parts[1]


def cached_wheel(pin: Pin, wheel_dir: Path) -> Path | None:
    """The file in ``wheel_dir`` that is ``pin``'s wheel, with one of its pinned hashes."""
    for candidate in sorted(wheel_dir.glob("*.whl")):
        if wheel_name_parts(candidate.name) == (pin.key, pin.version) and sha256_of(candidate) in pin.hashes:
            return candidate
    return None


def fetch_wheels(pins: list[Pin], wheel_dir: Path, *, log=print) -> list[Path]:
    """Every pinned wheel, from the cache or (for the missing ones) from the package index."""
    wheel_dir.mkdir(parents=True, exist_ok=True)
    missing = [pin for pin in pins if cached_wheel(pin, wheel_dir) is None]
    if missing:
        log(f"Fetching {len(missing)} Windows wheel(s): {', '.join(pin.name for pin in missing)}")
        # Fetched into a folder beside the cache and renamed in (same file system, so atomic):
        # an interrupted pip leaves no half-written wheel under a name the next build would trust.
        with tempfile.TemporaryDirectory(prefix=".fetching-", dir=wheel_dir.parent) as scratch:
            requirements = Path(scratch) / "requirements.txt"
            requirements.write_text("".join(pin.line() for pin in missing), encoding="utf-8")
            command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                       "--require-hashes", "--no-deps", *PLATFORM_OPTIONS,
                       "--dest", scratch, "--requirement", str(requirements)]
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                raise RuntimeError("pip could not fetch the Windows wheels:\n"
                                   + (result.stderr.strip() or result.stdout.strip()))
            for wheel in Path(scratch).glob("*.whl"):
                os.replace(wheel, wheel_dir / wheel.name)
    wheels = []
    for pin in pins:
        wheel = cached_wheel(pin, wheel_dir)
        if wheel is None:
            raise RuntimeError(f"No wheel of {pin.name}=={pin.version} with a pinned hash in {wheel_dir}")
        wheels.append(wheel)
    return wheels


def unpack_wheel(wheel: Path, site_packages: Path) -> list[str]:
    """Unpack ``wheel`` as an installer would; returns the paths written, relative to site-packages.

    ``<name>.data/purelib`` and ``platlib`` belong in site-packages; ``scripts``, ``headers`` and
    ``data`` are not needed by an app that is started as ``python -m``, so they are left out.
    """
    written = []
    with zipfile.ZipFile(wheel) as archive:
        for info in sorted(archive.infolist(), key=lambda item: item.filename):
            if info.is_dir():
                continue
            path = PurePosixPath(info.filename)
            if path.is_absolute() or ".." in path.parts or "\\" in info.filename:
                raise WheelInvalid(f"{wheel.name}: unsafe path {info.filename!r}")
            if path.parts[0].endswith(".data"):
                if len(path.parts) < 3 or path.parts[1] not in ("purelib", "platlib"):
                    continue
                path = PurePosixPath(*path.parts[2:])
            if "__pycache__" in path.parts:
                continue
            target = site_packages.joinpath(*path.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out)
            written.append(path.as_posix())
    return written
