"""Where the token may go: the workspace URL on the node, settings.json and the fail-closed
apiKeyHelper (the contract in docs/init-script.md, "Token routing")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding_assistants import facts
from tests.shell.sandbox import CLI_TOKEN, HOST, TOKEN, Sandbox

HELPER = "claude-api-key-helper"
BASE = f"{HOST}/serving-endpoints/anthropic"
NO_HOST = "DATABRICKS_HOST is not set: Claude Code is not pointed at the workspace"


def workspace_env(box: Sandbox) -> dict[str, str]:
    path = box.root / "usr" / "local" / "lib" / "coding-assistants" / "workspace.env"
    return dict(line.split("=", 1) for line in path.read_text().splitlines())


def settings(box: Sandbox) -> dict:
    return json.loads(box.settings_file.read_text())


NETWORK_PINS = {
    **dict.fromkeys(facts.CLAUDE_PROXY_VARIABLES, ""),
    facts.CLAUDE_CA_VARIABLE: "",
    **{
        name: path if Path(path).exists() else ""
        for name, path in facts.CLAUDE_SYSTEM_CA_VARIABLES.items()
    },
    **dict.fromkeys(facts.CLAUDE_NETWORK_OFF, ""),
    "NODE_TLS_REJECT_UNAUTHORIZED": "1",
}
"""The network path and TLS trust of Claude Code as the managed settings pin them by default."""


def managed_file(box: Sandbox) -> Path:
    return box.root / "etc" / "claude-code" / "managed-settings.json"


def managed(box: Sandbox) -> dict:
    return json.loads(managed_file(box).read_text())


def refusal(box: Sandbox, base: str, **env: str) -> str:
    """The helper's one stderr line for ``base``; fails the test unless it refused."""
    result = box.helper(HELPER, env={"ANTHROPIC_BASE_URL": base, **env})
    assert (result.returncode, result.stdout) == (1, ""), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert TOKEN not in result.stderr
    return result.stderr


# --- the node records its workspace --------------------------------------------------------------


def test_install_records_the_workspace_for_the_helper(provisioned):
    box = provisioned.box
    path = box.root / "usr" / "local" / "lib" / "coding-assistants" / "workspace.env"
    assert workspace_env(box) == {"CA_WORKSPACE_HOST": HOST, "CA_ANTHROPIC_BASE_URL": BASE}
    assert path.stat().st_mode & 0o777 == 0o644
    assert settings(box)["env"]["ANTHROPIC_BASE_URL"] == BASE


@pytest.mark.parametrize(
    ("given", "host"),
    [
        ("adb-1.azuredatabricks.net", "https://adb-1.azuredatabricks.net"),
        ("https://adb-1.azuredatabricks.net/", "https://adb-1.azuredatabricks.net"),
        ("https://127.0.0.1:8443", "https://127.0.0.1:8443"),
    ],
)
def test_workspace_url_is_normalised(sandbox, given, host):
    status = sandbox.steps("settings", env={"DATABRICKS_HOST": given})
    assert status["settings"][0] == "ok"
    assert workspace_env(sandbox)["CA_WORKSPACE_HOST"] == host
    assert settings(sandbox)["env"]["ANTHROPIC_BASE_URL"] == f"{host}/serving-endpoints/anthropic"


@pytest.mark.parametrize(
    "given",
    [
        "https://adb-1.azuredatabricks.net/some/path",
        "https://adb-1.azuredatabricks.net?o=1",
        "https://user:pw@adb-1.azuredatabricks.net",
        "https://adb-1.azuredatabricks.net evil",
        "http://adb-1.azuredatabricks.net",
    ],
)
def test_fails_when_the_workspace_url_is_not_a_plain_host(sandbox, given):
    result = sandbox.install({"DATABRICKS_HOST": given})
    assert result.returncode == 0
    state, detail = sandbox.status()["config"]
    assert state == "failed" and "DATABRICKS_HOST" in detail
    assert sandbox.status()["settings"] == ("failed", NO_HOST)
    assert "apiKeyHelper" not in settings(sandbox)


def test_unknown_host_writes_no_key_helper_and_still_exits_0(sandbox):
    result = sandbox.install({"DATABRICKS_HOST": ""})
    assert result.returncode == 0
    assert sandbox.status()["settings"] == ("failed", NO_HOST)
    config = settings(sandbox)
    assert "apiKeyHelper" not in config and "ANTHROPIC_BASE_URL" not in config["env"]
    check = sandbox.helper("check-claude")
    assert check.returncode == 1 and f"FAIL  init settings: {NO_HOST}" in check.stdout


