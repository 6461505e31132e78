"""MLflow tracing with the real programs: the node's ``claude-tracing-enable --tracking-uri``
(it writes what ``mlflow autolog claude`` writes; MLflow pinned, cached venv) against a local
tracking server, one real ``claude -p``, exactly one trace through the MLflow API; after
``claude-tracing-disable``, another ``claude -p`` adds none; ``claude-tracing-status`` says on,
then off. No helper starts the ``mlflow`` command; their timings are in the real-client summary.
All inside the loopback namespace, as the user runs them in a login shell (the profile names
the experiment).

The node's Python is the cached venv (DATABRICKS_PYTHON), so the init script finds MLflow 3.4+
and installs nothing, and the login shell has that ``mlflow`` on PATH for the Stop hook.
"""

from __future__ import annotations

import pytest

from tests import clock
from tests.real_client import node
from tests.real_client.conftest import RUN_TIMINGS, Timer
from tests.real_client.fake_serving import FakeConfig
from tests.real_client.isolated import Background, Spec, Step, run_isolated
from tests.shell.sandbox import CLI_TOKEN, EXPERIMENT, TOKEN

pytestmark = pytest.mark.real_client

TRACKING = "http://127.0.0.1:5000"
COUNT = f"""
import mlflow
exp = mlflow.MlflowClient().get_experiment_by_name({EXPERIMENT!r})
found = [] if exp is None else mlflow.search_traces(
    experiment_ids=[exp.experiment_id], return_type="list"
)
print(len(found))
"""


@pytest.fixture(scope="module")
def traced(tmp_path_factory, real_tools, claude_exe, mlflow_bin, tls):
    base = tmp_path_factory.mktemp("traced-node")
    with Timer("init script with the real Claude Code and MLflow"):
        box = node.provision(
            base, real_tools, claude_exe, {"DATABRICKS_PYTHON": str(mlflow_bin / "python")}
        )
    project = box.home / "project"
    project.mkdir()
    plain = {
        "PATH": f"{mlflow_bin}:/usr/bin:/bin",
        "HOME": str(box.home),
        "LANG": "C.UTF-8",
        "MLFLOW_TRACKING_URI": TRACKING,
        **clock.zone_and_locale(),
    }
    mlflow = str(mlflow_bin / "mlflow")
    count = Step("count", [str(mlflow_bin / "python"), "-c", COUNT], plain, str(base), 60)
    enable = ("claude-tracing-enable", "--tracking-uri", TRACKING, str(project))
    disable = ("claude-tracing-disable", str(project))
    status = ("claude-tracing-status", str(project))
    steps = [
        node.helper_step("enable", box, "login", tls.ca_cert, enable, project),
        node.helper_step("status-on", box, "login", tls.ca_cert, status, project),
        node.claude_step(
            "claude-traced", box, "login", tls.ca_cert, "Say hello", cwd=project, timeout=120
        ),
        count,
        node.helper_step("disable", box, "login", tls.ca_cert, disable, project),
        node.helper_step("status-off", box, "login", tls.ca_cert, status, project),
        node.claude_step(
            "claude-untraced", box, "login", tls.ca_cert, "Say hello", cwd=project, timeout=120
        ),
        Step("count-after", count.argv, plain, str(base), 60),
    ]
    server = Background(
        [
            mlflow,
            "server",
            "--backend-store-uri",
            f"sqlite:///{base}/mlflow.db",
            "--default-artifact-root",
            str(base / "artifacts"),
            "--host",
            "127.0.0.1",
            "--port",
            "5000",
            "--workers",
            "1",
        ],
        plain,
        f"{TRACKING}/health",
        str(base / "mlflow-server.log"),
        120,
    )
    ws = FakeConfig(
        "workspace",
        node.WORKSPACE_PORT,
        str(tls.cert),
        str(tls.key),
        (TOKEN, CLI_TOKEN),
        "Traced hello",
        str(base / "workspace.jsonl"),
    )
    with Timer("tracking server, enable, claude -p, count, disable, claude -p, count"):
        outcome = run_isolated(
            Spec([ws], [server], steps, str(box.root / "etc")), base, timeout=600
        )
    RUN_TIMINGS.extend(f"  {name}: {o.seconds:.1f} s" for name, o in outcome.items())
    return box, outcome


def test_one_claude_call_records_exactly_one_trace(traced):
    _, outcome = traced
    assert outcome["enable"].returncode == 0, outcome["enable"].stderr
    assert f"experiment: {EXPERIMENT} at {TRACKING}" in outcome["enable"].stdout
    assert outcome["claude-traced"].returncode == 0, outcome["claude-traced"].stderr
    assert "Traced hello" in outcome["claude-traced"].stdout
    assert outcome["count"].stdout.strip() == "1", outcome["count"].stderr
    on = outcome["status-on"]
    assert on.returncode == 0 and f": on; experiment: {EXPERIMENT} at {TRACKING}" in on.stdout


def test_no_trace_is_recorded_after_disable(traced):
    box, outcome = traced
    assert outcome["disable"].returncode == 0, outcome["disable"].stderr
    assert "tracing off for sessions started in" in outcome["disable"].stdout
    assert outcome["claude-untraced"].returncode == 0, outcome["claude-untraced"].stderr
    assert outcome["count-after"].stdout.strip() == "1", outcome["count-after"].stderr
    off = outcome["status-off"]
    project = (box.home / "project").resolve()
    assert off.returncode == 0 and f"tracing in {project}: off" in off.stdout, off.stdout


def test_disable_leaves_no_mlflow_key_behind(traced):
    """Disable leaves no MLflow key behind, so the settings file that enable created is gone
    (``mlflow autolog claude --disable`` 3.11.1 leaves two)."""
    box, _ = traced
    assert not (box.home / "project" / ".claude" / "settings.json").exists()
