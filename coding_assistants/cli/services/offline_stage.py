"""Building an offline bundle on a connected machine with the ordinary clients (npm, pip).

Every npm tarball is checked against the registry's own ``dist.integrity``; every wheel is
pinned by SHA-256 in the requirements file; the manifest pins every file. ``runner`` runs one
command and returns its standard output; tests replace it to play npm and pip.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coding_assistants import facts
from coding_assistants.offline_bundle import (
    CLAUDE_DIR,
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
    render_requirements,
    write_manifest,
)

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
    integrity = json.loads(run(["npm", "view", spec, "dist.integrity", "--json", *cache_args]))
    if not isinstance(integrity, str) or not integrity.startswith("sha512-"):
        raise StagingError(f"{spec}: the registry gave no sha512 integrity, got {integrity!r}")
    target = out / CLAUDE_DIR
    target.mkdir(parents=True, exist_ok=True)
    packed = json.loads(
        run(["npm", "pack", spec, "--json", "--pack-destination", str(target), *cache_args])
    )
    name = packed[0]["filename"].replace("@", "").replace("/", "-")
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


def check_out_dir(out: Path) -> None:
    """``out`` is new or empty, or holds an earlier bundle (a manifest): never someone else's
    files, which staging would mix into the bundle."""
    if out.exists() and any(out.iterdir()) and not (out / "manifest.json").is_file():
        raise StagingError(f"{out} is neither empty nor an earlier bundle; choose a new --out")


def utc_now() -> str:
    """The current time as the manifest's ``created`` stamp (ISO 8601, UTC, seconds)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def earlier_manifest(out: Path) -> dict[str, Any] | None:
    """The manifest an earlier run left in ``out``, or None when there is none or it is not
    a JSON object (it is then simply replaced)."""
    try:
        manifest = json.loads((out / MANIFEST_NAME).read_bytes())
    except (OSError, ValueError):
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


def clear_earlier(out: Path) -> None:
    """Remove the folders an earlier run of this command wrote (nothing else)."""
    for name in (CLAUDE_DIR, WHEEL_DIR, SKILLS_DIR):
        shutil.rmtree(out / name, ignore_errors=True)
    (out / REQUIREMENTS_PATH).unlink(missing_ok=True)


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
    """Stage a whole bundle into ``out`` (with the skill folders of ``skills``, when given);
    returns the manifest's SHA-256."""
    check_out_dir(out)
    earlier = earlier_manifest(out)
    clear_earlier(out)
    out.mkdir(parents=True, exist_ok=True)
    files: list[BundleFile] = []
    for platform in platforms:
        progress(f"npm pack {facts.CLAUDE_NPM_PACKAGE}-{platform}@{claude_version}")
        files.append(stage_claude(out, claude_version, platform, run, cache))
    progress(f"pip download {python.requirement} for Python {python.version}")
    files += stage_wheels(out, python, platforms, run, cache)
    if skills is not None:
        progress(f"skills from {skills}")
        files += stage_skills(out, skills)
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
    return write_manifest(out, manifest)


VERSION_PATTERN = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
PYTHON_PATTERN = re.compile(r"3\.[0-9]{1,2}")
