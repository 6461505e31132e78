"""Node settings of every kind: a switch, a list, a JSON object besides text. Each has its
Terraform type, its check of a value's type, and one way to reach the node."""

from __future__ import annotations

import pytest

from coding_assistants import node_settings, policy
from coding_assistants.props import CodingAssistantsClusterProps, PropsError
from coding_assistants.validation import terraform_type

REQUIRED = {"cluster_name": "c", "catalog_name": "main"}
KINDS = {
    "claude_model": ("text", "string"),
    "databricks_mcp_sql": ("flag", "bool"),
    "databricks_mcp_genie_spaces": ("list", "list(string)"),
    "claude_policy": ("json", "any"),
}


@pytest.mark.parametrize(("name", "kind"), KINDS.items())
def test_each_kind_has_its_terraform_type(name, kind):
    import typing

    hint = typing.get_type_hints(node_settings.NodeSettings)[name]
    assert (node_settings.kind(name), terraform_type(hint)) == kind


@pytest.mark.parametrize(
    ("name", "value", "received"),
    [
        ("claude_model", "m1", "m1"),
        ("claude_model", None, None),
        ("databricks_mcp_sql", True, "true"),
        ("databricks_mcp_sql", False, None),
        ("databricks_mcp_genie_spaces", ("a1", "b2"), "a1,b2"),
        ("databricks_mcp_genie_spaces", (), None),
        ("claude_policy", {"env": {"A": "1"}}, policy.encode({"env": {"A": "1"}})),
        ("claude_policy", None, None),
    ],
)
def test_what_the_node_receives(name, value, received):
    assert node_settings.env_value(name, value) == received


def test_lists_from_a_var_file_become_tuples():
    props = CodingAssistantsClusterProps(**REQUIRED, databricks_mcp_uc_functions=["main.tools"])
    assert props.databricks_mcp_uc_functions == ("main.tools",)
    assert props.values["databricks_mcp_uc_functions"] == ["main.tools"]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        (
            "databricks_mcp_sql",
            "yes",
            "databricks_mcp_sql: wrong type, got 'yes'; expected true or false",
        ),
        (
            "databricks_mcp_locked",
            1,
            "databricks_mcp_locked: wrong type, got 1; expected true or false",
        ),
        (
            "databricks_mcp_genie_spaces",
            "a1",
            "databricks_mcp_genie_spaces: wrong type, got 'a1'; expected a list of strings",
        ),
        (
            "databricks_mcp_genie_spaces",
            [1],
            "databricks_mcp_genie_spaces: wrong type, got [1]; expected a list of strings",
        ),
        ("claude_policy", {"env": {1: "x"}}, "claude_policy: wrong type, got {'env': {1: 'x'}}"),
    ],
)
def test_a_value_of_the_wrong_type_is_named(name, value, message):
    with pytest.raises(PropsError) as error:
        CodingAssistantsClusterProps(**REQUIRED, **{name: value})
    assert any(p.startswith(message) for p in error.value.problems), error.value.problems


def test_list_entries_keep_commas_out():
    with pytest.raises(PropsError, match="databricks_mcp_genie_spaces: invalid entries"):
        CodingAssistantsClusterProps(**REQUIRED, databricks_mcp_genie_spaces=["a,b"])
