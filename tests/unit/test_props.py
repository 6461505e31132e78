"""Props: documented defaults, every validation rule with its message, tokens left to Terraform."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from coding_assistants import node_settings
from coding_assistants.clouds import developer_node_type
from coding_assistants.props import (
    BUNDLED_INIT_SCRIPT,
    ClusterMode,
    CodingAssistantsClusterProps,
    PropsError,
)

REQUIRED = {"cluster_name": "c", "catalog_name": "main"}

# The mirrored module's documented inputs (its variables.tf): name -> default.
MODULE_DEFAULTS = {
    "schema_name": "default",
    "volume_name": "coding_assistants",
    "init_script_source_path": None,
    "spark_version": "17.3.x-cpu-ml-scala2.13",
    "autotermination_minutes": 30,
    "num_workers": None,
    "min_workers": 1,
    "max_workers": 3,
    "mlflow_experiment_name": "/Workspace/Shared/claude-code-tracing",
    "cluster_mode": "STANDARD",
    "tags": {"Environment": "dev", "Purpose": "coding-assistants"},
}


# Inputs beyond the mirrored module's, each with a default that keeps its behaviour: no cloud,
# so no attributes block and the module's node type (Azure's).
CLOUD_DEFAULTS = {
    "cloud": None,
    "node_type_id": None,
    "availability": "SPOT_WITH_FALLBACK",
    "first_on_demand": 1,
    "zone_id": "auto",
    "spot_bid_price_percent": 100,
    "spot_bid_max_price": -1,
}


def props(**overrides):
    return CodingAssistantsClusterProps(**{**REQUIRED, **overrides})


def test_props_defaults_equal_the_module_defaults():
    values = props().values
    for name, default in MODULE_DEFAULTS.items():
        assert values[name] == default, name


def test_props_cloud_inputs_default_to_the_modules_behaviour():
    values = props().values
    assert {name: values[name] for name in CLOUD_DEFAULTS} == CLOUD_DEFAULTS
    assert developer_node_type(values["cloud"]) == "Standard_D8pds_v6"  # the module's default


def test_props_opt_in_fields_default_to_unset():
    values = props().values
    extra = set(values) - set(MODULE_DEFAULTS) - set(REQUIRED) - set(CLOUD_DEFAULTS)
    opt_in = {name for name in node_settings.declared() if not node_settings.always_set(name)}
    assert extra == opt_in and len(opt_in) >= 6
    kept = "claude_persist_state"  # a switch that is on unless turned off
    assert values[kept] is True and node_settings.env_value(kept, True) == "true"
    assert all(node_settings.env_value(name, values[name]) is None for name in extra - {kept})


def test_props_cluster_name_and_catalog_are_required():
    with pytest.raises(TypeError, match="catalog_name"):
        CodingAssistantsClusterProps(cluster_name="c")  # type: ignore[call-arg]


def test_props_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        props().cluster_name = "other"  # type: ignore[misc]


def test_props_accept_cluster_mode_as_string():
    assert props(cluster_mode="SINGLE_NODE").cluster_mode is ClusterMode.SINGLE_NODE


def test_props_tags_cannot_be_changed_through_the_props():
    tags = {"a": "b"}
    p = props(tags=tags)
    tags["a"] = "changed"
    assert p.tags["a"] == "b"
    with pytest.raises(TypeError):
        p.tags["x"] = "y"  # type: ignore[index]


INVALID = [
    (
        {"cluster_mode": "MULTI"},
        r"cluster_mode: not a known value, got 'MULTI'; "
        r'expected one of "STANDARD", "SINGLE_NODE"',
    ),
    ({"cluster_name": "  "}, r"cluster_name: must not be empty, got '  '"),
    ({"spark_version": ""}, r"spark_version: must not be empty, got ''"),
    ({"node_type_id": ""}, r"node_type_id: must not be empty"),
    (
        {"catalog_name": "my catalog"},
        r"catalog_name: invalid format, got 'my catalog'; "
        r"expected a Unity Catalog name",
    ),
    ({"schema_name": "a.b"}, r"schema_name: invalid format, got 'a.b'"),
    ({"volume_name": "a/b"}, r"volume_name: invalid format, got 'a/b'"),
    ({"volume_name": "tab\there"}, r"volume_name: invalid format"),
    ({"catalog_name": "x" * 256}, r"catalog_name: invalid format"),
    (
        {"autotermination_minutes": 5},
        r"autotermination_minutes: out of range, got 5; "
        r"expected 0 \(never terminate\) or a whole number of minutes from 10 to 10000",
    ),
    ({"autotermination_minutes": 10001}, r"autotermination_minutes: out of range, got 10001"),
    ({"num_workers": -1}, r"num_workers: out of range, got -1; expected a whole number from 0 to"),
    ({"max_workers": 2**31}, r"max_workers: out of range, got 2147483648; expected .* 2147483647"),
    ({"min_workers": -2}, r"min_workers: out of range, got -2"),
    ({"max_workers": 0}, r"max_workers: too small for autoscaling, got 0"),
    (
        {"min_workers": 5, "max_workers": 3},
        r"min_workers: larger than max_workers, got 5; "
        r"expected min_workers <= max_workers when autoscaling",
    ),
    (
        {"mlflow_experiment_name": "relative/path"},
        r"mlflow_experiment_name: invalid format, "
        r"got 'relative/path'; expected an absolute workspace path",
    ),
    ({"mlflow_experiment_name": "/Users/me/"}, r"mlflow_experiment_name: invalid format"),
    ({"tags": {"bad key!": "x"}}, r"tags: invalid tag key"),
    ({"tags": {"k": "v" * 257}}, r"tags: tag value too long"),
    ({"tags": {f"k{i}": "v" for i in range(44)}}, r"tags: too many tags"),
    ({"tags": {"Team": "a", "team": "b"}}, r"tags: tag keys differ only in case"),
    ({"tags": {"k": 1}}, r"tags: wrong type, got \{'k': 1\}; expected map\(string\)"),
    ({"tags": ["a"]}, r"tags: wrong type, got \['a'\]; expected map\(string\)"),
    ({"min_workers": "1"}, r"min_workers: wrong type, got '1'; expected a whole number"),
    ({"min_workers": 1.5}, r"min_workers: wrong type, got 1.5; expected a whole number"),
    (
        {"autotermination_minutes": True},
        r"autotermination_minutes: wrong type, got true; expected a whole number",
    ),
    ({"cluster_name": 3}, r"cluster_name: wrong type, got 3; expected string"),
    ({"schema_name": None}, r"schema_name: wrong type, got None; expected string"),
    ({"claude_serving_endpoint": "has space"}, r"claude_serving_endpoint: invalid format"),
    ({"claude_model": " "}, r"claude_model: invalid format, got ' '"),
    ({"claude_model": "claude sonnet"}, r"claude_model: invalid format, got 'claude sonnet'"),
    ({"claude_api_route": "gateway"}, r"claude_api_route: not a known value, got 'gateway'"),
    ({"tags": {"managedby": "me"}}, r"tags: tag key differs only in case from a tag the"),
    ({"tags": {"RESOURCECLASS": "x"}}, r"tags: tag key differs only in case from a tag the"),
    ({"max_workers": 2**53}, r"max_workers: number too large, got 9007199254740992; expected"),
    (
        {"claude_code_version": "v2"},
        r"claude_code_version: invalid format, got 'v2'; "
        r'expected "stable", "latest" or a version',
    ),
    (
        {"cluster_name": "dev-${var.x}"},
        r"cluster_name: contains a Terraform template sequence, got 'dev-\$\{var.x\}'; "
        r"expected plain text without",
    ),
    ({"tags": {"Team": "%{if x}"}}, r"tags: contains a Terraform template sequence"),
    (
        {"offline_bundle_path": "/dbfs/FileStore/bundle", "offline_bundle_sha256": "a" * 64},
        r"offline_bundle_path: invalid format, got '/dbfs/FileStore/bundle'; expected a "
        r"directory in a Unity Catalog volume",
    ),
    (
        {"offline_bundle_path": "/Volumes/main/tools/offline", "claude_code_version": "2.1.3"},
        r"offline_bundle_path: invalid format",
    ),
    ({"offline_bundle_sha256": "abc"}, r"offline_bundle_sha256: invalid format, got 'abc'"),
    (
        {"offline_bundle_path": "/Volumes/main/tools/offline/b", "claude_code_version": "2.1.3"},
        r"offline_bundle_sha256: required with offline_bundle_path, got None",
    ),
    (
        {"offline_bundle_path": "/Volumes/main/tools/offline/b", "offline_bundle_sha256": "a" * 64},
        r"claude_code_version: not an exact version with offline_bundle_path, got None",
    ),
    (
        {
            "offline_bundle_path": "/Volumes/main/tools/offline/b",
            "offline_bundle_sha256": "a" * 64,
            "claude_code_version": "stable",
        },
        r"claude_code_version: not an exact version with offline_bundle_path, got 'stable'",
    ),
    (
        {"init_script_source_path": "/no/such/script.sh"},
        r"init_script_source_path: file not "
        r"found, got '/no/such/script.sh'; expected an existing file",
    ),
]


@pytest.mark.parametrize(("overrides", "message"), INVALID, ids=lambda v: str(v)[:40])
def test_fails_when_a_rule_is_broken(overrides, message):
    with pytest.raises(PropsError, match=message):
        props(**overrides)


def test_fails_when_the_init_script_is_64_kb_or_more(tmp_path: Path):
    script = tmp_path / "big.sh"
    script.write_bytes(b"#" * (64 * 1024))
    with pytest.raises(PropsError, match=r"init_script_source_path: file too large \(65536 bytes"):
        props(init_script_source_path=str(script))


def test_props_report_every_problem_at_once():
    with pytest.raises(PropsError) as raised:
        props(cluster_mode="X", autotermination_minutes=1, volume_name="a b")
    fields = [p.split(":")[0] for p in raised.value.problems]
    assert fields == ["volume_name", "autotermination_minutes", "cluster_mode"]
    assert str(raised.value).startswith("CodingAssistantsClusterProps is invalid:\n")


def test_props_allow_edge_values():
    props(autotermination_minutes=0)
    props(autotermination_minutes=10)
    props(autotermination_minutes=10000)
    props(num_workers=0)
    props(min_workers=3, max_workers=3)
    props(catalog_name="x" * 255, volume_name="with-hyphen")
    props(claude_code_version="2.0.14", claude_serving_endpoint="my_endpoint-1")
    props(claude_model="system.ai.claude-sonnet-4-5", claude_api_route="ai-gateway")
    props(claude_model="databricks-claude-opus-4-6", claude_api_route="serving-endpoints")
    props(tags={"ManagedBy": "terraform", "ResourceClass": "x"})  # exact keys: the cluster's win
    props(init_script_source_path=str(BUNDLED_INIT_SCRIPT))
    props(offline_bundle_sha256="A" * 64)  # a hash alone is harmless: no path, no bundle
    props(
        offline_bundle_path="/Volumes/main/tools/offline/claude-2.1.332",
        offline_bundle_sha256="0f" * 32,
        claude_code_version="2.1.332",
    )


def test_props_skip_autoscaling_rules_when_not_autoscaling():
    props(min_workers=9, max_workers=0, num_workers=2)
    props(min_workers=9, max_workers=0, cluster_mode="SINGLE_NODE")


def test_props_leave_unresolved_tokens_to_terraform():
    from coding_assistants.engine import TerraformStack, TerraformVariable, Testing

    stack = TerraformStack(Testing.app(), "tokens")  # App() would create ./cdktf.out
    number = TerraformVariable(stack, "n", type="number").number_value
    text = TerraformVariable(stack, "s", type="string").string_value
    p = props(autotermination_minutes=number, catalog_name=text, cluster_mode=text)
    assert p.autotermination_minutes == number
    # A literal next to tokens is still checked.
    with pytest.raises(PropsError, match=re.escape("volume_name: invalid format")):
        props(catalog_name=text, volume_name="a b")
