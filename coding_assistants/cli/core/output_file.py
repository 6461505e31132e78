"""Writing one output file safely: never over a file the command did not write.

A command names the text that marks a file as its own (a generator meta, a CSV header). An
existing file without it is refused, so a typo in ``--html`` cannot replace someone's page;
one with it is replaced. The text goes to a temporary file beside the target first, then takes
its place in one rename, so a reader never sees half a file and a failed write leaves the old
one whole.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

MAX_OWN_CHECK = 64 * 1024
"""Bytes read from an existing file to find the mark (it is near the start)."""


class OutputError(Exception):
    """The file cannot be written; the message names it and says why."""


def write_own_file(path: Path, text: str, mark: str) -> None:
    """Write ``text`` to ``path`` unless a file there lacks ``mark`` (then OutputError)."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name")
    if path.exists():
        try:
            with path.open("rb") as existing:
                head = existing.read(MAX_OWN_CHECK).decode("utf-8", "replace")
        except OSError as error:
            raise OutputError(f"{path}: cannot read the existing file: {error}") from None
        if mark not in head:
            raise OutputError(
                f"{path}: exists and was not written by this command; not replaced "
                "(choose another name, or move it away)"
            )
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{path}: cannot write in {directory}: {error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise OutputError(f"{path}: cannot write: {error}") from None
