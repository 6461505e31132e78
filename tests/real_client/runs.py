"""``claude`` runs on a provisioned node, each in its own loopback namespace beside two fakes:
the workspace (port 8443) and any other host (9443), and an intercepting proxy (8080) that
presents a certificate of another CA (``attacker``). The node's managed settings (its
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
from tests.real_client.intercepting_proxy import ProxyConfig
from tests.real_client.isolated import Outcome, Spec, Step, run_isolated
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

REPLY = "Hello from the fake workspace 7f2c"
ROUTE = "/serving-endpoints/anthropic/v1/messages"


@dataclass
class Run:
    outcome: Outcome
    workspace: list[dict]
    other: list[dict]
    proxy: list[dict]

    def carrying_token(self, requests: list[dict] | None = None) -> list[dict]:
        """The requests (by default the other host's) that carried a Databricks token."""
        seen = self.other if requests is None else requests
        return [r for r in seen if r["token_in_authorization"] or r["token_in_x_api_key"]]


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
    attacker: ServerTls | None = None,
    tunnel_port: int | None = None,
    etc: Path | None = None,
    tool: tuple[str, str] = ("", "{}"),
    needles: tuple[str, ...] = (),
) -> dict[str, Run]:
    """Each step in its own namespace, beside a fresh fake workspace and fake other host;
    ``managed=False`` hides the node's managed settings (the machine's /etc has none), ``etc``
    lays another directory over /etc instead of the node's; ``attacker``: the intercepting
    proxy presents its certificate; ``tunnel_port``: a plain tunnelling proxy (an admin's)
    listens there. ``tool``: the tool (name, JSON input) the fake workspace's model asks to use
    (see fake_serving); ``needles``: texts whose presence in each request body the fakes log."""
    runs = {}
    tokens = (TOKEN, CLI_TOKEN)
    layer = str(etc or box.root / "etc") if managed else ""
    for step in steps:
        logs = {k: work / f"{step.name}-{k}.jsonl" for k in ("workspace", "other", "proxy")}
        servers = [
            FakeConfig(
                *(name, port, str(tls.cert), str(tls.key), tokens, REPLY, str(logs[name])),
                tool_name=tool[0],
                tool_input=tool[1],
                needles=needles,
            )
            for name, port in (("workspace", node.WORKSPACE_PORT), ("other", node.OTHER_PORT))
        ]
        proxies = []
        if attacker is not None:
            cert, key = str(attacker.cert), str(attacker.key)
            proxies.append(
                ProxyConfig(node.PROXY_PORT, cert, key, tokens, REPLY, str(logs["proxy"]))
            )
        if tunnel_port is not None:
            cert, key, log = str(tls.cert), str(tls.key), str(logs["proxy"])
            proxies.append(ProxyConfig(tunnel_port, cert, key, tokens, "", log, intercept=False))
        spec = Spec(servers=servers, steps=[step], etc=layer, proxies=proxies)
        with Timer(f"claude ({step.name})"):
            outcome = run_isolated(spec, work)[step.name]
        runs[step.name] = Run(
            outcome, *(read_log(logs[k]) for k in ("workspace", "other", "proxy"))
        )
    return runs
