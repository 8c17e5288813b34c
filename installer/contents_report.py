"""The text report written next to setup.exe: what it is, where its runtime comes from, and
every file it installs with its size, biggest first, grouped by package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

SITE_PACKAGES = "runtime/Lib/site-packages/"


@dataclass(frozen=True)
class Group:
    name: str
    files: int
    size: int


def installed_files(payload: Path) -> list[tuple[str, int]]:
    """(path relative to the install folder, size) for every file in ``payload``."""
    return sorted((path.relative_to(payload).as_posix(), path.stat().st_size)
                  for path in payload.rglob("*") if path.is_file())


def group_of(path: str) -> str:
    """Which package (or part of the runtime) an installed file belongs to."""
    if path.startswith(SITE_PACKAGES):
        top = PurePosixPath(path[len(SITE_PACKAGES):]).parts[0]
        if top.endswith(".dist-info"):
            return top[:-len(".dist-info")].rsplit("-", 1)[0]
        return top.split(".", 1)[0] if "." in top and not top.startswith("_") else top
    if path.startswith("runtime/"):
        return "runtime (embeddable CPython)"
    return "launcher, icon"


def groups(files: list[tuple[str, int]]) -> list[Group]:
    totals: dict[str, list[int]] = {}
    for path, size in files:
        entry = totals.setdefault(group_of(path), [0, 0])
        entry[0] += 1
        entry[1] += size
    return sorted((Group(name, count, size) for name, (count, size) in totals.items()),
                  key=lambda group: (-group.size, group.name))


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def render(*, title: str, setup_name: str, setup_size: int, setup_sha256: str, facts: list[str],
           files: list[tuple[str, int]]) -> str:
    total = sum(size for _, size in files)
    lines = [title, "=" * len(title), "",
             f"File:      {setup_name}",
             f"Size:      {setup_size:,} bytes ({megabytes(setup_size)})",
             f"SHA-256:   {setup_sha256}",
             f"Installed: {total:,} bytes ({megabytes(total)}) in {len(files):,} files", ""]
    lines += facts
    lines += ["", "By package, biggest first", "-------------------------"]
    lines += [f"{group.size:>12,}  {group.files:>5} files  {group.name}" for group in groups(files)]
    lines += ["", "Every installed file, biggest first (path relative to the install folder)",
              "-------------------------------------------------------------------------"]
    lines += [f"{size:>12,}  {path}" for path, size in sorted(files, key=lambda item: (-item[1], item[0]))]
    return "\n".join(lines) + "\n"
