"""Output ownership: a command writes into a directory only when the directory is its own.

A directory is a command's own when it is missing, empty, or holds the marker file the command
left there the last time (``.coding-assistants-output``, naming the command and every file it
wrote). Anything else (a folder of the user's files, the home directory, a file, a link) is
refused before anything is written. Each file is written whole (a temporary file renamed over
it). When the command finishes, the files its previous run wrote and this run did not (an
attendee removed from the roster) are removed; no other file in the directory is ever touched.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from coding_assistants.cli.core.untrusted import UntrustedJsonError, as_dict, as_list, read_json

MARKER = ".coding-assistants-output"
MAX_MARKER_BYTES = 16 * 1024 * 1024


class OwnershipError(Exception):
    """The directory is not the command's to write; the message says why and what to do."""


class OwnedDirectory:
    """A directory ``command`` may write, claimed with :meth:`claim`."""

    def __init__(self, path: Path, command: str, previous: frozenset[str]) -> None:
        self.path = path
        self._command = command
        self._previous = previous
        self._written: set[str] = set()

    @classmethod
    def claim(cls, path: Path, command: str) -> OwnedDirectory:
        """The directory at ``path``, created if missing; OwnershipError when it holds
        anything this command did not write."""
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            raise OwnershipError(f"{path} is not a directory: choose a new or empty directory")
        if path.resolve() in (Path.home().resolve(), Path("/").resolve()):
            raise OwnershipError(f"{path} is {path.resolve()}: choose a new or empty directory")
        path.mkdir(parents=True, exist_ok=True)
        entries = {p.name for p in path.iterdir()}
        if not entries:
            return cls(path, command, frozenset())
        if MARKER not in entries:
            shown = ", ".join(sorted(entries)[:3]) + (", ..." if len(entries) > 3 else "")
            raise OwnershipError(
                f"{path} holds files that {command} did not write ({shown}); it only writes into "
                f"a new or empty directory, or one it wrote before (marked by {MARKER})"
            )
        return cls(path, command, _previous(path / MARKER, command))

    def write_text(self, name: str, text: str) -> Path:
        """Write the file ``name`` (a plain name, no directories) whole."""
        if name != Path(name).name or name in ("", ".", "..", MARKER) or name.startswith("."):
            raise OwnershipError(f"{name!r} is not a plain file name")
        target = self.path / name
        if target.is_symlink() or target.is_dir():
            raise OwnershipError(f"{target} is a link or a directory: not replaced")
        handle, temporary = tempfile.mkstemp(dir=self.path, prefix=f".{name}.")
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, target)
        self._written.add(name)
        return target

    def finish(self) -> list[str]:
        """Record what was written; remove what the previous run wrote and this one did not.
        Returns the names removed."""
        stale = sorted(self._previous - self._written)
        for name in stale:
            target = self.path / name
            if target.is_file() and not target.is_symlink():
                target.unlink()
        marker = {"written_by": self._command, "files": sorted(self._written)}
        self.write_marker(json.dumps(marker, indent=1) + "\n")
        return stale

    def write_marker(self, text: str) -> None:
        handle, temporary = tempfile.mkstemp(dir=self.path, prefix=f"{MARKER}.")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, self.path / MARKER)


def _previous(marker: Path, command: str) -> frozenset[str]:
    """The files the marker lists; OwnershipError when another command wrote it."""
    try:
        data = as_dict(read_json(marker.read_bytes(), str(marker), MAX_MARKER_BYTES))
    except (OSError, UntrustedJsonError) as error:
        raise OwnershipError(f"{marker} cannot be read ({error}): not replaced") from None
    if data.get("written_by") != command:
        raise OwnershipError(
            f"{marker.parent} was written by {data.get('written_by')!r}, not {command}: "
            "choose another directory"
        )
    names = [n for n in as_list(data.get("files")) if isinstance(n, str)]
    return frozenset(n for n in names if n == Path(n).name and not n.startswith("."))
