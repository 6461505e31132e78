"""The init script's check (shell_checks.render) agrees with the Python rule on every value,
prints the rule's own message, and is clean bash."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coding_assistants import facts, node_settings, policy, shell_checks
from coding_assistants.props import CLUSTER_RULES
from tests import clock

SHELLCHECK = Path(sys.executable).parent / "shellcheck"

GOOD_AND_BAD = {
    "MLFLOW_EXPERIMENT_NAME": [
        "/Workspace/Shared/claude-code-tracing",
        "/Users/me@company.com/my traces",
        "/Users/été/x",
        "/a\u0085b",  # a C1 control: not a control character to either side
        "traces",
        "/a//b",
        "/a/",
        "/a\tb",
        "/a\x7fb",
        "/a\nb",
        "",
    ],
    "CLAUDE_SERVING_ENDPOINT": ["anthropic", "my_endpoint-1", "a" * 63, "a" * 64, "a b", "x\n"],
    "CLAUDE_MODEL": [
        "databricks-claude-sonnet-4-5",
        "system.ai.claude-sonnet-4-5",
        "claude sonnet",
        "system.ai.",
        "system.ai.a.b",
        "system-ai-x",
        "vendor.model",
        "model[1]",
        "",
    ],
    "CLAUDE_CODE_VERSION": ["stable", "latest", "2.0.14", "2.0.14-beta.1", "v2", "2.0", "stable "],
    "CLAUDE_API_ROUTE": ["serving-endpoints", "ai-gateway", "AI-GATEWAY", "gateway", ""],
    "OFFLINE_BUNDLE_PATH": [
        "/Volumes/main/tools/offline/claude-2.1.332",
        "/Volumes/main/tools/offline/a b/.cache/..x",
        "/Volumes/main/tools/offline",
        "/Volumes/main/tools/offline/",
        "/Volumes/main/tools/offline/x/",
        "/Volumes/main/tools/offline/../x",
        "/Volumes/main/tools/offline/./x",
        "/Volumes/a.b/tools/offline/x",
        "/dbfs/FileStore/bundle/x",
        "dbfs:/FileStore/bundle",
        "/Volumes/main/tools/offline/a\tb",
        "",
    ],
    "OFFLINE_BUNDLE_SHA256": ["a" * 64, "A0" * 32, "a" * 63, "a" * 65, "g" * 64, " " + "a" * 63],
    **{
        f"CLAUDE_{alias}_MODEL": ["databricks-claude-haiku-4-5", "system.ai.x", "a b", "", "m;rm"]
        for alias in ("OPUS", "SONNET", "HAIKU", "SMALL_FAST")
    },
    "CLAUDE_POLICY": [
        policy.encode({"permissions": {"deny": ["WebSearch"]}}),
        policy.encode({"companyAnnouncements": ["x" * 13000]}),
        "not base64!",
        "e30",
    ],
    "CLAUDE_MCP_SQL": ["true", "false", "yes", "1", "TRUE", ""],
    "CLAUDE_MCP_LOCKED": ["true", "false", "on"],
    "CLAUDE_MCP_GENIE_SPACES": ["01ef0123", "a1,b2", "a-1", "a,,b", "a b", ",", "a," + "b" * 65],
    "CLAUDE_MCP_UC_FUNCTIONS": ["main.tools", "a.b.c,d_1.e", "main", "a.b.c.d", "a-b.c", "a.b,"],
    "CLAUDE_MCP_VECTOR_SEARCH": ["main.docs.idx", ",".join(["a.b"] * 20), ",".join(["a.b"] * 21)],
    "CLAUDE_SKILLS_PATH": ["/Volumes/main/tools/claude/skills", "/Volumes/main/tools/x", "/x/y"],
    "CLAUDE_MEMORY_PATH": ["/Volumes/main/tools/claude/CLAUDE.md", "/Volumes/m/t/c/../x", ""],
    "CLAUDE_PLUGIN_MARKETPLACES": [
        policy.encode({"team": {"repo": "org/plugins", "source": "github"}}),
        policy.encode({"b": {"source": "git", "url": "https://x.example/m.git", "ref": "v1"}}),
        "not base64!",
        "",
    ],
    "CLAUDE_ENABLED_PLUGINS": [
        "formatter@team-tools",
        "a@b,c.d@e_f",
        "formatter",
        "a@b@c",
        "a@b,",
        '"a@b"',
        "",
    ],
    "CLAUDE_STRICT_MARKETPLACES": ["true", "false", "True", "1", ""],
    "CLAUDE_PERSIST_STATE": ["true", "false", "yes", "false "],
    "CODING_ASSISTANTS_USER": [
        "ada@example.com",
        "0b9a6e8c-1f2d-4c5b-9a7e-3d2c1b0a9f8e",
        "first.last+tag@example.co.uk",
        "..",
        ".hidden",
        "a/b",
        "a b",
        "",
    ],
    "CLAUDE_OTEL_ENDPOINT": [
        "https://otel.example.com:4318",
        "http://127.0.0.1:4318/collector/v1",
        "otel.example.com:4318",
        "https://otel.example.com?key=1",
        "https://user@otel.example.com",
        "https://otel example.com",
        'https://otel.example.com/"x',
        "",
    ],
    "CLAUDE_OTEL_PROTOCOL": ["http/protobuf", "http/json", "grpc", "http", "HTTP/JSON", ""],
    "CLAUDE_OTEL_HEADERS_SECRET": ["observability/otlp-headers", "a.b/c_d", "key", "a/b/c", "a /b"],
    "CLAUDE_OTEL_LOG_USER_PROMPTS": ["enabled", "disabled", "yes", ""],
    "DATABRICKS_HOST": [
        "https://adb-1234.5.azuredatabricks.net",
        "adb-1234.5.azuredatabricks.net",
        "https://127.0.0.1:8443",
        "https://x.cloud.databricks.com/",
        "https://x.net/path",
        "http://x.net",
        "https://user@x.net",
        "https://x.net?o=1",
        "https://x net",
        "",
    ],
    "CLAUDE_HTTPS_PROXY": [
        "http://proxy.example.com:3128",
        "https://10.0.0.5:8443/",
        "http://proxy",
        "http://user:secret@proxy.example.com:3128",
        "socks5://proxy.example.com:1080",
        "proxy.example.com:3128",
        "http://proxy.example.com:3128/path",
        "http://proxy example.com",
        "",
    ],
    "CLAUDE_CA_BUNDLE_PATH": [
        "/Volumes/main/security/certs/corp-ca.pem",
        "/etc/ssl/certs/corp ca.pem",
        "corp-ca.pem",
        "/Volumes/main/../etc/passwd",
        "/Volumes/main/./ca.pem",
        "/etc/ssl/",
        "/etc/ssl/a\nb.pem",
        "",
    ],
}
CASES = [(name, value) for name, values in GOOD_AND_BAD.items() for value in values]
SETTING_OF = {s.env: name for name, s in node_settings.declared().items()}


def as_input(env: str, value: str) -> object:
    """The input whose node value is ``value`` (a value no input gives stays as it is)."""
    kind = node_settings.kind(SETTING_OF[env]) if env in SETTING_OF else node_settings.TEXT
    if kind == node_settings.FLAG:
        return {"true": True, "false": False}.get(value, value)
    if kind == node_settings.LIST:
        return value.split(",")
    if kind == node_settings.JSON:
        try:
            return policy.decode(value)
        except ValueError:
            return value
    return value


def bash_rules(env: str) -> tuple:
    """The rules ca_setting_problem checks for ``env`` (a JSON setting's jq rules are
    ca_json_problem's)."""
    return tuple(r for r in shell_checks.node_rules()[env] if r.pattern or r.shell)


def python_message(env: str, value: str) -> str | None:
    """The message of the first of ``env``'s bash rules that Python says the value breaks."""
    given = as_input(env, value)
    broken = [r for r in bash_rules(env) if not _python_holds(r, given)]
    return broken[0].message() if broken else None


def _python_holds(rule, given) -> bool:
    try:
        return rule.check(given, {})
    except (TypeError, ValueError):
        return False


def run_check(name: str, value: str) -> subprocess.CompletedProcess[str]:
    script = shell_checks.render() + 'ca_setting_problem "$1" "$2"\n'
    return subprocess.run(
        ["bash", "-c", script, "check", name, value],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **clock.handed_down()},
    )


