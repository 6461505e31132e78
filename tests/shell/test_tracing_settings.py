"""The tracing helpers with the pinned MLflow: they write, remove and read
DIR/.claude/settings.json as `mlflow autolog claude` 3.11.1 does (its claude_code/config.py and
hooks.py), without starting the mlflow command. Other releases get the command
(tests/shell/test_helper_commands.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding_assistants import facts
from tests.shell.sandbox import EXPERIMENT, Sandbox

PINNED = {"STUB_MLFLOW_VERSION": facts.MLFLOW_PIN}
HOOK = {"type": "command", "command": "mlflow autolog claude stop-hook"}


@pytest.fixture
def node(bare_helpers) -> Sandbox:
    (bare_helpers.home / "project").mkdir()
    return bare_helpers


def run(box: Sandbox, *argv: str, **env: str):
    return box.helper(*argv, str(box.home / "project"), env={**PINNED, **env})


def settings(box: Sandbox) -> Path:
    return box.home / "project" / ".claude" / "settings.json"


def test_enable_writes_the_stop_hook_and_env_without_starting_mlflow(node):
    result = run(node, "claude-tracing-enable")
    assert result.returncode == 0, result.stderr
    assert json.loads(settings(node).read_text()) == {
        "hooks": {"Stop": [{"hooks": [HOOK]}]},
        "env": {
            "MLFLOW_CLAUDE_TRACING_ENABLED": "true",
            "MLFLOW_TRACKING_URI": "databricks",
            "MLFLOW_EXPERIMENT_NAME": EXPERIMENT,
        },
    }
    assert node.calls("mlflow") == []


def test_enable_is_idempotent_keeps_other_settings_and_the_mode(node):
    settings(node).parent.mkdir()
    other = {"hooks": {"Stop": [{"hooks": [{"type": "command", "command": "echo done"}]}]}}
    settings(node).write_text(json.dumps({**other, "env": {"MLFLOW_EXPERIMENT_ID": "7"}}))
    settings(node).chmod(0o600)
    for uri in ("http://127.0.0.1:5000", "sqlite:///t.db"):
        assert run(node, "claude-tracing-enable", MLFLOW_TRACKING_URI=uri).returncode == 0
    config = json.loads(settings(node).read_text())
    assert config["hooks"]["Stop"] == [*other["hooks"]["Stop"], {"hooks": [HOOK]}]
    assert config["env"] == {
        "MLFLOW_CLAUDE_TRACING_ENABLED": "true",
        "MLFLOW_TRACKING_URI": "sqlite:///t.db",
        "MLFLOW_EXPERIMENT_NAME": EXPERIMENT,
    }
    assert settings(node).stat().st_mode & 0o777 == 0o600


def test_the_tracking_uri_option_and_uv(node):
    result = run(node, "claude-tracing-enable", "--tracking-uri", "http://h:5000", UV="/bin/uv")
    assert result.returncode == 0 and f"{EXPERIMENT} at http://h:5000" in result.stdout
    config = json.loads(settings(node).read_text())
    assert config["env"]["MLFLOW_TRACKING_URI"] == "http://h:5000"
    hook = config["hooks"]["Stop"][0]["hooks"][0]
    assert hook["command"] == "uv run mlflow autolog claude stop-hook"


def test_status_reads_the_settings(node):
    off = run(node, "claude-tracing-status")
    assert off.returncode == 0 and ": off (no " in off.stdout
    run(node, "claude-tracing-enable")
    on = run(node, "claude-tracing-status")
    assert on.returncode == 0 and f": on; experiment: {EXPERIMENT} at databricks\n" in on.stdout
    assert node.calls("mlflow") == []


def test_disable_removes_only_what_enable_wrote(node):
    settings(node).parent.mkdir()
    settings(node).write_text('{"permissions": {"allow": ["Bash(ls)"]}, "env": {"FOO": "1"}}')
    settings(node).chmod(0o640)
    run(node, "claude-tracing-enable")
    for _ in range(2):
        result = run(node, "claude-tracing-disable")
        assert result.returncode == 0 and "tracing off" in result.stdout
    assert json.loads(settings(node).read_text()) == {
        "permissions": {"allow": ["Bash(ls)"]},
        "env": {"FOO": "1"},
    }
    assert settings(node).stat().st_mode & 0o777 == 0o640
    assert ": off\n" in run(node, "claude-tracing-status").stdout
    assert node.calls("mlflow") == []


def test_disable_removes_the_file_enable_created(node):
    run(node, "claude-tracing-enable")
    assert run(node, "claude-tracing-disable").returncode == 0
    assert not settings(node).exists()


@pytest.mark.parametrize("helper", ["claude-tracing-enable", "claude-tracing-disable"])
def test_settings_that_are_not_a_json_object_are_left_alone(node, helper):
    settings(node).parent.mkdir()
    settings(node).write_text("[1, 2")
    result = run(node, helper)
    assert result.returncode == 1 and "is not a JSON object; left as it is" in result.stderr
    assert settings(node).read_text() == "[1, 2"