def test_unknown_host_removes_the_helper_an_earlier_run_configured(sandbox):
    assert sandbox.steps("settings")["settings"][0] == "ok"
    assert "apiKeyHelper" in settings(sandbox)
    sandbox.steps("settings", "helpers", env={"DATABRICKS_HOST": ""})
    assert "apiKeyHelper" not in settings(sandbox)
    assert not (
        sandbox.root / "usr" / "local" / "lib" / "coding-assistants" / "workspace.env"
    ).exists()
    refusal(sandbox, BASE)


def test_unknown_host_keeps_a_key_helper_the_user_chose(sandbox):
    sandbox.settings_file.parent.mkdir(mode=0o700)
    sandbox.settings_file.write_text(json.dumps({"apiKeyHelper": "/opt/mine"}))
    sandbox.steps("settings", env={"DATABRICKS_HOST": ""})
    assert settings(sandbox)["apiKeyHelper"] == "/opt/mine"


# --- managed settings: what no project, flag or variable can override ---------------------------


def test_managed_settings_pin_the_route_the_helper_and_the_model(provisioned):
    box = provisioned.box
    path = managed_file(box)
    assert path.stat().st_mode & 0o777 == 0o644
    assert path.parent.stat().st_mode & 0o777 == 0o755
    assert path.stat().st_uid == 0  # the init script runs as root on the node, as here
    config = managed(box)
    assert config["apiKeyHelper"] == str(box.bin / HELPER)
    model = facts.DEFAULT_CLAUDE_MODEL
    assert config["env"] == {
        "ANTHROPIC_BASE_URL": BASE,
        "ANTHROPIC_MODEL": model,
        "ANTHROPIC_DEFAULT_OPUS_MODEL": model,
        "ANTHROPIC_DEFAULT_SONNET_MODEL": model,
        "ANTHROPIC_DEFAULT_HAIKU_MODEL": model,
        "ANTHROPIC_SMALL_FAST_MODEL": model,
        **dict.fromkeys(facts.CLAUDE_PROVIDER_SWITCHES, "0"),
        **NETWORK_PINS,
    }
    # The user's settings still carry the same route, helper and pins (and the rest).
    assert settings(box)["apiKeyHelper"] == config["apiKeyHelper"]
    assert settings(box)["env"]["ANTHROPIC_BASE_URL"] == BASE
    for switch in facts.CLAUDE_PROVIDER_SWITCHES:
        assert settings(box)["env"][switch] == "0"


def test_managed_settings_let_a_repository_run_nothing_of_its_own(provisioned):
    """Only managed hooks (tracing's, which does nothing unless the user traces the folder), no
    MCP server but the organisation's, no API provider but the workspace's base URL."""
    config = managed(provisioned.box)
    assert config["allowManagedHooksOnly"] is True
    assert config["allowManagedMcpServersOnly"] is True
    assert config["allowedMcpServers"] == []
    assert config["enableAllProjectMcpServers"] is False
    assert config["allowedProviders"] == ["customEndpoint"]
    hook = str(provisioned.box.bin / "claude-tracing-hook")
    assert config["hooks"] == {
        "Stop": [{"hooks": [{"type": "command", "command": hook, "timeout": 120}]}]
    }


def test_managed_settings_pin_the_admins_proxy_and_ca_bundle(sandbox):
    bundle = sandbox.root / "Volumes" / "main" / "sec" / "certs" / "corp-ca.pem"
    bundle.parent.mkdir(parents=True)
    bundle.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    proxy = "http://proxy.example.com:3128"
    env = {
        "CLAUDE_HTTPS_PROXY": proxy,
        "CLAUDE_CA_BUNDLE_PATH": "/Volumes/main/sec/certs/corp-ca.pem",
    }
    assert sandbox.steps("settings", env=env)["settings"][0] == "ok"
    pins = managed(sandbox)["env"]
    assert {name: pins[name] for name in facts.CLAUDE_PROXY_VARIABLES} == dict.fromkeys(
        facts.CLAUDE_PROXY_VARIABLES, proxy
    )
    copy = sandbox.root / "usr" / "local" / "lib" / "coding-assistants" / "ca-bundle.pem"
    assert pins[facts.CLAUDE_CA_VARIABLE] == str(copy)
    assert copy.read_text() == bundle.read_text() and copy.stat().st_mode & 0o777 == 0o644
    assert all(pins[name] == "" for name in facts.CLAUDE_NETWORK_OFF)
    # Without them again: pinned to nothing, and our copy of the bundle is gone.
    assert sandbox.steps("settings")["settings"][0] == "ok"
    assert managed(sandbox)["env"] | NETWORK_PINS == managed(sandbox)["env"]
    assert not copy.exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "cannot read"), ("not a certificate\n", "holds no PEM certificate")],
)
def test_a_ca_bundle_that_is_missing_or_not_pem_fails_the_settings_step(sandbox, content, problem):
    if content is not None:
        (sandbox.root / "ca.pem").write_text(content)
    state, detail = sandbox.steps("settings", env={"CLAUDE_CA_BUNDLE_PATH": "/ca.pem"})["settings"]
    assert state == "failed" and detail.startswith("CLAUDE_CA_BUNDLE_PATH: ") and problem in detail
    assert managed(sandbox)["env"][facts.CLAUDE_CA_VARIABLE] == ""


