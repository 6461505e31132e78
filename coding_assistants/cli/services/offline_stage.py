"""Building an offline bundle on a connected machine with the ordinary clients (npm, pip).

Every npm tarball is checked against the registry's own ``dist.integrity``; every wheel is
pinned by SHA-256 in the requirements file; the manifest pins every file. ``runner`` runs one
command and returns its standard output; tests replace it to play npm and pip.

The bundle directory is written through the output ownership mechanism
(:func:`coding_assistants.outdir.replace_owned`, kind :data:`BUNDLE`): a folder that is not a
bundle of ours is refused before npm is called, the new bundle is staged beside the old one and
swapped in only when complete, so a failed re-stage (npm or PyPI unreachable) leaves the earlier
bundle exactly as it was, and a manifest never lists a file that is not there.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coding_assistants import facts, untrusted
from coding_assistants.offline_bundle import (
    CLAUDE_DIR,
    DEB_DIR,
    MANIFEST_NAME,
    NOT_STAGED,
    PATH_PATTERN,
    REQUIREMENTS_PATH,
    SKILLS_DIR,
    WHEEL_DIR,
    BundleError,
    BundleFile,
    PythonTarget,
    Role,
    build_manifest,
    describe,
    integrity_matches,
    load_manifest,
    render_requirements,
    write_manifest,
)
from coding_assistants.outdir import Owned, is_ours, replace_owned

Runner = Callable[[Sequence[str]], str]
"""Runs a command; returns its standard output; raises StagingError when it fails."""

ARCH = facts.CLAUDE_PLATFORM_MACHINES
"""Claude Code platform -> the machine name in manylinux wheel tags."""
DEBS_NOT_STAGED = (
    f"{NOT_STAGED}: jq and tmux need the runtime's Ubuntu packages, which this command does "
    "not fetch; the init script reports them as skipped (offline) unless the image has them"
)
COMMAND_TIMEOUT_SECONDS = 1800
"""Deadline of one npm or pip call (a 190 MB tarball on a slow line)."""


class StagingError(Exception):
    """A client failed or a download did not match what the registry promised."""


def run_command(argv: Sequence[str]) -> str:
    """The default runner: the command's stdout; StagingError with its last stderr lines."""
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise StagingError(f"{argv[0]}: {error}") from None
    if done.returncode != 0:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise StagingError(f"{' '.join(argv[:3])} ... exited {done.returncode}: {tail}")
    return done.stdout


def _npm_json(run: Runner, argv: list[str]) -> untrusted.Node:
    """npm's ``--json`` answer, read through the bounded reader; StagingError when it is not
    JSON (or too long, or too deep), naming the command."""
    source = " ".join(argv[:3])
    try:
        return untrusted.Node(
            untrusted.parse_json(run(argv), source, untrusted.WORKSPACE_ANSWER), source
        )
    except untrusted.UntrustedError as error:
        raise StagingError(str(error)) from None


def python_tag(version: str) -> str:
    """``3.12`` -> ``cp312``."""
    major, minor = version.split(".")
    return f"cp{major}{minor}"


def wheel_platforms(platform: str, glibc_minor: int = facts.RUNTIME_GLIBC_MINOR) -> list[str]:
    """pip ``--platform`` values for a Claude platform: every manylinux tag the runtime's glibc
    runs, newest first (older pips do not expand ``manylinux_2_35`` to the older tags)."""
    arch = ARCH[platform]
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(glibc_minor, 16, -1)]
    return [*tags, f"manylinux2014_{arch}"]


