"""``claude -p`` runs on a provisioned node, each in its own loopback namespace beside two fakes:
the workspace (port 8443) and any other host (9443). The node's managed settings (its
``root/etc``) are what Claude Code reads as ``/etc`` there; the fakes' logs are all the traffic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tests.real_client import node
from tests.real_client.certs import ServerTls
from tests.real_client.conftest import Timer
from tests.real_client.fake_serving import FakeConfig, read_log
from tests.real_client.isolated import Outcome, Spec, Step, run_isolated
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

REPLY = "Hello from the fake workspace 7f2c"
ROUTE = "/serving-endpoints/anthropic/v1/messages"


@dataclass
class Run:
    outcome: Outcome
    workspace: list[dict]
    other: list[dict]

    def carrying_token(self) -> list[dict]:
        """The other host's requests that carried a Databricks token in either header."""
        return [r for r in self.other if r["token_in_authorization"] or r["token_in_x_api_key"]]


def leaked(text: str, secret: str) -> bool:
    """True when more than the first 4 characters of ``secret`` appear in ``text``."""
    return secret[:5] in text or any(secret[i : i + 8] in text for i in range(1, len(secret) - 7))


def run_claude(
    box: Sandbox,
    tls: ServerTls,
    work: Path,
    steps: Iterable[Step],
    *,
    managed: bool = True,
    etc: Path | None = None,
    tool: tuple[str, str] = ("", "{}"),
    needles: tuple[str, ...] = (),
) -> dict[str, Run]:
    """Each step in its own namespace, beside a fresh fake workspace and fake other host;
    ``managed=False`` hides the node's managed settings (the machine's /etc has none), ``etc``
    lays another directory over /etc instead of the node's. ``tool``: the tool (name, JSON
    input) the fake workspace's model asks to use (see fake_serving); ``needles``: texts whose
    presence in each request body the fakes log."""
    runs = {}
    layer = str(etc or box.root / "etc") if managed else ""
    for step in steps:
        logs = work / f"{step.name}-workspace.jsonl", work / f"{step.name}-other.jsonl"
        servers = [
            FakeConfig(
                *(name, port, str(tls.cert), str(tls.key), (TOKEN, CLI_TOKEN), REPLY, str(log)),
                tool_name=tool[0],
                tool_input=tool[1],
                needles=needles,
            )
            for name, port, log in (
                ("workspace", node.WORKSPACE_PORT, logs[0]),
                ("other", node.OTHER_PORT, logs[1]),
            )
        ]
        spec = Spec(servers=servers, steps=[step], etc=layer)
        with Timer(f"claude -p ({step.name})"):
            outcome = run_isolated(spec, work)[step.name]
        runs[step.name] = Run(outcome, read_log(logs[0]), read_log(logs[1]))
    return runs