def test_managed_settings_keep_what_an_administrator_wrote(sandbox):
    path = managed_file(sandbox)
    path.parent.mkdir(parents=True)
    theirs = {"permissions": {"deny": ["WebFetch"]}, "env": {"ANTHROPIC_BASE_URL": "https://x.io"}}
    path.write_text(json.dumps(theirs))
    assert sandbox.steps("settings")["settings"][0] == "ok"
    config = managed(sandbox)
    assert config["permissions"] == {"deny": ["WebFetch"]}
    assert config["env"]["ANTHROPIC_BASE_URL"] == BASE


def test_unknown_host_leaves_no_key_helper_in_managed_settings(sandbox):
    assert sandbox.steps("settings")["settings"][0] == "ok"
    assert "apiKeyHelper" in managed(sandbox)
    sandbox.steps("settings", env={"DATABRICKS_HOST": ""})
    assert "apiKeyHelper" not in managed(sandbox)
    assert managed(sandbox)["env"]["ANTHROPIC_MODEL"] == facts.DEFAULT_CLAUDE_MODEL


# --- the AI Gateway route -----------------------------------------------------------------------


def test_ai_gateway_route_uses_its_base_url_and_model_names(sandbox):
    status = sandbox.steps("settings", "helpers", "profile", env={"CLAUDE_API_ROUTE": "ai-gateway"})
    assert status["settings"][0] == "ok"
    env = settings(sandbox)["env"]
    assert env["ANTHROPIC_BASE_URL"] == f"{HOST}/ai-gateway/anthropic"
    assert env["ANTHROPIC_MODEL"] == facts.DEFAULT_GATEWAY_MODEL == "system.ai.claude-sonnet-4-6"
    assert workspace_env(sandbox)["CA_ANTHROPIC_BASE_URL"] == f"{HOST}/ai-gateway/anthropic"
    assert (
        'ANTHROPIC_BASE_URL="$_ca_d/ai-gateway/anthropic"' in (sandbox.home / ".bashrc").read_text()
    )
    result = sandbox.helper(HELPER, env={"ANTHROPIC_BASE_URL": f"{HOST}/ai-gateway/anthropic"})
    assert (result.returncode, result.stdout) == (0, TOKEN + "\n")


def test_fails_when_the_route_is_unknown(sandbox):
    sandbox.install({"CLAUDE_API_ROUTE": "gateway"})
    state, detail = sandbox.status()["config"]
    assert state != "ok" and "CLAUDE_API_ROUTE" in detail


# --- the helper fails closed ---------------------------------------------------------------------


def test_key_helper_gives_the_token_only_to_the_workspace(provisioned):
    box = provisioned.box
    for base in (BASE, f"{HOST}/ai-gateway/anthropic", HOST):
        result = box.helper(HELPER, env={"ANTHROPIC_BASE_URL": base})
        assert (result.returncode, result.stdout, result.stderr) == (0, TOKEN + "\n", ""), base


def test_key_helper_refuses_anthropics_api(provisioned):
    line = refusal(provisioned.box, "https://api.anthropic.com")
    assert line == (
        f"{HELPER}: refusing to hand out the Databricks token: ANTHROPIC_BASE_URL "
        f"(https://api.anthropic.com) is not the workspace {HOST}\n"
    )


def test_key_helper_refuses_without_a_base_url(provisioned):
    line = refusal(provisioned.box, "")
    assert "ANTHROPIC_BASE_URL is not set" in line and HOST in line


@pytest.mark.parametrize(
    "base",
    [
        f"{HOST}:8443/serving-endpoints/anthropic",
        HOST.replace("https://", "http://") + "/serving-endpoints/anthropic",
        f"{HOST}.evil.example/serving-endpoints/anthropic",
        f"{HOST}@evil.example/serving-endpoints/anthropic",
        "https://evil.example/" + HOST,
        HOST.upper(),
    ],
)
def test_key_helper_refuses_look_alikes(provisioned, base):
    refusal(provisioned.box, base)


