"""The offline bundle: its manifest format, file hashing and verification.

A bundle is a directory that carries everything the init script installs on a cluster with no
route to npm, PyPI, apt or Anthropic's installer. ``manifest.json`` at its top names every file
with its size and SHA-256; Terraform pins the manifest's own SHA-256, so the manifest pins every
file. The staging command (``coding-assistants stage-offline``) writes bundles with this module;
the package and the init script read them with one reader, :mod:`coding_assistants.bundle_manifest`.

Standard library and the bounded reader (:mod:`coding_assistants.untrusted`) only: no
framework, no SDK.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from coding_assistants import bundle_manifest, untrusted

FORMAT_VERSION = bundle_manifest.FORMAT_VERSION
MANIFEST_NAME = bundle_manifest.MANIFEST_NAME
PATH_PATTERN = bundle_manifest.PATH_PATTERN
CLAUDE_DIR = "claude"
WHEEL_DIR = "python/wheels"
REQUIREMENTS_PATH = "python/requirements.txt"
DEB_DIR = "debs"
SKILLS_DIR = "skills"
NOT_STAGED = "not staged"
_CHUNK = 1 << 20
_WHEEL_NAME = re.compile(r"(?P<name>[^-]+)-(?P<version>[^-]+)(-[0-9][^-]*)?-[^-]+-[^-]+-[^-]+\.whl")


class Role(enum.StrEnum):
    """What a file of the bundle is for; the init script installs by role."""

    CLAUDE = "claude"
    """Claude Code's npm platform tarball (``package/claude``, a native binary)."""
    WHEEL = "wheel"
    """A Python wheel for the tracing requirement."""
    REQUIREMENTS = "requirements"
    """The pip requirements file with one ``--hash`` per wheel."""
    DEB = "deb"
    """A Debian package (jq, tmux) for the runtime's Ubuntu release."""
    SKILL = "skill"
    """A file of a skill folder (``skills/<name>/...``), installed as Claude Code's managed
    skills."""


class BundleError(Exception):
    """A manifest or a bundle file is not what it should be; the message says which."""


@dataclass(frozen=True, kw_only=True)
class BundleFile:
    """One file of the bundle, as the manifest lists it."""

    path: str
    """Relative POSIX path inside the bundle."""
    size: int
    """Size in bytes."""
    sha256: str
    """Lowercase hex SHA-256 of the content."""
    role: Role
    """What the init script does with it."""
    platform: str | None = None
    """Claude Code platform (``linux-x64``) for a Claude tarball; None otherwise."""
    npm_package: str | None = None
    """npm package name@version a tarball came from; None for other files."""
    npm_integrity: str | None = None
    """The npm registry's ``dist.integrity`` (SRI) of a tarball; None for other files."""
    package: str | None = None
    """Debian package name of a ``.deb``; None otherwise."""

    def to_json(self) -> dict[str, Any]:
        """The manifest entry: the fields that are set, with the role as its string."""
        entry = {key: value for key, value in asdict(self).items() if value is not None}
        entry["role"] = str(self.role)
        return entry


def sha256_file(path: Path) -> str:
    """Lowercase hex SHA-256 of the file at ``path``, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def integrity_matches(path: Path, integrity: str) -> bool:
    """True when the file matches one of the hashes of an SRI string (``sha512-<base64>``, as
    npm's ``dist.integrity``). Only sha256, sha384 and sha512 are trusted; others never match."""
    for item in integrity.split():
        algorithm, _, expected = item.partition("-")
        if algorithm not in ("sha256", "sha384", "sha512") or not expected:
            continue
        digest = hashlib.new(algorithm)
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
        if base64.b64encode(digest.digest()).decode() == expected.split("?")[0]:
            return True
    return False


def describe(root: Path, relative: str, role: Role, **extra: str) -> BundleFile:
    """The manifest entry of ``root/relative``: its size and hash, measured now."""
    path = root / relative
    return BundleFile(
        path=relative, size=path.stat().st_size, sha256=sha256_file(path), role=role, **extra
    )


def wheel_pin(filename: str) -> tuple[str, str]:
    """(normalized project name, version) from a wheel's file name (PEP 427, PEP 503)."""
    match = _WHEEL_NAME.fullmatch(filename)
    if match is None:
        raise BundleError(f"{filename}: not a wheel file name")
    name = re.sub(r"[-_.]+", "-", match["name"]).lower()
    return name, match["version"]


def render_requirements(wheels: Iterable[BundleFile], requirement: str) -> str:
    """A pip requirements file pinning every wheel by version and SHA-256 (one line per project,
    one hash per platform's wheel), sorted by name, for ``pip install --require-hashes``."""
    pins: dict[str, tuple[str, list[str]]] = {}
    for wheel in wheels:
        name, version = wheel_pin(PurePosixPath(wheel.path).name)
        known, hashes = pins.setdefault(name, (version, []))
        if known != version:
            raise BundleError(f"{name}: two versions staged ({known}, {version})")
        hashes.append(wheel.sha256)
    lines = [f"# {requirement}: every wheel pinned by hash (coding-assistants stage-offline)"]
    for name, (version, hashes) in sorted(pins.items()):
        lines.append(f"{name}=={version}" + "".join(f" --hash=sha256:{h}" for h in sorted(hashes)))
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, kw_only=True)
class PythonTarget:
    """The interpreter the wheels were chosen for."""

    version: str
    """``3.12``."""
    tag: str
    """``cp312``."""
    platforms: tuple[str, ...]
    """pip ``--platform`` values (manylinux tags), newest first."""
    requirement: str
    """What the wheels satisfy, as pip reads it (``mlflow[databricks]==3.11.1``)."""


