"""The module stack through the real Terraform engine: the documented configurations plan the
expected values, and the same values as the hand-written HCL module; every validation rule
rejects a bad value with the Python message."""

from __future__ import annotations

import base64
import copy
import json
import re
import shutil

import pytest

from coding_assistants.props import BUNDLED_INIT_SCRIPT, CLUSTER_RULES
from coding_assistants.stacks import MODULE_STACK
from tests.conftest import CLUSTER_EXAMPLES, EXAMPLES, REPO
from tests.terraform.harness import errors_by_module, module_resources, write_root

pytestmark = pytest.mark.terraform

HCL_MODULE = REPO / "tests" / "fixtures" / "hcl_module"
REQUIRED = {"cluster_name": "x", "catalog_name": "main"}


def example_args(name: str) -> dict:
    if name in MORE_CONFIGURATIONS:
        return {**REQUIRED, **MORE_CONFIGURATIONS[name]}
    return json.loads((EXAMPLES / f"{name}.tfvars.json").read_text())


MORE_CONFIGURATIONS = {
    "fixed-workers": {"num_workers": 4, "min_workers": 9, "max_workers": 0},
    "single-node-tags": {
        "cluster_mode": "SINGLE_NODE",
        "num_workers": 2,
        "tags": {"ResourceClass": "Mine", "ManagedBy": "me", "Team": "x"},
    },
    "own-script": {
        "init_script_source_path": str(BUNDLED_INIT_SCRIPT),
        "tags": {"ResourceClass": "Mine"},
        "autotermination_minutes": 0,
    },
}
"""Inputs of the HCL module beyond the documented examples: fixed workers (the autoscale range
is then ignored), user tags that the module's own tags override, the caller's own script."""
HCL_VARIABLES = set(re.findall(r'variable "(\w+)"', (HCL_MODULE / "variables.tf").read_text()))
"""The HCL module's inputs: an example that sets another one is planned through ours alone."""
HCL_EXAMPLES = tuple(n for n in CLUSTER_EXAMPLES if set(example_args(n)) <= HCL_VARIABLES)
COMPARED = (*HCL_EXAMPLES, *MORE_CONFIGURATIONS)
OURS_ONLY = tuple(n for n in CLUSTER_EXAMPLES if n not in HCL_EXAMPLES)


@pytest.fixture(scope="module")
def plans(default_synth, tfcheck, tmp_path_factory) -> dict:
    """One plan with every documented configuration, through our module and the HCL one."""
    hcl = tmp_path_factory.mktemp("hcl") / "hcl"
    shutil.copytree(HCL_MODULE, hcl)
    (hcl / "scripts").mkdir(exist_ok=True)
    shutil.copy(BUNDLED_INIT_SCRIPT, hcl / "scripts" / "install-claude.sh")
    calls = {}
    for name in COMPARED:
        key = name.replace("-", "_")
        calls[f"ours_{key}"] = ("ours", example_args(name))
        calls[f"hcl_{key}"] = ("hcl", example_args(name))
    for name in OURS_ONLY:
        calls[f"ours_{name.replace('-', '_')}"] = ("ours", example_args(name))
    root = write_root(
        tmp_path_factory.mktemp("plan-root"),
        {"ours": default_synth.stack_dir(MODULE_STACK), "hcl": hcl},
        calls,
    )
    result = tfcheck("plan", str(root), check=True)
    return json.loads(result.stdout)


def resources(plans: dict, example: str, side: str = "ours") -> dict:
    return copy.deepcopy(module_resources(plans, f"{side}_{example.replace('-', '_')}"))


ADDRESSES = {
    "data.databricks_current_user.me",
    "databricks_volume.init_scripts",
    "databricks_file.init_script",
    "databricks_cluster.coding_assistants",
}


def without_workspace_url(planned: dict) -> dict:
    """The planned resources minus the documented differences from the HCL module (UPGRADE.md):
    in the cluster's ``spark_env_vars``, ``DATABRICKS_HOST`` (the workspace URL),
    ``CODING_ASSISTANTS_USER`` (the cluster's user) and ``CLAUDE_PERSIST_STATE`` (on by
    default)."""
    env = planned["databricks_cluster.coding_assistants"]["spark_env_vars"]
    me = planned["data.databricks_current_user.me"]
    assert env.pop("DATABRICKS_HOST") == me["workspace_url"]
    assert env.pop("CODING_ASSISTANTS_USER") == me["user_name"]
    assert env.pop("CLAUDE_PERSIST_STATE") == "true"
    return planned