def test_every_node_setting_has_a_row():
    assert set(GOOD_AND_BAD) == set(shell_checks.node_rules())
    assert set(shell_checks.node_rules()) == {
        *(s.env for s in node_settings.declared().values()),
        facts.ENV_DATABRICKS_HOST,
        facts.ENV_CLUSTER_USER,
    }


@pytest.mark.parametrize(("name", "value"), CASES, ids=[f"{n}={v[:40]!r}" for n, v in CASES])
def test_bash_check_agrees_with_the_python_rule(name, value):
    """The node's value (a flag's "true", a list's entries joined by commas, a JSON object's
    base64) is refused by bash exactly when Python refuses the input it comes from."""
    result = run_check(name, value)
    message = python_message(name, value)
    if message is None:
        assert (result.returncode, result.stdout) == (0, "")
    else:
        assert (result.returncode, result.stdout) == (1, message + "\n")


def test_each_table_has_good_and_bad_values():
    for name, values in GOOD_AND_BAD.items():
        verdicts = {python_message(name, v) is None for v in values}
        assert verdicts == {True, False}, name


JSON_VALUES = {
    "CLAUDE_POLICY": [
        {"permissions": {"deny": ["WebSearch"], "defaultMode": "plan"}},
        {"permissions": {"defaultMode": "yolo"}},
        {"apiKeyHelper": "/tmp/x"},
        {"env": {"https_proxy": "http://proxy.example:3128"}},
        ["deny"],
    ],
    "CLAUDE_PLUGIN_MARKETPLACES": [
        {"team": {"repo": "org/plugins", "source": "github"}},
        {
            "a": {"path": "/Volumes/m/t/v/mkt", "source": "directory"},
            "b": {"source": "git", "url": "https://x.example/m.git", "ref": "v1"},
        },
        {},
        {"team": {"source": "github"}},
        {"team": {"repo": "org/p", "source": "svn"}},
        {"team": {"repo": "org/p x", "source": "github"}},
        {"team": {"repo": "org/p", "source": "github", "url": "https://x.example"}},
        {"te am": {"repo": "org/p", "source": "github"}},
        {"team": {"repo": ["org/p"], "source": "github"}},
        {"team": "org/p"},
        [],
    ],
}
"""Decoded values of each JSON node setting, for the node's jq checks."""
JSON_CASES = [(name, value) for name, values in JSON_VALUES.items() for value in values]


