"""Snapshots of the root stack for each documented example, with the intent stated beside them."""

from __future__ import annotations

import base64

import pytest

from tests.conftest import CLUSTER_EXAMPLES, mask_machine_values

WORKSPACE_URL = "${data.databricks_current_user.me.workspace_url}"
"""The workspace URL the node needs to point Claude Code at (and nowhere else)."""
USER_NAME = "${data.databricks_current_user.me.user_name}"
"""The cluster's single user: whose workspace folder keeps the Claude Code state."""

ADDRESSES = {
    ("data", "databricks_current_user", "me"),
    ("resource", "databricks_volume", "init_scripts"),
    ("resource", "databricks_file", "init_script"),
    ("resource", "databricks_cluster", "coding_assistants"),
}


def cluster_of(stack):
    return stack["resource"]["databricks_cluster"]["coding_assistants"]


@pytest.mark.parametrize("name", CLUSTER_EXAMPLES)
def test_example_stack_matches_snapshot(name, example_synth, snapshot_json):
    assert mask_machine_values(example_synth.stack(name)) == snapshot_json


@pytest.mark.parametrize("name", CLUSTER_EXAMPLES)
def test_example_stack_has_exactly_the_module_addresses(name, example_synth):
    stack = example_synth.stack(name)
    found = {
        (kind, t, n) for kind in ("data", "resource") for t, by in stack[kind].items() for n in by
    }
    assert found == ADDRESSES


def test_basic_autoscales_with_the_module_defaults(example_synth):
    stack = example_synth.stack("basic")
    cluster = cluster_of(stack)
    assert cluster["autoscale"] == {"min_workers": 1, "max_workers": 3}
    assert "num_workers" not in cluster
    assert cluster["autotermination_minutes"] == 30
    assert cluster["data_security_mode"] == "SINGLE_USER"
    assert cluster["single_user_name"] == "${data.databricks_current_user.me.user_name}"
    assert cluster["custom_tags"] == {
        "Environment": "dev",
        "Purpose": "coding-assistants",
        "ManagedBy": "Terraform",
    }
    assert cluster["spark_env_vars"] == {
        "MLFLOW_EXPERIMENT_NAME": "/Workspace/Shared/claude-code-tracing",
        "CLAUDE_PERSIST_STATE": "true",
        "DATABRICKS_HOST": WORKSPACE_URL,
        "CODING_ASSISTANTS_USER": USER_NAME,
    }
    assert cluster["depends_on"] == ["databricks_file.init_script"]
    destination = "${databricks_volume.init_scripts.volume_path}/install-claude.sh"
    assert cluster["init_scripts"] == [{"volumes": {"destination": destination}}]
    file = stack["resource"]["databricks_file"]["init_script"]
    assert file["path"] == destination
    assert file["source"].startswith("assets/") and file["source"].endswith("/install-claude.sh")
    assert "content_base64" not in file
    volume = stack["resource"]["databricks_volume"]["init_scripts"]
    assert volume == {
        "//": volume["//"],
        "name": "coding_assistants",
        "catalog_name": "main",
        "schema_name": "default",
        "volume_type": "MANAGED",
        "comment": "Volume for Claude Code CLI init scripts",
        "lifecycle": {"ignore_changes": ["owner"]},
    }


def test_single_node_has_no_workers_and_the_single_node_conf(example_synth):
    cluster = cluster_of(example_synth.stack("single-node"))
    assert cluster["num_workers"] == 0
    assert "autoscale" not in cluster
    assert cluster["spark_conf"] == {
        "spark.databricks.cluster.profile": "singleNode",
        "spark.master": "local[*]",
    }
    assert cluster["custom_tags"]["ResourceClass"] == "SingleNode"


def test_autoscaling_uses_the_given_range_and_merges_tags(example_synth):
    cluster = cluster_of(example_synth.stack("autoscaling"))
    assert cluster["autoscale"] == {"min_workers": 2, "max_workers": 8}
    assert cluster["custom_tags"] == {
        "Environment": "production",
        "Team": "data-science",
        "ManagedBy": "Terraform",
    }
    assert cluster["spark_conf"] == {}


@pytest.mark.parametrize("name", CLUSTER_EXAMPLES)
def test_example_cluster_tells_the_node_its_workspace_url(name, example_synth):
    assert cluster_of(example_synth.stack(name))["spark_env_vars"]["DATABRICKS_HOST"] == (
        WORKSPACE_URL
    )


def test_complete_lets_the_module_tag_win_over_a_user_tag(example_synth):
    stack = example_synth.stack("complete")
    cluster = cluster_of(stack)
    assert cluster["custom_tags"]["ManagedBy"] == "Terraform"
    assert cluster["custom_tags"]["CostCenter"] == "engineering"
    assert cluster["autotermination_minutes"] == 60
    assert cluster["autoscale"] == {"min_workers": 1, "max_workers": 5}
    experiment = "/Users/me@company.com/my-claude-traces"
    assert cluster["spark_env_vars"] == {
        "MLFLOW_EXPERIMENT_NAME": experiment,
        "CLAUDE_PERSIST_STATE": "true",
        "DATABRICKS_HOST": WORKSPACE_URL,
        "CODING_ASSISTANTS_USER": USER_NAME,
    }
    assert stack["output"]["mlflow_experiment_name"]["value"] == experiment


@pytest.mark.parametrize("name", CLUSTER_EXAMPLES)
def test_example_stack_is_free_of_machine_paths(name, example_synth):
    text = (example_synth.stack_dir(name) / "cdk.tf.json").read_text()
    assert "/tmp/" not in text and "/root" not in text and "/home/" not in text
    assert example_synth.stack(name)["terraform"]["backend"]["local"]["path"] == (
        f"../../../terraform.{name}.tfstate"
    )


def test_asset_is_the_bundled_script_copied_into_the_stack(example_synth):
    from coding_assistants.props import BUNDLED_INIT_SCRIPT

    stack = example_synth.stack("basic")
    source = stack["resource"]["databricks_file"]["init_script"]["source"]
    copied = example_synth.stack_dir("basic") / source
    assert copied.read_bytes() == BUNDLED_INIT_SCRIPT.read_bytes()


def test_org_setup_gives_the_node_skills_memory_plugins_and_kept_state(example_synth):
    env = cluster_of(example_synth.stack("org-setup"))["spark_env_vars"]
    assert env["CLAUDE_SKILLS_PATH"] == "/Volumes/main/default/coding_assistants/skills"
    assert env["CLAUDE_MEMORY_PATH"] == "/Volumes/main/default/coding_assistants/CLAUDE.md"
    assert base64.b64decode(env["CLAUDE_PLUGIN_MARKETPLACES"]) == (
        b'{"offline-tools":{"path":"/Volumes/main/default/coding_assistants/marketplace",'
        b'"source":"directory"},"team-tools":{"ref":"v1.2.0","repo":"example-org/claude-plugins",'
        b'"source":"github"}}'
    )
    assert env["CLAUDE_ENABLED_PLUGINS"] == "sql-style@team-tools,notebook-helpers@offline-tools"
    assert (env["CLAUDE_STRICT_MARKETPLACES"], env["CLAUDE_PERSIST_STATE"]) == ("true", "true")
    assert env["CODING_ASSISTANTS_USER"] == USER_NAME
