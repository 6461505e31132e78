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

from coding_assistants import untrusted
from coding_assistants.facts import MODULE_STACK
from coding_assistants.outdir import SYNTHESIS, is_ours

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
    """Every stack of the synthesis in ``outdir``, by name, in the manifest's order. The
    directory must be a synthesis (output ownership: ``deploy`` writes its run record there),
    and its manifest and stacks are read through the bounded reader: a malformed field, or a
    path that leaves ``outdir``, is named (DeployInputError), never followed."""
    manifest_path = outdir / "manifest.json"
    if not manifest_path.is_file():
        raise DeployInputError(f"{manifest_path}: not found; run `make synth` first")
    if not is_ours(outdir, SYNTHESIS):
        raise DeployInputError(
            f"{outdir} is not a synthesis main.py wrote (no {SYNTHESIS.marker}): deploy writes "
            "its run record there, so it deploys only what `make synth` wrote"
        )
    extra = backend_config.read_bytes() if backend_config else b""
    try:
        entries = untrusted.read_json(manifest_path, untrusted.MANIFEST)["stacks"].mapping()
        return {name: _stack(outdir, name, entry, extra) for name, entry in entries.items()}
    except untrusted.UntrustedError as error:
        raise DeployInputError(f"{error} (not a synthesis manifest)") from None


def _inside(outdir: Path, node: untrusted.Node) -> Path:
    """The path ``node`` names under ``outdir``; UntrustedError when it leaves it."""
    path = (outdir / node.text()).resolve()
    if path != outdir.resolve() and outdir.resolve() not in path.parents:
        raise node.problem(f"must stay inside {outdir}, got {node.value!r}")
    return path


def _stack(outdir: Path, name: str, entry: untrusted.Node, extra: bytes) -> Stack:
    directory = _inside(outdir, entry["workingDirectory"])
    stack_file = _inside(outdir, entry["synthesizedStackPath"])
    needs = tuple(n.text() for n in entry["dependencies"].items(optional=True))
    text = untrusted.read_bytes(stack_file, untrusted.STACK)
    digest = hashlib.sha256(text + b"\0" + extra).hexdigest()
    stack = untrusted.Node(
        untrusted.parse_json(text, str(stack_file), untrusted.STACK), str(stack_file)
    )
    cloud = stack["terraform"]["cloud"]
    settings = None if cloud.absent else {k: v.value for k, v in cloud.mapping().items()}
    return Stack(name, directory, needs, digest, settings)


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
            applied = untrusted.read_json(self.path, untrusted.MANIFEST)["applied"]
            self._done = {k: v.value for k, v in applied.mapping().items() if v.text(optional=True)}
        except untrusted.UntrustedError:  # none yet, or not ours to trust: start afresh
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
