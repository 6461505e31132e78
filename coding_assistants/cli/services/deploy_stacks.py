"""What ``deploy`` deploys: the synthesized stacks, their order, and what is already done.

The stacks and their dependencies come from the synthesis' own ``manifest.json`` (the app
declares them: the fleet after ``workshop-shared``, each fleet shard after both), so the order
is the one ``cdktf deploy`` follows. A run record in ``<outdir>/deploy/record.json`` lists each
stack applied successfully, with a digest of what was applied (the stack's JSON and the
partial backend configuration); a later run skips a stack whose digest is unchanged, and
redoes one that changed.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from coding_assistants.facts import MODULE_STACK

DEPLOY_DIR = "deploy"
"""Under the output directory: the run record and one log per stack (kept across syntheses)."""
RECORD = "record.json"


class DeployInputError(Exception):
    """The output directory or the selection cannot be deployed; the message names why."""


@dataclass(frozen=True)
class Stack:
    """One synthesized root stack."""

    name: str
    directory: Path
    needs: tuple[str, ...]
    """Stacks that must be applied first (the app's declared dependencies)."""
    digest: str
    """SHA-256 of the stack's JSON and of the partial backend configuration, if any."""
    cloud: Mapping[str, object] | None = None
    """The stack's ``cloud`` block (HCP Terraform), else None."""


def load_stacks(outdir: Path, backend_config: Path | None = None) -> dict[str, Stack]:
    """Every stack of the synthesis in ``outdir``, by name, in the manifest's order."""
    manifest_path = outdir / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        entries = manifest["stacks"]
    except FileNotFoundError:
        raise DeployInputError(f"{manifest_path}: not found; run `make synth` first") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DeployInputError(f"{manifest_path}: not a synthesis manifest ({error})") from None
    extra = backend_config.read_bytes() if backend_config else b""
    stacks = {}
    for name, entry in entries.items():
        directory = outdir / entry["workingDirectory"]
        text = (outdir / entry["synthesizedStackPath"]).read_bytes()
        digest = hashlib.sha256(text + b"\0" + extra).hexdigest()
        cloud = json.loads(text).get("terraform", {}).get("cloud")
        stacks[name] = Stack(name, directory, tuple(entry.get("dependencies", ())), digest, cloud)
    return stacks


def select(stacks: Mapping[str, Stack], patterns: Sequence[str]) -> list[Stack]:
    """The stacks whose names match a pattern (shell-style: ``workshop-*``), in dependency
    order (a stack after every stack it needs, ties by name). Raises DeployInputError naming
    a pattern that matches nothing, the module stack, or a needed stack left out."""
    problems = []
    chosen: dict[str, Stack] = {}
    for pattern in patterns:
        matched = [s for n, s in stacks.items() if fnmatch.fnmatchcase(n, pattern)]
        if not matched:
            problems.append(f"{pattern!r} matches no stack; stacks: {', '.join(stacks)}")
        chosen.update((s.name, s) for s in matched)
    if MODULE_STACK in chosen:
        problems.append(f"{MODULE_STACK} is a module for other configurations, not deployed")
    for stack in chosen.values():
        problems += [
            f"{stack.name} needs {need}, which is not selected; add it (or select 'workshop-*')"
            for need in stack.needs
            if need not in chosen
        ]
    if problems:
        raise DeployInputError("\n".join(problems))
    return dependency_order(chosen)


def dependency_order(stacks: Mapping[str, Stack]) -> list[Stack]:
    """``stacks`` with each after the stacks it needs (among them); ties sorted by name."""
    ordered: list[Stack] = []
    placed: set[str] = set()
    while len(ordered) < len(stacks):
        ready = sorted(
            n for n, s in stacks.items() if n not in placed and placed.issuperset(s.needs)
        )
        if not ready:
            raise DeployInputError(f"the stacks' dependencies form a cycle: {sorted(stacks)}")
        ordered += [stacks[n] for n in ready]
        placed.update(ready)
    return ordered


def dependents(stacks: Sequence[Stack], failed: str) -> list[str]:
    """Every stack that needs ``failed``, directly or through another stack."""
    blocked: set[str] = {failed}
    for stack in stacks:  # in dependency order: a stack's needs are seen before it
        if blocked.intersection(stack.needs):
            blocked.add(stack.name)
    return sorted(blocked - {failed})


class RunRecord:
    """The stacks applied successfully, by name, with the digest of what was applied."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / DEPLOY_DIR / RECORD
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._done = {k: v for k, v in data.get("applied", {}).items() if isinstance(v, str)}
        except (OSError, ValueError, AttributeError):
            self._done = {}

    def is_done(self, stack: Stack) -> bool:
        return self._done.get(stack.name) == stack.digest

    def forget(self) -> None:
        """Start over: no stack counts as done (``--restart``)."""
        self._done = {}
        self._write()

    def applied(self, stack: Stack) -> None:
        """Record ``stack`` as applied; written at once (a crash keeps what was done)."""
        self._done[stack.name] = stack.digest
        self._write()

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f".{RECORD}.{os.getpid()}")
        partial.write_text(json.dumps({"applied": self._done}, indent=2, sort_keys=True) + "\n")
        partial.replace(self.path)