@pytest.mark.parametrize("name", COMPARED)
def test_module_plans_the_same_as_the_hcl_module(name, plans):
    ours, hcl = resources(plans, name), resources(plans, name, "hcl")
    assert set(ours) == set(hcl) == ADDRESSES
    assert "DATABRICKS_HOST" not in hcl["databricks_cluster.coding_assistants"]["spark_env_vars"]
    sources = (
        ours["databricks_file.init_script"].pop("source"),
        hcl["databricks_file.init_script"].pop("source"),
    )
    own = example_args(name).get("init_script_source_path")
    if own:
        assert sources == (own, own)
    assert without_workspace_url(ours) == hcl


def test_module_ships_the_script_where_the_hcl_module_keeps_it(plans, default_synth):
    ours = resources(plans, "basic")["databricks_file.init_script"]["source"]
    hcl = resources(plans, "basic", "hcl")["databricks_file.init_script"]["source"]
    assert (ours, hcl) == ("ours/scripts/install-claude.sh", "hcl/scripts/install-claude.sh")
    shipped = default_synth.stack_dir(MODULE_STACK) / "scripts" / "install-claude.sh"
    assert shipped.read_bytes() == BUNDLED_INIT_SCRIPT.read_bytes()


def test_module_in_the_hcl_module_directory_plans_the_same_file(default_synth, tfcheck, tmp_path):
    """Replacing the HCL module's directory in place: the same call plans the same values,
    ``databricks_file.init_script``'s ``source`` included; only DATABRICKS_HOST differs."""
    hcl = tmp_path / "hcl-module"
    shutil.copytree(HCL_MODULE, hcl)
    (hcl / "scripts").mkdir(exist_ok=True)
    shutil.copy(BUNDLED_INIT_SCRIPT, hcl / "scripts" / "install-claude.sh")
    planned = {}
    for side, module in (("hcl", hcl), ("ours", default_synth.stack_dir(MODULE_STACK))):
        calls = {"coding_cluster": ("modules/coding_cluster", example_args("complete"))}
        root = write_root(tmp_path / side, {"modules/coding_cluster": module}, calls)
        plan = json.loads(tfcheck("plan", str(root), check=True).stdout)
        planned[side] = module_resources(plan, "coding_cluster")
    source = planned["ours"]["databricks_file.init_script"]["source"]
    assert source == "modules/coding_cluster/scripts/install-claude.sh"
    assert without_workspace_url(planned["ours"]) == planned["hcl"]


def test_basic_plans_an_autoscaling_single_user_cluster(plans):
    planned = resources(plans, "basic")
    cluster = planned["databricks_cluster.coding_assistants"]
    assert cluster["autoscale"] == [{"min_workers": 1, "max_workers": 3}]
    assert cluster["num_workers"] is None
    assert cluster["single_user_name"] == "user@example.com"
    assert cluster["data_security_mode"] == "SINGLE_USER"
    assert cluster["autotermination_minutes"] == 30
    volume = planned["databricks_volume.init_scripts"]
    assert (volume["catalog_name"], volume["schema_name"], volume["name"]) == (
        "main",
        "default",
        "coding_assistants",
    )
    assert volume["volume_type"] == "MANAGED"


def test_single_node_plans_no_workers(plans):
    cluster = resources(plans, "single-node")["databricks_cluster.coding_assistants"]
    assert cluster["num_workers"] == 0
    assert cluster["autoscale"] == []
    assert cluster["spark_conf"]["spark.master"] == "local[*]"
    assert cluster["custom_tags"]["ResourceClass"] == "SingleNode"


def test_autoscaling_and_complete_plan_their_ranges_and_tags(plans):
    autoscaling = resources(plans, "autoscaling")["databricks_cluster.coding_assistants"]
    assert autoscaling["autoscale"] == [{"min_workers": 2, "max_workers": 8}]
    assert autoscaling["custom_tags"] == {
        "Environment": "production",
        "Team": "data-science",
        "ManagedBy": "Terraform",
    }
    complete = resources(plans, "complete")["databricks_cluster.coding_assistants"]
    assert complete["autotermination_minutes"] == 60
    assert complete["custom_tags"]["ManagedBy"] == "Terraform"
    user = resources(plans, "complete")["data.databricks_current_user.me"]["user_name"]
    assert complete["spark_env_vars"] == {
        "MLFLOW_EXPERIMENT_NAME": "/Users/me@company.com/my-claude-traces",
        "CLAUDE_PERSIST_STATE": "true",
        "DATABRICKS_HOST": "https://stub.cloud.databricks.com",  # tfcheck's workspace_url
        "CODING_ASSISTANTS_USER": user,
    }


