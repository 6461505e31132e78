"""The helper commands the init script installs: usage, exit codes and main paths."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
from pathlib import Path

import pytest

from coding_assistants import facts
from tests.shell.sandbox import (
    CLI_TOKEN,
    CLUSTER_ID,
    EXPERIMENT,
    HELPERS,
    HOST,
    TOKEN,
    USER,
    Sandbox,
)

DEFAULT_MODEL = facts.DEFAULT_CLAUDE_MODEL
BASE_URL = {"ANTHROPIC_BASE_URL": f"{HOST}/serving-endpoints/anthropic"}
"""What Claude Code passes to its apiKeyHelper on a configured node."""
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Ada",
    "GIT_AUTHOR_EMAIL": USER,
    "GIT_COMMITTER_NAME": "Ada",
    "GIT_COMMITTER_EMAIL": USER,
}


@pytest.fixture
def bare(sandbox, provisioned) -> Sandbox:
    """A node with the helper commands installed and nothing else (a copy of the provisioned
    node's /usr/local without claude: the commands find their library relative to themselves)."""
    shutil.copytree(
        provisioned.box.root / "usr",
        sandbox.root / "usr",
        symlinks=True,
        ignore=shutil.ignore_patterns("claude"),
    )
    (sandbox.root / "tmp").mkdir()
    return sandbox


def git(*args: str, cwd: Path) -> str:
    env = {**GIT_IDENTITY, "PATH": os.environ["PATH"], "HOME": str(cwd), "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture(scope="module")
def remote(tmp_path_factory) -> Path:
    """A bare repository with one commit on main, standing for the Git host."""
    base = tmp_path_factory.mktemp("remote")
    git("init", "-q", "--bare", "-b", "main", "project.git", cwd=base)
    git("clone", "-q", "project.git", "seed", cwd=base)
    (base / "seed" / "README.md").write_text("hello\n")
    git("add", "README.md", cwd=base / "seed")
    git("commit", "-q", "-m", "first", cwd=base / "seed")
    git("push", "-q", "origin", "main", cwd=base / "seed")
    return base / "project.git"


# --- every helper --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", HELPERS)
def test_helper_prints_usage_with_help(provisioned, name):
    for flag in ("-h", "--help"):
        result = provisioned.box.helper(name, flag)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("usage: "), result.stdout
        assert "Exit status:" in result.stdout


@pytest.mark.parametrize("name", HELPERS)
def test_helper_fails_with_2_on_an_unknown_option(provisioned, name):
    result = provisioned.box.helper(name, "--no-such-option")
    assert result.returncode == 2
    assert "--help" in result.stderr or "usage" in result.stderr


# --- check-claude and claude-debug ---------------------------------------------------------------


def test_check_claude_reports_a_ready_node(provisioned):
    result = provisioned.box.helper("check-claude")
    assert result.returncode == 0, result.stdout
    assert "FAIL" not in result.stdout
    for line in (
        "ok    claude 2.0.0 (Claude Code)",
        "ok    init claude: ok, Claude Code 2.0.0 installed (native)",
        "ok    DATABRICKS_TOKEN=dapi****",
        "/etc/claude-code/managed-settings.json: the route, the key helper",
        f"ok    the apiKeyHelper hands Claude Code a token (dapi****) for {HOST}",
        "ok    MLflow 3.11.1 (tracing needs 3.4.0+)",
        f"ok    MLFLOW_EXPERIMENT_NAME={EXPERIMENT}",
        f"Claude Code calls {HOST}/serving-endpoints/anthropic with model {DEFAULT_MODEL}",
    ):
        assert line in result.stdout


def test_check_coding_assistants_is_check_claude(provisioned):
    box = provisioned.box
    assert box.helper("check-coding-assistants").stdout == box.helper("check-claude").stdout


def test_check_claude_fails_where_the_init_script_never_ran(bare):
    result = bare.helper("check-claude")
    assert result.returncode == 1
    assert "no init status" in result.stdout
    assert "FAIL  claude is not installed" in result.stdout
    assert "settings.json is missing" in result.stdout


def test_check_claude_warns_about_competing_credentials(provisioned):
    result = provisioned.box.helper(
        "check-claude", env={"ANTHROPIC_API_KEY": "sk-ant-secret-value"}
    )
    assert "warn  ANTHROPIC_API_KEY=sk-a**** is set and takes precedence" in result.stdout
    assert "sk-ant-secret-value" not in result.stdout


def test_claude_debug_collects_everything_masked(provisioned):
    result = provisioned.box.helper("claude-debug", "-n", "2")
    assert result.returncode == 0
    for heading in (
        "Versions",
        "Cluster",
        "Environment",
        "Init status",
        "Init log, last 2 lines",
        "Settings",
        "Profile block",
    ):
        assert f"\n{heading}" in result.stdout
    assert f"DB_CLUSTER_ID={CLUSTER_ID}" in result.stdout
    assert "DATABRICKS_TOKEN=dapi****" in result.stdout
    assert "# >>> coding-assistants >>>" in result.stdout


def test_claude_debug_masks_token_shaped_text_in_files(bare):
    bare.log_file.write_text("token=dapi0123456789abcdef0123456789abcdef\n")
    result = bare.helper("claude-debug", env={"DATABRICKS_TOKEN": ""})
    assert "token=dapi****" in result.stdout
    assert "dapi0123456789abcdef" not in result.stdout


# --- tokens --------------------------------------------------------------------------------------


def test_api_key_helper_prints_the_environment_token(provisioned):
    result = provisioned.box.helper("claude-api-key-helper", env=BASE_URL)
    assert (result.returncode, result.stdout) == (0, TOKEN + "\n")


def test_api_key_helper_asks_the_databricks_cli_without_a_token(provisioned):
    box = provisioned.box
    result = box.helper(
        "claude-api-key-helper",
        env={**BASE_URL, "DATABRICKS_TOKEN": "", "STUB_CLI_TOKEN": CLI_TOKEN},
    )
    assert (result.returncode, result.stdout) == (0, CLI_TOKEN + "\n")
    assert box.calls("databricks")[-1] == ["auth", "token", "--output", "json", "--host", HOST]


def test_api_key_helper_fails_without_any_token(provisioned):
    result = provisioned.box.helper(
        "claude-api-key-helper", env={**BASE_URL, "DATABRICKS_TOKEN": ""}
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert f"databricks auth login --host {HOST}" in result.stderr


def test_api_key_helper_refuses_to_print_to_a_terminal(provisioned):
    box = provisioned.box
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [str(box.bin / "claude-api-key-helper")],
            env=box.shell_env(),
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=10,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2 and "refusing" in result.stderr


def test_token_status_shows_the_source_masked(provisioned):
    box = provisioned.box
    static = box.helper("claude-token-status")
    assert static.returncode == 0
    assert "source: DATABRICKS_TOKEN" in static.stdout and "token: dapi****" in static.stdout
    cli = box.helper(
        "claude-token-status", env={"DATABRICKS_TOKEN": "", "STUB_CLI_TOKEN": CLI_TOKEN}
    )
    assert cli.returncode == 0
    assert "source: databricks auth token" in cli.stdout and "token: eyCL****" in cli.stdout
    none = box.helper("claude-token-status", env={"DATABRICKS_TOKEN": ""})
    assert none.returncode == 1 and "FAIL  no token" in none.stdout


def test_refresh_token_forces_the_cli_to_refresh(provisioned):
    box = provisioned.box
    result = box.helper(
        "claude-refresh-token", env={"DATABRICKS_TOKEN": "", "STUB_CLI_TOKEN": CLI_TOKEN}
    )
    assert result.returncode == 0
    assert result.stdout.startswith("fresh token eyCL****")
    assert box.calls("databricks")[-1][-1] == "--force-refresh"


def test_refresh_token_leaves_a_static_token_alone(provisioned):
    result = provisioned.box.helper("claude-refresh-token")
    assert result.returncode == 0 and "static token" in result.stdout


def test_refresh_token_fails_when_the_cli_cannot_log_in(provisioned):
    result = provisioned.box.helper("claude-refresh-token", env={"DATABRICKS_TOKEN": ""})
    assert result.returncode == 1
    assert f"databricks auth login --host {HOST}" in result.stderr


# --- git -----------------------------------------------------------------------------------------


def workspace(box: Sandbox, name: str) -> Path:
    return box.root / "Workspace" / "Users" / USER / name


def test_git_workspace_init_clones_into_the_users_workspace_folder(bare, remote):
    result = bare.helper("git-workspace-init", "--user", USER, "-y", str(remote), env=GIT_IDENTITY)
    assert result.returncode == 0, result.stderr
    assert (workspace(bare, "project") / "README.md").read_text() == "hello\n"
    again = bare.helper("git-workspace-init", "--user", USER, "-y", str(remote))
    assert again.returncode == 0 and "already a git repository" in again.stdout


def test_git_workspace_init_asks_for_what_is_missing(bare, remote):
    result = bare.helper("git-workspace-init", "-i", input=f"{remote}\n", env={"STUB_USER": USER})
    assert result.returncode == 0, result.stderr
    assert (workspace(bare, "project") / ".git").is_dir()
    assert bare.calls("databricks") == [["current-user", "me", "--output", "json"]]


def test_git_workspace_init_creates_a_new_repository(bare):
    result = bare.helper("git-workspace-init", "--new", "--name", "scratch", "--user", USER)
    assert result.returncode == 0, result.stderr
    head = (workspace(bare, "scratch") / ".git" / "HEAD").read_text()
    assert head == "ref: refs/heads/main\n"


def test_git_workspace_init_refuses_repos(bare, remote):
    target = bare.root / "Repos" / USER / "project"
    result = bare.helper("git-workspace-init", "--dir", str(target), str(remote))
    assert result.returncode == 2
    assert "/Repos belongs to Databricks Git folders" in result.stderr
    assert not target.exists()


def test_git_workspace_init_needs_a_url_when_it_cannot_ask(bare):
    result = bare.helper("git-workspace-init", "--user", USER)
    assert result.returncode == 2 and "give a repository URL, or --new" in result.stderr


def test_git_workspace_init_keeps_a_non_empty_folder(bare, remote):
    target = workspace(bare, "project")
    target.mkdir(parents=True)
    (target / "notes.txt").write_text("mine\n")
    result = bare.helper("git-workspace-init", "--user", USER, str(remote))
    assert result.returncode == 1 and "not empty" in result.stderr
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_git_workspace_check_follows_the_work_to_the_remote(bare, remote):
    bare.helper("git-workspace-init", "--user", USER, str(remote))
    repo = workspace(bare, "project")

    clean = bare.helper("git-workspace-check", cwd=repo)
    assert clean.returncode == 0, clean.stdout
    assert "ok    main is pushed to origin/main" in clean.stdout

    (repo / "README.md").write_text("changed\n")
    dirty = bare.helper("git-workspace-check", str(repo))
    assert dirty.returncode == 1 and "1 uncommitted change(s)" in dirty.stdout

    git("commit", "-q", "-am", "second", cwd=repo)
    ahead = bare.helper("git-workspace-check", str(repo))
    assert ahead.returncode == 1 and "1 commit(s) on main not pushed to origin/main" in ahead.stdout

    git("switch", "-q", "-c", "feature", cwd=repo)
    branch = bare.helper("git-workspace-check", str(repo))
    assert "feature has no upstream: git push -u origin feature" in branch.stdout


def test_git_workspace_check_warns_in_repos_and_outside_workspace(bare):
    for folder, warning in (("Repos/x/p", "inside /Repos"), ("scratch/p", "not under /Workspace")):
        repo = bare.root / folder
        repo.mkdir(parents=True)
        git("init", "-q", "-b", "main", cwd=repo)
        result = bare.helper("git-workspace-check", str(repo))
        assert result.returncode == 1 and warning in result.stdout


def test_git_workspace_check_fails_outside_a_repository(bare):
    result = bare.helper("git-workspace-check", str(bare.home))
    assert result.returncode == 2 and "not inside a git repository" in result.stderr


def test_git_setup_auth_stores_a_token_privately(bare):
    secret = "ghp_0123456789secretvalue"
    result = bare.helper(
        "git-workspace-setup-auth", "--pat", "--host", "git.example.com", input=secret + "\n"
    )
    assert result.returncode == 0, result.stderr
    store = bare.home / ".git-credentials"
    assert store.read_text() == f"https://git:{secret}@git.example.com\n"
    assert store.stat().st_mode & 0o777 == 0o600
    assert "helper = store" in (bare.home / ".gitconfig").read_text()
    assert secret not in result.stdout + result.stderr and "ghp_****" in result.stdout


def test_git_setup_auth_creates_one_ssh_key(bare):
    first = bare.helper("git-workspace-setup-auth", "--ssh")
    assert first.returncode == 0 and "ssh-ed25519 " in first.stdout
    assert (bare.home / ".ssh" / "id_ed25519").stat().st_mode & 0o777 == 0o600
    second = bare.helper("git-workspace-setup-auth", "--ssh")
    assert second.stdout == first.stdout


def test_git_setup_auth_configures_a_credential_helper(bare):
    result = bare.helper("git-workspace-setup-auth", "--helper", "cache --timeout=600")
    assert result.returncode == 0
    assert "helper = cache --timeout=600" in (bare.home / ".gitconfig").read_text()


def test_git_setup_auth_needs_a_method_when_it_cannot_ask(bare):
    assert bare.helper("git-workspace-setup-auth").returncode == 2
    assert bare.helper("git-workspace-setup-auth", "--pat").returncode == 1, "empty token"


# --- VS Code and Cursor --------------------------------------------------------------------------


def test_vscode_env_prints_the_databricks_python(provisioned, bare):
    result = provisioned.box.helper("claude-vscode-env")
    assert (result.returncode, result.stdout) == (0, f"{provisioned.box.python}\n")
    missing = bare.helper("claude-vscode-env", env={"DATABRICKS_PYTHON": "/no/python"})
    assert missing.returncode == 1


def test_vscode_config_prints_valid_settings(provisioned):
    box = provisioned.box
    config = json.loads(box.helper("claude-vscode-config").stdout)
    assert config["python.defaultInterpreterPath"] == str(box.python)
    assert f":{box.bin}:" in config["terminal.integrated.env.linux"]["PATH"]


def test_vscode_setup_names_this_cluster(provisioned):
    result = provisioned.box.helper("claude-vscode-setup", env={"DB_CLUSTER_ID": ""})
    assert result.returncode == 0
    assert f"databricks ssh setup --name databricks-claude --cluster {CLUSTER_ID}" in result.stdout


def test_vscode_check_reports_the_remote_side(sandbox):
    sandbox.install()
    before = sandbox.helper("claude-vscode-check")
    assert before.returncode == 0 and "warn  no VS Code or Cursor server yet" in before.stdout
    (sandbox.home / ".vscode-server" / "extensions" / "anthropic.claude-code-2.0.0").mkdir(
        parents=True
    )
    after = sandbox.helper("claude-vscode-check")
    assert "ok    Claude Code extension installed" in after.stdout and "warn" not in after.stdout


def test_vscode_check_fails_without_claude(bare):
    result = bare.helper("claude-vscode-check")
    assert result.returncode == 1 and "FAIL  claude not on PATH" in result.stdout
