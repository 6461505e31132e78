"""The real Claude Code, installed by the init script's npm path, answers through the fake
workspace in the three shells users meet, with the token in the auth headers, and nowhere else.

Each run happens in a network namespace with only loopback: the fake workspace and a second
fake (any other host) are the only servers that exist, so their logs are all the traffic.
"""

from __future__ import annotations

import json

import pytest

from coding_assistants import facts
from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.runs import REPLY, ROUTE, Run, leaked, run_claude
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

pytestmark = pytest.mark.real_client


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


# --- the model: current, and no retirement warning -----------------------------------------------

RETIRED_MODEL = "databricks-claude-sonnet-4-5"
"""A model Claude Code 2.1.332 warns about ("will be retired on November 30, 2026")."""
RETIREMENT = "will be retired"


@pytest.fixture(scope="module")
def retired(provisioned, tls, tmp_path_factory) -> Run:
    """claude -p with the retired model chosen on the command line (the warning's control)."""
    step = node.claude_step(
        "retired-model",
        provisioned,
        "non-login",
        tls.ca_cert,
        "Say hello",
        args=("--model", RETIRED_MODEL),
    )
    return run_claude(provisioned, tls, tmp_path_factory.mktemp("retired-runs"), [step])[step.name]


@pytest.mark.parametrize("shell", node.SHELLS)
def test_requests_use_the_default_model_and_claude_warns_of_no_retirement(shells, shell):
    run = shells[shell]
    assert {r["model"] for r in run.workspace} == {facts.DEFAULT_CLAUDE_MODEL}
    assert RETIREMENT not in run.outcome.stdout + run.outcome.stderr


def test_claude_warns_of_a_retired_model(retired):
    """The control: the check above would see the warning if the default were retired."""
    assert {r["model"] for r in retired.workspace} == {RETIRED_MODEL}
    assert RETIREMENT in retired.outcome.stdout + retired.outcome.stderr
