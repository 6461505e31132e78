"""What must hold before ``make release`` builds anything.

One version names the package, the module release and the init script: ``facts.VERSION``. A
release packs the tree at that version only, from a clean checkout, once the CHANGELOG has
moved every entry from ``[Unreleased]`` into the version's own section; and a version already
tagged from another tree is never packed again. Each failed check is a :class:`ReleaseError`
whose message says what to do. Imports no framework.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from coding_assistants import facts

SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?"
)
UNRELEASED = "## [Unreleased]"
"""The CHANGELOG section that collects entries until the next release (always kept)."""


class ReleaseError(Exception):
    """A release that must not be built; the message says why."""


def check_version(version: str) -> None:
    if not SEMVER.fullmatch(version):
        raise ReleaseError(f"VERSION: {version!r} is not a semantic version such as 1.2.3")


def _core(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.split(r"[-+]", version)[0].split("."))


def check_is_the_trees(version: str, tree_version: str = facts.VERSION) -> None:
    """``version`` must be the tree's own: an older one was released from older code."""
    if version == tree_version:
        return
    where = f"this tree is {tree_version} (coding_assistants/facts.py VERSION)"
    if _core(version) <= _core(tree_version):
        raise ReleaseError(
            f"VERSION: {version} is already released or superseded; {where}, and a released "
            "version is never packed again"
        )
    raise ReleaseError(
        f"VERSION: {version} is not this tree's version; {where}: bump VERSION there, with a "
        "CHANGELOG section, to release it"
    )


def check_clean(repo: Path) -> None:
    status = _git(repo, "status", "--porcelain")
    if status.returncode != 0:
        raise ReleaseError(f"{repo} is not a git checkout: {status.stderr.strip()}")
    if status.stdout.strip():
        changed = "\n".join(f"  {line}" for line in status.stdout.splitlines()[:10])
        raise ReleaseError(f"the working tree has uncommitted changes:\n{changed}")


def _section(changelog: str, heading: str) -> list[str] | None:
    """The lines of the CHANGELOG section whose heading starts with ``heading``, or None."""
    lines = changelog.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(heading)]
    if not starts:
        return None
    body = lines[starts[0] + 1 :]
    ends = [i for i, line in enumerate(body) if line.startswith("## ")]
    return body[: ends[0]] if ends else body


def check_changelog(changelog: str, version: str) -> None:
    """A dated section for ``version``, and an empty ``[Unreleased]`` above it."""
    if _section(changelog, f"## [{version}]") is None:
        raise ReleaseError(f"CHANGELOG.md has no section for {version} ('## [{version}] ...')")
    unreleased = _section(changelog, UNRELEASED)
    if unreleased is None:
        raise ReleaseError(f"CHANGELOG.md has no '{UNRELEASED}' section; keep it, even empty")
    entries = [line for line in unreleased if line.strip().startswith("- ")]
    if entries:
        raise ReleaseError(
            f"CHANGELOG.md has {len(entries)} entries under [Unreleased], which {version} would "
            "not name: move them into a new version's section and bump VERSION"
        )


def check_not_released(repo: Path, version: str) -> None:
    """A tag ``v<version>`` from another tree means the version was released already."""
    tagged = _git(repo, "rev-parse", "--verify", "--quiet", f"refs/tags/v{version}^{{tree}}")
    if tagged.returncode != 0:
        return
    head = _git(repo, "rev-parse", "HEAD^{tree}").stdout.strip()
    if tagged.stdout.strip() != head:
        raise ReleaseError(f"{version} is already released (tag v{version}) from another tree")


def check_release(repo: Path, version: str) -> str:
    """Every check, in order; returns the CHANGELOG's text."""
    check_version(version)
    check_is_the_trees(version)
    check_clean(repo)
    changelog = (repo / "CHANGELOG.md").read_text()
    check_changelog(changelog, version)
    check_not_released(repo, version)
    return changelog


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=False, timeout=60
    )