def test_module_passes_collections_as_the_text_python_writes(
    default_synth, example_synth, tfcheck, tmp_path
):
    """Terraform's jsonencode() and tostring() give the node the very text the root stack's
    Python encoding gives it, for the example with lists, maps and flags."""
    module = {"ours": default_synth.stack_dir(MODULE_STACK)}
    root = write_root(tmp_path, module, {"org": ("ours", example_args("org-setup"))})
    plan = json.loads(tfcheck("plan", str(root), check=True).stdout)
    planned = module_resources(plan, "org")["databricks_cluster.coding_assistants"]
    synthesized = example_synth.stack("org-setup")["resource"]["databricks_cluster"][
        "coding_assistants"
    ]["spark_env_vars"]
    me = module_resources(plan, "org")["data.databricks_current_user.me"]
    expected = {
        **synthesized,
        "DATABRICKS_HOST": me["workspace_url"],
        "CODING_ASSISTANTS_USER": me["user_name"],
    }
    assert planned["spark_env_vars"] == expected
    assert planned["spark_env_vars"]["CLAUDE_ENABLED_PLUGINS"].startswith("sql-style@")


def test_governed_passes_the_policy_servers_and_models_to_the_node(plans):
    """Terraform encodes the policy (its own jsonencode) to the same object Python reads from
    the example; lists are joined by commas, switches are "true"."""
    assert "governed" in OURS_ONLY
    env = resources(plans, "governed")["databricks_cluster.coding_assistants"]["spark_env_vars"]
    example = example_args("governed")
    assert json.loads(base64.b64decode(env.pop("CLAUDE_POLICY"))) == example["claude_policy"]
    assert env == {
        "MLFLOW_EXPERIMENT_NAME": "/Workspace/Shared/claude-code-tracing",
        "DATABRICKS_HOST": "https://stub.cloud.databricks.com",
        "CLAUDE_MODEL": "databricks-claude-sonnet-4-6",
        "CLAUDE_OPUS_MODEL": "databricks-claude-opus-4-6",
        "CLAUDE_HAIKU_MODEL": "databricks-claude-haiku-4-5",
        "CLAUDE_SMALL_FAST_MODEL": "databricks-claude-haiku-4-5",
        "CLAUDE_MCP_SQL": "true",
        "CLAUDE_MCP_GENIE_SPACES": "01ef0123456789abcdef0123456789ab",
        "CLAUDE_MCP_UC_FUNCTIONS": "main.agent_tools",
        "CLAUDE_MCP_VECTOR_SEARCH": "main.docs.product_docs_index",
        "CLAUDE_MCP_LOCKED": "true",
        "CLAUDE_PERSIST_STATE": "true",
        "CODING_ASSISTANTS_USER": resources(plans, "governed")["data.databricks_current_user.me"][
            "user_name"
        ],
    }


NEW_BAD_VALUES = {
    **{
        (f"claude_{alias}_model", "invalid format"): {f"claude_{alias}_model": "a b"}
        for alias in ("opus", "sonnet", "haiku", "small_fast")
    },
    ("claude_policy", "not a JSON object"): {"claude_policy": ["deny"]},
    ("claude_policy", "too large"): {"claude_policy": {"companyAnnouncements": ["x" * 13000]}},
    ("claude_policy", "not a policy the node accepts"): {
        "claude_policy": {"permissions": {"defaultMode": "yolo"}}
    },
    ("claude_policy", "sets a key the node pins"): {
        "claude_policy": {"env": {"https_proxy": "http://proxy.example:3128"}}
    },
    ("databricks_mcp_sql", "not true or false"): {"databricks_mcp_sql": "maybe"},
    ("claude_strict_marketplaces", "not true or false"): {"claude_strict_marketplaces": "maybe"},
    ("claude_persist_state", "not true or false"): {"claude_persist_state": "always"},
    ("claude_plugin_marketplaces", "not a JSON object"): {"claude_plugin_marketplaces": ["team"]},
    ("claude_plugin_marketplaces", "not a map of marketplace sources"): {
        "claude_plugin_marketplaces": {"team": {"source": "github", "repo": "o/r", "ref": 5}}
    },
    ("claude_enabled_plugins", "invalid entries"): {"claude_enabled_plugins": ["formatter"]},
    ("databricks_mcp_locked", "not true or false"): {"databricks_mcp_locked": "always"},
    ("databricks_mcp_genie_spaces", "invalid entries"): {"databricks_mcp_genie_spaces": ["a-1"]},
    ("databricks_mcp_uc_functions", "invalid entries"): {"databricks_mcp_uc_functions": ["main"]},
    ("databricks_mcp_vector_search", "invalid entries"): {
        "databricks_mcp_vector_search": ["a.b.c.d"]
    },
}
"""The bad values of the policy, MCP and model alias inputs."""


