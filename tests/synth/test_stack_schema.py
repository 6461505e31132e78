"""JSON Schema invariants over every synthesized cluster root stack, errors with JSON paths."""

from __future__ import annotations

import copy
import json

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import CLUSTER_EXAMPLES, REPO

SCHEMA = json.loads((REPO / "tests" / "schemas" / "cluster_stack.schema.json").read_text())
VALIDATOR = Draft202012Validator(SCHEMA)


def schema_errors(stack: dict) -> list[str]:
    """Every violation, as '<JSON path>: <message>'."""
    return sorted(f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(stack))


def test_schema_itself_is_valid():
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("name", CLUSTER_EXAMPLES)
def test_example_stack_keeps_the_invariants(name, example_synth):
    assert schema_errors(example_synth.stack(name)) == []


def test_default_root_stack_keeps_the_invariants(default_synth):
    assert schema_errors(default_synth.stack("coding-assistants-cluster")) == []


def test_schema_reports_every_violation_with_its_path(example_synth):
    stack = copy.deepcopy(example_synth.stack("basic"))
    cluster = stack["resource"]["databricks_cluster"]["coding_assistants"]
    cluster["data_security_mode"] = "USER_ISOLATION"
    del cluster["autotermination_minutes"]
    cluster["num_workers"] = 2  # beside autoscale
    del cluster["spark_env_vars"]["DATABRICKS_HOST"]
    del stack["output"]["cluster_url"]
    stack["resource"]["databricks_notebook"] = {}
    errors = schema_errors(stack)
    path = "$.resource.databricks_cluster.coding_assistants"
    assert f"{path}.data_security_mode: 'SINGLE_USER' was expected" in errors
    assert f"{path}: 'autotermination_minutes' is a required property" in errors
    assert f"{path}: False schema does not allow 2" in errors  # num_workers beside autoscale
    assert f"{path}.spark_env_vars: 'DATABRICKS_HOST' is a required property" in errors
    assert "$.output: 'cluster_url' is a required property" in errors
    assert any(e.startswith("$.resource: 'databricks_notebook' is not one of") for e in errors)
