"""Snapshots of each cloud's example configurations (cluster and workshop), with their intent:
the cloud's own attributes block and node type, no block of another cloud, and a workshop
policy that leaves the VMs to the pool."""

from __future__ import annotations

import json

import pytest

from coding_assistants import clouds, facts
from coding_assistants.roster import load_roster
from coding_assistants.settings import cluster_props, load_json_object
from coding_assistants.stacks import ClusterStack
from coding_assistants.workshop.settings import load_workshop
from coding_assistants.workshop.stacks import FLEET_STACK, SHARED_STACK
from tests.conftest import EXAMPLES, REPO, mask_machine_values
from tests.workshop.conftest import build_workshop, expand

CLOUD_EXAMPLES = {name: f"{name}.tfvars.json" for name in facts.CLOUDS}
"""The cluster stack on each cloud: examples/<cloud>.tfvars.json."""
WORKSHOP_EXAMPLES = {name: f"workshop-{name}.json" for name in facts.CLOUDS}
"""The workshop on each cloud: examples/workshop-<cloud>.json, with the example roster."""
BLOCKS = set(clouds.BLOCKS.values())


@pytest.fixture(scope="session")
def cloud_synth(synth_app):
    """One root cluster stack per cloud example, stack name = the cloud."""

    def build(app):
        for name, file in CLOUD_EXAMPLES.items():
            path = EXAMPLES / file
            ClusterStack(app, name, cluster_props(load_json_object(path), str(path), REPO))

    return synth_app(build, "cloud-examples")


@pytest.fixture(scope="session")
def workshop_synths(synth_app):
    """Both workshop stacks per cloud example."""
    synths = {}
    for name, file in WORKSHOP_EXAMPLES.items():
        props = load_workshop(EXAMPLES / "attendees.example.txt", EXAMPLES / file, REPO)
        build = build_workshop(props.attendees, **props.values)
        synths[name] = synth_app(build, f"workshop-{name}")
    return synths


def cluster_of(stack):
    return stack["resource"]["databricks_cluster"]["coding_assistants"]


def pool_of(stack):
    return stack["resource"]["databricks_instance_pool"]["workshop"]


def policy_of(stack):
    return json.loads(stack["resource"]["databricks_cluster_policy"]["workshop"]["definition"])


@pytest.mark.parametrize("cloud", facts.CLOUDS)
def test_cloud_cluster_example_matches_snapshot(cloud, cloud_synth, snapshot_json):
    assert mask_machine_values(cloud_synth.stack(cloud)) == snapshot_json


@pytest.mark.parametrize("cloud", facts.CLOUDS)
@pytest.mark.parametrize("stack", [SHARED_STACK, FLEET_STACK])
def test_cloud_workshop_example_matches_snapshot(cloud, stack, workshop_synths, snapshot_json):
    assert mask_machine_values(workshop_synths[cloud].stack(stack)) == snapshot_json


@pytest.mark.parametrize("cloud", facts.CLOUDS)
def test_cluster_carries_its_clouds_block_and_no_other(cloud, cloud_synth):
    cluster = cluster_of(cloud_synth.stack(cloud))
    own = clouds.BLOCKS[cloud]
    assert {key for key in cluster if key in BLOCKS} == {own}
    assert "dynamic" not in cluster or not BLOCKS & set(cluster["dynamic"])
    assert cluster["node_type_id"] == facts.DEVELOPER_NODE_TYPES[cloud]


def test_aws_cluster_keeps_the_driver_on_demand_and_lets_databricks_pick_the_zone(cloud_synth):
    assert cluster_of(cloud_synth.stack("aws"))["aws_attributes"] == {
        "availability": "SPOT_WITH_FALLBACK",
        "first_on_demand": 1,
        "zone_id": "auto",
        "spot_bid_price_percent": 100,
    }


def test_azure_cluster_spells_availability_the_azure_way(cloud_synth):
    assert cluster_of(cloud_synth.stack("azure"))["azure_attributes"] == {
        "availability": "SPOT_WITH_FALLBACK_AZURE",
        "first_on_demand": 1,
        "spot_bid_max_price": -1,
    }


def test_gcp_cluster_is_preemptible_with_fallback_in_an_auto_zone(cloud_synth):
    cluster = cluster_of(cloud_synth.stack("gcp"))
    assert cluster["gcp_attributes"] == {
        "availability": "PREEMPTIBLE_WITH_FALLBACK_GCP",
        "zone_id": "AUTO",
    }
    assert cluster["num_workers"] == 0  # single node: the executors run on the driver


@pytest.mark.parametrize("cloud", facts.CLOUDS)
def test_workshop_pool_carries_its_clouds_block_and_no_other(cloud, workshop_synths):
    pool = pool_of(workshop_synths[cloud].stack(FLEET_STACK))
    assert {key for key in pool if key in BLOCKS} == {clouds.BLOCKS[cloud]}
    assert pool["node_type_id"] == facts.WORKSHOP_NODE_TYPES[cloud]


def test_workshop_pools_hold_the_settings_availability(workshop_synths):
    pools = {cloud: pool_of(s.stack(FLEET_STACK)) for cloud, s in workshop_synths.items()}
    assert pools["aws"]["aws_attributes"] == {
        "availability": "SPOT",
        "zone_id": "auto",
        "spot_bid_price_percent": 100,
    }
    assert pools["azure"]["azure_attributes"] == {
        "availability": "ON_DEMAND_AZURE",
        "spot_bid_max_price": -1,
    }
    assert pools["gcp"]["gcp_attributes"] == {
        "gcp_availability": "PREEMPTIBLE_WITH_FALLBACK_GCP",
        "zone_id": "auto",
    }


@pytest.mark.parametrize("cloud", facts.CLOUDS)
def test_workshop_clusters_take_their_vms_from_the_pool_alone(cloud, workshop_synths):
    """No attendee's cluster carries a cloud block (the provider would blank it on a pooled
    cluster anyway), and the policy forbids every attribute of the cloud's cluster block, so
    no cluster can ask for on-demand VMs, another zone or another bid than the pool's."""
    synth = workshop_synths[cloud]
    policy = policy_of(synth.stack(SHARED_STACK))
    own = {path: rule for path, rule in policy.items() if path.split(".")[0] in BLOCKS}
    assert set(own) == set(clouds.cluster_paths(cloud))
    assert all(path.startswith(clouds.BLOCKS[cloud] + ".") for path in own)
    assert all(rule == {"type": "forbidden", "hidden": True} for rule in own.values())
    assert policy["node_type_id"]["type"] == "forbidden"  # nor a bigger node than the pool's
    roster = load_roster(EXAMPLES / "attendees.example.txt")
    clusters = expand(synth.stack(FLEET_STACK), "databricks_cluster", "attendee")
    assert len(clusters) == len(roster)
    for cluster in clusters.values():
        assert not BLOCKS & set(cluster)
        assert "node_type_id" not in cluster


def test_a_workshop_without_a_cloud_keeps_its_policy_and_pool_as_before(default_synth):
    assert not BLOCKS & set(pool_of(default_synth.stack(FLEET_STACK)))
    assert not any(p.split(".")[0] in BLOCKS for p in policy_of(default_synth.stack(SHARED_STACK)))
