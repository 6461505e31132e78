"""The module stack: a reusable Terraform module built from the same construct."""

from __future__ import annotations

import json
import typing
from dataclasses import MISSING, fields

from coding_assistants.cluster import OUTPUTS
from coding_assistants.inputs import field_docs
from coding_assistants.props import CodingAssistantsClusterProps, terraform_type
from coding_assistants.stacks import MODULE_STACK, ROOT_STACK, prop_default
from tests.conftest import mask_machine_values


def test_module_stack_matches_snapshot(default_synth, snapshot_json):
    assert mask_machine_values(default_synth.stack(MODULE_STACK)) == snapshot_json


def test_module_variables_equal_the_props(default_synth):
    variables = default_synth.stack(MODULE_STACK)["variable"]
    docs = field_docs(CodingAssistantsClusterProps)
    hints = typing.get_type_hints(CodingAssistantsClusterProps)
    assert list(variables) == sorted(f.name for f in fields(CodingAssistantsClusterProps))
    for f in fields(CodingAssistantsClusterProps):
        variable = variables[f.name]
        assert variable["description"] == docs[f.name]
        assert variable["type"] == terraform_type(hints[f.name])
        default = prop_default(f)
        if default is MISSING:
            assert "default" not in variable, f.name
        else:
            assert variable["default"] == default, f.name


def test_module_has_no_provider_block_and_no_backend(default_synth):
    stack = default_synth.stack(MODULE_STACK)
    assert "provider" not in stack
    assert "backend" not in stack["terraform"]
    assert stack["terraform"]["required_providers"]["databricks"]["version"].startswith(">=")


def test_module_behaviour_is_expressed_in_terraform(default_synth):
    cluster = default_synth.stack(MODULE_STACK)["resource"]["databricks_cluster"][
        "coding_assistants"
    ]
    assert cluster["num_workers"] == '${(var.cluster_mode == "SINGLE_NODE") ? 0 : var.num_workers}'
    assert "autoscale" not in cluster
    dynamic = cluster["dynamic"]["autoscale"]
    assert dynamic["content"] == {
        "min_workers": "${var.min_workers}",
        "max_workers": "${var.max_workers}",
    }
    assert "var.num_workers == null" in dynamic["for_each"]
    assert cluster["custom_tags"].startswith('${merge(var.tags, {"ManagedBy" = "Terraform"}')
    assert "singleNode" in cluster["spark_conf"]


def test_module_tells_the_node_its_workspace_url(default_synth):
    cluster = default_synth.stack(MODULE_STACK)["resource"]["databricks_cluster"][
        "coding_assistants"
    ]
    assert cluster["spark_env_vars"].startswith(
        '${merge({"MLFLOW_EXPERIMENT_NAME" = var.mlflow_experiment_name, '
        '"DATABRICKS_HOST" = data.databricks_current_user.me.workspace_url, '
        '"CODING_ASSISTANTS_USER" = data.databricks_current_user.me.user_name}, '
    )
    assert (
        '(var.claude_plugin_marketplaces == null) ? {} : {"CLAUDE_PLUGIN_MARKETPLACES" = '
        "base64encode(jsonencode(var.claude_plugin_marketplaces))}" in cluster["spark_env_vars"]
    )
    assert (
        'var.claude_persist_state ? {"CLAUDE_PERSIST_STATE" = "true"} : {}'
        in cluster["spark_env_vars"]
    )


def test_module_refers_to_its_script_relative_to_path_module(default_synth):
    stack = default_synth.stack(MODULE_STACK)
    local = stack["locals"]["bundled_init_script"]
    assert local == "${path.module}/scripts/install-claude.sh"
    script = default_synth.stack_dir(MODULE_STACK) / local.removeprefix("${path.module}/")
    assert script.is_file()
    assert not (default_synth.stack_dir(MODULE_STACK) / "assets").exists()
    source = stack["resource"]["databricks_file"]["init_script"]["source"]
    assert source == (
        "${(var.init_script_source_path == null) ? local.bundled_init_script"
        " : var.init_script_source_path}"
    )


def test_module_and_root_stack_share_addresses_and_outputs(default_synth):
    module, root = default_synth.stack(MODULE_STACK), default_synth.stack(ROOT_STACK)
    for kind in ("resource", "data"):
        assert {t: set(v) for t, v in module[kind].items()} == {
            t: set(v) for t, v in root[kind].items()
        }
    assert module["output"].keys() == root["output"].keys() == OUTPUTS.keys()
    for name, description in OUTPUTS.items():
        assert module["output"][name]["description"] == root["output"][name]["description"]
        assert description == root["output"][name]["description"]


def test_module_has_no_machine_paths(default_synth):
    text = json.dumps(default_synth.stack(MODULE_STACK))
    assert "/tmp" not in text and "/work" not in text and "/root" not in text
