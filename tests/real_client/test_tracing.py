"""MLflow tracing with the real programs, MLflow installed by the init script's own pip command.

The node's runtime Python is a fresh virtual environment without MLflow: the script's ``mlflow``
step runs the real pip against PyPI (pip's cache under ``~/.cache/coding-assistants-tests/pip``)
and installs ``mlflow-skinny`` with its tracing extras, then checks that MLflow's Stop hook for
Claude Code loads. Then, inside the loopback namespace beside a local tracking server (full
``mlflow``, cached): ``claude-tracing-enable --tracking-uri`` records the project for the user,
one real ``claude -p`` in a login shell and one in a shell without the profile (an IDE's, where
no ``mlflow`` is on PATH) record exactly one trace each through the node's managed Stop hook;
after ``claude-tracing-disable`` another ``claude -p`` adds none; ``claude-tracing-status``
says on, then off. No helper starts the ``mlflow`` command; their timings are in the summary.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests import clock
from tests.real_client import node
from tests.real_client.cache import cache_root, registry_env
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
def pip_node(tmp_path_factory, real_tools, claude_exe, tls):
    """A node whose runtime Python had no MLflow: the init script's pip installed it."""
    base = tmp_path_factory.mktemp("traced-node")
    runtime = base / "runtime"
    subprocess.run([sys.executable, "-m", "venv", str(runtime)], check=True, timeout=120)
    env = {
        **registry_env(),
        "DATABRICKS_PYTHON": str(runtime / "bin" / "python"),
        "PIP_CACHE_DIR": str(cache_root() / "pip"),
        "CLAUDE_INIT_BUDGET": "900",
    }
    with Timer("init script installing MLflow with the real pip"):
        return node.provision(base, real_tools, claude_exe, tls.ca_cert, env, timeout=960)


def test_init_script_installs_mlflow_with_the_real_pip(pip_node):
    """The script's own ``pip install`` (its flags and the tracing extras) against PyPI, and
    its check that the Stop hook loads, with the real MLflow."""
    state, detail = pip_node.status()["mlflow"]
    assert (state, detail) == ("ok", "MLflow 3.11.1 installed (mlflow-skinny==3.11.1)"), (
        pip_node.log_file.read_text()[-3000:]
    )
    assert pip_node.calls("pip") == [], "no stub: the real pip ran"


@pytest.fixture(scope="module")
def traced(pip_node, mlflow_bin, tls):
    box = pip_node
    base = box.base
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
        node.claude_step(
            "claude-traced-ide", box, "non-login", tls.ca_cert, "Say hi", cwd=project, timeout=120
        ),
        Step("count-ide", count.argv, plain, str(base), 60),
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
    assert outcome["count-after"].stdout.strip() == "2", outcome["count-after"].stderr
    off = outcome["status-off"]
    project = (box.home / "project").resolve()
    assert off.returncode == 0 and f"tracing in {project}: off" in off.stdout, off.stdout


def test_a_shell_without_the_profile_is_traced_too(traced):
    """An IDE's shell has no ``mlflow`` on PATH: the managed hook names the runtime's Python."""
    _, outcome = traced
    assert outcome["claude-traced-ide"].returncode == 0, outcome["claude-traced-ide"].stderr
    assert outcome["count-ide"].stdout.strip() == "2", outcome["count-ide"].stderr


def test_tracing_writes_no_setting_into_the_project(traced):
    """The user's choice lives in their home: the checkout gets no settings file."""
    box, _ = traced
    assert not (box.home / "project" / ".claude" / "settings.json").exists()
