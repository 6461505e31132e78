"""The admin policy's checks in Python: the schema of the keys it may set (every problem named
by its place, a misspelt key with the closest name), the keys the node pins, the size, and the
encoding the node receives."""

from __future__ import annotations

import base64
import json

import pytest

from coding_assistants import facts, policy
from coding_assistants.policy_schema import DEFAULT_MODES, PINNED_KEYS, accepted_keys
from coding_assistants.props import CodingAssistantsClusterProps, PropsError
from coding_assistants.settings import SettingsError, SettingsFile, cluster_props

GOOD = {
    "permissions": {
        "allow": ["Bash(npm run test:*)"],
        "ask": ["Bash(git push:*)"],
        "deny": ["WebSearch", "Read(./.env)"],
        "defaultMode": "acceptEdits",
        "disableBypassPermissionsMode": "disable",
        "additionalDirectories": ["/Workspace/Shared"],
    },
    "hooks": {
        "PreToolUse": [
            {"matcher": "Bash", "hooks": [{"type": "command", "command": "audit", "timeout": 5}]}
        ]
    },
    "env": {"BASH_DEFAULT_TIMEOUT_MS": "120000"},
    "allowManagedPermissionRulesOnly": True,
    "allowedMcpServers": [{"serverName": "databricks-sql"}, {"serverUrl": "https://x/*"}],
    "deniedMcpServers": [{"serverCommand": ["npx", "evil"]}],
    "cleanupPeriodDays": 14,
    "companyAnnouncements": ["Be kind"],
}


def problems(value: dict) -> list[str]:
    return [
        line
        for rule in policy.rules()
        if not rule.check(value, {})
        for line in rule.problems(value)
    ]


def props(value: object) -> CodingAssistantsClusterProps:
    return CodingAssistantsClusterProps(cluster_name="c", catalog_name="main", claude_policy=value)


def test_a_policy_of_every_accepted_key_passes():
    assert set(GOOD) <= set(accepted_keys())
    assert problems(GOOD) == []
    assert props(GOOD).claude_policy == GOOD


def test_a_misspelt_key_is_named_with_the_closest_accepted_one():
    given = {"permisions": {}, "permissions": {"defualtMode": "plan"}, "hooks": {"PreToolUs": []}}
    assert problems(given) == [
        "claude_policy.permisions: unknown key; did you mean 'permissions'?",
        "claude_policy.hooks.PreToolUs: unknown key; did you mean 'PreToolUse'?",
        "claude_policy.permissions.defualtMode: unknown key; did you mean 'defaultMode'?",
    ]


def test_an_unknown_key_with_nothing_close_lists_the_accepted_ones():
    (line,) = problems({"permissions": {"zzz": 1}})
    assert line.startswith("claude_policy.permissions.zzz: unknown key; accepted here: allow, ")


@pytest.mark.parametrize(
    ("given", "line"),
    [
        (
            {"permissions": {"defaultMode": "yolo"}},
            "claude_policy.permissions.defaultMode: not an accepted value, got 'yolo'; expected "
            + ", ".join(json.dumps(m) for m in DEFAULT_MODES),
        ),
        (
            {"permissions": {"deny": "WebSearch"}},
            "claude_policy.permissions.deny: wrong type, got 'WebSearch'; expected array",
        ),
        (
            {"permissions": {"disableBypassPermissionsMode": True}},
            "claude_policy.permissions.disableBypassPermissionsMode: not an accepted value, got "
            'True; expected "disable"',
        ),
        (
            {"env": {"A": 1}},
            "claude_policy.env.A: wrong type, got 1; expected string",
        ),
        (
            {"allowManagedPermissionRulesOnly": "yes"},
            "claude_policy.allowManagedPermissionRulesOnly: wrong type, got 'yes'; "
            "expected boolean",
        ),
        (
            {"hooks": {"Stop": [{"hooks": [{"type": "command", "command": "x", "shell": "sh"}]}]}},
            "claude_policy.hooks.Stop[0].hooks[0].shell: unknown key; accepted here: type, "
            "command, timeout",
        ),
    ],
)
def test_a_wrong_value_is_named_by_its_place(given, line):
    assert problems(given) == [line]


