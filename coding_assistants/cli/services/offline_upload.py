"""Uploading an offline bundle into a Unity Catalog volume through the Files API.

Every call goes through :class:`~coding_assistants.cli.core.api.WorkspaceApi`, the request
policy: to the workspace's own origin, one single-shot ``PUT`` per file (the Files API takes
up to 5 GiB in one), never a redirect and never a presigned URL of cloud storage, so the
bundle's bytes reach the workspace and nothing else. Files whose remote size and SHA-256 already
match are skipped (the remote hash is computed by streaming the file back, since the Files API
reports no hash). The manifest goes last, so a bundle whose upload broke off never carries a
manifest that promises missing files.
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from coding_assistants import rules
from coding_assistants.cli.core.api import Reply, Upload, WorkspaceApi
from coding_assistants.offline_bundle import (
    MANIFEST_NAME,
    BundleFile,
    Role,
    load_manifest,
    sha256_file,
)

VOLUME_PATH = re.compile(rules.OFFLINE_BUNDLE_PATH_PATTERN)
"""What ``offline_bundle_path`` accepts (the validation table's rule): the bundle goes only where
the cluster may read it from."""
FILES_API = "/api/2.0/fs/files"
DIRECTORIES_API = "/api/2.0/fs/directories"
PROGRESS_STEPS = 4
"""Progress lines per uploaded file (25 %, 50 %, ...)."""


class UploadError(Exception):
    """The upload did not complete; the message names the file."""


def check_volume_path(path: str) -> str:
    """``path`` when ``offline_bundle_path`` would accept it; else ValueError with the rule's
    words (a volume's root, DBFS, a trailing slash, '.' or '..' are refused)."""
    if not VOLUME_PATH.fullmatch(path):
        raise ValueError(f"must be {rules.OFFLINE_BUNDLE_PATH_EXPECTED}, got {path!r}")
    return path


class _Progress:
    """A read-only file wrapper that reports every quarter of the bytes read."""

    def __init__(self, stream: IO[bytes], size: int, report: Callable[[int], None]) -> None:
        self._stream, self._size, self._report = stream, size, report
        self._read = 0
        self._next = 1

    def read(self, n: int = -1) -> bytes:
        data = self._stream.read(n)
        self._read += len(data)
        while self._size and self._next <= PROGRESS_STEPS * self._read // self._size:
            self._report(100 * self._next // PROGRESS_STEPS)
            self._next += 1
        return data

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        position = self._stream.seek(offset, whence)
        if whence == 0:
            self._read = position
        return position

    def tell(self) -> int:
        return self._stream.tell()


@dataclass
class UploadSummary:
    uploaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _quoted(path: str) -> str:
    return urllib.parse.quote(path, safe="/")


def _checked(reply: Reply, what: str) -> Reply:
    if not reply.ok:
        raise UploadError(f"{what}: HTTP {reply.status}: {reply.message}")
    return reply


def create_directory(api: WorkspaceApi, directory: str) -> None:
    """``PUT /api/2.0/fs/directories/<directory>`` (its parents are created too)."""
    _checked(api.call("PUT", DIRECTORIES_API + _quoted(directory)), directory)


def remote_size(api: WorkspaceApi, remote: str) -> int | None:
    """The size of the file ``remote`` (HEAD), None when there is none."""
    reply = api.call("HEAD", FILES_API + _quoted(remote))
    if reply.status == 404:
        return None
    return _checked(reply, remote).length


def remote_sha256(api: WorkspaceApi, remote: str, size: int) -> str:
    """The SHA-256 of the file ``remote``, streamed back (at most ``size`` bytes and one more:
    a longer file differs anyway)."""
    digest = hashlib.sha256()
    reply = api.request("GET", FILES_API + _quoted(remote), sink=digest.update, limit=size)
    _checked(reply, remote)
    return digest.hexdigest()


def _remote_matches(api: WorkspaceApi, remote: str, size: int, sha256: str) -> bool:
    return remote_size(api, remote) == size and remote_sha256(api, remote, size) == sha256


def upload_file(api: WorkspaceApi, local: Path, remote: str, say: Callable[[str], None]) -> None:
    """Upload one file (overwriting), with progress lines; checks the remote size after."""
    size = local.stat().st_size
    say(f"  uploading {remote} ({size / 1e6:.1f} MB)")
    with local.open("rb") as stream:
        reader = _Progress(stream, size, lambda pct: say(f"    {pct}%"))
        body = Upload(reader, size)  # type: ignore[arg-type]
        query = {"overwrite": "true"}
        _checked(api.request("PUT", FILES_API + _quoted(remote), query, upload=body), remote)
    got = remote_size(api, remote)
    if got != size:
        raise UploadError(f"{remote}: {got} bytes after upload, expected {size}")


def upload_bundle(
    api: WorkspaceApi, root: Path, remote_root: str, say: Callable[[str], None]
) -> UploadSummary:
    """Upload the bundle at ``root`` to ``remote_root``: each listed file, then the manifest."""
    _, files = load_manifest(root)
    manifest = BundleFile(
        path=MANIFEST_NAME,
        size=(root / MANIFEST_NAME).stat().st_size,
        sha256=sha256_file(root / MANIFEST_NAME),
        role=files[0].role if files else Role.CLAUDE,
    )
    summary = UploadSummary()
    directories = sorted({str(Path(f"{remote_root}/{f.path}").parent) for f in files})
    for directory in [remote_root, *directories]:
        create_directory(api, directory)
    for item in [*files, manifest]:
        remote = f"{remote_root}/{item.path}"
        if _remote_matches(api, remote, item.size, item.sha256):
            say(f"  unchanged {remote} (size and sha256 match)")
            summary.skipped.append(item.path)
            continue
        upload_file(api, root / item.path, remote, say)
        summary.uploaded.append(item.path)
    return summary