def jq_message(env: str, value: object) -> str | None:
    """The message of the first of ``env``'s jq rules that Python says the value breaks."""
    checked = [r for r in shell_checks.node_rules()[env] if r.jq is not None]
    broken = [r for r in checked if not _python_holds(r, value)]
    return broken[0].message() if broken else None


def test_every_json_setting_has_jq_values():
    json_settings = {
        s.env for n, s in node_settings.declared().items() if node_settings.kind(n) == "json"
    }
    assert set(JSON_VALUES) == json_settings
    for name, values in JSON_VALUES.items():
        assert {jq_message(name, v) is None for v in values} == {True, False}, name


@pytest.mark.parametrize(
    ("name", "value"), JSON_CASES, ids=[f"{n}={str(v)[:40]!r}" for n, v in JSON_CASES]
)
def test_jq_check_agrees_with_the_python_rule(name, value):
    """The node's jq checks of a decoded JSON setting refuse exactly what Python refuses."""
    script = (
        'have_cmd() { command -v "$1" >/dev/null; }\n'
        + shell_checks.render_json()
        + 'ca_json_problem "$1" "$2"\n'
    )
    result = subprocess.run(
        ["bash", "-c", script, "check", name, json.dumps(value)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **clock.handed_down()},
    )
    message = jq_message(name, value)
    if message is None:
        assert (result.returncode, result.stdout) == (0, "")
    else:
        assert (result.returncode, result.stdout) == (1, message + "\n")


