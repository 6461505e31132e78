"""The construct used from Python directly: outputs as read-only properties, opt-in props."""

from __future__ import annotations

import base64
import json

import pytest

from coding_assistants import engine
from coding_assistants.cluster import OUTPUTS, CodingAssistantsCluster
from coding_assistants.props import CodingAssistantsClusterProps
from coding_assistants.stacks import ProjectStack


def synth_cluster(**overrides):
    app = engine.Testing.app()
    stack = ProjectStack(app, "api")
    props = CodingAssistantsClusterProps(cluster_name="c", catalog_name="main", **overrides)
    construct = CodingAssistantsCluster(stack, "id_", props)
    return construct, json.loads(engine.Testing.synth(stack))


def test_construct_exposes_every_module_output_read_only():
    construct, _ = synth_cluster()
    for name in OUTPUTS:
        assert getattr(construct, name)
        with pytest.raises(AttributeError):
            setattr(construct, name, "x")
    assert construct.volume_full_name == "main.default.coding_assistants"
    assert construct.mlflow_experiment_name == "/Workspace/Shared/claude-code-tracing"


def test_construct_addresses_do_not_depend_on_its_id():
    _, stack = synth_cluster()
    assert set(stack["resource"]["databricks_cluster"]) == {"coding_assistants"}
    assert set(stack["data"]["databricks_current_user"]) == {"me"}


def test_opt_in_props_add_environment_entries_only_when_set():
    _, default = synth_cluster()
    _, custom = synth_cluster(
        claude_model="databricks-claude-opus-4-5", claude_code_version="2.0.14"
    )
    env = custom["resource"]["databricks_cluster"]["coding_assistants"]["spark_env_vars"]
    always = {
        "MLFLOW_EXPERIMENT_NAME": "/Workspace/Shared/claude-code-tracing",
        "CLAUDE_PERSIST_STATE": "true",
        "DATABRICKS_HOST": "${data.databricks_current_user.me.workspace_url}",
        "CODING_ASSISTANTS_USER": "${data.databricks_current_user.me.user_name}",
    }
    assert env == {
        **always,
        "CLAUDE_MODEL": "databricks-claude-opus-4-5",
        "CLAUDE_CODE_VERSION": "2.0.14",
    }
    base = default["resource"]["databricks_cluster"]["coding_assistants"]["spark_env_vars"]
    assert base == always


def test_collections_and_flags_reach_the_node_as_the_text_it_reads():
    marketplaces = {"team": {"source": "github", "repo": "org/plugins", "ref": "v1"}}
    _, stack = synth_cluster(
        claude_plugin_marketplaces=marketplaces,
        claude_enabled_plugins=["fmt@team", "lint@team"],
        claude_strict_marketplaces=True,
        claude_persist_state=False,
    )
    env = stack["resource"]["databricks_cluster"]["coding_assistants"]["spark_env_vars"]
    assert base64.b64decode(env["CLAUDE_PLUGIN_MARKETPLACES"]) == (
        b'{"team":{"ref":"v1","repo":"org/plugins","source":"github"}}'
    )
    assert env["CLAUDE_ENABLED_PLUGINS"] == "fmt@team,lint@team"
    assert env["CLAUDE_STRICT_MARKETPLACES"] == "true"
    assert "CLAUDE_PERSIST_STATE" not in env  # a switch turned off is not passed


def test_ai_gateway_route_reaches_the_node():
    _, stack = synth_cluster(claude_api_route="ai-gateway", claude_model="system.ai.claude-x")
    env = stack["resource"]["databricks_cluster"]["coding_assistants"]["spark_env_vars"]
    assert env["CLAUDE_API_ROUTE"] == "ai-gateway"
    assert env["CLAUDE_MODEL"] == "system.ai.claude-x"


def test_fixed_workers_replace_autoscaling_even_at_zero():
    _, stack = synth_cluster(num_workers=0)
    cluster = stack["resource"]["databricks_cluster"]["coding_assistants"]
    assert cluster["num_workers"] == 0
    assert "autoscale" not in cluster
    assert "ResourceClass" not in cluster["custom_tags"]


def test_single_node_ignores_worker_inputs():
    _, stack = synth_cluster(cluster_mode="SINGLE_NODE", num_workers=4, min_workers=2)
    cluster = stack["resource"]["databricks_cluster"]["coding_assistants"]
    assert cluster["num_workers"] == 0
    assert "autoscale" not in cluster


def test_user_tag_cannot_override_resource_class_on_single_node():
    _, stack = synth_cluster(cluster_mode="SINGLE_NODE", tags={"ResourceClass": "Big"})
    tags = stack["resource"]["databricks_cluster"]["coding_assistants"]["custom_tags"]
    assert tags == {"ResourceClass": "SingleNode", "ManagedBy": "Terraform"}


def test_a_custom_init_script_is_uploaded_under_the_module_file_name(tmp_path):
    script = tmp_path / "my-setup.sh"
    script.write_text("#!/bin/bash\necho custom\n")
    _, stack = synth_cluster(init_script_source_path=str(script))
    file = stack["resource"]["databricks_file"]["init_script"]
    assert file["source"].endswith("/my-setup.sh")
    assert file["path"].endswith("/install-claude.sh")


def test_offline_bundle_reaches_the_node():
    sha = "0f" * 32
    _, stack = synth_cluster(
        offline_bundle_path="/Volumes/main/tools/offline/claude-2.1.332",
        offline_bundle_sha256=sha,
        claude_code_version="2.1.332",
    )
    env = stack["resource"]["databricks_cluster"]["coding_assistants"]["spark_env_vars"]
    assert env["OFFLINE_BUNDLE_PATH"] == "/Volumes/main/tools/offline/claude-2.1.332"
    assert env["OFFLINE_BUNDLE_SHA256"] == sha
    assert env["CLAUDE_CODE_VERSION"] == "2.1.332"
