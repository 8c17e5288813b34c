"""The payload as an NSIS file list in sorted order.

``File /r`` packs files in the order the build machine's file system lists them, which differs
from one folder to the next, so two builds of the same sources would differ. Naming every file in
sorted order makes the packed order, and so the setup.exe, depend on the files alone.
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath


def _quoted(text: str) -> str:
    # "$" starts a variable in NSIS; Windows file names cannot contain a double quote.
    if '"' in text:
        raise ValueError(f"{text!r}: a double quote cannot be in a Windows file name")
    return '"' + text.replace("$", "$$") + '"'


def nsis_file_list(payload: Path) -> str:
    """NSIS commands that install every file under ``payload`` below $INSTDIR, in sorted order."""
    lines = []
    folders: dict[str, list[Path]] = {}
    for path in sorted(payload.rglob("*")):
        if path.is_file():
            folders.setdefault(path.parent.relative_to(payload).as_posix(), []).append(path)
    for folder in sorted(folders):
        below = "" if folder == "." else "\\" + str(PureWindowsPath(*folder.split("/")))
        lines.append(f'SetOutPath "$INSTDIR{_quoted(below)[1:]}')
        lines += [f"File {_quoted(str(path))}" for path in sorted(folders[folder], key=lambda p: p.name)]
    return "\n".join(lines) + "\n"
