"""``coding-assistants moved``: the blocks and lines it prints (the real Terraform runs them in
tests/terraform/test_moved.py)."""

from __future__ import annotations

from coding_assistants.facts import MODULE_RESOURCES


def test_moved_prints_a_block_per_managed_resource(cli):
    code, out, _ = cli("moved", "--module", "coding_cluster")
    assert code == 0
    for address in MODULE_RESOURCES:
        assert f"  from = {address}\n  to   = module.coding_cluster.{address}\n" in out
    assert out.count("moved {") == len(MODULE_RESOURCES) == 3
    assert "data.databricks_current_user" not in out  # a data source is never moved


def test_moved_prints_state_mv_lines_on_request(cli):
    code, out, _ = cli("moved", "--module", "m", "--state-mv")
    assert code == 0
    assert out.splitlines() == [f"terraform state mv {a} module.m.{a}" for a in MODULE_RESOURCES]


def test_fails_when_the_module_name_is_not_an_identifier(cli):
    code, out, err = cli("moved", "--module", "my module")
    assert code == 2 and out == ""
    assert "--module: invalid name, got 'my module'; expected a Terraform identifier" in err
