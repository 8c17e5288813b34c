"""A download cache keyed by SHA-256: a file is fetched once, checked, and reused offline."""

from __future__ import annotations

import hashlib
import os
import urllib.request
from pathlib import Path


class DownloadFailed(RuntimeError):
    pass


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "lpks-desktop-build"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(url: str, sha256: str, cache_dir: Path, *, log=print) -> Path:
    """``url``'s file from ``cache_dir``, downloading it first when missing.

    The file only lands under its final name after its SHA-256 matched, so a cut-off or
    tampered download is never used, and a cached file is checked again before each use.
    """
    name = url.rsplit("/", 1)[-1]
    target = cache_dir / "sha256" / sha256 / name
    if target.exists():
        if sha256_of(target) == sha256:
            return target
        log(f"Cached {target} does not match its SHA-256 any more; downloading it again.")
        target.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{name}.{os.getpid()}.part")
    log(f"Downloading {url}")
    try:
        with urllib.request.urlopen(url, timeout=120) as response, partial.open("wb") as out:
            while block := response.read(1 << 20):
                out.write(block)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise DownloadFailed(f"Could not download {url}: {error}") from error
    actual = sha256_of(partial)
    if actual != sha256:
        partial.unlink()
        raise DownloadFailed(f"{url} has SHA-256 {actual}, expected {sha256}: refusing to use it.")
    os.replace(partial, target)
    return target
