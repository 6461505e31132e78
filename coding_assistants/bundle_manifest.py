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


def _shown(value: Any) -> str:
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def _text(item: dict, key: str, where: str) -> str:
    if not isinstance(item.get(key), str):
        raise ManifestError(f"{where}.{key}: expected text, got {_shown(item.get(key))}")
    return item[key]


def _entry(item: Any, where: str) -> dict[str, Any]:
    """One entry of ``files`` (``where``: ``files[2]``), each field checked for its type and
    form; a problem names the field."""
    if not isinstance(item, dict):
        raise ManifestError(f"{where}: expected an object, got {_shown(item)}")
    unknown = sorted(set(item) - set(FIELDS))
    if unknown:
        raise ManifestError(f"{where}.{unknown[0]}: unknown field of a file entry")
    for key in FIELDS[:4]:
        if key not in item:
            raise ManifestError(f"{where}.{key}: missing")
    path = _text(item, "path", where)
    if not _PATH.fullmatch(path) or {".", ".."} & set(path.split("/")):
        raise ManifestError(f"{where}.path: must be relative inside the bundle, got {path!r}")
    if _text(item, "role", where) not in ROLES:
        raise ManifestError(
            f"{where}.role: expected one of {', '.join(ROLES)}, got {item['role']!r}"
        )
    size = item["size"]
    if type(size) is not int or size < 0:
        raise ManifestError(f"{where}.size: expected a whole number of bytes, got {_shown(size)}")
    if not _SHA256.fullmatch(_text(item, "sha256", where)):
        raise ManifestError(f"{where}.sha256: expected 64 lowercase hexadecimal digits")
    for key in FIELDS[4:]:
        if item.get(key) is not None:
            _text(item, key, where)
    for key in ("platform", "package"):
        if item.get(key) is not None and not _NAME.fullmatch(item[key]):
            raise ManifestError(f"{where}.{key}: malformed, got {item[key]!r}")
    return dict(item)


def read(manifest: Any) -> tuple[str, str, list[dict[str, Any]]]:
    """(Claude Code version, the wheels' Python version or "", the file entries) of a parsed
    manifest; ManifestError naming the field when anything in it is malformed."""
    if not isinstance(manifest, dict):
        raise ManifestError(f"expected a JSON object, got {_shown(manifest)}")
    if manifest.get("format_version") != FORMAT_VERSION:
        got = _shown(manifest.get("format_version"))
        raise ManifestError(f"format_version: must be {FORMAT_VERSION}, got {got}")
    claude = manifest.get("claude_code")
    version = claude.get("version") if isinstance(claude, dict) else None
    if not isinstance(version, str) or not _EXACT_VERSION.fullmatch(version):
        raise ManifestError(f"claude_code.version: must be an exact X.Y.Z, got {_shown(version)}")
    python = manifest.get("python") or {}
    wheels_for = (python.get("version") if isinstance(python, dict) else None) or ""
    if not isinstance(wheels_for, str) or not _PYTHON_VERSION.fullmatch(wheels_for):
        raise ManifestError(f"python.version: must be X.Y, got {_shown(wheels_for)}")
    entries = manifest.get("files") or []
    if not isinstance(entries, list):
        raise ManifestError(f"files: expected a list, got {_shown(entries)}")
    return version, wheels_for, [_entry(item, f"files[{i}]") for i, item in enumerate(entries)]


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
