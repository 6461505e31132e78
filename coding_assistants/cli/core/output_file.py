"""Writing one output file of a command (a report's CSV or HTML) through output ownership.

A command names the text that marks a file as its own (a generator meta, a CSV header); the
one mechanism (:func:`coding_assistants.outdir.replace_owned_file`) refuses an existing file
without it, so a typo in ``--html`` cannot replace someone's page, and replaces one with it in
one rename, so a reader never sees half a file and a failed write leaves the old one whole.
"""

from __future__ import annotations

from pathlib import Path

from coding_assistants import outdir


class OutputError(Exception):
    """The file cannot be written; the message names it and says why."""


def write_own_file(path: Path, text: str, mark: str) -> None:
    """Write ``text`` to ``path`` unless a file there lacks ``mark`` (then OutputError)."""
    try:
        outdir.replace_owned_file(
            path, text.encode("utf-8"), ours=lambda p: outdir.head_holds(p, mark)
        )
    except (outdir.RefusedOutput, outdir.OutputError) as error:
        raise OutputError(str(error)) from None
