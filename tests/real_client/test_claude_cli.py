"""The real Claude Code, installed by the init script's npm path, answers through the fake
workspace in the three shells users meet, with the token in the auth headers, and nowhere else.

Each run happens in a network namespace with only loopback: the fake workspace and a second
fake (any other host) are the only servers that exist, so their logs are all the traffic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.fake_serving import FakeConfig, read_log
from tests.real_client.isolated import Outcome, Spec, run_isolated
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

pytestmark = pytest.mark.real_client

REPLY = "Hello from the fake workspace 7f2c"
ROUTE = "/serving-endpoints/anthropic/v1/messages"


@dataclass
class Run:
    outcome: Outcome
    workspace: list[dict]
    other: list[dict]


def leaked(text: str, secret: str) -> bool:
    """True when more than the first 4 characters of ``secret`` appear in ``text``."""
    return secret[:5] in text or any(secret[i : i + 8] in text for i in range(1, len(secret) - 7))


def run_claude(box: Sandbox, tls, work: Path, steps) -> dict[str, Run]:
    """Each step in its own namespace, beside a fresh fake workspace and fake other host."""
    runs = {}
    for step in steps:
        logs = work / f"{step.name}-workspace.jsonl", work / f"{step.name}-other.jsonl"
        servers = [
            FakeConfig(name, port, str(tls.cert), str(tls.key), (TOKEN, CLI_TOKEN), REPLY, str(log))
            for name, port, log in (
                ("workspace", node.WORKSPACE_PORT, logs[0]),
                ("other", node.OTHER_PORT, logs[1]),
            )
        ]
        with Timer(f"claude -p ({step.name})"):
            outcome = run_isolated(Spec(servers=servers, steps=[step]), work)[step.name]
        runs[step.name] = Run(outcome, read_log(logs[0]), read_log(logs[1]))
    return runs


@pytest.fixture(scope="module")
def provisioned(tmp_path_factory, real_tools, claude_exe) -> Sandbox:
    with Timer("init script with the real Claude Code (npm path)"):
        return node.provision(tmp_path_factory.mktemp("real-node"), real_tools, claude_exe)


@pytest.fixture(scope="module")
def shells(provisioned, tls, tmp_path_factory) -> dict[str, Run]:
    steps = [node.claude_step(s, provisioned, s, tls.ca_cert, "Say hello") for s in node.SHELLS]
    return run_claude(provisioned, tls, tmp_path_factory.mktemp("shell-runs"), steps)


def configured_model(box: Sandbox) -> str:
    return json.loads(box.settings_file.read_text())["env"]["ANTHROPIC_MODEL"]


def test_init_script_installs_the_real_claude_code_with_npm(provisioned):
    state, detail = provisioned.status()["claude"]
    assert state == "ok", detail
    assert detail == f"Claude Code {node.CLAUDE_CODE_VERSION} installed (npm)"
    installs = [c for c in provisioned.calls("npm") if c and c[0] == "install"]
    assert installs and installs[-1][-1] == f"@anthropic-ai/claude-code@{node.CLAUDE_CODE_VERSION}"


@pytest.mark.parametrize("shell", node.SHELLS)
def test_claude_prints_the_workspace_reply(shells, shell):
    run = shells[shell]
    assert not run.outcome.timed_out
    assert run.outcome.returncode == 0, run.outcome.stderr
    assert REPLY in run.outcome.stdout


@pytest.mark.parametrize("shell", node.SHELLS)
def test_claude_calls_the_serving_route_with_the_model_and_the_token(shells, shell, provisioned):
    requests = shells[shell].workspace
    assert requests, "the fake workspace saw no request"
    assert {(r["method"], r["path"]) for r in requests} == {("POST", ROUTE)}
    assert {r["model"] for r in requests} == {configured_model(provisioned)}
    assert any(r["stream"] for r in requests)
    token = node.token_of(shell)
    assert all(r["token_in_authorization"] and r["token_in_x_api_key"] for r in requests)
    assert {r["authorization"] for r in requests} == {f"Bearer {token[:4]}****"}


@pytest.mark.parametrize("shell", node.SHELLS)
def test_claude_sends_nothing_to_any_other_host(shells, shell):
    assert shells[shell].other == []


@pytest.mark.parametrize("shell", node.SHELLS)
def test_token_shows_in_no_output(shells, shell):
    outcome = shells[shell].outcome
    for secret in (TOKEN, CLI_TOKEN):
        assert not leaked(outcome.stdout + outcome.stderr, secret)


def test_token_is_written_nowhere_on_the_node(shells, provisioned):
    text = provisioned.text_everywhere()
    for secret in (TOKEN, CLI_TOKEN):
        assert not leaked(text, secret)


REFUSAL = "refusing to hand out the Databricks token"
REFUSAL_DEADLINE_S = 60
"""Claude Code must give up well within this (it retried a 401 for two minutes before)."""


@pytest.fixture(scope="module")
def redirected(provisioned, tls, tmp_path_factory) -> dict[str, Run]:
    """claude -p with settings that point Claude Code at another host (``--settings``, which
    ranks above the user's settings.json)."""
    base_url = f"{node.OTHER_HOST}/serving-endpoints/anthropic"
    settings = json.dumps({"env": {"ANTHROPIC_BASE_URL": base_url}})
    steps = [
        node.claude_step(
            f"redirected-{s}",
            provisioned,
            s,
            tls.ca_cert,
            "Say hello",
            args=("--settings", settings),
            timeout=REFUSAL_DEADLINE_S,
        )
        for s in node.SHELLS
    ]
    return run_claude(provisioned, tls, tmp_path_factory.mktemp("redirected-runs"), steps)


@pytest.mark.parametrize("shell", node.SHELLS)
def test_key_helper_refuses_a_base_url_that_is_not_the_workspace(redirected, shell):
    run = redirected[f"redirected-{shell}"]
    assert not run.outcome.timed_out, f"claude still retrying after {REFUSAL_DEADLINE_S} s"
    assert run.outcome.returncode != 0
    assert REFUSAL in run.outcome.stdout + run.outcome.stderr
    assert REPLY not in run.outcome.stdout


@pytest.mark.parametrize("shell", node.SHELLS)
def test_token_never_reaches_the_other_host(redirected, shell):
    run = redirected[f"redirected-{shell}"]
    carried = [r for r in run.other if r["token_in_authorization"] or r["token_in_x_api_key"]]
    assert carried == []
    assert run.workspace == []
    for secret in (TOKEN, CLI_TOKEN):
        assert not leaked(run.outcome.stdout + run.outcome.stderr, secret)
