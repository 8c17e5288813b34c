"""Writing a finished document to a path or to an open binary file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Union

Destination = Union[str, os.PathLike, BinaryIO]


@contextmanager
def replaced_atomically(target: Path) -> Iterator[BinaryIO]:
    """A file to write that takes ``target``'s place only once it is complete.

    It is written beside the target and renamed at the end, so a power cut, a full disk or a
    cancelled run never leaves a half-written file that looks like the real one.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def write_output(out: Destination, data: bytes) -> None:
    """Write ``data`` to a binary file object, or replace the file at a path in one step."""
    if hasattr(out, "write"):
        out.write(data)
        return
    with replaced_atomically(Path(out)) as handle:
        handle.write(data)
