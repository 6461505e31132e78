"""The deployed fleet's outputs, read from every fleet stack: no jq, no loop in the shell.

The fleet stacks are the synthesized ``workshop-fleet`` and, for a split fleet,
``workshop-fleet-01``, ``-02``, ... under the stacks directory (``cdktf.out/stacks``). Each one's
outputs come from its Terraform state: a stack with a ``local`` backend (the default) names its
state file, which is read directly (Terraform is not needed); any other backend is asked with
``terraform -chdir=<stack> output -json`` (after the deploy's ``terraform init``), within the
command's deadline. Saved answers of ``terraform output -json``, or state files, can be given
instead (``--outputs``). Everything read is bounded (size, nesting) and checked value by value:
an output of the wrong shape is named, never trusted.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coding_assistants import facts, untrusted
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.roster import email_problem
from coding_assistants.untrusted import as_dict, as_text

FLEET_STACK_NAME = re.compile(rf"^{re.escape(facts.FLEET_STACK)}(-\d\d)?$")
MAX_VALUE_CHARS = 2000
"""Longest output value taken (a URL or a command line is far shorter)."""
URL = re.compile(r"^[^\s\"'<>]+$")
"""A cluster's page: one word, no quotes or angle brackets (HTML links only http(s) ones)."""
CLUSTER_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,99}$")


class OutputsError(Exception):
    """The outputs cannot be read; the message names the stack or the file."""


@dataclass(frozen=True)
class AttendeeOutputs:
    email: str
    cluster_name: str
    cluster_id: str
    cluster_url: str
    ssh_setup: str


@dataclass
class FleetOutputs:
    """Every attendee's outputs (by email), the login line, and where they came from."""

    attendees: dict[str, AttendeeOutputs] = field(default_factory=dict)
    login_command: str = ""
    sources: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def fleet_stack_dirs(stacks: Path) -> list[Path]:
    """The fleet stacks synthesized under ``stacks``, by name."""
    if not stacks.is_dir():
        raise OutputsError(
            f"{stacks} is not a directory: run `make synth ATTENDEES=... WORKSHOP_FILE=...` "
            "first, or give --stacks-dir or --outputs"
        )
    found = sorted(p for p in stacks.iterdir() if p.is_dir() and FLEET_STACK_NAME.match(p.name))
    if not found:
        raise OutputsError(f"no {facts.FLEET_STACK} stack in {stacks}: synthesize the workshop")
    return found


def _read(path: Path) -> Any:
    try:
        return untrusted.read_json(path, untrusted.STATE).value
    except untrusted.UntrustedError as error:
        raise OutputsError(str(error)) from None


def local_state(stack: Path) -> Path | None:
    """The state file of a stack whose backend is ``local``, resolved from the stack's
    directory (as Terraform resolves it); None for any other backend."""
    terraform = as_dict(as_dict(_read(stack / "cdk.tf.json")).get("terraform"))
    backend = as_dict(terraform.get("backend"))
    if "cloud" in terraform or (backend and not isinstance(backend.get("local"), dict)):
        return None
    path = as_text(as_dict(backend.get("local")).get("path")) or "terraform.tfstate"
    return (stack / path).resolve()


def outputs_of(document: Any, source: str) -> dict[str, Any]:
    """Output name -> value, from a state file (``outputs``) or ``terraform output -json``."""
    document = as_dict(document)
    if "version" in document and "outputs" in document:  # a state file
        document = as_dict(document["outputs"])
    values = {name: as_dict(entry).get("value") for name, entry in document.items()}
    if not values:
        raise OutputsError(f"{source}: no outputs (is the stack deployed?)")
    return values


def terraform_outputs(stack: Path, deadline: Deadline) -> dict[str, Any]:
    """``terraform -chdir=<stack> output -json``, within ``deadline``."""
    try:
        done = subprocess.run(
            ["terraform", f"-chdir={stack}", "output", "-json", "-no-color"],
            capture_output=True,
            timeout=max(0.1, deadline.remaining()),
            check=False,
        )
    except FileNotFoundError:
        raise OutputsError(
            f"{stack}: its backend is not local, and terraform is not on PATH"
        ) from None
    except subprocess.TimeoutExpired:
        raise OutputsError(f"{stack}: terraform output took longer than {deadline}") from None
    if done.returncode != 0:
        error = " ".join(done.stderr.decode(errors="replace").split())[:300]
        raise OutputsError(f"{stack}: terraform output failed: {error}")
    try:
        answer = untrusted.parse_json(done.stdout, f"{stack} (terraform output)", untrusted.STATE)
        return outputs_of(answer, str(stack))
    except untrusted.UntrustedError as error:
        raise OutputsError(str(error)) from None


def stack_outputs(stack: Path, deadline: Deadline) -> tuple[dict[str, Any], str]:
    """The outputs of one stack and where they were read."""
    state = local_state(stack)
    if state is None:
        return terraform_outputs(stack, deadline), f"{stack.name} (terraform output)"
    if not state.is_file():
        raise OutputsError(f"{stack.name}: no state at {state}: deploy the stack first")
    return outputs_of(_read(state), str(state)), str(state)


def _text(value: Any, what: str, problems: list[str], pattern: re.Pattern | None = None) -> str:
    text = value if isinstance(value, str) else ""
    if not text or len(text) > MAX_VALUE_CHARS or (pattern and not pattern.match(text)):
        problems.append(f"{what}: not a usable value, got {str(value)[:80]!r}")
        return ""
    return text


def add(outputs: FleetOutputs, values: dict[str, Any], source: str) -> None:
    """Merge one stack's outputs (or one file's) into ``outputs``."""
    outputs.sources.append(source)
    problems = outputs.problems
    login = values.get("login_command")
    if login is not None:
        login = _text(login, f"{source}: login_command", problems)
        if outputs.login_command and login and login != outputs.login_command:
            problems.append(f"{source}: login_command differs from the other stacks'")
        outputs.login_command = outputs.login_command or login
    clusters = as_dict(values.get("attendee_clusters"))
    lines = as_dict(values.get("ssh_setup_commands"))
    for email, cluster in sorted(clusters.items()):
        cluster, where = as_dict(cluster), f"{source}: attendee_clusters[{email[:80]!r}]"
        if email_problem(email.strip().lower()):
            problems.append(f"{where}: not an email")
            continue
        entry = AttendeeOutputs(
            email=email.strip().lower(),
            cluster_name=_text(cluster.get("cluster_name"), f"{where}.cluster_name", problems),
            cluster_id=_text(
                cluster.get("cluster_id"), f"{where}.cluster_id", problems, CLUSTER_ID
            ),
            cluster_url=_text(cluster.get("cluster_url"), f"{where}.cluster_url", problems, URL),
            ssh_setup=_text(lines.get(email), f"{source}: ssh_setup_commands[{email!r}]", problems),
        )
        if entry.email in outputs.attendees:
            problems.append(f"{source}: {email} is in two fleet stacks")
        if all((entry.cluster_name, entry.cluster_id, entry.cluster_url, entry.ssh_setup)):
            outputs.attendees[entry.email] = entry


def read_fleet(stacks: Path, files: list[Path], deadline: Deadline) -> FleetOutputs:
    """The outputs of ``files`` when given, else of every fleet stack under ``stacks``."""
    outputs = FleetOutputs()
    if files:
        for path in files:
            add(outputs, outputs_of(_read(path), str(path)), str(path))
        return outputs
    for stack in fleet_stack_dirs(stacks):
        values, source = stack_outputs(stack, deadline)
        add(outputs, values, source)
    return outputs
