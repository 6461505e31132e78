"""The construct paths behind the Terraform addresses: snapshots leave cdktf's metadata out,
so the paths that matter (they name where a resource is defined) are pinned here."""

from __future__ import annotations

import pytest

from coding_assistants.facts import FLEET_STACK, MODULE_STACK, ROOT_STACK, SHARED_STACK
from tests.conftest import construct_paths, mask_machine_values

CLUSTER_PATHS = {
    "data.databricks_current_user.me": "cluster/me",
    "databricks_volume.init_scripts": "cluster/init_script_volume/init_scripts",
    "databricks_file.init_script": "cluster/init_script_volume/init_script",
    "databricks_cluster.coding_assistants": "cluster/coding_assistants",
}


@pytest.mark.parametrize("stack", [ROOT_STACK, MODULE_STACK])
def test_cluster_resources_sit_under_the_cluster_construct(stack, default_synth):
    paths = construct_paths(default_synth.stack(stack))
    assert paths == {address: f"{stack}/{path}" for address, path in CLUSTER_PATHS.items()}


def test_workshop_resources_sit_under_their_constructs(default_synth):
    shared = construct_paths(default_synth.stack(SHARED_STACK))
    fleet = construct_paths(default_synth.stack(FLEET_STACK))
    assert shared["databricks_cluster_policy.workshop"] == f"{SHARED_STACK}/shared/policy"
    assert shared["databricks_file.init_script"] == (
        f"{SHARED_STACK}/shared/init_script_volume/init_script"
    )
    assert fleet["databricks_cluster.attendee"] == f"{FLEET_STACK}/fleet/attendee"
    assert all(path.startswith(f"{FLEET_STACK}/fleet/") for path in fleet.values())


def test_snapshots_hold_no_engine_metadata(default_synth):
    stack = default_synth.stack(MODULE_STACK)
    assert "//" in stack  # cdktf writes it ...
    assert "'//'" not in str(mask_machine_values(stack))  # ... the snapshots leave it out
