"""MLflow tracing on the node: the user's record of traced directories (claude-tracing-enable,
-status, -disable) and the managed Stop hook that reads it (claude-tracing-hook).

The hook runs in every session, a cloned repository's included, so it does nothing unless the
user traced that directory; then it hands MLflow's Stop hook a clean environment (the user's
tracking URI and experiment, the workspace and a token for it), never changes the session's
outcome (no output, exit 0) and logs its failures where claude-tracing-status finds them.
No helper starts the ``mlflow`` command."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.shell.sandbox import CLI_TOKEN, EXPERIMENT, HOST, TOKEN, Sandbox

HOOK_INPUT = '{"session_id": "s-1", "transcript_path": "/tmp/t.jsonl", "hook_event_name": "Stop"}'


@pytest.fixture
def node(bare_helpers) -> Sandbox:
    (bare_helpers.home / "project").mkdir()
    (
        bare_helpers.root / "usr" / "local" / "lib" / "coding-assistants" / "workspace.env"
    ).write_text(
        f"CA_WORKSPACE_HOST={HOST}\nCA_ANTHROPIC_BASE_URL={HOST}/serving-endpoints/anthropic\n"
    )
    return bare_helpers


def project(box: Sandbox) -> Path:
    return box.home / "project"


def run(box: Sandbox, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    return box.helper(*argv, str(project(box)), env=env)


def record(box: Sandbox) -> list[list[str]]:
    path = box.home / ".config" / "coding-assistants" / "tracing"
    return [line.split("\t") for line in path.read_text().splitlines()] if path.exists() else []


def hook(box: Sandbox, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The managed Stop hook as Claude Code runs it: in the session's directory, input on stdin."""
    return subprocess.run(
        [str(box.bin / "claude-tracing-hook")],
        env=box.shell_env({"CLAUDE_PROJECT_DIR": str(cwd), **env}),
        input=HOOK_INPUT,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=cwd,
        check=False,
    )


def mlflow_env(box: Sandbox) -> tuple[str, dict[str, str]]:
    """The working directory and environment MLflow's Stop hook got (the stub Python wrote it)."""
    cwd, *lines = (box.base / "state" / "trace-hook-env").read_text().splitlines()
    return cwd, dict(line.split("=", 1) for line in lines)


def hook_ran(box: Sandbox) -> bool:
    return (box.base / "state" / "trace-hook-input").exists()


def break_mlflow(box: Sandbox, error: str = "ModuleNotFoundError: No module named 'dateutil'"):
    (box.base / "state" / "trace-error").write_text(error + "\n")


# --- enable, status, disable ---------------------------------------------------------------------


def test_enable_records_the_directory_and_writes_nothing_into_it(node):
    result = run(node, "claude-tracing-enable")
    assert result.returncode == 0, result.stderr
    assert f"experiment: {EXPERIMENT} at databricks" in result.stdout
    assert record(node) == [[str(project(node).resolve()), "databricks", EXPERIMENT]]
    assert list(project(node).iterdir()) == []
    assert node.calls("mlflow") == []


def test_enable_twice_keeps_one_entry_with_the_last_tracking_uri(node):
    assert run(node, "claude-tracing-enable", MLFLOW_TRACKING_URI="sqlite:///t.db").returncode == 0
    flag = node.helper(
        "claude-tracing-enable", "--tracking-uri", "http://h:5000", str(project(node))
    )
    assert flag.returncode == 0 and f"{EXPERIMENT} at http://h:5000" in flag.stdout
    assert record(node) == [[str(project(node).resolve()), "http://h:5000", EXPERIMENT]]


def test_status_says_on_and_off(node):
    off = run(node, "claude-tracing-status")
    assert off.returncode == 0 and f"tracing in {project(node).resolve()}: off" in off.stdout
    run(node, "claude-tracing-enable")
    on = run(node, "claude-tracing-status")
    assert on.returncode == 0, on.stdout
    assert f": on; experiment: {EXPERIMENT} at databricks\n" in on.stdout
    assert node.calls("mlflow") == []


def test_home_traces_every_project(node):
    assert node.helper("claude-tracing-enable", "~", cwd=node.home).returncode == 0
    other = node.home / "other"
    other.mkdir()
    status = node.helper("claude-tracing-status", str(other))
    assert f"tracing in {other.resolve()}: on" in status.stdout


def test_status_and_enable_report_a_stop_hook_that_cannot_load(node):
    break_mlflow(node)
    enabled = run(node, "claude-tracing-enable")
    assert enabled.returncode == 0
    assert "the Stop hook cannot run yet: ModuleNotFoundError" in enabled.stderr
    status = run(node, "claude-tracing-status")
    assert status.returncode == 1
    assert "FAIL  the Stop hook cannot run: ModuleNotFoundError: No module named 'dateutil'" in (
        status.stdout
    )


def test_status_reports_a_folder_that_names_another_tracking_server(node):
    run(node, "claude-tracing-enable")
    settings = project(node) / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"env": {"MLFLOW_TRACKING_URI": "http://elsewhere:5000"}}))
    status = run(node, "claude-tracing-status")
    assert status.returncode == 1
    assert "no trace is written" in status.stdout and "MLFLOW_TRACKING_URI" in status.stdout


