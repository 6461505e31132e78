"""`coding-assistants moved` with the real Terraform (stub provider, local state): a
configuration that inlines the HCL module's resources at its root moves onto the module
without replacing anything, by moved blocks or by `terraform state mv`. A revision whose
node_type_id defaulted to Standard_D4ds_v5 plans no node change once the call pins it."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from coding_assistants.cli.commands.moved import moved_blocks, state_mv_lines
from coding_assistants.facts import MODULE_RESOURCES, MODULE_STACK
from tests.conftest import REPO

HCL = REPO / "tests" / "fixtures" / "hcl_module"
OLD_NODE_TYPE = "Standard_D4ds_v5"
CLUSTER = "databricks_cluster.coding_assistants"


def inlined_root(root: Path, node_type_default: str = OLD_NODE_TYPE) -> Path:
    """The HCL module's files as a root configuration, as revisions that inline them are."""
    root.mkdir()
    for name in ("main.tf", "outputs.tf", "variables.tf", "versions.tf"):
        shutil.copy(HCL / name, root / name)
    variables = root / "variables.tf"
    variables.write_text(
        variables.read_text().replace('"Standard_D8pds_v6"', f'"{node_type_default}"')
    )
    (root / "terraform.tfvars.json").write_text('{"cluster_name": "dev", "catalog_name": "main"}')
    return root


def onto_module(root: Path, module_dir: Path, *, pin: bool, moved: bool) -> None:
    """Replace the inlined resources by a call of the synthesized module."""
    for name in ("main.tf", "outputs.tf", "variables.tf"):
        (root / name).unlink()
    shutil.copytree(module_dir, root / "module", ignore=shutil.ignore_patterns(".terraform*"))
    pinned = f'  node_type_id = "{OLD_NODE_TYPE}"\n' if pin else ""
    (root / "main.tf").write_text(
        'variable "cluster_name" {}\nvariable "catalog_name" {}\n\n'
        'module "coding_cluster" {\n  source       = "./module"\n'
        "  cluster_name = var.cluster_name\n  catalog_name = var.catalog_name\n"
        f"{pinned}}}\n"
    )
    if moved:
        (root / "moved.tf").write_text(moved_blocks("coding_cluster"))


def planned(terraform, root: Path) -> dict[str, dict[str, Any]]:
    """The plan's resource changes by address (``terraform show -json``)."""
    terraform.run(root, "plan", "-input=false", "-out=plan.bin")
    shown = json.loads(terraform.run(root, "show", "-json", "plan.bin").stdout)
    return {c["address"]: c for c in shown["resource_changes"] if c["mode"] == "managed"}


@pytest.fixture
def applied(stub_terraform, tmp_path) -> Path:
    root = inlined_root(tmp_path / "root")
    stub_terraform.run(root, "init", "-input=false")
    stub_terraform.run(root, "apply", "-auto-approve", "-input=false")
    return root


@pytest.mark.parametrize("how", ["moved-blocks", "state-mv"])
def test_moved_inlined_resources_onto_the_module_replace_nothing(
    how, applied, stub_terraform, default_synth
):
    onto_module(applied, default_synth.stack_dir(MODULE_STACK), pin=True, moved=how != "state-mv")
    stub_terraform.run(applied, "init", "-input=false")
    if how == "state-mv":
        for line in state_mv_lines("coding_cluster").splitlines():
            _, command, *args = shlex.split(line)
            stub_terraform.run(applied, command, *args)
    changes = planned(stub_terraform, applied)
    assert set(changes) == {f"module.coding_cluster.{a}" for a in MODULE_RESOURCES}
    for address, change in changes.items():
        assert set(change["change"]["actions"]) <= {"no-op", "update"}, (address, change)
        if how == "moved-blocks":
            assert change["previous_address"] == address.removeprefix("module.coding_cluster.")
        else:
            assert "previous_address" not in change
    cluster = changes[f"module.coding_cluster.{CLUSTER}"]["change"]
    assert cluster["before"]["node_type_id"] == cluster["after"]["node_type_id"] == OLD_NODE_TYPE


def test_moved_without_the_pin_plans_the_node_change_upgrade_md_warns_of(
    applied, stub_terraform, default_synth
):
    onto_module(applied, default_synth.stack_dir(MODULE_STACK), pin=False, moved=True)
    stub_terraform.run(applied, "init", "-input=false")
    cluster = planned(stub_terraform, applied)[f"module.coding_cluster.{CLUSTER}"]["change"]
    assert cluster["before"]["node_type_id"] == OLD_NODE_TYPE
    assert cluster["after"]["node_type_id"] == "Standard_D8pds_v6"
    assert "Standard_D8pds_v6" in (REPO / "UPGRADE.md").read_text()


def test_moved_addresses_are_those_the_module_and_the_root_stack_define(default_synth):
    from coding_assistants.facts import ROOT_STACK

    for stack in (MODULE_STACK, ROOT_STACK):
        resources = default_synth.stack(stack)["resource"]
        found = {f"{kind}.{name}" for kind, blocks in resources.items() for name in blocks}
        assert found == set(MODULE_RESOURCES), stack