def test_unknown_names_pass():
    result = run_check("CLAUDE_INSTALL_METHOD", "anything at all")
    assert (result.returncode, result.stdout) == (0, "")


def test_node_rules_are_the_cluster_rules():
    for prop, setting in node_settings.declared().items():
        alone = tuple(r for r in CLUSTER_RULES if r.field == prop and not r.crosses)
        assert shell_checks.node_rules()[setting.env] == alone


def test_patterns_use_only_the_portable_subset():
    """No Python- or RE2-only syntax reaches bash: no (?:, \\d, \\s, \\w, or \\x escapes."""
    for rule_list in shell_checks.node_rules().values():
        for rule in (r for r in rule_list if r.pattern is not None):
            pattern = shell_checks.ere(rule.pattern)
            assert "(?" not in pattern
            assert not re.search(r"\\[^.^$*+?()\[\]{}|\\]", pattern), pattern


def test_fragment_passes_shellcheck(tmp_path):
    assert SHELLCHECK.exists(), "install the dev dependencies: make install"
    fragment = tmp_path / "checks.sh"
    fragment.write_text("#!/usr/bin/env bash\n" + shell_checks.render())
    result = subprocess.run(
        [str(SHELLCHECK), "--format=gcc", str(fragment)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


BUNDLE_VALUES = {
    "CLAUDE_CODE_VERSION": ["2.1.332", "10.0.0", "stable", "latest", "2.0.14-beta.1", "2.0", ""],
    "OFFLINE_BUNDLE_SHA256": ["a" * 64, "abc", ""],
}
"""Values checked once OFFLINE_BUNDLE_PATH is set (an empty value: the variable is unset)."""
BUNDLE_CASES = [(name, value) for name, values in BUNDLE_VALUES.items() for value in values]


@pytest.mark.parametrize(
    ("name", "value"), BUNDLE_CASES, ids=[f"{n}={v!r}" for n, v in BUNDLE_CASES]
)
def test_bash_bundle_check_agrees_with_the_python_rule(name, value):
    """With a bundle, the hash is required and claude_code_version must be exact: the rules
    across inputs, on the node, decide as Python does (unset there is None here)."""
    (rule,) = shell_checks.when_set_rules()["offline_bundle_path"][name]
    function = shell_checks.when_set_function("offline_bundle_path")
    script = shell_checks.render() + f'{function} "$1" "$2"\n'
    result = subprocess.run(
        ["bash", "-c", script, "check", name, value],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **clock.handed_down()},
    )
    with_bundle = {"offline_bundle_path": "/Volumes/main/tools/offline/b"}
    if rule.check(value or None, with_bundle):
        assert (result.returncode, result.stdout) == (0, "")
    else:
        assert (result.returncode, result.stdout) == (1, rule.message() + "\n")


def test_when_set_rules_are_the_rules_across_the_bundle():
    by_env = shell_checks.when_set_rules()
    assert set(by_env) == {"offline_bundle_path"}
    rendered = {r for rs in by_env["offline_bundle_path"].values() for r in rs}
    assert rendered == {r for r in node_settings.ACROSS if r.when_set == "offline_bundle_path"}
    assert {r.problem for r in rendered} == {
        "not an exact version with offline_bundle_path",
        "required with offline_bundle_path",
    }