def test_disable_removes_the_entry_and_what_earlier_releases_wrote(node):
    settings = project(node) / ".claude" / "settings.json"
    settings.parent.mkdir()
    legacy = {
        "permissions": {"allow": ["Bash(ls)"]},
        "hooks": {
            "Stop": [{"hooks": [{"type": "command", "command": "mlflow autolog claude stop-hook"}]}]
        },
        "env": {"FOO": "1", "MLFLOW_CLAUDE_TRACING_ENABLED": "true", "MLFLOW_EXPERIMENT_NAME": "x"},
    }
    settings.write_text(json.dumps(legacy))
    settings.chmod(0o640)
    run(node, "claude-tracing-enable")
    for _ in range(2):
        result = run(node, "claude-tracing-disable")
        assert result.returncode == 0 and "tracing off" in result.stdout
    assert record(node) == []
    assert json.loads(settings.read_text()) == {
        "permissions": {"allow": ["Bash(ls)"]},
        "env": {"FOO": "1"},
    }
    assert settings.stat().st_mode & 0o777 == 0o640


def test_disable_removes_a_settings_file_left_empty(node):
    settings = project(node) / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text('{"env": {"MLFLOW_TRACKING_URI": "databricks"}}')
    assert run(node, "claude-tracing-disable").returncode == 0
    assert not settings.exists()


def test_disable_leaves_settings_that_are_not_a_json_object_alone(node):
    settings = project(node) / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text("[1, 2")
    result = run(node, "claude-tracing-disable")
    assert result.returncode == 1 and "is not a JSON object; left as it is" in result.stderr
    assert settings.read_text() == "[1, 2"


def test_enable_fails_without_an_experiment(node):
    result = run(node, "claude-tracing-enable", MLFLOW_EXPERIMENT_NAME="")
    assert result.returncode == 1 and "MLFLOW_EXPERIMENT_NAME is not set" in result.stderr
    assert record(node) == []


@pytest.mark.parametrize("helper", ["claude-tracing-enable", "claude-tracing-disable"])
def test_a_missing_directory_is_a_usage_error(node, helper):
    assert node.helper(helper, "/no/such/dir").returncode == 2


# --- the managed Stop hook -----------------------------------------------------------------------


def test_hook_does_nothing_where_the_user_does_not_trace(node):
    result = hook(node, project(node))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not hook_ran(node)


def test_hook_hands_mlflow_the_users_settings_in_a_clean_environment(node):
    node.helper(
        "claude-tracing-enable", "--tracking-uri", "http://127.0.0.1:5000", str(project(node))
    )
    result = hook(node, project(node), FOO_FROM_THE_FOLDER="1", PYTHONPATH="/evil")
    assert (result.returncode, result.stdout) == (0, "")
    assert (node.base / "state" / "trace-hook-input").read_text() == HOOK_INPUT + "\n"
    cwd, env = mlflow_env(node)
    assert cwd == str(project(node).resolve())
    assert env["MLFLOW_TRACKING_URI"] == "http://127.0.0.1:5000"
    assert env["MLFLOW_EXPERIMENT_NAME"] == EXPERIMENT
    assert env["MLFLOW_CLAUDE_TRACING_ENABLED"] == "true"
    assert not {"FOO_FROM_THE_FOLDER", "PYTHONPATH", "DATABRICKS_TOKEN"} & set(env)
    assert not [name for name in env if name.startswith("STUB_")]


def test_hook_gives_mlflow_the_workspace_and_a_token_for_it(node):
    run(node, "claude-tracing-enable")
    hook(node, project(node))
    _, env = mlflow_env(node)
    assert (env["DATABRICKS_HOST"], env["DATABRICKS_TOKEN"]) == (HOST, TOKEN)


def test_hook_never_hands_mlflow_a_token_for_another_host(node):
    """A folder's settings set DATABRICKS_HOST elsewhere: MLflow still talks to the workspace,
    with the CLI's token for it, never with the other host's DATABRICKS_TOKEN."""
    run(node, "claude-tracing-enable")
    other = {"DATABRICKS_HOST": "https://elsewhere.example", "STUB_CLI_TOKEN": CLI_TOKEN}
    assert hook(node, project(node), **other).returncode == 0
    _, env = mlflow_env(node)
    assert (env["DATABRICKS_HOST"], env["DATABRICKS_TOKEN"]) == (HOST, CLI_TOKEN)


def test_hook_that_fails_exits_0_prints_nothing_and_logs_masked(node):
    run(node, "claude-tracing-enable")
    break_mlflow(node, f"RuntimeError: 403 for token {TOKEN}")
    result = hook(node, project(node))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    log = (project(node) / ".claude" / "mlflow" / "claude_tracing.log").read_text()
    assert "ERROR claude-tracing-hook: MLflow's Stop hook failed (exit 1): RuntimeError" in log
    assert TOKEN not in log and TOKEN[:4] + "****" in log
    status = run(node, "claude-tracing-status")
    assert status.returncode == 1 and "traces failed to be written" in status.stdout


def test_hook_skips_a_folder_that_names_another_tracking_server(node):
    run(node, "claude-tracing-enable")
    settings = project(node) / ".claude" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"env": {"MLFLOW_EXPERIMENT_ID": "42"}}))
    result = hook(node, project(node))
    assert (result.returncode, result.stdout) == (0, "")
    assert not hook_ran(node)
    log = (project(node) / ".claude" / "mlflow" / "claude_tracing.log").read_text()
    assert "not traced" in log and "MLFLOW_EXPERIMENT_ID" in log


def test_hook_without_the_runtime_python_exits_0(node):
    run(node, "claude-tracing-enable")
    result = hook(node, project(node), DATABRICKS_PYTHON="/no/python")
    assert (result.returncode, result.stdout) == (0, "")
    log = (project(node) / ".claude" / "mlflow" / "claude_tracing.log").read_text()
    assert "no Python at /no/python" in log