# One bad value per rule, keyed by (field, problem) of the rule it breaks.
BAD_VALUES = {
    ("cluster_name", "must not be empty"): {"cluster_name": " "},
    ("catalog_name", "invalid format"): {"catalog_name": "my catalog"},
    ("schema_name", "invalid format"): {"schema_name": "a.b"},
    ("volume_name", "invalid format"): {"volume_name": "a/b"},
    ("spark_version", "must not be empty"): {"spark_version": ""},
    ("node_type_id", "must not be empty"): {"node_type_id": ""},
    ("cloud", "not a known value"): {"cloud": "oci"},
    ("availability", "not a known value"): {"availability": "RESERVED", "cloud": "aws"},
    ("zone_id", "invalid format"): {"zone_id": "us west", "cloud": "aws"},
    ("spot_bid_price_percent", "out of range"): {"spot_bid_price_percent": 0, "cloud": "aws"},
    ("spot_bid_max_price", "out of range"): {"spot_bid_max_price": 0, "cloud": "azure"},
    ("first_on_demand", "out of range"): {"first_on_demand": -1, "cloud": "aws"},
    ("availability", "only with cloud set"): {"availability": "ON_DEMAND"},
    ("zone_id", "only for cloud aws or gcp"): {"zone_id": "us-west-2a", "cloud": "azure"},
    ("spot_bid_price_percent", "only for cloud aws"): {
        "spot_bid_price_percent": 50,
        "cloud": "gcp",
    },
    ("spot_bid_max_price", "only for cloud azure"): {"spot_bid_max_price": 0.25, "cloud": "aws"},
    ("first_on_demand", "only for cloud aws or azure"): {"first_on_demand": 2, "cloud": "gcp"},
    ("autotermination_minutes", "out of range"): {"autotermination_minutes": 5},
    ("num_workers", "out of range"): {"num_workers": -1},
    ("min_workers", "out of range"): {"min_workers": 1.5},
    ("max_workers", "out of range"): {"max_workers": 2**31, "num_workers": 1},
    ("max_workers", "too small for autoscaling"): {"max_workers": 0},
    ("min_workers", "larger than max_workers"): {"min_workers": 5, "max_workers": 2},
    ("mlflow_experiment_name", "invalid format"): {"mlflow_experiment_name": "traces"},
    ("cluster_mode", "not a known value"): {"cluster_mode": "MULTI"},
    ("tags", "too many tags"): {"tags": {f"k{i}": "v" for i in range(44)}},
    ("tags", "invalid tag key"): {"tags": {"bad!": "v"}},
    ("tags", "tag keys differ only in case"): {"tags": {"Team": "a", "team": "b"}},
    ("tags", "tag value too long"): {"tags": {"k": "v" * 257}},
    ("claude_serving_endpoint", "invalid format"): {"claude_serving_endpoint": "a b"},
    ("claude_model", "invalid format"): {"claude_model": "claude sonnet"},
    ("claude_api_route", "not a known value"): {"claude_api_route": "gateway"},
    ("tags", "tag key differs only in case from a tag the cluster adds"): {
        "tags": {"managedby": "me"}
    },
    ("claude_code_version", "invalid format"): {"claude_code_version": "v2"},
    ("offline_bundle_path", "invalid format"): {"offline_bundle_path": "/dbfs/FileStore/bundle"},
    ("offline_bundle_sha256", "invalid format"): {"offline_bundle_sha256": "abc"},
    ("claude_skills_path", "invalid format"): {"claude_skills_path": "/dbfs/skills"},
    ("claude_memory_path", "invalid format"): {"claude_memory_path": "/tmp/CLAUDE.md"},
    ("otel_endpoint", "invalid format"): {"otel_endpoint": "otel.example.com:4318"},
    ("otel_protocol", "not a known value"): {"otel_protocol": "http"},
    ("otel_headers_secret", "invalid format"): {"otel_headers_secret": "key"},
    ("otel_log_user_prompts", "not a known value"): {"otel_log_user_prompts": "yes"},
    ("claude_https_proxy", "invalid format"): {"claude_https_proxy": "http://u:p@proxy:3128"},
    ("claude_ca_bundle_path", "invalid format"): {"claude_ca_bundle_path": "ca.pem"},
    ("offline_bundle_sha256", "required with offline_bundle_path"): {
        "offline_bundle_path": "/Volumes/main/tools/offline/claude-2.1.332",
        "claude_code_version": "2.1.332",
    },
    ("claude_code_version", "not an exact version with offline_bundle_path"): {
        "offline_bundle_path": "/Volumes/main/tools/offline/claude-2.1.332",
        "offline_bundle_sha256": "a" * 64,
        "claude_code_version": "stable",
    },
    **NEW_BAD_VALUES,
}


