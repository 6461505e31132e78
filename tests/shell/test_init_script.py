"""init_scripts/install-claude.sh in a sandbox: installs, configuration, idempotence, failures."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from coding_assistants import facts
from tests import clock
from tests.shell.sandbox import CLUSTER_ID, EXPERIMENT, HELPERS, HOST, SCRIPT, Sandbox

DEFAULT_MODEL = facts.DEFAULT_CLAUDE_MODEL
STEPS = (
    *("config", "packages", "claude", "mlflow", "settings", "helpers", "profile", "policy"),
    *("mcp", "skills", "state"),
)
MODEL_VARIABLES = (
    "ANTHROPIC_MODEL",
    "ANTHROPIC_DEFAULT_OPUS_MODEL",
    "ANTHROPIC_DEFAULT_SONNET_MODEL",
    "ANTHROPIC_DEFAULT_HAIKU_MODEL",
    "ANTHROPIC_SMALL_FAST_MODEL",
)


def settings(box: Sandbox) -> dict:
    return json.loads(box.settings_file.read_text())


def profile_block(box: Sandbox) -> str:
    text = (box.home / ".bashrc").read_text()
    match = re.search(
        r"^# >>> coding-assistants >>>\n.*?^# <<< coding-assistants <<<\n", text, re.S | re.M
    )
    assert match, text
    return match.group(0)


def login_env(box: Sandbox, variables: str, **env: str) -> dict[str, str]:
    """Values of ``variables`` in a bash that sourced ~/.bashrc, with ``env`` set before."""
    code = (
        f'. ~/.bashrc; . ~/.bashrc; for v in {variables}; do printf "%s=%s\\n" "$v" "${{!v}}"; done'
    )
    result = subprocess.run(
        ["bash", "-c", code],
        env={"HOME": str(box.home), "PATH": "/usr/bin:/bin", **clock.handed_down(), **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(line.split("=", 1) for line in result.stdout.splitlines())


# --- the happy path ------------------------------------------------------------------------------


APT_OPTIONS = [
    *("-qq", "-o", "DPkg::Lock::Timeout=60", "-o", "Acquire::Retries=0"),
    *("-o", "Acquire::http::Timeout=20", "-o", "Acquire::https::Timeout=20"),
]


def test_install_runs_each_installer_once(provisioned):
    box = provisioned.box
    assert box.calls("apt-get") == [
        [*APT_OPTIONS, "update"],
        [*APT_OPTIONS, "-y", "install", "--no-install-recommends", "tmux"],
    ]
    (curl,) = [call for call in box.calls("curl") if "-w" not in call]  # not check-claude's
    assert curl[-1] == "https://claude.ai/install.sh"
    assert "--connect-timeout" in curl and "--max-time" in curl
    assert box.calls("claude-installer") == [["stable"]]
    assert box.calls("pip") == [
        [
            *("install", "--quiet", "--disable-pip-version-check"),
            *("--retries", "1", "--timeout", "15", "mlflow-skinny==3.11.1"),
            *facts.MLFLOW_TRACING_EXTRAS,
        ]
    ]
    assert box.calls("npm") == []


def test_install_records_every_step_in_the_status_file(provisioned):
    status = provisioned.box.status()
    assert tuple(status) == STEPS
    assert {step: state for step, (state, _) in status.items()} == {
        **dict.fromkeys(STEPS, "ok"),
        **dict.fromkeys(("policy", "mcp", "skills", "state"), "skipped"),  # none configured
    }
    assert status["claude"][1] == "Claude Code 2.0.0 installed (native)"
    assert f"cluster={CLUSTER_ID}" in status["config"][1]
    assert (
        f"(version {facts.VERSION}); 0 of 11 steps failed"
        in provisioned.box.status_file.read_text()
    )


def test_install_logs_time_stamped_lines(provisioned):
    lines = provisioned.box.log_file.read_text().splitlines()
    assert lines and all(
        re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} ", line) for line in lines
    )
    assert "finished in" in lines[-1]


def test_install_points_claude_code_at_databricks(provisioned):
    box = provisioned.box
    config = settings(box)
    assert config["apiKeyHelper"] == str(box.bin / "claude-api-key-helper")
    env = config["env"]
    assert env["ANTHROPIC_BASE_URL"] == f"{HOST}/serving-endpoints/anthropic"
    assert {env[name] for name in MODEL_VARIABLES} == {DEFAULT_MODEL}
    assert env["DISABLE_AUTOUPDATER"] == env["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"] == "1"
    assert json.loads((box.home / ".claude.json").read_text()) == {"hasCompletedOnboarding": True}


def test_install_keeps_claude_files_private(provisioned):
    home = provisioned.box.home
    assert (home / ".claude").stat().st_mode & 0o777 == 0o700
    assert provisioned.box.settings_file.stat().st_mode & 0o777 == 0o600
    assert (home / ".claude.json").stat().st_mode & 0o777 == 0o600


def test_install_puts_helpers_on_path(provisioned):
    box = provisioned.box
    for name in HELPERS:
        assert (box.bin / name).stat().st_mode & 0o777 == 0o755, name
    assert (box.bin / "check-coding-assistants").readlink().name == "check-claude"
    assert (box.bin / "claude-mcp-headers-helper").readlink().name == "claude-api-key-helper"
    assert (box.bin / "claude").readlink() == box.home / ".local" / "bin" / "claude"


def test_profile_block_sets_path_and_environment(provisioned):
    box = provisioned.box
    block = profile_block(box)
    assert (box.home / ".bashrc").read_text().count("# >>> coding-assistants >>>") == 1
    values = login_env(box, "PATH ANTHROPIC_BASE_URL MLFLOW_EXPERIMENT_NAME MLFLOW_TRACKING_URI")
    path = values["PATH"].split(":")
    assert path[:3] == [str(box.home / ".local/bin"), str(box.bin), str(box.python.parent)]
    assert len(path) == len(set(path)), "sourcing twice must not grow PATH"
    assert values["ANTHROPIC_BASE_URL"] == f"{HOST}/serving-endpoints/anthropic"
    assert values["MLFLOW_EXPERIMENT_NAME"] == EXPERIMENT
    assert values["MLFLOW_TRACKING_URI"] == "databricks"
    commands = [line.split()[0] for line in block.splitlines() if not line.startswith("#")]
    assert set(commands) <= {
        "for",
        "case",
        "done",
        "export",
        "if",
        "_ca_d=${DATABRICKS_HOST%/}",
        "fi",
        "unset",
    }


# --- idempotence ---------------------------------------------------------------------------------


def test_second_run_changes_nothing_and_installs_nothing(sandbox):
    assert sandbox.install().returncode == 0
    before = sandbox.written()
    sandbox.reset_calls()
    result = sandbox.install()
    assert result.returncode == 0
    assert sandbox.written() == before
    assert sandbox.network_calls() == []
    states = {step: state for step, (state, _) in sandbox.status().items()}
    assert states == {"config": "ok", **dict.fromkeys(STEPS[1:], "skipped")}


def test_settings_merge_keeps_the_users_keys(sandbox):
    sandbox.settings_file.parent.mkdir(mode=0o700)
    user = {"hooks": {"Stop": []}, "env": {"FOO": "bar", "ANTHROPIC_MODEL": "mine"}}
    sandbox.settings_file.write_text(json.dumps(user))
    assert sandbox.steps("settings")["settings"][0] == "ok"
    merged = settings(sandbox)
    assert merged["hooks"] == {"Stop": []}
    assert merged["env"]["FOO"] == "bar"
    assert merged["env"]["ANTHROPIC_MODEL"] == DEFAULT_MODEL
    before = sandbox.written()
    assert sandbox.steps("settings")["settings"][0] == "skipped"
    assert sandbox.written() == before


def test_settings_tighten_an_existing_claude_directory(sandbox):
    (sandbox.home / ".claude").mkdir(mode=0o755)
    sandbox.steps("settings")
    assert (sandbox.home / ".claude").stat().st_mode & 0o777 == 0o700


def test_settings_that_are_not_json_are_replaced_with_a_backup(sandbox):
    sandbox.settings_file.parent.mkdir(mode=0o700)
    sandbox.settings_file.write_text("{not json")
    sandbox.steps("settings")
    assert settings(sandbox)["apiKeyHelper"].endswith("claude-api-key-helper")
    assert (sandbox.settings_file.parent / "settings.json.bak").read_text() == "{not json"


def test_profile_block_is_replaced_in_place(sandbox):
    rc = sandbox.home / ".bashrc"
    rc.write_text(
        "alias ll='ls -l'\n"
        "# >>> coding-assistants >>>\nexport OLD=1\n# <<< coding-assistants <<<\n"
        "echo after\n"
    )
    sandbox.steps("profile")
    text = rc.read_text()
    assert text.startswith("alias ll='ls -l'\n# >>> coding-assistants >>>\n")
    assert text.endswith("# <<< coding-assistants <<<\necho after\n")
    assert "OLD" not in text and text.count(">>> coding-assistants") == 1


# --- configuration -------------------------------------------------------------------------------


def test_install_uses_the_configured_endpoint_and_model(sandbox):
    env = {"CLAUDE_SERVING_ENDPOINT": "team-claude", "CLAUDE_MODEL": "databricks-claude-opus-4-5"}
    sandbox.steps("settings", "profile", env=env)
    config = settings(sandbox)["env"]
    assert config["ANTHROPIC_BASE_URL"] == f"{HOST}/serving-endpoints/team-claude"
    assert {config[name] for name in MODEL_VARIABLES} == {"databricks-claude-opus-4-5"}
    assert "CLAUDE_SERVING_ENDPOINT=team-claude" in profile_block(sandbox)


def test_invalid_settings_fall_back_to_defaults_and_are_reported(sandbox):
    env = {
        "CLAUDE_SERVING_ENDPOINT": "no spaces",
        "CLAUDE_MODEL": 'x"y',
        "CLAUDE_CODE_VERSION": "1.x",
    }
    assert sandbox.install(env).returncode == 0
    state, detail = sandbox.status()["config"]
    assert state == "failed"
    for name in ("CLAUDE_SERVING_ENDPOINT", "CLAUDE_MODEL", "CLAUDE_CODE_VERSION"):
        assert name in detail
    assert settings(sandbox)["env"]["ANTHROPIC_MODEL"] == DEFAULT_MODEL
    assert sandbox.calls("claude-installer") == [["stable"]]


def test_base_url_comes_from_the_shell_when_the_host_is_unknown_at_start(sandbox):
    sandbox.steps("settings", "profile", env={"DATABRICKS_HOST": ""})
    assert "ANTHROPIC_BASE_URL" not in settings(sandbox)["env"]
    values = login_env(sandbox, "ANTHROPIC_BASE_URL", DATABRICKS_HOST="adb-9.azuredatabricks.net/")
    assert (
        values["ANTHROPIC_BASE_URL"]
        == "https://adb-9.azuredatabricks.net/serving-endpoints/anthropic"
    )


# --- what gets installed, and when ---------------------------------------------------------------


def test_pinned_version_replaces_another_version(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools, preinstalled={"claude": "1.0.0"})
    status = box.steps("claude", env={"CLAUDE_CODE_VERSION": "2.1.5"})
    assert box.calls("claude-installer") == [["2.1.5"]]
    assert status["claude"] == ("ok", "Claude Code 2.1.5 installed (native)")


def test_pinned_version_already_present_is_kept(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools, preinstalled={"claude": "2.1.5"})
    status = box.steps("claude", env={"CLAUDE_CODE_VERSION": "2.1.5"})
    assert box.calls("curl") == []
    assert status["claude"] == ("skipped", "Claude Code 2.1.5 present")


def test_npm_is_the_fallback_when_node_18_is_present(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools, preinstalled={"node": "20.11.1", "npm": ""})
    status = box.steps("claude", env={"STUB_FAIL": "curl"})
    assert len(box.calls("curl")) == 3, "three attempts"
    assert box.calls("npm") == [
        [
            "install",
            "-g",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            "--fetch-retries=1",
            "--fetch-timeout=30000",
            "--fetch-retry-mintimeout=2000",
            "--fetch-retry-maxtimeout=5000",
            "@anthropic-ai/claude-code@latest",
        ]
    ]
    assert status["claude"] == ("ok", "Claude Code 2.0.0 installed (npm)")


def test_npm_fallback_is_not_tried_with_an_old_node(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools, preinstalled={"node": "16.20.0", "npm": ""})
    status = box.steps("claude", env={"STUB_FAIL": "curl"})
    assert box.calls("npm") == []
    state, detail = status["claude"]
    assert state == "failed" and "Node.js 18+" in detail


def test_npm_method_installs_node_with_apt_first(sandbox):
    sandbox.install({"CLAUDE_INSTALL_METHOD": "npm", "CLAUDE_CODE_VERSION": "2.0.7"})
    order = [line for line in sandbox.call_order() if line.startswith(("apt-get", "npm install"))]
    assert order[1].endswith("install --no-install-recommends tmux nodejs npm")
    assert order[2].endswith("@anthropic-ai/claude-code@2.0.7")
    assert sandbox.calls("curl") == []
    assert sandbox.status()["claude"] == ("ok", "Claude Code 2.0.7 installed (npm)")


def test_node_is_not_installed_for_the_native_installer(provisioned):
    assert "nodejs" not in provisioned.box.calls("apt-get")[1]


def test_runtime_mlflow_that_is_new_enough_is_kept(sandbox):
    status = sandbox.steps("mlflow", env={"STUB_MLFLOW_VERSION": "3.10.0"})
    assert sandbox.calls("pip") == []
    assert status["mlflow"] == ("skipped", "runtime MLflow 3.10.0 >= 3.4.0")


def test_mlflow_is_skipped_without_the_databricks_python(sandbox):
    status = sandbox.steps("mlflow", env={"DATABRICKS_PYTHON": str(sandbox.base / "no" / "python")})
    assert status["mlflow"] == ("skipped", f"no Databricks Python at {sandbox.base}/no/python")


def test_worker_nodes_install_nothing(sandbox):
    result = sandbox.install({"DB_IS_DRIVER": "FALSE"})
    assert result.returncode == 0 and "worker node" in result.stderr
    assert sandbox.call_order() == []
    assert not sandbox.status_file.exists() and not (sandbox.home / ".claude").exists()


def test_sourcing_the_script_runs_nothing(sandbox):
    result = subprocess.run(
        ["bash", "-c", f'. "{SCRIPT}" && declare -F main >/dev/null && echo sourced'],
        env=sandbox.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout == "sourced\n" and result.stderr == ""
    assert sandbox.call_order() == []
    assert list(sandbox.root.iterdir()) == [] and list(sandbox.home.iterdir()) == []


# --- failures ------------------------------------------------------------------------------------


def test_network_failures_exit_zero_and_are_reported(sandbox):
    result = sandbox.install({"STUB_FAIL": "network"})
    assert result.returncode == 0
    states = {step: state for step, (state, _) in sandbox.status().items()}
    assert states == {
        **dict.fromkeys(("config", "settings", "helpers", "profile"), "ok"),
        **dict.fromkeys(("packages", "claude", "mlflow"), "failed"),
        **dict.fromkeys(("policy", "mcp", "skills", "state"), "skipped"),
    }
    assert len(sandbox.calls("curl")) == len(sandbox.calls("pip")) == 3
    check = sandbox.helper("check-claude")
    assert check.returncode == 1
    for step in ("packages", "claude", "mlflow"):
        assert f"FAIL  init {step}: " in check.stdout
    assert "3 of 11 steps failed" in check.stdout


def test_missing_apt_get_is_reported(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools)
    (box.base / "stubs" / "apt-get").unlink()
    assert box.steps("packages")["packages"] == ("failed", "apt-get not found; missing: tmux")


def test_retry_backs_off_exponentially(sandbox):
    stub = sandbox.base / "stubs" / "sleep"
    stub.write_text('#!/bin/sh\necho "sleep $1" >>"$STUB_CALLS/sleep.log"\n')
    stub.chmod(0o755)
    result = sandbox.bash(
        "RETRIES=4 RETRY_DELAY=1; n=0; flaky() { n=$((n + 1)); ((n == 4)); }; "
        'retry flaky && echo "ok after $n"'
    )
    assert result.stdout == "ok after 4\n"
    assert sandbox.calls("sleep") == [["sleep 1"], ["sleep 2"], ["sleep 4"]]
    assert "attempt 3 of 4 failed, next in 4s: flaky" in result.stderr


def test_retry_gives_up_after_the_last_attempt(sandbox):
    result = sandbox.bash("RETRIES=2 RETRY_DELAY=0; retry false || echo gave-up")
    assert result.stdout == "gave-up\n"
    assert "gave up after 2 attempt(s): false" in result.stderr


@pytest.mark.parametrize(
    ("have", "want", "ok"),
    [
        ("3.4.0", "3.4.0", True),
        ("3.10.1", "3.4.0", True),
        ("3.3.2", "3.4.0", False),
        ("2.22.5", "3.4.0", False),
    ],
)
def test_version_ge_compares_numerically(sandbox, have, want, ok):
    assert sandbox.bash(f"version_ge {have} {want}").returncode == (0 if ok else 1)
