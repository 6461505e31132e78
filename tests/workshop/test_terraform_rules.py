"""Every Terraform condition of the workshop's rules, rendered as variable validations, makes
Terraform reject a bad value with the Python message; Python rejects the same value."""

from __future__ import annotations

from dataclasses import MISSING, fields

import pytest

from coding_assistants.props import problems_of, prop_default
from coding_assistants.workshop.props import WORKSHOP_RULES, WorkshopProps
from tests.terraform.harness import errors_by_module, variables_module, write_root
from tests.terraform.test_module import NEW_BAD_VALUES

pytestmark = pytest.mark.terraform

DEFAULTS = {
    f.name: prop_default(f)
    for f in fields(WorkshopProps)
    if f.name != "attendees" and prop_default(f) is not MISSING
}

BAD_VALUES = {
    ("workshop_name", "invalid format"): "-bad",
    ("cluster_name_prefix", "invalid format"): "a b",
    ("catalog_name", "invalid format"): "Main",
    ("schema_name", "invalid format"): "a.b",
    ("volume_name", "invalid format"): "a/b",
    ("spark_version", "must not be empty"): " ",
    ("spark_version", "runtime too old for databricks ssh"): "16.4.x-scala2.12",
    ("node_type_id", "must not be empty"): "",
    ("cloud", "not a known value"): "oci",
    ("availability", "not a known value"): "RESERVED",
    ("zone_id", "invalid format"): "us west",
    ("spot_bid_price_percent", "out of range"): 10001,
    ("spot_bid_max_price", "out of range"): -0.5,
    ("autotermination_minutes", "out of range"): 5,
    ("pool_min_idle_instances", "out of range"): -1,
    ("pool_max_capacity", "out of range"): 11001,
    ("pool_idle_instance_autotermination_minutes", "out of range"): 10001,
    ("policy_max_clusters_per_user", "out of range"): 2**31,
    ("facilitators_group", "must not be empty"): " ",
    ("pool_capacity_headroom", "out of range"): 1001,
    ("cli_profile", "invalid format"): "my profile",
    ("serving_endpoint_query", "invalid format"): "everyone",
    ("fleet_stacks", "out of range"): 100000,
    ("gateway_user_queries_per_minute", "out of range"): 0,
    ("gateway_user_tokens_per_minute", "out of range"): 2**31,
    ("gateway_endpoint_queries_per_minute", "out of range"): 0,
    ("gateway_endpoint_tokens_per_minute", "out of range"): 0,
    ("gateway_usage_tracking", "not a known value"): "on",
    ("gateway_inference_table", "invalid format"): "main",
    ("gateway_pii", "not a known value"): "block",
    ("attendee_permission_level", "not a known value"): "CAN_VIEW",
    ("mlflow_experiment_name", "invalid format"): "traces",
    ("claude_serving_endpoint", "invalid format"): "a b",
    ("claude_model", "invalid format"): "claude sonnet",
    ("claude_code_version", "invalid format"): "v2",
    ("claude_api_route", "not a known value"): "gateway",
    ("offline_bundle_path", "invalid format"): "/dbfs/FileStore/bundle",
    ("offline_bundle_sha256", "invalid format"): "abc",
    ("claude_skills_path", "invalid format"): "/dbfs/skills",
    ("claude_memory_path", "invalid format"): "/tmp/CLAUDE.md",
    ("otel_endpoint", "invalid format"): "otel.example.com:4318",
    ("otel_protocol", "not a known value"): "http",
    ("otel_headers_secret", "invalid format"): "just-a-key",
    ("otel_log_user_prompts", "not a known value"): "yes",
    ("claude_https_proxy", "invalid format"): "socks5://proxy:1080",
    ("claude_ca_bundle_path", "invalid format"): "/etc/../ca.pem",
    ("tags", "too many tags"): {f"k{i}": "v" for i in range(42)},
    ("tags", "invalid tag key"): {"bad!": "v"},
    ("tags", "tag keys differ only in case"): {"Team": "a", "team": "b"},
    ("tags", "tag value too long"): {"k": "v" * 257},
    ("tags", "reserved tag key"): {"workshop": "x"},
    **{key: arguments[key[0]] for key, arguments in NEW_BAD_VALUES.items()},
}
BUNDLE = "/Volumes/main/tools/offline/claude-2.1.332"
CROSS_BAD_VALUES = {
    ("claude_skills_path", "not in a volume the attendees can read"): {
        "claude_skills_path": "/Volumes/main/private/skills/team",
    },
    ("claude_memory_path", "not in a volume the attendees can read"): {
        "claude_memory_path": "/Volumes/main/private/docs/CLAUDE.md",
        "offline_bundle_path": BUNDLE,
        "offline_bundle_sha256": "a" * 64,
        "claude_code_version": "2.1.332",
    },
    ("serving_endpoint_query", "not possible with claude_api_route ai-gateway"): {
        "claude_api_route": "ai-gateway",
        "claude_model": "system.ai.claude-sonnet-4-5",
    },
    ("offline_bundle_sha256", "required with offline_bundle_path"): {
        "offline_bundle_path": BUNDLE,
        "claude_code_version": "2.1.332",
    },
    ("claude_code_version", "not an exact version with offline_bundle_path"): {
        "offline_bundle_path": BUNDLE,
        "offline_bundle_sha256": "a" * 64,
        "claude_code_version": "latest",
    },
    ("availability", "only with cloud set"): {"availability": "SPOT"},
    ("zone_id", "only for cloud aws or gcp"): {"cloud": "azure", "zone_id": "westeurope-1"},
    ("spot_bid_price_percent", "only for cloud aws"): {"spot_bid_price_percent": 50},
    ("spot_bid_max_price", "only for cloud azure"): {"cloud": "gcp", "spot_bid_max_price": 0.1},
    ("availability", "not available for a pool on this cloud"): {
        "cloud": "aws",
        "availability": "SPOT_WITH_FALLBACK",
    },
}
"""Rules across settings: checked in Python on whole settings; in Terraform they are
preconditions (as in the module stack), here of the test module's output."""
SINGLE = tuple(r for r in WORKSHOP_RULES if not r.crosses)
IDS = [f"{r.field}-{r.problem}" for r in SINGLE]


