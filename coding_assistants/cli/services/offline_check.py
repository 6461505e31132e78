"""``preflight --offline-bundle /Volumes/...``: the bundle in the volume is complete.

Reads ``manifest.json`` through the Files API, then lists each directory the manifest names
(``GET /api/2.0/fs/directories/...``, a bounded number of pages) and compares every listed
file's size with the manifest's. Contents are not hashed here: the init script does that on
the node, against ``offline_bundle_sha256``. Every call runs on the CLI's one deadline, and
every answer is read through the bounded reader: a malformed row of a listing (a
``file_size`` that is not a number) is reported for that file alone, and the other files are
still compared.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.checks import FAIL, OK, Check
from coding_assistants.offline_bundle import MANIFEST_NAME, BundleError, manifest_files
from coding_assistants.untrusted import Node, UntrustedError, rows

NAME = "offline bundle"
FILES_API = "/api/2.0/fs/files"
DIRECTORIES_API = "/api/2.0/fs/directories"
MAX_PAGES = 20
"""Most pages read per directory listing (a bundle directory holds a few hundred files)."""
UPLOAD_FIX = "stage and upload it: coding-assistants stage-offline --out DIR --upload PATH"
SHOWN = 3
"""Problems named in the row; the rest are counted."""


class _Unreadable(Exception):
    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


def _quoted(path: str) -> str:
    return urllib.parse.quote(path, safe="/")


@dataclass
class Listing:
    """One directory's files as the workspace listed them: name -> size, or the error of that
    file's malformed row; and the rows that could not even be tied to a name."""

    sizes: dict[str, int | UntrustedError] = field(default_factory=dict)
    unnamed: list[UntrustedError] = field(default_factory=list)


def _row(entry: Node) -> tuple[str, int | UntrustedError] | None:
    """A listing row: (name, size or the error of its size); None for a directory."""
    if entry["is_directory"].flag(default=False):
        return None
    name = entry["name"].text()
    try:
        return name, entry["file_size"].whole()
    except UntrustedError as error:
        return name, error


def _listing(api: WorkspaceApi, directory: str, console: Console) -> Listing:
    """Every file directly in ``directory``, each row read on its own."""
    listing = Listing()
    query: dict[str, str] = {}
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        reply = api.call("GET", DIRECTORIES_API + _quoted(directory), None, **query)
        if reply.status == 404:
            return listing
        if not reply.ok:
            raise _Unreadable(f"{directory}: HTTP {reply.status}: {console.shorten(reply.message)}")
        try:
            page = reply.json
            found, bad = rows(page["contents"].items(optional=True), _row)
            token = page["next_page_token"].text(optional=True)
        except UntrustedError as error:
            raise _Unreadable(console.shorten(str(error))) from None
        listing.sizes.update(row for row in found if row is not None)
        listing.unnamed += bad
        if not token:
            return listing
        if token in seen:
            raise _Unreadable(
                f"{directory}: the workspace sent the page token {console.shorten(token)!r} "
                f"twice; stopped after {len(seen) + 1} pages rather than loop"
            )
        seen.add(token)
        query = {"page_token": token}
    raise _Unreadable(f"{directory}: more than {MAX_PAGES} pages of listing")


def _compare(name: str, listed: int | UntrustedError | None, expected: int) -> str | None:
    if listed is None:
        return f"{name} missing"
    if isinstance(listed, UntrustedError):
        return f"{name}: the listing's row is malformed ({listed.field}: {listed.problem})"
    if listed != expected:
        return f"{name} is {listed} bytes, the manifest says {expected}"
    return None


def _problems(api: WorkspaceApi, path: str, console: Console) -> tuple[list[str], int]:
    """What is missing, of the wrong size or listed in a malformed row, and how many files the
    manifest lists."""
    reply = api.call("GET", FILES_API + _quoted(f"{path}/{MANIFEST_NAME}"))
    if not reply.ok:
        raise _Unreadable(f"{path}/{MANIFEST_NAME}: {console.shorten(reply.message)}")
    try:
        files = manifest_files(Node(reply.json.value, f"{path}/{MANIFEST_NAME}"))
    except (BundleError, UntrustedError) as error:
        raise _Unreadable(console.shorten(str(error))) from None
    listed: dict[str, Listing] = {}
    problems = []
    for item in files:
        parent = str(PurePosixPath(item.path).parent)
        if parent not in listed:
            listed[parent] = _listing(api, f"{path}/{parent}".removesuffix("/."), console)
        entry = listed[parent].sizes.get(PurePosixPath(item.path).name)
        problem = _compare(item.path, entry, item.size)
        if problem:
            problems.append(problem)
    unnamed = [error for listing in listed.values() for error in listing.unnamed]
    if problems and unnamed:
        problems.append(f"{len(unnamed)} unreadable row(s): {console.shorten(str(unnamed[0]))}")
    return problems, len(files)


def check_offline_bundle(api: WorkspaceApi, path: str, console: Console) -> Check:
    """The row: OK when the manifest and every file it lists are there with their sizes."""
    try:
        problems, count = _problems(api, path, console)
    except CallError as error:
        return Check(NAME, FAIL, error.reason, error.fix)
    except _Unreadable as error:
        return Check(NAME, FAIL, error.detail, UPLOAD_FIX)
    if problems:
        more = len(problems) - SHOWN
        detail = "; ".join(problems[:SHOWN]) + (f"; and {more} more" if more > 0 else "")
        return Check(NAME, FAIL, f"{path}: {detail}", UPLOAD_FIX)
    return Check(NAME, OK, f"{path}: manifest and {count} files present, sizes match")
