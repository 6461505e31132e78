"""``preflight --offline-bundle /Volumes/...``: the bundle in the volume is complete.

Reads ``manifest.json`` through the Files API, then lists each directory the manifest names
(``GET /api/2.0/fs/directories/...``, a bounded number of pages) and compares every listed
file's size with the manifest's. Contents are not hashed here: the init script does that on
the node, against ``offline_bundle_sha256``. Every call runs on the CLI's one deadline.
"""

from __future__ import annotations

import urllib.parse
from pathlib import PurePosixPath

from coding_assistants.cli.core.api import CallError, WorkspaceApi
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.checks import FAIL, OK, Check
from coding_assistants.offline_bundle import MANIFEST_NAME, BundleError, manifest_files

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


def _listing(api: WorkspaceApi, directory: str, console: Console) -> dict[str, int]:
    """File name -> size of every file directly in ``directory``."""
    sizes: dict[str, int] = {}
    query: dict[str, str] = {}
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        reply = api.call("GET", DIRECTORIES_API + _quoted(directory), None, **query)
        if reply.status == 404:
            return sizes
        if not reply.ok:
            raise _Unreadable(f"{directory}: HTTP {reply.status}: {console.shorten(reply.message)}")
        for entry in reply.body.get("contents") or []:
            if isinstance(entry, dict) and not entry.get("is_directory"):
                sizes[str(entry.get("name"))] = int(entry.get("file_size") or 0)
        token = str(reply.body.get("next_page_token") or "")
        if not token:
            return sizes
        if token in seen:
            raise _Unreadable(
                f"{directory}: the workspace sent the page token {console.shorten(token)!r} "
                f"twice; stopped after {len(seen) + 1} pages rather than loop"
            )
        seen.add(token)
        query = {"page_token": token}
    raise _Unreadable(f"{directory}: more than {MAX_PAGES} pages of listing")


def _problems(api: WorkspaceApi, path: str, console: Console) -> tuple[list[str], int]:
    """What is missing or of the wrong size, and how many files the manifest lists."""
    reply = api.call("GET", FILES_API + _quoted(f"{path}/{MANIFEST_NAME}"))
    if not reply.ok:
        raise _Unreadable(f"{path}/{MANIFEST_NAME}: {console.shorten(reply.message)}")
    try:
        files = manifest_files(reply.body)
    except BundleError as error:
        raise _Unreadable(str(error)) from None
    listed: dict[str, dict[str, int]] = {}
    problems = []
    for item in files:
        parent = str(PurePosixPath(item.path).parent)
        if parent not in listed:
            listed[parent] = _listing(api, f"{path}/{parent}".removesuffix("/."), console)
        size = listed[parent].get(PurePosixPath(item.path).name)
        if size is None:
            problems.append(f"{item.path} missing")
        elif size != item.size:
            problems.append(f"{item.path} is {size} bytes, the manifest says {item.size}")
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