def test_key_helper_takes_the_default_port_for_the_workspace(provisioned):
    """https://<host>:443 is the workspace itself: its default port, written out."""
    base = f"{HOST}:443/serving-endpoints/anthropic"
    result = provisioned.box.helper(HELPER, env={"ANTHROPIC_BASE_URL": base})
    assert (result.returncode, result.stdout, result.stderr) == (0, TOKEN + "\n", "")


def test_key_helper_of_a_workspace_recorded_with_its_default_port(tmp_path, tools):
    """DATABRICKS_HOST=https://<host>:443 when the init script ran: Claude Code's base URL and a
    DATABRICKS_HOST without the port are the same workspace; another port is not."""
    box = Sandbox.create(tmp_path, tools, env={"DATABRICKS_HOST": f"{HOST}:443"})
    box.install()
    assert workspace_env(box)["CA_WORKSPACE_HOST"] == f"{HOST}:443"
    for env in (
        {"ANTHROPIC_BASE_URL": BASE},
        {"ANTHROPIC_BASE_URL": BASE, "DATABRICKS_HOST": HOST},
    ):
        result = box.helper(HELPER, env=env)
        assert (result.returncode, result.stdout, result.stderr) == (0, TOKEN + "\n", ""), env
    refusal(box, f"{HOST}:8443/serving-endpoints/anthropic")


def test_key_helper_hides_user_info_in_its_reason(provisioned):
    line = refusal(provisioned.box, "https://me:hunter2secret@evil.example/x")
    assert "hunter2" not in line and "(https://****@evil.example)" in line


def test_key_helper_asks_the_cli_for_the_recorded_workspace_only(provisioned):
    box = provisioned.box
    env = {
        "ANTHROPIC_BASE_URL": BASE,
        "DATABRICKS_TOKEN": "",
        "DATABRICKS_HOST": "https://other.example",
        "STUB_CLI_TOKEN": CLI_TOKEN,
    }
    result = box.helper(HELPER, env=env)
    assert (result.returncode, result.stdout) == (0, CLI_TOKEN + "\n")
    assert box.calls("databricks")[-1] == ["auth", "token", "--output", "json", "--host", HOST]


def test_key_helper_refuses_where_no_workspace_was_recorded(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools, env={"DATABRICKS_HOST": ""})
    box.install()
    line = refusal(box, "https://api.anthropic.com")
    assert "no workspace recorded" in line


def test_token_status_shows_the_refusal(provisioned):
    box = provisioned.box
    original = box.settings_file.read_text()
    hidden = managed_file(box).with_suffix(".hidden")
    managed_file(box).rename(hidden)  # a node without managed settings: settings.json decides
    try:
        box.settings_file.write_text(original.replace(BASE, "https://api.anthropic.com"))
        result = box.helper("claude-token-status")
    finally:
        box.settings_file.write_text(original)
        hidden.rename(managed_file(box))
    assert result.returncode == 1
    assert "FAIL  refusing to hand out the Databricks token" in result.stdout


# --- a token for another workspace stays home -----------------------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "https://other.example",
        f"{HOST}.evil.example",
        f"{HOST}:8443",
        HOST.replace("https://", "http://"),
        "https://me:hunter2secret@evil.example",
        f"https://me@{HOST.removeprefix('https://')}",
        f"{HOST}@evil.example/?o=1",
    ],
)
def test_key_helper_keeps_a_token_for_another_workspace(provisioned, other):
    """DATABRICKS_TOKEN belongs to DATABRICKS_HOST: when that names another workspace, the token
    does not go to this one (the CLI is asked for the recorded workspace instead)."""
    line = refusal(provisioned.box, BASE, DATABRICKS_HOST=other)
    assert "DATABRICKS_TOKEN belongs to DATABRICKS_HOST" in line and HOST in line
    assert "hunter2" not in line


def test_key_helper_asks_the_cli_when_the_token_is_for_another_workspace(provisioned):
    box = provisioned.box
    env = {"ANTHROPIC_BASE_URL": BASE, "DATABRICKS_HOST": "https://other.example"}
    result = box.helper(HELPER, env={**env, "STUB_CLI_TOKEN": CLI_TOKEN})
    assert (result.returncode, result.stdout) == (0, CLI_TOKEN + "\n")
    assert box.calls("databricks")[-1] == ["auth", "token", "--output", "json", "--host", HOST]