def build_manifest(
    *,
    claude_version: str,
    claude_package: str,
    python: PythonTarget,
    files: Iterable[BundleFile],
    created: str,
    system_packages: str = NOT_STAGED,
) -> dict[str, Any]:
    """The manifest as a JSON-ready dict. Files are sorted by path, so the same inputs give the
    same manifest apart from ``created`` (an ISO 8601 UTC time stamp)."""
    entries = sorted(files, key=lambda f: f.path)
    paths = [f.path for f in entries]
    if len(set(paths)) != len(paths):
        raise BundleError(f"a path is listed twice: {paths}")
    return {
        "format_version": FORMAT_VERSION,
        "created": created,
        "claude_code": {
            "version": claude_version,
            "package": claude_package,
            "platforms": sorted(f.platform for f in entries if f.platform),
        },
        "python": {
            "version": python.version,
            "tag": python.tag,
            "platforms": list(python.platforms),
            "requirement": python.requirement,
        },
        "system_packages": system_packages,
        "files": [f.to_json() for f in entries],
    }


def render_manifest(manifest: Mapping[str, Any]) -> bytes:
    """The manifest's bytes: sorted keys, two-space indent, one final newline."""
    return (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()


def write_manifest(root: Path, manifest: Mapping[str, Any]) -> str:
    """Write ``root/manifest.json``; returns its SHA-256 (the ``offline_bundle_sha256``)."""
    data = render_manifest(manifest)
    target = root / MANIFEST_NAME
    partial = target.with_suffix(".json.partial")
    partial.write_bytes(data)
    partial.replace(target)
    return hashlib.sha256(data).hexdigest()


def manifest_files(manifest: Any, source: str = MANIFEST_NAME) -> list[BundleFile]:
    """The files a parsed manifest lists (a :class:`~coding_assistants.untrusted.Node` read
    through the bounded reader, or the parsed JSON read from ``source``), checked by the reader
    the init script runs too; BundleError naming the file and the field when it is malformed."""
    if isinstance(manifest, untrusted.Node):
        manifest, source = manifest.value, manifest.source
    try:
        _, _, entries = bundle_manifest.read(manifest)
    except bundle_manifest.ManifestError as error:
        raise BundleError(f"{source}: {error}") from None
    return [BundleFile(**{**entry, "role": Role(entry["role"])}) for entry in entries]


def load_manifest(root: Path) -> tuple[dict[str, Any], list[BundleFile]]:
    """The manifest of the bundle at ``root`` (read through the bounded reader) and its files;
    BundleError naming the field when it is malformed."""
    try:
        node = untrusted.read_json(root / MANIFEST_NAME, untrusted.MANIFEST)
    except untrusted.UntrustedError as error:
        raise BundleError(str(error)) from None
    return node.value, manifest_files(node)


def verify_bundle(root: Path, expected_sha256: str | None = None) -> list[str]:
    """Every problem of the bundle at ``root``: the manifest's hash (when ``expected_sha256``
    is given), then each listed file's presence, size and SHA-256, and for Claude Code's
    tarball also the npm registry's ``npm_integrity``. Empty when it is sound."""
    problems: list[str] = []
    if expected_sha256 is not None:
        got = sha256_file(root / MANIFEST_NAME) if (root / MANIFEST_NAME).is_file() else "missing"
        if got != expected_sha256.lower():
            problems.append(f"{MANIFEST_NAME}: sha256 {got}, expected {expected_sha256}")
            return problems
    try:
        _, files = load_manifest(root)
    except BundleError as error:
        return [str(error)]
    for item in files:
        path = root / item.path
        if not path.is_file():
            problems.append(f"{item.path}: missing")
        elif path.stat().st_size != item.size:
            problems.append(f"{item.path}: {path.stat().st_size} bytes, expected {item.size}")
        elif sha256_file(path) != item.sha256:
            problems.append(f"{item.path}: sha256 differs from the manifest")
        elif item.role is Role.CLAUDE and not integrity_matches(path, item.npm_integrity or ""):
            problems.append(
                f"{item.path}: does not match the npm registry's integrity in the manifest "
                f"({(item.npm_integrity or 'none')[:24]}...; sha256, sha384 or sha512 expected)"
            )
    return problems