def test_every_workshop_rule_has_a_bad_value():
    assert {(r.field, r.problem) for r in WORKSHOP_RULES} == set(BAD_VALUES) | set(CROSS_BAD_VALUES)


@pytest.mark.parametrize("key", list(CROSS_BAD_VALUES), ids=lambda k: f"{k[0]}-{k[1]}")
def test_python_rejects_bad_combinations_of_settings(key):
    values = dict(DEFAULTS, **CROSS_BAD_VALUES[key])
    problems = problems_of(WorkshopProps, values, WORKSHOP_RULES)
    assert any(p.startswith(f"{key[0]}: {key[1]}, got ") for p in problems), problems


@pytest.mark.parametrize("index", range(len(SINGLE)), ids=IDS)
def test_python_rejects_the_bad_value_by_the_same_rule(index):
    rule = SINGLE[index]
    value = BAD_VALUES[(rule.field, rule.problem)]
    problems = problems_of(WorkshopProps, {rule.field: value}, WORKSHOP_RULES)
    typed = any(p.startswith(f"{rule.field}: wrong type, got ") for p in problems)
    assert typed or set(rule.problems(value)) <= set(problems), problems


@pytest.fixture(scope="module")
def rejections(tfcheck, tmp_path_factory) -> dict[str, str]:
    """Terraform's errors for one module call per rule (no rule spans two settings)."""
    module = variables_module(tmp_path_factory.mktemp("workshop-vars") / "m", WorkshopProps, SINGLE)
    calls = {
        f"r{i}": ("workshop", {rule.field: BAD_VALUES[(rule.field, rule.problem)]})
        for i, rule in enumerate(SINGLE)
    }
    calls["good"] = ("workshop", {})
    root = write_root(tmp_path_factory.mktemp("workshop-root"), {"workshop": module}, calls)
    result = tfcheck("validate", str(root))
    assert result.returncode != 0
    return errors_by_module(result.stderr)


def test_terraform_accepts_the_defaults(rejections):
    assert "good" not in rejections


@pytest.mark.parametrize("index", range(len(SINGLE)), ids=IDS)
def test_terraform_rejects_a_bad_workshop_value_with_the_rule_message(index, rejections):
    rule = SINGLE[index]
    assert f"r{index}" in rejections, f"Terraform accepted {rule.field}"
    expected = rule.message() if rule.terraform else "a bool is required"
    assert expected in rejections[f"r{index}"]


@pytest.fixture(scope="module")
def cross_rejections(tfcheck, tmp_path_factory) -> dict[tuple[str, str], str]:
    """Terraform's plan errors for each rule across settings, one plan per rule (a failed
    precondition's diagnostic does not name the module call)."""
    cross = [r for r in WORKSHOP_RULES if r.crosses]
    module = variables_module(tmp_path_factory.mktemp("cross-vars") / "m", WorkshopProps, cross)
    found = {}
    for rule in [None, *cross]:
        arguments = CROSS_BAD_VALUES[(rule.field, rule.problem)] if rule else {}
        root = write_root(tmp_path_factory.mktemp("cross"), {"w": module}, {"c": ("w", arguments)})
        result = tfcheck("plan", str(root))
        key = (rule.field, rule.problem) if rule else ("", "good")
        found[key] = "" if result.returncode == 0 else " ".join(result.stderr.split())
    return found


def test_terraform_accepts_the_defaults_across_settings(cross_rejections):
    assert cross_rejections[("", "good")] == ""


@pytest.mark.parametrize("key", list(CROSS_BAD_VALUES), ids=lambda k: f"{k[0]}-{k[1]}")
def test_terraform_rejects_a_bad_combination_with_the_rule_message(key, cross_rejections):
    rule = next(r for r in WORKSHOP_RULES if (r.field, r.problem) == key)
    assert "precondition failed" in cross_rejections[key], f"Terraform accepted {key}"
    assert rule.message() in cross_rejections[key]