def stage_claude(
    out: Path, version: str, platform: str, run: Runner, cache: Path | None = None
) -> BundleFile:
    """``npm pack`` Claude Code's platform package into ``out/claude``; checked against the
    registry's ``dist.integrity`` before it is listed."""
    spec = f"{facts.CLAUDE_NPM_PACKAGE}-{platform}@{version}"
    cache_args = ["--cache", str(cache / "npm")] if cache else []
    view = _npm_json(run, ["npm", "view", spec, "dist.integrity", "--json", *cache_args])
    integrity = view.text() if isinstance(view.value, str) else ""
    if not integrity.startswith("sha512-"):
        raise StagingError(f"{spec}: the registry gave no sha512 integrity, got {view.value!r}")
    target = out / CLAUDE_DIR
    target.mkdir(parents=True, exist_ok=True)
    argv = ["npm", "pack", spec, "--json", "--pack-destination", str(target), *cache_args]
    packed = _npm_json(run, argv)
    try:
        files = packed.items()
        filename = files[0]["filename"].text() if files else ""
    except untrusted.UntrustedError as error:
        raise StagingError(f"{spec}: npm pack named no file: {error}") from None
    if not filename:
        raise StagingError(f"{spec}: npm pack named no file")
    name = filename.replace("@", "").replace("/", "-")
    if not integrity_matches(target / name, integrity):
        (target / name).unlink()
        raise StagingError(f"{spec}: the tarball does not match the registry's dist.integrity")
    return describe(
        out,
        f"{CLAUDE_DIR}/{name}",
        Role.CLAUDE,
        platform=platform,
        npm_package=spec,
        npm_integrity=integrity,
    )


def stage_wheels(
    out: Path,
    target: PythonTarget,
    platforms: Sequence[str],
    run: Runner,
    cache: Path | None = None,
) -> list[BundleFile]:
    """``pip download`` the wheels of ``target.requirement`` for each platform, then the
    requirements file pinning each by hash. Only wheels: no source builds on the node."""
    wheels = out / WHEEL_DIR
    wheels.mkdir(parents=True, exist_ok=True)
    for platform in platforms:
        argv = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
        argv += ["--only-binary=:all:", "--python-version", target.version]
        argv += ["--implementation", "cp", "--dest", str(wheels)]
        argv += [arg for tag in wheel_platforms(platform) for arg in ("--platform", tag)]
        argv += ["--cache-dir", str(cache / "pip")] if cache else []
        run([*argv, *target.requirement.split()])
    found = sorted(p.name for p in wheels.iterdir())
    if not found or any(not name.endswith(".whl") for name in found):
        raise StagingError(f"pip download left more than wheels in {wheels}: {found}")
    files = [describe(out, f"{WHEEL_DIR}/{name}", Role.WHEEL) for name in found]
    try:
        (out / REQUIREMENTS_PATH).write_text(render_requirements(files, target.requirement))
    except BundleError as error:
        raise StagingError(str(error)) from None
    return [*files, describe(out, REQUIREMENTS_PATH, Role.REQUIREMENTS)]


SKILL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
"""A skill folder's name, as the node installs it (claude-org-sync)."""


def stage_skills(out: Path, source: Path) -> list[BundleFile]:
    """Copy each skill folder of ``source`` (``<name>/SKILL.md`` and its other files) into
    ``out/skills/<name>/``, one manifest entry per file; refuses links, names the node would
    leave out, and paths the manifest cannot carry."""
    if not source.is_dir():
        raise StagingError(f"--skills {source}: not a folder")
    files = []
    for folder in sorted(p for p in source.iterdir() if (p / "SKILL.md").is_file()):
        if folder.is_symlink() or not SKILL_NAME.fullmatch(folder.name):
            raise StagingError(f"--skills: {folder.name!r} is not a skill folder name")
        for path in sorted(folder.rglob("*")):
            relative = f"{SKILLS_DIR}/{path.relative_to(source).as_posix()}"
            if path.is_symlink():
                raise StagingError(f"--skills: {path} is a link; copy what it points to")
            if not path.is_file():
                continue
            if not re.fullmatch(PATH_PATTERN, relative):
                raise StagingError(f"--skills: {relative!r} has characters a bundle path cannot")
            (out / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, out / relative)
            files.append(describe(out, relative, Role.SKILL))
    if not files:
        raise StagingError(f"--skills {source}: no skill folder (<name>/SKILL.md) in it")
    return files


