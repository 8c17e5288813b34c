"""Writing a finished document to a path or to an open binary file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Union

Destination = Union[str, os.PathLike, BinaryIO]


def write_output(out: Destination, data: bytes) -> None:
    """Write ``data`` to a binary file object, or replace the file at a path in one step.

    A path is written to a temporary file beside it and then renamed, so a power cut or a
    full disk never leaves a half-written PDF that looks like the real one.
    """
    if hasattr(out, "write"):
        out.write(data)
        return
    target = Path(out)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
