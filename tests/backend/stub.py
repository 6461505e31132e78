"""The real Terraform, run in place against tfcheck's stub Databricks provider (``tfcheck env``),
with each stack's own backend, and the synthesized stacks it runs on."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests import clock
from tests.conftest import REPO

PROMPT = "Enter a value:"
PROMPT_SECONDS = 300.0
"""How long an interactive apply may take to reach its confirmation prompt."""


def stub_environment(tfcheck: Path, directory: Path) -> dict[str, str]:
    """The environment ``tfcheck env`` prints for running Terraform against the stub, on the
    true clock (``clock.real``: Terraform and the stub's TLS handshake share it), with a HOME
    of its own: the stub's certificate cache and Terraform's configuration start empty,
    whatever earlier runs on the machine left in the user's."""
    cache = os.environ.get("TFCHECK_CACHE") or str(Path.home() / ".cache" / "tfcheck")
    home = directory / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {**clock.real(os.environ), "HOME": str(home), "TFCHECK_CACHE": cache}
    printed = subprocess.run(
        [str(tfcheck), "env", str(directory / "stub")], env=env, capture_output=True,
        text=True, check=True, timeout=300,
    ).stdout  # fmt: skip
    for line in printed.splitlines():
        words = shlex.split(line)
        if words[:1] == ["export"]:
            env.update(w.split("=", 1) for w in words[1:])
    return env


@dataclass
class StubTerraform:
    """``terraform`` with the stub's environment; ``extra`` variables per call."""

    env: dict[str, str]

    def run(
        self, directory: Path, *args: str, check: bool = True, extra: dict | None = None
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            ["terraform", f"-chdir={directory}", *args, "-no-color"],
            env={**self.env, **(extra or {})}, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if check and result.returncode != 0:
            raise AssertionError(f"terraform {args[0]} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def no_change(self, directory: Path) -> bool:
        """True when a plan shows no change (``-detailed-exitcode`` 0); fails on an error."""
        code = self.run(directory, "plan", "-detailed-exitcode", check=False).returncode
        assert code in (0, 2), self.run(directory, "plan", check=False).stderr
        return code == 0

    def state(self, directory: Path) -> dict[str, Any]:
        return json.loads(self.run(directory, "state", "pull").stdout)

    def hold_lock(self, directory: Path) -> LockHolder:
        """An ``apply`` stopped at its confirmation prompt: it holds the state lock."""
        return LockHolder(directory, self.env)

    def start(self, directory: Path, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            ["terraform", f"-chdir={directory}", *args, "-no-color"], env=self.env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
        )  # fmt: skip


class LockHolder:
    """``terraform apply`` without -auto-approve, waiting at its prompt: it took the state
    lock before planning, and keeps it until it is answered."""

    def __init__(self, directory: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            ["terraform", f"-chdir={directory}", "apply", "-no-color"],
            env={**env, "TF_INPUT": "1"}, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.output = ""
        reader = threading.Thread(target=self._read, daemon=True)
        reader.start()
        end = time.monotonic() + PROMPT_SECONDS
        while PROMPT not in self.output and reader.is_alive() and time.monotonic() < end:
            time.sleep(0.05)
        if PROMPT not in self.output:
            self.process.kill()
            raise AssertionError(f"apply never reached its prompt:\n{self.output}")
        self._reader = reader

    def _read(self) -> None:
        assert self.process.stdout is not None
        for chunk in iter(lambda: self.process.stdout.read(1), ""):  # type: ignore[union-attr]
            self.output += chunk

    def answer(self, text: str = "yes") -> str:
        """Answer the prompt; returns the whole output once the apply has ended."""
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.close()
        self.process.wait(timeout=600)
        self._reader.join(timeout=60)
        return self.output


def synth_stacks(outdir: Path, backend: dict[str, Any] | None) -> Path:
    """Every default stack (built-in example settings) on ``backend`` (None: local),
    synthesized into ``outdir``; returns ``outdir``."""
    from coding_assistants.app import build_app
    from coding_assistants.backend.settings import LOCAL_BACKEND, backend_settings
    from coding_assistants.settings import EXAMPLE_CLUSTER_SETTINGS, SettingsFile, cluster_props
    from coding_assistants.workshop.settings import example_workshop

    chosen = backend_settings(SettingsFile("backend", backend)) if backend else LOCAL_BACKEND
    cluster = cluster_props(dict(EXAMPLE_CLUSTER_SETTINGS), "example", REPO)
    build_app(outdir, cluster, example_workshop(), example_roster=True, backend=chosen).synth()
    return outdir


def copy_stack(stack_dir: Path, target: Path) -> Path:
    """The synthesized stack as a second checkout has it: no ``.terraform`` of the first."""
    shutil.copytree(stack_dir, target, ignore=shutil.ignore_patterns(".terraform*"))
    return target


def race_two_applies(
    terraform: StubTerraform,
    first: Path,
    second: Path,
    while_held: Callable[[], object] = lambda: None,
) -> dict[str, Any]:
    """Two checkouts of one stack apply at once: the first holds the lock at its prompt (then
    ``while_held`` runs), the second must fail on it at once with Terraform's lock message;
    then the first applies. Returns the state, checked whole: every address once, and no
    change planned from either checkout."""
    holder = terraform.hold_lock(first)
    while_held()
    refused = terraform.run(second, "apply", "-auto-approve", "-lock-timeout=0s", check=False)
    assert refused.returncode == 1, refused.stdout
    assert "Error acquiring the state lock" in refused.stderr, refused.stderr
    assert "Lock Info:" in refused.stderr and "OperationTypeApply" in refused.stderr
    output = holder.answer("yes")
    assert holder.process.returncode == 0 and "Apply complete!" in output, output
    state = terraform.state(second)
    addresses = [f"{r['mode']}.{r['type']}.{r['name']}" for r in state["resources"]]
    assert len(addresses) == len(set(addresses)), addresses
    assert terraform.no_change(second) and terraform.no_change(first)
    return state