def test_every_rule_has_a_bad_value():
    assert {(r.field, r.problem) for r in CLUSTER_RULES} == set(BAD_VALUES)


@pytest.fixture(scope="module")
def rejections(default_synth, tfcheck, tmp_path_factory) -> dict[str, str]:
    """Terraform's errors for one module call per rule. Rules over one variable are variable
    validations and fail at validate, all in one run. Rules across variables are preconditions
    of the cluster and fail at plan; their diagnostics do not name the module call, so each
    gets a run of its own."""
    module = {"ours": default_synth.stack_dir(MODULE_STACK)}

    def call(index: int) -> dict:
        rule = CLUSTER_RULES[index]
        return {**REQUIRED, **BAD_VALUES[(rule.field, rule.problem)]}

    single = {f"r{i}": ("ours", call(i)) for i, r in enumerate(CLUSTER_RULES) if not r.crosses}
    result = tfcheck(
        "validate", str(write_root(tmp_path_factory.mktemp("validate"), module, single))
    )
    assert result.returncode != 0
    found = errors_by_module(result.stderr)
    for i, rule in enumerate(CLUSTER_RULES):
        if rule.crosses:
            root = write_root(tmp_path_factory.mktemp("plan"), module, {"r": ("ours", call(i))})
            result = tfcheck("plan", str(root))
            assert result.returncode != 0
            assert "Resource precondition failed" in result.stderr
            found[f"r{i}"] = " ".join(result.stderr.split())
    return found


@pytest.mark.parametrize(
    "index", range(len(CLUSTER_RULES)), ids=[f"{r.field}-{r.problem}" for r in CLUSTER_RULES]
)
def test_terraform_rejects_a_bad_value_with_the_rule_message(index, rejections):
    """A rule whose whole check is the variable's type (a bool) fails by that type."""
    rule = CLUSTER_RULES[index]
    assert f"r{index}" in rejections, f"Terraform accepted {BAD_VALUES[(rule.field, rule.problem)]}"
    expected = rule.message() if rule.terraform else "a bool is required"
    assert expected in rejections[f"r{index}"]


def test_terraform_consumer_example_is_valid(default_synth, tfcheck, tmp_path):
    """The example root config calls the module by relative path, as a Terraform team would."""
    consumer = REPO / "examples" / "terraform-consumer"
    assert (consumer / "coding-assistants-cluster").is_symlink()
    work = tmp_path / "examples" / "terraform-consumer"
    shutil.copytree(consumer, work, symlinks=True)
    module_dir = tmp_path / "cdktf.out" / "stacks" / MODULE_STACK
    shutil.copytree(default_synth.stack_dir(MODULE_STACK), module_dir)
    result = tfcheck("validate", str(work))
    assert result.returncode == 0, result.stderr


def test_module_plans_the_offline_bundle_into_the_cluster(default_synth, tfcheck, tmp_path):
    bundle = {
        "offline_bundle_path": "/Volumes/main/tools/offline/claude-2.1.332",
        "offline_bundle_sha256": "4c81" * 16,
        "claude_code_version": "2.1.332",
    }
    module = {"ours": default_synth.stack_dir(MODULE_STACK)}
    root = write_root(tmp_path, module, {"offline": ("ours", {**REQUIRED, **bundle})})
    plan = json.loads(tfcheck("plan", str(root), check=True).stdout)
    cluster = module_resources(plan, "offline")["databricks_cluster.coding_assistants"]
    env = cluster["spark_env_vars"]
    assert env["OFFLINE_BUNDLE_PATH"] == bundle["offline_bundle_path"]
    assert env["OFFLINE_BUNDLE_SHA256"] == bundle["offline_bundle_sha256"]
    assert env["CLAUDE_CODE_VERSION"] == "2.1.332"
