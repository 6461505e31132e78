"""A tracing hook that cannot run costs the session nothing: one model request, not nine.

The node's runtime Python has ``mlflow-skinny`` at the pin and nothing more (what the init
script used to install): its Claude Code tracing cannot load (no ``dateutil``). With the real
MLflow and the real Claude Code:

- the init script's ``mlflow`` step says so (failed, with the reason) instead of "ok";
- ``claude-tracing-enable`` warns, ``claude-tracing-status`` and ``check-claude`` fail on it;
- one ``claude -p`` in a traced project makes exactly one model request and prints the reply:
  the managed Stop hook exits 0 and logs the failure, where ``claude-tracing-status`` finds it.

The control shows what the harness would see otherwise: with the managed settings hidden and
the project Stop hook earlier releases wrote (``mlflow autolog claude stop-hook``, exit 2 when
its Claude module cannot load), Claude Code reads the failure as "keep going" and asks again.
"""

from __future__ import annotations

import json

import pytest

from tests.real_client import node
from tests.real_client.cache import mlflow_skinny_alone
from tests.real_client.conftest import RUN_TIMINGS, Timer
from tests.real_client.runs import REPLY, ROUTE, Run, run_claude
from tests.shell.sandbox import EXPERIMENT, Sandbox

pytestmark = pytest.mark.real_client

TRACKING = "http://127.0.0.1:5000"
"""Nothing listens there: the hook never gets that far."""
CANNOT_LOAD = "ModuleNotFoundError: No module named 'dateutil'"


@pytest.fixture(scope="module")
def broken(tmp_path_factory, real_tools, claude_exe, tls) -> Sandbox:
    runtime = mlflow_skinny_alone() / "python"
    base = tmp_path_factory.mktemp("broken-tracing-node")
    env = {"DATABRICKS_PYTHON": str(runtime)}
    with Timer("init script with mlflow-skinny alone"):
        box = node.provision(base, real_tools, claude_exe, tls.ca_cert, env, timeout=300)
    (box.home / "project").mkdir()
    return box


@pytest.fixture(scope="module")
def session(broken, tls, tmp_path_factory) -> dict[str, Run]:
    project = broken.home / "project"
    enable = ("claude-tracing-enable", "--tracking-uri", TRACKING, str(project))
    status = ("claude-tracing-status", str(project))
    steps = [
        node.helper_step("enable", broken, "login", tls.ca_cert, enable, project),
        node.helper_step("status-before", broken, "login", tls.ca_cert, status, project),
        node.helper_step("check-claude", broken, "login", tls.ca_cert, ("check-claude",), project),
        node.claude_step("say-hi", broken, "login", tls.ca_cert, "say hi", cwd=project),
        node.helper_step("status-after", broken, "login", tls.ca_cert, status, project),
    ]
    runs = run_claude(broken, tls, tmp_path_factory.mktemp("broken-runs"), steps)
    RUN_TIMINGS.extend(f"  {name}: {run.outcome.seconds:.1f} s" for name, run in runs.items())
    return runs


def test_the_install_step_says_the_stop_hook_cannot_load(broken):
    state, detail = broken.status()["mlflow"]
    assert state == "failed"
    assert detail == f"runtime MLflow 3.11.1: its Claude Code tracing cannot load: {CANNOT_LOAD}"


def test_the_helpers_report_a_hook_that_cannot_run(session):
    assert f"the Stop hook cannot run yet: {CANNOT_LOAD}" in session["enable"].outcome.stderr
    before = session["status-before"].outcome
    assert before.returncode == 1
    assert f"FAIL  the Stop hook cannot run: {CANNOT_LOAD}" in before.stdout
    check = session["check-claude"].outcome
    assert check.returncode == 1
    assert f"FAIL  the tracing Stop hook cannot run: {CANNOT_LOAD}" in check.stdout


def test_a_broken_tracing_hook_costs_one_model_request(session):
    run = session["say-hi"]
    assert run.outcome.returncode == 0, run.outcome.stderr[-2000:]
    assert REPLY in run.outcome.stdout
    assert [(r["method"], r["path"]) for r in run.workspace] == [("POST", ROUTE)]


def test_the_failure_is_logged_where_tracing_status_finds_it(broken, session):
    log = broken.home / "project" / ".claude" / "mlflow" / "claude_tracing.log"
    assert "ERROR claude-tracing-hook: MLflow's Stop hook failed (exit 1)" in log.read_text()
    after = session["status-after"].outcome
    assert after.returncode == 1 and "FAIL  traces failed to be written" in after.stdout


def test_control_the_project_hook_of_earlier_releases_makes_claude_go_on(
    broken, tls, tmp_path_factory
):
    """Without the managed settings, MLflow's own Stop hook (as ``mlflow autolog claude`` and
    earlier releases wrote it, here with MLflow's absolute path) exits 2 and Claude Code asks
    the model again."""
    project = broken.home / "old-style"
    (project / ".claude").mkdir(parents=True)
    mlflow = mlflow_skinny_alone() / "mlflow"
    settings = {
        "hooks": {
            "Stop": [
                {"hooks": [{"type": "command", "command": f"{mlflow} autolog claude stop-hook"}]}
            ]
        },
        "env": {
            "MLFLOW_CLAUDE_TRACING_ENABLED": "true",
            "MLFLOW_TRACKING_URI": TRACKING,
            "MLFLOW_EXPERIMENT_NAME": EXPERIMENT,
        },
    }
    (project / ".claude" / "settings.json").write_text(json.dumps(settings))
    step = node.claude_step("old", broken, "login", tls.ca_cert, "say hi", cwd=project, timeout=300)
    work = tmp_path_factory.mktemp("old-style-runs")
    run = run_claude(broken, tls, work, [step], managed=False)["old"]
    RUN_TIMINGS.append(f"  old-style hook: {len(run.workspace)} model requests")
    assert len(run.workspace) > 1, "a Stop hook that exits 2 no longer keeps Claude Code going"
