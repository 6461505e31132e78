"""The offline bundle's manifest reader: one program for the package and the node.

The package reads a manifest with :func:`read` (``offline_bundle.load_manifest``, behind
``stage-offline``, ``--upload-only`` and ``preflight --offline-bundle``). The init script runs
this very file with the runtime's Python on a manifest whose hash it verified: ``make
init-script`` builds it in as ``OFFLINE_PARSER``, and :func:`main` prints the tab-separated
lines its steps read. So both refuse the same manifests, by the same checks.

It runs where the package is not installed: standard library only, no import of the package,
and the syntax of the oldest runtime's Python (3.10). A test keeps it so.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

FORMAT_VERSION = 1
"""Bumped when a reader of an older format would misread a newer manifest."""
MANIFEST_NAME = "manifest.json"
ROLES = ("claude", "wheel", "requirements", "deb", "skill")
"""What a file is for; the init script installs by role."""
FIELDS = ("path", "size", "sha256", "role", "platform", "npm_package", "npm_integrity", "package")
"""The keys a file's entry may have (the first four it must)."""
PATH_PATTERN = r"[A-Za-z0-9._+@=-]+(/[A-Za-z0-9._+@=-]+)*"
"""A file's path: relative, '/'-separated names of letters, digits and ``._+@=-``, no '.' or
'..' name."""
_PATH = re.compile(PATH_PATTERN)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_EXACT_VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
_PYTHON_VERSION = re.compile(r"([0-9]+\.[0-9]+)?")
_NAME = re.compile(r"[A-Za-z0-9._+-]+")
"""A platform (linux-x64) or Debian package name, as the node's lines carry it."""


class ManifestError(ValueError):
    """A manifest that must not be used; the message says what is wrong."""


def _entry(item: Any) -> dict[str, Any]:
    """One entry of ``files``, checked."""
    if not isinstance(item, dict):
        raise ManifestError(f"files: an entry is not an object, got {item!r}")
    unknown = sorted(set(item) - set(FIELDS))
    missing = [key for key in FIELDS[:4] if key not in item]
    if unknown or missing:
        raise ManifestError(f"files: {item.get('path')!r}: unknown {unknown}, missing {missing}")
    path = item["path"] if isinstance(item["path"], str) else ""
    if not _PATH.fullmatch(path) or {".", ".."} & set(path.split("/")):
        raise ManifestError(f"files: path must be relative inside the bundle, got {item['path']!r}")
    if item["role"] not in ROLES:
        raise ManifestError(f"files: {path}: role {item['role']!r} is not one of {ROLES}")
    size, sha256 = item["size"], item["sha256"]
    if type(size) is not int or size < 0 or not isinstance(sha256, str):
        raise ManifestError(f"files: {path}: size or sha256 malformed")
    if not _SHA256.fullmatch(sha256):
        raise ManifestError(f"files: {path}: size or sha256 malformed")
    for key in ("platform", "package"):
        if item.get(key) is not None and not _NAME.fullmatch(str(item[key])):
            raise ManifestError(f"files: {path}: {key} {item[key]!r} malformed")
    return dict(item)


def read(manifest: Any) -> tuple[str, str, list[dict[str, Any]]]:
    """(Claude Code version, the wheels' Python version or "", the file entries) of a parsed
    manifest; ManifestError when anything in it is malformed."""
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        raise ManifestError(f"{MANIFEST_NAME}: format_version must be {FORMAT_VERSION}")
    claude = manifest.get("claude_code")
    version = claude.get("version") if isinstance(claude, dict) else None
    if not isinstance(version, str) or not _EXACT_VERSION.fullmatch(version):
        raise ManifestError(f"claude_code: version must be an exact X.Y.Z, got {version!r}")
    python = manifest.get("python") or {}
    wheels_for = str((python.get("version") if isinstance(python, dict) else None) or "")
    if not _PYTHON_VERSION.fullmatch(wheels_for):
        raise ManifestError(f"python: version must be X.Y, got {wheels_for!r}")
    entries = manifest.get("files") or []
    if not isinstance(entries, list):
        raise ManifestError(f"{MANIFEST_NAME}: files must be a list")
    return version, wheels_for, [_entry(item) for item in entries]


def lines(manifest: Any) -> list[str]:
    """The node's view of a manifest, one tab-separated line each:
    ``claude_version<TAB>X.Y.Z``, ``python_version<TAB>X.Y`` (empty when unnamed), and
    ``file<TAB>role<TAB>path<TAB>size<TAB>sha256<TAB>platform-or-package`` (``-`` for none)."""
    version, wheels_for, files = read(manifest)
    out = [f"claude_version\t{version}", f"python_version\t{wheels_for}"]
    for item in files:
        extra = item.get("platform") or item.get("package") or "-"
        fields = ["file", item["role"], item["path"], str(item["size"]), item["sha256"], extra]
        out.append("\t".join(fields))
    return out


def main(argv: list[str]) -> int:
    """``python bundle_manifest.py MANIFEST``: print :func:`lines`; exit 1 with the problem."""
    try:
        with open(argv[1], "rb") as stream:
            parsed = json.load(stream)
        print("\n".join(lines(parsed)))
    except (OSError, ValueError) as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