@pytest.mark.parametrize(
    ("given", "place", "why"),
    [
        ({"apiKeyHelper": "/tmp/x"}, "apiKeyHelper", PINNED_KEYS["apiKeyHelper"]),
        ({"allowedProviders": ["anthropic"]}, "allowedProviders", "workspace's route only"),
        ({"env": {"ANTHROPIC_BASE_URL": "https://x"}}, "env.ANTHROPIC_BASE_URL", "token's route"),
        ({"env": {"ANTHROPIC_AUTH_TOKEN": "x"}}, "env.ANTHROPIC_AUTH_TOKEN", "token's route"),
        ({"env": {"ANTHROPIC_VERTEX_BASE_URL": "x"}}, "env.ANTHROPIC_VERTEX_BASE_URL", "route"),
        ({"env": {"CLAUDE_CODE_USE_BEDROCK": "1"}}, "env.CLAUDE_CODE_USE_BEDROCK", "route"),
        ({"env": {"CLAUDE_CODE_SKIP_FOUNDRY_AUTH": "1"}}, "env.CLAUDE_CODE_SKIP_FOUNDRY_AUTH", ""),
        ({"env": {"https_proxy": "http://p"}}, "env.https_proxy", "proxies"),
        ({"env": {"NODE_EXTRA_CA_CERTS": "/x"}}, "env.NODE_EXTRA_CA_CERTS", "CA files"),
        ({"env": {"NODE_TLS_REJECT_UNAUTHORIZED": "0"}}, "env.NODE_TLS_REJECT_UNAUTHORIZED", "TLS"),
        ({"env": {"CLAUDE_CODE_CLIENT_CERT": "/x"}}, "env.CLAUDE_CODE_CLIENT_CERT", "route"),
        ({"env": {"ANTHROPIC_MODEL": "m"}}, "env.ANTHROPIC_MODEL", "claude_model"),
        (
            {"env": {"ANTHROPIC_DEFAULT_HAIKU_MODEL": "m"}},
            "env.ANTHROPIC_DEFAULT_HAIKU_MODEL",
            "claude_haiku_model",
        ),
        ({"env": {"OTEL_EXPORTER_OTLP_ENDPOINT": "x"}}, "env.OTEL_EXPORTER_OTLP_ENDPOINT", "otel_"),
        ({"otelHeadersHelper": "/x"}, "otelHeadersHelper", "otel_headers_secret"),
        ({"env": {"http_proxy": "http://p"}}, "env.http_proxy", "proxies"),
        ({"env": {"NPM_CONFIG_PROXY": "http://p"}}, "env.NPM_CONFIG_PROXY", "proxies"),
        ({"env": {"no_proxy": "*"}}, "env.no_proxy", "proxies"),
        ({"env": {"SSL_CERT_DIR": "/x"}}, "env.SSL_CERT_DIR", "CA files"),
        (
            {"env": {"BUN_TLS_REFUSE_DISTRUSTED_KEYS": "0"}},
            "env.BUN_TLS_REFUSE_DISTRUSTED_KEYS",
            "TLS",
        ),
        ({"env": {"CLAUDE_CODE_CERT_STORE": "/x"}}, "env.CLAUDE_CODE_CERT_STORE", "CA files"),
        ({"env": {"NODE_OPTIONS": "--use-openssl-ca"}}, "env.NODE_OPTIONS", "route"),
    ],
)
def test_a_key_the_node_pins_is_refused_by_name(given, place, why):
    (line,) = problems(given)  # named once: by the pins, not again as an unknown key
    assert line.startswith(f"claude_policy.{place}: pinned by the node (")
    assert why in line and line.endswith("); remove it")


def test_variables_the_node_does_not_own_are_the_admins():
    given = {"env": {"CLAUDE_CODE_MAX_OUTPUT_TOKENS": "8000", "HTTP_TIMEOUT": "5", "MY_URL": "x"}}
    assert problems(given) == []


def test_too_large_a_policy_is_refused_by_what_the_node_receives():
    big = {"companyAnnouncements": ["x" * 13000]}
    assert len(policy.encode(big)) > facts.MAX_POLICY_BYTES
    assert problems(big) == [
        f"claude_policy: too large, got {big!r}; expected at most {facts.MAX_POLICY_BYTES} bytes "
        "as the node receives it (base64 of the compact JSON)"
    ]


def test_the_node_receives_base64_of_the_compact_sorted_json():
    encoded = policy.encode({"b": "é", "a": [1, True, None]})
    assert base64.b64decode(encoded).decode() == '{"a":[1,true,null],"b":"é"}'
    assert policy.decode(encoded) == {"a": [1, True, None], "b": "é"}


def test_props_refuse_a_policy_that_is_not_an_object():
    with pytest.raises(PropsError, match=r"claude_policy: wrong type, got \['deny'\]"):
        props(["deny"])


def test_props_keep_the_policy_read_only():
    given = props({"permissions": {"deny": ["WebSearch"]}})
    with pytest.raises(TypeError):
        given.claude_policy["env"] = {}  # type: ignore[index]


def test_a_var_file_reports_every_policy_problem_at_once(tmp_path):
    data = {
        "cluster_name": "c",
        "catalog_name": "main",
        "claude_policy": {"permisions": {}, "env": {"ANTHROPIC_BASE_URL": "https://x"}},
    }
    with pytest.raises(SettingsError) as error:
        cluster_props(SettingsFile("v.json", data), "v.json", tmp_path)
    assert str(error.value).splitlines()[1:] == [
        "  claude_policy.permisions: unknown key; did you mean 'permissions'?",
        "  claude_policy.env.ANTHROPIC_BASE_URL: pinned by the node (the token's route: base "
        "URLs, keys, providers, proxies, CA files, TLS); remove it",
    ]


@pytest.mark.parametrize(
    "loosened",
    [
        {"allowManagedHooksOnly": False},
        {"allowManagedMcpServersOnly": False},
        {"enableAllProjectMcpServers": True},
    ],
)
def test_the_admin_may_loosen_what_the_node_allows_by_default(loosened):
    """The node's defaults (only managed hooks, only the organisation's MCP servers, no
    project server unasked) are the admin's to change, knowingly: the policy is accepted."""
    assert policy.pinned_problems(loosened) == []
    assert policy.schema_problems(loosened) == []
    assert policy.schema_problems({next(iter(loosened)): "no"})  # still a switch