@pytest.mark.parametrize(
    "same",
    [
        HOST,
        f"{HOST}/",
        f"{HOST}/?o=1234567890123456",
        HOST.removeprefix("https://"),
        HOST.upper().replace("HTTPS", "https"),
        f"{HOST}:443",
        f"{HOST}:443/?o=1234567890123456",
        HOST.removeprefix("https://") + ":443",
    ],
)
def test_key_helper_hands_out_the_token_of_the_same_workspace(provisioned, same):
    result = provisioned.box.helper(
        HELPER, env={"ANTHROPIC_BASE_URL": BASE, "DATABRICKS_HOST": same}
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, TOKEN + "\n", "")


# --- another API provider ------------------------------------------------------------------------


@pytest.mark.parametrize("switch", facts.CLAUDE_PROVIDER_SWITCHES)
@pytest.mark.parametrize("value", ["1", "true", " Yes ", "ON"])
def test_key_helper_refuses_while_another_provider_is_on(provisioned, switch, value):
    line = refusal(provisioned.box, BASE, **{switch: value})
    assert f"{switch} is on" in line and HOST in line


@pytest.mark.parametrize("value", ["0", "", "false", "off", "no"])
def test_key_helper_ignores_a_provider_switch_that_is_off(provisioned, value):
    env = {"ANTHROPIC_BASE_URL": BASE, "CLAUDE_CODE_USE_FOUNDRY": value}
    result = provisioned.box.helper(HELPER, env=env)
    assert (result.returncode, result.stdout) == (0, TOKEN + "\n")


def test_token_status_runs_the_helper_as_claude_does(provisioned):
    """A switch exported in the shell is pinned off by the settings, so Claude Code gets the
    token; claude-token-status and check-claude ask the helper the same way."""
    env = {"CLAUDE_CODE_USE_BEDROCK": "1"}
    result = provisioned.box.helper("claude-token-status", env=env)
    assert result.returncode == 0, result.stdout
    assert "source: DATABRICKS_TOKEN" in result.stdout and "refusing" not in result.stdout


def test_token_status_names_the_cli_when_the_token_is_for_another_workspace(provisioned):
    env = {"DATABRICKS_HOST": "https://other.example", "STUB_CLI_TOKEN": CLI_TOKEN}
    result = provisioned.box.helper("claude-token-status", env=env)
    assert result.returncode == 0, result.stdout
    assert "source: databricks auth token" in result.stdout
    assert f"token: {CLI_TOKEN[:4]}****" in result.stdout


# --- check-claude judges as Claude Code will behave -----------------------------------------------


def test_check_claude_fails_when_the_key_helper_refuses_a_foreign_token(provisioned):
    """DATABRICKS_HOST names another host and the CLI has no token: Claude Code gets none."""
    result = provisioned.box.helper(
        "check-claude", env={"DATABRICKS_HOST": "https://other.example"}
    )
    assert result.returncode == 1
    assert "warn  DATABRICKS_HOST=https://other.example is not the workspace" in result.stdout
    assert (
        "FAIL  the apiKeyHelper gives Claude Code no token: refusing to hand out the Databricks "
        "token: DATABRICKS_TOKEN belongs to DATABRICKS_HOST (https://other.example)"
    ) in result.stdout


def test_check_claude_is_ready_in_a_shell_without_databricks_host(provisioned):
    """An IDE's shell: no DATABRICKS_* variables; the managed base URL and the CLI's token."""
    env = {"DATABRICKS_HOST": "", "DATABRICKS_TOKEN": "", "STUB_CLI_TOKEN": CLI_TOKEN}
    result = provisioned.box.helper("check-claude", env=env)
    assert result.returncode == 0, result.stdout
    assert "info  DATABRICKS_HOST is unset" in result.stdout
    assert f"Claude Code calls {BASE} with model" in result.stdout
    assert (
        f"ok    the apiKeyHelper hands Claude Code a token ({CLI_TOKEN[:4]}****)" in result.stdout
    )
    assert CLI_TOKEN not in result.stdout


def test_check_claude_reads_the_base_url_of_the_managed_settings(provisioned):
    """The user's settings.json names another host; Claude Code calls the managed one."""
    box = provisioned.box
    original = box.settings_file.read_text()
    try:
        box.settings_file.write_text(original.replace(BASE, "https://api.anthropic.com"))
        result = box.helper("check-claude")
    finally:
        box.settings_file.write_text(original)
    assert result.returncode == 0, result.stdout
    assert f"Claude Code calls {BASE} with model" in result.stdout
