"""The real Claude Code, installed by the init script's own npm command with the real npm from the
real registry, answers through the fake workspace in the three shells users meet, with the token
in the auth headers, and nowhere else.

Each run happens in a network namespace with only loopback: the fake workspace and a second
fake (any other host) are the only servers that exist, so their logs are all the traffic.
"""

from __future__ import annotations

import datetime
import json

import pytest

from coding_assistants import facts
from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.runs import REPLY, ROUTE, Run, leaked, run_claude
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

pytestmark = pytest.mark.real_client


@pytest.fixture(scope="module")
def provisioned(tmp_path_factory, real_tools, tls, prerequisites) -> Sandbox:
    with Timer("init script installing Claude Code with the real npm"):
        return node.provision_with_npm(
            tmp_path_factory.mktemp("real-node"), real_tools, tls.ca_cert
        )


@pytest.fixture(scope="module")
def shells(provisioned, tls, tmp_path_factory) -> dict[str, Run]:
    steps = [node.claude_step(s, provisioned, s, tls.ca_cert, "Say hello") for s in node.SHELLS]
    return run_claude(provisioned, tls, tmp_path_factory.mktemp("shell-runs"), steps)


def configured_model(box: Sandbox) -> str:
    return json.loads(box.settings_file.read_text())["env"]["ANTHROPIC_MODEL"]


def test_init_script_installs_the_real_claude_code_with_npm(provisioned):
    """The script's own ``npm install -g`` (its flags included) against the real registry."""
    state, detail = provisioned.status()["claude"]
    assert state == "ok", (detail, provisioned.log_file.read_text()[-3000:])
    assert detail == f"Claude Code {node.CLAUDE_CODE_VERSION} installed (npm)"
    assert provisioned.calls("npm") == [], "no stub: the real npm ran"
    installed = provisioned.root / "usr" / "local" / "lib" / "node_modules" / "@anthropic-ai"
    package = json.loads((installed / "claude-code" / "package.json").read_text())
    assert package["version"] == node.CLAUDE_CODE_VERSION
    link = provisioned.root / "usr" / "local" / "bin" / "claude"
    assert link.resolve().is_relative_to(installed.resolve())


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


# --- the model: current, and retirement warnings as check-claude gives them ---------------------

RETIREMENT = "retired on"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names as Claude Code writes them, whatever the locale of the run."""


def spelt(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def retirement_steps(box: Sandbox, ca_cert) -> list:
    """For every model facts.MODEL_RETIREMENTS lists: claude -p with it on the day before its
    retirement and on the day itself (the clock of Claude Code pinned, tests/clock.py)."""
    steps = []
    for model, date, _ in facts.MODEL_RETIREMENTS:
        day = datetime.date.fromisoformat(date)
        for label, when in (("before", day - datetime.timedelta(days=1)), ("on", day)):
            steps.append(
                node.claude_step(
                    f"{model}-{label}",
                    box,
                    "non-login",
                    ca_cert,
                    "Say hello",
                    args=("--model", f"databricks-{model}"),
                    clock_at=datetime.datetime.combine(when, datetime.time(12), datetime.UTC),
                )
            )
    return steps


@pytest.fixture(scope="module")
def retirements(provisioned, tls, tmp_path_factory) -> dict[str, Run]:
    steps = retirement_steps(provisioned, tls.ca_cert)
    return run_claude(provisioned, tls, tmp_path_factory.mktemp("retirement-runs"), steps)


@pytest.mark.parametrize("shell", node.SHELLS)
def test_requests_use_the_default_model_and_claude_warns_of_no_retirement(shells, shell):
    """Claude Code 2.1.332 lists no retirement for the default model: no warning on any date."""
    run = shells[shell]
    assert {r["model"] for r in run.workspace} == {facts.DEFAULT_CLAUDE_MODEL}
    assert RETIREMENT not in run.outcome.stdout + run.outcome.stderr
    assert facts.DEFAULT_CLAUDE_MODEL.removeprefix("databricks-") not in {
        model for model, _, _ in facts.MODEL_RETIREMENTS
    }


@pytest.mark.parametrize(("model", "date"), [row[:2] for row in facts.MODEL_RETIREMENTS])
def test_claude_warns_of_each_retirement_on_the_date_check_claude_knows(retirements, model, date):
    """check-claude's table (facts.MODEL_RETIREMENTS) says what Claude Code itself says: the
    day before, "will be retired on <date>"; from that day on, "was retired on <date>"."""
    day = spelt(datetime.date.fromisoformat(date))
    before, on = retirements[f"{model}-before"], retirements[f"{model}-on"]
    assert {r["model"] for r in before.workspace + on.workspace} == {f"databricks-{model}"}
    assert f"will be retired on {day}." in before.outcome.stderr, before.outcome.stderr
    assert f"was retired on {day}." in on.outcome.stderr, on.outcome.stderr
