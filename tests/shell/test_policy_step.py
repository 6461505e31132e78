"""The admin policy on the node: the ``policy`` step writes claude_policy as a drop-in of Claude
Code's managed settings, rewrites it whole, removes it when the cluster has none, and refuses
(writes nothing) a policy that sets a key the node pins, even one set by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding_assistants import facts, policy
from tests.shell.sandbox import HOST, Sandbox

POLICY = {
    "permissions": {"deny": ["WebSearch", "Bash(curl:*)"], "defaultMode": "default"},
    "hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "x"}]}]},
    "allowManagedPermissionRulesOnly": True,
}


def drop_in(box: Sandbox) -> Path:
    return box.root / facts.POLICY_DROP_IN.lstrip("/")


def managed(box: Sandbox) -> dict:
    return json.loads((box.root / "etc" / "claude-code" / "managed-settings.json").read_text())


def with_policy(value: dict | str) -> dict[str, str]:
    return {"CLAUDE_POLICY": value if isinstance(value, str) else policy.encode(value)}


def test_policy_becomes_a_managed_drop_in(sandbox):
    result = sandbox.install(with_policy(POLICY))
    assert result.returncode == 0, result.stderr
    state, detail = sandbox.status()["policy"]
    assert state == "ok" and "allowManagedPermissionRulesOnly, hooks, permissions" in detail
    assert json.loads(drop_in(sandbox).read_text()) == POLICY
    assert drop_in(sandbox).stat().st_mode & 0o777 == 0o644
    assert drop_in(sandbox).parent.stat().st_mode & 0o777 == 0o755
    pins = managed(sandbox)  # the route stays pinned in the file the drop-in is merged over
    assert pins["env"]["ANTHROPIC_BASE_URL"] == f"{HOST}/serving-endpoints/anthropic"
    assert pins["apiKeyHelper"].endswith("/usr/local/bin/claude-api-key-helper")


def test_second_run_changes_nothing(sandbox):
    sandbox.install(with_policy(POLICY))
    before = drop_in(sandbox).stat().st_mtime_ns
    sandbox.install(with_policy(POLICY))
    keys = "allowManagedPermissionRulesOnly, hooks, permissions"
    assert sandbox.status()["policy"] == (
        "skipped",
        f"admin policy in {drop_in(sandbox)} ({keys}) up to date",
    )
    assert drop_in(sandbox).stat().st_mtime_ns == before


def test_a_changed_policy_replaces_the_old_one_whole(sandbox):
    sandbox.install(with_policy(POLICY))
    sandbox.install(with_policy({"permissions": {"ask": ["Bash"]}}))
    assert json.loads(drop_in(sandbox).read_text()) == {"permissions": {"ask": ["Bash"]}}


def test_no_policy_removes_ours(sandbox):
    sandbox.install(with_policy(POLICY))
    sandbox.install()
    assert not drop_in(sandbox).exists()
    assert sandbox.status()["policy"] == ("skipped", "no admin policy (claude_policy)")


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ({"env": {"ANTHROPIC_BASE_URL": "https://other.example"}}, "env.ANTHROPIC_BASE_URL"),
        ({"env": {"https_proxy": "http://proxy:3128"}}, "env.https_proxy"),
        ({"apiKeyHelper": "/tmp/mine"}, "apiKeyHelper"),
        ({"env": {"ANTHROPIC_SMALL_FAST_MODEL": "m"}}, "env.ANTHROPIC_SMALL_FAST_MODEL"),
        ({"env": {"NODE_EXTRA_CA_CERTS": "/tmp/ca.pem"}}, "env.NODE_EXTRA_CA_CERTS"),
    ],
)
def test_node_refuses_a_policy_that_sets_a_pinned_key(sandbox, given, key):
    """Set by hand (Python and Terraform refuse it before): the node writes nothing, and an
    earlier policy is gone, so the route stays the workspace's."""
    assert f"claude_policy.{key}: pinned by the node" in policy.pinned_problems(given)[0]
    sandbox.install(with_policy(POLICY))
    sandbox.install(with_policy(given))
    state, detail = sandbox.status()["policy"]
    assert state == "failed"
    assert detail.startswith("claude_policy: sets a key the node pins; expected")
    assert detail.endswith("; no admin policy written")
    assert not drop_in(sandbox).exists()


def test_node_refuses_an_unknown_key(sandbox):
    sandbox.install(with_policy({"permisions": {"deny": ["Bash"]}}))
    state, detail = sandbox.status()["policy"]
    assert state == "failed" and detail.startswith("claude_policy: not a policy the node accepts")
    assert not drop_in(sandbox).exists()


def test_a_value_that_is_not_base64_fails_the_config_and_the_policy(sandbox):
    sandbox.install(with_policy('{"permissions": {}}'))
    status = sandbox.status()
    assert status["config"][0] == "failed"
    assert "CLAUDE_POLICY: claude_policy: not a JSON object" in status["config"][1]
    assert status["policy"] == ("failed", "CLAUDE_POLICY refused (see config): no admin policy")


def test_without_jq_the_policy_is_not_written_unchecked(sandbox):
    code = (
        'have_cmd() { [[ $1 != jq ]] && command -v "$1" >/dev/null 2>&1; }; load_config && '
        'step policy write_policy && cat "$WORK_DIR/steps/policy"'
    )
    result = sandbox.bash(code, with_policy(POLICY))
    assert result.stdout == (
        "policy\tfailed\tCLAUDE_POLICY: jq is needed to check it; no admin policy written\n"
    )
    assert not drop_in(sandbox).exists()