def is_earlier_bundle(directory: Path) -> bool:
    """A bundle staged before the marker existed: nothing but the bundle's own entries at its
    top, a manifest that reads as a bundle manifest, and every file in its folders listed."""
    names = {p.name for p in directory.iterdir()}
    if MANIFEST_NAME not in names or not names <= {
        MANIFEST_NAME,
        CLAUDE_DIR,
        "python",
        DEB_DIR,
        SKILLS_DIR,
    }:
        return False
    try:
        _, files = load_manifest(directory)
    except BundleError:
        return False
    listed = {f.path for f in files}
    present = {
        p.relative_to(directory).as_posix()
        for name in names - {MANIFEST_NAME}
        for p in (directory / name).rglob("*")
        if not p.is_dir()
    }
    return present <= listed


BUNDLE = Owned(
    marker=".coding-assistants-bundle",
    marker_text=(
        "Written by coding-assistants stage-offline. Staging again replaces this bundle as a\n"
        "whole, once the new one is complete; files it did not write here are carried over.\n"
    ),
    writer="stage-offline",
    option="--out",
    generated=(MANIFEST_NAME, CLAUDE_DIR, WHEEL_DIR, REQUIREMENTS_PATH, DEB_DIR, SKILLS_DIR),
    earlier=is_earlier_bundle,
)
"""The kind of directory ``stage-offline --out`` writes."""


def utc_now() -> str:
    """The current time as the manifest's ``created`` stamp (ISO 8601, UTC, seconds)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def earlier_manifest(out: Path) -> dict[str, Any] | None:
    """The manifest an earlier run left in ``out`` (a bundle of ours), or None when there is
    none or it is not a JSON object (it is then simply replaced)."""
    if not out.is_dir() or not is_ours(out, BUNDLE):
        return None
    try:
        manifest = untrusted.read_json(out / MANIFEST_NAME, untrusted.MANIFEST).value
    except untrusted.UntrustedError:
        return None
    return manifest if isinstance(manifest, dict) else None


def keep_earlier_stamp(manifest: dict[str, Any], earlier: dict[str, Any] | None) -> bool:
    """When ``earlier`` lists exactly the same content, give ``manifest`` its ``created``
    stamp, so re-staging unchanged inputs keeps the SHA-256 that Terraform pins. True when it
    did."""
    if earlier is None or not isinstance(earlier.get("created"), str):
        return False
    if {**earlier, "created": None} != {**manifest, "created": None}:
        return False
    manifest["created"] = earlier["created"]
    return True


def stage_bundle(
    out: Path,
    *,
    claude_version: str,
    platforms: Sequence[str],
    python: PythonTarget,
    run: Runner = run_command,
    cache: Path | None = None,
    progress: Callable[[str], None] = lambda _: None,
    skills: Path | None = None,
) -> str:
    """Stage a whole bundle into ``out`` (new, empty, or an earlier bundle of ours, replaced
    only once the new one is complete), with the skill folders of ``skills`` when given;
    returns the manifest's SHA-256."""
    earlier = earlier_manifest(out)

    def build(staging: Path) -> str:
        files: list[BundleFile] = []
        for platform in platforms:
            progress(f"npm pack {facts.CLAUDE_NPM_PACKAGE}-{platform}@{claude_version}")
            files.append(stage_claude(staging, claude_version, platform, run, cache))
        progress(f"pip download {python.requirement} for Python {python.version}")
        files += stage_wheels(staging, python, platforms, run, cache)
        if skills is not None:
            progress(f"skills from {skills}")
            files += stage_skills(staging, skills)
        manifest = build_manifest(
            claude_version=claude_version,
            claude_package=facts.CLAUDE_NPM_PACKAGE,
            python=python,
            files=files,
            created=utc_now(),
            system_packages=DEBS_NOT_STAGED,
        )
        if keep_earlier_stamp(manifest, earlier):
            progress(f"same content as the bundle staged {manifest['created']}: manifest unchanged")
        return write_manifest(staging, manifest)

    return replace_owned(out, BUNDLE, build, protected=(Path.cwd(),))


VERSION_PATTERN = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
PYTHON_PATTERN = re.compile(r"3\.[0-9]{1,2}")
